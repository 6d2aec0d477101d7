"""Open choices: pick one alternative per choice and get a plain structure back.

A model file states the first alternative of each choice in its body list; the others say which
bodies change (kind, role, name, seats, parent) or disappear. Relations, powers and instruments
that touch a removed body go with it (a delegation of a power that went, too).

The loader asks :func:`alternative_problems` whether every alternative makes a valid structure,
so that a bad one is reported at its line when the file is read, not when a variant is built.
Expanding every combination is capped at :data:`MAX_VARIANTS` unless the caller allows more.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "j", "kind": "executive", "executive_type": "mayor", "names": {"fi": "J"}, "parent": "v"}],
...     "choices": [{"id": "c", "question": "?", "alternatives": [{"id": "a", "label": "A"},
...                 {"id": "b", "label": "B", "set": {"j": {"kind": "board"}}}]}]})
>>> alternative_problems(org)  # doctest: +NORMALIZE_WHITESPACE
[(('choices', 0, 'alternatives', 1, 'set', 'j'), "alternative 'b' of choice 'c' would make an invalid structure:
  body 'j': executive_type is only for kind executive; this body is board")]
>>> count_variants(org), MAX_VARIANTS
(2, 64)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .errors import UnknownAlternative as UnknownAlternative  # re-exported: its home before orgmodel.errors
from .errors import UserError

if TYPE_CHECKING:  # pydantic comes with the model, not with this module (orgmodel.check imports MAX_VARIANTS)
    from pydantic import ValidationError

    from .model import Organisation

__all__ = ["MAX_VARIANTS", "count_variants", "check_variant_count", "check_selection", "apply_selection",
           "alternative_problems"]

#: How many combinations of alternatives are expanded (listed, compared, drawn, checked) unless the
#: caller allows more (``max_variants=``; ``--max-variants`` on the command line). The one cap.
MAX_VARIANTS = 64

Loc = tuple[Any, ...]
_NOTE_MAX = 4000  # the model's Text limit


def count_variants(org: Organisation) -> int:
    """How many variants the open choices make (1 without choices)."""
    return math.prod(len(c.alternatives) for c in org.choices)


def check_variant_count(org: Organisation, max_variants: int | None = MAX_VARIANTS) -> None:
    """Raise :class:`~orgmodel.errors.UserError` if expanding ``org`` would make more than ``max_variants``
    variants (``None``: no cap)."""
    n = count_variants(org)
    if max_variants is not None and n > max_variants:
        raise UserError(f"{org.id}: its {len(org.choices)} open choices make {n:,} variants, more than "
                        f"the {max_variants:,} expanded at most; raise the limit with --max-variants N "
                        "(max_variants=N in Python), or close some choices")


def check_selection(org: Organisation, selection: dict[str, str]) -> None:
    """Raise :class:`UnknownAlternative` if ``selection`` names a choice or alternative the model lacks."""
    choices = {c.id: c for c in org.choices}
    for choice_id, alt_id in selection.items():
        if choice_id not in choices:
            raise UnknownAlternative(f"no choice {choice_id!r}; choices: {', '.join(choices) or 'none'}")
        alts = [a.id for a in choices[choice_id].alternatives]
        if alt_id not in alts:
            raise UnknownAlternative(f"choice {choice_id!r} has no alternative {alt_id!r}; valid: {', '.join(alts)}")


def apply_selection(org: Organisation, selection: dict[str, str]) -> Organisation:
    """The organisation with the selected alternatives applied and its choices resolved."""
    from pydantic import ValidationError

    from .model import Organisation

    check_selection(org, selection)
    data = _variant_data(org, selection)
    try:
        return Organisation.model_validate(data)
    except ValidationError as e:  # the loader reports each alternative at its line; a combination may still fail
        picked = ", ".join(f"{c.id}={selection.get(c.id, c.alternatives[0].id)}" for c in org.choices)
        raise UserError(f"{org.id}: the variant {picked} is not a valid structure: "
                        f"{_variant_errors(e, data)}") from None


def _variant_data(org: Organisation, selection: dict[str, str]) -> dict[str, Any]:
    """The plain data of the variant (not yet validated)."""
    overrides: dict[str, dict[str, Any]] = {}
    removed: set[str] = set()
    for choice in org.choices:
        wanted = selection.get(choice.id, choice.alternatives[0].id)
        alt = next(a for a in choice.alternatives if a.id == wanted)
        for body_id, change in alt.set.items():
            overrides.setdefault(body_id, {}).update(change.model_dump(exclude_none=True, by_alias=True))
        removed.update(alt.remove)

    data = org.model_dump(by_alias=True, exclude_none=True)
    bodies = []
    for b in data["bodies"]:
        if b["id"] in removed:
            continue
        if b["id"] in overrides:
            b = {**b, **overrides[b["id"]]}
            if b.get("kind") != "committee":
                b.pop("committee_role", None)
        bodies.append(b)
    data["bodies"] = bodies
    _drop_what_touches(data, removed)
    data["choices"] = []
    # A body under a removed parent becomes a root; the structural check reports it as an orphan.
    for b in bodies:
        if b.get("parent") in removed:
            b.pop("parent")
    picked = {c.id: selection.get(c.id, c.alternatives[0].id) for c in org.choices}
    if picked:
        note = "variant: " + ", ".join(f"{k}={v}" for k, v in picked.items())
        room = _NOTE_MAX - len(note) - 2  # the model's own note is cut (marked …) rather than the variant refused
        own = data.get("note") or ""
        own = own if len(own) <= room else own[:max(room, 0)] + "…"
        data["note"] = (f"{own}\n{note}" if own else note)[:_NOTE_MAX]
    return data


def _drop_what_touches(data: dict[str, Any], removed: set[str]) -> None:
    """Relations, powers, call-in rights, instrument roles and suppressions of removed bodies go with them."""
    data["relations"] = [r for r in data.get("relations", [])
                         if r["source"] not in removed and r["target"] not in removed]
    data["powers"] = [p for p in data.get("powers", []) if p["holder"] not in removed]
    kept_powers = {p["id"] for p in data["powers"]}
    # a delegation of a power whose holder went is no delegation any more: it goes too
    data["relations"] = [r for r in data["relations"] if r.get("power") is None or r["power"] in kept_powers]
    for p in data["powers"]:
        p["call_in"] = [c for c in p.get("call_in", []) if c not in removed]
    for x in data.get("instruments", []):
        for key in ("prepared_by", "adopted_by"):
            if x.get(key) in removed:
                x.pop(key)
    data["suppressions"] = [s for s in data.get("suppressions", []) if s.get("body") not in removed]


def alternative_problems(org: Organisation) -> list[tuple[Loc, str]]:
    """Every alternative that would make an invalid variant, with its location in the document.

    Each alternative is tried with the other choices at their first alternative: a kind switched on a
    body that keeps a kind-specific field, a cycle of parents that the body list does not have,
    anything else the model refuses.
    """
    from pydantic import ValidationError

    from .model import Organisation

    out: list[tuple[Loc, str]] = []
    base_cycles = _cycles({b.id: b.parent for b in org.bodies})
    for i, choice in enumerate(org.choices):
        for j, alt in enumerate(choice.alternatives):
            at: Loc = ("choices", i, "alternatives", j)
            what = f"alternative {alt.id!r} of choice {choice.id!r}"
            data = _variant_data(org, {choice.id: alt.id})
            try:
                Organisation.model_validate(data)
            except ValidationError as e:
                body = _first_body(e, data)
                where = (*at, "set", body) if body in alt.set else at
                out.append((where, f"{what} would make an invalid structure: {_variant_errors(e, data)}"))
                continue
            parents = {b["id"]: b.get("parent") for b in data["bodies"]}
            for cycle in sorted(_cycles(parents) - base_cycles, key=sorted):
                ring = " -> ".join(_ring(cycle, parents))
                out.append((at, f"{what} would put bodies in a cycle of parents: {ring}; "
                                "one of them must sit under a body outside the cycle"))
    return out


def _variant_errors(e: ValidationError, data: dict[str, Any]) -> str:
    """The errors of a variant's validation, naming bodies by id (their positions shift in a variant)."""
    parts = []
    for err in e.errors(include_url=False):
        loc = tuple(err["loc"])
        text = str(err["msg"]).removeprefix("Value error, ")
        if len(loc) >= 2 and loc[0] == "bodies" and isinstance(loc[1], int):
            rest = ".".join(str(p) for p in loc[2:] if not (isinstance(p, str) and p[:1].isupper()))
            parts.append(f"body {data['bodies'][loc[1]].get('id')!r}: " + (f"{rest}: " if rest else "") + text)
        else:
            parts.append(text)
    return "; ".join(parts)


def _first_body(e: ValidationError, data: dict[str, Any]) -> str | None:
    for err in e.errors(include_url=False):
        loc = tuple(err["loc"])
        if len(loc) >= 2 and loc[0] == "bodies" and isinstance(loc[1], int):
            return str(data["bodies"][loc[1]].get("id"))
    return None


def _cycles(parents: dict[str, str | None]) -> set[frozenset[str]]:
    """The cycles of a parent map, each as the set of its bodies."""
    out: set[frozenset[str]] = set()
    done: set[str] = set()
    for start in parents:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in parents and node not in done and node not in path:
            path[node] = len(path)
            node = parents[node]
        if node is not None and node in path:
            out.add(frozenset(n for n, k in path.items() if k >= path[node]))
        done.update(path)
    return out


def _ring(cycle: frozenset[str], parents: dict[str, str | None]) -> list[str]:
    """The cycle from its smallest id round to it again: ['a', 'b', 'a']."""
    start = min(cycle)
    ring, node = [start], parents[start]
    while node is not None and node != start:
        ring.append(node)
        node = parents[node]
    return [*ring, start]
