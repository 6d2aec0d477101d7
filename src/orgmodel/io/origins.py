"""Where a loaded organisation came from, kept beside the model rather than in it.

The model holds no hidden state (two equal models stay equal however they were made), so the
loader remembers each organisation's file and source map here, keyed by the object's identity.
An entry goes when its organisation is garbage-collected, so the registry keeps nothing alive.
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .sourcemap import SourceMap

if TYPE_CHECKING:
    from ..model import Organisation

__all__ = ["Located", "remember", "source_of"]


class Located(NamedTuple):
    """The file an organisation was loaded from and the source map into it (and its base files)."""

    path: Path
    source: SourceMap


_ORIGINS: dict[int, Located] = {}
_LOCK = threading.Lock()


def remember(org: Organisation, located: Located) -> None:
    """Record where ``org`` was loaded from, until ``org`` is collected."""
    key = id(org)
    with _LOCK:
        _ORIGINS[key] = located
    weakref.finalize(org, _forget, key).atexit = False  # nothing to tidy at exit


def _forget(key: int) -> None:
    with _LOCK:
        _ORIGINS.pop(key, None)


def source_of(org: Organisation) -> Located | None:
    """Where ``org`` was loaded from: its path and source map, or None.

    None for an organisation not read from a file by :func:`~orgmodel.io.load`,
    :func:`~orgmodel.io.load_located` or :func:`~orgmodel.io.load_folder`: one from
    :func:`~orgmodel.io.loads`, built in code, or derived (a variant, a copy).

    >>> import pathlib, tempfile
    >>> from orgmodel.io import load, loads
    >>> text = "id: x\\nnames: {fi: X}\\norg_type: archetype\\nlaw: fi/kuntalaki-410-2015\\n"
    >>> text += "bodies:\\n  - {id: v, kind: council, names: {fi: V}}\\n"
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = path.write_text(text)
    >>> where = source_of(load(path))
    >>> where.path.name, where.source.locate(("bodies", 0, "kind"))[1:]
    ('x.yaml', (6, 19))
    >>> source_of(loads(text)) is None
    True
    """
    return _ORIGINS.get(id(org))
