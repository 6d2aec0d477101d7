"""Where each value of a model file was written: the positions behind every ``file:line:column``.

Two kinds, one question (:meth:`Positions.locate`: the line and column of the value at a path such as
``("bodies", 3, "kind")``, or of its key):

- :class:`YamlPositions` keep the text, not the node tree it was read from: a 10,000-body file's
  nodes (half a million objects) would stay alive for the whole run, and the cyclic garbage collector
  would walk them on every full collection. The first position asked for composes the text again.
- :class:`JsonPositions` read nothing until a position is asked for; then only the containers on the
  way to it are scanned (with the json module's own C scanner), each once.

Either way a file that loads without a problem and has no findings costs nothing here.

A path the file does not have is located at the deepest part of it that the file has.

>>> p = JsonPositions('{"id": "x",\\n "bodies": [\\n  {"id": "v", "kind": "council"}]}')
>>> p.locate(("bodies", 0, "kind")), p.locate(("bodies", 0, "kind"), at_key=True), p.locate(("bodies", 5))
((3, 23), (3, 15), (2, 12))
>>> p.duplicates()
[]
>>> JsonPositions('{"a": 1,\\n "a": 2}').duplicates()
[('a', (2, 2), 1)]
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import yaml

from .yamlsafe import LOADER

__all__ = ["Positions", "YamlPositions", "JsonPositions"]


class Positions(Protocol):
    """Where the values of one file were written."""

    def locate(self, loc: Sequence[Any], at_key: bool = False) -> tuple[int, int]:
        """Line and column (1-based; 0, 0 when the file is empty) of the value at ``loc``, or of its key."""
        ...


class YamlPositions:
    """Positions in a YAML text, found on demand: the text is composed again (by libyaml) the first time
    a position is asked for, and that node tree is kept for the later questions.

    >>> p = YamlPositions("id: x\\nbodies:\\n  - {id: v, kind: council}\\n")
    >>> p.locate(("bodies", 0, "kind")), p.locate(("bodies", 0, "kind"), at_key=True), p.locate(("bodies", 5))
    ((3, 19), (3, 13), (3, 3))
    """

    __slots__ = ("_text", "_root")

    def __init__(self, text: str):
        self._text: str | None = text
        self._root: yaml.Node | None = None

    def locate(self, loc: Sequence[Any], at_key: bool = False) -> tuple[int, int]:
        if self._text is not None:  # the first question: compose once (the text composed when it was read)
            self._root = yaml.compose(self._text, Loader=LOADER)
            self._text = None
        node = self._root
        if node is None:
            return 0, 0
        for n, part in enumerate(loc):
            nxt = None
            if isinstance(node, yaml.MappingNode):
                for knode, vnode in node.value:
                    if str(knode.value) == str(part):
                        nxt = knode if at_key and n == len(loc) - 1 else vnode
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                nxt = node.value[part]
            if nxt is None:
                break
            node = nxt
        return node.start_mark.line + 1, node.start_mark.column + 1


_WS = re.compile(r"[ \t\n\r]*")
# The json module's C scanner (one value, wherever it starts) and string reader; typeshed names neither.
_scan_value: Callable[[str, int], tuple[Any, int]] = getattr(json.JSONDecoder(), "scan_once")  # noqa: B009
_scan_string: Callable[[str, int], tuple[str, int]] = getattr(json.decoder, "scanstring")  # noqa: B009


def _past_space(text: str, pos: int) -> int:
    """The first offset from ``pos`` on that is not JSON white space."""
    space = _WS.match(text, pos)
    assert space is not None  # a starred pattern matches everywhere, if only the empty string
    return space.end()


class JsonPositions:
    """Positions in a JSON text, found on demand (the text is known to be valid JSON)."""

    __slots__ = ("_text", "_objects", "_arrays", "_line_starts")

    def __init__(self, text: str):
        self._text = text
        self._objects: dict[int, list[tuple[str, int, int]]] = {}  # offset -> (key, key at, value at), scanned once
        self._arrays: dict[int, list[int]] = {}  # offset -> where each item starts
        self._line_starts: list[int] | None = None

    def locate(self, loc: Sequence[Any], at_key: bool = False) -> tuple[int, int]:
        offset = self._offset(loc, at_key)
        return (0, 0) if offset is None else self._line_column(offset)

    def duplicates(self) -> list[tuple[str, tuple[int, int], int]]:
        """Every key written twice in one object: (key, line and column of the repeat, line of the first)."""
        found: list[tuple[str, tuple[int, int], int]] = []
        start = self._first()
        todo = [start] if start is not None else []
        while todo:
            at = todo.pop()
            if self._text[at] == "[":
                todo.extend(self._array(at))
            elif self._text[at] == "{":
                first: dict[str, int] = {}
                for key, key_at, value_at in self._object(at):
                    if key in first:
                        found.append((key, self._line_column(key_at), self._line_column(first[key])[0]))
                    else:
                        first[key] = key_at
                    todo.append(value_at)
        return sorted(found, key=lambda d: d[1])

    def _first(self) -> int | None:
        at = _past_space(self._text, 0)
        return at if at < len(self._text) else None

    def _offset(self, loc: Sequence[Any], at_key: bool) -> int | None:
        at = self._first()
        if at is None:
            return None
        for n, part in enumerate(loc):
            nxt = None
            if self._text[at] == "{":
                for key, key_at, value_at in self._object(at):
                    if key == str(part):
                        nxt = key_at if at_key and n == len(loc) - 1 else value_at
                        break
            elif self._text[at] == "[" and isinstance(part, int):
                items = self._array(at)
                if 0 <= part < len(items):
                    nxt = items[part]
            if nxt is None:
                break
            at = nxt
        return at

    def _object(self, at: int) -> list[tuple[str, int, int]]:
        members = self._objects.get(at)
        if members is None:
            members = self._objects[at] = []
            text, pos = self._text, _past_space(self._text, at + 1)
            while text[pos] != "}":
                key, after = _scan_string(text, pos + 1)
                value_at = _past_space(text, _past_space(text, after) + 1)  # past the colon
                members.append((key, pos, value_at))
                pos = self._past_value(value_at)
        return members

    def _array(self, at: int) -> list[int]:
        items = self._arrays.get(at)
        if items is None:
            items = self._arrays[at] = []
            text, pos = self._text, _past_space(self._text, at + 1)
            while text[pos] != "]":
                items.append(pos)
                pos = self._past_value(pos)
        return items

    def _past_value(self, at: int) -> int:
        """Past the value at ``at`` (skipped by the C scanner), its comma and the space after them."""
        _, end = _scan_value(self._text, at)
        pos = _past_space(self._text, end)
        return _past_space(self._text, pos + 1) if self._text[pos] == "," else pos

    def _line_column(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self._text))]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1
