"""The committed diagrams in diagrams/ are current: ``make demo`` would draw the same thing.

Compared by structure (which cards, with what text, marks and colours, which bands, which edges), not by
bytes, which differ between Graphviz versions. Every drawing is also free of Graphviz warnings.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from orgmodel.demo import load_models
from orgmodel.kinds import KIND_SPECS
from orgmodel.render import Diagram, diagram
from orgmodel.render.gallery import gallery
from orgmodel.render.gallery import names as model_names
from orgmodel.render.theme import DEFAULT_THEME
from orgmodel.vocab import BodyKind

ROOT = Path(__file__).resolve().parent.parent
DIAGRAMS = ROOT / "diagrams"
SVG = "{http://www.w3.org/2000/svg}"
STALE = "diagrams/ is out of date: run `make demo` and commit the files"


def paint(el: ET.Element) -> tuple[tuple[str, str, str], ...]:
    """The fill and stroke colours of ``el`` and everything in it, in document order (lower case: the
    same colour however the theme spells it)."""
    return tuple((e.tag.removeprefix(SVG), (e.get("fill") or "").lower(), (e.get("stroke") or "").lower())
                 for e in el.iter() if e.get("fill") or e.get("stroke"))


def structure(svg: bytes) -> dict[str, object]:
    """What a drawing shows: cards (classes, text, colours), edges, bands, and every colour used."""
    root = ET.fromstring(svg)
    nodes = {}
    edges = set()
    for g in root.iter(f"{SVG}g"):
        cls = (g.get("class") or "").split()
        text = re.sub(r"\s", "", "".join(t.text or "" for t in g.iter(f"{SVG}text")))
        if "node" in cls and not g.get("id", "").startswith(("div", "sep", "end", "orgmodel_node")):
            nodes[g.get("id")] = (tuple(cls), text, paint(g))
        elif "edge" in cls:
            edges.add((g.get("id"), tuple(cls), paint(g)))
    bands = [(p.get("id"), paint(p)) for p in root.iter(f"{SVG}polygon") if (p.get("id") or "").startswith("band-")]
    return {"nodes": nodes, "edges": edges, "bands": bands, "colours": Counter(paint(root))}


def differences(a: dict[str, object], b: dict[str, object]) -> list[str]:
    """The parts of two structures that differ ('nodes', 'colours', ...), for a readable failure."""
    return [key for key in a if a[key] != b.get(key)]


@pytest.fixture(scope="module")
def drawn() -> list[tuple[str, Diagram]]:
    models = load_models(ROOT / "models")
    if not models:
        pytest.skip("no models")
    out = []
    for name, d in gallery(models):
        d.render("svg")
        out.append((name, d))
    return out


def test_gallery_has_every_model_and_the_two_sheets(drawn: list[tuple[str, Diagram]]) -> None:
    names = [n for n, _ in drawn]
    # sheets are slides: structures go on pages of two when four would not meet the comparison
    # floor (the six archetypes on three, the four regional drafts on two)
    assert {"sheet-archetypes-1", "sheet-archetypes-2", "sheet-archetypes-3", "sheet-regions-2018-1",
            "sheet-regions-2018-2"} <= set(names)
    assert "sheet-archetypes-4" not in names
    # every model once, or (too large for one legible slide) as the pages of its views: <name>-1, <name>-2, ...
    models = model_names(load_models(ROOT / "models"))
    drawn_models = [n for n in names if not n.startswith("sheet-")]
    assert {n if n in models else re.sub(r"-\d+$", "", n) for n in drawn_models} == set(models)
    for name in models:
        pages = [n for n in drawn_models if n.startswith(f"{name}-") and n[len(name) + 1:].isdigit()]
        assert name in drawn_models or pages == [f"{name}-{k}" for k in range(1, len(pages) + 1)], name


def test_committed_diagrams_are_current(drawn: list[tuple[str, Diagram]]) -> None:
    for name, d in drawn:
        svg_file, png_file = DIAGRAMS / f"{name}.svg", DIAGRAMS / f"{name}.png"
        assert svg_file.is_file() and png_file.is_file(), f"{name}: missing; {STALE}"
        committed, now = structure(svg_file.read_bytes()), structure(d.data("svg"))
        assert committed == now, f"{name}: {differences(committed, now)} differ; {STALE}"
        # the PNG belongs to the SVG: same page at the preset's resolution
        size = re.search(rb'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg_file.read_bytes())
        assert size is not None, f"{name}.svg: no page size"
        w, h = (float(v) for v in size.groups())
        png = png_file.read_bytes()
        assert png.startswith(b"\x89PNG")
        px = struct.unpack(">II", png[16:24])
        scale = d.dpi / 72
        # (cairo may add a few pixels of margin, so allow 1 %)
        assert px[0] == pytest.approx(w * scale, rel=0.01) and px[1] == pytest.approx(h * scale, rel=0.01), \
            f"{name}.png: {STALE}"


def test_no_drawing_makes_graphviz_warn(drawn: list[tuple[str, Diagram]]) -> None:
    assert {name: d.warnings for name, d in drawn if d.warnings} == {}


@pytest.mark.parametrize("part", ["fill", "border"])
def test_a_changed_kind_colour_makes_the_diagrams_stale(drawn: list[tuple[str, Diagram]], part: str) -> None:
    """The currency test sees colours: the subcommittee style with one colour changed is a difference."""
    name = "hallituksen-jaostomalli"  # draws subcommittees
    [org] = [o for p, o in load_models(ROOT / "models") if p.stem == name]
    slot = KIND_SPECS[BodyKind.SUBCOMMITTEE].style
    style = DEFAULT_THEME.kinds[slot]
    style = replace(style, fill="#000000") if part == "fill" else replace(style, border="#000000")
    theme = replace(DEFAULT_THEME, kinds={**DEFAULT_THEME.kinds, slot: style})
    committed = structure((DIAGRAMS / f"{name}.svg").read_bytes())
    assert structure(dict(drawn)[name].data("svg")) == committed  # as drawn by the demo: current
    changed = structure(diagram(org, preset="slide", theme=theme).data("svg"))
    assert "nodes" in differences(committed, changed) and "colours" in differences(committed, changed)
