"""The renderer: what a diagram shows, where, and that Graphviz had nothing to complain about.

Structure is checked, never SVG bytes (those differ between Graphviz versions): card ids and
their text, band positions, side-column and label-column placement, warnings, determinism.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path
from typing import Any, NoReturn

import pytest

from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.render import Diagram, diagram, sheet, variants_sheet
from orgmodel.render.grid import BAND_TIERS
from orgmodel.render.labels import seats_text
from orgmodel.render.text import BREAK_HYPHEN

from builders import SVG, box, groups, load_fixture, parse_svg, text_of

FIX = Path(__file__).resolve().parent / "fixtures" / "render"


# --- reading an SVG back (the shared readers are in builders.py) ----------------------------

def squash(text: str) -> str:
    """Text with line breaks, spaces and inserted break hyphens removed, for comparing names."""
    return re.sub(rf"[\s{BREAK_HYPHEN}]", "", text)


def band_boxes(root: ET.Element) -> dict[str, tuple[float, float, float, float]]:
    return {p.get("id", "")[5:]: box(p) for p in root.iter(f"{SVG}polygon") if (p.get("id") or "").startswith("band-")}


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def region() -> Organisation:
    return load_fixture("render/region.yaml")


@pytest.fixture(scope="module")
def region_svg(region: Organisation) -> tuple[Diagram, ET.Element]:
    d = diagram(region)
    return d, parse_svg(d.svg())


# --- what is drawn -----------------------------------------------------------------------

def test_every_body_has_its_card_with_name_kind_and_seats(region: Organisation,
                                                          region_svg: tuple[Diagram, ET.Element]) -> None:
    d, root = region_svg
    cards = groups(root, "card")
    drawn = region.variant()  # the default variant is what is drawn
    assert set(cards) == {f"p0_{b.id}" for b in drawn.bodies}
    for body in drawn.bodies:
        text = text_of(cards[f"p0_{body.id}"])
        assert squash(body.name("fi")) in squash(text), body.id
        # the kind is said once: by the name ("Tarkastuslautakunta") or else by the kind line
        assert squash(body.kind.label("fi")).casefold() in squash(text).casefold(), body.id
        if body.seats is not None:
            assert squash(seats_text(body, "fi")) in squash(text)


def test_no_graphviz_warnings(region_svg: tuple[Diagram, ET.Element]) -> None:
    d, _ = region_svg
    assert d.warnings == []


def test_cards_have_one_width_so_long_names_are_wrapped(region_svg: tuple[Diagram, ET.Element]) -> None:
    d, root = region_svg
    widths = {round(box(g)[2] - box(g)[0], 1) for g in groups(root, "card").values()}
    assert widths == {round(d.theme.card_width * 72, 1)}


def test_bands_run_in_the_fixed_order_top_to_bottom(region_svg: tuple[Diagram, ET.Element]) -> None:
    _, root = region_svg
    bands = band_boxes(root)
    assert list(bands) == [t.value for t in BAND_TIERS]
    tops = [bands[t.value][1] for t in BAND_TIERS]
    assert tops == sorted(tops)  # SVG y grows downwards
    for upper, lower in pairwise(BAND_TIERS):
        assert bands[upper.value][3] < bands[lower.value][1]  # no overlap


def test_each_card_sits_in_its_own_band(region: Organisation, region_svg: tuple[Diagram, ET.Element]) -> None:
    _, root = region_svg
    bands = band_boxes(root)
    tiers = region.variant().tiers()
    for node, g in groups(root, "card").items():
        tier = tiers[node[3:]]
        if tier.value not in bands:  # advocacy and external: the side column
            continue
        _, y0, _, y1 = box(g)
        b = bands[tier.value]
        assert b[1] <= y0 and y1 <= b[3], node


def test_labels_left_side_column_right(region: Organisation, region_svg: tuple[Diagram, ET.Element]) -> None:
    _, root = region_svg
    cards = {k: box(g) for k, g in groups(root, "card").items()}
    tiers = region.variant().tiers()
    side = {k for k in cards if tiers[k[3:]].value in ("advocacy", "external")}
    assert side == {"p0_nuoriso", "p0_vanhus", "p0_vammais", "p0_kunnat", "p0_myr"}
    rightmost_main = max(b[2] for k, b in cards.items() if k not in side)
    assert all(cards[k][0] > rightmost_main for k in side)
    labels = groups(root, "band-label")
    assert len(labels) == len(BAND_TIERS)
    leftmost_card = min(b[0] for b in cards.values())
    assert all(box(g)[2] <= leftmost_card for g in labels.values())
    assert text_of(labels["row_council_0"]) == "Valtuustotaso"


def test_a_structure_without_tiers_keeps_every_band_at_full_height() -> None:
    d = diagram(load(FIX / "minimal.yaml"))
    root = parse_svg(d.svg())
    bands = band_boxes(root)
    assert list(bands) == [t.value for t in BAND_TIERS]
    heights = {round(b[3] - b[1], 1) for b in bands.values()}
    assert len(heights) == 1  # the council's band and the six empty ones alike
    assert d.warnings == []


def test_side_edges_are_drawn_from_the_side_column(region_svg: tuple[Diagram, ET.Element]) -> None:
    _, root = region_svg
    # three advocacy bodies advise the board: one bus, out of the board and into each of them
    bus = [g for g in root.iter(f"{SVG}g") if "bus" in (g.get("class") or "").split()]
    assert len(bus) == 1 and "advises" in bus[0].get("class", "")
    assert len(list(bus[0].iter(f"{SVG}polyline"))) == 2 + 3  # bus, trunk, three stubs


def test_legend_shows_only_what_is_present() -> None:
    root = parse_svg(diagram(load(FIX / "minimal.yaml")).svg())
    legend = text_of(groups(root, "legend-kinds")["lg_kinds"])
    assert legend == "valtuusto"
    assert not groups(root, "legend-relation")  # no relations, not even hierarchy
    full = parse_svg(diagram(load(FIX / "region.yaml")).svg())
    relations = {g.get("id", "")[7:] for g in groups(full, "legend-relation").values()}
    # the one 'elects' runs from the council to its own child, the board: the hierarchy line
    # already draws it, so it is not drawn again and not in the legend
    assert relations == {"subordinate_to", "prepares_for", "steers", "owns", "audits", "advises",
                         "cooperates_with", "delegates"}
    assert "lautakunta" in text_of(groups(full, "legend-kinds")["lg_kinds"])


def test_open_and_inferred_bodies_are_marked(region_svg: tuple[Diagram, ET.Element]) -> None:
    _, root = region_svg
    cards = groups(root, "card")
    valitus = cards["p0_valitus"]
    assert "mark-open" in valitus.get("class", "")
    assert "? avoin" in text_of(valitus)
    assert any(p.get("stroke-dasharray") for p in valitus.iter(f"{SVG}path"))
    assert "mark-inferred" in cards["p0_tase"].get("class", "")
    assert "mark-choice" in cards["p0_elinvoima"].get("class", "")  # an open choice would change it


def test_open_choice_drawn_as_default_variant_and_named_in_subtitle(region: Organisation) -> None:
    d = diagram(region)
    assert "Avoin valinta: Onko elinvoima lautakunta vai valiokunta? (kuvassa: lautakunta)" in d.svg()
    picked = diagram(region, variant={"elinvoima-tyyppi": "valiokunta"})
    root = parse_svg(picked.svg())
    card = groups(root, "card")["p0_elinvoima"]
    assert "Elinvoimavaliokunta" in squash(text_of(card)) and "committee" in card.get("class", "")
    assert "Vaihtoehto: Onko elinvoima lautakunta vai valiokunta? → valiokunta" in picked.svg()


def test_each_variant_side_by_side(region: Organisation) -> None:
    root = parse_svg(variants_sheet(region).svg())
    titles = [text_of(g) for g in groups(root, "panel-title").values()]
    assert titles == ["Vaihtoehto: lautakunta", "Vaihtoehto: valiokunta"]


def test_english_labels(region: Organisation) -> None:
    root = parse_svg(diagram(region, lang="en").svg())
    board = squash(text_of(groups(root, "card")["p0_hallitus"]))
    # the name says the kind: no kind line
    assert board == squash("Regional executive board 11 members, chair + 2 vice-chairs")
    assert text_of(groups(root, "band-label")["row_council_0"]) == "Council level"


def test_same_input_same_bytes(region: Organisation) -> None:
    a, b = diagram(region), diagram(region)
    assert a.dot == b.dot
    a.render("svg", "png", "pdf")
    b.render("svg", "png", "pdf")
    for fmt in ("svg", "png", "pdf"):
        assert a.data(fmt) == b.data(fmt), fmt


def test_pdf_embeds_the_font_and_svg_names_a_font_stack(region: Organisation) -> None:
    d = diagram(region)
    assert b"/FontFile2" in d.pdf() and b"DejaVuSans" in d.pdf()
    assert 'font-family="DejaVu Sans, Verdana, Arial, sans-serif"' in d.svg()


def test_presets_give_their_page() -> None:
    org = load(FIX / "minimal.yaml")
    slide = diagram(org, preset="slide")
    assert re.search(r'<svg width="960pt" height="540pt"', slide.svg())
    fills = [p.get("fill") for p in parse_svg(slide.svg()).iter(f"{SVG}polygon")]
    # a slide drops the empty bands of a single diagram: only the council band, painted once, not twice
    assert fills.count("#EEF1F5") + fills.count("#F6F7F9") == 1
    screen = [p.get("fill") for p in parse_svg(diagram(org).svg()).iter(f"{SVG}polygon")]
    assert screen.count("#EEF1F5") + screen.count("#F6F7F9") == len(BAND_TIERS)
    assert struct.unpack(">II", slide.png()[16:24]) == (1920, 1080)
    assert struct.unpack(">II", diagram(org, preset="slide", dpi=72).png()[16:24]) == (960, 540)
    a4 = re.search(r'<svg width="(\d+)pt" height="(\d+)pt"', diagram(org, preset="a4").svg())
    assert a4 is not None
    assert int(a4.group(1)) <= 10.9 * 72 + 1 and int(a4.group(2)) <= 7.48 * 72 + 1


# --- hostile names ------------------------------------------------------------------------

def test_hostile_names_render_and_survive_in_the_svg() -> None:
    org = load(FIX / "hostile.yaml")
    d = diagram(org)
    root = parse_svg(d.svg())  # parses as XML
    cards = groups(root, "card")
    for body in org.bodies:
        assert squash(body.name("fi")) in squash(text_of(cards[f"p0_{body.id}"])), body.id
    assert len(org.body("long").name()) == 300
    title = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert 'Vihamieliset "nimet" <&> \\ {}' in title
    assert d.warnings == []
    d.render("png", "pdf")  # and the other formats do not fail either
    assert d.png().startswith(b"\x89PNG") and d.pdf().startswith(b"%PDF")


# --- sheets ----------------------------------------------------------------------------

def _changed_copy(org: Organisation) -> Organisation:
    """The region with one board turned into a committee, one body added and one removed."""
    from orgmodel.model import Organisation

    data = org.variant().model_dump(by_alias=True, exclude_none=True)
    for b in data["bodies"]:
        if b["id"] == "turva":
            b["kind"] = "committee"
        if b["id"] == "hyvinvointi":
            b["seats"] = 13
    data["bodies"] = [b for b in data["bodies"] if b["id"] != "tilakeskus"]
    data["relations"] = [r for r in data["relations"] if "tilakeskus" not in (r["source"], r["target"])]
    data["bodies"].append({"id": "uusi", "kind": "board", "names": {"fi": "Uusi lautakunta"}, "parent": "hallitus"})
    data["id"] = "muutettu"
    return Organisation.model_validate(data)


def test_sheet_bands_are_shared_and_every_card_sits_in_its_band(region: Organisation) -> None:
    other = load(FIX / "minimal.yaml")
    d = sheet([region, other])
    root = parse_svg(d.svg())
    bands = band_boxes(root)
    assert list(bands) == [t.value for t in BAND_TIERS]
    cards = groups(root, "card")
    assert "p1_valtuusto" in cards and "p0_valtuusto" in cards
    # both councils in the one council band, at the same height
    b0, b1 = box(cards["p0_valtuusto"]), box(cards["p1_valtuusto"])
    band = bands["council"]
    for b in (b0, b1):
        assert band[1] <= b[1] and b[3] <= band[3]
    assert abs((b0[1] + b0[3]) - (b1[1] + b1[3])) < 0.5
    # the second structure is right of the separator, the first left of it
    sep = [p for p in root.iter(f"{SVG}polyline") if p.get("id") == "sep0"][0]
    x = box(sep)[0]
    assert all(box(g)[2] < x for k, g in cards.items() if k.startswith("p0_"))
    assert all(box(g)[0] > x for k, g in cards.items() if k.startswith("p1_"))
    assert d.warnings == []


def test_sheet_marks_differences_against_the_baseline(region: Organisation) -> None:
    changed = _changed_copy(region)
    d = sheet([region, changed], baseline=region)
    root = parse_svg(d.svg())
    cards = groups(root, "card")
    assert not any("mark-added" in (g.get("class") or "") for k, g in cards.items() if k.startswith("p0_"))
    assert "mark-added" in cards["p1_uusi"].get("class", "")
    turva = cards["p1_turva"]
    assert "mark-changed" in turva.get("class", "") and squash("lautakunta → valiokunta") in squash(text_of(turva))
    assert squash("paikat: 11 → 13") in squash(text_of(cards["p1_hyvinvointi"]))
    ghost = cards["p1_ghost_tilakeskus"]
    assert "mark-removed" in ghost.get("class", "") and "poistunut" in text_of(ghost)
    assert "vertailukohta" in text_of(groups(root, "panel-title")["p0_title"])
    assert d.warnings == []


# --- files ------------------------------------------------------------------------------

def test_save_is_atomic_and_a_failed_render_keeps_the_old_file(region: Organisation, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "kaavio.svg"
    out.write_text("old")
    from orgmodel.render.graphviz import engine

    def broken(*args: object, **kwargs: object) -> NoReturn:
        raise RuntimeError("graphviz fell over")

    monkeypatch.setattr(engine, "render", broken)
    with pytest.raises(RuntimeError):
        diagram(region).save(out)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kaavio.svg"]
    monkeypatch.undo()
    diagram(region).save(out)
    parse_svg(out.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["kaavio.svg"]


def test_diagram_displays_in_notebooks(region: Organisation) -> None:
    from IPython.core.formatters import DisplayFormatter

    from orgmodel.render.notebook import enable

    class Shell:
        display_formatter: Any = DisplayFormatter()  # IPython's formatters carry no type annotations

    shell = Shell()
    shell.display_formatter.formatters["image/svg+xml"].enabled = True
    assert enable(shell)
    data, _ = shell.display_formatter.format(region, include=["image/svg+xml"])
    assert "Maakuntahallitus" in data["image/svg+xml"]
    data, _ = shell.display_formatter.format(region.variant({"elinvoima-tyyppi": "valiokunta"}),
                                             include=["image/svg+xml"])
    card = groups(parse_svg(data["image/svg+xml"]), "card")["p0_elinvoima"]
    assert squash(text_of(card)).startswith("Elinvoimavaliokunta")  # the variant's committee, its name saying so
    assert "<svg" in diagram(region)._repr_svg_()


def test_an_untitled_sheet_gets_a_title_in_its_language() -> None:
    from orgmodel.io import load
    from orgmodel.render import sheet

    root = Path(__file__).resolve().parent.parent / "models" / "archetypes"
    orgs = [load(root / "lautakuntamalli-toimialat.yaml"), load(root / "hallituksen-jaostomalli.yaml")]
    assert "Rakenteiden vertailu" in sheet(orgs).svg()
    english = sheet(orgs, lang="en").svg()
    assert "Structures compared" in english and "Rakenteiden vertailu" not in english
    assert "Oma otsikko" in sheet(orgs, title="Oma otsikko").svg()
