"""Editable draw.io: the mxGraph XML parsed back — a vertex per card inside its band, an edge per line."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orgmodel.cli import main
from orgmodel.io import load
from orgmodel.render import diagram
from orgmodel.render.hyphenate import SOFT_HYPHEN, soft_hyphenate

from builders import FIXTURES, MODELS, SHIPPED, body, drawn, make_org, pairs_expected

REGION = FIXTURES / "render" / "region.yaml"
Box = tuple[float, float, float, float]


def cells(data: bytes, page: int = 0) -> dict[str, ET.Element]:
    diagrams = ET.fromstring(data).findall("diagram")
    return {c.get("id", ""): c for c in diagrams[page].iter("mxCell")}


def absolute(cell: ET.Element, by_id: dict[str, ET.Element]) -> Box:
    """A vertex's box on the page: its geometry plus its containers' offsets."""
    g = cell.find("mxGeometry")
    assert g is not None
    x, y = float(g.get("x", "0")), float(g.get("y", "0"))
    parent = by_id.get(cell.get("parent", ""))
    while parent is not None and parent.get("vertex") == "1":
        pg = parent.find("mxGeometry")
        assert pg is not None
        x, y = x + float(pg.get("x", "0")), y + float(pg.get("y", "0"))
        parent = by_id.get(parent.get("parent", ""))
    return x, y, float(g.get("width", "0")), float(g.get("height", "0"))




@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_model_has_a_vertex_per_body_and_an_edge_per_line(path: Path) -> None:
    org = drawn(load(path))
    by_id = cells(diagram(load(path)).data("drawio"))
    for b in org.bodies:
        card = by_id[f"p0_{b.id}"]
        assert card.get("vertex") == "1"
        assert b.name("fi") in card.get("value", "").replace(SOFT_HYPHEN, "").replace("&amp;", "&")
        container = by_id[card.get("parent", "")]
        assert container.get("id", "").startswith(("band-", "side-")), b.id  # in its band or side panel
    edges = [c for c in by_id.values() if c.get("edge") == "1" and c.get("source")]
    assert all(c.get("source") in by_id and c.get("target") in by_id for c in edges)
    joined = {frozenset((c.get("source", "").removeprefix("p0_"), c.get("target", "").removeprefix("p0_")))
              for c in edges}
    assert joined == pairs_expected(org)


def test_a_card_lies_inside_its_band_at_the_layouts_position() -> None:
    d = diagram(load(REGION))
    by_id = cells(d.data("drawio"))
    council, board = (absolute(by_id[n], by_id) for n in ("p0_valtuusto", "p0_hallitus"))
    band = absolute(by_id["band-council"], by_id)
    assert band[1] <= council[1] + council[3] / 2 <= band[1] + band[3]
    assert board[1] > council[1] + council[3]  # the board's row is below the council's
    # the layout's box sizes, in points (draw.io's units)
    w, h = d.positions["p0_valtuusto"][2:]
    assert (round(council[2], 1), round(council[3], 1)) == (round(w, 1), round(h, 1))
    assert by_id["band-council"].get("style", "").count("container=1") == 1


def test_styles_carry_the_kinds_colours_and_the_relations_arrows() -> None:
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}),
                    body("h", "executive_board", "v", names={"fi": "Hallitus"}),
                    body("t", "audit_committee", "v", names={"fi": "Tarkastuslautakunta"})],
                   relations=[{"type": "reports_to", "source": "t", "target": "h"}])
    d = diagram(org)
    by_id = cells(d.data("drawio"))
    kind = d.theme.kind(org.bodies[0].kind)
    style = by_id["p0_v"].get("style", "")
    assert f"fillColor={kind.fill};" in style and f"strokeColor={kind.border};" in style
    (line,) = [c for c in by_id.values() if "reports_to" in c.get("id", "") and c.get("source")]
    ls = line.get("style", "")
    arrow = "endArrow" if line.get("target") == "p0_h" else "startArrow"
    assert f"{arrow}=none;" not in ls and "edgeStyle=orthogonalEdgeStyle;" in ls
    hierarchy = by_id["e_p0_h_parent"]
    assert (hierarchy.get("source"), hierarchy.get("target")) == ("p0_v", "p0_h")
    assert "endArrow=none;" in hierarchy.get("style", "")


def test_labels_carry_soft_hyphens() -> None:
    name = "Kokonaisturvallisuuslautakunta"
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}), body("k", "board", "v", names={"fi": name})])
    value = cells(diagram(org).data("drawio"))["p0_k"].get("value", "")
    assert f"<b>{soft_hyphenate(name, 'fi')}</b>" in value


def test_a_sheet_of_six_is_one_file_of_three_pages_and_the_same_bytes_each_time(tmp_path: Path) -> None:
    files = [str(p) for p in sorted((MODELS / "archetypes").glob("[!_]*.yaml"))]
    outs = [tmp_path / "a.drawio", tmp_path / "b.drawio"]
    for out in outs:
        try:
            main(["sheet", *files, "--preset", "slide", "-o", str(out)])
        except SystemExit as e:
            assert not e.code
    data = outs[0].read_bytes()
    assert data == outs[1].read_bytes()
    pages = ET.fromstring(data).findall("diagram")
    assert len(pages) == 3 and [p.get("id") for p in pages] == ["page-1", "page-2", "page-3"]
    # four archetypes as 2 x 2 are under the comparison floor: pages of two
    assert {"p0_title", "p1_title"} <= set(cells(data, 0)) and "p2_title" not in set(cells(data, 0))


def test_ids_are_unique_on_a_page_of_four_panels() -> None:
    from orgmodel.render import sheet

    orgs = [load(p) for p in sorted((MODELS / "archetypes").glob("[!_]*.yaml"))[:4]]
    root = ET.fromstring(sheet(orgs, preset="slide").data("drawio"))
    ids = [c.get("id") for c in root.iter("mxCell")]
    assert len(ids) == len(set(ids))
    assert {"band-council", "band-council-2"} <= set(ids)  # the council band of each row of panels
