"""Small pure helpers used across the package: atomic writes and "did you mean" hints."""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["close_matches", "did_you_mean", "write_atomic"]

# Read once, at import: os.umask can only be read by setting it, and setting it for a moment while
# another thread creates a file would give that file the wrong mode.
_UMASK = os.umask(0o022)
os.umask(_UMASK)

# A close-match search is quadratic in the word length and linear in the candidates; over a
# national structure (tens of thousands of ids) it would take seconds for one hint.
_MAX_CANDIDATES = 5000


def did_you_mean(word: str, candidates: Iterable[str], *, n: int = 1, quote: bool = True) -> str:
    """``"did you mean 'x'?"`` for the up to ``n`` candidates closest to ``word``; ``""`` when none is close.

    The caller puts the phrase into its message (in brackets, after a semicolon, ...). Candidates
    are shown with ``repr`` unless ``quote`` is False; with more than 5000 candidates no hint is given.

    >>> did_you_mean("seets", ["id", "seats", "kind"])
    "did you mean 'seats'?"
    >>> did_you_mean("hallitu", ["hallitus", "hallitus2", "valtuusto"], n=3)
    "did you mean 'hallitus' or 'hallitus2'?"
    >>> did_you_mean("KL-VALIOKUNT", ["KL-VALIOKUNTA"], quote=False)
    'did you mean KL-VALIOKUNTA?'
    >>> did_you_mean("zzz", ["council"])
    ''
    """
    close = close_matches(word, candidates, n=n)
    if not close:
        return ""
    return f"did you mean {' or '.join(repr(c) if quote else c for c in close)}?"


def close_matches(word: str, candidates: Iterable[str], *, n: int = 1) -> list[str]:
    """The up to ``n`` candidates closest to ``word`` (what :func:`did_you_mean` names), for a caller
    that words the hint itself (in another language, say); none with more than 5000 candidates.

    >>> close_matches("MAND-AUDT", ["MAND-AUDIT", "MAYOR"])
    ['MAND-AUDIT']
    """
    options = list(candidates)
    if len(options) > _MAX_CANDIDATES:
        return []
    return difflib.get_close_matches(word, options, n=n, cutoff=0.6)


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write a file so that readers see the old one or the new one, never half of either.

    The new file gets the mode a plain ``open()`` would give it (0o666 less the umask), not the
    0o600 of a temporary file; on failure the old file stays and no temporary file is left.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "sub" / "out.txt"
    >>> write_atomic(target, "hei\\n")
    >>> target.read_text()
    'hei\\n'
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
