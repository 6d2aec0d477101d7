"""Editable PowerPoint: native shapes and glued connectors from the laid-out diagram (python-pptx).

One slide per drawing, 16:9 (13.333 x 7.5 in). The title and source line go at the top, the
footnote at the bottom, and the drawing is scaled to the space between:

* a band per tier (a rectangle with the tier's label on its left) and the side panels, behind;
* one rounded rectangle per card, coloured by its kind and mark (:mod:`orgmodel.render.theme`),
  saying what the card says (:mod:`orgmodel.render.labels`) with soft hyphens at the break
  points, so that PowerPoint breaks Finnish words where orgmodel would;
* one elbow connector per line, glued to its two cards (moving a card keeps its lines), in the
  relation's colour, pattern and arrowheads;
* the legend's samples and words where the layout put them.

Every shape is named after the drawing's node or line id (``p0_hallitus``, ``e_p0_3_elects``), so
that a script can find it again. The file is the same bytes for the same input: the document's
dates and every zip member's timestamp are fixed.

>>> from pptx import Presentation
>>> from orgmodel.io import load
>>> from orgmodel.render import diagram
>>> import io
>>> deck = Presentation(io.BytesIO(diagram(load("tests/fixtures/render/minimal.yaml")).data("pptx")))
>>> len(deck.slides), round(deck.slide_width / 914400, 3)
(1, 13.333)
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Length, Pt

from ..reproducible import FIXED_DATE, fixed_zip
from .editable import Area, Card, Layout, Line, Sample, Text, hyphenated, layout_of
from .formats import Rendering

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape
    from pptx.slide import Slide
    from pptx.text.text import TextFrame

    from . import Diagram

#: The slide, in points: 16:9 at 13.333 x 7.5 inches.
SLIDE_W, SLIDE_H = 960.0, 540.0
#: Space round the drawing, and the heights of the title block and the footnote line (points).
MARGIN, TITLE_H, SUBTITLE_H, FOOT_H = 18.0, 30.0, 16.0, 14.0
#: Graphviz arrow names -> DrawingML line-end types.
ARROWS = {"normal": "triangle", "vee": "arrow", "diamond": "diamond", "odiamond": "diamond", "dot": "oval",
          "odot": "oval", "inv": "triangle", "tee": "stealth", "empty": "triangle", "onormal": "triangle",
          "box": "diamond", "obox": "diamond"}
DASHES = {"dashed": MSO_LINE_DASH_STYLE.DASH, "dotted": MSO_LINE_DASH_STYLE.ROUND_DOT}


def render(diagram: Diagram, formats: tuple[str, ...]) -> Rendering:
    """The backend function of the format registry: a one-slide deck of ``diagram``."""
    data = document([diagram])
    return Rendering({"pptx": data} if "pptx" in formats else {}, list(diagram.warnings), dict(diagram.positions))


def document(diagrams: Iterable[Diagram]) -> bytes:
    """One slide per drawing, in order, as the bytes of a .pptx file.

    >>> from orgmodel.io import load
    >>> from orgmodel.render import diagram
    >>> org = load("tests/fixtures/render/minimal.yaml")
    >>> document([diagram(org), diagram(org, lang="sv")]) == document([diagram(org), diagram(org, lang="sv")])
    True
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(SLIDE_W), Pt(SLIDE_H)
    blank = prs.slide_layouts[6]
    titles = []
    for d in diagrams:
        slide = prs.slides.add_slide(blank)
        lay = layout_of(d)
        _slide(slide, lay)
        titles.append(lay.title)
    core = prs.core_properties
    core.title = titles[0] if titles else ""
    core.author = core.last_modified_by = "orgmodel"
    core.created = core.modified = FIXED_DATE
    core.revision = 1
    raw = io.BytesIO()
    prs.save(raw)
    return fixed_zip(raw.getvalue())


class _Frame:
    """Where the drawing goes on the slide: a scale and an offset (points in, EMU out)."""

    def __init__(self, lay: Layout, top: float, bottom: float) -> None:
        area_w, area_h = SLIDE_W - 2 * MARGIN, bottom - top
        self.scale = min(area_w / lay.width, area_h / lay.height)
        self.left = MARGIN + (area_w - lay.width * self.scale) / 2
        self.top = top + (area_h - lay.height * self.scale) / 2

    def x(self, v: float) -> Length:
        return Pt(self.left + v * self.scale)

    def y(self, v: float) -> Length:
        return Pt(self.top + v * self.scale)

    def d(self, v: float) -> Length:
        return Pt(max(v * self.scale, 0.0))

    def type(self, size: float) -> Pt:
        """Type scaled with the drawing (to a tenth of a point): the text then wraps as it does in the layout."""
        return Pt(max(round(size * self.scale, 1), 1.0))

    def line(self, width: float) -> Pt:
        return Pt(max(width * self.scale, 0.5))


def _slide(slide: Slide, lay: Layout) -> None:
    top = MARGIN + (TITLE_H if lay.title else 0) + _subtitle_height(lay)
    bottom = SLIDE_H - MARGIN - (FOOT_H if lay.footnote else 0)
    f = _Frame(lay, top + 6, bottom)
    _titles(slide, lay)
    for area in lay.areas:
        _area(slide, f, area, lay)
    shapes: dict[str, Shape] = {}
    for card in lay.cards:
        shapes[card.node] = _card(slide, f, card, lay)
    for text in lay.texts:
        _text(slide, f, text, lay)
    for sample in lay.samples:
        _sample(slide, f, sample)
    for line in lay.lines:
        _connector(slide, line, shapes[line.tail], shapes[line.head], f)


def _subtitle_height(lay: Layout) -> float:
    """Room for the source line: one :data:`SUBTITLE_H` per line it has, and per 150 characters of a line."""
    if not lay.subtitle:
        return 0.0
    return SUBTITLE_H * sum(1 + len(x) // 150 for x in lay.subtitle.split("\n"))


def _titles(slide: Slide, lay: Layout) -> None:
    y = MARGIN
    for words, size, bold, colour, height, name in (
            (lay.title, min(lay.sizes["title"], 24.0), True, lay.colours["text"], TITLE_H, "title"),
            (lay.subtitle, 11.0, False, lay.colours["muted"], _subtitle_height(lay), "subtitle")):
        if not words:
            continue
        box = slide.shapes.add_textbox(Pt(MARGIN), Pt(y), Pt(SLIDE_W - 2 * MARGIN), Pt(height))
        box.name = name
        _words(box.text_frame, [(hyphenated(words, lay.lang), size, bold, colour)], lay.font, wrap=True)
        y += height
    if lay.footnote:
        box = slide.shapes.add_textbox(Pt(MARGIN), Pt(SLIDE_H - MARGIN - FOOT_H), Pt(SLIDE_W - 2 * MARGIN),
                                       Pt(FOOT_H))
        box.name = "footnote"
        _words(box.text_frame, [(hyphenated(lay.footnote, lay.lang), 9.0, False, lay.colours["muted"])], lay.font,
               wrap=True)


def _area(slide: Slide, f: _Frame, area: Area, lay: Layout) -> None:
    left, top, width, height = area.box
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, f.x(left), f.y(top), f.d(width), f.d(height))
    shape.name = area.id
    _fill(shape, area.fill)
    if area.kind == "band":
        shape.line.fill.background()
    else:
        _stroke(shape.line, area.border, 1.0, "solid", f)
    tf = shape.text_frame
    if area.label:
        tf.margin_left, tf.margin_right = Pt(4), f.d(width - area.label_width) + Pt(4)
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        _words(tf, [(area.label, f.type(lay.sizes["band"]).pt, True, lay.colours["band_text"])], lay.font, wrap=True)


def _card(slide: Slide, f: _Frame, card: Card, lay: Layout) -> Shape:
    left, top, width, height = card.box
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if card.rounded else MSO_SHAPE.RECTANGLE
    shape = slide.shapes.add_shape(kind, f.x(left), f.y(top), f.d(width), f.d(height))
    shape.name = card.node
    if card.rounded:
        shape.adjustments[0] = min(0.5, 8.0 / max(min(width, height), 1.0))
    _fill(shape, card.style.fill)
    _stroke(shape.line, card.style.border, card.style.penwidth, card.style.dash or "solid", f)
    tf = shape.text_frame
    tf.margin_left = tf.margin_right = f.d(5.0)
    tf.margin_top = tf.margin_bottom = f.d(3.0)
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    t, lang, s, muted = card.text, lay.lang, lay.sizes, lay.colours["muted"]
    colour = card.style.text
    runs: list[tuple[str, float, bool, str]] = []
    top_line = " · ".join(x for x in (t.kind, card.style.badge) if x)
    if top_line:
        runs.append((hyphenated(top_line, lang), f.type(s["kind"]).pt, False, muted))
    if t.role:
        runs.append((hyphenated(t.role, lang), f.type(s["name"] * 0.9).pt, True, colour))
    runs.append((hyphenated(t.name, lang), f.type(s["name"]).pt, True, colour))
    runs.extend((hyphenated(item, lang), f.type(s["name"]).pt, False, colour) for item in t.items)
    runs.extend((hyphenated(x, lang), f.type(s["detail"]).pt, False, colour) for x in (t.seats, t.dates) if x)
    if t.note:
        runs.append((hyphenated(t.note, lang), f.type(s["detail"]).pt, True, card.style.badge_color))
    _words(tf, runs, lay.font, wrap=True, strike_line=1 + bool(top_line) + bool(t.role) if card.ghost else 0)
    return shape


def _text(slide: Slide, f: _Frame, text: Text, lay: Layout) -> None:
    left, top, width, height = text.box
    box = slide.shapes.add_textbox(f.x(left), f.y(top), f.d(width), f.d(height))
    box.name = text.id
    tf = box.text_frame
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    lines = text.text.split("\n")
    sizes = [f.type(text.size).pt] + [f.type(lay.sizes["detail"]).pt] * (len(lines) - 1)
    _words(tf, [(x, size, text.bold and k == 0, text.colour if k == 0 else lay.colours["muted"])
                for k, (x, size) in enumerate(zip(lines, sizes, strict=True))], lay.font,
           wrap=not text.id.startswith("lg_"))  # a legend entry is measured to fit one line; headings wrap


def _sample(slide: Slide, f: _Frame, sample: Sample) -> None:
    left, top, width, height = sample.box
    if sample.kind == "line":
        line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, f.x(left), f.y(top), f.x(left + width),
                                          f.y(top + height))
        line.name = sample.id
        _stroke(line.line, sample.colour, sample.width, sample.dash, f)
        _ends(line.line, sample.head_arrow, sample.tail_arrow)
        return
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if sample.kind == "outline" else MSO_SHAPE.RECTANGLE
    shape = slide.shapes.add_shape(kind, f.x(left), f.y(top), f.d(width), f.d(height))
    shape.name = sample.id
    if sample.fill:
        _fill(shape, sample.fill)
    else:
        shape.fill.background()
    _stroke(shape.line, sample.colour, sample.width, sample.dash, f)


def _sites(tail: Shape, head: Shape) -> tuple[int, int]:
    """The connection sites a line leaves ``tail`` and enters ``head`` by: bottom to top when the
    head lies below, top to bottom when above, side to side in one row (0 top, 1 left, 2 bottom, 3 right)."""
    t_top, t_bottom = tail.top, tail.top + tail.height
    h_top, h_bottom = head.top, head.top + head.height
    if h_top >= t_bottom:
        return 2, 0
    if h_bottom <= t_top:
        return 0, 2
    return (1, 3) if head.left + head.width / 2 < tail.left + tail.width / 2 else (3, 1)


def _connector(slide: Slide, line: Line, tail: Shape, head: Shape, f: _Frame) -> None:
    begin, end = _sites(tail, head)
    kind = MSO_CONNECTOR.ELBOW if begin in (0, 2) else MSO_CONNECTOR.STRAIGHT
    connector: Any = slide.shapes.add_connector(kind, Emu(0), Emu(0), Emu(0), Emu(0))  # begin_connect: untyped
    connector.begin_connect(tail, begin)
    connector.end_connect(head, end)
    connector.name = line.id
    _stroke(connector.line, line.colour, line.width, line.dash, f)
    # DrawingML: the line's "head" is where it begins, its "tail" where it ends
    _ends(connector.line, line.head_arrow, line.tail_arrow)


def _ends(line: Any, head_arrow: str, tail_arrow: str) -> None:
    ln = line._get_or_add_ln()
    for tag, arrow in (("a:headEnd", tail_arrow), ("a:tailEnd", head_arrow)):
        if arrow in ARROWS:
            end = OxmlElement(tag)
            ln.append(end)
            end.set("type", ARROWS[arrow])
            end.set("w", "med")
            end.set("len", "med")


def _colour(value: str) -> tuple[RGBColor, int | None]:
    """'#RRGGBB' or '#RRGGBBAA' -> the colour and its opacity in DrawingML's thousandths of a percent."""
    hex_ = value.lstrip("#")
    alpha = round(int(hex_[6:8], 16) / 255 * 100000) if len(hex_) == 8 else None
    rgb = cast(Any, RGBColor)  # its constructor is untyped in python-pptx
    return rgb(int(hex_[0:2], 16), int(hex_[2:4], 16), int(hex_[4:6], 16)), alpha


def _fill(shape: Shape, value: str) -> None:
    rgb, alpha = _colour(value)
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb
    _set_alpha(shape.fill._xPr, alpha, "a:solidFill")
    shape.shadow.inherit = False


def _stroke(line: Any, value: str, width: float, dash: str, f: _Frame) -> None:
    rgb, alpha = _colour(value)
    line.color.rgb = rgb
    line.width = f.line(width)
    if dash in DASHES:
        line.dash_style = DASHES[dash]
    _set_alpha(line._get_or_add_ln(), alpha, "a:solidFill")


def _set_alpha(parent: Any, alpha: int | None, fill_tag: str) -> None:
    if alpha is None:
        return
    fill = parent.find(qn(fill_tag))
    clr = fill.find(qn("a:srgbClr")) if fill is not None else None
    if clr is not None:
        alpha_el = OxmlElement("a:alpha")
        alpha_el.set("val", str(alpha))
        clr.append(alpha_el)


def _words(tf: TextFrame, runs: list[tuple[str, float, bool, str]], font: str, *, wrap: bool,
           strike_line: int = 0) -> None:
    """Paragraphs of ``tf``, one per (text, size, bold, colour); ``strike_line`` (1-based) is struck through."""
    tf.word_wrap = wrap
    tf.auto_size = MSO_AUTO_SIZE.NONE
    for k, (words, size, bold, colour) in enumerate(runs):
        para = tf.paragraphs[0] if k == 0 else cast(Any, tf).add_paragraph()  # untyped in python-pptx
        para.alignment = PP_ALIGN.LEFT
        run = para.add_run()
        run.text = words
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = font
        run.font.color.rgb = _colour(colour)[0]
        if strike_line == k + 1:
            run.font._rPr.set("strike", "sngStrike")
