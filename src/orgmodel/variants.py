"""Open choices: pick one alternative per choice and get a plain structure back.

A model file states the first alternative of each choice in its body list; the others say which
bodies change (kind, role, name, seats, parent) or disappear. Relations, powers and instruments
that touch a removed body go with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import UnknownAlternative as UnknownAlternative  # re-exported: its home before orgmodel.errors

if TYPE_CHECKING:
    from .model import Organisation


def check_selection(org: "Organisation", selection: dict[str, str]) -> None:
    """Raise :class:`UnknownAlternative` if ``selection`` names a choice or alternative the model lacks."""
    choices = {c.id: c for c in org.choices}
    for choice_id, alt_id in selection.items():
        if choice_id not in choices:
            raise UnknownAlternative(f"no choice {choice_id!r}; choices: {', '.join(choices) or 'none'}")
        alts = [a.id for a in choices[choice_id].alternatives]
        if alt_id not in alts:
            raise UnknownAlternative(f"choice {choice_id!r} has no alternative {alt_id!r}; valid: {', '.join(alts)}")


def apply_selection(org: "Organisation", selection: dict[str, str]) -> "Organisation":
    """The organisation with the selected alternatives applied and its choices resolved."""
    from .model import Organisation

    check_selection(org, selection)
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
    data["relations"] = [r for r in data.get("relations", []) if r["source"] not in removed and r["target"] not in removed]
    data["powers"] = [p for p in data.get("powers", []) if p["holder"] not in removed]
    for p in data["powers"]:
        p["call_in"] = [c for c in p.get("call_in", []) if c not in removed]
    for x in data.get("instruments", []):
        for key in ("prepared_by", "adopted_by"):
            if x.get(key) in removed:
                x.pop(key)
    data["suppressions"] = [s for s in data.get("suppressions", []) if s.get("body") not in removed]
    data["choices"] = []
    # A body under a removed parent becomes a root; the structural check reports it as an orphan.
    for b in bodies:
        if b.get("parent") in removed:
            b.pop("parent")
    picked = {c.id: selection.get(c.id, c.alternatives[0].id) for c in org.choices}
    if picked:
        note = "variant: " + ", ".join(f"{k}={v}" for k, v in picked.items())
        data["note"] = f"{data['note']}\n{note}" if data.get("note") else note
    return Organisation.model_validate(data)
