"""Comparison slides at the floor of issue 11: names of at least 18 px on a two-structure slide,
2 x 2 only where four meet that floor, otherwise pages of two (an odd last one alone)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from orgmodel.io import load_folder
from orgmodel.model import Organisation
from orgmodel.render import sheet, sheet_pages
from orgmodel.render.grid import _ghost_levels, plan_grid
from orgmodel.render.measure import cards_outside_bands, text_sizes
from orgmodel.render.scene import Panel
from orgmodel.tiers import assign_tiers

from builders import body, load_fixture, make_org

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archetypes() -> list[Organisation]:
    orgs = [m.org.as_of(m.org.version_date) for m in load_folder(ROOT / "models" / "archetypes")]
    assert len(orgs) == 6  # the six archetypes of the seed deck (_base.yaml is a fragment)
    return orgs


def test_six_archetypes_on_a_slide_go_on_pages_of_two_at_the_floor(archetypes: list[Organisation]) -> None:
    pages = sheet_pages(archetypes, preset="slide", title="Arkkityypit")
    # the first four as 2 x 2 measure 9-10 px (far under 18), so every page holds two: 6 / 2 = 3
    assert [len(d.panels) for d in pages] == [2, 2, 2]
    assert [p.title for d in pages for p in d.panels] == [sheet([o]).panels[0].title for o in archetypes]
    sizes = [text_sizes(d.svg(), 1920) for d in pages]
    # names at the comparison floor of 18 px, and no text under 16 px (the sheet's names are set
    # larger than a single slide's, and its small type may come as close to them as the floor needs)
    assert all(size.name_px >= 18.0 and size.text_px >= 16.0 for size in sizes), sizes
    assert all(d.fit.floor_px == 18.0 for d in pages)
    for d, size in zip(pages, sizes, strict=True):
        assert size.title_px >= 40.0
        assert cards_outside_bands(d) == []


def test_against_a_baseline_every_page_shows_the_baseline_beside_one_other(archetypes: list[Organisation]) -> None:
    base = next(o for o in archetypes if o.id == "lautakuntamalli-toimialat")
    pages = sheet_pages(archetypes, baseline=base, preset="slide")
    # 2 x 2 of the baseline and three others misses the floor: five pages, the baseline first on each
    assert [len(d.panels) for d in pages] == [2] * 5
    assert all(d.panels[0].org is base and d.panels[0].badge for d in pages)
    assert [d.panels[1].org.id for d in pages] == [o.id for o in archetypes if o is not base]


def test_four_tiny_structures_share_one_2x2_page() -> None:
    tiny = load_fixture("render/minimal.yaml")  # a council alone: four of it fit a slide at 18 px
    pages = sheet_pages([tiny] * 4, preset="slide")
    assert [len(d.panels) for d in pages] == [4]
    assert pages[0].grid.cols == 2  # 2 x 2, not a strip of four
    assert text_sizes(pages[0].svg(), 1920).name_px >= 18.0


def test_an_odd_last_structure_goes_alone_and_other_presets_keep_one_sheet() -> None:
    region = load_fixture("render/region.yaml")  # 24 bodies
    assert not sheet([region] * 3, preset="slide").fit.fits  # three of it as 2 x 2: under 18 px
    pages = sheet_pages([region] * 3, preset="slide")
    assert [len(d.panels) for d in pages] == [2, 1]  # so a pair, then the third alone
    assert pages[0].grid.cols == 2 and pages[1].fit.floor_px == 24.0
    assert [len(d.panels) for d in sheet_pages([region] * 5, preset="screen")] == [5]
    assert sheet_pages([], preset="slide") == []


def _removed_committees(n: int) -> tuple[Organisation, Organisation]:
    base = make_org([body("valtuusto", "council"), body("hallitus", "executive_board", "valtuusto"),
                     *(body(f"lk{k}", "committee", "hallitus") for k in range(n))], id="base")
    now = make_org([body("valtuusto", "council"), body("hallitus", "executive_board", "valtuusto"),
                    body("uusi", "committee", "hallitus")], id="now")
    return base, now


def test_ghosts_of_removed_bodies_wrap_at_the_row_limit() -> None:
    base, now = _removed_committees(4)
    ghosts = [b for b in base.bodies if b.id.startswith("lk")]
    panel = Panel(now, "Nyt", ghosts=ghosts)
    tier_of = dict(assign_tiers(now))
    levels = {b.id: 0 for b in now.bodies}
    # one live committee in row 0; with three a row: two ghosts join it, the other two go below
    assert _ghost_levels(panel, tier_of, levels, frozenset(), 3) == {"lk0": 0, "lk1": 0, "lk2": 1, "lk3": 1}
    grid = plan_grid([Panel(base, "Ennen"), panel], compact=True, row_limit=3, cols=2)
    committee_rows = {item.row for item in grid.items if item.panel == 1 and item.body.kind.value == "committee"}
    assert len(committee_rows) == 2
    per_row = [sum(1 for item in grid.items if item.panel == 1 and item.row == r) for r in sorted(committee_rows)]
    assert per_row == [3, 2]


def test_a_baseline_pair_keeps_its_badges_ghosts_and_heavy_relations(archetypes: list[Organisation]) -> None:
    by_id = {o.id: o for o in archetypes}
    base = by_id["lautakuntamalli-toimialat"]
    # the demo's third baseline page: committees that prepare, and committees beside boards that decide
    d = sheet([by_id["valiokuntamalli-valmisteleva"], by_id["yhdistelmamalli"]], baseline=base, preset="slide")
    svg = d.svg()
    classes = re.findall(r'class="([^"]*)"', svg.replace("&#45;", "-"))
    marks = Counter(c for cls in classes for c in cls.split() if c.startswith(("mark-", "relation-")))
    # the boards became committees: 3 in the first (all preparatory), 1 in the second (2 boards stay)
    assert marks["mark-changed"] == 4
    # the board's delegations to the boards that are gone are ghosts; the new ones are drawn heavy
    assert marks["relation-removed"] > 0 and marks["relation-added"] > 0
    assert "päättää" in svg and "valmistelee" in svg
    assert text_sizes(svg, 1920).name_px >= 18.0
