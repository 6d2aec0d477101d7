"""The committed diagrams in diagrams/ are current: ``make demo`` would draw the same thing.

Compared by structure (which cards, with what text and marks, which bands, which edges), not by
bytes, which differ between Graphviz versions. Every drawing is also free of Graphviz warnings.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orgmodel.demo import load_models
from orgmodel.render.gallery import gallery

ROOT = Path(__file__).resolve().parent.parent
DIAGRAMS = ROOT / "diagrams"
SVG = "{http://www.w3.org/2000/svg}"
STALE = "diagrams/ is out of date: run `make demo` and commit the files"


def structure(svg: bytes) -> dict[str, object]:
    root = ET.fromstring(svg)
    nodes = {}
    edges = set()
    for g in root.iter(f"{SVG}g"):
        cls = (g.get("class") or "").split()
        text = re.sub(r"\s", "", "".join(t.text or "" for t in g.iter(f"{SVG}text")))
        if "node" in cls and not g.get("id", "").startswith(("div", "sep", "end", "orgmodel_node")):
            nodes[g.get("id")] = (tuple(cls), text)
        elif "edge" in cls:
            edges.add((g.get("id"), tuple(cls)))
    bands = [p.get("id") for p in root.iter(f"{SVG}polygon") if (p.get("id") or "").startswith("band-")]
    return {"nodes": nodes, "edges": edges, "bands": bands}


@pytest.fixture(scope="module")
def drawn():
    models = load_models(ROOT / "models")
    if not models:
        pytest.skip("no models")
    out = []
    for name, d in gallery(models):
        d.render("svg")
        out.append((name, d))
    return out


def test_gallery_has_every_model_and_the_two_sheets(drawn):
    names = [n for n, _ in drawn]
    assert "sheet-archetypes" in names and "sheet-regions-2018" in names
    assert len([n for n in names if not n.startswith("sheet-")]) == len(load_models(ROOT / "models"))


def test_committed_diagrams_are_current(drawn):
    for name, d in drawn:
        svg_file, png_file = DIAGRAMS / f"{name}.svg", DIAGRAMS / f"{name}.png"
        assert svg_file.is_file() and png_file.is_file(), f"{name}: missing; {STALE}"
        assert structure(svg_file.read_bytes()) == structure(d.data("svg")), f"{name}: {STALE}"
        # the PNG belongs to the SVG: same page at the preset's resolution
        w, h = (float(v) for v in re.search(rb'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg_file.read_bytes()).groups())
        png = png_file.read_bytes()
        assert png.startswith(b"\x89PNG")
        px = struct.unpack(">II", png[16:24])
        scale = d.dpi / 72
        # (cairo may add a few pixels of margin, so allow 1 %)
        assert px[0] == pytest.approx(w * scale, rel=0.01) and px[1] == pytest.approx(h * scale, rel=0.01), \
            f"{name}.png: {STALE}"


def test_no_drawing_makes_graphviz_warn(drawn):
    assert {name: d.warnings for name, d in drawn if d.warnings} == {}
