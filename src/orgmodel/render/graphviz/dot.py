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

from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from orgmodel.vocab import Certainty, RelationType, Tier
from orgmodel.words import word

from ..grid import SIDE_TIERS, Grid, Row, side_heading
from ..labels import CardText
from ..scene import GhostRelation, Panel
from ..text import clean, wrap
from ..theme import PT, Preset, Theme
from .bundles import CORRIDOR_WEIGHT, Bundle, Reach, SideEdge, fan, gap_room
from .cards import card_label, html_lines, text_label
from .dotlang import attrs, quote
from .legend import legend_rows

if TYPE_CHECKING:
    from orgmodel.model import Relation

    from .. import Diagram


#: Lines a relation's label may take on a slide before it is left out.
LABEL_LINES = 2


#: Subordinates of one superior in one band whose lines a drawing bundles: fewer read well as
#: lines of their own, and a bus needs room in the gap above the band (height a slide lacks).
HIERARCHY_FAN_MIN = 4


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
    split: int | None = None  # the organiser/producer divider runs under this band (index into grid.bands)


class Builder:
    """Writes the DOT source of one drawing, line by line (:mod:`.legend` and :mod:`.bundles` add theirs)."""

    def __init__(self, panels: list[Panel], grid: Grid, texts: dict[str, CardText], theme: Theme, preset: Preset,
                 lang: str, title: str, subtitle: str, footnote: str, legend: bool, gaps: bool = False) -> None:
        self.panels, self.t, self.preset, self.lang = panels, theme, preset, lang
        self.gaps = gaps  # widen only the gaps buses run in (else every gap, to the busiest's room)
        self.title, self.subtitle, self.footnote, self.want_legend = title, subtitle, footnote, legend
        self.out: list[str] = []
        self.grid = grid
        self.texts = texts
        self.edge_lines: list[str] = []
        self.junctions: list[tuple[str, int, int, str]] = []
        self.bundles: list[Bundle] = []
        self.heads: list[str | None] = []  # per panel: its title node (set by panel_titles)
        self.column_prefixes: list[str] = []  # of the column nodes (set by columns)
        self.row_of = {item.node: item.row for item in grid.items}
        self.band_of = {r: tier for tier, rows in grid.bands for r in rows}
        self.main_cards = {item.node for item in grid.items if not item.side}

    def emit(self, line: str) -> None:
        self.out.append("  " + line)

    def node(self, name: str, **kw: object) -> None:
        self.emit(f"{quote(name)} {attrs(id=name, **kw)};")

    def invisible(self, a: str, b: str, weight: int) -> None:
        self.emit(f"{quote(a)} -> {quote(b)} [style=invis, weight={weight}];")

    # --- the whole graph -------------------------------------------------------------------

    def build(self) -> Plan:
        self.out.append("digraph orgmodel {")
        self.graph_defaults()
        rows = list(self.grid.rows)
        row_nodes: list[list[str]] = [[] for _ in rows]
        for row in rows:
            text = row.tier.label(self.lang) if row.tier is not None and row.level == 0 else ""
            self.label_node(row, text)
        cards = self.card_nodes(row_nodes)
        side_nodes = self.side_columns(row_nodes)
        heads = self.panel_titles()
        if self.grid.has_header:
            for i, h in enumerate(heads):
                if h:  # over its own block of rows
                    row_nodes[self.grid.headers[self.grid.block_of(i)]].insert(0, h)
        if self.want_legend:
            self.legend(rows, row_nodes)
        if self.footnote:
            self.footnote_row(rows, row_nodes)

        side_edges = self.edges(cards, {n for nodes in side_nodes for n in nodes})
        for node, junction_row, _, decl in self.junctions:
            self.emit(decl)
            row_nodes[junction_row].append(node)
        separators = self.columns(row_nodes, side_nodes)
        self.ranks(rows, row_nodes)
        if not self.gaps:
            busiest = max(gap_room(self.bundles).values(), default=0.0)
            self.out[self.graph_line] = self.graph_attrs(max(float(self.t.ranksep), busiest))

        self.out.extend("  " + line for line in self.edge_lines)
        self.out.append("}")
        # rows and row_nodes grow together (grid rows, then legend and footnote rows)
        chains = [[r.node, *n] for r, n in zip(rows, row_nodes, strict=True)]
        return Plan("\n".join(self.out) + "\n", self.grid, chains, side_nodes, separators, side_edges, self.bundles,
                    self.width_estimate(), cards, self.split_band())

    def split_band(self) -> int | None:
        """The band the organiser/producer divider runs under: a single structure that declares
        its sides (:class:`~orgmodel.model.Sides`) and has bands on both of them; else None."""
        from orgmodel.compare.metrics import PRODUCER_TIERS

        if len(self.panels) != 1 or self.panels[0].org.sides is None:
            return None
        producer = [k for k, (tier, _) in enumerate(self.grid.bands) if tier in PRODUCER_TIERS]
        return producer[0] - 1 if producer and producer[0] > 0 else None

    def graph_attrs(self, ranksep: float) -> str:
        """The graph's attribute line (``ranksep`` in inches: the gap between rows)."""
        t = self.t
        fill = self.preset.size is not None and self.preset.fill
        return "graph " + attrs(rankdir="TB", newrank="true", nodesep=float(t.nodesep), ranksep=ranksep,
                                splines="spline", fontname=t.font, bgcolor=t.background,
                                pad="0" if fill else "0.25", labelloc="t", labeljust="l",
                                label=self.title_label(), size=self.size_attr(), id="orgmodel",
                                class_="orgmodel") + ";"

    def graph_defaults(self) -> None:
        """The graph, node and edge attribute lines."""
        t = self.t
        self.graph_line = len(self.out)
        self.emit(self.graph_attrs(float(t.ranksep)))
        self.emit("node " + attrs(fontname=t.font, fontsize=float(t.name_size), fontcolor=t.text) + ";")
        self.emit("edge " + attrs(fontname=t.font, fontsize=float(t.detail_size), arrowsize=0.8) + ";")

    def card_nodes(self, row_nodes: list[list[str]]) -> dict[str, tuple[int, str]]:
        """Declare every card; return node -> (panel, body id)."""
        t = self.t
        cards: dict[str, tuple[int, str]] = {}
        side_t = self.side_theme
        for item in self.grid.items:
            label, style = card_label(item.body, item.mark, self.texts[item.node], side_t if item.side else t,
                                      self.lang, item.ghost)
            rounded = ["rounded"] if t.kind(item.body.kind).rounded else []
            styles = ["filled", *rounded, *([style.dash] if style.dash else [])]
            classes = f"card {item.body.kind.value}" + (f" mark-{item.mark.kind}" if item.mark else "")
            self.node(item.node, class_=classes, shape="box", style=",".join(styles), fillcolor=style.fill,
                      color=style.border, penwidth=float(style.penwidth),
                      width=float((side_t if item.side else t).card_width),
                      height=float(t.card_min_height), margin=f"{t.card_margin_pt / PT:.3f},0.060", label=label)
            cards[item.node] = (item.panel, item.body.id)
            row_nodes[item.row].append(item.node)
        return cards

    @property
    def side_theme(self) -> Theme:
        """The theme of the side column's cards: on a single diagram their width is
        :attr:`Theme.side_card_scale` of a card's (a sheet's cards are narrow already: its
        side heading would break at every syllable)."""
        t = self.t
        if t.side_card_scale == 1 or len(self.panels) > 1:
            return t
        return replace(t, card_width=round(t.card_width * t.side_card_scale, 3))

    def side_columns(self, row_nodes: list[list[str]]) -> list[list[str]]:
        """Declare the side columns' headings and chain each column straight; return per panel its nodes."""
        t = self.side_theme
        side_nodes: list[list[str]] = []
        for columns in self.grid.side_columns:
            nodes: list[str] = []
            for heading, tier_value, items in columns:
                top = self.grid.header_above(min((self.row_of[x] for x in items), default=0))
                text = side_heading(tier_value, self.lang)
                lines = (wrap(text, t.card_width * PT - 8, t.band_label_size, bold=True, lang=self.lang)
                         if text else [""])
                self.node(heading, class_="side-heading", shape="box", margin="0", color="transparent",
                          width=float(t.card_width),
                          label=text_label(lines, t.band_label_size, True, t.band_text, padding=2))
                row_nodes[top].append(heading)
                nodes += [heading, *items]
                for a, b in pairwise([heading, *items]):
                    self.invisible(a, b, 8)  # a straight column
            side_nodes.append(nodes)
        return side_nodes

    def legend(self, rows: list[Row], row_nodes: list[list[str]]) -> None:
        """The legend's rows under the grid (:mod:`.legend`), each chained from its row label."""
        for k, chain in enumerate(legend_rows(self)):
            row = Row(f"legend{k}")
            self.label_node(row, word("diagram.legend", self.lang) if k == 0 else "")
            rows.append(row)
            row_nodes.append(chain)
            prev = row.node
            for n in chain:
                if not (prev.endswith("_a") and n == prev[:-2] + "_b"):  # samples are joined by their own edge
                    self.invisible(prev, n, 1)
                prev = n

    def footnote_row(self, rows: list[Row], row_nodes: list[list[str]]) -> None:
        """The footnote, in a row of its own at the bottom."""
        t = self.t
        row = Row("foot")
        self.label_node(row, "")
        width = max(self.width_estimate() - t.band_label_width * PT, 4 * PT)
        lines = [x for para in self.footnote.split("\n") for x in wrap(para, width, t.footnote_size, lang=self.lang)]
        self.node("footnote", class_="footnote", shape="plain",
                  label=text_label(lines, t.footnote_size, color=t.muted_text))
        self.invisible(row.node, "footnote", 1)
        rows.append(row)
        row_nodes.append(["footnote"])

    def ranks(self, rows: list[Row], row_nodes: list[list[str]]) -> None:
        """The label column's chain, which orders the ranks, and one ``rank=same`` group per row."""
        room = gap_room(self.bundles) if self.gaps else {}
        for k, (upper, lower) in enumerate(pairwise(rows), start=1):
            spare = room.get(k, 0.0) - 2 * float(self.t.ranksep)
            if spare <= -float(self.t.ranksep):  # the gap is wide enough
                self.invisible(upper.node, lower.node, 50)
                continue
            # a gap that buses run in is widened by a rank of its own: the others keep the preset's
            spacer = f"gap_{lower.key.replace('.', '_')}"
            self.emit(f"{quote(spacer)} " + attrs(id=spacer, shape="point", width=0.01, height=max(spare, 0.01),
                                                  color="transparent") + ";")
            self.invisible(upper.node, spacer, 50)
            self.invisible(spacer, lower.node, 50)
        for row, nodes in zip(rows, row_nodes, strict=True):  # one list of nodes per row
            extra = [f"{p}_{row.key}" for p in self.column_prefixes] if row in self.grid.rows else []
            self.emit("{ rank=same; " + " ".join(quote(n) for n in [row.node, *nodes, *extra]) + " }")

    def label_node(self, row: Row, text: str) -> None:
        t = self.t
        lines = wrap(text, t.band_label_width * PT - 8, t.band_label_size, bold=True, lang=self.lang) if text else [""]
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
        n = min(grid.cols, len(self.panels))  # columns of panels; a 2 x 2 sheet's lower block shares them
        has_side = [any(grid.side_columns[i] for i in range(c, len(self.panels), n)) for c in range(n)]
        right = [f"div{c}" if has_side[c] else f"sep{c}" if c < n - 1 else f"end{c}" for c in range(n)]
        separators = [f"sep{c}" for c in range(n - 1)]
        self.column_prefixes = sorted({*right, *separators}, key=lambda p: (int(p[3:]), p[:3] != "div"))
        for prefix in self.column_prefixes:
            self.column_points(prefix)
        panel_of = self.panel_of(side_nodes)
        side = {x for nodes in side_nodes for x in nodes}
        for r, row in enumerate(grid.rows):
            self.order_row(row, row_nodes[r], right, panel_of, side)
        return separators

    def column_points(self, prefix: str) -> None:
        """One column's point in every grid row, chained stiffly top to bottom."""
        rows = self.grid.rows
        for row in rows:
            # transparent rather than invisible: the engine reads column positions from the SVG
            name = f"{prefix}_{row.key}"
            self.emit(f"{quote(name)} [id={quote(name)}, shape=point, width=0.01, color=transparent];")
        for upper, lower in pairwise(rows):
            # stiffer than a bundle's corridor: a panel's edge never bends round a trunk
            self.invisible(f"{prefix}_{upper.key}", f"{prefix}_{lower.key}", 4 * CORRIDOR_WEIGHT)

    def panel_of(self, side_nodes: list[list[str]]) -> dict[str, int]:
        """The panel of every node that sits in a row: cards, side nodes, panel titles, corridor points."""
        panel_of = {item.node: item.panel for item in self.grid.items}
        for i, nodes in enumerate(side_nodes):
            panel_of.update({x: i for x in nodes})
        for i, head in enumerate(self.heads):
            if head:
                panel_of[head] = i
        for node, _, i, _ in self.junctions:
            panel_of[node] = i
        return panel_of

    def order_row(self, row: Row, nodes: list[str], right: list[str], panel_of: dict[str, int], side: set[str]) -> None:
        """The flat edges of one row: label | panel 0 | its side column | separator | panel 1 | ..."""
        n = len(right)
        block = self.grid.block_of_row(self.grid.rows.index(row))
        left = row.node
        for c in range(n):
            i = block * n + c
            mains = [x for x in nodes if panel_of.get(x) == i and x not in side]
            stop = f"{right[c]}_{row.key}"
            self.order_main(left, mains, stop)
            # side cards by column: a shared side column runs beside every block
            chain = [stop, *[x for x in nodes if x in side and panel_of.get(x, -1) % n == c]]
            if c < n - 1 and right[c] != f"sep{c}":
                chain.append(f"sep{c}_{row.key}")
            for a, b in pairwise(chain):
                self.invisible(a, b, 1)
            left = chain[-1]

    def order_main(self, left: str, mains: list[str], stop: str) -> None:
        """Hold a panel's cards of one row between its ``left`` and ``stop`` columns."""
        for m in mains:
            self.invisible(left, m, 1)
            self.invisible(m, stop, 1)
        if self.grid.canonical:  # a sheet: the cards keep their canonical order, the same in every panel
            in_row = [m for m in mains if m in self.main_cards]
            for a, b in pairwise(in_row):
                self.invisible(a, b, 1)
        else:  # siblings read left to right in the order their file lists them (dot would reverse them)
            parent = {item.node: item.body.parent for item in self.grid.items if not item.ghost}
            siblings = [m for m in mains if m in self.main_cards and parent.get(m)]
            for a, b in pairwise(siblings):
                if parent[a] == parent[b]:
                    self.invisible(a, b, 1)
        if not mains:
            self.invisible(left, stop, 1)

    # --- edges -------------------------------------------------------------------------------

    def edges(self, cards: dict[str, tuple[int, str]], side: set[str]) -> list[SideEdge]:
        """Hierarchy lines and relations of every panel; return the edges the engine draws itself."""
        side_edges: list[SideEdge] = []
        for i, panel in enumerate(self.panels):
            # a list card's members share one line to their parent, and none to one another
            pairs = [p for p in dict.fromkeys(self.hierarchy_pairs(i, panel)) if p[0] != p[1]]
            hierarchy = self.hierarchy_fans(pairs)
            bundled = {(owner, r.node) for (owner, _), reaches in hierarchy.items() for r in reaches}
            for tail, head, light in pairs:
                if (tail, head) in bundled:
                    continue
                side_edge = self.hierarchy_edge(tail, head, light, side)
                if side_edge is not None:
                    side_edges.append(side_edge)
            for (owner, _), reaches in hierarchy.items():
                fan(self, i, owner, reaches, self.row_of, style="solid")
            # Relations: one edge per pair of bodies, in the order the file first mentions the pair.
            fans: dict[tuple[str, Tier, str], list[Reach]] = {}
            for (tail, head), rels in self.relation_groups(i, panel).items():
                if tail == head:
                    continue
                side_edge = self.relation_edge(i, tail, head, rels, panel.relations_uniform, side, fans)
                if side_edge is not None:
                    side_edges.append(side_edge)
            for (owner, _, style), reaches in fans.items():
                fan(self, i, owner, reaches, self.row_of, style=style)
        return side_edges

    def hierarchy_pairs(self, i: int, panel: Panel) -> list[tuple[str, str, bool]]:
        """(superior node, subordinate node, drawn light) of panel ``i``. A removed body's ghost has
        no hierarchy line: it is connected to nothing any more, and stands at the end of its row."""
        node_of = self.grid.node_of[i]
        return [(node_of[body.parent], node_of[body.id], body.parent_certainty is not Certainty.STATED)
                for body in panel.org.bodies if body.parent is not None and body.parent in node_of]

    def hierarchy_fans(self, pairs: list[tuple[str, str, bool]]) -> dict[tuple[str, Tier], list[Reach]]:
        """The hierarchy lines drawn as an organisation chart draws them: a superior's
        :data:`HIERARCHY_FAN_MIN` or more subordinates in one band lower down share one trunk,
        a bus and a drop each (:func:`.bundles.fan`) rather than a spline each, which fan out into
        a tangle once a board has ten committees."""
        hier = self.t.relation(RelationType.SUBORDINATE_TO)
        row_of, main = self.row_of, self.main_cards
        groups: dict[tuple[str, Tier], list[Reach]] = {}
        for tail, head, light in pairs:
            if tail in main and head in main and row_of[tail] < row_of[head]:
                color = self.t.light(hier.color) if light else hier.color
                groups.setdefault((tail, self.band_of[row_of[head]]), []).append(
                    Reach(head, f"e_{head}_parent", "edge subordinate_to", color, hier.penwidth, [hier], light,
                          "none", "none"))
        return {k: v for k, v in groups.items() if len(v) >= HIERARCHY_FAN_MIN}

    def hierarchy_edge(self, tail: str, head: str, light: bool, side: set[str]) -> SideEdge | None:
        """One hierarchy line as a DOT edge, or the side edge the engine draws instead."""
        t, row_of = self.t, self.row_of
        hier = t.relation(RelationType.SUBORDINATE_TO)
        eid, cls = f"e_{head}_parent", "edge subordinate_to"
        if tail in side or head in side:
            return SideEdge(eid, cls, tail, head, [hier], light)
        placing: dict[str, object]
        if row_of[tail] > row_of[head]:  # a superior drawn below: draw it, rank nothing
            placing = {"constraint": "false"}
        else:
            placing = {"weight": 1.0 if row_of[tail] == row_of[head] else 2.0}
        color = t.light(hier.color) if light else hier.color
        self.edge_lines.append(f"{quote(tail)} -> {quote(head)} " + attrs(
            id=eid, class_=cls, color=color, dir="none", penwidth=float(hier.penwidth), **placing) + ";")
        return None

    def relation_groups(self, i: int, panel: Panel) -> dict[tuple[str, str], list[tuple[int, Relation]]]:
        """Panel ``i``'s drawn relations by (tail node, head node), each with its index in the file; the
        baseline's relations missing here (:attr:`~orgmodel.render.scene.Panel.ghost_relations`) follow
        with indices past the file's end, between live bodies or the ghosts of removed ones."""
        node_of = self.grid.node_of[i]
        parent_of = {body.id: body.parent for body in panel.org.bodies}
        grouped: dict[tuple[str, str], list[tuple[int, Relation]]] = {}
        for k, rel in enumerate(panel.org.relations):
            if rel.source not in node_of or rel.target not in node_of:
                continue
            if (rel.type is RelationType.ELECTS and parent_of.get(rel.target) == rel.source
                    and k not in panel.added_relations):
                continue  # the hierarchy line already joins them (a new election is still shown)
            grouped.setdefault((node_of[rel.source], node_of[rel.target]), []).append((k, rel))
        n = len(panel.org.relations)
        for j, ghost in enumerate(panel.ghost_relations):
            if not self.draws_ghost_line(ghost):
                continue
            rel = ghost.relation
            tail = f"p{i}_ghost_{rel.source}" if ghost.source_ghost else node_of.get(rel.source, "")
            head = f"p{i}_ghost_{rel.target}" if ghost.target_ghost else node_of.get(rel.target, "")
            if tail in self.row_of and head in self.row_of:
                grouped.setdefault((tail, head), []).append((n + j, rel))
        # how many lines go into each fan, so that a line alone in its fan can carry its label
        self.fan_sizes: Counter[tuple[str, Tier, str]] = Counter()
        for (tail, head), rels in grouped.items():
            for status, part in self.by_status(i, rels).items():
                key = self.fan_key(tail, head, part[0][1].type, status)
                if key is not None:
                    self.fan_sizes[key] += 1
        return grouped

    def draws_ghost_line(self, ghost: GhostRelation) -> bool:
        """Whether a relation the baseline had and this structure lacks is drawn as a ghost line.
        A compact drawing (a slide) draws only those between two live bodies (a delegation or an
        election that moved): a removed body's card already says it is gone, and the lines that went
        with it would only tangle the slide. The change summary counts them all."""
        return not (self.preset.compact and (ghost.source_ghost or ghost.target_ghost))

    def by_status(self, i: int, rels: list[tuple[int, Relation]]) -> dict[str, list[tuple[int, Relation]]]:
        """``rels`` split by their change against the baseline: '' (none), 'added' or 'removed'."""
        panel = self.panels[i]
        n = len(panel.org.relations)
        out: dict[str, list[tuple[int, Relation]]] = {}
        for k, rel in sorted(rels, key=lambda kr: list(RelationType).index(kr[1].type)):
            status = "removed" if k >= n else "added" if k in panel.added_relations else ""
            out.setdefault(status, []).append((k, rel))
        return out

    def fan_key(self, tail: str, head: str, first: RelationType, status: str) -> tuple[str, Tier, str] | None:
        """The fan a line between two main cards joins (owner, band reached, pattern); None for a
        line within a row, a ghost line or a line to a side column."""
        side = self.main_cards
        row_of = self.row_of
        if status == "removed" or tail not in side or head not in side or row_of[tail] == row_of[head]:
            return None
        a, b = (tail, head) if row_of[tail] < row_of[head] else (head, tail)
        style = self.t.changed_relation(self.t.relation(first), status).style
        return a, self.band_of[row_of[b]], style

    def relation_edge(self, i: int, tail: str, head: str, rels: list[tuple[int, Relation]], uniform: bool,
                      side: set[str], fans: dict[tuple[str, Tier, str], list[Reach]]) -> SideEdge | None:
        """The relations between two cards as lines of several colours, one line per change against
        the baseline (none, added: strong, removed: a ghost): a flat DOT edge within a row, a ghost
        edge that places nothing, a reach added to ``fans`` (drawn by :func:`.bundles.fan`) down the
        grid, or the side edge the engine draws instead. A line that is drawn as a Graphviz edge
        carries its label (:meth:`edge_label`) where the label fits."""
        t = self.t
        parts = self.by_status(i, rels)
        if tail in side or head in side:
            styles = [t.changed_relation(t.relation(x), status)
                      for status, part in parts.items() for x in dict.fromkeys(r.type for _, r in part)]
            types = list(dict.fromkeys(r.type for _, r in sorted(rels, key=lambda kr: kr[0])))
            light = all(r.certainty is not Certainty.STATED for _, r in rels) and not uniform
            eid = f"e_p{i}_{min(k for k, _ in rels)}_" + "_".join(x.value for x in types)
            cls = "edge " + " ".join(x.value for x in types) + "".join(f" relation-{s}" for s in parts if s)
            return SideEdge(eid, cls, tail, head, styles, light and "removed" not in parts)
        for status, part in parts.items():
            self.relation_line(i, tail, head, part, status, uniform, fans)
        return None

    def relation_line(self, i: int, tail: str, head: str, rels: list[tuple[int, Relation]], status: str,
                      uniform: bool, fans: dict[tuple[str, Tier, str], list[Reach]]) -> None:
        """One line between two main cards for relations of one change ``status``."""
        t, row_of = self.t, self.row_of
        types = list(dict.fromkeys(r.type for _, r in rels))  # one line per type
        styles = [t.changed_relation(t.relation(x), status) for x in types]
        light = all(r.certainty is not Certainty.STATED for _, r in rels) and not uniform and status != "removed"
        k0 = min(k for k, _ in rels)
        eid = f"e_p{i}_{k0}_" + "_".join(x.value for x in types)
        cls = "edge " + " ".join(x.value for x in types) + (f" relation-{status}" if status else "")
        st = styles[0]
        colors = ":".join(t.light(s.color) if light else s.color for s in styles)
        head_arrow, tail_arrow, direction = st.arrowhead, st.arrowtail, st.dir
        a, b = tail, head
        flat = row_of[a] == row_of[b]
        if row_of[a] > row_of[b]:  # draw upward relations reversed, arrowheads swapped
            a, b = b, a
            head_arrow, tail_arrow = tail_arrow, head_arrow
            direction = {"forward": "back", "backward": "forward", "back": "forward"}.get(direction, direction)
        label = self.edge_label(i, rels, status)
        drawn = dict(id=eid, class_=cls, color=colors, style=st.style, penwidth=float(st.penwidth),
                     arrowhead=head_arrow, arrowtail=tail_arrow, dir=direction, xlabel=label or None,
                     fontcolor=t.muted_text if label else None)
        if flat:  # within a row: drawn, placing nothing
            self.edge_lines.append(f"{quote(a)} -> {quote(b)} " + attrs(**drawn, constraint="false",
                                                                        weight=0.0) + ";")
            return
        if status == "removed":  # a ghost line down the grid takes part in ordering the rows, weakly:
            # left out of it (constraint=false), dot routed it round the other panels of a sheet
            self.edge_lines.append(f"{quote(a)} -> {quote(b)} " + attrs(**drawn, weight=1.0) + ";")
            return
        key = self.fan_key(tail, head, types[0], status)
        if label and key is not None and self.fan_sizes[key] == 1:  # alone in its fan: one edge, labelled
            self.edge_lines.append(f"{quote(a)} -> {quote(b)} " + attrs(**drawn, weight=1.0) + ";")
            return
        # one bundle per owner, band reached and line pattern
        reach = Reach(b, eid, cls, colors, st.penwidth, styles, light, head_arrow, tail_arrow)
        fans.setdefault((a, self.band_of[row_of[b]], st.style), []).append(reach)

    def relation_text(self, i: int, rel: Relation) -> str:
        """What one relation says besides its type: its ``label``, the power a delegation carries, or
        the seats an election or nomination fills ('3 / 9': 3 of the body's 9 seats); '' for none."""
        if rel.label:
            return clean(rel.label)
        org = self.panels[i].org
        if rel.type is RelationType.DELEGATES and rel.power:
            power = next((p for p in org.powers if p.id == rel.power), None)
            return clean(power.names.get(self.lang)) if power is not None else ""
        if rel.seats is not None:
            target = org.body(rel.target) if org.has_body(rel.target) else None
            total = target.seats if target is not None else None
            return f"{rel.seats} / {total}" if isinstance(total, int) else str(rel.seats)
        return ""

    def edge_label(self, i: int, rels: list[tuple[int, Relation]], status: str) -> str:
        """The label of one line, where it fits in :data:`LABEL_LINES` lines of a card's width: its
        relations' texts, after '+ delegoi' or '− delegoi' for a line added or removed against the
        baseline; several different texts that do not fit give way to the count ('+ delegoi ×3')."""
        t = self.t
        width = t.card_width * PT
        texts = list(dict.fromkeys(x for x in (self.relation_text(i, r) for _, r in rels) if x))
        lead = ""
        if status:
            types = ", ".join(dict.fromkeys(r.type.label(self.lang) for _, r in rels))
            lead = ("+ " if status == "added" else "− ") + types
        body = "; ".join(texts) if status != "removed" else ""  # a ghost says only what it was
        for candidate in (f"{lead}: {body}" if lead and body else lead or body,
                          f"{lead} ×{len(rels)}" if lead and len(rels) > 1 else lead):
            lines = wrap(candidate, width, t.detail_size, lang=self.lang) if candidate else []
            if candidate and len(lines) <= LABEL_LINES:
                return "\n".join(lines)
        return ""

    # --- titles, sizes -----------------------------------------------------------------------

    def title_label(self) -> str | None:
        t = self.t
        if not self.title and not self.subtitle:
            return None
        width = max(self.width_estimate() - 36, 6 * PT)
        cells = []
        if self.title:
            title = wrap(self.title, width, t.title_size, bold=True, lang=self.lang)
            cells.append(html_lines(title, t.title_size, True))
        if self.subtitle:
            lines = self.text_lines(self.subtitle, width, t.subtitle_size)
            cells.append(html_lines(lines, t.subtitle_size, color=t.muted_text))
        body = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{c}</TD></TR>' for c in cells)
        return f'<<TABLE BORDER="0" CELLPADDING="3" CELLSPACING="0">{body}<TR><TD HEIGHT="6"></TD></TR></TABLE>>'

    def text_lines(self, text: str, width: float, size: float) -> list[str]:
        """The wrapped lines of ``text``'s lines; on a compact preset (a slide, short of height)
        consecutive lines run on in one, joined by ' · ', where they fit ``width`` together."""
        parts = text.split("\n")
        if self.preset.compact:
            joined: list[str] = []
            for part in parts:
                if joined and len(wrap(f"{joined[-1]} · {part}", width, size, lang=self.lang)) == 1:
                    joined[-1] = f"{joined[-1]} · {part}"
                else:
                    joined.append(part)
            parts = joined
        return [x for part in parts for x in wrap(part, width, size, lang=self.lang)]

    def panel_titles(self) -> list[str | None]:
        t = self.t
        self.heads = []
        if len(self.panels) == 1:
            self.heads = [None]
            return self.heads
        for i, p in enumerate(self.panels):
            width = max(self.width_estimate([i]) - t.band_label_width * PT, t.card_width * PT * 1.8) * 0.8
            name = f"p{i}_title"
            title = wrap(p.title, width, t.panel_title_size, bold=True, lang=self.lang)
            html = html_lines(title, t.panel_title_size, True)
            if p.badge:
                html += '<BR ALIGN="LEFT"/>' + html_lines([p.badge], t.detail_size, True, t.muted_text)
            if p.subtitle:
                lines = self.text_lines(p.subtitle, width, t.detail_size)
                html += '<BR ALIGN="LEFT"/>' + html_lines(lines, t.detail_size, color=t.muted_text)
            cell = f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{html}</TD></TR>'
            self.node(name, class_="panel-title", shape="box", margin="0", color="transparent",
                      label=f'<<TABLE BORDER="0" CELLPADDING="2">{cell}</TABLE>>')
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
        cards: dict[int, int] = {}  # per block of rows
        for i in range(len(self.panels)) if panels is None else panels:
            per_row: dict[int, int] = {}
            for item in self.grid.items:
                if item.panel == i and not item.side:
                    per_row[item.row] = per_row.get(item.row, 0) + 1
            block = self.grid.block_of(i)
            cards[block] = cards.get(block, 0) + max(per_row.values(), default=1) + len(self.grid.side_columns[i])
        return t.band_label_width * PT + max(cards.values(), default=1) * step


def build(d: Diagram) -> Plan:
    """The DOT source and grid of the drawing ``d``."""
    return Builder(d.panels, d.grid, d.card_texts, d.theme, d.preset, d.lang, clean(d.title), clean(d.subtitle),
                   clean(d.footnote), d.legend, gaps=d.layout_gaps).build()


__all__ = ["Builder", "Plan", "build", "SIDE_TIERS"]
