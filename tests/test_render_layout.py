"""Slides that stay legible (issue 11): compact mode, rows that wrap at any count, views, the fit report."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from orgmodel.io import load
from orgmodel.render import Layout, diagram
from orgmodel.render.measure import cards_outside_bands, text_sizes
from orgmodel.render.views import view_of
from orgmodel.vocab import BodyKind

from builders import body, cli_code, make_org, words_of

FIX = Path(__file__).parent / "fixtures" / "render"
CITY, LARGE = FIX / "city-60.yaml", FIX / "structure-150.yaml"


def test_the_fixtures_have_the_sizes_they_are_named_for() -> None:
    assert len(load(CITY).bodies) == 60 and len(load(LARGE).bodies) == 150


def test_rows_wrap_at_any_count_into_rows_of_at_most_the_limit() -> None:
    d = diagram(load(LARGE), preset="slide")
    per_row = Counter(d.grid.rows[i.row].key for i in d.grid.items if not i.side)
    assert max(per_row.values()) <= d.preset.row_limit == 6
    # 35 companies under one owner: 9 list cards of at most 4 names (35 = 8 x 4 + 3 -> cards of 4 or 3)
    companies = [i for i in d.grid.items if i.body.kind is BodyKind.SUBSIDIARY]
    assert sum(len(i.members) for i in companies) == 35 and len(companies) == 9
    assert {len(i.members) for i in companies} <= {3, 4}
    # the screen preset wraps too: no row of 45 cards
    screen = diagram(load(LARGE))
    assert max(Counter(screen.grid.rows[i.row].key for i in screen.grid.items if not i.side).values()) <= 8


def test_a_long_row_wraps_onto_at_most_six_rows_that_grow_wider() -> None:
    # 100 units under one executive: ceil(100 / 8) = 13 rows of 8 would be 13 ranks that every line
    # into the band below crosses; capped at 6 rows of ceil(100 / 6) = 17 (the last one 15)
    units = [body(f"u{k}", "administration", "j") for k in range(100)]
    org = make_org([body("v", "council"), body("j", "executive", "v"), *units])
    d = diagram(org)
    per_row = Counter(d.grid.rows[i.row].key for i in d.grid.items if i.body.kind is not BodyKind.COUNCIL)
    assert [per_row[f"executive.{k}"] for k in range(8)] == [1, 17, 17, 17, 17, 17, 15, 0]
    assert sum(per_row.values()) == 101
    # siblings keep the file's order row by row
    first_row = [i.body.id for i in d.grid.items if d.grid.rows[i.row].key == "executive.1"]
    assert first_row == [f"u{k}" for k in range(17)]
    assert cards_outside_bands(d) == []


def test_a_single_slide_drops_empty_bands_and_a_screen_diagram_keeps_them() -> None:
    org = load(FIX / "minimal.yaml")
    assert [t.value for t, _ in diagram(org, preset="slide").grid.bands] == ["council"]
    assert len(diagram(org).grid.bands) == 7


def test_a_list_card_names_every_member_at_card_name_size() -> None:
    d = diagram(load(CITY), preset="slide").use_layout(Layout(6, True, True))
    svg = d.svg()
    card = re.search(r'<g id="p0_list_oy_0" class="node card[^"]*">(.*?)</g>', svg, re.S)
    assert card is not None
    texts = re.findall(r'font-size="([\d.]+)"[^>]*>([^<]*)<', card.group(1))
    assert any("Yhtiö 1" in t for _, t in texts) and any("Yhtiö 4" in t for _, t in texts)
    # every line of the list (and its heading) at one size, the size of the names of ordinary cards
    council = re.search(r'<g id="p0_valtuusto" class="node card[^"]*">(.*?)</g>', svg, re.S)
    assert council is not None
    name_size = re.findall(r'font-weight="bold" font-size="([\d.]+)"', council.group(1))[0]
    assert {s for s, _ in texts} == {name_size}


@pytest.mark.parametrize("fixture", [CITY, LARGE])
def test_a_large_structure_is_legible_or_names_the_views_that_are(
        fixture: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaavio.svg"
    assert cli_code("render", str(fixture), "-o", str(out), "--preset", "slide", "--lang", "en", "--whole") == 0
    err = capsys.readouterr().err
    name_px = text_sizes(out.read_text()).name_px
    if name_px >= 18:
        assert "below the floor" not in err
        return
    assert f"card names are {name_px:.0f} px on the slide, below the floor of 18 px" in err
    views = re.findall(r"--view (\S+) \((\d+) px\)", err)
    assert views, err
    for view, px in views:  # every view it names really is legible, drawn as named
        view_out = tmp_path / f"{view}.svg"
        assert cli_code("render", str(fixture), "-o", str(view_out), "--preset", "slide", "--view", view,
                   "--lang", "en") == 0
        assert text_sizes(view_out.read_text()).name_px >= 18 and int(px) >= 18


def test_views_keep_their_tiers_and_cut_superiors_outside() -> None:
    org = load(CITY)
    group = view_of(org, "group")
    assert {b.kind for b in group.bodies} == {BodyKind.EXECUTIVE_BOARD, BodyKind.SUBSIDIARY, BodyKind.FOUNDATION}
    assert next(b for b in group.bodies if b.id == "hallitus").parent is None
    assert all(r.source in {b.id for b in group.bodies} and r.target in {b.id for b in group.bodies}
               for r in group.relations)
    sub = view_of(org, "subtree:lk_kasko")
    assert [b.id for b in sub.bodies] == ["lk_kasko", "j_kasko_0", "j_kasko_1"]


def test_an_unknown_view_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_code("render", str(CITY), "-o", str(tmp_path / "x.svg"), "--view", "subtree:nobody") == 2
    assert "has no body 'nobody'" in capsys.readouterr().err
    assert not (tmp_path / "x.svg").exists()


def test_slide_cards_lie_in_their_bands_and_the_title_reaches_its_floor() -> None:
    d = diagram(load(FIX / "region.yaml"), preset="slide")
    assert cards_outside_bands(d) == []
    sizes = text_sizes(d.svg())
    assert sizes.title_px >= 40 and sizes.text_px < sizes.name_px


# --- sheets on a slide ---------------------------------------------------------------------------

ARCH = Path(__file__).parent.parent / "models" / "archetypes"


def _panel_boxes(d: object, panel: int) -> list[tuple[float, float, float, float]]:
    from orgmodel.render import Diagram

    assert isinstance(d, Diagram)
    d.render("svg")
    return [d.positions[i.node] for i in d.grid.items if i.panel == panel and not i.side]


def test_two_structures_sit_side_by_side_on_one_slide_with_one_side_column() -> None:
    from orgmodel.render import sheet

    a, b = load(ARCH / "lautakuntamalli-toimialat.yaml"), load(ARCH / "valiokuntamalli-valmisteleva.yaml")
    d = sheet([a, b], preset="slide")
    assert re.search(r'<svg width="960pt" height="540pt"', d.svg())
    left, right = _panel_boxes(d, 0), _panel_boxes(d, 1)
    assert max(x + w / 2 for x, _, w, _ in left) < min(x - w / 2 for x, _, w, _ in right)
    # the same three advocacy bodies in both: drawn once, beside the right-hand panel
    assert [i.panel for i in d.grid.items if i.side] == [1, 1, 1]
    assert cards_outside_bands(d) == []


def test_four_structures_make_a_two_by_two_slide() -> None:
    from orgmodel.render import sheet

    orgs = [load(ARCH / f"{n}.yaml") for n in ("hallituksen-jaostomalli", "lautakuntamalli-prosessit",
                                                "lautakuntamalli-toimialat", "valiokuntamalli-paattava")]
    d = sheet(orgs, preset="slide")
    boxes = [_panel_boxes(d, p) for p in range(4)]
    top = [min(y - h / 2 for _, y, _, h in b) for b in boxes]  # Graphviz y grows upwards
    bottom = [max(y + h / 2 for _, y, _, h in b) for b in boxes]
    assert max(bottom[2], bottom[3]) < min(top[0], top[1])  # 2 and 3 below 0 and 1
    right_of = [min(x - w / 2 for x, _, w, _ in b) for b in boxes]
    left_of = [max(x + w / 2 for x, _, w, _ in b) for b in boxes]
    assert left_of[0] < right_of[1] and left_of[2] < right_of[3]  # 0 | 1 and 2 | 3
    assert abs(right_of[0] - right_of[2]) < abs(right_of[1] - right_of[0])  # 0 above 2, not a strip
    assert cards_outside_bands(d) == []


def test_more_than_four_structures_go_on_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mallit.svg"
    assert cli_code("sheet", str(ARCH), "-o", str(out), "--preset", "slide", "--lang", "en") == 0
    # four archetypes as 2 x 2 come out under the comparison floor of 18 px: pages of two
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mallit-1.svg", "mallit-2.svg", "mallit-3.svg"]
    panels = [len(re.findall(r'id="p\d+_title"', (tmp_path / f"mallit-{k}.svg").read_text())) for k in (1, 2, 3)]
    assert panels == [2, 2, 2]
    assert "6 structures do not fit one slide legibly: 3 pages of at most 2 structures each" in capsys.readouterr().err
    assert cli_code("sheet", str(ARCH), "-o", "-", "--preset", "slide") == 2  # pages need file names


def test_pages_write_the_whole_then_each_view(tmp_path: Path) -> None:
    out = tmp_path / "kaupunki.svg"
    assert cli_code("render", str(CITY), "-o", str(out), "--preset", "slide", "--pages") == 0
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["kaupunki-1.svg", "kaupunki-2.svg", "kaupunki-3.svg", "kaupunki-4.svg"]
    cards = [len(re.findall(r'class="node card', (tmp_path / f).read_text())) for f in files]
    # the whole first (at most one card per body), then political, administration, group: parts of it
    assert cards[0] <= 60 and all(0 < c < 30 for c in cards[1:])
    titles = [re.search(r"poliittinen johto|johto, hallinto ja tuotanto|konserniyhteisöt",
                        words_of((tmp_path / f).read_text())) for f in files[1:]]
    assert [t.group(0) if t else None for t in titles] == [
        "poliittinen johto", "johto, hallinto ja tuotanto", "konserniyhteisöt"]
    assert cli_code("render", str(CITY), "-o", "-", "--pages") == 2


def test_a_sheet_keeps_side_bodies_in_file_order_in_every_panel() -> None:
    from orgmodel.render import variants_sheet

    org = load(FIX / "region.yaml")
    d = variants_sheet(org)
    in_file = [b.id for b in org.bodies if b.kind.value in ("advocacy_body", "external_party", "cooperation_forum")]
    # nuoriso, vanhus, vammais (advocacy, in file order, not by id), then kunnat, myr
    assert in_file == ["nuoriso", "vanhus", "vammais", "kunnat", "myr"]
    for p in range(len(d.panels)):
        assert [i.body.id for i in d.grid.items if i.side and i.panel == p] == in_file


def test_a_slide_can_stack_both_side_tiers_in_one_column_under_one_heading() -> None:
    # Kymenlaakso: three advocacy bodies and one outside party (the municipalities), five band rows
    org = load(Path(__file__).parent.parent / "models" / "real" / "kymenlaakso.yaml")
    d = diagram(org, preset="slide").use_layout(Layout(6, True, False, stack=True))
    (columns,) = d.grid.side_columns
    assert len(columns) == 1
    heading, tiers, nodes = columns[0]
    assert tiers == "advocacy+external" and len(nodes) == 4
    assert "Vaikuttamistoimielimet · ulkoiset tahot" in words_of(d.svg()) and not cards_outside_bands(d)
    # without stacking, each tier has its own column
    apart = diagram(org, preset="slide").use_layout(Layout(6, True, False))
    assert [c[1] for c in apart.grid.side_columns[0]] == ["advocacy", "external"]


def test_the_archetypes_keep_every_shared_body_in_place_from_slide_to_slide() -> None:
    from orgmodel.render.measure import card_centres

    folder = Path(__file__).parent.parent / "models" / "archetypes"
    places = [card_centres(diagram(load(f), preset="slide").svg()) for f in sorted(folder.glob("[!_]*.yaml"))]
    assert len(places) == 6
    shared = set.intersection(*(set(p) for p in places))
    assert {"p0_maakuntavaltuusto", "p0_maakuntahallitus", "p0_nuorisovaltuusto"} <= shared
    # one line of a card name's type (24 px) is the most a body may move between the slides of a series
    for node in shared:
        xs, ys = [p[node][0] for p in places], [p[node][1] for p in places]
        assert max(xs) - min(xs) <= 24 and max(ys) - min(ys) <= 24, node
