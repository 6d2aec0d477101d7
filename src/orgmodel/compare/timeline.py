"""The timeline chart: one lane per body, one column per state of a :class:`~orgmodel.compare.series.Timeline`.

A body's lane runs through the states in which it exists; a cell is filled as the body stands in
that state: new (the diff's *added*), changed, or as before; a body that ends leaves a removed
mark in the first state without it. Elected bodies show their seats in the cell, and "?" when
the model does not give them: an unknown is never drawn as 0. Columns are states in order; a
state whose day is not known says so instead of being placed on a made-up date. Colours come
from the diagram theme's marks (added, changed, removed), each with its own marker shape too.

>>> from orgmodel.compare.series import series_timeline  # doctest: +SKIP
>>> timeline_chart(series_timeline([draft, adopted]), "timeline.pdf")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib import rc_context
from matplotlib.lines import Line2D

from orgmodel.kinds import KIND_SPECS
from orgmodel.render import theme as _theme
from orgmodel.words import word

from .charts import THEME, _new_figure, _style, save_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from orgmodel.model import Body, Instrument, Organisation, Power

    from .series import Timeline

#: Fill and marker of each cell state; removed is drawn as a cross in the state after the last.
CELL_STYLE = {"present": ("#d9d9d9", "o"), "added": (_theme.GREEN, "P"), "changed": (_theme.ORANGE, "D"),
              "removed": (_theme.RED, "X")}


def lanes(tl: Timeline, lang: str = "fi") -> tuple[list[str], list[dict[int, tuple[str, str | None]]]]:
    """(lane titles, per lane: state index -> (cell state, the cell's note)); a lane follows one
    body from state to state through each step's matches, then one power and one instrument by id.
    A body's note is its seats, a power's its final decision-maker, an instrument's its adopter."""
    titles: list[str] = []
    cells: list[dict[int, tuple[str, str | None]]] = []
    lane_of: dict[str, int] = {}
    first = tl.states[0].org
    for body in first.bodies:
        lane_of[body.id] = len(titles)
        titles.append(body.name(lang))
        cells.append({0: ("present", _seats(body))})
    for k, step in enumerate(tl.steps, start=1):
        d, new = step.diff, step.new.org
        next_lane: dict[str, int] = {}
        for a_id in d.removed:
            if a_id in lane_of:
                cells[lane_of[a_id]][k] = ("removed", None)
        back = {b_id: a_id for a_id, b_id in d.matches.items()}
        for body in new.bodies:
            old_id = back.get(body.id)
            if old_id is not None and old_id in lane_of:
                lane = lane_of[old_id]
            else:
                lane = len(titles)
                titles.append(body.name(lang))
                cells.append({})
            next_lane[body.id] = lane
            state = "added" if body.id in d.added else "changed" if body.id in d.changed else "present"
            cells[lane][k] = (state, _seats(body))
        lane_of = next_lane
    for group in ("powers", "instruments"):
        _id_lanes(tl, group, titles, cells, lang)
    return titles, cells


def _id_lanes(tl: Timeline, group: str, titles: list[str], cells: list[dict[int, tuple[str, str | None]]],
              lang: str) -> None:
    """Lanes of the powers or instruments, which match by id from state to state."""
    lane_of: dict[str, int] = {}
    for k, state in enumerate(tl.states):
        d = tl.steps[k - 1].diff if k else None
        changed = (d.powers_changed if group == "powers" else d.instruments_changed) if d else {}
        ids = set()
        for item in getattr(state.org, group):
            ids.add(item.id)
            if item.id not in lane_of:
                lane_of[item.id] = len(titles)
                titles.append(item.names.get(lang))
                cells.append({})
            before = cells[lane_of[item.id]].get(k - 1)
            mark = "present" if k == 0 or (before is not None and before[0] != "removed") else "added"
            if item.id in changed:
                mark = "changed"
            cells[lane_of[item.id]][k] = (mark, _note(state.org, item, lang))
        for item_id, lane in lane_of.items():
            if item_id not in ids and k - 1 in cells[lane] and cells[lane][k - 1][0] != "removed":
                cells[lane][k] = ("removed", None)


def _note(org: Organisation, item: Power | Instrument, lang: str) -> str | None:
    """A power's final decision-maker(s) or an instrument's adopter, by name ('?' when not given)."""
    from orgmodel.model import Power

    from .diff import delegation_paths

    if isinstance(item, Power):
        ids = sorted({p[-1] for p in delegation_paths(org, item)})
    else:
        ids = [item.adopted_by] if item.adopted_by else []
    names = [org.body(i).name(lang) if org.has_body(i) else i for i in ids if i]
    return ", ".join(names) or "?"


def _seats(body: Body) -> str | None:
    """The seats in a cell: the number, the range, or '?' when an elected body's seats are not known."""
    if body.seats is not None:
        return str(body.seats)
    return "?" if KIND_SPECS[body.kind].elected else None


def timeline_figure(tl: Timeline, lang: str = "fi", title: bool = True) -> Figure:
    """The chart as a matplotlib Figure (for notebooks); :func:`timeline_chart` saves it."""
    titles, cells = lanes(tl, lang)
    n_states, n_lanes = len(tl.states), len(titles)
    with rc_context(_style(THEME)):
        fig = _new_figure(2.0 + 1.3 * n_states, 1.4 + 0.32 * n_lanes)
        ax = fig.add_subplot()
        for lane, row in enumerate(cells):
            xs = [k for k, (state, _) in row.items() if state != "removed"]
            if xs:
                ax.plot([min(xs), max(xs)], [lane, lane], color="#bbbbbb", linewidth=1.2, zorder=1)
            for k, (state, note) in row.items():
                colour, marker = CELL_STYLE[state]
                ax.scatter([k], [lane], s=110, color=colour, marker=marker, zorder=2, edgecolors="#555555",
                           linewidths=0.5)
                if note:
                    ax.annotate("\n".join(textwrap.wrap(note, 22)), (k, lane), xytext=(9, 0),
                                textcoords="offset points", va="center", fontsize=THEME.legend_size * 0.75)
        ax.set_yticks(range(n_lanes), ["\n".join(textwrap.wrap(t, 38)) or t for t in titles])
        ax.set_ylim(n_lanes - 0.5, -0.5)
        ax.set_xticks(range(n_states), [s.short_label(lang) for s in tl.states])
        ax.set_xlim(-0.5, n_states - 0.5)
        ax.spines[["top", "right", "left"]].set_visible(False)
        ax.tick_params(axis="y", length=0)
        if title:
            ax.set_title(f"{word('diff.timeline', lang)}: {tl.title}", loc="left", pad=10)
        keys = (("present", "diff.chart.present"), ("added", "diff.change.added"),
                ("changed", "diff.change.changed"), ("removed", "diff.change.removed"))
        handles = [Line2D([], [], linestyle="", marker=CELL_STYLE[k][1], color=CELL_STYLE[k][0], markersize=8,
                          markeredgecolor="#555555", label=word(w, lang)) for k, w in keys]
        handles.append(Line2D([], [], linestyle="", label=word("diff.chart.seats_unknown", lang)))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return fig


def timeline_chart(tl: Timeline, path: str | os.PathLike[str], lang: str = "fi", title: bool = True) -> Path:
    """Draw the timeline chart to ``path`` (.pdf or .svg vector with fonts embedded or as paths, .png)."""
    return save_figure(timeline_figure(tl, lang, title), path)
