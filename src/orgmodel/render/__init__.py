"""Comparable diagrams of governance structures: one backend-neutral scene, a writer per format.

Every diagram has the same horizontal tier bands in the same order (council level on top, down to
group entities), advocacy bodies and outside parties in a column to the side, one card per body
(name, kind, seats, chairs), a legend of what is present, and a title with the source. A *sheet*
puts several structures side by side on one grid, optionally marking what differs from a baseline.

>>> from orgmodel.io import load
>>> org = load("tests/fixtures/render/region.yaml")  # doctest: +SKIP
>>> d = diagram(org, lang="fi", preset="slide")        # doctest: +SKIP
>>> d.save("region.svg"); d.save("region.png")         # doctest: +SKIP
>>> sheet([org, other], baseline=org).save("compare.pdf")  # doctest: +SKIP

A :class:`Diagram` is the scene (panels, the shared grid, the theme, the card texts); the
output format picks a writer from :data:`orgmodel.render.formats.FORMATS`, whose backend lays
the scene out when it needs positions (SVG, PDF and PNG: :mod:`orgmodel.render.graphviz`).

Presets: ``slide`` (16:9, larger type, 1920 x 1080 PNG), ``a4`` (landscape page), ``screen``
(natural size). In Jupyter a :class:`Diagram` displays inline, and so does an Organisation
(see :mod:`orgmodel.render.notebook`). Importing this package is cheap: pygraphviz loads when the
first drawing is laid out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmodel.errors import BadOption, UserError
from orgmodel.variants import MAX_VARIANTS

from .formats import FORMATS, Box, format_of, writer
from .theme import DEFAULT_THEME, PRESETS, Preset, Theme
from .theme import preset as get_preset

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from .graphviz.dot import Plan
    from .grid import Grid
    from .labels import CardText
    from .scene import Panel

__all__ = ["Diagram", "Layout", "diagram", "sheet", "sheet_pages", "variants_sheet", "Theme", "DEFAULT_THEME",
           "PRESETS", "Preset", "FORMATS", "format_of"]


#: Longest title and footnote drawn (characters): wrapping is slow on long unbroken text, and
#: anything longer belongs in the document the diagram goes into.
MAX_TITLE, MAX_FOOTNOTE = 400, 1000


#: The most panels a sheet on a page of fixed shape (a slide) draws: 2 x 2. More go on pages.
PAGE_PANELS = 4


def sheet_columns(n: int) -> int:
    """Panels side by side on a slide's sheet of ``n``: all of one or two, two for three or four
    (a 2 x 2 grid: never a strip).

    >>> [sheet_columns(n) for n in (1, 2, 3, 4)]
    [1, 2, 2, 2]
    """
    return n if n <= 2 else 2


#: The fewest cards a row of a sheet's panel holds before it wraps.
SHEET_ROW_MIN = 3
#: The row limits a compact preset tries besides its own.
LAYOUT_ROW_LIMITS = (4, 8)
#: The card widths a compact preset tries besides its own (as factors of it).
CARD_WIDTH_FACTORS = (0.8, 1.2)
#: The best layouts that are tried again with only their buses' gaps widened (:attr:`Layout.gaps`).
GAP_TRIES = 2
#: A compact sheet's gap between rows, as a share of the preset's: a comparison slide is short of
#: height, and the gaps that buses run in are widened for them anyway (:attr:`Layout.gaps`). Not
#: less: the painted bus lanes are centred between the band labels, and below 0.75 a lane runs
#: under a card taller than its label (a role badge) on the archetype sheets.
SHEET_RANKSEP = 0.75
#: The card widths a compact sheet tries besides its own (as factors of it): its names wrap in
#: narrower columns than a single diagram's, so a finer step pays.
SHEET_CARD_WIDTH_FACTORS = (0.8, 0.85, 0.9, 1.2)
#: The best layouts of a sheet whose card widths are tried (a single diagram tries its best one).
SHEET_WIDTH_TRIES = 3
#: The most the floor may raise small type and the title to, as a share of the card-name size.
SMALL_TYPE_CAP, TITLE_CAP = 0.8, 3.0


#: The theme's sizes that the floor raises (:meth:`Diagram._fit_small_type`), besides the title.
SMALL_TYPE = ("kind_size", "detail_size", "legend_size", "footnote_size", "subtitle_size", "band_label_size")


def _refuse_long(what: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise BadOption(f"the {what} has {len(text):,} characters; a diagram's {what} may have at most {limit:,}")


@dataclass(frozen=True)
class Layout:
    """How a compact preset arranges a drawing: cards per row before it wraps, same-tier
    subordinates beside their superior (``flat``) or under it, childless siblings on list cards,
    (``gaps``) only the gaps that buses run in widened for them rather than every gap, and
    (``stack``) the side tiers one under the other in one column."""

    row_limit: int
    flat: bool
    lists: bool
    gaps: bool = False
    stack: bool = False  # the side tiers in one column (:func:`orgmodel.render.grid.plan_grid`)


@dataclass(frozen=True)
class Fit:
    """The smallest card name of a drawing (px at the preset's width) against its floor.

    >>> Fit(20.0, 24.0, 30).fits, Fit(20.0, 0.0, 30).fits
    (False, True)
    """

    name_px: float
    floor_px: float
    bodies: int

    @property
    def fits(self) -> bool:
        return self.name_px >= self.floor_px


class Diagram:
    """One drawing (a structure or a sheet) as a backend-neutral scene, written on demand.

    It holds the panels, their shared :attr:`grid`, the theme (with the preset applied), the
    :attr:`card_texts` and the titles; a writer lays it out when a format is first asked for
    (:attr:`positions` then hold the node boxes). Formats of one backend asked for in one
    :meth:`render` call share one layout; files are cached per format.
    """

    def __init__(self, panels: list[Panel], *, lang: str = "fi", preset: str | Preset = "screen",
                 theme: Theme | None = None, title: str = "", subtitle: str = "", footnote: str = "",
                 legend: bool = True, dpi: int | None = None) -> None:
        self.preset = get_preset(preset) if isinstance(preset, str) else preset
        self.theme = self.preset.apply(theme or DEFAULT_THEME, sheet=len(panels) > 1)
        if self.preset.compact and len(panels) > 1:
            from dataclasses import replace

            self.theme = replace(self.theme, ranksep=round(self.theme.ranksep * SHEET_RANKSEP, 3))
        self.lang = lang
        self.dpi = dpi or self.preset.dpi
        self.panels = panels
        self.title, self.subtitle, self.footnote, self.legend = title, subtitle, footnote, legend
        self._files: dict[str, bytes] = {}
        self._warnings: list[str] = []
        _refuse_long("title", title, MAX_TITLE)
        _refuse_long("footnote", footnote, MAX_FOOTNOTE)
        if len(subtitle) > MAX_TITLE:  # made from the model's source and version: cut, and say so
            self.subtitle = subtitle[:MAX_TITLE - 1] + "…"
            self._warnings.append(f"the subtitle was cut to {MAX_TITLE} characters")
        self.positions: dict[str, Box] = {}
        self._fitted = not self.preset.width_px  # a preset with a type floor fits its small type first
        self._layout: Layout | None = None  # as chosen by _choose_layout
        self._layout_fixed = False  # use_layout was called: nothing to choose

    @cached_property
    def grid(self) -> Grid:
        """The rows, bands and side columns every panel shares (:mod:`orgmodel.render.grid`)."""
        from .grid import plan_grid

        p = self.preset
        lay = self._layout or self._layout_options()[0]
        # a sheet drops only the bands that every panel leaves empty: the others stay aligned
        return plan_grid(self.panels, compact=p.compact, lists=lay.lists, drop_empty=p.compact,
                         row_limit=lay.row_limit, flat=lay.flat, share_side=p.compact, stack_side=lay.stack,
                         cols=sheet_columns(len(self.panels)) if p.fill else 0)

    def _layout_options(self) -> list[Layout]:
        """The layouts a compact preset tries, its own first (see :meth:`_choose_layout`).

        A sheet's panels share the width: their rows wrap at a share of the preset's limit
        first, and a subordinate goes under its superior before beside it. List cards are
        tried first and then left out (a list of long names can be taller than its cards).
        """
        p, n = self.preset, len(self.panels)
        if not p.compact:
            return [Layout(p.row_limit, False, False)]
        if n == 1:
            limits = dict.fromkeys((p.row_limit, *LAYOUT_ROW_LIMITS))
            flats = (True, False)
        else:
            own = max(SHEET_ROW_MIN, p.row_limit // sheet_columns(n))
            limits = dict.fromkeys((own, *(k for k in (SHEET_ROW_MIN, *LAYOUT_ROW_LIMITS) if k < p.row_limit)))
            flats = (False, True)
            # a sheet is short of height: only the gaps buses run in widened, and every gap, both tried
            return [Layout(k, flat, lists, gaps) for lists in (True, False) for gaps in (True, False)
                    for flat in flats for k in limits]
        return [Layout(k, flat, lists) for lists in (True, False) for flat in flats for k in limits]

    def use_layout(self, option: Layout) -> Diagram:
        """Draw with ``option`` rather than the layout a compact preset would choose."""
        self._layout_fixed = True
        self._use_layout(option)
        return self

    def _use_layout(self, option: Layout) -> None:
        from .graphviz import forget

        self._layout = option
        for cached in ("grid", "card_texts"):
            self.__dict__.pop(cached, None)
        self._files.clear()
        forget(self)

    def _choose_layout(self) -> None:
        """Of the layouts :meth:`_layout_options` gives, keep the one whose card names come out
        largest (the first of equals): the most legible layout, never a smaller type."""
        from dataclasses import replace

        from .measure import text_sizes

        if self._layout_fixed:
            return
        p, sheet = self.preset, len(self.panels) > 1
        if sheet and p.width_px and p.dense_floor_px:
            # the small type a sheet's names at their floor need, set before choosing: raised
            # after, it would make every layout taller than the one that was measured
            self.theme = replace(self.theme, **self._small_type_at(p.dense_floor_px / self.theme.name_size))

        def name_px(option: Layout) -> float:
            self._use_layout(option)
            self.render("svg")
            return text_sizes(self.svg(), self.preset.width_px).name_px

        tried = [(name_px(option), option) for option in self._layout_options()]
        if not tried:
            return
        best = max(tried, key=lambda t: t[0])  # the first of equals
        # widening only the gaps buses run in saves height but can cost width, and so does one
        # side column for both side tiers: each tried on the two best (a sheet tried both gap
        # modes already, see _layout_options)
        for change in ({"stack": True},) if sheet else ({"gaps": True}, {"stack": True}):
            for px0, option in sorted(tried, key=lambda t: -t[0])[:GAP_TRIES]:
                px = name_px(replace(option, **change))
                if px > max(px0, best[0]) + 0.05:
                    best = (px, replace(option, **change))
                    tried.append(best)
        # then the card width: narrower cards wrap names onto more lines (a sheet: for its best few).
        # Once the names meet the floor, cards are not narrowed for larger type: words broken at
        # every syllable read worse from the back of the room than whole words a little smaller.
        width, theme, chosen = self.theme.card_width, self.theme, self.theme
        floor = self.name_floor_px if p.width_px else 0.0
        ranked = [o for _, o in sorted(tried, key=lambda t: -t[0])]
        for option in dict.fromkeys(ranked[:SHEET_WIDTH_TRIES if sheet else 1]):
            for factor in SHEET_CARD_WIDTH_FACTORS if sheet else CARD_WIDTH_FACTORS:
                if factor < 1 and floor and best[0] >= floor:
                    continue
                self.theme = replace(theme, card_width=round(width * factor, 3))
                px = name_px(option)
                if px > best[0] + 0.05:
                    best, chosen = (px, option), self.theme
        self.theme = chosen
        self._use_layout(best[1])

    @property
    def layout_gaps(self) -> bool:
        """Whether only the gaps buses run in are widened for them (:attr:`Layout.gaps`)."""
        return self._layout is not None and self._layout.gaps

    @cached_property
    def card_texts(self) -> dict[str, CardText]:
        """The text of every card, by grid node (:mod:`orgmodel.render.labels`)."""
        from orgmodel.tiers import TIER_OF_KIND

        from .labels import card_text, list_card_text

        # a compact side column's heading names the kind of a tier of one kind (advocacy bodies)
        kinds_of: dict[object, int] = {}
        for tier in TIER_OF_KIND.values():
            kinds_of[tier] = kinds_of.get(tier, 0) + 1
        return {item.node: list_card_text(list(item.members), self.lang) if item.members
                else card_text(item.body, item.mark, self.lang,
                               kind_said=self.preset.compact and item.side and kinds_of.get(item.tier) == 1)
                for item in self.grid.items}

    @property
    def plan(self) -> Plan:
        """The Graphviz plan (DOT source and what is painted after layout), built on first use."""
        from .graphviz import plan_of

        return plan_of(self)

    @property
    def dot(self) -> str:
        """The Graphviz source (deterministic: same input and options, same text)."""
        return self.plan.dot

    def render(self, *formats: str) -> Diagram:
        """Draw ``formats`` (default: all) now; later calls reuse the files.

        Formats of one backend asked for together share one layout; each is drawn at most once.
        """
        if not self._fitted:
            self._fit_small_type()
        wanted = [writer(f) for f in dict.fromkeys(formats or FORMATS) if f not in self._files]
        by_backend: dict[str, list[str]] = {}
        for w in wanted:
            by_backend.setdefault(w.backend, []).append(w.name)
        for names in by_backend.values():
            out = writer(names[0]).backend_render()(self, tuple(names))
            self._files.update(out.files)
            self._warnings.extend(x for x in out.warnings if x not in self._warnings)
            self.positions = out.positions or self.positions
        return self

    def _fit_small_type(self) -> None:
        """Raise the title and the small type (kind lines, details, legend, labels) to the preset's
        floor at the scale the drawing comes out at; card names are never shrunk for it."""
        from dataclasses import replace

        from .measure import text_sizes

        self._fitted = True
        self._choose_layout()
        p = self.preset
        for _ in range(3):  # the layout grows a little with the type: measure again
            self._files.clear()
            self.render("svg")
            sizes = text_sizes(self.svg(), p.width_px)
            if not sizes.name_px:
                return
            grow = self._small_type_at(sizes.name_px / self.theme.name_size)  # px per point at this scale
            if not grow or (sizes.text_px >= p.text_floor_px and sizes.title_px >= p.title_floor_px):
                return
            self.theme = replace(self.theme, **grow)
            self._files.clear()
            from .graphviz import forget

            forget(self)

    def _small_type_at(self, unit: float) -> dict[str, Any]:
        """The small type and title sizes (points) that meet the preset's floor at ``unit`` px per
        point, where they are larger than the theme's: never past a share of the names' size."""
        p, t = self.preset, self.theme
        # small type stays smaller than what it qualifies, but where names sit at their floor it
        # may come as close to them as the text floor needs (16 px under 18 px names on a sheet)
        floor = self.name_floor_px
        top = t.name_size * max(SMALL_TYPE_CAP, p.text_floor_px / floor if floor else 0.0)
        want = {k: min(math.ceil(p.text_floor_px / unit), top) for k in SMALL_TYPE}
        want["title_size"] = min(math.ceil(p.title_floor_px / unit), t.name_size * TITLE_CAP)
        return {k: float(v) for k, v in want.items() if v > getattr(t, k)}

    @property
    def bodies(self) -> int:
        """The bodies of every panel."""
        return sum(len(p.org.bodies) for p in self.panels)

    @property
    def name_floor_px(self) -> float:
        """The least card-name size this drawing is held to (px at the preset's width; 0: none)."""
        return self.preset.name_floor(self.bodies, len(self.panels))

    @cached_property
    def fit(self) -> Fit:
        """How the drawing meets its preset's type floor (:class:`Fit`), measured on its SVG."""
        from .measure import text_sizes

        sizes = text_sizes(self.svg(), self.preset.width_px or 1920)
        return Fit(sizes.name_px, self.name_floor_px, self.bodies)

    @property
    def warnings(self) -> list[str]:
        """What the backend reported while laying out and rendering (empty for a good drawing)."""
        if not self._files:
            self.render("svg")
        return list(self._warnings)

    def svg(self) -> str:
        return self.data("svg").decode("utf-8")

    def pdf(self) -> bytes:
        return self.data("pdf")

    def png(self) -> bytes:
        return self.data("png")

    def data(self, fmt: str) -> bytes:
        """The file in ``fmt`` (any name of :data:`FORMATS`) as bytes."""
        self.render(fmt)
        return self._files[fmt]

    def save(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the drawing atomically; the format follows the suffix unless ``fmt`` is given."""
        from orgmodel._util import write_atomic

        p = Path(path)
        write_atomic(p, self.data(fmt or format_of(p)))
        return p

    def _repr_svg_(self) -> str:
        """Jupyter shows the diagram inline (SVG only: text stays text, notebooks stay small)."""
        return self.svg()

    def __repr__(self) -> str:
        names = ", ".join(p.title for p in self.panels)
        return f"<Diagram of {names} ({self.preset.name}, {self.lang})>"


def diagram(org: Organisation, *, lang: str = "fi", preset: str | Preset = "screen", theme: Theme | None = None,
            variant: dict[str, str] | None = None, title: str | None = None, footnote: str = "",
            legend: bool = True, dpi: int | None = None) -> Diagram:
    """The diagram of one structure. With open choices, one variant is drawn (the first
    alternatives unless ``variant`` picks others) and the bodies that depend on a choice are marked.
    """
    from .scene import panel_for

    panel = panel_for(org, lang, variant, title)
    return Diagram([panel], lang=lang, preset=preset, theme=theme, title=panel.title, subtitle=panel.subtitle,
                   footnote=footnote, legend=legend, dpi=dpi)


def sheet(orgs: Iterable[Organisation], *, baseline: Organisation | None = None, lang: str = "fi",
          preset: str | Preset = "screen", theme: Theme | None = None, title: str = "", subtitle: str = "",
          footnote: str = "", legend: bool = True, dpi: int | None = None,
          mapping: dict[str, str] | None = None) -> Diagram:
    """Several structures side by side on one grid, at one scale, with one legend.

    With ``baseline``, every other structure is marked against it (added, removed, changed kind or
    seats) using :func:`orgmodel.compare.diff.diff_structures`; a structure that *is* the baseline
    (the same object, or equal) is labelled as such.
    """
    from orgmodel.words import word

    from .scene import mark_against, panel_for

    orgs = list(orgs)
    bases = [panel_for(org, lang) for org in orgs]
    common = _common_subtitle(bases) if (get_preset(preset) if isinstance(preset, str) else preset).compact else ""
    panels = []
    for org, panel in zip(orgs, bases, strict=True):
        if common:  # said once, under the sheet's title, rather than under every panel's
            panel.subtitle = ""
        if baseline is not None:
            if org is baseline or org == baseline:
                panel.badge = word("diagram.baseline", lang)
            else:
                from orgmodel.compare.diff import diff_structures

                base = baseline.variant() if baseline.choices else baseline
                panel = mark_against(panel, base, diff_structures(base, panel.org, mapping), lang)
        panels.append(panel)
    if not panels:
        raise UserError("a sheet needs at least one structure")
    if baseline is not None and not subtitle:
        subtitle = f"{word('diagram.compared', lang)}: {baseline.name(lang)}"
    subtitle = "\n".join(x for x in (subtitle, common) if x)
    title = title or word("diagram.sheet_title", lang)  # an untitled slide would open on blank space
    return Diagram(panels, lang=lang, preset=preset, theme=theme, title=title, subtitle=subtitle,
                   footnote=footnote, legend=legend, dpi=dpi)


def _common_subtitle(panels: list[Panel]) -> str:
    """The subtitle (source, version) every one of several panels has, or ''.

    >>> from orgmodel.render.scene import Panel
    >>> _common_subtitle([Panel(None, "A", "Lähde: X"), Panel(None, "B", "Lähde: X")])  # type: ignore[arg-type]
    'Lähde: X'
    >>> _common_subtitle([Panel(None, "A", "Lähde: X"), Panel(None, "B", "Lähde: Y")])  # type: ignore[arg-type]
    ''
    """
    subtitles = {p.subtitle for p in panels}
    return subtitles.pop() if len(panels) > 1 and len(subtitles) == 1 else ""


def sheet_pages(orgs: Iterable[Organisation], *, preset: str | Preset = "screen", **options: Any) -> list[Diagram]:
    """Several structures as sheets on pages of fixed shape (a slide), in order: four on a page
    as 2 x 2 (:data:`PAGE_PANELS`) only when that page meets the comparison floor
    (:attr:`Diagram.fit`), otherwise pages of two side by side, an odd last one alone (never a
    strip). With a ``baseline`` among them and pages of two, each page shows the baseline beside
    one of the others. ``options`` are those of :func:`sheet`; on other presets everything goes
    on one sheet.
    On a preset with a floor, a 2 x 2 page is laid out to be measured (the pages of two are not yet).

    >>> from orgmodel.io import load
    >>> org = load("tests/fixtures/render/minimal.yaml")
    >>> [len(d.panels) for d in sheet_pages([org] * 6, preset="slide")]
    [4, 2]
    >>> region = load("tests/fixtures/render/region.yaml")
    >>> [len(d.panels) for d in sheet_pages([region] * 5, preset="slide")]
    [2, 2, 1]
    """
    every = list(orgs)
    p = get_preset(preset) if isinstance(preset, str) else preset
    if not p.fill:
        return [sheet(every, preset=preset, **options)] if every else []
    base = options.get("baseline")
    others = [o for o in every if not (o is base or o == base)]
    if base is not None and len(others) > 1 and len(others) < len(every) and p.width_px:
        four = sheet([base, *others[:PAGE_PANELS - 1]], preset=preset, **options)
        if not four.fit.fits:
            # marked against a baseline that pages of two cannot all show: the baseline beside each
            # of the others, so that every page shows what it is compared with
            return [sheet([base, other], preset=preset, **options) for other in others]
    pages: list[Diagram] = []
    k = 0
    while k < len(every):
        rest = every[k:]
        if len(rest) > 2:
            four = sheet(rest[:PAGE_PANELS], preset=preset, **options)
            if not p.width_px or four.fit.fits:
                pages.append(four)
                k += len(four.panels)
                continue
        pages.append(sheet(rest[:2], preset=preset, **options))
        k += len(pages[-1].panels)
    return pages


def variants_sheet(org: Organisation, *, lang: str = "fi", preset: str | Preset = "screen",
                   theme: Theme | None = None, footnote: str = "", dpi: int | None = None,
                   max_variants: int | None = MAX_VARIANTS) -> Diagram:
    """Every variant of a structure with open choices, side by side (more than ``max_variants``:
    a :class:`~orgmodel.errors.UserError`, see :data:`orgmodel.variants.MAX_VARIANTS`)."""
    from orgmodel.words import word

    from .scene import panel_for

    panels = []
    for selection, _ in org.variants(max_variants):
        labels = []
        for choice in org.choices:
            alt = next(a for a in choice.alternatives if a.id == selection[choice.id])
            labels.append(alt.label.get(lang))
        title = f"{word('diagram.variant', lang)}: " + ", ".join(labels) if labels else None
        panel = panel_for(org, lang, selection, title=title)
        panel.subtitle = ""
        panels.append(panel)
    from .scene import subtitle_of

    return Diagram(panels, lang=lang, preset=preset, theme=theme, title=org.name(lang),
                   subtitle=subtitle_of(org, lang), footnote=footnote, dpi=dpi)
