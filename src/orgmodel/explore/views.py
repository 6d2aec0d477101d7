"""The views an explorer page can show: every variant of every structure given, each drawn in
every language, with the details of its bodies and its differences from the first view.

A drawing is orgmodel's own SVG (:func:`orgmodel.render.diagram`) as text; the page stores all
of its data compressed (:func:`orgmodel.explore.page.pack`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from orgmodel.text import LANGS

from .details import Json, body_details, texts

if TYPE_CHECKING:
    from orgmodel.checking.findings import Finding
    from orgmodel.compare.diff import StructureDiff
    from orgmodel.model import Organisation

#: A card of the drawing: ``<g id="p0_<body id>" class="node card ...">`` (a one-panel diagram).
_CARD = re.compile(r'<g id="p0_([^"]+)" class="node card[ "]')


def card_ids(svg: str, body_ids: set[str]) -> dict[str, str]:
    """Body id -> the id of its card in ``svg``.

    >>> card_ids('<g id="p0_v" class="node card council"><g id="p0_x" class="node card board">', {"v"})
    {'v': 'p0_v'}
    """
    return {m.group(1): f"p0_{m.group(1)}" for m in _CARD.finditer(svg) if m.group(1) in body_ids}


def variant_label(org: Organisation, selection: dict[str, str]) -> dict[str, str]:
    """The variant's name: its alternatives' labels in each language (the structure itself: empty)."""
    labels = []
    for choice in org.choices:
        alt = next(a for a in choice.alternatives if a.id == selection[choice.id])
        labels.append(alt.label)
    return {lang: " · ".join(label.get(lang) for label in labels) for lang in LANGS}


def _in_variant(f: Finding, selection: dict[str, str]) -> bool:
    return f.in_variant is None or f.in_variant in {f"{c}={a}" for c, a in selection.items()}


def differences(diff: StructureDiff, baseline: Organisation, org: Organisation) -> Json:
    """What the page highlights against the first view: added cards, changed cards with what
    changed ('jäsenet 7 → 9', as ``orgmodel diff`` says it), and the bodies missing here."""
    from orgmodel.compare.diff_report import changes_text

    changed = {b_id: {lang: changes_text(ch, lang, baseline, org) for lang in LANGS}
               for b_id, ch in diff.changed.items()}
    return {"added": list(diff.added), "changed": changed,
            "removed": [texts(baseline.body(a_id).shown_names) for a_id in diff.removed]}


def view(org: Organisation, selection: dict[str, str], findings: list[Finding]) -> Json:
    """One variant of one structure: its drawings, its cards and its bodies' details."""
    from orgmodel.render import diagram

    svgs = {lang: diagram(org, lang=lang).svg() for lang in LANGS}
    bodies = {b.id for b in org.bodies}
    shown = [f for f in findings if _in_variant(f, selection)]
    return {
        "selection": selection,
        "svg": svgs,
        "cards": card_ids(svgs["fi"], bodies),
        "bodies": {b.id: body_details(org, b, [f for f in shown if f.body == b.id or b.id in f.bodies])
                   for b in org.bodies},
    }


def structure_views(org: Organisation) -> list[tuple[Organisation, Json]]:
    """Every variant of ``org`` (the structure itself when it has no open choice) with its view data."""
    from orgmodel.checking import check

    findings = check(org).findings  # suppressed findings are kept apart by the report
    out: list[tuple[Organisation, Json]] = []
    for selection, variant in org.variants():
        data: dict[str, Any] = view(variant, selection, findings)
        data["label"] = variant_label(org, selection)
        out.append((variant, data))
    return out
