"""Panels -> Graphviz DOT source, laid out on the shared grid (:mod:`orgmodel.render.grid`).

The drawing is one ``dot`` graph, top to bottom. Rank order comes from a column of row-label
nodes on the left, chained by invisible edges; ``rank=same`` puts every card in its row. Within
a row, invisible *flat* edges fix the columns' left-to-right order: labels | structure 1 | its
side column | separator | structure 2 | ...
On a sheet the cards of a row are also chained in canonical order
(:func:`orgmodel.render.grid.canonical_keys`), so the same bodies read in the same order in
every panel.

Edges:

* hierarchy (parent -> child) ranks and places the cards;
* every other relation between cards of the main area is drawn pointing down the grid (an
  upward relation is drawn reversed, with its arrowheads swapped) so that it can take part in
  placing without ever changing a row; relations within a row are drawn without effect;
  several relations between the same two bodies become one edge of several colours;
* ``elects`` from a body's own superior repeats the hierarchy line and is not drawn;
* edges touching the side columns are not given to Graphviz at all: the engine draws them after
  layout from the side column's edge, so they never drag the layout around the side panel;
* two or more relations drawn alike from one body down into one band (an owner steering its
  group companies) are one *bundle*: Graphviz gets a column of invisible corridor points under
  the owner (which keeps a straight path free through the bands in between) and the engine draws
  one trunk down that corridor, a bus along the band's top edge and a short drop to each body
  (:mod:`.bundles`).

The legend's nodes come from :mod:`.legend`, the cards' HTML-like labels from :mod:`.cards`.

Output is deterministic: nodes and edges are declared in a fixed order (panel, band, file order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orgmodel.vocab import Certainty, RelationType, Tier
from orgmodel.words import word

from ..grid import SIDE_TIERS, Grid, Row
from ..labels import CardText
from ..scene import Panel
from ..text import clean, wrap
from ..theme import PT, Preset, Theme
from .bundles import CORRIDOR_WEIGHT, Bundle, Reach, SideEdge, fan
from .cards import card_label, html_lines, text_label
from .dotlang import attrs, quote
from .legend import legend_rows

if TYPE_CHECKING:
    from .. import Diagram


@dataclass
class Plan:
    """DOT source plus what the engine needs after layout."""

    dot: str
    grid: Grid
    row_nodes: list[list[str]]  # per row (grid rows, then legend and footnote rows): its nodes
    side_nodes: list[list[str]]  # per panel: side headings and side cards
    separators: list[str]  # node-name prefixes of the separator columns between panels
    side_edges: list[SideEdge] = field(default_factory=list)
    bundles: list[Bundle] = field(default_factory=list)
    width_estimate: float = 0.0
    cards: dict[str, tuple[int, str]] = field(default_factory=dict)  # node -> (panel, body id)


class Builder:
    """Writes the DOT source of one drawing, line by line (:mod:`.legend` and :mod:`.bundles` add theirs)."""

    def __init__(self, panels: list[Panel], grid: Grid, texts: dict[str, CardText], theme: Theme, preset: Preset,
                 lang: str, title: str, subtitle: str, footnote: str, legend: bool) -> None:
        self.panels, self.t, self.preset, self.lang = panels, theme, preset, lang
        self.title, self.subtitle, self.footnote, self.want_legend = title, subtitle, footnote, legend
        self.out: list[str] = []
        self.grid = grid
        self.texts = texts
        self.edge_lines: list[str] = []
        self.junctions: list[tuple[str, int, int, str]] = []
        self.bundles: list[Bundle] = []

    def emit(self, line: str) -> None:
        self.out.append("  " + line)

    def node(self, name: str, **kw: object) -> None:
        self.emit(f"{quote(name)} {attrs(id=name, **kw)};")

    def invisible(self, a: str, b: str, weight: int) -> None:
        self.emit(f"{quote(a)} -> {quote(b)} [style=invis, weight={weight}];")

    # --- the whole graph -------------------------------------------------------------------

    def build(self) -> Plan:
        t, grid = self.t, self.grid
        fill = self.preset.size is not None and self.preset.fill
        self.out.append("digraph orgmodel {")
        self.emit("graph " + attrs(rankdir="TB", newrank="true", nodesep=float(t.nodesep), ranksep=float(t.ranksep),
                                    splines="spline", fontname=t.font, bgcolor=t.background,
                                    pad="0" if fill else "0.25", labelloc="t", labeljust="l",
                                    label=self.title_label(), size=self.size_attr(), id="orgmodel",
                                    class_="orgmodel") + ";")
        self.emit("node " + attrs(fontname=t.font, fontsize=float(t.name_size), fontcolor=t.text) + ";")
        self.emit("edge " + attrs(fontname=t.font, fontsize=float(t.detail_size), arrowsize=0.8) + ";")

        rows = list(grid.rows)
        row_nodes: list[list[str]] = [[] for _ in rows]
        for row in rows:
            text = row.tier.label(self.lang) if row.tier is not None and row.level == 0 else ""
            self.label_node(row, text)

        cards: dict[str, tuple[int, str]] = {}
        for item in grid.items:
            label, style = card_label(item.body, item.mark, self.texts[item.node], t, self.lang, item.ghost)
            styles = ["filled"] + (["rounded"] if t.kind(item.body.kind).rounded else []) + ([style.dash] if style.dash else [])
            classes = f"card {item.body.kind.value}" + (f" mark-{item.mark.kind}" if item.mark else "")
            self.node(item.node, class_=classes, shape="box", style=",".join(styles), fillcolor=style.fill,
                      color=style.border, penwidth=float(style.penwidth), width=float(t.card_width),
                      height=float(t.card_min_height), margin=f"{t.card_margin_pt / PT:.3f},0.060", label=label)
            cards[item.node] = (item.panel, item.body.id)
            row_nodes[item.row].append(item.node)

        side_nodes: list[list[str]] = []
        for columns in grid.side_columns:
            nodes = []
            for heading, tier_value, items in columns:
                text = Tier(tier_value).label(self.lang) if tier_value else ""
                lines = wrap(text, t.card_width * PT - 8, t.band_label_size, bold=True) if text else [""]
                self.node(heading, class_="side-heading", shape="box", margin="0", color="transparent",
                          width=float(t.card_width),
                          label=text_label(lines, t.band_label_size, True, t.band_text, padding=2))
                row_nodes[0].append(heading)
                nodes += [heading, *items]
                for a, b in zip([heading, *items], items):
                    self.invisible(a, b, 8)  # a straight column
            side_nodes.append(nodes)

        heads = self.panel_titles()
        if grid.has_header:
            row_nodes[0][:0] = [h for h in heads if h]

        legend_chains = legend_rows(self) if self.want_legend else []
        for k, chain in enumerate(legend_chains):
            row = Row(f"legend{k}")
            self.label_node(row, word("diagram.legend", self.lang) if k == 0 else "")
            rows.append(row)
            row_nodes.append(chain)
            prev = row.node
            for n in chain:
                if not (prev.endswith("_a") and n == prev[:-2] + "_b"):  # samples are joined by their own edge
                    self.invisible(prev, n, 1)
                prev = n
        if self.footnote:
            row = Row("foot")
            self.label_node(row, "")
            width = max(self.width_estimate() - t.band_label_width * PT, 4 * PT)
            lines = [x for para in self.footnote.split("\n") for x in wrap(para, width, t.footnote_size)]
            self.node("footnote", class_="footnote", shape="plain",
                      label=text_label(lines, t.footnote_size, color=t.muted_text))
            self.invisible(row.node, "footnote", 1)
            rows.append(row)
            row_nodes.append(["footnote"])

        side_edges = self.edges(cards, {n for nodes in side_nodes for n in nodes})
        for node, row, _, decl in self.junctions:
            self.emit(decl)
            row_nodes[row].append(node)
        separators = self.columns(row_nodes, side_nodes)
        for a, b in zip(rows, rows[1:]):
            self.invisible(a.node, b.node, 50)
        for row, nodes in zip(rows, row_nodes):
            extra = [f"{p}_{row.key}" for p in self.column_prefixes] if row in grid.rows else []
            self.emit("{ rank=same; " + " ".join(quote(n) for n in [row.node, *nodes, *extra]) + " }")

        self.out.extend("  " + line for line in self.edge_lines)
        self.out.append("}")
        return Plan("\n".join(self.out) + "\n", grid, [[r.node, *n] for r, n in zip(rows, row_nodes)], side_nodes,
                    separators, side_edges, self.bundles, self.width_estimate(), cards)

    def label_node(self, row: Row, text: str) -> None:
        t = self.t
        lines = wrap(text, t.band_label_width * PT - 8, t.band_label_size, bold=True) if text else [""]
        cls = f"band-label {row.tier.value}" if text and row.tier is not None else "row-label"
        # Band rows are at least a card tall, so an empty band keeps its height on every diagram.
        height = float(t.card_min_height) if row.tier is not None else None
        self.node(row.node, class_=cls, shape="box", margin="0", color="transparent", width=float(t.band_label_width),
                  height=height, label=text_label(lines, t.band_label_size, True, t.band_text))

    # --- columns -----------------------------------------------------------------------------

    def columns(self, row_nodes: list[list[str]], side_nodes: list[list[str]]) -> list[str]:
        """Invisible column nodes, one per row, and the flat edges that order each row.

        Each panel's main area sits between two column nodes (the row label or the previous
        separator on the left; its side-column divider, the next separator or an end column on
        the right). Every card gets one ordering edge from the left and one to the right, so
        the two pulls cancel and only the hierarchy decides where a card goes.
        """
        grid = self.grid
        n = len(self.panels)
        right = []
        for i in range(n):
            right.append(f"div{i}" if grid.side_columns[i] else f"sep{i}" if i < n - 1 else f"end{i}")
        separators = [f"sep{i}" for i in range(n - 1)]
        self.column_prefixes = sorted({*right, *separators}, key=lambda p: (int(p[3:]), p[:3] != "div"))
        for prefix in self.column_prefixes:
            for row in grid.rows:
                # transparent rather than invisible: the engine reads column positions from the SVG
                name = f"{prefix}_{row.key}"
                self.emit(f"{quote(name)} [id={quote(name)}, shape=point, width=0.01, color=transparent];")
            for a, b in zip(grid.rows, grid.rows[1:]):
                # stiffer than a bundle's corridor: a panel's edge never bends round a trunk
                self.invisible(f"{prefix}_{a.key}", f"{prefix}_{b.key}", 4 * CORRIDOR_WEIGHT)
        panel_of = {item.node: item.panel for item in grid.items}
        cards = {item.node for item in grid.items if not item.side}
        for i, nodes in enumerate(side_nodes):
            panel_of.update({x: i for x in nodes})
        for i, head in enumerate(self.heads):
            if head:
                panel_of[head] = i
        for node, _, i, _ in self.junctions:
            panel_of[node] = i
        side = {x for nodes in side_nodes for x in nodes}
        for r, row in enumerate(grid.rows):
            left = row.node
            for i in range(n):
                members = [x for x in row_nodes[r] if panel_of.get(x) == i]
                mains = [x for x in members if x not in side]
                stop = f"{right[i]}_{row.key}"
                for m in mains:
                    self.invisible(left, m, 1)
                    self.invisible(m, stop, 1)
                if grid.canonical:  # a sheet: the cards keep their canonical order, the same in every panel
                    in_row = [m for m in mains if m in cards]
                    for a, b in zip(in_row, in_row[1:]):
                        self.invisible(a, b, 1)
                if not mains:
                    self.invisible(left, stop, 1)
                chain = [stop, *[x for x in members if x in side]]
                if i < n - 1 and right[i] != f"sep{i}":
                    chain.append(f"sep{i}_{row.key}")
                for a, b in zip(chain, chain[1:]):
                    self.invisible(a, b, 1)
                left = chain[-1]
        return separators

    # --- edges -------------------------------------------------------------------------------

    def edges(self, cards: dict[str, tuple[int, str]], side: set[str]) -> list[SideEdge]:
        t, grid = self.t, self.grid
        row_of = {item.node: item.row for item in grid.items}
        band_of = {r: tier for tier, rows in grid.bands for r in rows}
        side_edges: list[SideEdge] = []
        hier = t.relation(RelationType.SUBORDINATE_TO)
        for i, panel in enumerate(self.panels):
            node_of = grid.node_of[i]
            pairs = []
            for b in panel.org.bodies:
                if b.parent is not None and b.parent in node_of:
                    pairs.append((node_of[b.parent], node_of[b.id], b.parent_certainty is not Certainty.STATED))
            for g in panel.ghosts:
                parent = panel.ghost_parent.get(g.id)
                if parent is not None:
                    tail = node_of.get(parent) or f"p{i}_ghost_{parent}"
                    if tail in row_of:
                        pairs.append((tail, f"p{i}_ghost_{g.id}", True))
            for tail, head, light in pairs:
                eid, cls = f"e_{head}_parent", "edge subordinate_to"
                if tail in side or head in side:
                    side_edges.append(SideEdge(eid, cls, tail, head, [hier], light))
                    continue
                flat = row_of[tail] == row_of[head]
                color = t.light(hier.color) if light else hier.color
                if row_of[tail] > row_of[head]:  # a superior drawn below: draw it, rank nothing
                    self.edge_lines.append(f"{quote(tail)} -> {quote(head)} " + attrs(id=eid, class_=cls, color=color, dir="none",
                                                                    penwidth=float(hier.penwidth), constraint="false") + ";")
                else:
                    self.edge_lines.append(f"{quote(tail)} -> {quote(head)} " + attrs(id=eid, class_=cls, color=color, dir="none",
                                                                    penwidth=float(hier.penwidth),
                                                                    weight=1.0 if flat else 2.0) + ";")

            # Relations: one edge per pair of bodies, in the order the file first mentions the pair.
            parent_of = {b.id: b.parent for b in panel.org.bodies}
            grouped: dict[tuple[str, str], list] = {}
            for k, rel in enumerate(panel.org.relations):
                if rel.source not in node_of or rel.target not in node_of:
                    continue
                if rel.type is RelationType.ELECTS and parent_of.get(rel.target) == rel.source:
                    continue  # the hierarchy line already joins them
                grouped.setdefault((node_of[rel.source], node_of[rel.target]), []).append((k, rel))
            fans: dict[tuple[str, Tier, str], list[Reach]] = {}
            for (tail, head), rels in grouped.items():
                rels.sort(key=lambda kr: list(RelationType).index(kr[1].type))
                types = list(dict.fromkeys(r.type for _, r in rels))  # one line per type
                styles = [t.relation(x) for x in types]
                light = all(r.certainty is not Certainty.STATED for _, r in rels) and not panel.relations_uniform
                k0 = min(k for k, _ in rels)
                eid = f"e_p{i}_{k0}_" + "_".join(x.value for x in types)
                cls = "edge " + " ".join(x.value for x in types)
                if tail in side or head in side:
                    side_edges.append(SideEdge(eid, cls, tail, head, styles, light))
                    continue
                st = styles[0]
                colors = ":".join(t.light(s.color) if light else s.color for s in styles)
                head_arrow, tail_arrow, direction = st.arrowhead, st.arrowtail, st.dir
                a, b = tail, head
                flat = row_of[a] == row_of[b]
                if row_of[a] > row_of[b]:  # draw upward relations reversed, arrowheads swapped
                    a, b = b, a
                    head_arrow, tail_arrow = tail_arrow, head_arrow
                    direction = {"forward": "back", "back": "forward"}.get(direction, direction)
                if flat:
                    self.edge_lines.append(f"{quote(a)} -> {quote(b)} " + attrs(
                        id=eid, class_=cls, color=colors, style=st.style, penwidth=float(st.penwidth),
                        arrowhead=head_arrow, arrowtail=tail_arrow, dir=direction, constraint="false",
                        weight=0.0) + ";")
                    continue
                # one bundle per owner, band reached and line pattern
                key = (a, band_of[row_of[b]], st.style)
                fans.setdefault(key, []).append(Reach(b, eid, cls, colors, st.penwidth, styles, light, head_arrow, tail_arrow))
            for (a, _, style), heads in fans.items():
                fan(self, i, a, heads, row_of, style=style)
        return side_edges

    # --- titles, sizes -----------------------------------------------------------------------

    def title_label(self) -> str | None:
        t = self.t
        if not self.title and not self.subtitle:
            return None
        width = max(self.width_estimate() - 36, 6 * PT)
        cells = []
        if self.title:
            cells.append(html_lines(wrap(self.title, width, t.title_size, bold=True), t.title_size, True))
        if self.subtitle:
            lines = [x for s in self.subtitle.split("\n") for x in wrap(s, width, t.subtitle_size)]
            cells.append(html_lines(lines, t.subtitle_size, color=t.muted_text))
        body = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{c}</TD></TR>' for c in cells)
        return f'<<TABLE BORDER="0" CELLPADDING="3" CELLSPACING="0">{body}<TR><TD HEIGHT="6"></TD></TR></TABLE>>'

    def panel_titles(self) -> list[str | None]:
        t = self.t
        self.heads: list[str | None] = []
        if len(self.panels) == 1:
            self.heads = [None]
            return self.heads
        for i, p in enumerate(self.panels):
            width = max(self.width_estimate([i]) - t.band_label_width * PT, t.card_width * PT * 1.8) * 0.8
            name = f"p{i}_title"
            html = html_lines(wrap(p.title, width, t.panel_title_size, bold=True), t.panel_title_size, True)
            if p.badge:
                html += '<BR ALIGN="LEFT"/>' + html_lines([p.badge], t.detail_size, True, t.muted_text)
            if p.subtitle:
                lines = [x for s in p.subtitle.split("\n") for x in wrap(s, width, t.detail_size)]
                html += '<BR ALIGN="LEFT"/>' + html_lines(lines, t.detail_size, color=t.muted_text)
            self.node(name, class_="panel-title", shape="box", margin="0", color="transparent",
                      label=f'<<TABLE BORDER="0" CELLPADDING="2"><TR><TD ALIGN="LEFT" BALIGN="LEFT">{html}</TD></TR></TABLE>>')
            top = [item.node for item in self.grid.items if item.panel == i and not item.side]
            if top:
                self.invisible(name, top[0], 2)  # over its own structure
            self.heads.append(name)
        return self.heads

    def size_attr(self) -> str | None:
        if self.preset.size is None:
            return None
        w, h = self.preset.size
        return f"{w:g},{h:g}" + ("!" if self.preset.fill else "")

    def width_estimate(self, panels: list[int] | None = None) -> float:
        """A guess of the drawing's width in points before layout (to wrap titles and the legend)."""
        t = self.t
        step = (t.card_width + t.nodesep) * PT
        cards = 0
        for i in range(len(self.panels)) if panels is None else panels:
            per_row: dict[int, int] = {}
            for item in self.grid.items:
                if item.panel == i and not item.side:
                    per_row[item.row] = per_row.get(item.row, 0) + 1
            cards += max(per_row.values(), default=1) + len(self.grid.side_columns[i])
        return t.band_label_width * PT + cards * step


def build(d: Diagram) -> Plan:
    """The DOT source and grid of the drawing ``d``."""
    return Builder(d.panels, d.grid, d.card_texts, d.theme, d.preset, d.lang, clean(d.title), clean(d.subtitle),
                   clean(d.footnote), d.legend).build()


__all__ = ["Builder", "Plan", "build", "SIDE_TIERS"]
