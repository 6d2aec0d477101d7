"""Editable PowerPoint: read back with python-pptx — cards, texts, bands, connectors glued at both ends."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from orgmodel.cli import main
from orgmodel.io import load
from orgmodel.render import diagram, sheet_pages
from orgmodel.render.hyphenate import SOFT_HYPHEN, soft_hyphenate

from builders import FIXTURES, MODELS, SHIPPED, body, drawn, make_org, pairs_expected

REGION = FIXTURES / "render" / "region.yaml"
EMU_PER_INCH = 914400


def deck(data: bytes) -> Any:
    return Presentation(io.BytesIO(data))


def connectors(slide: Any) -> list[Any]:
    return [s for s in slide.shapes if s.shape_type is not None and s._element.tag.endswith("cxnSp")]


def ends(connector: Any) -> tuple[int | None, int | None]:
    """The shape ids a connector is glued to (begin, end), None where it is loose."""
    nv = connector._element.nvCxnSpPr.cNvCxnSpPr
    begin, end = nv.find("{*}stCxn"), nv.find("{*}endCxn")
    return (int(begin.get("id")) if begin is not None else None, int(end.get("id")) if end is not None else None)


def plain(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")




@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_model_is_a_slide_of_its_bodies_and_lines(path: Path) -> None:
    org = load(path)
    data = diagram(org).data("pptx")
    slide = deck(data).slides[0]
    by_name = {s.name: s for s in slide.shapes}
    by_id = {s.shape_id: s.name for s in slide.shapes}
    bodies = drawn(org).bodies
    for b in bodies:  # one shape per card, named after its node, saying the body's name
        card = by_name[f"p0_{b.id}"]
        assert plain(b.name("fi")) in plain(card.text_frame.text)
    joined: set[frozenset[str]] = set()
    for c in connectors(slide):
        if c.name.startswith("lg_") or c.name == "split" or c.name.startswith("sep"):
            assert ends(c) == (None, None)  # a legend sample, the organiser/producer divider, a separator: loose
            continue
        begin, end = ends(c)
        assert begin is not None and end is not None, c.name  # glued at both ends
        joined.add(frozenset((by_id[begin].removeprefix("p0_"), by_id[end].removeprefix("p0_"))))
    assert joined == pairs_expected(drawn(org))


def test_the_slide_is_16_9_at_13_333_by_7_5_inches() -> None:
    prs = deck(diagram(load(REGION), preset="slide").data("pptx"))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    assert round(prs.slide_width / EMU_PER_INCH, 3) == 13.333 and prs.slide_height / EMU_PER_INCH == 7.5


def test_a_connector_runs_from_the_superiors_bottom_to_the_subordinates_top() -> None:
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}),
                    body("h", "executive_board", "v", names={"fi": "Hallitus"})])
    slide = deck(diagram(org).data("pptx")).slides[0]
    council, board = (next(s for s in slide.shapes if s.name == n) for n in ("p0_v", "p0_h"))
    (line,) = [c for c in connectors(slide) if not c.name.startswith("lg_")]
    assert ends(line) == (council.shape_id, board.shape_id)
    assert board.top > council.top + council.height  # the subordinate is drawn below
    # glued at the sites: bottom middle of the council, top middle of the board (1 EMU rounding)
    assert abs(line.begin_x - (council.left + council.width // 2)) <= 1
    assert abs(line.begin_y - (council.top + council.height)) <= 1
    assert abs(line.end_x - (board.left + board.width // 2)) <= 1 and abs(line.end_y - board.top) <= 1


def test_an_arrowhead_is_drawn_where_the_relation_points() -> None:
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}),
                    body("h", "executive_board", "v", names={"fi": "Hallitus"}),
                    body("t", "audit_committee", "v", names={"fi": "Tarkastuslautakunta"})],
                   relations=[{"type": "reports_to", "source": "t", "target": "h"}])
    slide = deck(diagram(org).data("pptx")).slides[0]
    names = {s.shape_id: s.name for s in slide.shapes}
    (line,) = [c for c in connectors(slide) if "reports_to" in c.name and not c.name.startswith("lg_")]
    ln = line._element.spPr.find("{*}ln")
    begin, end = ends(line)
    # the arrow is at the board's end, whichever way the line was drawn
    at_board = "tailEnd" if names[end] == "p0_h" else "headEnd"
    assert {names[begin], names[end]} == {"p0_t", "p0_h"}
    assert ln.find("{*}" + at_board) is not None
    assert ln.find("{*}" + ({"tailEnd", "headEnd"} - {at_board}).pop()) is None


def test_cards_carry_soft_hyphens_at_orgmodels_break_points() -> None:
    name = "Yhteistoimintavaliokunta"
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}),
                    body("y", "committee", "v", names={"fi": name})])
    slide = deck(diagram(org).data("pptx")).slides[0]
    card = next(s for s in slide.shapes if s.name == "p0_y")
    texts = [run.text for p in card.text_frame.paragraphs for run in p.runs]
    assert soft_hyphenate(name, "fi") in texts
    assert soft_hyphenate(name, "fi").split(SOFT_HYPHEN)[:3] == ["Yh", "teis", "toi"]  # syllables, never Yhteisto-


def test_bands_are_behind_the_cards_and_hold_them() -> None:
    org = load(REGION)
    slide = deck(diagram(org).data("pptx")).slides[0]
    shapes = list(slide.shapes)
    order = {s.name: k for k, s in enumerate(shapes)}
    bands = [s for s in shapes if s.name.startswith("band-")]
    assert [b.name for b in bands][:2] == ["band-council", "band-executive_board"]
    first_card = min(order[f"p0_{b.id}"] for b in org.bodies)
    assert all(order[b.name] < first_card for b in bands)
    council = next(s for s in shapes if s.name == "p0_valtuusto")
    band = next(b for b in bands if b.name == "band-council")
    middle = council.top + council.height // 2
    assert band.top <= middle <= band.top + band.height
    assert "Valtuustotaso" in plain(band.text_frame.text)


def test_colours_come_from_the_theme() -> None:
    d = diagram(load(REGION))
    slide = deck(d.data("pptx")).slides[0]
    council = next(s for s in slide.shapes if s.name == "p0_valtuusto")
    style = d.theme.kind(next(b for b in load(REGION).bodies if b.id == "valtuusto").kind)
    assert str(council.fill.fore_color.rgb) == style.fill.lstrip("#").upper()
    assert str(council.line.color.rgb) == style.border.lstrip("#").upper()


def test_title_source_and_legend_are_on_the_slide() -> None:
    d = diagram(load(MODELS / "pohjois-karjala-2018.yaml"))
    slide = deck(d.data("pptx")).slides[0]
    texts = {s.name: plain(s.text_frame.text) for s in slide.shapes if s.has_text_frame}
    assert texts["title"] == "Pohjois-Karjalan maakunta (malli, luonnos 16.5.2018)"
    assert texts["subtitle"].startswith("Lähde: Maakuntien poliittinen johtaminen")
    legend = " ".join(v for k, v in texts.items() if k.startswith("lg_"))
    assert "valitsee" in legend and "alaisuus (hierarkia)" in legend
    samples = [c.name for c in connectors(slide) if c.name.startswith("lg_rel_")]
    assert "lg_rel_elects" in samples


def _pages() -> Iterator[Path]:
    yield from sorted((MODELS / "archetypes").glob("[!_]*.yaml"))


def test_a_sheet_of_six_is_one_deck_of_three_slides(tmp_path: Path) -> None:
    out = tmp_path / "vertailu.pptx"
    try:
        main(["sheet", *map(str, _pages()), "--preset", "slide", "-o", str(out)])
    except SystemExit as e:
        assert not e.code
    prs = deck(out.read_bytes())
    assert len(prs.slides) == 3
    assert not list(tmp_path.glob("vertailu-*"))  # no OUTPUT-1, OUTPUT-2 for a deck
    orgs = [load(p) for p in _pages()]
    for slide, page in zip(prs.slides, sheet_pages(orgs, preset="slide"), strict=True):
        names = {s.name for s in slide.shapes}
        assert {item.node for item in page.grid.items} <= names  # every card of every panel of that page
        assert {f"p{i}_title" for i in range(len(page.panels))} <= names


def test_the_same_input_gives_the_same_bytes_with_fixed_dates() -> None:
    org = load(REGION)
    one, two = diagram(org).data("pptx"), diagram(org).data("pptx")
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as z:
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = deck(one).core_properties
    assert (core.created.year, core.modified.year, core.modified.month, core.modified.day) == (2000, 2000, 1, 1)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_deck_and_writes_a_pdf(tmp_path: Path) -> None:
    src = tmp_path / "alue.pptx"
    src.write_bytes(diagram(load(REGION), preset="slide").data("pptx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "alue.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/Page" in pdf


@pytest.mark.parametrize("preset", ["screen", "slide"])
def test_every_shape_is_on_the_slide_and_no_two_cards_overlap(preset: str) -> None:
    prs = deck(diagram(load(MODELS / "pirkanmaa-2018.yaml"), preset=preset).data("pptx"))
    slide = prs.slides[0]
    for s in slide.shapes:
        assert 0 <= s.left and s.left + s.width <= prs.slide_width, s.name
        assert 0 <= s.top and s.top + s.height <= prs.slide_height, s.name
    cards = [s for s in slide.shapes if s.name.startswith("p0_") and not s.name.endswith("_title")
             and not s._element.tag.endswith("cxnSp") and s.name.count("_side_") == 0]
    assert len(cards) > 20
    for k, a in enumerate(cards):
        for b in cards[k + 1:]:
            apart = (a.left + a.width <= b.left or b.left + b.width <= a.left
                     or a.top + a.height <= b.top or b.top + b.height <= a.top)
            assert apart, (a.name, b.name)


def test_type_is_scaled_with_the_cards_so_names_wrap_as_in_the_layout() -> None:
    d = diagram(load(REGION))
    slide = deck(d.data("pptx")).slides[0]
    card = next(s for s in slide.shapes if s.name == "p0_valtuusto")
    name_run = next(r for p in card.text_frame.paragraphs for r in p.runs if r.font.bold)
    laid_out_width = d.positions["p0_valtuusto"][2]  # points, in the layout
    scale = card.width / 12700 / laid_out_width  # slide points per layout point
    assert name_run.font.size.pt == pytest.approx(d.theme.name_size * scale, abs=0.06)
