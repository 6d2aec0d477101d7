"""The laid-out diagram as plain pieces for editable formats (PowerPoint, draw.io).

An editable file must not be a picture: each card is a shape that a user can move, each line a
connector glued to its two cards. :func:`layout_of` reads what the Graphviz layout already
computed (:attr:`~orgmodel.render.Diagram.positions`, the plan's bands, side panels, bundles and
side edges, the legend's samples) and gives it as :class:`Piece` s in points with the origin at
the drawing's top left and y growing downwards, the way slide programs measure.

Lines are given by their two ends only (the cards they join), never by their route: the editor
routes connectors itself and keeps them attached when a card moves. A bundle (one owner steering
several bodies) becomes one line per body.

Texts are unwrapped: the editor wraps them to the card, so they carry soft hyphens at the break
points :func:`orgmodel.render.hyphenate.soft_hyphenate` knows.

>>> from orgmodel.io import load
>>> from orgmodel.render import diagram
>>> org = load("tests/fixtures/render/region.yaml")
>>> lay = layout_of(diagram(org, lang="en"))
>>> len(lay.cards) == len(org.bodies)
True
>>> [(line.tail, line.head) for line in lay.lines][:2]
[('p0_valtuusto', 'p0_tarkastus'), ('p0_valtuusto', 'p0_vaali')]
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from orgmodel.vocab import Tier

from .grid import side_heading
from .hyphenate import soft_hyphenate
from .text import clean

if TYPE_CHECKING:
    from collections.abc import Callable

    from . import Diagram
    from .graphviz.cards import CardStyle
    from .labels import CardText
    from .theme import EdgeStyle

#: A box: left, top, width, height (points; y down).
Rect = tuple[float, float, float, float]
#: Turns a Graphviz box (centre x, centre y, width, height; y up) into a :data:`Rect`.
RectOf: TypeAlias = "Callable[[tuple[float, float, float, float]], Rect]"


@dataclass(frozen=True)
class Card:
    """One card: the body it stands for, where it is, what it says and how it looks."""

    node: str  # the grid node: unique in the drawing ('p0_hallitus')
    body: str  # the body id in its structure
    panel: int
    box: Rect
    text: CardText
    style: CardStyle
    rounded: bool
    ghost: bool  # a removed body of a compared structure (its name struck through)
    side: bool  # in a side column (advocacy bodies, outside parties), not in the tier bands


@dataclass(frozen=True)
class Area:
    """A coloured box behind the cards: a tier band (with its label) or a side panel."""

    id: str
    kind: str  # 'band' | 'side'
    box: Rect
    fill: str
    border: str
    label: str = ""  # a band's tier label
    label_width: float = 0.0  # the width of the label column at the band's left


@dataclass(frozen=True)
class Text:
    """Free text: a panel's title, a side column's heading, a legend entry's words."""

    id: str
    box: Rect
    text: str
    size: float
    bold: bool = False
    colour: str = "#000000"


@dataclass(frozen=True)
class Line:
    """One drawn connection between two cards (``tail`` and ``head`` are card nodes)."""

    id: str
    types: str  # the relation types it stands for: 'subordinate_to', 'elects delegates'
    tail: str
    head: str
    colour: str  # '#RRGGBB' or '#RRGGBBAA' (drawn light)
    width: float
    dash: str  # 'solid' | 'dashed' | 'dotted'
    head_arrow: str  # Graphviz arrow name at the head, 'none' for none
    tail_arrow: str


@dataclass(frozen=True)
class Sample:
    """A legend sample: a short line (a relation type) or a small outline (a mark) or a colour chip (a kind);
    or a rule drawn like a sample line (the organiser/producer divider, a separator between panels)."""

    id: str
    kind: str  # 'line' | 'outline' | 'chip'
    box: Rect
    colour: str
    width: float
    dash: str = "solid"
    fill: str = ""
    head_arrow: str = "none"
    tail_arrow: str = "none"


@dataclass
class Layout:
    """Every piece of one drawing, in points from its top left."""

    width: float
    height: float
    title: str
    subtitle: str
    footnote: str
    lang: str
    font: str
    sizes: dict[str, float]  # theme sizes by name: name, kind, detail, title, subtitle, footnote, legend
    colours: dict[str, str]  # theme colours by name: text, muted, band_text
    areas: list[Area] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)

    def card(self, node: str) -> Card:
        return next(c for c in self.cards if c.node == node)


def hyphenated(text: str, lang: str) -> str:
    """``text`` made safe for XML, with soft hyphens at its break points.

    >>> hyphenated("Yhteistoimintavaliokunta", "fi").count("\\u00ad") > 3
    True
    """
    return soft_hyphenate(clean(text), lang)


def layout_of(d: Diagram) -> Layout:
    """The pieces of ``d`` as its Graphviz layout placed them (lays it out if it has not been)."""
    from .graphviz import cards as gv_cards
    from .graphviz.paint import background

    d.render("svg")
    plan, theme, pos = d.plan, d.theme, d.positions
    shapes = background(plan, theme, pos)
    legend = _legend_of(d.svg())
    drawn = [*(box for name, box in pos.items() if not name.startswith(("canvas", "b_", "sep", "div"))),
             *legend.boxes()]
    xs = [x for s in shapes if s.kind != "ellipse" for x, _ in s.points]
    ys = [y for s in shapes if s.kind != "ellipse" for _, y in s.points]
    x0 = min([*(b[0] - b[2] / 2 for b in drawn), *xs])
    x1 = max([*(b[0] + b[2] / 2 for b in drawn), *xs])
    y0 = min([*(b[1] - b[3] / 2 for b in drawn), *ys])
    y1 = max([*(b[1] + b[3] / 2 for b in drawn), *ys])

    def rect(box: tuple[float, float, float, float]) -> Rect:
        cx, cy, w, h = box
        return (cx - w / 2 - x0, y1 - (cy + h / 2), w, h)

    def polygon(points: tuple[tuple[float, float], ...]) -> Rect:
        px, py = [p[0] for p in points], [p[1] for p in points]
        return (min(px) - x0, y1 - max(py), max(px) - min(px), max(py) - min(py))

    t = theme
    lay = Layout(x1 - x0, y1 - y0, d.title, d.subtitle, d.footnote, d.lang, t.font,
                 {"name": t.name_size, "kind": t.kind_size, "detail": t.detail_size, "title": t.title_size,
                  "subtitle": t.subtitle_size, "footnote": t.footnote_size, "legend": t.legend_size,
                  "band": t.band_label_size, "panel": t.panel_title_size},
                 {"text": t.text, "muted": t.muted_text, "band_text": t.band_text})
    label_width = t.band_label_width * 72
    seen: dict[str, int] = {}
    for s in shapes:
        if s.cls.startswith("band "):
            tier = Tier(s.id.removeprefix("band-"))
            seen[s.id] = seen.get(s.id, 0) + 1  # a 2 x 2 sheet has each band once per row of panels
            area_id = s.id if seen[s.id] == 1 else f"{s.id}-{seen[s.id]}"
            lay.areas.append(Area(area_id, "band", polygon(s.points), s.fill or t.band_fill, s.stroke,
                                  hyphenated(tier.label(d.lang), d.lang), label_width))
        elif s.cls == "side-panel":
            lay.areas.append(Area(s.id, "side", polygon(s.points), s.fill or t.side_fill, s.stroke))
        elif s.cls in ("split", "separator"):  # a rule: the organiser/producer divider, between panels
            lay.samples.append(Sample(s.id, "line", polygon(s.points), s.stroke, s.width, s.dash or "solid"))
    for item in plan.grid.items:
        if item.node not in pos:
            continue
        style = gv_cards.card_style(item.body, item.mark, theme, d.lang)
        lay.cards.append(Card(item.node, item.body.id, item.panel, rect(pos[item.node]), d.card_texts[item.node],
                              style, t.kind(item.body.kind).rounded, item.ghost, item.side))
    _titles_and_headings(d, lay, rect)
    lay.lines = _lines(d, {c.node for c in lay.cards})
    _legend(d, lay, legend, rect)
    return lay


def _titles_and_headings(d: Diagram, lay: Layout, rect: RectOf) -> None:
    t, pos, lang = d.theme, d.positions, d.lang
    if len(d.panels) > 1:
        for i, p in enumerate(d.panels):
            node = f"p{i}_title"
            if node in pos:
                words = "\n".join(x for x in (p.title, p.badge, p.subtitle) if x)
                lay.texts.append(Text(node, rect(pos[node]), hyphenated(words, lang), t.panel_title_size, True, t.text))
    for columns in d.plan.grid.side_columns:
        for heading, tier_value, _ in columns:
            if heading in pos and tier_value:
                lay.texts.append(Text(heading, rect(pos[heading]), hyphenated(side_heading(tier_value, lang), lang),
                                      t.band_label_size, True, t.band_text))


def _lines(d: Diagram, cards: set[str]) -> list[Line]:
    """Every line between two cards: Graphviz edges, side edges, and one line per bundle branch."""
    plan = d.plan
    out: list[Line] = []
    for tail, head, attr in _dot_edges(plan.dot):
        if tail not in cards or head not in cards or attr.get("style") == "invis":
            continue
        colour = attr.get("color", "#000000").split(":")[0]  # several relation types: the first one's colour
        out.append(Line(attr.get("id", f"{tail}-{head}"), attr.get("class", "").removeprefix("edge ").strip(),
                        tail, head, colour, float(attr.get("penwidth", "1")), _dash(attr.get("style", "solid")),
                        *_arrows(attr)))
    for side in plan.side_edges:
        if side.tail in cards and side.head in cards:
            out.append(_styled(side.id, side.cls, side.tail, side.head, side.styles[0], side.light, d))
    for bundle in plan.bundles:
        for branch in bundle.branches:
            if bundle.owner in cards and branch.node in cards:
                line = _styled(branch.id, branch.cls, bundle.owner, branch.node, branch.styles[0], branch.light, d)
                out.append(_with_arrows(line, branch.arrow, bundle.tail_arrow))
    return out


def _styled(id_: str, cls: str, tail: str, head: str, style: EdgeStyle, light: bool, d: Diagram) -> Line:
    colour = d.theme.light(style.color) if light else style.color
    direction = style.dir
    return Line(id_, cls.removeprefix("edge ").strip(), tail, head, colour, style.penwidth, _dash(style.style),
                style.arrowhead if direction in ("forward", "both") else "none",
                style.arrowtail if direction in ("back", "both") else "none")


def _with_arrows(line: Line, head: str, tail: str) -> Line:
    from dataclasses import replace

    return replace(line, head_arrow=head or "none", tail_arrow=tail or "none")


def _arrows(attr: dict[str, str]) -> tuple[str, str]:
    """The arrows a DOT edge draws at its head and its tail ('none' where its ``dir`` draws none)."""
    direction = attr.get("dir", "forward")
    return (attr.get("arrowhead", "normal") if direction in ("forward", "both") else "none",
            attr.get("arrowtail", "normal") if direction in ("back", "both") else "none")


def _dash(style: str) -> str:
    return "dashed" if "dashed" in style else "dotted" if "dotted" in style else "solid"


_EDGE_RE = re.compile(r'^\s*"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)" \[(.*)\];\s*$', re.M)
_NODE_RE = re.compile(r'^\s*"((?:[^"\\]|\\.)*)" \[(.*)\];\s*$', re.M)
_ATTR_RE = re.compile(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|(<.*?>)(?=, \w+=|$)|([^,\s]+))')


def _attrs(text: str) -> dict[str, str]:
    """The attributes of one DOT statement: ``a="x", b=1.5, label=<...>``."""
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR_RE.finditer(text)}


def _dot_edges(dot: str) -> list[tuple[str, str, dict[str, str]]]:
    return [(m.group(1), m.group(2), _attrs(m.group(3))) for m in _EDGE_RE.finditer(dot)]


def _dot_nodes(dot: str) -> dict[str, dict[str, str]]:
    return {m.group(1): _attrs(m.group(2)) for m in _NODE_RE.finditer(dot)}


_SVG = "{http://www.w3.org/2000/svg}"
_NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")
#: A Graphviz box: centre x, centre y, width, height (points, y up).
GvBox = tuple[float, float, float, float]


def _points(text: str) -> list[tuple[float, float]]:
    """The points of an SVG ``points`` or path ``d`` attribute, in Graphviz coordinates (y up)."""
    nums = [float(v) for v in _NUM_RE.findall(text)]
    return [(x, -y) for x, y in zip(nums[0::2], nums[1::2], strict=False)]


def _box(points: list[tuple[float, float]]) -> GvBox:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs), max(ys) - min(ys))


def _text_box(el: ET.Element) -> tuple[str, float, GvBox]:
    """The words, type size and box of an SVG ``text`` element (anchored at its start)."""
    from .fonts import metrics

    words, size = el.text or "", float(el.get("font-size", "10"))
    x, baseline = float(el.get("x", "0")), -float(el.get("y", "0"))
    width = metrics().width(words, size) * 1.05 + 2
    return words, size, (x + width / 2, baseline + size * 0.35, width, size * 1.3)


@dataclass
class _Legend:
    """The legend as the SVG draws it, in Graphviz coordinates: sample lines, outlines, chips and words."""

    lines: list[tuple[str, tuple[float, float], tuple[float, float]]] = field(default_factory=list)
    outlines: list[tuple[str, GvBox]] = field(default_factory=list)
    chips: list[tuple[str, GvBox, str, str, float]] = field(default_factory=list)  # id, box, fill, border, width
    words: list[tuple[str, GvBox, str, float]] = field(default_factory=list)  # id, box, text, size

    def boxes(self) -> list[GvBox]:
        ends = [_box([a, b]) for _, a, b in self.lines]
        return [*ends, *(b for _, b in self.outlines), *(c[1] for c in self.chips), *(w[1] for w in self.words)]


def _legend_of(svg: str) -> _Legend:
    """Read the legend's pieces from the SVG Graphviz drew (its plain nodes have no outline to place them by)."""
    out = _Legend()
    root = ET.fromstring(svg)
    for g in root.iter(_SVG + "g"):
        gid, cls = g.get("id", ""), g.get("class", "")
        if not gid.startswith("lg_"):
            continue
        if cls.startswith("edge"):
            path = g.find(_SVG + "path")
            if path is not None:
                pts = _points(path.get("d", ""))
                tips = [p for poly in g.findall(_SVG + "polygon") for p in _points(poly.get("points", ""))]
                end = max([pts[-1], *tips], key=lambda p: p[0])
                out.lines.append((gid, pts[0], end))
            continue
        if "legend-mark" in cls:
            path = g.find(_SVG + "path")
            if path is not None:
                out.outlines.append((gid, _box(_points(path.get("d", "")))))
        chip = 0
        for el in g:
            if el.tag == _SVG + "polygon" and "legend-kinds" in cls:
                box = _box(_points(el.get("points", "")))
                if el.get("fill", "none") != "none":
                    out.chips.append((f"{gid}_{chip}", box, el.get("fill", ""), el.get("fill", ""), 1.0))
                    chip += 1
                elif out.chips:
                    last = out.chips[-1]
                    out.chips[-1] = (last[0], last[1], last[2], el.get("stroke", last[3]),
                                     float(el.get("stroke-width", "1")))
            elif el.tag == _SVG + "text":
                words, size, box = _text_box(el)
                out.words.append((f"{gid}_t{len(out.words)}", box, words, size))
    return out


def _legend(d: Diagram, lay: Layout, legend: _Legend, rect: RectOf) -> None:
    """The legend's pieces as samples and words; a sample line's look comes from its DOT edge."""
    t, lang = d.theme, d.lang
    styles = {attr.get("id", ""): attr for _, _, attr in _dot_edges(d.plan.dot)}
    outline_styles = _dot_nodes(d.plan.dot)
    for gid, a, b in legend.lines:
        e = styles.get(gid, {})
        head_arrow, tail_arrow = _arrows(e)
        ra, rb = rect((a[0], a[1], 0.0, 0.0)), rect((b[0], b[1], 0.0, 0.0))
        lay.samples.append(Sample(gid, "line", (ra[0], ra[1], rb[0] - ra[0], rb[1] - ra[1]),
                                  e.get("color", t.text), float(e.get("penwidth", "1")),
                                  _dash(e.get("style", "solid")), head_arrow=head_arrow, tail_arrow=tail_arrow))
    for gid, box in legend.outlines:
        attr = outline_styles.get(gid, {})
        lay.samples.append(Sample(gid, "outline", rect(box), attr.get("color", t.mark_sample),
                                  float(attr.get("penwidth", "1.6")), _dash(attr.get("style", ""))))
    for gid, box, fill, border, width in legend.chips:
        lay.samples.append(Sample(gid, "chip", rect(box), border, width, fill=fill))
    for gid, box, words, size in legend.words:
        lay.texts.append(Text(gid, rect(box), hyphenated(html.unescape(words), lang), size, colour=t.text))
