"""What a drawing shows, before any geometry: panels (one structure each) with their marks.

A :class:`Panel` is one structure as drawn: the organisation (with open choices resolved to one
variant), its title and subtitle, and marks on bodies (open, inferred, depends on an open choice,
added/changed/removed against a baseline). Removed bodies are carried as *ghosts* so that a sheet
can show where a body used to be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orgmodel.model import Body, Organisation
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


MARK_KINDS = ("open", "inferred", "choice", "added", "changed", "removed")


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
    """Mark ``panel`` with its differences from ``baseline`` (``diff`` = diff_structures(baseline, panel.org))."""
    marks = dict(panel.marks)
    for body_id in diff.added:
        if panel.org.has_body(body_id):
            marks[body_id] = Mark("added")
    for body_id, fields in diff.changed.items():
        if not panel.org.has_body(body_id) or body_id in diff.added:
            continue
        notes = []
        if "kind" in fields:
            old, new = fields["kind"]
            notes.append(f"{_label(old, lang)} → {_label(new, lang)}")
        if "committee_role" in fields and "kind" not in fields:
            old, new = fields["committee_role"]
            notes.append(f"{_label(old, lang) if old else '–'} → {_label(new, lang) if new else '–'}")
        if "seats" in fields:
            old, new = fields["seats"]
            notes.append(f"{word('diagram.seats', lang)}: {_seats(old)} → {_seats(new)}")
        if notes:  # a new name or superior alone is not what the highlight is for
            marks[body_id] = Mark("changed", "; ".join(notes))
    ghosts, ghost_parent = [], {}
    for body_id in diff.removed:
        if not baseline.has_body(body_id):
            continue
        body = baseline.body(body_id)
        ghosts.append(body)
        parent = diff.matches.get(body.parent) if body.parent else None
        ghost_parent[body_id] = parent if parent and panel.org.has_body(parent) else (
            body.parent if body.parent in diff.removed else None)
    return Panel(panel.org, panel.title, panel.subtitle, marks, ghosts, ghost_parent, panel.badge,
                 panel.relations_uniform)


def _label(value: Any, lang: str) -> str:
    return value.label(lang) if hasattr(value, "label") else str(value)


def _seats(value: Any) -> str:
    return "–" if value is None else str(value)
