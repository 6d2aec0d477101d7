"""Where the CLI's words and files go, safely: the one escape of control characters, standard output
for ``-o -``, refusing to write over an input, and errors as JSON for ``--format json``.

Every text the CLI prints or writes passes through :func:`safe`: a control character from a model file
(an ESC that would start a terminal escape sequence, a BEL, a NUL, a carriage return) is shown as
``\\u001b`` and so on, never sent raw. Tab and newline stay. The form is JSON's own, so a JSON output
stays valid and reads back to the same text.

>>> print(safe("Hallitus\\x1b]0;pwned\\x07\\x1b[2J\\nok"))
Hallitus\\u001b]0;pwned\\u0007\\u001b[2J
ok

This module imports only click and the exception tree, so ``orgmodel --help`` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any

import click

from orgmodel.errors import ModelError, OutputError, Problem, UserError

__all__ = ["STDOUT", "safe", "echo", "emit", "refuse_inputs", "Styler", "error_records", "error_document"]

STDOUT = "-"  # as an output path: standard output

# C0 controls but tab and newline, DEL, C1 controls, and the two private-use marks Styler uses.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000\ue001]")


def safe(text: str) -> str:
    """``text`` with every control character except tab and newline written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Print ``text`` (made :func:`safe`) on standard output, or on standard error with ``err``."""
    click.echo(safe(text), err=err, nl=nl)


class Styler:
    """Colour for a report whose text is made :func:`safe` after it is written.

    Report writers call :meth:`style` like ``click.style``; it only marks where colour goes (the marks are
    private-use characters that :func:`safe` escapes when a model file contains them). :meth:`finish` then
    makes the whole text safe and puts the real colour codes in.

    >>> styler = Styler()
    >>> styler.finish(styler.style("VIRHE\\x1b", fg="red"))
    '\\x1b[31mVIRHE\\\\u001b\\x1b[0m'
    """

    def __init__(self) -> None:
        self._codes: list[str] = []
        # A fresh word in every mark, so that a model text cannot forge one (os.urandom is what the secrets
        # module reads; importing that module would cost `orgmodel --help` 3 ms of hashlib and random).
        self._mark_re = re.compile(f"\ue000{os.urandom(8).hex()}([0-9]+)\ue001")

    def style(self, text: str, **styles: Any) -> str:
        before, after = click.style("\0", **styles).split("\0")
        return f"{self._mark(before)}{text}{self._mark(after)}"

    def _mark(self, code: str) -> str:
        self._codes.append(code)
        return self._mark_re.pattern.replace("([0-9]+)", str(len(self._codes) - 1))

    def finish(self, text: str) -> str:
        parts = self._mark_re.split(text)  # text, code index, text, code index, ..., text
        return "".join(safe(part) if i % 2 == 0 else self._codes[int(part)] for i, part in enumerate(parts))


def emit(content: str | bytes, output: str | None, *, inputs: Iterable[str | os.PathLike[str]] = (),
         binary: bool = False, styled: Styler | None = None) -> None:
    """Print ``content`` (``output`` None or ``-``) or write it to the file ``output``.

    Text is made :func:`safe` either way, so the same input gives the same bytes wherever they go (with
    ``styled``, its colour goes to standard output only). Bytes are written as they are; ``binary`` bytes
    (PDF, PNG) are refused on a terminal. A file output must not be one of ``inputs`` and must be a
    regular file in an existing, writable folder (see :func:`orgmodel._util.write_atomic`).
    """
    if isinstance(content, str):
        content = safe(content) if styled is None else styled.finish(content)
        if styled is not None and output not in (None, STDOUT):
            content = click.unstyle(content)
    if output is None or output == STDOUT:
        _to_stdout(content, binary)
        return
    from orgmodel._util import write_atomic

    refuse_inputs(output, inputs)
    write_atomic(output, content, make_folder=False)


def _to_stdout(content: str | bytes, binary: bool) -> None:
    if isinstance(content, str):
        click.echo(content, nl=False, color=True)
        return
    stream = sys.stdout.buffer
    if binary and stream.isatty():
        raise OutputError("-o -: this format is binary; redirect standard output to a file or a program "
                          "(orgmodel ... -o - > out), or give -o FILE")
    sys.stdout.flush()
    stream.write(content)
    stream.flush()


def refuse_inputs(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`OutputError` when ``output`` is the same file as one of ``inputs`` (through symlinks
    and hard links too: the device and inode are compared)."""
    try:
        out = os.stat(output)
    except OSError:  # not there yet (or unreadable, which writing will report): no input is it
        return
    for path in inputs:
        if os.fspath(path) == STDOUT:
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            raise OutputError(f"{output}: refusing to write over an input of this command ({path}); "
                              "give another output file")


def error_records(problems: Iterable[Problem], code: str = "ModelError") -> list[dict[str, Any]]:
    """Problems as JSON records: file, line, column (0 when unknown), message, code (the kind of error)."""
    return [{"file": p.file, "line": p.line, "column": p.column, "message": p.message, "code": code}
            for p in problems]


def error_document(e: Exception) -> str:
    """The JSON printed on standard output instead of a report when a ``--format json`` run fails."""
    import json

    if isinstance(e, ModelError):
        records = error_records(e.problems)
    else:
        message = e.format_message() if isinstance(e, click.ClickException) else str(e)
        records = error_records([Problem("", 0, 0, message)], type(e).__name__)
    exit_code = UserError.exit_code
    doc = {"format": "orgmodel-error/1", "exit_code": exit_code, "errors": records}
    return safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"

