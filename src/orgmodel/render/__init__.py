"""Comparable diagrams of governance structures: one themed Graphviz renderer.

Every diagram has the same horizontal tier bands in the same order (council level on top, down to
group entities), advocacy bodies and outside parties in a column to the side, one card per body
(name, kind, seats, chairs), a legend of what is present, and a title with the source. A *sheet*
puts several structures side by side on one grid, optionally marking what differs from a baseline.

>>> from orgmodel.io import load
>>> org = load("tests/fixtures/render/region.yaml")  # doctest: +SKIP
>>> d = diagram(org, lang="fi", preset="slide")        # doctest: +SKIP
>>> d.save("region.svg"); d.save("region.png")         # doctest: +SKIP
>>> sheet([org, other], baseline=org).save("compare.pdf")  # doctest: +SKIP

Presets: ``slide`` (16:9, larger type, 1920 x 1080 PNG), ``a4`` (landscape page), ``screen``
(natural size). In Jupyter a :class:`Diagram` displays inline, and so does an Organisation
(see :mod:`orgmodel.render.notebook`). Importing this package is cheap: pygraphviz loads when the
first drawing is laid out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .theme import DEFAULT_THEME, PRESETS, Preset, Theme, preset as get_preset

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from .scene import Panel

__all__ = ["Diagram", "diagram", "sheet", "variants_sheet", "Theme", "DEFAULT_THEME", "PRESETS", "Preset",
           "FORMATS", "format_of"]

FORMATS = ("svg", "pdf", "png")


class Diagram:
    """One drawing (a structure or a sheet): DOT source now, laid out and rendered on demand.

    Formats asked for in one :meth:`render` call share one layout; files are cached per format.
    """

    def __init__(self, panels: list["Panel"], *, lang: str = "fi", preset: str | Preset = "screen",
                 theme: Theme | None = None, title: str = "", subtitle: str = "", footnote: str = "",
                 legend: bool = True, dpi: int | None = None) -> None:
        from .graphviz.dot import build

        self.preset = get_preset(preset) if isinstance(preset, str) else preset
        self.theme = self.preset.apply(theme or DEFAULT_THEME)
        self.lang = lang
        self.dpi = dpi or self.preset.dpi
        self.panels = panels
        self.plan = build(panels, self.theme, self.preset, lang, title, subtitle, footnote, legend)
        self._files: dict[str, bytes] = {}
        self._warnings: list[str] = []
        self.positions: dict[str, tuple[float, float, float, float]] = {}

    @property
    def dot(self) -> str:
        """The Graphviz source (deterministic: same input and options, same text)."""
        return self.plan.dot

    def render(self, *formats: str) -> "Diagram":
        """Lay out once and render ``formats`` (default: all) now; later calls reuse the files.

        Formats asked for together share one layout; each is rendered at most once.
        """
        from .graphviz.engine import render

        wanted = tuple(f for f in (formats or FORMATS) if f not in self._files)
        for fmt in wanted:
            if fmt not in FORMATS:
                from orgmodel.errors import UserError

                raise UserError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
        if wanted:
            out = render(self.plan, self.theme, self.preset, wanted, self.dpi)
            self._files.update(out.files)
            self._warnings.extend(w for w in out.warnings if w not in self._warnings)
            self.positions = out.positions
        return self

    @property
    def warnings(self) -> list[str]:
        """What Graphviz printed while laying out and rendering (empty for a good drawing)."""
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
        """The file in ``fmt`` (svg, pdf or png) as bytes."""
        self.render(fmt)
        return self._files[fmt]

    def save(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the drawing atomically; the format follows the suffix unless ``fmt`` is given."""
        from orgmodel.io import write_atomic

        p = Path(path)
        write_atomic(p, self.data(fmt or format_of(p)))
        return p

    def _repr_svg_(self) -> str:
        """Jupyter shows the diagram inline (SVG only: text stays text, notebooks stay small)."""
        return self.svg()

    def __repr__(self) -> str:
        names = ", ".join(p.title for p in self.panels)
        return f"<Diagram of {names} ({self.preset.name}, {self.lang})>"


def format_of(path: str | Path) -> str:
    """The output format a file name asks for.

    >>> format_of("out/kaavio.PNG")
    'png'
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        from orgmodel.errors import UserError

        raise UserError(f"{path}: cannot tell the format from the suffix; use .svg, .pdf or .png (or --format)")
    return suffix


def diagram(org: "Organisation", *, lang: str = "fi", preset: str | Preset = "screen", theme: Theme | None = None,
            variant: dict[str, str] | None = None, title: str | None = None, footnote: str = "",
            legend: bool = True, dpi: int | None = None) -> Diagram:
    """The diagram of one structure. With open choices, one variant is drawn (the first
    alternatives unless ``variant`` picks others) and the bodies that depend on a choice are marked.
    """
    from .scene import panel_for

    panel = panel_for(org, lang, variant, title)
    return Diagram([panel], lang=lang, preset=preset, theme=theme, title=panel.title, subtitle=panel.subtitle,
                   footnote=footnote, legend=legend, dpi=dpi)


def sheet(orgs: Iterable["Organisation"], *, baseline: "Organisation | None" = None, lang: str = "fi",
          preset: str | Preset = "screen", theme: Theme | None = None, title: str = "", subtitle: str = "",
          footnote: str = "", legend: bool = True, dpi: int | None = None,
          mapping: dict[str, str] | None = None) -> Diagram:
    """Several structures side by side on one grid, at one scale, with one legend.

    With ``baseline``, every other structure is marked against it (added, removed, changed kind or
    seats) using :func:`orgmodel.compare.diff.diff_structures`; a structure that *is* the baseline
    (the same object, or equal) is labelled as such.
    """
    from .scene import mark_against, panel_for
    from .words import word

    panels = []
    for org in orgs:
        panel = panel_for(org, lang)
        if baseline is not None:
            if org is baseline or org == baseline:
                panel.badge = word("baseline", lang)
            else:
                from orgmodel.compare.diff import diff_structures

                base = baseline.variant() if baseline.choices else baseline
                panel = mark_against(panel, base, diff_structures(base, panel.org, mapping), lang)
        panels.append(panel)
    if not panels:
        from orgmodel.errors import UserError

        raise UserError("a sheet needs at least one structure")
    if baseline is not None and not subtitle:
        subtitle = f"{word('compared', lang)}: {baseline.name(lang)}"
    title = title or word("sheet_title", lang)  # an untitled slide would open on blank space
    return Diagram(panels, lang=lang, preset=preset, theme=theme, title=title, subtitle=subtitle,
                   footnote=footnote, legend=legend, dpi=dpi)


def variants_sheet(org: "Organisation", *, lang: str = "fi", preset: str | Preset = "screen",
                   theme: Theme | None = None, footnote: str = "", dpi: int | None = None) -> Diagram:
    """Every variant of a structure with open choices, side by side."""
    from .scene import panel_for
    from .words import word

    panels = []
    for selection, _ in org.variants():
        labels = []
        for choice in org.choices:
            alt = next(a for a in choice.alternatives if a.id == selection[choice.id])
            labels.append(alt.label)
        panel = panel_for(org, lang, selection, title=f"{word('variant', lang)}: " + ", ".join(labels) if labels else None)
        panel.subtitle = ""
        panels.append(panel)
    from .scene import subtitle_of

    return Diagram(panels, lang=lang, preset=preset, theme=theme, title=org.name(lang),
                   subtitle=subtitle_of(org, lang), footnote=footnote, dpi=dpi)
