"""References between the parts of a model: every duplicate id and every id that names nothing.

Works on plain data, so the loader can report these together with the shape errors of the same
file, each at its line, and the model validator can check an :class:`~orgmodel.model.Organisation`
built in code.

>>> reference_problems({"bodies": [{"id": "valtuusto"}, {"id": "tarkastus", "parent": "valtusto"}]})
[(('bodies', 1, 'parent'), "parent 'valtusto' is not a body id; did you mean 'valtuusto'?")]
"""

from __future__ import annotations

from typing import Any

from ._util import did_you_mean

__all__ = ["reference_problems"]


Loc = tuple[Any, ...]


def reference_problems(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Every duplicate id and every reference to an unknown id, with its location.

    Works on plain data (a parsed file, or ``org.model_dump()``), tolerating parts of the wrong
    shape, so that the loader can report these together with shape errors in one pass.
    Returns (loc, message) pairs; loc is a path such as ('bodies', 3, 'parent').
    """
    return _References(data).problems


class _References:
    """One pass over a document: the ids each list defines, then every reference checked against them."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.problems: list[tuple[Loc, str]] = []
        self.body_ids = self._ids_of("bodies", "body")
        power_ids = self._ids_of("powers", "power")
        instrument_ids = self._ids_of("instruments", "instrument")
        self._ids_of("choices", "choice")
        for i, b in self._items("bodies"):
            self._need(("bodies", i, "parent"), b.get("parent"), "parent")
            if b.get("parent") is not None and b.get("parent") == b.get("id"):
                self.problems.append((("bodies", i, "parent"), f"body {b['id']!r} cannot be its own parent"))
            self._need(("bodies", i, "chaired_by"), b.get("chaired_by"), "chaired_by")
        for i, r in self._items("relations"):
            self._need(("relations", i, "source"), r.get("source"), "source")
            self._need(("relations", i, "target"), r.get("target"), "target")
            self._need(("relations", i, "power"), r.get("power"), "power", power_ids, "power")
            self._need(("relations", i, "via"), r.get("via"), "via", instrument_ids, "instrument")
        for i, p in self._items("powers"):
            self._need(("powers", i, "holder"), p.get("holder"), "holder")
            for j, c in enumerate(_list_or_none(p.get("call_in"))):  # another shape: the model's type error
                self._need(("powers", i, "call_in", j), c, "call-in holder")
        for i, x in self._items("instruments"):
            self._need(("instruments", i, "prepared_by"), x.get("prepared_by"), "prepared_by")
            self._need(("instruments", i, "adopted_by"), x.get("adopted_by"), "adopted_by")
        for i, sup in self._items("suppressions"):
            self._need(("suppressions", i, "body"), sup.get("body"), "body")
        for i, c in self._items("choices"):
            self._alternatives(i, c)

    def _items(self, key: str) -> list[tuple[int, dict[str, Any]]]:
        seq = self.data.get(key)
        return [(i, x) for i, x in enumerate(seq) if isinstance(x, dict)] if isinstance(seq, list) else []

    def _ids_of(self, key: str, what: str) -> set[str]:
        first: dict[str, int] = {}
        for i, x in self._items(key):
            ident = x.get("id")
            if not isinstance(ident, str):
                continue
            if ident in first:
                message = f"duplicate {what} id {ident!r} (first used by {key}[{first[ident]}])"
                self.problems.append(((key, i, "id"), message))
            else:
                first[ident] = i
        return set(first)

    def _need(self, loc: Loc, ref: Any, what: str, known: set[str] | None = None, kind: str = "body") -> None:
        is_body = known is None
        known = self.body_ids if known is None else known
        if isinstance(ref, str) and ref not in known:
            if is_body and ref == self.data.get("id"):
                self.problems.append((loc, f"{what} {ref!r} is the organisation's own id, not a body; to make the "
                                           "organisation a party (the owner of its companies), add a body "
                                           "{id: ..., kind: organisation} and name that"))
                return
            self.problems.append((loc, f"{what} {ref!r} is not a {kind} id{_suggest(ref, known)}"))

    def _alternatives(self, i: int, choice: dict[str, Any]) -> None:
        alt_ids: set[str] = set()
        for j, a in enumerate(_list_or_none(choice.get("alternatives"))):
            if not isinstance(a, dict):
                continue
            at: Loc = ("choices", i, "alternatives", j)
            ident = a.get("id")
            if isinstance(ident, str):  # an id of another type is the model's type error, not a duplicate
                if ident in alt_ids:
                    self.problems.append(((*at, "id"), f"duplicate alternative id {ident!r}"))
                alt_ids.add(ident)
            changes = a.get("set")
            for ref, change in (changes.items() if isinstance(changes, dict) else ()):
                self._need((*at, "set", ref), ref, "body")
                if isinstance(change, dict):
                    self._need((*at, "set", ref, "parent"), change.get("parent"), "parent")
                    if isinstance(ref, str) and change.get("parent") == ref:
                        self.problems.append(((*at, "set", ref, "parent"),
                                              f"alternative {a.get('id')!r} would make body {ref!r} its own parent; "
                                              "give it another parent"))
            for k, ref in enumerate(_list_or_none(a.get("remove"))):
                self._need((*at, "remove", k), ref, "body")


def _list_or_none(value: Any) -> list[Any]:
    """``value`` if it is a list, else nothing to walk: a text would be walked letter by letter, a number
    not at all; the model's own type check reports the wrong shape at its line."""
    return value if isinstance(value, list) else []


def _suggest(ref: str, known: set[str]) -> str:
    hint = did_you_mean(ref, known, n=3)
    return f"; {hint}" if hint else ""
