"""Pydantic's validation errors as sentences a person editing the file can act on, each at its line.

>>> from orgmodel.io.reading import parse
>>> text = "bodies:\\n  - {id: v, seets: 3}\\n"
>>> smap = SourceMap(parse(text, "m.yaml", "yaml")[1])
>>> err = {"type": "extra_forbidden", "loc": ("bodies", 0, "seets"), "msg": "Extra inputs are not permitted"}
>>> print(explain(err, smap))  # doctest: +ELLIPSIS
m.yaml:2:13: unknown key 'seets' (did you mean 'seats'?); valid keys here: id, ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .._util import did_you_mean
from ..errors import Problem
from ..model import ID_PATTERN, ID_RULE, Organisation, Strict
from ..vocab import FINNISH_KIND_WORDS
from .sourcemap import SourceMap

__all__ = ["explain"]


def _model_names() -> frozenset[str]:
    names, todo = set(), [Strict]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return frozenset(names)


_MODEL_NAMES = _model_names()


def explain(err: Mapping[str, Any], smap: SourceMap) -> Problem:
    """One pydantic error (an item of ``ValidationError.errors()``) as a :class:`Problem` at its place in the file."""
    kind, value = err["type"], err.get("input")
    doc_loc = _document_loc(tuple(err["loc"]), key_last=kind in ("extra_forbidden", "missing"))
    path = _dotted(doc_loc)
    if kind == "extra_forbidden" and doc_loc:
        key = str(doc_loc[-1])
        valid = _valid_keys(doc_loc[:-1])
        hint = _bracketed(_lower_case_hint(key, valid) or did_you_mean(key, valid))
        return smap.problem(doc_loc, f"unknown key {key!r}{hint}; valid keys here: {', '.join(valid)}", at_key=True)
    elif kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == ID_PATTERN:
        msg = f"{path}: {_show(value)} is not a valid id; {ID_RULE}"
    elif kind == "missing" and doc_loc:
        where = f" in {_dotted(doc_loc[:-1])}" if len(doc_loc) > 1 else ""
        msg = f"missing required key {str(doc_loc[-1])!r}{where}"
        doc_loc = doc_loc[:-1]
    elif kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        hint = ""
        if isinstance(value, str) and value.lower() in FINNISH_KIND_WORDS and path.endswith("kind"):
            hint = f"; for a {value.lower()} write {FINNISH_KIND_WORDS[value.lower()]!r}"
        elif isinstance(value, str):
            hint = _bracketed(did_you_mean(value, [s.strip(" '") for s in expected.replace(" or ", ", ").split(",")]))
        msg = f"{path}: {_show(value)} is not valid{hint}; valid: {expected}"
    else:
        text = err["msg"].removeprefix("Value error, ")
        msg = f"{path}: {text}" + (f" (got {_show(value)})" if _scalar(value) else "") if path else text
        if kind in ("dict_type", "list_type") and doc_loc and doc_loc[-1] in _SHAPES:
            msg += f"; {_SHAPES[doc_loc[-1]]}"
    return smap.problem(doc_loc, msg)


#: Names pydantic puts into an error's location that are not in the document: union members and
#: validators ('int', 'SeatRange', 'function-after[...]', '[key]'). Keys the file wrote, whatever
#: their case ('Notes'), stay.
_PYDANTIC_PARTS = frozenset({"int", "str"})  # the members of the seats union


def _document_loc(loc: tuple[Any, ...], key_last: bool) -> tuple[Any, ...]:
    """The path into the document of an error's ``loc``; with ``key_last`` the last part is a key the file wrote."""
    head, tail = (loc[:-1], loc[-1:]) if key_last and loc else (loc, ())
    return tuple(p for p in head if not (isinstance(p, str) and (p in _PYDANTIC_PARTS or p in _MODEL_NAMES
                                                                  or "[" in p))) + tail


#: What a key of the wrong shape should look like (the common slips: a list for a mapping, a single id).
_SHAPES = {
    "set": "write a mapping from body id to its changes, such as set: {jaosto: {kind: board}}",
    "remove": "write a list of body ids, such as remove: [jaosto]",
    "call_in": "write a list of body ids, such as call_in: [hallitus]",
    "alternatives": "write a list of at least two alternatives, each with id: and label:",
    "bodies": "write a list of bodies, each with id:, kind: and names:",
    "names": "write a mapping such as names: {fi: Kaupunginhallitus}",
}


def _lower_case_hint(key: str, valid: list[str]) -> str:
    """'Notes' or 'NOTE' where 'note' was meant: keys are written in lower case."""
    wanted = key.strip().lower().replace("-", "_").replace(" ", "_")
    for candidate in (wanted, wanted.rstrip("s")):
        if candidate != key and candidate in valid:
            return f"keys are written in lower case: did you mean {candidate!r}?"
    return ""


def _bracketed(hint: str) -> str:
    return f" ({hint})" if hint else ""


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) or value is None


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _valid_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys the model accepts at a document path, found by walking the model classes."""
    cls: Any = Organisation
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
            # dict[str, Model] entries (alternative 'set') step over their key
            continue
        info = cls.model_fields.get(part) or next(
            (f for f in cls.model_fields.values() if f.alias == part), None)
        if info is None:
            return []
        cls = _inner_model(info.annotation)
    if isinstance(cls, type) and issubclass(cls, BaseModel):
        return [f.alias or name for name, f in cls.model_fields.items()]
    return []


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    meta = getattr(annotation, "__origin__", None)
    if meta is not None:
        return _inner_model(meta)
    return None
