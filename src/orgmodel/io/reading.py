"""From a path to plain data: size and folder checks, UTF-8 decoding, refusing binary files,
and parsing one document (YAML or JSON) with its node tree kept for positions.

>>> data, doc = parse('{"id": "x"}', "m.json", "json")
>>> data, doc.filename
({'id': 'x'}, 'm.json')
>>> decode(b"id: x\\n\\x00", "m.yaml")
Traceback (most recent call last):
orgmodel.errors.ModelError: m.yaml:2:1: not a text file: byte 0x00 at offset 6 is not UTF-8 text; a model file \
is YAML or JSON saved as UTF-8
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from .._util import file_kind
from ..errors import ModelError, Problem
from .positions import JsonPositions, YamlPositions
from .yamlsafe import Doc, compose, to_data

__all__ = ["MAX_BYTES", "STDIN", "STDIN_NAME", "read_text", "is_stdin", "decode", "parse"]

MAX_BYTES = 16 * 1024 * 1024
STDIN = "-"  # the path that means standard input
STDIN_NAME = "<stdin>"  # its name in messages
_EMPTY = "file is empty; a model needs at least id, names, org_type, law and bodies"


def read_text(path: Path) -> str:
    """The text of a model file; a folder, a missing, huge, binary or special file is a :class:`ModelError`.

    ``-`` reads standard input (named ``<stdin>`` in messages). Only a regular file is opened, and never
    more than :data:`MAX_BYTES` + 1 bytes are read, whatever its size says: a FIFO would hang and
    ``/dev/zero`` would never end.
    """
    if is_stdin(path):
        return decode(_read_capped(sys.stdin.buffer, STDIN_NAME), STDIN_NAME)
    name = str(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError) as e:  # ValueError: a NUL in the name
        raise _cannot_read(name, e) from None
    _require_regular(name, st)
    try:
        # O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening it must not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _cannot_read(name, e) from None
    with os.fdopen(fd, "rb") as fh:
        _require_regular(name, os.fstat(fd))  # what was opened, not what was stat'ed
        raw = _read_capped(fh, name)
    return decode(raw, name)


def is_stdin(path: str | os.PathLike[str]) -> bool:
    """True for the path ``-``, which means standard input."""
    return os.fspath(path) == STDIN


def _require_regular(name: str, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ModelError([Problem(name, 0, 0, "is a folder; give a model file (.yaml, .yml or .json)")])
    if not stat.S_ISREG(st.st_mode):
        raise ModelError([Problem(name, 0, 0, f"is {file_kind(st.st_mode)}, not a regular file; "
                                              "a model file is a .yaml, .yml or .json file")])
    if st.st_size > MAX_BYTES:
        raise _too_big(name, st.st_size)


def _read_capped(fh: BinaryIO, name: str) -> bytes:
    try:
        raw = fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise _cannot_read(name, e) from None
    if len(raw) > MAX_BYTES:
        raise _too_big(name, len(raw), at_least=True)
    return raw


def _too_big(name: str, size: int, at_least: bool = False) -> ModelError:
    more = "more than " if at_least else ""
    return ModelError([Problem(name, 0, 0, f"file is {more}{size / 1e6:.1f} MB; "
                                           f"model files may be at most {MAX_BYTES // 2**20} MiB")])


def _cannot_read(name: str, e: Exception) -> ModelError:
    return ModelError([Problem(name, 0, 0, f"cannot read the file: {getattr(e, 'strerror', None) or e}")])


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); anything else names the first bad byte's position."""
    if b"\x00" in raw[:65536]:
        _not_text(raw, name, raw.index(b"\x00"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        _not_text(raw, name, e.start)


def _not_text(raw: bytes, name: str, offset: int) -> NoReturn:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    raise ModelError([Problem(name, line, column,
                              f"not a text file: byte 0x{raw[offset]:02x} at offset {offset} is not UTF-8 text; "
                              "a model file is YAML or JSON saved as UTF-8")])


def parse(text: str, filename: str, fmt: str) -> tuple[Any, Doc]:
    """One document's data and node tree; ``fmt`` is "yaml" or "json"."""
    if fmt == "json":
        return _parse_json(text, filename)
    root = compose(text, filename)
    if root is None:
        raise ModelError([Problem(filename, 0, 0, _EMPTY)])
    return to_data(root, filename), Doc(filename, YamlPositions(text))  # the node tree goes: text is enough


def _parse_json(text: str, filename: str) -> tuple[Any, Doc]:
    if not text.strip():
        raise ModelError([Problem(filename, 0, 0, _EMPTY)])
    duplicated = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        d = dict(items)
        duplicated = duplicated or len(d) != len(items)
        return d

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as e:
        raise ModelError([Problem(filename, e.lineno, e.colno, f"not valid JSON: {e.msg}")]) from None
    except RecursionError:
        raise ModelError([Problem(filename, 0, 0, "nesting is too deep to be a model file")]) from None
    positions = JsonPositions(text)  # scans nothing until a position is asked for
    if duplicated:
        raise ModelError([Problem(filename, line, column, f"duplicate key {key!r} (first at line {first})")
                          for key, (line, column), first in positions.duplicates()])
    return data, Doc(filename, positions)
