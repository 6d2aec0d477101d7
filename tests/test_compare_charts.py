"""Charts: what is drawn (labels, values, theme colours), deterministic files, no warnings,
and matplotlib stays out of everything but the chart module."""

from __future__ import annotations

import math
import subprocess
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import cast

import pytest

from orgmodel.io import load

matplotlib = pytest.importorskip("matplotlib")

from matplotlib.artist import Artist  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from orgmodel.compare import charts  # noqa: E402
from orgmodel.compare.tables import Comparison, compare  # noqa: E402
from orgmodel.errors import UserError  # noqa: E402
from orgmodel.render.theme import DEFAULT_THEME  # noqa: E402
from orgmodel.vocab import BodyKind  # noqa: E402


@pytest.fixture
def comparison(fixtures_dir: Path) -> Comparison:
    d = fixtures_dir / "compare"
    return compare([load(d / "diff-a.yaml"), load(d / "metrics-small.yaml")])


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]


def _label(artist: Artist) -> str | None:
    """An artist's label: matplotlib keeps a str (or None) where its stubs say object."""
    return cast(str | None, artist.get_label())


def _xdata(line: Line2D) -> Sequence[float]:
    """A line's x values, as the chart module gave them (numbers, NaN for a gap)."""
    return cast(Sequence[float], line.get_xdata())


def _legend(fig: Figure) -> Legend:
    legend = fig.axes[0].get_legend()
    assert legend is not None, "the chart has no legend"
    return legend


def test_profile_draws_one_line_per_structure_at_its_scores(comparison: Comparison) -> None:
    fig = charts.axes_profile_figure(comparison, "fi")
    ax = fig.axes[0]
    lines = [ln for ln in ax.get_lines() if (label := _label(ln)) and not label.startswith("_")]
    assert [_label(ln) for ln in lines] == ["Vertailu A", "Pieni testikunta [talous=vk]",
                                                "Pieni testikunta [talous=ltk]"]
    a = _xdata(lines[0])
    assert math.isnan(a[0]) and math.isnan(a[3])  # no powers: gaps on axes 1 and 4
    # tests/test_compare_axes.py works these out: no prepares_for, so a gap on axis 3
    assert list(_xdata(lines[1])) == pytest.approx([1.0, 0.25, math.nan, 0.5, 12 / 14, 1.0], abs=1e-4, nan_ok=True)
    assert len({ln.get_color() for ln in lines}) == 3 and len({ln.get_marker() for ln in lines}) == 3
    texts = _texts(fig)
    assert "1. Valmistelevat\ntoimielimet" in texts and "Päättävät toimielimet" in texts
    assert "Kuntajärjestelmä" in texts


def test_profile_in_english(comparison: Comparison) -> None:
    texts = _texts(charts.axes_profile_figure(comparison, "en"))
    assert "Decision-making bodies" in texts and "4. Power delegated to the\nproducer" in texts


def test_seats_bars_stack_tiers_in_theme_colours(comparison: Comparison) -> None:
    fig = charts.seats_by_tier_figure(comparison, "fi")
    ax = fig.axes[0]
    legend = [t.get_text() for t in _legend(fig).get_texts()]
    assert legend == ["Valtuustotaso", "Hallitustaso", "Lautakunnat ja valiokunnat", "Jaostot ja toimikunnat",
                      "Tuotanto", "vaihteluväli (enint.)"]
    boards = ax.containers[2]  # the boards tier: diff-a 11+9+9, metrics-small 9-13 + 9 + 7 (min)
    assert [p.get_width() for p in boards] == [29, 25, 25]
    assert to_hex(boards[0].get_facecolor()) == DEFAULT_THEME.kind(BodyKind.BOARD).border.lower()
    ranges = ax.containers[-1]
    assert [p.get_width() for p in ranges] == [0, 6, 6]


def test_kind_bars_use_the_card_colours(comparison: Comparison) -> None:
    fig = charts.bodies_by_kind_figure(comparison, "fi")
    ax = fig.axes[0]
    handles = cast(list[Patch], _legend(fig).legend_handles)  # a bar chart's legend: one patch per kind
    by_label = {_label(h): h for h in handles}
    committee = by_label["valiokunta"]
    assert to_hex(committee.get_facecolor()) == DEFAULT_THEME.kind(BodyKind.COMMITTEE).fill.lower()
    assert to_hex(committee.get_edgecolor()) == DEFAULT_THEME.kind(BodyKind.COMMITTEE).border.lower()
    assert "osuuskunta" not in by_label  # no structure has one
    widths = [sum(p.get_width() for p in c if p.get_y() < 0.5 and p.get_y() + p.get_height() > -0.5)
              for c in ax.containers]
    assert sum(widths) == 8  # every body of diff-a in the first bar


@pytest.mark.parametrize("suffix,magic", [(".pdf", b"%PDF"), (".svg", b"<?xml"), (".png", b"\x89PNG")])
def test_files_are_deterministic_and_warning_free(comparison: Comparison, tmp_path: Path, suffix: str,
                                                  magic: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = charts.axes_profile(comparison, tmp_path / f"a{suffix}")
        second = charts.axes_profile(comparison, tmp_path / f"b{suffix}")
    data = first.read_bytes()
    assert data.startswith(magic) and data == second.read_bytes()


def test_svg_keeps_the_labels_findable(comparison: Comparison, tmp_path: Path) -> None:
    text = charts.seats_by_tier(comparison, tmp_path / "s.svg", lang="fi").read_text(encoding="utf-8")
    assert "Luottamushenkilöpaikat tasoittain" in text and "Pieni testikunta [talous=vk]" in text


def test_drawing_leaves_global_rcparams_alone(comparison: Comparison) -> None:
    before = matplotlib.rcParams["svg.fonttype"], matplotlib.rcParams["font.size"]
    charts.bodies_by_kind_figure(comparison)
    assert (matplotlib.rcParams["svg.fonttype"], matplotlib.rcParams["font.size"]) == before


def test_unknown_chart_suffix(comparison: Comparison, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=".pdf, .svg or .png"):
        charts.axes_profile(comparison, tmp_path / "x.jpg")


def test_comparison_modules_do_not_import_matplotlib() -> None:
    code = ("import sys, orgmodel.compare.metrics, orgmodel.compare.axes, orgmodel.compare.diff, "
            "orgmodel.compare.tables, orgmodel.cli.compare_cmd; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'pygraphviz', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
