"""What a drawing shows, before any geometry: panels (one structure each) with their marks.

A :class:`Panel` is one structure as drawn: the organisation (with open choices resolved to one
variant), its title and subtitle, and marks on bodies (open, inferred, depends on an open choice,
added/changed/removed against a baseline). Removed bodies are carried as *ghosts* so that a sheet
can show where a body used to be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orgmodel.compare.metrics import decision_role
from orgmodel.model import Body, Organisation, Relation
from orgmodel.vocab import Certainty
from orgmodel.words import date_text, word

from .text import clean

if TYPE_CHECKING:
    from orgmodel.compare.diff import StructureDiff


@dataclass(frozen=True)
class Mark:
    """Something a card must show besides the body: ``kind`` is one of :data:`MARK_KINDS`."""

    kind: str
    note: str = ""
    role_was: str = ""  # 'changed': the role token the body had in the baseline, when its role changed


#: ``same``: a body of a compared structure that is as it was in the baseline (drawn faded).
MARK_KINDS = ("open", "inferred", "choice", "added", "changed", "removed", "same")


@dataclass(frozen=True)
class GhostRelation:
    """A relation of the baseline missing from a compared structure, drawn as a ghost line.

    ``relation`` is the baseline's, with its ends renamed to this structure's bodies where they
    match; an end whose body was removed keeps the baseline's id and is drawn at that body's ghost.
    """

    relation: Relation
    source_ghost: bool = False
    target_ghost: bool = False


@dataclass
class Panel:
    """One structure as drawn."""

    org: Organisation
    title: str
    subtitle: str = ""
    marks: dict[str, Mark] = field(default_factory=dict)
    ghosts: list[Body] = field(default_factory=list)  # bodies of the baseline missing here
    ghost_parent: dict[str, str | None] = field(default_factory=dict)  # ghost id -> parent id in this org
    badge: str = ""  # e.g. 'vertailukohta' over the baseline's column
    relations_uniform: bool = False  # every relation inferred or open: draw them plainly, say so once
    added_relations: frozenset[int] = frozenset()  # indices in org.relations new against the baseline
    ghost_relations: list[GhostRelation] = field(default_factory=list)  # the baseline's, missing here
    summary: list[str] = field(default_factory=list)  # what changed against the baseline, at most 3 lines


def subtitle_of(org: Organisation, lang: str) -> str:
    """'Lähde: <document> · 16.5.2018 · luonnos' from the organisation's provenance and version.

    The source is named by its title where the provenance gives one (an id or a file hash means
    nothing to an audience), else by its address or id.
    """
    parts = []
    prov = org.provenance
    named = prov and (prov.title or prov.source)
    if named:
        parts.append(f"{word('diagram.source', lang)}: {clean(named)}")
    date = (org.version.date if org.version else None) or (prov.date if prov else None)
    if date is not None:
        parts.append(date_text(date, lang))
    if org.version is not None:
        parts.append(org.version.label.get(lang) if org.version.label else org.version.status.label(lang))
    return " · ".join(parts)


def panel_for(org: Organisation, lang: str = "fi", selection: dict[str, str] | None = None,
              title: str | None = None) -> Panel:
    """The panel of one organisation; with open choices, one variant drawn and marked.

    Without a selection the first alternative of every choice is drawn, and every body an
    alternative would change or remove is marked ``choice``; the subtitle names the choices.
    """
    lines = [subtitle_of(org, lang)]
    marks: dict[str, Mark] = {}
    drawn = org
    if org.choices:
        picked = dict(selection or {})
        drawn = org.variant(picked)
        for choice in org.choices:
            alt_id = picked.get(choice.id, choice.alternatives[0].id)
            alt = next(a for a in choice.alternatives if a.id == alt_id)
            question, answer = clean(choice.question.get(lang)), clean(alt.label.get(lang))
            if selection and choice.id in selection:
                lines.append(f"{word('diagram.variant', lang)}: {question} → {answer}")
                continue
            lines.append(f"{word('diagram.open_choice', lang)}: {question} ({word('diagram.drawn', lang)}: {answer})")
            for other in choice.alternatives:
                for body_id in [*other.set, *other.remove]:
                    if drawn.has_body(body_id):
                        marks[body_id] = Mark("choice", question)
    # A model that infers everything (an illustrative archetype) says so once, not on every card.
    all_inferred = bool(drawn.bodies) and all(b.certainty is Certainty.INFERRED for b in drawn.bodies)
    uniform = bool(drawn.relations) and all(r.certainty is not Certainty.STATED for r in drawn.relations)
    if all_inferred or uniform:
        lines.append(word("diagram.inferred_both" if all_inferred and uniform else
                          "diagram.inferred_bodies" if all_inferred else "diagram.inferred_links", lang))
    for body in drawn.bodies:
        if body.id in marks:
            continue
        if body.certainty is Certainty.OPEN:
            marks[body.id] = Mark("open", clean(body.note or ""))
        elif body.certainty is Certainty.INFERRED and not all_inferred:
            marks[body.id] = Mark("inferred", clean(body.note or ""))
    return Panel(drawn, clean(title or org.name(lang)), "\n".join(x for x in lines if x), marks,
                 relations_uniform=uniform)


def mark_against(panel: Panel, baseline: Organisation, diff: StructureDiff, lang: str) -> Panel:
    """Mark ``panel`` with its differences from ``baseline`` (``diff`` = diff_structures(baseline, panel.org)):
    added, changed (kind, seats, role) and unchanged bodies, ghosts of removed bodies, new relations
    and ghosts of removed ones, and a summary of at most three lines."""
    marks = dict(panel.marks)
    base_of = {b_id: a_id for a_id, b_id in diff.matches.items()}
    for body_id in diff.added:
        if panel.org.has_body(body_id):
            marks[body_id] = Mark("added")
    roles: dict[tuple[str, str], int] = {}
    for body_id, fields in diff.changed.items():
        if not panel.org.has_body(body_id) or body_id in diff.added:
            continue
        notes = []
        if "kind" in fields:
            old, new = fields["kind"]
            notes.append(f"{_label(old, lang)} → {_label(new, lang)}")
        if "seats" in fields:
            old, new = fields["seats"]
            notes.append(f"{word('diagram.seats', lang)}: {_seats(old)} → {_seats(new)}")
        was, now = decision_role(baseline.body(base_of[body_id])), decision_role(panel.org.body(body_id))
        role_was = was if was and now and was != now else ""
        if role_was and now:
            roles[(role_was, now)] = roles.get((role_was, now), 0) + 1
        if notes or role_was:  # a new name or superior alone is not what the highlight is for
            marks[body_id] = Mark("changed", "; ".join(notes), role_was)
    for body in panel.org.bodies:  # unchanged bodies fade, so that the changes stand out
        marks.setdefault(body.id, Mark("same"))
    ghosts, ghost_parent = [], {}
    for body_id in diff.removed:
        if not baseline.has_body(body_id):
            continue
        body = baseline.body(body_id)
        ghosts.append(body)
        parent = diff.matches.get(body.parent) if body.parent else None
        ghost_parent[body_id] = parent if parent and panel.org.has_body(parent) else (
            body.parent if body.parent in diff.removed else None)
    out = Panel(panel.org, panel.title, panel.subtitle, marks, ghosts, ghost_parent, panel.badge,
                panel.relations_uniform, _added_relations(panel.org, diff), _ghost_relations(baseline, diff))
    out.summary = change_summary(out, roles, lang)
    out.subtitle = "\n".join(x for x in (panel.subtitle, *out.summary) if x)  # drawn under the panel's title
    return out


def _added_relations(org: Organisation, diff: StructureDiff) -> frozenset[int]:
    """Indices of ``org``'s relations that the diff lists as added (one by one, like the diff)."""
    wanted = list(diff.relations_added)
    found = set()
    for k, r in enumerate(org.relations):
        ref = (r.type.value, r.source, r.target, r.power)
        if ref in wanted:
            wanted.remove(ref)
            found.add(k)
    return frozenset(found)


def _ghost_relations(baseline: Organisation, diff: StructureDiff) -> list[GhostRelation]:
    """The baseline's relations the diff lists as removed, renamed to the compared structure's ids."""
    wanted = list(diff.relations_removed)
    out = []
    for r in baseline.relations:
        ref = (r.type.value, r.source, r.target, r.power)
        if ref not in wanted:
            continue
        wanted.remove(ref)
        source, target = diff.matches.get(r.source), diff.matches.get(r.target)
        renamed = r.model_copy(update={"source": source or r.source, "target": target or r.target})
        out.append(GhostRelation(renamed, source is None, target is None))
    return out


def change_summary(panel: Panel, roles: dict[tuple[str, str], int], lang: str) -> list[str]:
    """At most three lines: bodies added, removed and changed; role changes; relations added and
    removed ('Suhteet: +3 uutta, −3 poistunutta (delegoi)'). Lines with nothing to say are left out.

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "archetype",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}}]})
    >>> change_summary(Panel(org, "X", marks={"v": Mark("changed")}), {("decision_making", "preparatory"): 3}, "fi")
    ['Toimielimet: 1 muuttunut', 'Roolit: 3 × päättää → valmistelee']
    """
    def count(key: str, n: int) -> str:
        return word(f"summary.{key}.one", lang) if n == 1 else word(f"summary.{key}", lang, n=n)

    kinds = [m.kind for m in panel.marks.values()]
    bodies = [count(key, n) for key, n in (("added", kinds.count("added")), ("removed", len(panel.ghosts)),
                                          ("changed", kinds.count("changed"))) if n]
    lines = [word("summary.bodies", lang, parts=", ".join(bodies))] if bodies else []
    if roles:
        parts = ", ".join(f"{n} × {word(f'role.{was}', lang)} → {word(f'role.{now}', lang)}"
                          for (was, now), n in roles.items())
        lines.append(word("summary.roles", lang, parts=parts))
    added = [panel.org.relations[k] for k in sorted(panel.added_relations)]
    removed = [g.relation for g in panel.ghost_relations]
    rels = [count(key, len(x)) for key, x in (("added", added), ("removed", removed)) if x]
    if rels:
        types = ", ".join(dict.fromkeys(r.type.label(lang) for r in [*added, *removed]))
        lines.append(word("summary.relations", lang, parts=", ".join(rels) + f" ({types})"))
    return lines or [word("summary.none", lang)]


def _label(value: Any, lang: str) -> str:
    return value.label(lang) if hasattr(value, "label") else str(value)


def _seats(value: Any) -> str:
    return "–" if value is None else str(value)
