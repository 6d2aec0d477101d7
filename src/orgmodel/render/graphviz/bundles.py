"""Relations the engine draws itself after layout: bundles (trunk, bus, drops) and side edges.

Two or more relations drawn alike from one body down into one band (an owner steering its group
companies) are one *bundle*: Graphviz gets a column of invisible corridor points under the owner
(which keeps a straight path free through the bands in between) and the engine draws one trunk
down that corridor, a bus along the band's top edge and a short drop to each body
(:func:`orgmodel.render.graphviz.paint.bundle_shapes`). Edges touching a side column are
:class:`SideEdge` s, never given to Graphviz, so they never drag the layout around the side panel.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ..theme import PT, EdgeStyle
from .dotlang import attrs, quote

if TYPE_CHECKING:
    from .dot import Builder

#: Pull of a bundle's corridor points on each other: strong enough that the trunk runs straight.
CORRIDOR_WEIGHT = 30
#: Relations from one body into one band that are drawn as one bundle rather than as lines.
BUNDLE_MIN = 2
ARROW = 8.0  # arrowhead length, points (Graphviz's 10 at arrowsize 0.8)
LINE_GAP = 2.6  # between the parallel lines of one edge of several relation types, points
LANE = 7.0  # between the buses of different bundles in one gap, points


@dataclass
class SideEdge:
    """An edge to or from a side column, drawn by the engine after layout."""

    id: str
    cls: str
    tail: str
    head: str
    styles: list[EdgeStyle]
    light: bool


@dataclass
class Branch:
    """One relation of a bundle: the body it reaches and how its own line looks."""

    node: str
    row: int
    id: str
    cls: str
    styles: list[EdgeStyle]  # one parallel line per relation type, in RelationType order
    light: bool
    arrow: str  # arrowhead at the body


@dataclass
class Bundle:
    """Relations from one body down into one band, drawn by the engine as trunk, bus and drops."""

    id: str
    cls: str
    owner: str
    owner_row: int
    corridor: list[tuple[str, int]]  # (point node, row) for every row between the owner and the last branch
    branches: list[Branch]
    styles: list[EdgeStyle]  # the trunk's lines: every type any branch carries
    light: list[bool]  # per trunk line: drawn light (every branch of that type is light)
    tail_arrow: str  # at the owner, when every branch has it


class Reach(NamedTuple):
    """One relation from an owner down to a body, before it is drawn as an edge or a branch."""

    node: str
    id: str
    cls: str
    colors: str  # Graphviz colour list, one per line
    penwidth: float
    styles: list[EdgeStyle]
    light: bool
    head_arrow: str
    tail_arrow: str


def fan(b: Builder, panel: int, a: str, heads: list[Reach], row_of: dict[str, int], *, style: str) -> None:
    """Relations from ``a`` down to ``heads`` (all in one band). One is a Graphviz edge;
    :data:`BUNDLE_MIN` or more become a :class:`Bundle`, as a designer would draw an owner and its
    companies: Graphviz only keeps a corridor free (an invisible point in every row between
    ``a`` and the lowest head, chained straight under ``a``) and the engine draws the lines."""
    if len(heads) < BUNDLE_MIN:
        for h, eid, cls, colors, penwidth, _, _, head_arrow, tail_arrow in heads:
            direction = "both" if head_arrow != "none" and tail_arrow != "none" else (
                "forward" if head_arrow != "none" else "back" if tail_arrow != "none" else "none")
            b.edge_lines.append(f"{quote(a)} -> {quote(h)} " + attrs(
                id=eid, class_=cls, color=colors, style=style, penwidth=float(penwidth), arrowhead=head_arrow,
                arrowtail=tail_arrow, dir=direction, weight=1.0) + ";")
        return
    bid = f"b_{heads[0][1]}"
    top, last = row_of[a], max(row_of[h.node] for h in heads)
    corridor = []
    prev = a
    for r in range(top + 1, last):
        node = f"{bid}_{r}"
        b.junctions.append((node, r, panel, f"{quote(node)} " + attrs(
            id=node, class_="corridor", shape="point", width=0.12, color="transparent") + ";"))
        # heavy: the corridor stays straight rather than wandering round cards; light to the
        # owner, which the hierarchy places (the trunk may turn once just below it)
        weight = 1 if prev == a else CORRIDOR_WEIGHT
        b.edge_lines.append(f"{quote(prev)} -> {quote(node)} [style=invis, weight={weight}];")
        corridor.append((node, r))
        prev = node
    chain = {top: a, **{r: n for n, r in corridor}}
    branches = []
    types: dict[EdgeStyle, list[bool]] = {}
    for h, eid, cls, _, _, styles, light, head_arrow, _ in heads:
        # each body is pulled under the corridor point just above it, as it was under its owner
        b.edge_lines.append(f"{quote(chain[row_of[h] - 1])} -> {quote(h)} [style=invis, weight=1];")
        branches.append(Branch(h, row_of[h], eid, cls, styles, light, head_arrow))
        for st in styles:
            types.setdefault(st, []).append(light)
    order = list(b.t.relations.values())
    trunk = sorted(types, key=lambda st: order.index(st) if st in order else len(order))
    kinds = " ".join(dict.fromkeys(c for br in branches for c in br.cls.split()[1:]))
    tails = {h.tail_arrow for h in heads}
    b.bundles.append(Bundle(bid, f"edge {kinds} trunk", a, top, corridor, branches, trunk,
                            [all(types[st]) for st in trunk], tails.pop() if len(tails) == 1 else "none"))


def gap_room(bundles: list[Bundle]) -> dict[int, float]:
    """The gap (inches) that the painted buses need above each row they reach: the lanes of that
    gap lie around its middle, and below the lowest one an arrowhead must fit above the cards.

    >>> gap_room([])
    {}
    """
    lanes: Counter[int] = Counter(row for b in bundles for row in {br.row for br in b.branches})
    styles: dict[int, int] = {}
    for b in bundles:
        for row in {br.row for br in b.branches}:
            styles[row] = max(styles.get(row, 1), len(b.styles))
    out = {}
    for row in sorted(lanes):
        half = ARROW + 2.0 + LANE * math.ceil((lanes[row] - 1) / 2) + LINE_GAP * (styles[row] - 1) / 2
        out[row] = 2 * half / PT
    return out

