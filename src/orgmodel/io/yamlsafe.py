"""YAML nodes to plain data, safely: no tags beyond plain values, no merge keys, no alias bombs,
and every duplicate key found with its line. The node tree is kept for error positions.

>>> to_data(compose("a: 1\\nb: [x, y]\\n", "m.yaml"), "m.yaml")
{'a': 1, 'b': ['x', 'y']}
>>> to_data(compose("a: 1\\na: 2\\n", "m.yaml"), "m.yaml")
Traceback (most recent call last):
orgmodel.errors.ModelError: m.yaml:2:1: duplicate key 'a' (first at line 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

import yaml

from ..errors import ModelError, Problem

if TYPE_CHECKING:
    from .positions import Positions

__all__ = ["MAX_VALUES", "LOADER", "Doc", "compose", "to_data"]

MAX_VALUES = 2_000_000  # values after alias expansion; far above any real structure

try:  # libyaml's parser is 7x faster; fall back to the pure-Python one where it is missing
    LOADER: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    LOADER = yaml.SafeLoader

_scalar_constructor = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SAFE_SCALAR_TAGS = {
    _STR, "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp",
}


class _Converter:
    """Turns a composed node tree into dicts and lists, finding every duplicate key.

    Aliases are built once and shared; their expanded size is counted so that an alias bomb is
    refused before anything tries to walk it.
    """

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[Problem] = []
        self._memo: dict[int, tuple[Any, int]] = {}

    def convert(self, node: yaml.Node) -> Any:
        value, size = self._convert(node)
        if size > MAX_VALUES:
            self._fail(node, f"the file's aliases expand to more than {MAX_VALUES:,} values "
                             "(an alias bomb?); write the structure out or use 'extends:'")
        return value

    def _fail(self, node: yaml.Node, message: str) -> NoReturn:
        raise ModelError([Problem(self.filename, node.start_mark.line + 1, node.start_mark.column + 1, message)])

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        if node.tag == _TIMESTAMP:
            return self._timestamp(node)
        if node.tag in _SAFE_SCALAR_TAGS:
            return _scalar_constructor.construct_object(node)
        self._fail(node, f"unsupported YAML tag {node.tag!r}; model files use plain values")

    def _timestamp(self, node: yaml.ScalarNode) -> Any:
        """A date such as 2018-02-30 has the shape of a date but names no day: say so at its place."""
        try:
            return _scalar_constructor.construct_object(node)
        except ValueError as e:  # datetime's own words: 'day is out of range for month'
            self.problems.append(Problem(self.filename, node.start_mark.line + 1, node.start_mark.column + 1,
                                         f"{node.value!r} is not a real date ({e}); write YYYY-MM-DD, "
                                         "such as 2018-02-28"))
            return node.value

    def _convert(self, node: yaml.Node) -> tuple[Any, int]:
        """The value of ``node`` and how many values it expands to."""
        if isinstance(node, yaml.ScalarNode):  # the common case: no memo needed, aliases of scalars are cheap
            return self._scalar(node), 1
        key = id(node)
        if key in self._memo:  # an alias: reuse the value built for its anchor
            return self._memo[key]
        result: tuple[Any, int]
        if isinstance(node, yaml.SequenceNode):
            result = self._sequence(node)
        elif isinstance(node, yaml.MappingNode):
            result = self._mapping(node)
        else:  # pragma: no cover - compose yields only these three
            self._fail(node, "unexpected YAML node")
        self._memo[key] = result
        return result

    def _sequence(self, node: yaml.SequenceNode) -> tuple[list[Any], int]:
        items: list[Any] = []
        size = 1
        for child in node.value:
            if isinstance(child, yaml.ScalarNode):
                items.append(self._scalar(child))
                size += 1
                continue
            v, n = self._convert(child)
            items.append(v)
            size += n
            if size > MAX_VALUES:
                break
        return items, size

    def _mapping(self, node: yaml.MappingNode) -> tuple[dict[str, Any], int]:
        mapping: dict[str, Any] = {}
        size = 1
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                self._fail(knode, "a key must be a plain name, not a list or mapping")
            if knode.tag == "tag:yaml.org,2002:merge":
                self._fail(knode, "YAML merge keys (<<) are not supported; repeat the keys or use 'extends:'")
            k = knode.value
            if k in mapping:
                first = next(kn for kn, _ in node.value if kn.value == k)
                self.problems.append(Problem(self.filename, knode.start_mark.line + 1, knode.start_mark.column + 1,
                                             f"duplicate key {k!r} (first at line {first.start_mark.line + 1})"))
                continue
            if isinstance(vnode, yaml.ScalarNode):
                mapping[k] = self._scalar(vnode)
                size += 1
                continue
            v, n = self._convert(vnode)
            mapping[k] = v
            size += n
            if size > MAX_VALUES:
                break
        return mapping, size


def compose(text: str, filename: str) -> yaml.Node | None:
    """The node tree of a YAML text (None for an empty document); broken YAML is a :class:`ModelError`."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=LOADER)
        return node
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = " ".join(x for x in (e.context, e.problem) if x)
        raise ModelError([Problem(filename, mark.line + 1 if mark else 0, mark.column + 1 if mark else 0,
                                  f"not valid YAML: {what}")]) from None
    except yaml.reader.ReaderError as e:  # a character YAML refuses: no mark, but its position in the text
        offset = e.position
        if LOADER is not yaml.SafeLoader:  # libyaml counts bytes of the UTF-8 text, not characters
            offset = len(text.encode("utf-8", "surrogatepass")[:offset].decode("utf-8", "ignore"))
        line, column = _line_column(text, offset)
        what = f"character U+{e.character:04X} is not allowed here" if isinstance(e.character, int) else str(e)
        message = f"not valid YAML: {what} ({e.reason}); remove it or write it as an escape in a quoted text"
        raise ModelError([Problem(filename, line, column, message)]) from None
    except UnicodeEncodeError as e:  # a lone surrogate in a string given to loads()
        line, column = _line_column(text, e.start)
        raise ModelError([Problem(filename, line, column, f"not valid text: {e.reason} "
                                                          f"(U+{ord(text[e.start]):04X})")]) from None
    except yaml.YAMLError as e:
        raise ModelError([Problem(filename, 0, 0, f"not valid YAML: {e}")]) from None
    except RecursionError:
        raise ModelError([Problem(filename, 0, 0, "nesting is too deep to be a model file")]) from None


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    offset = max(0, min(offset, len(text)))
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def to_data(root: yaml.Node, filename: str) -> Any:
    """Plain dicts, lists and scalars from a node tree; every duplicate key in one :class:`ModelError`."""
    conv = _Converter(filename)
    data = conv.convert(root)
    if conv.problems:
        raise ModelError(conv.problems)
    return data


class Doc:
    """One file's name and where its values were written (:mod:`orgmodel.io.positions`).

    >>> from orgmodel.io.positions import YamlPositions
    >>> doc = Doc("m.yaml", YamlPositions("a:\\n  b: 1\\n"))
    >>> doc.locate(("a", "b")), doc.locate(("a", "b"), at_key=True)
    ((2, 6), (2, 3))
    """

    __slots__ = ("filename", "positions")

    def __init__(self, filename: str, positions: Positions | None = None):
        self.filename = filename
        self.positions = positions

    def locate(self, loc: tuple[Any, ...], at_key: bool = False) -> tuple[int, int]:
        """Line and column of the value at ``loc`` (or of its key); 0, 0 without positions."""
        return (0, 0) if self.positions is None else self.positions.locate(loc, at_key)
