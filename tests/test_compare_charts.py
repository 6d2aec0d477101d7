"""Charts: what is drawn (labels, values, theme colours), deterministic files, no warnings,
and matplotlib stays out of everything but the chart module."""

from __future__ import annotations

import itertools
import re
import shutil
import struct
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
from matplotlib.colors import to_hex, to_rgb  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch, Rectangle  # noqa: E402

from orgmodel.compare import charts  # noqa: E402
from orgmodel.compare.axes import AXES  # noqa: E402
from orgmodel.compare.tables import Comparison, compare  # noqa: E402
from orgmodel.errors import UserError  # noqa: E402
from orgmodel.render.theme import DEFAULT_THEME  # noqa: E402
from orgmodel.vocab import BodyKind  # noqa: E402

from builders import body, make_org  # noqa: E402


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


def _cells(fig: Figure) -> dict[str, Rectangle]:
    return {gid: p for p in fig.axes[0].patches if isinstance(p, Rectangle) and (gid := p.get_gid())}


def _text_at(fig: Figure, x: float, y: float) -> str:
    found = [t.get_text() for t in fig.axes[0].texts if t.get_position() == (x, y)]
    assert len(found) == 1, (x, y, found)
    return found[0]


def test_profile_is_a_table_of_cells_with_the_scores(comparison: Comparison) -> None:
    fig = charts.axes_profile_figure(comparison, "fi")
    cells = _cells(fig)
    assert len(cells) == 3 * len(AXES)
    for y, col in enumerate(comparison.columns):
        for x, axis in enumerate(AXES):
            value = col.scores[axis.id]
            if value is None:
                assert f"missing:{y}:{axis.id}" in cells and _text_at(fig, x, y) == "–"
                assert cells[f"missing:{y}:{axis.id}"].get_hatch()
            else:
                assert f"cell:{y}:{axis.id}" in cells
                assert _text_at(fig, x, y) == f"{value:.2f}".replace(".", ",")
    # rows are the structures' titles, a variant by its alternative's label (not 'talous=vk')
    assert _texts(fig) == ["Vertailu A", "Pieni testikunta [valiokunta]", "Pieni testikunta [lautakunta]"]
    heads = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_xticklabels()]
    assert heads[0].startswith("1. Päättävät") and heads[5].startswith("6. ")


def test_profile_shades_follow_the_score(comparison: Comparison) -> None:
    fig = charts.axes_profile_figure(comparison, "fi")
    shade = {gid: sum(to_rgb(p.get_facecolor())) for gid, p in _cells(fig).items() if gid.startswith("cell:")}
    values = {f"cell:{y}:{a.id}": c.scores[a.id] for y, c in enumerate(comparison.columns) for a in AXES}
    by_value = sorted((v, s) for gid, s in shade.items() if (v := values[gid]) is not None)
    assert [s for _, s in by_value] == sorted((s for _, s in by_value), reverse=True)  # darker nearer 1


def test_profile_in_english(comparison: Comparison) -> None:
    fig = charts.axes_profile_figure(comparison, "en")
    assert _texts(fig)[1] == "Pieni testikunta [valiokunta]"  # the model has only Finnish labels
    assert "not determinable" in fig.get_supxlabel().replace("\n", " ")
    known = [(x, v) for x, a in enumerate(AXES) if (v := comparison.columns[0].scores[a.id]) is not None]
    assert known  # English decimals: a point, not the Finnish comma
    assert all(_text_at(fig, x, 0) == f"{v:.2f}" for x, v in known)


def test_seats_bars_stack_tiers_in_theme_colours(comparison: Comparison) -> None:
    fig = charts.seats_by_tier_figure(comparison, "fi")
    ax = fig.axes[0]
    legend = [t.get_text().replace("\n", " ") for t in fig.legends[0].get_texts()]
    assert legend[:4] == ["Valtuustotaso", "Hallitustaso", "Lautakunnat ja valiokunnat", "Jaostot ja toimikunnat"]
    assert legend[-1] == "tiedossa olevat paikat (osa paikkaluvuista puuttuu)"
    boards = ax.containers[2]  # the boards tier: diff-a 11+9+9; metrics-small has unknown counts: no bar
    assert [p.get_width() for p in boards] == [29]
    assert to_hex(boards[0].get_facecolor()) == DEFAULT_THEME.kind(BodyKind.BOARD).border.lower()
    outline = ax.containers[-1]  # the known lower bound of metrics-small's two variants, dashed, not filled
    assert [p.get_width() for p in outline] == [106, 106] and not outline[0].get_fill()
    notes = {t.get_gid(): t.get_text() for t in ax.texts}
    assert notes == {"seats:0": "109", "seats:1": "≥ 106 (2 ilman paikkalukua)",
                     "seats:2": "≥ 106 (2 ilman paikkalukua)"}


def test_seats_never_known_is_said_not_drawn(fixtures_dir: Path) -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v")], name="Tuntematon")
    fig = charts.seats_by_tier_figure(compare([org]), "en")
    ax = fig.axes[0]
    assert all(p.get_width() == 0 or not p.get_visible() for c in ax.containers for p in c) or not ax.containers
    assert [t.get_text() for t in ax.texts] == ["seat counts not known"]


def test_kind_bars_use_the_card_colours(comparison: Comparison) -> None:
    fig = charts.bodies_by_kind_figure(comparison, "fi")
    ax = fig.axes[0]
    handles = cast(list[Patch], fig.legends[0].legend_handles)  # a bar chart's legend: one patch per kind
    by_label = {_label(h): h for h in handles}
    committee = by_label["valiokunta"]
    assert to_hex(committee.get_facecolor()) == DEFAULT_THEME.kind(BodyKind.COMMITTEE).fill.lower()
    assert to_hex(committee.get_edgecolor()) == DEFAULT_THEME.kind(BodyKind.COMMITTEE).border.lower()
    assert "osuuskunta" not in by_label  # no structure has one
    widths = [sum(p.get_width() for p in c if p.get_y() < 0.5 and p.get_y() + p.get_height() > -0.5)
              for c in ax.containers]
    assert sum(widths) == 8  # every body of diff-a in the first bar


def _many(n: int) -> Comparison:
    """n structures with long names and a variant each: the case where labels used to overlap."""
    orgs = [make_org([body("v", "council", seats=51), body("h", "executive_board", "v", seats=11),
                      body("x", "committee", "h", committee_role="preparatory")],
                     id=f"s{i}", name=f"Alue {i}: hyvinvointialueen toimielinrakenne, hallintosääntöluonnos kevät 2024",
                     choices=[{"id": "c", "question": "?", "alternatives": [
                         {"id": "vk", "label": "Valiokunnat"},
                         {"id": "ltk", "label": "Lautakunnat", "set": {"x": {"kind": "board"}}}]}])
            for i in range(n // 2)]
    return compare(orgs)


def _boxes_apart(fig: Figure) -> None:
    fig.canvas.draw()  # lays the figure out
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # the Agg canvas has one
    boxes = sorted((t.get_window_extent(renderer) for t in fig.axes[0].get_yticklabels()), key=lambda b: b.y0)
    assert len(boxes) >= 20
    for low, high in itertools.pairwise(boxes):
        assert low.y1 <= high.y0 + 0.5, "row labels overlap"
    heads = sorted((t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels()), key=lambda b: b.x0)
    for left, right in itertools.pairwise(heads):
        assert left.x1 <= right.x0 + 0.5, "column headers overlap"
    page = fig.bbox
    for t in [*fig.axes[0].get_yticklabels(), *fig.axes[0].get_xticklabels()]:
        box = t.get_window_extent(renderer)
        assert box.x0 >= page.x0 - 0.5 and box.x1 <= page.x1 + 0.5 and box.y0 >= page.y0 - 0.5


@pytest.mark.parametrize("draw", ["axes_profile_figure", "seats_by_tier_figure", "bodies_by_kind_figure"])
@pytest.mark.parametrize("size", [None, (3.5, 5.0)])
def test_labels_do_not_overlap_with_24_structures(draw: str, size: tuple[float, float] | None) -> None:
    fig = getattr(charts, draw)(_many(24), "fi", size=size)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    # shortened names, but every variant's alternative whole: no two rows read the same
    assert len(set(labels)) == 24 and all(label.endswith(("[Valiokunnat]", "[Lautakunnat]")) for label in labels)
    if size is None:
        assert labels[0] == "Alue 0: hyvinvointialueen\ntoimielinrakenne, hallin… [Valiokunnat]"
    _boxes_apart(fig)


def test_size_is_exact_and_title_can_go(comparison: Comparison, tmp_path: Path) -> None:
    png = charts.axes_profile(comparison, tmp_path / "p.png", size=(3.5, 2.5), title="")
    with png.open("rb") as fh:
        head = fh.read(24)
    assert struct.unpack(">II", head[16:24]) == (700, 500)  # 200 dpi
    pdf = charts.seats_by_tier(comparison, tmp_path / "s.pdf", size=(3.5, 4)).read_bytes()
    assert b"/MediaBox [ 0 0 252 288 ]" in pdf
    assert charts.axes_profile_figure(comparison, title="").get_suptitle() == ""
    assert charts.axes_profile_figure(comparison).get_suptitle() == "Johtamismallin valinnat"
    assert charts.bodies_by_kind_figure(comparison, title="Kuvio 2").get_suptitle() == "Kuvio 2"


@pytest.mark.parametrize("draw", ["axes_profile", "seats_by_tier", "bodies_by_kind"])
def test_pdf_embeds_its_fonts(comparison: Comparison, tmp_path: Path, draw: str) -> None:
    pdf = getattr(charts, draw)(comparison, tmp_path / "c.pdf").read_bytes()
    fonts = re.findall(rb"/BaseFont /([A-Za-z0-9+-]+)", pdf)
    assert fonts and all(b"DejaVuSans" in f for f in fonts)
    assert b"/Subtype /Type3" not in pdf  # no bitmap-like Type 3 fonts
    descriptors = pdf.count(b"/Type /FontDescriptor")
    assert descriptors >= 1 and pdf.count(b"/FontFile2") == descriptors  # each font's program is in the file
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(tmp_path / "c.pdf")], capture_output=True, text=True, check=True)
        assert all(line.split()[-5] == "yes" for line in out.stdout.splitlines()[2:])


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
    assert "Luottamushenkilöpaikat tasoittain" in text and "Pieni testikunta [valiokunta]" in text


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
