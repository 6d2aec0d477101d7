"""Charts of a comparison: the six-axis profile, elected seats by tier, bodies by kind.

matplotlib is imported here and nowhere else in :mod:`orgmodel.compare`. Colours come from the
diagram theme (:mod:`orgmodel.render.theme`): a body kind has the same colour in a chart as its
card has in a diagram, a tier the colour of the kind that defines it, and the structures of a
profile take the theme's colour-blind-safe hues, each with its own marker and line style so
that colour is never the only cue. Text is DejaVu Sans, the diagrams' font.

Each chart has a ``*_figure`` function returning a matplotlib Figure (for notebooks) and a
function of the same name without the suffix that saves it (PDF and SVG vector, PNG raster;
the same input gives the same bytes).

>>> from orgmodel.compare.tables import compare  # doctest: +SKIP
>>> axes_profile(compare(orgs), "profile.pdf")   # doctest: +SKIP
"""

from __future__ import annotations

import math
import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from orgmodel.errors import UserError
from orgmodel.kinds import KIND_SPECS
from orgmodel.render import theme as _theme
from orgmodel.render.theme import Theme
from orgmodel.vocab import BodyKind, Tier
from orgmodel.words import word

from .axes import AXES

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

    from .tables import Comparison

THEME = _theme.DEFAULT_THEME
#: The kind whose style colours each tier's bars (the kind specs say which).
TIER_KIND: dict[Tier, BodyKind] = {spec.tier: kind for kind, spec in KIND_SPECS.items() if spec.stands_for_tier}
#: Hues for structures in a profile, from the theme's colour-blind-safe scheme.
SERIES_COLOURS = (_theme.BLUE, _theme.RED, _theme.GREEN, _theme.PURPLE, _theme.ORANGE, _theme.TEAL,
                  _theme.CYAN, _theme.YELLOW, "#666666")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">")
LINESTYLES = ("-", "--", "-.", ":")


def _style(theme: Theme = THEME) -> dict[RcKeyType, Any]:
    return {
        "font.family": theme.font, "font.size": theme.legend_size, "axes.titlesize": theme.panel_title_size * 0.85,
        "axes.labelsize": theme.legend_size, "xtick.labelsize": theme.legend_size * 0.9,
        "ytick.labelsize": theme.legend_size, "legend.fontsize": theme.legend_size * 0.9,
        "text.color": theme.text, "axes.labelcolor": theme.text, "axes.edgecolor": theme.separator,
        "xtick.color": theme.muted_text, "ytick.color": theme.text,
        "pdf.fonttype": 42,          # TrueType in the PDF: text stays text, as journals ask
        "svg.fonttype": "path",      # SVG looks the same on every machine, pasted into any slide tool
        "svg.hashsalt": "orgmodel",  # fixed ids: same input, same bytes
    }


def _new_figure(width: float, height: float, theme: Theme = THEME) -> Figure:
    fig = Figure(figsize=(width, height), facecolor=theme.background)
    FigureCanvasAgg(fig)
    return fig


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrap(text: str, width: int = 34) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def save_figure(fig: Figure, path: str | os.PathLike[str], theme: Theme = THEME) -> Path:
    """Write ``fig`` to ``path`` (.pdf, .svg or .png) atomically and deterministically, in ``theme``'s fonts."""
    from orgmodel._util import write_atomic

    p = Path(path)
    fmt = p.suffix.lower().lstrip(".")
    metadata = {"pdf": {"CreationDate": None, "ModDate": None}, "svg": {"Date": None},
                "png": {"Software": None}}.get(fmt)
    if metadata is None:
        raise UserError(f"{p}: a chart is written as .pdf, .svg or .png")
    import io

    buf = io.BytesIO()
    with rc_context(_style(theme)):  # set for this drawing only, restored afterwards
        fig.savefig(buf, format=fmt, metadata=metadata, bbox_inches="tight", dpi=200)
    write_atomic(p, buf.getvalue())
    return p


def _bar_axes(ax: Any, cols: list[Any], lang: str, xlabel: str, title: str) -> None:
    """What the two bar charts share: structure names on the left, whole-number ticks, no box."""
    ax.set_yticks(range(len(cols)), [_wrap(c.title(lang)) for c in cols])
    ax.set_ylim(len(cols) - 0.5, -0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left", pad=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", length=0)


# --- the axes profile -------------------------------------------------------------------------


def axes_profile_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME) -> Figure:
    """The six axes as rows, each structure a line across them (a polarity profile).

    0 is the second pole of each question (left), 1 the first (right). A structure whose score
    is None on an axis has a gap there.
    """
    cols = comparison.columns
    n_axes = len(AXES)
    with rc_context(_style(theme)):  # set for this drawing only, restored afterwards
        fig = _new_figure(8.0, 1.0 + 0.62 * n_axes + 0.28 * math.ceil(len(cols) / 2), theme)
        ax = fig.add_subplot()
        ys = list(range(n_axes))
        ax.set_ylim(n_axes - 0.5, -0.5)
        ax.set_xlim(-0.04, 1.04)
        for y in ys:
            ax.axhline(y, color=theme.separator, linewidth=0.6, zorder=0)
        ax.axvline(0.5, color=theme.separator, linewidth=0.6, linestyle=":", zorder=0)
        # A small vertical offset per structure keeps equal scores from hiding one another.
        spread = 0.28
        for i, c in enumerate(cols):
            offset = 0.0 if len(cols) == 1 else -spread / 2 + spread * i / (len(cols) - 1)
            xs = [math.nan if (score := c.scores[a.id]) is None else score for a in AXES]
            ax.plot(xs, [y + offset for y in ys], color=SERIES_COLOURS[i % len(SERIES_COLOURS)],
                    marker=MARKERS[i % len(MARKERS)], linestyle=LINESTYLES[i % len(LINESTYLES)],
                    linewidth=1.6, markersize=7, label=_wrap(c.title(lang), 40), zorder=3)
        ax.set_yticks(ys, [_wrap(f"{a.number}. {_cap(a.low.get(lang))}", 26) for a in AXES])
        right = ax.twinx()
        right.set_ylim(ax.get_ylim())
        right.set_yticks(ys, [_wrap(a.high.get(lang), 26) for a in AXES])
        for side in (ax, right):
            side.tick_params(axis="y", length=0)
            for spine in side.spines.values():
                spine.set_visible(False)
        point = word("number.decimal_point", lang)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], [t.replace(".", point) for t in ("0", "0.25", "0.5", "0.75", "1")])
        ax.set_title(word("chart.profile", lang), loc="left", pad=10)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, frameon=False)
    return fig


def axes_profile(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi",
                 theme: Theme = THEME) -> Path:
    """Draw :func:`axes_profile_figure` to ``path``."""
    return save_figure(axes_profile_figure(comparison, lang, theme), path, theme)


# --- seats by tier ----------------------------------------------------------------------------


def seats_by_tier_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME) -> Figure:
    """One horizontal bar per structure, stacked by tier (minimum seats); a hatched end shows
    how far the maximum reaches when some seat counts are ranges."""
    cols = comparison.columns
    tiers = [t for t in Tier.ordered() if any(c.metrics.seats_max_by_tier[t.value] for c in cols)]
    with rc_context(_style(theme)):  # set for this drawing only, restored afterwards
        fig = _new_figure(8.0, max(1.2 + 0.45 * len(cols), 0.3 * len(tiers) + 0.8), theme)
        ax = fig.add_subplot()
        ys = list(range(len(cols)))
        left = [0] * len(cols)
        for t in tiers:
            style = theme.kind(TIER_KIND[t])
            widths = [c.metrics.seats_min_by_tier[t.value] for c in cols]
            ax.barh(ys, widths, left=left, color=style.border, edgecolor="white", linewidth=0.8,
                    label=t.label(lang), height=0.62)
            left = [a + b for a, b in zip(left, widths, strict=True)]  # one of each per structure
        extra = [c.metrics.seats_max - c.metrics.seats_min for c in cols]
        if any(extra):
            ax.barh(ys, extra, left=left, color="white", edgecolor=theme.muted_text, hatch="///",
                    linewidth=0.8, label=word("chart.range", lang), height=0.62)
        for y, c in zip(ys, cols, strict=True):
            m = c.metrics
            total = str(m.seats_min) if m.seats_min == m.seats_max else f"{m.seats_min}–{m.seats_max}"
            ax.text(m.seats_max + 1, y, total, va="center", fontsize=theme.legend_size * 0.9, color=theme.text)
        _bar_axes(ax, cols, lang, word("chart.seats_axis", lang), word("chart.seats", lang))
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False)
    return fig


def seats_by_tier(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi",
                  theme: Theme = THEME) -> Path:
    return save_figure(seats_by_tier_figure(comparison, lang, theme), path, theme)


# --- bodies by kind ---------------------------------------------------------------------------


def bodies_by_kind_figure(comparison: Comparison, lang: str = "fi", theme: Theme = THEME) -> Figure:
    """One horizontal bar per structure, stacked by body kind in the diagram's card colours,
    each segment labelled with its count."""
    cols = comparison.columns
    kinds = [k for k in BodyKind if any(c.metrics.bodies_by_kind[k.value] for c in cols)]
    with rc_context(_style(theme)):  # set for this drawing only, restored afterwards
        fig = _new_figure(8.0, max(1.2 + 0.45 * len(cols), 0.26 * len(kinds) + 0.8), theme)
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
                    ax.text(x0 + n / 2, y, str(n), ha="center", va="center", fontsize=theme.kind_size, color=theme.text)
            handles.append(Patch(facecolor=style.fill, edgecolor=style.border, label=k.label(lang)))
            left = [a + b for a, b in zip(left, widths, strict=True)]
        _bar_axes(ax, cols, lang, word("chart.bodies_axis", lang), word("chart.kinds", lang))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False)
    return fig


def bodies_by_kind(comparison: Comparison, path: str | os.PathLike[str], lang: str = "fi",
                   theme: Theme = THEME) -> Path:
    return save_figure(bodies_by_kind_figure(comparison, lang, theme), path, theme)
