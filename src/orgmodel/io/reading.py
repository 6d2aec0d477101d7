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
from pathlib import Path
from typing import Any, NoReturn

from ..errors import ModelError, Problem
from .yamlsafe import Doc, compose, to_data

__all__ = ["MAX_BYTES", "read_text", "decode", "parse"]

MAX_BYTES = 16 * 1024 * 1024
_EMPTY = "file is empty; a model needs at least id, names, org_type, law and bodies"


def read_text(path: Path) -> str:
    """The text of a model file; a folder, a missing, huge or binary file is a :class:`ModelError`."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ModelError([Problem(name, 0, 0, f"cannot read the file: {e.strerror or e}")]) from None
    if path.is_dir():
        raise ModelError([Problem(name, 0, 0, "is a folder; give a model file (.yaml, .yml or .json)")])
    if size > MAX_BYTES:
        raise ModelError([Problem(name, 0, 0, f"file is {size / 1e6:.1f} MB; "
                                              f"model files may be at most {MAX_BYTES // 2**20} MiB")])
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ModelError([Problem(name, 0, 0, f"cannot read the file: {e.strerror or e}")]) from None
    return decode(raw, name)


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
    return to_data(root, filename), Doc(filename, root)


def _parse_json(text: str, filename: str) -> tuple[Any, Doc]:
    if not text.strip():
        raise ModelError([Problem(filename, 0, 0, _EMPTY)])
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        d = dict(items)
        if len(d) != len(items):
            seen: set[str] = set()
            duplicates.extend(k for k, _ in items if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return d

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as e:
        raise ModelError([Problem(filename, e.lineno, e.colno, f"not valid JSON: {e.msg}")]) from None
    except RecursionError:
        raise ModelError([Problem(filename, 0, 0, "nesting is too deep to be a model file")]) from None
    doc = Doc(filename, json_text=text)
    if duplicates:
        # YAML reads JSON too: let the YAML converter find each duplicate with its position.
        if doc.root is not None:
            to_data(doc.root, filename)
        raise ModelError([Problem(filename, 0, 0, f"duplicate key {k!r}") for k in duplicates])
    return data, doc
