"""The organiser/producer split (issue 11, item 4): where a model declares its sides, the diagram
draws a divider between the organiser's bands and the producer's, and keys it in the legend."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Mapping

import pytest
from pptx import Presentation

from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.render import diagram, pptx

from builders import MODELS, SVG, make_org, parse_svg, words_of

SIDES = {"organiser": {"fi": "Järjestäjäpuoli", "sv": "Anordnarsidan"},
         "producer": {"fi": "Tuottajapuoli", "sv": "Producentsidan"}}


def _split_org(sides: Mapping[str, object] | None = None) -> Organisation:
    bodies = [{"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
              {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"},
              {"id": "l", "kind": "board", "names": {"fi": "Lautakunta"}, "parent": "h"},
              {"id": "ll", "kind": "business_enterprise", "names": {"fi": "Liikelaitos"}, "parent": "h"},
              {"id": "oy", "kind": "subsidiary", "names": {"fi": "Yhtiö Oy"}}]
    return make_org(bodies, sides=sides) if sides else make_org(bodies)


def _points(el: ET.Element) -> list[tuple[float, float]]:
    nums = [float(v) for v in el.get("points", "").replace(",", " ").split()]
    return list(zip(nums[0::2], nums[1::2], strict=True))


def _band(root: ET.Element, tier: str) -> tuple[float, float, float, float]:
    """x0, y0, x1, y1 (SVG coordinates, y down) of a tier band."""
    (el,) = [e for e in root.iter(f"{SVG}polygon") if e.get("id") == f"band-{tier}"]
    pts = _points(el)
    return min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts)


@pytest.mark.parametrize("preset", ["screen", "slide"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_declared_split_is_a_divider_between_the_organiser_and_producer_bands(preset: str, lang: str) -> None:
    svg = diagram(_split_org(sides=SIDES), preset=preset, lang=lang).svg()
    root = parse_svg(svg)
    (split,) = [e for e in root.iter(f"{SVG}polyline") if e.get("id") == "split"]
    (a, b) = _points(split)
    assert abs(a[1] - b[1]) < 0.01, "a horizontal rule"
    boards, production = _band(root, "boards"), _band(root, "production")
    # between the boards (the organiser's lowest band here) and production, as wide as the bands
    assert boards[3] - 0.5 <= a[1] <= production[1] + 0.5
    assert min(a[0], b[0]) <= boards[0] + 0.5 and max(a[0], b[0]) >= boards[2] - 0.5
    # the legend keys it with the sides' own names, in the diagram's language
    key = ("yllä Järjestäjäpuoli, alla Tuottajapuoli" if lang == "fi"
           else "ovanför Anordnarsidan, nedanför Producentsidan")
    assert key in words_of(svg)


def test_without_declared_sides_no_divider_is_drawn() -> None:
    root = parse_svg(diagram(_split_org(), preset="slide").svg())
    assert not [e for e in root.iter() if e.get("id") == "split"]
    assert not [e for e in root.iter() if e.get("id") == "lg_rel_split"]


def test_the_2018_draft_that_draws_the_split_declares_it_and_the_slide_shows_it() -> None:
    org = load(MODELS / "luonnos-2018-04-08.yaml")
    assert org.sides is not None and org.sides.producer.get("fi") == "Tuotanto"
    d = diagram(org, preset="slide")
    assert d.plan.split is not None and d.grid.bands[d.plan.split + 1][0].value == "production"
    assert "yllä Järjestäjä – poliittinen ohjaus, alla Tuotanto" in words_of(d.svg())


def test_the_divider_is_a_line_on_the_editable_slide_too() -> None:
    deck = Presentation(io.BytesIO(pptx.document([diagram(_split_org(sides=SIDES), preset="slide")])))
    names = [s.name for s in deck.slides[0].shapes]
    assert "split" in names
