"""The instrument view: a model's instruments (strategy, hallintosääntö, budget, ...) with their
content areas, the body that prepares each and the body that adopts it.

An org chart shows who is under whom; an instrument is a document that runs across it. Here the
bodies that prepare or adopt an instrument stand in the middle as the same cards as in the structure
diagram, and the instruments on either side of them (a slide is wide) as document cards: the kind
(unless the name says it), the name, the day it was adopted and the numbered content areas. The
lines say "valmistelee" (prepares) and "hyväksyy" (adopts) in words, so the drawing needs no
legend. It is drawn by the same Graphviz engine, theme, fonts and presets as every other diagram
(:func:`orgmodel.render.graphviz.engine.render`).

>>> from orgmodel.model import Instrument
>>> strategy = Instrument.model_validate({"id": "strategia", "kind": "strategy",
...     "names": {"fi": "Kuntastrategia"}, "prepared_by": "hallitus", "adopted_by": "valtuusto",
...     "content_areas": [{"name": "Palvelujen tavoitteet"}, {"name": "Henkilöstöpolitiikka"}]})
>>> d = instrument_diagram(sample.model_copy(update={"instruments": [strategy]}))
>>> "Kuntastrategia" in d.dot and "Henkilöstöpolitiikka" in d.dot, d.edges
(True, [('hallitus', 'prepares', 'strategia'), ('valtuusto', 'adopts', 'strategia')])
>>> instrument_diagram(sample, lang="en")
Traceback (most recent call last):
orgmodel.errors.UserError: Sample municipality: the model has no instruments, so the instrument view ...
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from orgmodel.errors import UserError
from orgmodel.kinds import KIND_SPECS
from orgmodel.model import Body, Instrument, Organisation
from orgmodel.vocab import Certainty, RelationType, Tier
from orgmodel.words import date_text, word

from .formats import format_of
from .graphviz.cards import card_label, html_lines
from .graphviz.dot import Plan
from .graphviz.dotlang import attrs, quote
from .grid import Grid, Row
from .labels import card_text
from .scene import Panel, panel_for, subtitle_of
from .text import wrap
from .theme import DEFAULT_THEME, PT, EdgeStyle, Preset, Theme
from .theme import preset as get_preset

#: An instrument card with content areas is this many structure cards wide: room for them.
INSTRUMENT_WIDTH = 2.0

Edge = tuple[str, str, str]  # body id, 'prepares' | 'adopts', instrument id


def instrument_diagram(org: Organisation, lang: str = "fi", preset: str | Preset = "slide",
                       theme: Theme | None = None, dpi: int | None = None) -> InstrumentDiagram:
    """The instrument view of ``org``; a :class:`UserError` (in ``lang``) if it has no instruments.

    With open choices, the first variant's bodies are drawn, as in :func:`orgmodel.render.diagram`.
    """
    if not org.instruments:
        raise UserError(word("instruments.none", lang, model=org.name(lang)))
    p = get_preset(preset) if isinstance(preset, str) else preset
    return InstrumentDiagram(org, panel_for(org, lang), lang, p, p.apply(theme or DEFAULT_THEME), dpi or p.dpi)


@dataclass
class InstrumentDiagram:
    """One instrument view: DOT source on demand, files per format (svg, pdf, png) cached."""

    org: Organisation
    panel: Panel  # the drawn variant, its title and the marks of its cards
    lang: str
    preset: Preset
    theme: Theme
    dpi: int
    _files: dict[str, bytes] = field(default_factory=dict)
    _warnings: list[str] = field(default_factory=list)

    @property
    def instruments(self) -> list[Instrument]:
        return list(self.panel.org.instruments)

    @property
    def edges(self) -> list[Edge]:
        """Who prepares and who adopts which instrument (bodies the model has), in file order."""
        org, out = self.panel.org, []
        for ins in self.instruments:
            for role, body_id in (("prepares", ins.prepared_by), ("adopts", ins.adopted_by)):
                if body_id is not None and org.has_body(body_id):
                    out.append((body_id, role, ins.id))
        return out

    @cached_property
    def plan(self) -> Plan:
        return _Builder(self).plan()

    @property
    def dot(self) -> str:
        """The Graphviz source (deterministic: same input and options, same text)."""
        return self.plan.dot

    def render(self, *formats: str) -> InstrumentDiagram:
        """Draw ``formats`` (default: svg, pdf and png) in one layout; later calls reuse the files."""
        from .graphviz import engine

        wanted = tuple(f for f in dict.fromkeys(formats or engine.GRAPHVIZ_FORMATS) if f not in self._files)
        for fmt in wanted:
            if fmt not in engine.GRAPHVIZ_FORMATS:
                raise UserError(f"the instrument view is drawn as {', '.join(engine.GRAPHVIZ_FORMATS)}, not {fmt}")
        if wanted:
            out = engine.render(self.plan, self.theme, self.preset, wanted, self.dpi)
            self._files.update(out.files)
            self._warnings.extend(x for x in out.warnings if x not in self._warnings)
        return self

    @property
    def warnings(self) -> list[str]:
        """What Graphviz reported while drawing (empty for a good drawing)."""
        if not self._files:
            self.render("svg")
        return list(self._warnings)

    def data(self, fmt: str) -> bytes:
        self.render(fmt)
        return self._files[fmt]

    def svg(self) -> str:
        return self.data("svg").decode("utf-8")

    def save(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the drawing atomically; the format follows the suffix unless ``fmt`` is given."""
        from orgmodel._util import write_atomic

        p = Path(path)
        write_atomic(p, self.data(fmt or format_of(p)))
        return p

    def __repr__(self) -> str:
        return f"<InstrumentDiagram of {self.panel.title} ({self.preset.name}, {self.lang})>"


def sides(instruments: list[Instrument]) -> tuple[list[Instrument], list[Instrument]]:
    """The instruments drawn left and right of the bodies' column, in file order on each side.

    One column of them would make a tall drawing on a wide slide, so each instrument goes to the
    side with less in it so far, counted in lines (a card's head is about three, an area one and
    a half); the first goes right.

    >>> from orgmodel.model import Instrument
    >>> def ins(i, areas): return Instrument.model_validate({"id": i, "kind": "other", "names": {"fi": i},
    ...                                                      "content_areas": [{"name": "x"}] * areas})
    >>> [[i.id for i in side] for side in sides([ins("a", 8), ins("b", 0), ins("c", 0), ins("d", 0)])]
    [['b', 'c', 'd'], ['a']]
    """
    left: list[Instrument] = []
    right: list[Instrument] = []
    weight = [0.0, 0.0]
    for ins in instruments:
        side = 1 if weight[1] <= weight[0] else 0
        (left, right)[side].append(ins)
        weight[side] += 3 + 1.5 * len(ins.content_areas)
    return left, right


class _Builder:
    """Writes the DOT source: body cards in the middle, instrument cards on both sides, labelled lines."""

    def __init__(self, d: InstrumentDiagram) -> None:
        self.d, self.t, self.lang = d, d.theme, d.lang
        self.out: list[str] = []

    def plan(self) -> Plan:
        d, t = self.d, self.t
        bodies = [d.panel.org.body(b) for b in dict.fromkeys(b for b, _, _ in d.edges)]
        # ranksep stays small: every edge label is a rank of its own, and it makes the gap
        self.out += ["digraph orgmodel {", "  graph " + attrs(
            rankdir="LR", newrank="true", nodesep=float(t.nodesep * 2), ranksep=float(t.ranksep),
            splines="spline", fontname=t.font, bgcolor=t.background, pad="0" if d.preset.fill else "0.25",
            labelloc="t", labeljust="l", label=self.title_label(), size=self.size_attr(), id="orgmodel",
            class_="orgmodel instruments") + ";",
            "  node " + attrs(fontname=t.font, fontsize=float(t.name_size), fontcolor=t.text) + ";",
            "  edge " + attrs(fontname=t.font, fontsize=float(t.detail_size)) + ";"]
        left, right = sides(d.instruments)
        body_nodes = [self.body_card(b) for b in bodies]
        left_nodes = [self.instrument_card(ins) for ins in left]
        right_nodes = [self.instrument_card(ins) for ins in right]
        for nodes in (left_nodes, body_nodes, right_nodes):
            if nodes:
                self.out.append("  { rank=same; " + " ".join(quote(n) for n in nodes) + " }")
        on_left = {ins.id for ins in left}
        for body_id, role, ins_id in d.edges:
            self.edge(body_id, role, next(i for i in d.instruments if i.id == ins_id), ins_id in on_left)
        self.out.append("}")
        # The engine paints bands behind a grid's rows: here one band, of the adopting level, behind it all.
        tier = self.band_tier(bodies)
        grid = Grid([Row("instruments", tier)], [(tier, [0])], [], [])
        return Plan("\n".join(self.out) + "\n", grid, [[*left_nodes, *body_nodes, *right_nodes]], [], [])

    def band_tier(self, bodies: list[Body]) -> Tier:
        adopters = [b for b in bodies if any(e[0] == b.id and e[1] == "adopts" for e in self.d.edges)]
        return KIND_SPECS[(adopters or bodies)[0].kind].tier if bodies else Tier.COUNCIL

    def body_card(self, body: Body) -> str:
        t, name = self.t, f"body_{body.id}"
        mark = self.d.panel.marks.get(body.id)
        label, style = card_label(body, mark, card_text(body, mark, self.lang), t, self.lang)
        rounded = ["rounded"] if t.kind(body.kind).rounded else []
        styles = ["filled", *rounded, *([style.dash] if style.dash else [])]
        self.node(name, class_=f"card {body.kind.value}" + (f" mark-{mark.kind}" if mark else ""), shape="box",
                  style=",".join(styles), fillcolor=style.fill, color=style.border, penwidth=float(style.penwidth),
                  width=float(t.card_width), height=float(t.card_min_height),
                  margin=f"{t.card_margin_pt / PT:.3f},0.060", label=label)
        return name

    def instrument_card(self, ins: Instrument) -> str:
        """The document card: kind (and a badge when not stated), name, adoption day, content areas."""
        t, lang = self.t, self.lang
        card_w = t.card_width * (INSTRUMENT_WIDTH if ins.content_areas else 1)
        width = card_w * PT - 2 * t.card_margin_pt
        rows, areas = [], []
        kind_word, name_text = ins.kind.label(lang), ins.names.get(lang)
        head = []  # the kind, unless the name says it already ('Hallintosääntö'), and a badge
        if kind_word.lower() not in name_text.lower():
            head.append(html_lines(wrap(kind_word, width, t.kind_size, lang=lang), t.kind_size, color=t.muted_text))
        if ins.certainty is not Certainty.STATED:  # the badge a card of an inferred or open body has
            ms = t.mark(ins.certainty.value)
            badge = f"{ms.symbol} {word(ms.badge, lang)}"
            head.append(html_lines([badge], t.kind_size, True, ms.colour or t.muted_text))
        if head:
            rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">{"  ".join(head)}</TD></TR>')
        name = wrap(name_text, width, t.name_size, bold=True, lang=lang)
        rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">{html_lines(name, t.name_size, True)}</TD></TR>')
        if ins.adopted_on is not None:
            when = word("instruments.adopted_on", lang, date=date_text(ins.adopted_on, lang))
            rows.append(f'<TR><TD ALIGN="LEFT" COLSPAN="2">{html_lines([when], t.detail_size, color=t.muted_text)}'
                        "</TD></TR>")
        if ins.content_areas:
            heading = html_lines([word("instruments.content_areas", lang)], t.kind_size, True, t.muted_text)
            areas.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">{heading}</TD></TR>')
            number_w = t.detail_size * 1.6
            for n, area in enumerate(ins.content_areas, start=1):
                lines = wrap(area.name, width - number_w, t.detail_size, lang=lang)
                areas.append(f'<TR><TD ALIGN="RIGHT" VALIGN="TOP">'
                             f'{html_lines([f"{n}."], t.detail_size, True, t.muted_text)}</TD>'
                             f'<TD ALIGN="LEFT" BALIGN="LEFT">{html_lines(lines, t.detail_size)}</TD></TR>')
        body = "".join(rows) + ("<HR/>" + "".join(areas) if areas else "")
        label = f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1" WIDTH="{width:.0f}">{body}</TABLE>>'
        name_ = f"instrument_{ins.id}"
        self.node(name_, class_=f"instrument {ins.kind.value}", shape="box", style="filled", fillcolor=t.side_fill,
                  color=t.band_text, penwidth=2.0, width=float(card_w),
                  margin=f"{t.card_margin_pt / PT:.3f},0.080", label=label)
        return name_

    def edge(self, body_id: str, role: str, ins: Instrument, leftwards: bool) -> None:
        """A labelled line from the body to the instrument; to one left of the bodies it is declared
        the other way round (so that ``dot`` ranks the instrument first) and drawn with its arrow back."""
        t = self.t
        # adoption is no relation type; unless the theme names a style for it, a firm line of the band text
        adopts = t.relations.get("adopts") or EdgeStyle(t.band_text, "solid", arrowhead="normal", penwidth=2.0)
        st = t.relation(RelationType.PREPARES_FOR) if role == "prepares" else adopts
        colour = st.color if ins.certainty is Certainty.STATED else t.light(st.color)
        text = html_lines([word(f"instruments.{role}", self.lang)], t.detail_size, True, st.color)
        ends = (f"instrument_{ins.id}", f"body_{body_id}") if leftwards else (f"body_{body_id}", f"instrument_{ins.id}")
        arrows = {"dir": "back", "arrowtail": st.arrowhead} if leftwards else {"arrowhead": st.arrowhead}
        self.out.append(f"  {quote(ends[0])} -> {quote(ends[1])} " + attrs(
            id=f"{role}_{body_id}_{ins.id}", class_=f"edge {role}", color=colour, style=st.style,
            penwidth=float(st.penwidth) * 1.3, **arrows, label=f"<{text}>") + ";")

    def node(self, name: str, **kw: object) -> None:
        self.out.append(f"  {quote(name)} {attrs(id=name, **kw)};")

    def title_label(self) -> str:
        t, panel = self.t, self.d.panel
        # as wide as the cards and the gap between them, or 12.5 in: a slide is wider than this drawing
        width = max(t.card_width * (1.55 + INSTRUMENT_WIDTH) * PT, 12.5 * PT)
        title = f"{panel.title}: {word('instruments.title', self.lang)}"
        cells = [html_lines(wrap(title, width, t.title_size, bold=True, lang=self.lang), t.title_size, True)]
        subtitle = subtitle_of(self.d.org, self.lang)  # not the panel's: its notes are about the relations
        if subtitle:
            lines = wrap(subtitle, width, t.subtitle_size, lang=self.lang)
            cells.append(html_lines(lines, t.subtitle_size, color=t.muted_text))
        body = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{c}</TD></TR>' for c in cells)
        return f'<<TABLE BORDER="0" CELLPADDING="3" CELLSPACING="0">{body}<TR><TD HEIGHT="6"></TD></TR></TABLE>>'

    def size_attr(self) -> str | None:
        size = self.d.preset.size
        if size is None:
            return None
        return f"{size[0]:g},{size[1]:g}" + ("!" if self.d.preset.fill else "")

