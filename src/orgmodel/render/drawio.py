"""Editable draw.io / diagrams.net files: plain mxGraph XML from the laid-out diagram (no dependency).

One ``<diagram>`` page per drawing. Each tier band is a container (a swimlane with the tier's
label in its left strip) holding its cards, and so is each side panel; every card is a vertex
with its kind's colours and its text as an HTML label (with ``&shy;`` at the break points, so that
draw.io breaks Finnish words where orgmodel would); every line is an edge with ``source`` and
``target``, so it follows a card that is moved. Positions are the Graphviz layout's, in points
(draw.io's units), under a title block. Ids are the drawing's node and line ids; the file has no
date in it, so the same input gives the same bytes.

>>> import xml.etree.ElementTree as ET
>>> from orgmodel.io import load
>>> from orgmodel.render import diagram
>>> root = ET.fromstring(diagram(load("tests/fixtures/render/region.yaml")).data("drawio"))
>>> [(e.get("source"), e.get("target")) for e in root.iter("mxCell") if e.get("edge") == "1" and e.get("source")][:2]
[('p0_valtuusto', 'p0_tarkastus'), ('p0_valtuusto', 'p0_vaali')]
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .editable import Area, Card, Layout, Line, Rect, Sample, Text, hyphenated, layout_of
from .formats import Rendering

if TYPE_CHECKING:
    from . import Diagram

#: Height of the title block above the drawing, per line of title and of source (points).
TITLE_LINE, SUBTITLE_LINE, GAP = 32.0, 18.0, 12.0
#: Graphviz arrow names -> draw.io arrow names and whether they are filled.
ARROWS = {"normal": ("block", 1), "vee": ("open", 0), "diamond": ("diamond", 1), "odiamond": ("diamond", 0),
          "dot": ("oval", 1), "odot": ("oval", 0), "tee": ("dash", 0), "inv": ("block", 1),
          "onormal": ("block", 0), "empty": ("block", 0), "box": ("box", 1), "obox": ("box", 0)}


def render(diagram: Diagram, formats: tuple[str, ...]) -> Rendering:
    """The backend function of the format registry: a one-page draw.io file of ``diagram``."""
    data = document([diagram])
    return Rendering({"drawio": data} if "drawio" in formats else {}, list(diagram.warnings),
                     dict(diagram.positions))


def document(diagrams: Iterable[Diagram]) -> bytes:
    """One draw.io page per drawing, in order, as the bytes of a .drawio file (UTF-8 XML)."""
    mxfile = ET.Element("mxfile", {"host": "orgmodel", "type": "device"})
    for k, d in enumerate(diagrams, 1):
        lay = layout_of(d)
        page = _sub(mxfile, "diagram", {"id": f"page-{k}", "name": lay.title or f"{k}"})
        _page(page, lay)
    ET.indent(mxfile)
    body: bytes = ET.tostring(mxfile, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str]) -> ET.Element:
    return ET.SubElement(parent, tag, attrs)


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _style(*names: str, **kw: object) -> str:
    """A draw.io style string: shape names, then ``key=value;`` in the order given (None left out).

    >>> _style("text", html=1, opacity=None, fontSize="12")
    'text;html=1;fontSize=12;'
    """
    return "".join(f"{n};" for n in names) + "".join(f"{k}={v};" for k, v in kw.items() if v is not None)


def _colour(value: str) -> tuple[str, int | None]:
    """'#RRGGBBAA' -> '#RRGGBB' and its opacity in per cent (None when opaque)."""
    if len(value) == 9:
        return value[:7], round(int(value[7:], 16) / 255 * 100)
    return value, None


class _Page:
    """The cells of one page, with the offset that puts the drawing under the title block."""

    def __init__(self, root: ET.Element, top: float) -> None:
        self.root, self.top = root, top

    def cell(self, id_: str, value: str, style: str, parent: str = "1", **kw: str) -> ET.Element:
        return _sub(self.root, "mxCell", {"id": id_, "value": value, "style": style, "parent": parent, **kw})

    def vertex(self, id_: str, value: str, style: str, box: Rect, parent: str = "1",
               origin: tuple[float, float] | None = None) -> ET.Element:
        """A vertex at ``box`` (drawing coordinates); inside a container, relative to its ``origin``."""
        cell = self.cell(id_, value, style, parent, vertex="1")
        left, top, width, height = box
        x, y = (left, top + self.top) if origin is None else (left - origin[0], top - origin[1])
        _sub(cell, "mxGeometry", {"x": _num(x), "y": _num(y), "width": _num(width), "height": _num(height),
                                  "as": "geometry"})
        return cell


def _page(page: ET.Element, lay: Layout) -> None:
    title_h = (TITLE_LINE if lay.title else 0.0) + SUBTITLE_LINE * (lay.subtitle.count("\n") + 1 if lay.subtitle else 0)
    top = title_h + (GAP if title_h else 0.0)
    height = top + lay.height + (SUBTITLE_LINE + GAP if lay.footnote else 0.0)
    model = _sub(page, "mxGraphModel", {"grid": "0", "gridSize": "10", "guides": "1", "tooltips": "1",
                                        "connect": "1", "arrows": "1", "fold": "1", "page": "1", "pageScale": "1",
                                        "pageWidth": _num(lay.width), "pageHeight": _num(height), "math": "0",
                                        "shadow": "0"})
    root = _sub(model, "root", {})
    _sub(root, "mxCell", {"id": "0"})
    _sub(root, "mxCell", {"id": "1", "parent": "0"})
    p = _Page(root, top)
    _titles(p, lay, title_h, height)
    origins: dict[str, tuple[float, float]] = {}
    for area in lay.areas:
        origins[area.id] = (area.box[0], area.box[1])
        _area(p, area, lay)
    for card in lay.cards:
        parent = _container(card, lay.areas)
        origin = origins.get(parent)
        p.vertex(card.node, _card_html(card, lay), _card_style(card, lay), card.box, parent, origin)
    for text in lay.texts:
        _text(p, text, lay)
    for sample in lay.samples:
        _sample(p, sample)
    for line in lay.lines:
        _edge(p, line)


def _titles(p: _Page, lay: Layout, title_h: float, height: float) -> None:
    style = _style("text", html=1, align="left", verticalAlign="top", whiteSpace="wrap", fontFamily=lay.font,
                   fontColor=lay.colours["text"], strokeColor="none", fillColor="none")
    value = ""
    if lay.title:
        value += f'<b style="font-size:{_num(min(lay.sizes["title"], 24.0))}px">{_esc(lay.title, lay.lang)}</b>'
    if lay.subtitle:
        sub = "<br>".join(_esc(x, lay.lang) for x in lay.subtitle.split("\n"))
        value += (f'<br><span style="font-size:11px;color:{lay.colours["muted"]}">{sub}</span>' if value else sub)
    if value:
        p.vertex("title", value, style, (0.0, -p.top, lay.width, title_h))
    if lay.footnote:
        foot = f'<span style="font-size:9px;color:{lay.colours["muted"]}">{_esc(lay.footnote, lay.lang)}</span>'
        p.vertex("footnote", foot, style, (0.0, height - p.top - SUBTITLE_LINE, lay.width, SUBTITLE_LINE))


def _esc(text: str, lang: str) -> str:
    """Text for an HTML label: escaped, with soft hyphens at the break points."""
    return html.escape(hyphenated(text, lang), quote=False).replace("\n", "<br>")


def _area(p: _Page, area: Area, lay: Layout) -> None:
    fill, opacity = _colour(area.fill)
    if area.kind == "band":
        # a plain container whose label keeps to the band's left strip (a swimlane would turn it on its side)
        style = _style(rounded=0, html=1, whiteSpace="wrap", fillColor=fill, strokeColor="none", opacity=opacity,
                       fontColor=lay.colours["band_text"], fontFamily=lay.font, fontStyle=1,
                       fontSize=_num(lay.sizes["band"]), align="left", verticalAlign="middle", spacingLeft=4,
                       spacingRight=_num(area.box[2] - area.label_width + 4), container=1, collapsible=0)
        label = html.escape(area.label, quote=False)
    else:
        style = _style(rounded=0, html=1, fillColor=fill, strokeColor=area.border, container=1, collapsible=0,
                       opacity=opacity)
        label = ""
    p.vertex(area.id, label, style, area.box)


def _container(card: Card, areas: list[Area]) -> str:
    """The area holding ``card``: its side panel when it is a side card, else the band around its centre."""
    cx, cy = card.box[0] + card.box[2] / 2, card.box[1] + card.box[3] / 2
    kind = "side" if card.side else "band"
    for area in areas:
        left, top, width, height = area.box
        if area.kind == kind and left <= cx <= left + width and top <= cy <= top + height:
            return area.id
    return "1"


def _card_style(card: Card, lay: Layout) -> str:
    fill, fill_opacity = _colour(card.style.fill)
    border, stroke_opacity = _colour(card.style.border)
    return _style(rounded=1 if card.rounded else 0, arcSize=8 if card.rounded else None, whiteSpace="wrap", html=1,
                  fillColor=fill, fillOpacity=fill_opacity, strokeColor=border, strokeOpacity=stroke_opacity,
                  strokeWidth=_num(card.style.penwidth), dashed=1 if card.style.dash else None,
                  dashPattern="1 3" if card.style.dash == "dotted" else None, fontFamily=lay.font,
                  fontSize=_num(lay.sizes["name"]), fontColor=_colour(card.style.text)[0], align="left",
                  verticalAlign="middle", spacingLeft=5, spacingRight=5, spacingTop=2, spacingBottom=2)


def _card_html(card: Card, lay: Layout) -> str:
    """What the card says as an HTML label: kind line, role, name (bold), list items, seats, dates, change."""
    t, lang, s = card.text, lay.lang, lay.sizes
    lines: list[str] = []
    top = " · ".join(x for x in (t.kind, card.style.badge) if x)
    if top:
        lines.append(f'<span style="font-size:{_num(s["kind"])}px;color:{lay.colours["muted"]}">{_esc(top, lang)}'
                     "</span>")
    if t.role:
        lines.append(f'<b style="font-size:{_num(s["name"] * 0.9)}px">{_esc(t.role, lang)}</b>')
    name = f"<b>{_esc(t.name, lang)}</b>"
    lines.append(f"<s>{name}</s>" if card.ghost else name)
    lines.extend(_esc(item, lang) for item in t.items)
    lines.extend(f'<span style="font-size:{_num(s["detail"])}px">{_esc(x, lang)}</span>'
                 for x in (t.seats, t.dates) if x)
    if t.note:
        lines.append(f'<b style="font-size:{_num(s["detail"])}px;color:{card.style.badge_color}">'
                     f"{_esc(t.note, lang)}</b>")
    return "<br>".join(lines)


def _text(p: _Page, text: Text, lay: Layout) -> None:
    head, *rest = text.text.split("\n")
    value = f"<b>{html.escape(head, quote=False)}</b>" if text.bold else html.escape(head, quote=False)
    if rest:
        more = "<br>".join(html.escape(x, quote=False) for x in rest)
        value += f'<br><span style="font-size:{_num(lay.sizes["detail"])}px;color:{lay.colours["muted"]}">{more}</span>'
    style = _style("text", html=1, whiteSpace="wrap", align="left", verticalAlign="middle",
                   fontFamily=lay.font, fontSize=_num(text.size), fontColor=text.colour, strokeColor="none",
                   fillColor="none", spacing=0)
    p.vertex(text.id, value, style, text.box)


def _line_style(colour: str, width: float, dash: str, head: str, tail: str, routed: bool) -> str:
    stroke, opacity = _colour(colour)
    end, end_fill = ARROWS.get(head, ("none", 0))
    start, start_fill = ARROWS.get(tail, ("none", 0))
    return _style(edgeStyle="orthogonalEdgeStyle" if routed else None, rounded=0, html=1, strokeColor=stroke,
                  opacity=opacity, strokeWidth=_num(width), dashed=1 if dash != "solid" else None,
                  dashPattern="1 3" if dash == "dotted" else None, endArrow=end, endFill=end_fill,
                  startArrow=start, startFill=start_fill)


def _edge(p: _Page, line: Line) -> None:
    cell = p.cell(line.id, "", _line_style(line.colour, line.width, line.dash, line.head_arrow, line.tail_arrow, True),
                  edge="1", source=line.tail, target=line.head)
    _sub(cell, "mxGeometry", {"relative": "1", "as": "geometry"})


def _sample(p: _Page, sample: Sample) -> None:
    left, top, width, height = sample.box
    if sample.kind == "line":
        cell = p.cell(sample.id, "", _line_style(sample.colour, sample.width, sample.dash, sample.head_arrow,
                                                 sample.tail_arrow, False), edge="1")
        geometry = _sub(cell, "mxGeometry", {"relative": "1", "as": "geometry"})
        _sub(geometry, "mxPoint", {"x": _num(left), "y": _num(top + p.top), "as": "sourcePoint"})
        _sub(geometry, "mxPoint", {"x": _num(left + width), "y": _num(top + height + p.top), "as": "targetPoint"})
        return
    stroke, opacity = _colour(sample.colour)
    style = _style(rounded=1 if sample.kind == "outline" else 0, html=1,
                   fillColor=sample.fill or "none", strokeColor=stroke, strokeOpacity=opacity,
                   strokeWidth=_num(sample.width), dashed=1 if sample.dash != "solid" else None,
                   dashPattern="1 3" if sample.dash == "dotted" else None)
    p.vertex(sample.id, "", style, sample.box)
