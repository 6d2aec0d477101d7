"""Charts of a comparison for papers: the six-axis profile, elected seats by tier, bodies by kind.

matplotlib is imported here and nowhere else in :mod:`orgmodel.compare`. Colours come from the
diagram theme (:mod:`orgmodel.render.theme`): a body kind has the same colour in a chart as its
card has in a diagram, a tier the colour of the kind that defines it. Text is DejaVu Sans, the
diagrams' font, embedded in a PDF as TrueType (text stays text) and drawn as glyph paths in an SVG
(it looks the same in every program).

What a chart never does: draw an unknown value as 0. An axis the model cannot answer is a
hatched cell with '–'; a structure whose seat counts are partly unknown gets a dashed outline to
the known lower bound ('≥ 90'), one with none known the words 'not known', never a bar of 0.
Row labels are the structures' titles (a variant's alternatives by their labels, not their ids),
at most two lines, and each row is tall enough for its label, so labels never overlap; with a
``size`` too small for the rows, the text shrinks to fit instead.

Each chart has a ``*_figure`` function returning a matplotlib Figure (for notebooks) and a
function of the same name without the suffix that saves it (PDF and SVG vector, PNG raster; the
same input gives the same bytes). Both take ``size=(width, height)`` in inches (the saved file
has exactly that size) and ``title`` (None: the default title; '': no title, for a caption).

>>> from orgmodel.compare.tables import compare                      # doctest: +SKIP
>>> axes_profile(compare(orgs), "profile.pdf", size=(3.5, 5), title="")  # doctest: +SKIP
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator

from orgmodel.errors import UserError
from orgmodel.kinds import KIND_SPECS
from orgmodel.render import theme as _theme
from orgmodel.render.theme import Theme
from orgmodel.vocab import BodyKind, Tier
from orgmodel.words import word

from .axes import AXES
from .metrics import SELF_KINDS

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.typing import RcKeyType

    from .tables import Column, Comparison

THEME = _theme.DEFAULT_THEME
#: The kind whose style colours each tier's bars (the kind specs say which).
TIER_KIND: dict[Tier, BodyKind] = {spec.tier: kind for kind, spec in KIND_SPECS.items() if spec.stands_for_tier}
#: The profile's cells: light to dark in the theme's blue (one hue: readable in greyscale and by the colour-blind).
PROFILE_COLOURS = LinearSegmentedColormap.from_list("orgmodel-profile", ["#F4F7FB", _theme.BLUE, "#1B3558"])
MISSING = "–"  # an unknown value, in every chart as in the tables
LABEL_SHARE = 0.36  # of the figure's width, at most, for the row labels (two lines each at most)
LABEL_SHARE_NARROW = 0.45  # the same in a figure narrower than 5 in (a journal column)
POINTS = 72.0  # per inch


def _scale(width_in: float) -> float:
    """Text size factor: a figure narrower than 6 in (a journal column) gets 80 % of the theme's sizes."""
    return 1.0 if width_in >= 6 else 0.8


def _style(theme: Theme = THEME, scale: float = 1.0) -> dict[RcKeyType, Any]:
    size = theme.legend_size * scale
    return {
        "font.family": theme.font, "font.size": size, "axes.titlesize": theme.panel_title_size * 0.85 * scale,
        "figure.titlesize": theme.panel_title_size * 0.85 * scale,
        "axes.labelsize": size, "xtick.labelsize": size * 0.9,
        "ytick.labelsize": size, "legend.fontsize": size * 0.9,
        "text.color": theme.text, "axes.labelcolor": theme.text, "axes.edgecolor": theme.separator,
        "xtick.color": theme.muted_text, "ytick.color": theme.text,
        "pdf.fonttype": 42,          # TrueType in the PDF: text stays text, as journals ask
        "svg.fonttype": "path",      # SVG looks the same on every machine, pasted into any slide tool
        "svg.hashsalt": "orgmodel",  # fixed ids: same input, same bytes
    }


def _new_figure(width: float, height: float, theme: Theme = THEME) -> Figure:
    fig = Figure(figsize=(width, height), facecolor=theme.background, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _title(fig: Figure, title: str | None, default: str) -> None:
    """The figure's title: ``default`` for None, none for ''."""
    text = default if title is None else title
    if text:
        fig.suptitle(text, x=0.01, ha="left", fontweight="bold")


def row_label(text: str, width_pt: float, size: float, max_lines: int = 2, keep: str = "") -> str:
    """A row label no wider than ``width_pt`` at ``size`` points (measured in the chart's font), at
    most ``max_lines`` lines: ``text`` shortened with '…' when it is longer, ``keep`` (a variant's
    '[alternative]') always whole at the end, so that two variants never look the same.

    >>> row_label("Päijät-Häme 2018", 200, 10, keep="[Valiokunnat]")
    'Päijät-Häme 2018 [Valiokunnat]'
    >>> print(row_label("Keski-Suomen maakuntakonserni, hallintosääntöluonnos 2018, osittainen luettelo", 150, 10))
    Keski-Suomen maakunta‐
    konserni, hallintosääntölu…
    >>> print(row_label("Pohjois-Karjalan maakunta (malli, luonnos 16.5.2018)", 150, 10, keep="[Valitusjaosto]"))
    Pohjois-Karjalan maakunta
    (malli, luon… [Valitusjaosto]
    """
    from orgmodel.render.text import wrap

    def lines_of(head: str) -> list[str]:
        return wrap(f"{head} {keep}" if keep else head, width_pt, size)

    lines = lines_of(text)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    if keep and _text_width(keep, size) > width_pt * max_lines * 0.55:  # a long alternative: half the room at most
        while len(keep) > 4 and _text_width(keep, size) > width_pt * max_lines * 0.55:
            keep = keep[:-1]
        keep = keep.rstrip(" ]") + "…]"
    head = text
    while head and len(lines_of(head.rstrip(" ‐,") + "…")) > max_lines:
        head = head[:-1]
    if not head.strip():  # not even one character fits beside what must stay: it stays, on its own lines
        return "\n".join(wrap(keep or text, width_pt, size)[:max_lines])
    lines = lines_of(head.rstrip(" ‐,") + "…")
    return "\n".join(lines)


def _labels(cols: list[Column], lang: str, width_in: float, size: float, max_lines: int = 2) -> list[str]:
    width_pt = width_in * (LABEL_SHARE if width_in >= 5 else LABEL_SHARE_NARROW) * POINTS
    return [row_label(c.org.name(lang), width_pt, size, max_lines, f"[{c.picked(lang)}]" if c.variant else "")
            for c in cols]


def _row_labels(cols: list[Column], lang: str, width_in: float, height_in: float | None, font: float
                ) -> tuple[list[str], float]:
    """Row labels and their font: two lines at the theme's size while the rows fit in ``height_in``
    (None: the figure grows to fit), else one line, else a smaller font."""
    labels = _labels(cols, lang, width_in, font)
    if height_in is None or _row_height(labels, font) * len(cols) <= height_in:
        return labels, font
    for lines in (2, 1):  # the font that fits the rows; two lines while that keeps it readable (6 pt)
        fitted = max(3.0, min(font, height_in * POINTS / len(cols) / (lines * 1.3 + 0.55)))
        if fitted >= 6.0 or lines == 1:
            return _labels(cols, lang, width_in, fitted, max_lines=lines), fitted
    raise AssertionError("unreachable")


def _legend(fig: Figure, handles: Sequence[Any]) -> None:
    """The legend under the chart, in as many columns as the width holds (labels wrap at 2.2 in)."""
    from orgmodel.render.text import wrap

    width = fig.get_figwidth()
    size = THEME.legend_size * 0.9 * _scale(width)
    ncols = _legend_columns(width, len(handles))
    for handle in handles:
        handle.set_label("\n".join(wrap(str(handle.get_label()), min(2.2, width / ncols - 0.45) * POINTS, size)))
    fig.legend(handles=handles, loc="outside lower center", ncols=ncols, frameon=False)


def _legend_columns(width_in: float, entries: int) -> int:
    return max(1, min(entries, max(2, int(width_in / 2.5))))


def _text_width(text: str, size: float) -> float:
    """Points: the widest line of ``text`` in the chart's font."""
    from orgmodel.render.fonts import metrics

    return max(metrics().width(line, size, False) for line in text.split("\n"))


def _row_height(labels: Sequence[str], font_pt: float) -> float:
    """Inches per row: its label's lines at 1.3 line spacing, plus a gap."""
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    return (lines * 1.3 * font_pt + 0.55 * font_pt) / POINTS


def save_figure(fig: Figure, path: str | os.PathLike[str], theme: Theme = THEME) -> Path:
    """Write ``fig`` to ``path`` (.pdf, .svg or .png) atomically and deterministically, in ``theme``'s
    fonts, at exactly the figure's size."""
    from orgmodel._util import write_atomic

    p = Path(path)
    fmt = p.suffix.lower().lstrip(".")
    metadata = {"pdf": {"CreationDate": None, "ModDate": None}, "svg": {"Date": None},
                "png": {"Software": None}}.get(fmt)
    if metadata is None:
        raise UserError(f"{p}: a chart is written as .pdf, .svg or .png")
    buf = io.BytesIO()
    with rc_context(_style(theme)):  # set for this drawing only, restored afterwards
        fig.savefig(buf, format=fmt, metadata=metadata, dpi=200)
    write_atomic(p, buf.getvalue())
    return p


def _bar_axes(ax: Axes, labels: list[str], font_pt: float, xlabel: str, width_in: float,
              ends: Sequence[tuple[float, str]] = ()) -> None:
    """What the two bar charts share: structure names on the left, whole-number ticks, no box; the
    x range reaches far enough for the notes at the bars' ends (``ends``: bar end, note)."""
    ax.set_yticks(range(len(labels)), labels, fontsize=font_pt)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    if ends:
        label_pt = max(_text_width(label, font_pt) for label in labels)
        axes_pt = width_in * POINTS - label_pt - 30
        right = max((x / max(axes_pt - _text_width(note, font_pt * 0.9) - 8, axes_pt * 0.3) * axes_pt
                     for x, note in ends), default=1.0)
        right = max(right, 1.0)
        ax.set_xlim(0, right)
        # no tick at the very end: its number would stick out of the figure
        ax.set_xticks([t for t in MaxNLocator(nbins=6, integer=True).tick_values(0, right) if 0 <= t <= right * 0.95])
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", length=0)


def _bar_layout(cols: list[Column], lang: str, theme: Theme, size: tuple[float, float] | None,
                legend_rows: int) -> tuple[Figure, list[str], float]:
    """A bar chart's figure, row labels and row font: rows tall enough for their labels."""
    width = size[0] if size else 8.0
    legend_in = 0.32 * math.ceil(legend_rows / _legend_columns(width, legend_rows))  # the legend under the chart
    chrome_in = 1.0 + legend_in  # title, x axis, legend
    labels, font = _row_labels(cols, lang, width, size[1] - chrome_in if size else None,
                               theme.legend_size * _scale(width))
    height = size[1] if size else chrome_in + _row_height(labels, font) * len(cols)
    return _new_figure(width, height, theme), labels, font


# --- the axes profile -------------------------------------------------------------------------


def _decimal(value: float, lang: str) -> str:
    return f"{value:.2f}".replace(".", word("number.decimal_point", lang))


def axes_profile_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME, *,
                        size: tuple[float, float] | None = None, title: str | None = None) -> Figure:
    """The six axes as a table of cells: one row per structure, one column per axis, the score in
    the cell and its shade (darker: nearer 1, the first pole of the question). An axis the model
    cannot answer is a hatched cell with '–'. Each cell is a Rectangle whose gid is
    'cell:<row>:<axis id>'; a missing one is 'missing:<row>:<axis id>'. In a narrow figure the
    columns are headed by the axis numbers and the note under the table names them.
    """
    from orgmodel.render.text import wrap

    cols = comparison.columns
    width = size[0] if size else 8.0
    font = theme.legend_size * _scale(width)
    head_font = font * 0.85
    label_in = max((_text_width(label, font) for label in _labels(cols, lang, width, font)), default=0.0) / POINTS
    column_pt = (width - label_in - 0.35) / len(AXES) * POINTS - 6  # a little air between headers
    compact = column_pt < 48  # too narrow for the questions: numbers, and a key under the table
    heads = [f"{a.number}. {a.label(lang)}" for a in AXES]
    headers = [str(a.number) for a in AXES] if compact else ["\n".join(wrap(h, column_pt, head_font)) for h in heads]
    note_lines = [line for text in [*(heads if compact else []), word("chart.profile_note", lang)]
                  for line in wrap(text, (width - 0.3) * POINTS, head_font)]
    lines = max(h.count("\n") + 1 for h in headers) + len(note_lines)
    chrome_in = lines * 1.3 * head_font / POINTS + 0.45 + (0.35 if title != "" else 0)  # headers, note, title
    with rc_context(_style(theme, _scale(width))):  # set for this drawing only, restored afterwards
        labels, font = _row_labels(cols, lang, width, size[1] - chrome_in if size else None, font)
        height = size[1] if size else chrome_in + max(_row_height(labels, font), 0.3) * len(cols)
        fig = _new_figure(width, height, theme)
        ax = fig.add_subplot()
        for y, c in enumerate(cols):
            for x, axis in enumerate(AXES):
                value = c.scores[axis.id]
                if value is None:
                    ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=theme.background, hatch="////",
                                           edgecolor=theme.separator, linewidth=0, gid=f"missing:{y}:{axis.id}"))
                    ax.text(x, y, MISSING, ha="center", va="center", fontsize=font, color=theme.muted_text)
                    continue
                shade = PROFILE_COLOURS(value)
                ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=shade, edgecolor=theme.background,
                                       linewidth=1.5, gid=f"cell:{y}:{axis.id}"))
                r, g, b = to_rgb(shade)
                dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5
                ax.text(x, y, _decimal(value, lang), ha="center", va="center", fontsize=font * 0.95,
                        color="white" if dark else theme.text)
        ax.set_xlim(-0.5, len(AXES) - 0.5)
        ax.set_ylim(len(cols) - 0.5, -0.5)
        ax.set_yticks(range(len(cols)), labels, fontsize=font)
        ax.xaxis.tick_top()
        ax.set_xticks(range(len(AXES)), headers, fontsize=head_font)
        fig.supxlabel("\n".join(note_lines), x=0.01, ha="left", fontsize=head_font, color=theme.muted_text)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        _title(fig, title, word("chart.profile", lang))
    return fig


def axes_profile(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi", theme: Theme = THEME,
                 *, size: tuple[float, float] | None = None, title: str | None = None) -> Path:
    """Draw :func:`axes_profile_figure` to ``path``."""
    return save_figure(axes_profile_figure(comparison, lang, theme, size=size, title=title), path, theme)


# --- seats by tier ----------------------------------------------------------------------------


def seats_by_tier_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME, *,
                         size: tuple[float, float] | None = None, title: str | None = None) -> Figure:
    """One horizontal bar per structure whose seat counts are all known, stacked by tier (minimum
    seats); a hatched end shows how far the maximum reaches when some counts are ranges. A
    structure with unknown counts gets no bar: a dashed outline to the seats that are known
    ('≥ N', with how many bodies lack a count), or the words 'not known' when none is."""
    cols = comparison.columns
    whole = [i for i, c in enumerate(cols) if c.metrics.seats_min is not None]
    tiers = [t for t in Tier.ordered() if any(cols[i].metrics.seats_max_by_tier[t.value] for i in whole)]
    with rc_context(_style(theme, _scale(size[0] if size else 8.0))):  # for this drawing only, restored afterwards
        fig, labels, font = _bar_layout(cols, lang, theme, size, len(tiers) + 2)
        ax = fig.add_subplot()
        left = [0] * len(whole)
        for t in tiers:
            style = theme.kind(TIER_KIND[t])
            widths = [cols[i].metrics.seats_min_by_tier[t.value] or 0 for i in whole]
            ax.barh(whole, widths, left=left, color=style.border, edgecolor="white", linewidth=0.8,
                    label=t.label(lang), height=0.62)
            left = [a + b for a, b in zip(left, widths, strict=True)]  # one of each per structure
        extra = [(cols[i].metrics.seats_max or 0) - (cols[i].metrics.seats_min or 0) for i in whole]
        if any(extra):
            ax.barh(whole, extra, left=left, color="white", edgecolor=theme.muted_text, hatch="///",
                    linewidth=0.8, label=word("chart.range", lang), height=0.62)
        partial = [i for i, c in enumerate(cols) if c.metrics.seats_min is None and c.metrics.seats_known_min]
        if partial:
            ax.barh(partial, [cols[i].metrics.seats_known_min or 0 for i in partial], fill=False,
                    edgecolor=theme.muted_text, linestyle="--", linewidth=1.0, height=0.62,
                    label=word("chart.seats_known", lang))
        for y, c in enumerate(cols):
            x, note = _seats_note(c, lang)
            ax.text(x, y, note, fontsize=font * 0.9, va="center", gid=f"seats:{y}",
                    color=theme.text if c.metrics.seats_min is not None else theme.muted_text)
        _bar_axes(ax, labels, font, word("chart.seats_axis", lang), fig.get_figwidth(),
                  [_seats_note(c, lang) for c in cols])
        _legend(fig, ax.get_legend_handles_labels()[0])
        _title(fig, title, word("chart.seats", lang))
    return fig


def _seats_note(c: Column, lang: str) -> tuple[float, str]:
    """(x, text) of the note at a seats bar's end: the total, '≥ known (n without a count)', or 'not known'."""
    m = c.metrics
    if m.seats_min is not None and m.seats_max is not None:
        return m.seats_max + 1, str(m.seats_min) if m.seats_min == m.seats_max else f"{m.seats_min}–{m.seats_max}"
    unknown = word("chart.seats_unknown", lang, n=m.seats_unknown)
    if m.seats_known_min is None:
        return 0.5, word("chart.seats_not_known", lang)
    return (m.seats_known_max or 0) + 1, f"≥ {m.seats_known_min} ({unknown})"


def seats_by_tier(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi", theme: Theme = THEME,
                  *, size: tuple[float, float] | None = None, title: str | None = None) -> Path:
    """Draw :func:`seats_by_tier_figure` to ``path``."""
    return save_figure(seats_by_tier_figure(comparison, lang, theme, size=size, title=title), path, theme)


# --- bodies by kind ---------------------------------------------------------------------------


def bodies_by_kind_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME, *,
                          size: tuple[float, float] | None = None, title: str | None = None) -> Figure:
    """One horizontal bar per structure, stacked by body kind in the diagram's card colours,
    each segment labelled with its count (the organisation itself is not a body: not drawn)."""
    cols = comparison.columns
    kinds = [k for k in BodyKind if k not in SELF_KINDS and any(c.metrics.bodies_by_kind[k.value] for c in cols)]
    with rc_context(_style(theme, _scale(size[0] if size else 8.0))):  # for this drawing only, restored afterwards
        fig, labels, font = _bar_layout(cols, lang, theme, size, len(kinds))
        ax = fig.add_subplot()
        ys = list(range(len(cols)))
        left = [0] * len(cols)
        handles = []
        for k in kinds:
            style = theme.kind(k)
            widths = [c.metrics.bodies_by_kind[k.value] for c in cols]
            ax.barh(ys, widths, left=left, color=style.fill, edgecolor=style.border, linewidth=1.0, height=0.62)
            for y, x0, n in zip(ys, left, widths, strict=True):  # one of each per structure
                if n:
                    ax.text(x0 + n / 2, y, str(n), ha="center", va="center", fontsize=min(theme.kind_size, font),
                            color=theme.text)
            handles.append(Patch(facecolor=style.fill, edgecolor=style.border, label=k.label(lang)))
            left = [a + b for a, b in zip(left, widths, strict=True)]
        _bar_axes(ax, labels, font, word("chart.bodies_axis", lang), fig.get_figwidth(),
                  [(float(total), "00") for total in left])
        _legend(fig, handles)
        _title(fig, title, word("chart.kinds", lang))
    return fig


def bodies_by_kind(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi", theme: Theme = THEME,
                   *, size: tuple[float, float] | None = None, title: str | None = None) -> Path:
    """Draw :func:`bodies_by_kind_figure` to ``path``."""
    return save_figure(bodies_by_kind_figure(comparison, lang, theme, size=size, title=title), path, theme)
