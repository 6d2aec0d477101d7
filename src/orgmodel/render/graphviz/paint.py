"""What the renderer paints itself after layout: bands, side panels, separators, side edges.

Shapes are computed once from the laid-out positions, then written either as SVG elements
(spliced into Graphviz's SVG) or as xdot operations (Graphviz's ``_background`` attribute, for
PDF and PNG), so every format shows the same thing. They are painted under the cards.

Coordinates are Graphviz's: points, y growing upwards.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from ..theme import PT, EdgeStyle, Theme
from .bundles import ARROW, LANE, LINE_GAP, Branch, Bundle, SideEdge
from .dot import Plan

Box = tuple[float, float, float, float]  # centre x, centre y, width, height
#: How far the bands run past the outermost nodes, points.
BAND_MARGIN = 8.0
Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    """A polygon, polyline, Bézier curve or ellipse; ``group`` joins an edge's parts in SVG."""

    id: str
    cls: str
    kind: str  # polygon | polyline | bezier | ellipse
    points: tuple[Point, ...]  # ellipse: (centre, (rx, ry))
    fill: str | None
    stroke: str
    width: float = 1.0
    dash: str = ""  # '' | dashed | dotted
    group: str = ""


def background(plan: Plan, theme: Theme, pos: dict[str, Box]) -> list[Shape]:
    """Bands, side panels, separators and side-column edges for a laid-out plan."""
    grid = plan.grid
    boxes = [pos[n] for nodes in plan.row_nodes[:len(grid.rows)] for n in nodes if n in pos]
    x0 = min(b[0] - b[2] / 2 for b in boxes) - BAND_MARGIN
    x1 = max(b[0] + b[2] / 2 for b in boxes) + BAND_MARGIN
    shapes: list[Shape] = []

    def extent(row: int) -> tuple[float, float]:
        boxes = [pos[n] for n in plan.row_nodes[row] if n in pos]
        return max(b[1] + b[3] / 2 for b in boxes), min(b[1] - b[3] / 2 for b in boxes)

    def rect(id_: str, cls: str, ax: float, ay: float, bx: float, by: float, fill: str, stroke: str,
             width: float = 1.0) -> None:
        shapes.append(Shape(id_, cls, "polygon", ((ax, ay), (bx, ay), (bx, by), (ax, by)), fill, stroke, width))

    pad = min(theme.ranksep * PT * 0.4, 14.0)
    edges = []
    for k, (tier, rows) in enumerate(grid.bands):
        top, bottom = extent(rows[0])[0] + pad, extent(rows[-1])[1] - pad
        edges.append((top, bottom))
        fill = theme.band_fill if k % 2 == 0 else theme.band_fill_alt
        rect(f"band-{tier.value}", f"band {tier.value}", x0, bottom, x1, top, fill, fill)
    if plan.split is not None:  # between the organiser's last band and the producer's first
        y = (edges[plan.split][1] + edges[plan.split + 1][0]) / 2
        st = theme.split
        shapes.append(Shape("split", "split", "polyline", ((x0, y), (x1, y)), None, st.color, st.penwidth,
                            _dash(st)))
    top = extent(0)[0] + pad / 2 if grid.has_header else edges[0][0]
    bottom = edges[-1][1]
    for i, nodes in enumerate(plan.side_nodes):
        boxes = [pos[n] for n in nodes if n in pos]
        if boxes:
            left = min(b[0] - b[2] / 2 for b in boxes) - pad
            right = max(b[0] + b[2] / 2 for b in boxes) + max(pad, BAND_MARGIN)  # as far as the bands run
            rect(f"side-{i}", "side-panel", left, bottom, right, top, theme.side_fill, theme.side_border)
    for prefix in plan.separators:
        xs = [p[0] for n, p in pos.items() if n.startswith(prefix + "_")]
        if xs:
            x = sum(xs) / len(xs)
            shapes.append(Shape(prefix, "separator", "polyline", ((x, bottom), (x, top)), None, theme.separator, 2.0))
    shapes.extend(side_edges(plan, theme, pos))
    if plan.bundles:
        tops, bottoms, spans = {}, {}, {}
        for r, nodes in enumerate(plan.row_nodes[:len(grid.rows)]):
            tops[r], bottoms[r] = extent(r)
            spans[r] = [(n, pos[n][0] - pos[n][2] / 2, pos[n][0] + pos[n][2] / 2) for n in nodes
                        if n in pos and pos[n][2] > 1.0]  # what a trunk must not cross (not the column points)
        busy = {b.row for bundle in plan.bundles for b in bundle.branches}  # gaps with a bus in them
        lanes: dict[int, int] = {}  # gap -> buses in it so far
        for bundle in plan.bundles:
            shapes.extend(bundle_shapes(bundle, theme, pos, tops, bottoms, spans, busy, lanes))
    return shapes


def _x_at(trunk: list[Point], y: float) -> float:
    """The x of the trunk's vertical stretch that crosses height ``y``."""
    for (ax, ay), (bx, by) in pairwise(trunk):
        if abs(ax - bx) < 0.01 and min(ay, by) - 0.01 <= y <= max(ay, by) + 0.01:
            return ax
    return trunk[-1][0]


def _free(node: str, x: float, spans: list[tuple[str, float, float]], clearance: float) -> tuple[float, float]:
    """The free stretch of a row around ``node`` at ``x``: from the card on its left to the one on its right."""
    left = max((b for n, a, b in spans if b <= x and n != node), default=-math.inf)
    right = min((a for n, a, b in spans if a >= x and n != node), default=math.inf)
    return left + clearance, right - clearance


def trunk_runs(start: tuple[float, float], rows: list[tuple[int, float, tuple[float, float]]],
               busy: AbstractSet[int] = frozenset()) -> list[tuple[float, int]]:
    """Where a trunk runs: (x, first row) per straight run, as few runs as the free space allows.

    ``start`` is the stretch of the owner's bottom edge it may leave from; ``rows`` the corridor
    rows top to bottom as (row, where Graphviz put the corridor, free stretch of that row).
    A run keeps one x for as long as the free stretches of its rows overlap. A jog between runs
    goes along the gap above a run's first row; when that gap carries a bus (``busy`` rows), the
    jog moves up to a free gap if the lower run has room in the rows in between.
    """
    runs: list[tuple[float, int]] = []
    lo, hi = start
    first = rows[0][0] if rows else -1
    preferred = rows[-1][1] if rows else (lo + hi) / 2
    for row, _, (a, b) in rows:
        if max(lo, a) <= min(hi, b):
            lo, hi = max(lo, a), min(hi, b)
            continue
        # the next row has no room here: end this run on the side the trunk goes next
        runs.append((hi if a > hi else lo, first))
        lo, hi, first = a, b, row
    runs.append((min(max(preferred, lo), hi), first))
    free = {row: stretch for row, _, stretch in rows}
    for k in range(1, len(runs)):
        x, row = runs[k]
        earliest = max(runs[k - 1][1], rows[0][0]) + 1 if k > 1 else rows[0][0]
        r = row
        while r in busy and r - 1 >= earliest and free[r - 1][0] <= x <= free[r - 1][1]:
            r -= 1
        if r not in busy:
            runs[k] = (x, r)
    return runs




def bundle_shapes(bundle: Bundle, theme: Theme, pos: dict[str, Box], tops: dict[int, float],
                  bottoms: dict[int, float], spans: dict[int, list[tuple[str, float, float]]],
                  busy: AbstractSet[int] = frozenset(), lanes: dict[int, int] | None = None) -> list[Shape]:
    """One bundle as an organisation chart draws it: a trunk straight down the corridor from the
    owner, a bus across the gap above each row of bodies reached, and a short drop into each.

    Relations of several types share the trunk and the bus as parallel lines (one per type);
    each drop carries only its own types, each continuing its line of the bus. Buses of
    different bundles in one gap get lanes of their own (``lanes`` counts them), so they never
    run on top of each other.
    """
    lanes = {} if lanes is None else lanes
    shift: dict[int, float] = {}
    for row in sorted({b.row for b in bundle.branches}):
        k = lanes.get(row, 0)
        lanes[row] = k + 1
        shift[row] = LANE * ((k + 1) // 2) * (-1 if k % 2 else 1)  # 0, below, above, further below, ...

    def gap(row: int) -> float:  # the middle of the gap above ``row``, in this bundle's lane
        return (bottoms[row - 1] + tops[row]) / 2 + shift.get(row, 0.0)

    ox, oy, ow, oh = pos[bundle.owner]
    width = LINE_GAP * len(bundle.styles) + 2.0
    margin = min(12.0, ow / 4)
    corridor = [(row, pos[node][0], _free(node, pos[node][0], spans[row], width + 4.0))
                for node, row in bundle.corridor if node in pos]
    runs = trunk_runs((ox - ow / 2 + margin, ox + ow / 2 - margin), corridor, busy)
    x = runs[0][0]
    trunk: list[Point] = [(x, oy - oh / 2)]
    at_gap: dict[int, list[float]] = {}  # row -> trunk x where the trunk meets the gap above it
    for nx, row in runs[1:]:
        trunk += [(x, gap(row)), (nx, gap(row))]
        at_gap.setdefault(row, []).extend((x, nx))
        x = nx
    last = max(b.row for b in bundle.branches)
    trunk.append((x, gap(last)))
    for row in sorted({b.row for b in bundle.branches}):
        if row not in at_gap:  # where the trunk crosses the gap above a row of bodies it reaches
            at_gap[row] = [_x_at(trunk, gap(row))]

    rows = sorted({b.row for b in bundle.branches})
    offsets = [(k - (len(bundle.styles) - 1) / 2) * LINE_GAP for k in range(len(bundle.styles))]
    shapes: list[Shape] = []
    tid = bundle.id
    tail: list[Shape] = []
    if bundle.tail_arrow != "none":  # e.g. the owner's diamond, where the trunk leaves it
        start = trunk[0]
        base, _, tail = _arrow_at(theme, tid, bundle.tail_arrow, start, (start[0], start[1] - ARROW), bundle.styles[0],
                                  bundle.light[0])
        trunk[0] = base
    for style, light, off in zip(bundle.styles, bundle.light, offsets, strict=True):  # one of each per trunk line
        color = theme.light(style.color) if light else style.color
        shapes.append(Shape(tid, bundle.cls, "polyline", tuple((px + off, py + off) for px, py in trunk), None, color,
                            style.penwidth, _dash(style), tid))
        for row in rows:
            xs = [pos[b.node][0] for b in bundle.branches if b.row == row] + at_gap.get(row, [])
            y = gap(row) + off
            if max(xs) - min(xs) > 0.5:
                shapes.append(Shape(tid, bundle.cls, "polyline", ((min(xs) + off, y), (max(xs) + off, y)), None,
                                    color, style.penwidth, _dash(style), tid))
    shapes += tail
    for branch in bundle.branches:
        shapes += _drop(theme, bundle, branch, pos[branch.node], offsets, gap(branch.row))
    return shapes


def _drop(theme: Theme, bundle: Bundle, branch: Branch, box: Box, offsets: list[float], gap_y: float) -> list[Shape]:
    """The short lines from the bus at ``gap_y`` down into one body, one per type it carries, and its arrowhead."""
    bx, by, _, bh = box
    tip: Point = (bx, by + bh / 2)
    end = tip
    own = [(st, branch.light, off) for st, off in zip(bundle.styles, offsets, strict=True) if st in branch.styles]
    head: list[Shape] = []
    if branch.arrow != "none" and own:
        end, _, head = _arrow_at(theme, branch.id, branch.arrow, tip, (bx, tip[1] + ARROW), own[0][0], own[0][1])
    shapes: list[Shape] = []
    for st, lt, off in own:
        color = theme.light(st.color) if lt else st.color
        shapes.append(Shape(branch.id, branch.cls, "polyline", ((bx + off, gap_y + off), (bx + off, end[1])),
                            None, color, st.penwidth, _dash(st), branch.id))
    return shapes + head


def side_edges(plan: Plan, theme: Theme, pos: dict[str, Box]) -> list[Shape]:
    """Edges to and from the side columns. Three or more edges of one style between one card of
    the main area and the side column share a bus: one line out of the card, a vertical line
    along the side panel, and a short stub into each side card."""
    side_panel = {n: i for i, nodes in enumerate(plan.side_nodes) for n in nodes}
    groups: dict[tuple[str, EdgeStyle, bool, bool, int], list[SideEdge]] = {}
    single: list[SideEdge] = []
    for edge in plan.side_edges:
        if edge.tail not in pos or edge.head not in pos:
            continue
        tail_side, head_side = edge.tail in side_panel, edge.head in side_panel
        if tail_side == head_side or len(edge.styles) > 1:
            single.append(edge)
            continue
        main = edge.head if tail_side else edge.tail
        # direction matters only when the style draws an arrow
        toward_main = tail_side and edge.styles[0].dir != "none"
        key = (main, edge.styles[0], toward_main, edge.light, side_panel[edge.tail if tail_side else edge.head])
        groups.setdefault(key, []).append(edge)
    out: list[Shape] = []
    buses_in_panel: dict[int, int] = {}
    for (main, style, main_is_head, light, panel), edges in groups.items():
        if len(edges) < 3:
            single.extend(edges)
            continue
        k = buses_in_panel.get(panel, 0)
        buses_in_panel[panel] = k + 1
        out.extend(_bus(theme, main, style, main_is_head, light, edges, pos, plan.side_nodes[panel], k))
    for edge in single:
        out.extend(side_edge(theme, edge, pos[edge.tail], pos[edge.head]))
    return out


def _bus(theme: Theme, main: str, style: EdgeStyle, main_is_head: bool, light: bool, edges: list[SideEdge],
         pos: dict[str, Box], panel_nodes: list[str], k: int) -> list[Shape]:
    mx, my, mw, _ = pos[main]
    cards = [pos[n] for n in panel_nodes if n in pos]
    bus_x = min(b[0] - b[2] / 2 for b in cards) - 6.0 - 5.0 * k
    color = theme.light(style.color) if light else style.color
    dash = _dash(style)
    eid = edges[0].id + "_bus"
    cls = edges[0].cls + " bus"
    others = [e.tail if main_is_head else e.head for e in edges]
    in_panel = set(panel_nodes)  # a set: a large side column was scanned once per position per stub
    panel_boxes = [(m, b) for m, b in pos.items() if m in in_panel]
    routes = {n: stub_route(bus_x, pos[n], [b for m, b in panel_boxes if m != n]) for n in others}
    ys = [route[0][1] for route in routes.values()] + [my]
    shapes = [Shape(eid, cls, "polyline", ((bus_x, min(ys)), (bus_x, max(ys))), None, color, style.penwidth, dash, eid)]
    # the line out of the main card, with the arrowhead or tail that belongs at its end
    start, towards = (mx + mw / 2, my), (bus_x, my)
    main_end = style.arrowhead if main_is_head and style.dir in ("forward", "both") else (
        style.arrowtail if not main_is_head and style.dir in ("back", "both") else "none")
    arrows: list[Shape] = []
    if main_end != "none":
        start, _, parts = _arrow_at(theme, eid, main_end, start, towards, style, light)
        arrows += parts
    shapes.append(Shape(eid, cls, "polyline", (start, towards), None, color, style.penwidth, dash, eid))
    stub_end = style.arrowtail if main_is_head and style.dir in ("back", "both") else (
        style.arrowhead if not main_is_head and style.dir in ("forward", "both") else "none")
    for node in others:
        route = routes[node]
        if stub_end != "none":
            tip, _, parts = _arrow_at(theme, eid, stub_end, route[-1], route[-2], style, light)
            route = [*route[:-1], tip]
            arrows += parts
        shapes.append(Shape(eid, cls, "polyline", tuple(route), None, color, style.penwidth, dash, eid))
    return shapes + arrows


STUB_CLEARANCE = 4.0  # the least room between a stub's lane and a card above it, points


def stub_route(bus_x: float, box: Box, obstacles: list[Box]) -> list[Point]:
    """The stub from a side panel's bus at ``bus_x`` into the card ``box``.

    Straight into the card's left side when nothing is in the way; otherwise (a card in a
    further column, behind a card of the first) along the free gap above the card and down into
    its top, so that the line never runs under another card.

    >>> stub_route(0, (100, 0, 40, 20), [])
    [(0, 0), (80.0, 0)]
    >>> stub_route(0, (100, 0, 40, 20), [(40, 0, 40, 20), (100, 40, 40, 20)])
    [(0, 20.0), (100, 20.0), (100, 10.0)]
    """
    x, y, w, h = box
    left, top = x - w / 2, y + h / 2

    def spans_x(b: Box, x0: float, x1: float) -> bool:
        return b[0] - b[2] / 2 < x1 and x0 < b[0] + b[2] / 2

    if not any(spans_x(b, bus_x, left) and b[1] - b[3] / 2 < y < b[1] + b[3] / 2 for b in obstacles):
        return [(bus_x, y), (left, y)]
    floor, ceiling = top, math.inf
    for b in sorted((b for b in obstacles if spans_x(b, bus_x, x + 0.5)), key=lambda b: b[1] - b[3] / 2):
        bottom, b_top = b[1] - b[3] / 2, b[1] + b[3] / 2
        if b_top <= floor:
            continue  # below the lane
        if bottom < floor + 2 * STUB_CLEARANCE:
            floor = max(floor, b_top)  # in the way of the lane, or too close: above it
            continue
        ceiling = bottom
        break
    lane = (floor + ceiling) / 2 if ceiling < math.inf else floor + 2 * STUB_CLEARANCE
    return [(bus_x, lane), (x, lane), (x, top)]


def _arrow_at(theme: Theme, eid: str, shape: str, tip: Point, source: Point, style: EdgeStyle,
              light: bool) -> tuple[Point, Point, list[Shape]]:
    """An arrowhead at ``tip`` on a straight line from ``source``."""
    fake = SideEdge(eid, "", "", "", [style], light)
    return _arrow(theme, fake, shape, tip, source, style, light)


def side_edge(theme: Theme, edge: SideEdge, tail: Box, head: Box) -> list[Shape]:
    """A curve from the facing side of one card to the other's, with the style's arrowheads.

    Between cards of one column the curve bows out to the right like a bracket; otherwise it
    leaves and enters horizontally, which reads as a connector from the side panel.
    """
    same_column = abs(tail[0] - head[0]) < 1.0
    if same_column:
        start = (tail[0] + tail[2] / 2, tail[1])
        end = (head[0] + head[2] / 2, head[1])
        bow = 18.0 + abs(tail[1] - head[1]) * 0.08
        c1, c2 = (start[0] + bow, start[1]), (end[0] + bow, end[1])
    else:
        sign = 1.0 if head[0] > tail[0] else -1.0
        start = (tail[0] + sign * tail[2] / 2, tail[1])
        end = (head[0] - sign * head[2] / 2, head[1])
        dx = max(24.0, abs(end[0] - start[0]) * 0.5)
        c1, c2 = (start[0] + sign * dx, start[1]), (end[0] - sign * dx, end[1])
    out: list[Shape] = []
    offsets = [(k - (len(edge.styles) - 1) / 2) * 2.6 for k in range(len(edge.styles))]
    first = edge.styles[0]
    head_shape = first.arrowhead if first.dir in ("forward", "both") else "none"
    tail_shape = first.arrowtail if first.dir in ("back", "both") else "none"
    p0, p1, p2, p3 = start, c1, c2, end
    arrows: list[Shape] = []
    if head_shape != "none":
        p3, p2, parts = _arrow(theme, edge, head_shape, p3, p2, first, edge.light)
        arrows += parts
    if tail_shape != "none":
        p0, p1, parts = _arrow(theme, edge, tail_shape, p0, p1, first, edge.light)
        arrows += parts
    for style, dy in zip(edge.styles, offsets, strict=True):  # one offset per line
        color = theme.light(style.color) if edge.light else style.color
        pts = tuple((x, y + dy) for x, y in (p0, p1, p2, p3))
        out.append(Shape(edge.id, edge.cls, "bezier", pts, None, color, style.penwidth, _dash(style), edge.id))
    return out + arrows


def _dash(style: EdgeStyle) -> str:
    return style.style if style.style in ("dashed", "dotted") else ""


def _arrow(theme: Theme, edge: SideEdge, shape: str, tip: Point, control: Point, style: EdgeStyle,
           light: bool) -> tuple[Point, Point, list[Shape]]:
    """An arrowhead at ``tip``; returns the curve's new end and control point, and the shapes."""
    ux, uy = tip[0] - control[0], tip[1] - control[1]
    norm = math.hypot(ux, uy) or 1.0
    ux, uy = ux / norm, uy / norm
    nx, ny = -uy, ux
    length, half = ARROW, ARROW * 0.38
    base = (tip[0] - ux * length, tip[1] - uy * length)
    color = theme.light(style.color) if light else style.color

    def at(along: float, across: float) -> Point:
        return (tip[0] - ux * along + nx * across, tip[1] - uy * along + ny * across)

    pts: tuple[Point, ...]
    if shape in ("normal", "empty", "inv"):
        pts = (tip, at(length, half), at(length, -half))
        fill = color if shape == "normal" else theme.hollow_arrow_fill
        parts = [Shape(edge.id, "arrow", "polygon", pts, fill, color, 1.0, "", edge.id)]
    elif shape == "vee":
        pts = (tip, at(length, half * 1.2), at(length * 0.6, 0), at(length, -half * 1.2))
        parts = [Shape(edge.id, "arrow", "polygon", pts, color, color, 1.0, "", edge.id)]
    elif shape in ("diamond", "odiamond"):
        pts = (tip, at(length / 2, half), at(length, 0), at(length / 2, -half))
        inside = color if shape == "diamond" else theme.hollow_arrow_fill
        parts = [Shape(edge.id, "arrow", "polygon", pts, inside, color, 1.0, "", edge.id)]
    elif shape in ("odot", "dot"):
        r = length / 2.6
        centre = at(r, 0)
        inside = color if shape == "dot" else theme.hollow_arrow_fill
        parts = [Shape(edge.id, "arrow", "ellipse", (centre, (r, r)), inside, color, 1.0, "", edge.id)]
        base = at(2 * r, 0)
    else:
        return tip, control, []
    shift = (base[0] - tip[0], base[1] - tip[1])
    return base, (control[0] + shift[0], control[1] + shift[1]), parts


# --- writers ---------------------------------------------------------------------------------

def _svg_colour(attr: str, colour: str | None) -> str:
    if colour is None:
        return f'{attr}="none"'
    if len(colour) == 9:  # #RRGGBBAA
        return f'{attr}="{colour[:7]}" {attr}-opacity="{int(colour[7:], 16) / 255:.2f}"'
    return f'{attr}="{colour}"'


_SVG_DASH = {"dashed": ' stroke-dasharray="5,2"', "dotted": ' stroke-dasharray="1,5"', "": ""}


def to_svg(shapes: list[Shape]) -> str:
    """The shapes as SVG elements in the coordinates of Graphviz's SVG (y flipped)."""
    out = ['<g id="background" class="background">']
    open_group = ""
    for s in shapes:
        if s.group != open_group:
            if open_group:
                out.append("</g>")
            if s.group:
                out.append(f'<g id="{s.group}" class="{s.cls}">')
            open_group = s.group
        paint = f'{_svg_colour("fill", s.fill)} {_svg_colour("stroke", s.stroke)}'
        common = f'{paint} stroke-width="{s.width:g}"{_SVG_DASH[s.dash]}'
        ident = "" if s.group else f' id="{s.id}" class="{s.cls}"'
        if s.kind == "ellipse":
            (cx, cy), (rx, ry) = s.points
            out.append(f'<ellipse{ident} {common} cx="{cx:.2f}" cy="{-cy:.2f}" rx="{rx:.2f}" ry="{ry:.2f}"/>')
        elif s.kind == "bezier":
            p = [f"{x:.2f},{-y:.2f}" for x, y in s.points]
            out.append(f'<path{ident} {common} d="M{p[0]} C{" ".join(p[1:])}"/>')
        else:
            pts = [f"{x:.2f},{-y:.2f}" for x, y in s.points]
            if s.kind == "polygon":
                out.append(f'<polygon{ident} {common} points="{" ".join(pts + pts[:1])}"/>')
            else:
                out.append(f'<polyline{ident} {common} points="{" ".join(pts)}"/>')
    if open_group:
        out.append("</g>")
    out.append("</g>")
    return "\n".join(out)


def to_xdot(shapes: list[Shape]) -> str:
    """The shapes as xdot drawing operations (Graphviz's ``_background`` attribute)."""
    ops: list[str] = []

    def op(code: str, text: str) -> None:
        ops.append(f"{code} {len(text.encode())} -{text}")

    for s in shapes:
        op("S", s.dash or "solid")
        op("S", f"setlinewidth({s.width:g})")
        op("c", s.stroke)
        if s.fill is not None:
            op("C", s.fill)
        if s.kind == "ellipse":
            (cx, cy), (rx, ry) = s.points
            ops.append(f"{'E' if s.fill else 'e'} {cx:.2f} {cy:.2f} {rx:.2f} {ry:.2f}")
            continue
        pts = " ".join(f"{x:.2f} {y:.2f}" for x, y in s.points)
        code = {"polygon": "P" if s.fill else "p", "polyline": "L", "bezier": "B"}[s.kind]
        ops.append(f"{code} {len(s.points)} {pts}")
    return " ".join(ops)
