"""Geometry of what is drawn, on every preset and format: cards in their bands, lines that end on
cards and never run under one, side panels beside the cards, the page the preset promises.

Every check reads the files back: the SVG with xml.etree (its own coordinates, through the
drawing's transform to the page), the PNG with Pillow (the band colours sampled where the SVG
says the bands are), the PDF's page box. When ``rsvg-convert`` (librsvg, an independent SVG
renderer) is on the machine, the SVG as it renders is sampled the same way.

The drawings: one structure with side columns (Pohjois-Karjala 2018), a two-structure sheet (the
archetypes "lautakuntamalli" and "valiokuntamalli"), every variant of Päijät-Häme 2018 (steering
and ownership trunks) and the 2017 strategy model (buses into two side columns).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from orgmodel.io import load
from orgmodel.render import Diagram, diagram, sheet, variants_sheet
from orgmodel.render.theme import PRESETS, EdgeStyle

from builders import MODELS, NUM, SVG, box, run_cli

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in SVG user units (y down)
Point = tuple[float, float]

CASES: dict[str, Callable[[str], Diagram]] = {
    "single": lambda p: diagram(load(MODELS / "pohjois-karjala-2018.yaml"), preset=p),
    "sheet": lambda p: sheet([load(MODELS / "archetypes" / "lautakuntamalli-toimialat.yaml"),
                              load(MODELS / "archetypes" / "valiokuntamalli-valmisteleva.yaml")], preset=p),
    "each-variant": lambda p: variants_sheet(load(MODELS / "paijat-hame-2018.yaml"), preset=p),
    "strategy": lambda p: diagram(load(MODELS / "pohjois-karjala-strategia-2017.yaml"), preset=p),
}
EDGE_TOUCH = 3.0  # how close a line's end must come to another line to count as joined to it
INSET = 2.5  # a line may touch a card's outline (offset parallel lines by up to 2.6 / 2): not enter it
ARROW_ROOM = 8.0 + EDGE_TOUCH  # a line ends where its arrowhead starts, 8 pt short of the card


@dataclass
class Drawing:
    """One diagram read back: its SVG and PNG (and PDF), the boxes that matter, the page transform."""

    diagram: Diagram
    root: ET.Element
    cards: dict[str, Box]
    bands: dict[str, Box]
    side_panels: list[Box]
    lines: list[list[Point]]  # painted polylines (bundles, buses, stubs), not separators
    scale: float
    shift: Point  # page point = scale * (svg point + shift)
    page: tuple[float, float]  # SVG width and height, points

    def on_page(self, b: Box) -> Box:
        (sx, sy), s = self.shift, self.scale
        return s * (b[0] + sx), s * (b[1] + sy), s * (b[2] + sx), s * (b[3] + sy)


def _classes(el: ET.Element) -> list[str]:
    return (el.get("class") or "").split()


def outline(el: ET.Element) -> Box | None:
    """The box of what is drawn in ``el``; None for a node drawn without an outline (a spacer)."""
    drawn = [s for s in el.iter() if s.get("points") or (s.tag == f"{SVG}path" and s.get("d"))]
    return box(el) if drawn else None


def read_svg(d: Diagram) -> Drawing:
    root = ET.fromstring(d.svg())
    graph = next(g for g in root.iter(f"{SVG}g") if "graph" in _classes(g))
    found = re.search(r"scale\(([\d.]+)[^)]*\).*translate\((-?[\d.]+)[ ,](-?[\d.]+)\)", graph.get("transform", ""))
    assert found, graph.get("transform")
    scale, tx, ty = (float(v) for v in found.groups())
    cards = {g.get("id", ""): box(g) for g in root.iter(f"{SVG}g") if "card" in _classes(g)}
    painted = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "background")
    bands = {p.get("id", "")[5:]: box(p) for p in painted.iter(f"{SVG}polygon")
             if (p.get("id") or "").startswith("band-")}
    panels = [box(p) for p in painted.iter(f"{SVG}polygon") if "side-panel" in _classes(p)]
    lines = []
    for line in painted.iter(f"{SVG}polyline"):
        if "separator" in _classes(line):
            continue
        nums = [float(v) for v in NUM.findall(line.get("points", ""))]
        lines.append(list(zip(nums[0::2], nums[1::2], strict=True)))
    width, height = (float(root.get(k, "0").removesuffix("pt")) for k in ("width", "height"))
    return Drawing(d, root, cards, bands, panels, lines, scale, (tx, ty), (width, height))


@cache
def drawing(case: str, preset: str) -> Drawing:
    d = CASES[case](preset)
    d.render("svg", "png", "pdf")  # one layout for all three
    return read_svg(d)


def inside(inner: Box, outer: Box, slack: float = 0.01) -> bool:
    return (outer[0] - slack <= inner[0] and inner[2] <= outer[2] + slack
            and outer[1] - slack <= inner[1] and inner[3] <= outer[3] + slack)


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def shrunk(b: Box, by: float) -> Box:
    return b[0] + by, b[1] + by, b[2] - by, b[3] - by


def distance_to_box(p: Point, b: Box) -> float:
    dx = max(b[0] - p[0], 0.0, p[0] - b[2])
    dy = max(b[1] - p[1], 0.0, p[1] - b[3])
    return float((dx * dx + dy * dy) ** 0.5)


def distance_to_segment(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    length = (bx - ax) ** 2 + (by - ay) ** 2
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length))
    cx, cy = ax + t * (bx - ax), ay + t * (by - ay)
    return float(((px - cx) ** 2 + (py - cy) ** 2) ** 0.5)


def segment_crosses(a: Point, b: Point, r: Box) -> bool:
    """Whether the straight segment a-b passes through the box ``r`` (Liang-Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - r[0]), (dx, r[2] - a[0]), (-dy, a[1] - r[1]), (dy, r[3] - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def tier_of(d: Diagram) -> dict[str, tuple[str, bool]]:
    """Card node -> (the tier whose band it belongs in, whether it stands in a side column)."""
    return {item.node: (item.tier.value, item.side) for item in d.grid.items}


CASE_IDS = [(case, preset) for case in CASES for preset in PRESETS]


@pytest.fixture(params=CASE_IDS, ids=[f"{c}-{p}" for c, p in CASE_IDS])
def drawn(request: pytest.FixtureRequest) -> Drawing:
    case, preset = request.param
    return drawing(case, preset)


# --- the SVG's own coordinates ---------------------------------------------------------------

def test_every_card_lies_in_its_band_or_in_a_side_panel(drawn: Drawing) -> None:
    tiers = tier_of(drawn.diagram)
    assert drawn.cards and drawn.bands
    for node, card in drawn.cards.items():
        tier, side = tiers[node]
        if side:
            assert any(inside(card, panel) for panel in drawn.side_panels), node
        else:
            assert tier in drawn.bands, f"{node}: no band {tier!r} drawn"
            assert inside(card, drawn.bands[tier]), (node, card, drawn.bands[tier])


def test_side_panels_do_not_overlap_cards_of_the_main_area(drawn: Drawing) -> None:
    tiers = tier_of(drawn.diagram)
    main = {n: b for n, b in drawn.cards.items() if not tiers[n][1]}
    for panel in drawn.side_panels:
        assert not [n for n, b in main.items() if overlap(b, panel)], panel


def test_every_painted_line_ends_on_a_card_or_on_another_line(drawn: Drawing) -> None:
    segments = [(a, b, k) for k, line in enumerate(drawn.lines) for a, b in zip(line, line[1:], strict=False)]
    for k, line in enumerate(drawn.lines):
        for end in (line[0], line[-1]):
            joined = any(distance_to_segment(end, a, b) <= EDGE_TOUCH for a, b, j in segments if j != k)
            near_card = min(distance_to_box(end, c) for c in drawn.cards.values()) <= ARROW_ROOM
            assert joined or near_card, f"a line ends in the open at {end}: {line}"


def test_no_painted_line_runs_under_a_card(drawn: Drawing) -> None:
    for line in drawn.lines:
        for a, b in zip(line, line[1:], strict=False):
            under = [n for n, c in drawn.cards.items() if segment_crosses(a, b, shrunk(c, INSET))]
            assert not under, f"the line {a} -> {b} runs under {under}"


def test_cards_bands_and_panels_lie_on_the_page(drawn: Drawing) -> None:
    page = (0.0, 0.0, *drawn.page)
    for what, b in [*drawn.cards.items(), *drawn.bands.items(), *(("side panel", p) for p in drawn.side_panels)]:
        assert inside(drawn.on_page(b), page, slack=0.5), (what, drawn.on_page(b), page)


# --- the page of each format -------------------------------------------------------------------

def pdf_page(data: bytes) -> tuple[float, float]:
    found = re.findall(rb"/MediaBox \[\s*([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)\s*\]", data)
    assert len(found) == 1
    x0, y0, x1, y1 = (float(v) for v in found[0])
    return x1 - x0, y1 - y0


def test_pages_are_the_presets_size(drawn: Drawing) -> None:
    d = drawn.diagram
    png = Image.open(io.BytesIO(d.png()))
    width, height = pdf_page(d.pdf())
    assert (width, height) == pytest.approx(drawn.page, abs=1.0)  # one canvas for every format
    assert png.size == pytest.approx((width * d.dpi / 72, height * d.dpi / 72), abs=2)
    if d.preset.name == "slide":  # 13.333 x 7.5 in, no Graphviz margin
        assert (width, height) == (960, 540)
        assert png.size == (1920, 1080)
    if d.preset.name == "a4":  # within a landscape A4 page
        assert width <= 842 and height <= 595


def test_png_carries_its_dpi(drawn: Drawing) -> None:
    png = Image.open(io.BytesIO(drawn.diagram.png()))
    # stored as whole pixels per metre: 96 dpi is 3780 px/m, read back as 96.012
    assert png.info["dpi"] == pytest.approx((drawn.diagram.dpi, drawn.diagram.dpi), abs=0.05)


# --- the bands where the rasters show them ----------------------------------------------------

def band_samples(drawn: Drawing, raster: Image.Image) -> Iterator[tuple[str, bool]]:
    """For points just inside each band's four edges, away from every drawn node and line and
    outside the side panels (painted over the bands' ends): (band, whether the raster shows the
    band's fill there)."""
    fills = {p.get("id", "")[5:]: p.get("fill", "") for p in drawn.root.iter(f"{SVG}polygon")
             if (p.get("id") or "").startswith("band-")}
    nodes = [b for g in drawn.root.iter(f"{SVG}g") if "node" in _classes(g) and (b := outline(g)) is not None]
    lines = [(a, b) for line in drawn.lines for a, b in zip(line, line[1:], strict=False)]
    px = raster.size[0] / drawn.page[0]  # pixels per point
    rgb = raster.convert("RGB")
    for name, (x0, y0, x1, y1) in drawn.bands.items():
        want = tuple(int(fills[name][k:k + 2], 16) for k in (1, 3, 5))
        edge = 3.0 / drawn.scale  # 3 pt inside the band on the page
        points = [(x0 + (x1 - x0) * k / 24, y) for k in range(1, 24) for y in (y0 + edge, y1 - edge)]
        points += [(x, y0 + (y1 - y0) * k / 6) for k in range(1, 6) for x in (x0 + edge, x1 - edge)]
        for p in points:
            if (any(distance_to_box(p, n) < 4 for n in [*nodes, *drawn.side_panels])
                    or any(distance_to_segment(p, a, b) < 4 for a, b in lines)):
                continue
            page = drawn.on_page((p[0], p[1], p[0], p[1]))
            got = rgb.getpixel((int(page[0] * px), int(page[1] * px)))
            assert isinstance(got, tuple)
            yield name, all(abs(g - w) <= 2 for g, w in zip(got, want, strict=True))


def assert_bands_where_the_svg_says(drawn: Drawing, raster: Image.Image) -> None:
    samples = list(band_samples(drawn, raster))
    hits = sum(ok for _, ok in samples)
    # a few points fall on a Graphviz edge that crosses a band (not in ``lines``)
    assert samples and hits >= 0.85 * len(samples), (hits, len(samples))


def test_the_png_shows_the_bands_where_the_svg_has_them(drawn: Drawing) -> None:
    assert_bands_where_the_svg_says(drawn, Image.open(io.BytesIO(drawn.diagram.png())))


RSVG = shutil.which("rsvg-convert")


@pytest.mark.skipif(RSVG is None, reason="rsvg-convert (librsvg) is not installed")
def test_the_svg_renders_with_bands_where_its_coordinates_say(drawn: Drawing, tmp_path: Path) -> None:
    assert RSVG is not None
    svg = tmp_path / "d.svg"
    svg.write_text(drawn.diagram.svg(), encoding="utf-8")
    width = round(drawn.page[0] * 2)
    png = subprocess.run([RSVG, "-w", str(width), "-b", "white", str(svg)], capture_output=True, check=True).stdout
    assert_bands_where_the_svg_says(drawn, Image.open(io.BytesIO(png)))


# --- the command line ----------------------------------------------------------------------------

def test_each_variant_on_a_slide_is_exactly_the_slide(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "ph.png"
    code, _, err = run_cli(capsys, "render", str(MODELS / "paijat-hame-2018.yaml"), "-o", str(out),
                           "--preset", "slide", "--each-variant")
    assert code == 0, err
    png = Image.open(out)
    assert png.size == (1920, 1080)
    assert png.info["dpi"] == pytest.approx((144, 144), abs=0.01)


# --- line patterns under colour-blindness ----------------------------------------------------

#: Machado, Oliveira and Fernandes (2009), deuteranopia at severity 1.0, on linear RGB.
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))


def _linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _srgb(v: float) -> float:
    v = min(max(v, 0.0), 1.0)
    return 12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5))
    return r, g, b


def as_deuteranope(colour: str) -> tuple[float, float, float]:
    lin = [_linear(v) for v in rgb(colour)]
    r, g, b = (_srgb(sum(m * v for m, v in zip(row, lin, strict=True))) for row in DEUTERANOPIA)
    return r, g, b


def apart(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


def test_the_simulation_reproduces_the_reviews_figures() -> None:
    # the review (shared/review/diagrams.md): prepares_for #228833 becomes #7E733A, advises #D9485A #928756
    for colour, seen in (("#228833", "#7E733A"), ("#D9485A", "#928756")):
        assert apart(as_deuteranope(colour), rgb(seen)) < 2 / 255


#: Colours this close (RGB cube of side 1) look alike: the review's pair prepares_for / advises
#: is 0.16 apart to a deuteranope, against 0.78 to other readers.
ALIKE = 0.17


def test_relation_types_a_deuteranope_sees_alike_have_distinct_line_patterns() -> None:
    from orgmodel.render.theme import DEFAULT_THEME, HEAVY

    def pattern(style: EdgeStyle) -> str:
        return "heavy" if style.style == "solid" and style.penwidth >= HEAVY else style.style

    styles = dict(DEFAULT_THEME.relations)
    assert pattern(styles["prepares_for"]) != pattern(styles["advises"])
    merged = []
    for (a, sa), (b, sb) in combinations(styles.items(), 2):
        # colour tells them apart for most readers, not for a deuteranope (greys alike for
        # everyone are told apart by their arrowheads instead)
        seen_apart = apart(rgb(sa.color), rgb(sb.color)) > 0.25
        if seen_apart and apart(as_deuteranope(sa.color), as_deuteranope(sb.color)) < ALIKE:
            merged.append((a, b))
            assert pattern(sa) != pattern(sb), (a, b)
    assert ("prepares_for", "advises") in merged  # the pair the review found
