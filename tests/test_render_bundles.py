"""How relations fan out and how sheets keep bodies in order, checked on the drawn SVG.

* An owner steering and owning many companies draws one trunk down to the group band, a bus
  along it and a short drop into each company, never one long line per company.
* Buses of different owners in one gap run in lanes of their own.
* On a sheet the same bodies stand in the same left-to-right order in every panel.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.render import Diagram, diagram, sheet
from orgmodel.render.graphviz.paint import trunk_runs

from builders import SVG, card_box, make_org, parse_svg, polylines

FIX = Path(__file__).resolve().parent / "fixtures" / "render"


def _group(n_companies: int) -> Organisation:
    """A council, its board, a director with offices between them and the group, and companies
    the board both owns and steers (plus one foundation it only steers)."""
    bodies = [
        {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
        {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"},
        {"id": "l", "kind": "board", "names": {"fi": "Lautakunta"}, "parent": "h"},
        {"id": "j", "kind": "executive", "names": {"fi": "Johtaja"}, "parent": "h"},
        {"id": "t1", "kind": "administration", "names": {"fi": "Toimiala 1"}, "parent": "j"},
        {"id": "t2", "kind": "administration", "names": {"fi": "Toimiala 2"}, "parent": "j"},
        {"id": "ll", "kind": "business_enterprise", "names": {"fi": "Liikelaitos"}, "parent": "h"},
    ]
    relations = []
    for k in range(n_companies):
        cid = f"oy{k:02d}"
        bodies.append({"id": cid, "kind": "subsidiary" if k % 2 else "associated_company",
                       "names": {"fi": f"Yhtiö {k} Oy"}})
        relations += [{"type": "owns", "source": "h", "target": cid}, {"type": "steers", "source": "h", "target": cid}]
    bodies.append({"id": "s", "kind": "foundation", "names": {"fi": "Säätiö"}})
    relations.append({"type": "steers", "source": "h", "target": "s"})
    return make_org(bodies, relations=relations, id="konserni", name="KONSERNI")


@pytest.mark.parametrize("n", [5, 12])  # 12 companies wrap onto the group band's second row
def test_a_fan_of_owned_companies_draws_one_trunk(n: int) -> None:
    d = diagram(_group(n))
    root = parse_svg(d.svg())
    assert d.warnings == []
    trunks = [g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]
    assert len(trunks) == 1, "one trunk for the whole fan"
    trunk = trunks[0]
    assert {"steers", "owns"} <= set(trunk.get("class", "").split())
    # Graphviz draws none of these relations: no long line per company
    graphviz_edges = [g for g in root.iter(f"{SVG}g") if "edge" in (g.get("class") or "").split()
                      and g.find(f"{SVG}path") is not None and {"owns", "steers"} & set(g.get("class", "").split())
                      and not g.get("id", "").startswith("lg_")]  # (the legend's samples are Graphviz's)
    assert graphviz_edges == []
    # the trunk is drawn as an organisation chart: horizontal and vertical strokes only,
    # one line per relation type, leaving the board's bottom edge
    lines = polylines(trunk)
    for line in lines:
        for (ax, ay), (bx, by) in pairwise(line):
            assert abs(ax - bx) < 0.05 or abs(ay - by) < 0.05
    h = card_box(root, "p0_h")
    starts = [line[0] for line in lines if abs(line[0][1] - h[3]) < 3.0]
    assert len(starts) == 2 and all(h[0] <= x <= h[2] for x, _ in starts)
    # every company (and the foundation) gets a short drop that ends on its top edge
    companies = [f"oy{k:02d}" for k in range(n)] + ["s"]
    drops = {g.get("id"): g for g in root.iter(f"{SVG}g")
             if (g.get("class") or "").startswith("edge ") and "trunk" not in g.get("class", "").split()}
    reached = set()
    for g in drops.values():
        for line in polylines(g):
            (x0, y0), (x1, y1) = line[0], line[-1]
            assert abs(x0 - x1) < 0.05, "drops are vertical"
            for cid in companies:
                c = card_box(root, f"p0_{cid}")
                if c[0] <= x1 <= c[2] and abs(y1 - c[1]) < 12.0:  # reaches the top edge (an arrowhead's length)
                    reached.add(cid)
                    assert y1 - y0 < 60.0, "a drop is short: the bus runs just above the company"
    assert reached == set(companies)
    if n > 8:  # two rows of companies: the trunk goes on past the first row to a second bus
        assert len({c for c in (card_box(root, f"p0_{cid}")[1] for cid in companies)}) == 2


def test_two_relations_into_one_band_share_a_bus_and_one_stays_a_line() -> None:
    org = _group(2)
    root = parse_svg(diagram(org).svg())
    assert len([g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]) == 1
    lone = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}},
                     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
                     {"id": "oy", "kind": "subsidiary", "names": {"fi": "Oy"}}],
                    relations=[{"type": "owns", "source": "h", "target": "oy"}], name="T")
    root = parse_svg(diagram(lone).svg())
    assert not [g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]


def test_buses_of_two_owners_in_one_gap_run_in_their_own_lanes() -> None:
    bodies = [{"id": "v", "kind": "council", "names": {"fi": "V"}},
              {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"}]
    relations = []
    for k in range(3):
        bodies.append({"id": f"b{k}", "kind": "board", "names": {"fi": f"Lautakunta {k}"}, "parent": "h"})
        relations += [{"type": "elects", "source": "v", "target": f"b{k}"},
                      {"type": "prepares_for", "source": f"b{k}", "target": "h"}]
    d = diagram(make_org(bodies, relations=relations, name="T"))
    root = parse_svg(d.svg())
    assert d.warnings == []
    trunks = [g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]
    assert len(trunks) == 2
    bus_y = []
    for g in trunks:
        horizontal = [line for line in polylines(g) if abs(line[0][1] - line[-1][1]) < 0.05 and len(line) == 2]
        bus_y.append(horizontal[-1][0][1])
    assert abs(bus_y[0] - bus_y[1]) >= 5.0


def test_trunk_runs_straight_where_it_can_and_turns_in_a_free_gap() -> None:
    # free everywhere under the owner: one straight run, where Graphviz put the corridor
    assert trunk_runs((0, 100), [(2, 50, (0, 200)), (3, 60, (40, 300))]) == [(60, 2)]
    # the third row has no room at x <= 100: one turn, toward where the trunk goes next
    runs = trunk_runs((0, 100), [(2, 50, (0, 200)), (3, 60, (0, 150)), (4, 300, (250, 400))])
    assert runs == [(100, 2), (300, 4)]
    # ...and when a bus already uses that gap, the turn moves up to a gap that is free
    runs = trunk_runs((0, 100), [(2, 50, (0, 400)), (3, 60, (0, 400)), (4, 300, (250, 400))], busy={4})
    assert [r for _, r in runs] == [2, 3]


def _x_orders(d: Diagram) -> dict[int, dict[int, list[str]]]:
    """Panel -> grid row -> body ids of that row's cards, left to right."""
    d.render("svg")
    rows: dict[int, dict[int, list[tuple[float, str]]]] = {}
    for item in d.plan.grid.items:
        if not item.side and not item.ghost:
            rows.setdefault(item.panel, {}).setdefault(item.row, []).append((d.positions[item.node][0], item.body.id))
    return {p: {r: [b for _, b in sorted(v)] for r, v in rs.items()} for p, rs in rows.items()}


def test_sheet_panels_keep_the_same_bodies_in_the_same_order() -> None:
    region = load(FIX / "region.yaml").variant()
    data = region.model_dump(mode="json", exclude_none=True)
    # the same structure written in the opposite order, and one with bodies missing
    reversed_ = Organisation.model_validate({**data, "id": "reversed", "bodies": data["bodies"][::-1]})
    keep = {b["id"] for b in data["bodies"]} - {"elinvoima", "tase", "hallinto"}
    smaller = Organisation.model_validate({**data, "id": "smaller",
                                           "bodies": [b for b in data["bodies"] if b["id"] in keep],
                                           "relations": [r for r in data.get("relations", [])
                                                         if r["source"] in keep and r["target"] in keep]})
    d = sheet([region, reversed_, smaller])
    assert d.warnings == []
    orders = _x_orders(d)
    compared = 0
    for p in orders:
        for q in orders:
            if q <= p:
                continue
            for row, ids in orders[p].items():
                other = orders[q].get(row, [])
                common = [b for b in ids if b in other]
                assert common == [b for b in other if b in ids], f"row {row}: panel {p} {ids} vs panel {q} {other}"
                compared += len(common) > 1
    assert compared > 0
    again = sheet([region, reversed_, smaller])
    assert again.svg() == d.svg()  # deterministic


def test_gallery_sheets_keep_the_same_order_in_every_panel() -> None:
    from orgmodel.demo import load_models
    from orgmodel.render.gallery import gallery

    root = Path(__file__).resolve().parent.parent
    sheets = [(name, d) for name, d in gallery(load_models(root / "models")) if name.startswith("sheet-")]
    if not sheets:
        pytest.skip("no models")
    for name, d in sheets:
        orders = _x_orders(d)
        for p in orders:
            for q in orders:
                for row, ids in orders[p].items():
                    other = orders[q].get(row, [])
                    assert [b for b in ids if b in other] == [b for b in other if b in ids], name


def _boards(n: int) -> Organisation:
    """A council, its board and ``n`` boards under the board."""
    return make_org([{"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
                     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"},
                     *({"id": f"l{k}", "kind": "board", "names": {"fi": f"Lautakunta {k}"}, "parent": "h"}
                       for k in range(n))], name="L")


@pytest.mark.parametrize("preset", ["screen", "slide"])
def test_four_or_more_subordinates_hang_from_one_bus_as_on_an_organisation_chart(preset: str) -> None:
    root = parse_svg(diagram(_boards(5), preset=preset).svg())
    trunks = [g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]
    assert len(trunks) == 1 and "subordinate_to" in trunks[0].get("class", "").split()
    h = card_box(root, "p0_h")
    trunk, *rest = polylines(trunks[0])
    assert abs(trunk[0][1] - h[3]) < 3.0 and h[0] <= trunk[0][0] <= h[2], "the trunk leaves the board's bottom"
    buses = [line for line in rest if abs(line[0][1] - line[-1][1]) < 0.05]  # one per row of boards
    drops = {g.get("id"): polylines(g) for g in root.iter(f"{SVG}g") if g.get("id", "").endswith("_parent")}
    for k in range(5):  # every board: a vertical drop onto its top edge from a bus just above it
        c = card_box(root, f"p0_l{k}")
        (drop,) = drops[f"e_p0_l{k}_parent"]
        (x0, y0), (x1, y1) = drop[0], drop[-1]
        assert abs(x0 - x1) < 0.05 and c[0] <= x1 <= c[2] and abs(y1 - c[1]) < 3.0
        assert any(abs(b[0][1] - y0) < 0.05 and min(b[0][0], b[-1][0]) - 0.5 <= x0 <= max(b[0][0], b[-1][0]) + 0.5
                   for b in buses), f"the drop to l{k} leaves a bus"
        assert c[1] - y0 < 40.0, "the bus runs in the gap just above the row"


def test_three_subordinates_keep_lines_of_their_own() -> None:
    root = parse_svg(diagram(_boards(3)).svg())
    assert not [g for g in root.iter(f"{SVG}g") if "trunk" in (g.get("class") or "").split()]
    lines = [g for g in root.iter(f"{SVG}g")
             if g.get("id", "").endswith("_parent") and g.find(f"{SVG}path") is not None]
    assert len(lines) == 4  # the board to the council, and each of the three boards to the board


@pytest.mark.parametrize("preset", ["screen", "slide"])
@pytest.mark.parametrize("n", [3, 5])
def test_siblings_read_left_to_right_in_file_order(n: int, preset: str) -> None:
    root = parse_svg(diagram(_boards(n), preset=preset).svg())
    boxes = [card_box(root, f"p0_l{k}") for k in range(n)]
    # row by row (a row that wraps continues on the next), left to right: l0, l1, ...
    assert sorted(range(n), key=lambda k: (round(boxes[k][1]), boxes[k][0])) == list(range(n))
