"""The legend: a table of the body kinds present (not on a compact preset), a sample of each relation
type present, and a sample card outline for each mark present (open, inferred, choice, added, changed, removed).

Samples are laid out in rows as wide as the drawing (as wide as a slide's shape allows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgmodel.vocab import BodyKind, Certainty, RelationType
from orgmodel.words import word

from ..fonts import metrics
from ..theme import PT, EdgeStyle
from .cards import html_lines
from .dotlang import attrs, quote

if TYPE_CHECKING:
    from .dot import Builder


def legend_rows(b: Builder) -> list[list[str]]:
    """Declare the legend's nodes on ``b``; return its rows (node chains): kinds, relations, marks."""
    present, rels, marks, light = _present(b)
    avail = _available_width(b)
    rows: list[list[str]] = []
    # a compact drawing's cards print their kind: the swatches would only repeat them
    shown = [] if b.preset.compact else [k for k in BodyKind if k in present]
    if shown:  # one compact table of colour chips
        rows.append([_kinds_table(b, shown, avail)])
    if b.preset.compact:  # a slide keys only what is not self-explaining: hierarchy lines join
        # superior and subordinate in any organisation chart, and a mark with a badge names itself
        rels.discard(RelationType.SUBORDINATE_TO)
        marks = {m for m in marks if not b.t.mark(m).badge}
    items = _relation_samples(b, rels, light) + _mark_samples(b, marks)
    line: list[str] = []
    used = 0.0
    # a slide is short of height, not of width: its legend keeps to one row
    wraps = not b.preset.compact
    for nodes, width in items:
        if wraps and line and used + width > avail / PT:
            rows.append(line)
            line, used = [], 0.0
        line += nodes
        used += width
    if line:
        rows.append(line)
    return rows


def _present(b: Builder) -> tuple[set[BodyKind], set[RelationType], set[str], bool]:
    """The body kinds, drawn relation types and marks of every panel, and whether any line is drawn light."""
    present: set[BodyKind] = set()
    rels: set[RelationType] = set()
    marks: set[str] = set()
    light = False
    for p in b.panels:
        present.update(x.kind for x in p.org.bodies)
        present.update(g.kind for g in p.ghosts)
        marks.update(m.kind for m in p.marks.values())
        if p.ghosts:
            marks.add("removed")
        parent_of = {x.id: x.parent for x in p.org.bodies}
        for r in p.org.relations:
            if not (r.type is RelationType.ELECTS and parent_of.get(r.target) == r.source):
                rels.add(r.type)
                light |= r.certainty is not Certainty.STATED and not p.relations_uniform
        if any(x.parent for x in p.org.bodies):
            rels.add(RelationType.SUBORDINATE_TO)
            light |= any(x.parent and x.parent_certainty is not Certainty.STATED for x in p.org.bodies)
    return present, rels, marks, light


def _available_width(b: Builder) -> float:
    """How wide the legend's rows may run, in points."""
    t = b.t
    avail = max(b.width_estimate() - t.band_label_width * PT, 6 * PT)
    if b.preset.size is not None and b.preset.fill:
        # A slide has width to spare and no height: let the legend run as wide as the
        # slide's shape allows, in fewer rows.
        w, h = b.preset.size
        rows_tall = len(b.grid.rows) * (t.card_min_height + t.ranksep) * PT + 1.2 * PT
        avail = max(avail, rows_tall * w / h - t.band_label_width * PT)
    return avail


def _kinds_table(b: Builder, shown: list[BodyKind], avail: float) -> str:
    """Declare the table of colour chips of the kinds ``shown``; return its node."""
    t, lang = b.t, b.lang
    chip = t.legend_size * 1.6
    text_w = max(metrics().width(k.label(lang), t.legend_size) for k in shown)
    col_w = chip + text_w + 22
    per_row = max(1, min(len(shown), int(avail // col_w)))
    cells = []
    for n, kind in enumerate(shown):
        ks = t.kind(kind)
        if n % per_row == 0:
            cells.append("<TR>" if n == 0 else "</TR><TR>")
        cells.append(f'<TD WIDTH="{chip:.0f}" HEIGHT="{chip * 0.75:.0f}" FIXEDSIZE="TRUE" BGCOLOR="{ks.fill}" '
                     f'COLOR="{ks.border}" BORDER="{1 if ks.penwidth < 1.8 else 2}"></TD>'
                     f'<TD ALIGN="LEFT" WIDTH="{text_w + 12:.0f}">'
                     f'{html_lines([kind.label(lang)], t.legend_size)}</TD>')
    cells.append("</TR>")
    table = '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="1">' + "".join(cells) + "</TABLE>>"
    b.node("lg_kinds", class_="legend-kinds", shape="plain", label=table)
    return "lg_kinds"


def _relation_samples(b: Builder, rels: set[RelationType], light: bool) -> list[tuple[list[str], float]]:
    """Declare a sample line and label per relation type present (and a light line); return (nodes, width)."""
    t, lang = b.t, b.lang
    items: list[tuple[list[str], float]] = []
    samples: list[tuple[str, str, EdgeStyle]] = [
        (r.value, word("diagram.hierarchy", lang) if r is RelationType.SUBORDINATE_TO else r.label(lang),
         t.relation(r)) for r in RelationType if r in rels]
    if light:
        grey = EdgeStyle(t.light(t.light_edge_sample), "solid", "normal")
        samples.append(("light", word("diagram.light_edge", lang), grey))
    # relations added (strong) and removed (ghost) against a baseline: a neutral line so drawn
    changes = {"added": any(p.added_relations for p in b.panels),
               "removed": any(b.draws_ghost_line(g) for p in b.panels for g in p.ghost_relations)}
    for status in (s for s, present in changes.items() if present):
        plain = EdgeStyle(t.light_edge_sample, "solid", "normal")
        samples.append((status, word(f"relation.{status}.legend", lang), t.changed_relation(plain, status)))
    sides = b.panels[0].org.sides if len(b.panels) == 1 else None
    if sides is not None and b.split_band() is not None:  # the divider, with the sides as the source names them
        samples.append(("split", word("diagram.split", lang, above=sides.organiser.get(lang),
                                      below=sides.producer.get(lang)), t.split))
    for key, text, st in samples:
        a, z, c = f"lg_rel_{key}_a", f"lg_rel_{key}_b", f"lg_rel_{key}_t"
        b.emit(f"{quote(a)} [shape=point, width=0.3, height=0.1, style=invis];")
        b.emit(f"{quote(z)} [shape=point, width=0.3, height=0.1, style=invis];")
        b.emit(f"{quote(a)} -> {quote(z)} " + attrs(
            id=f"lg_rel_{key}", class_=f"legend-relation {key}", color=st.color, style=st.style,
            penwidth=float(st.penwidth), arrowhead=st.arrowhead, arrowtail=st.arrowtail, dir=st.dir,
            headclip="false", tailclip="false", weight=1.0) + ";")
        b.node(c, class_="legend-label", shape="plain", label=f"<{html_lines([text], t.legend_size)}>")
        items.append(([a, z, c], 0.6 + t.nodesep * 2 + metrics().width(text, t.legend_size) / PT))
    return items


def _mark_samples(b: Builder, marks: set[str]) -> list[tuple[list[str], float]]:
    """Declare a sample card outline per mark present; return (nodes, width)."""
    t, lang = b.t, b.lang
    items: list[tuple[list[str], float]] = []
    for mark, ms in t.marks.items():  # the card's own line, so that sample and cards agree
        if mark not in marks:
            continue
        text = word(ms.legend, lang)
        width = metrics().width(text, t.legend_size) / PT + 0.3
        node = f"lg_mark_{mark}"
        b.node(node, class_="legend-mark", shape="box", style=f"rounded,{ms.dash or 'solid'}",
               color=ms.colour or t.mark_sample,
               penwidth=float(t.mark_sample_penwidth if ms.penwidth is None else ms.penwidth), width=float(width),
               height=0.32, margin="0.08,0.03", label=f'<{html_lines([text], t.legend_size)}>')
        items.append(([node], width + t.nodesep))
    return items
