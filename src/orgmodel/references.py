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


def reference_problems(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Every duplicate id and every reference to an unknown id, with its location.

    Works on plain data (a parsed file, or ``org.model_dump()``), tolerating parts of the wrong
    shape, so that the loader can report these together with shape errors in one pass.
    Returns (loc, message) pairs; loc is a path such as ('bodies', 3, 'parent').
    """
    problems: list[tuple[tuple[Any, ...], str]] = []

    def items(key: str) -> list[tuple[int, dict[str, Any]]]:
        seq = data.get(key)
        return [(i, x) for i, x in enumerate(seq) if isinstance(x, dict)] if isinstance(seq, list) else []

    def ids_of(key: str, what: str) -> set[str]:
        first: dict[str, int] = {}
        for i, x in items(key):
            ident = x.get("id")
            if not isinstance(ident, str):
                continue
            if ident in first:
                message = f"duplicate {what} id {ident!r} (first used by {key}[{first[ident]}])"
                problems.append(((key, i, "id"), message))
            else:
                first[ident] = i
        return set(first)

    body_ids = ids_of("bodies", "body")
    power_ids = ids_of("powers", "power")
    instrument_ids = ids_of("instruments", "instrument")
    ids_of("choices", "choice")

    def need(loc: tuple[Any, ...], ref: Any, what: str, known: set[str] = body_ids, kind: str = "body") -> None:
        if isinstance(ref, str) and ref not in known:
            problems.append((loc, f"{what} {ref!r} is not a {kind} id{_suggest(ref, known)}"))

    for i, b in items("bodies"):
        need(("bodies", i, "parent"), b.get("parent"), "parent")
        if b.get("parent") is not None and b.get("parent") == b.get("id"):
            problems.append((("bodies", i, "parent"), f"body {b['id']!r} cannot be its own parent"))
    for i, r in items("relations"):
        need(("relations", i, "source"), r.get("source"), "source")
        need(("relations", i, "target"), r.get("target"), "target")
        need(("relations", i, "power"), r.get("power"), "power", power_ids, "power")
        need(("relations", i, "via"), r.get("via"), "via", instrument_ids, "instrument")
    for i, p in items("powers"):
        need(("powers", i, "holder"), p.get("holder"), "holder")
        for j, c in enumerate(p.get("call_in") or []):
            need(("powers", i, "call_in", j), c, "call-in holder")
    for i, x in items("instruments"):
        need(("instruments", i, "prepared_by"), x.get("prepared_by"), "prepared_by")
        need(("instruments", i, "adopted_by"), x.get("adopted_by"), "adopted_by")
    for i, sup in items("suppressions"):
        need(("suppressions", i, "body"), sup.get("body"), "body")
    for i, c in items("choices"):
        alt_ids: set[str] = set()
        for j, a in enumerate(c.get("alternatives") or []):
            if not isinstance(a, dict):
                continue
            if a.get("id") in alt_ids:
                problems.append((("choices", i, "alternatives", j, "id"), f"duplicate alternative id {a['id']!r}"))
            alt_ids.add(a.get("id"))
            for ref, change in (a.get("set") or {}).items():
                need(("choices", i, "alternatives", j, "set", ref), ref, "body")
                if isinstance(change, dict):
                    need(("choices", i, "alternatives", j, "set", ref, "parent"), change.get("parent"), "parent")
            for k, ref in enumerate(a.get("remove") or []):
                need(("choices", i, "alternatives", j, "remove", k), ref, "body")
    return problems


def _suggest(ref: str, known: set[str]) -> str:
    hint = did_you_mean(ref, known, n=3)
    return f"; {hint}" if hint else ""
