"""Shared builders for the tests: small organisations, fixtures by name, and drawn SVG read back.

Test modules import these directly (``from builders import make_org``; pytest puts ``tests/`` on
the path); ``conftest.py`` offers the paths as fixtures.

>>> org = make_org([body("valtuusto", "council", seats=13), body("hallitus", "executive_board", "valtuusto")])
>>> [b.id for b in org.bodies], org.law, org.names.fi
(['valtuusto', 'hallitus'], 'fi/kuntalaki-410-2015', 'Testi')
>>> root = parse_svg('<svg xmlns="http://www.w3.org/2000/svg"><g id="a" class="node card">'
...                  '<polygon points="1,2 5,2 5,8 1,8"/><text>A</text></g></svg>')
>>> card_boxes(root), text_of(groups(root, "card")["a"])
({'a': (1.0, 2.0, 5.0, 8.0)}, 'A')
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.vocab import RelationType

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KUNTALAKI = "fi/kuntalaki-410-2015"

SVG = "{http://www.w3.org/2000/svg}"
NUM = re.compile(r"-?\d+(?:\.\d+)?")

Box = tuple[float, float, float, float]


# --- organisations -----------------------------------------------------------------------------------

def body(id: str, kind: str, parent: str | None = None, **fields: object) -> dict[str, object]:
    """One body's data, named after its id ('hallitus' -> 'Hallitus') unless ``names`` is given."""
    return {"id": id, "kind": kind, "names": {"fi": id.capitalize()}, **({"parent": parent} if parent else {}),
            **fields}


def make_org(bodies: Iterable[Mapping[str, object]] = (), *, relations: Iterable[Mapping[str, object]] = (),
             law: str = KUNTALAKI, id: str = "t", name: str = "Testi", org_type: str = "archetype",
             **fields: object) -> Organisation:
    """An organisation from body and relation data; ``fields`` are any other top-level keys
    (``population={"count": 4000}``, ``powers=[...]``, ``choices=[...]``)."""
    data: dict[str, object] = {"id": id, "names": {"fi": name}, "org_type": org_type, "law": law,
                               "bodies": [dict(b) for b in bodies], **fields}
    relations = [dict(r) for r in relations]
    if relations:
        data["relations"] = relations
    return Organisation.model_validate(data)


def load_fixture(name: str) -> Organisation:
    """A model file under ``tests/fixtures/`` ('render/region.yaml'), loaded as the CLI would."""
    return load(FIXTURES / name)


def benchmark_module(script: str) -> Any:
    """A script of ``benchmarks/`` ('fuzz.py') imported as a module (it is not a package)."""
    name = "orgmodel_bench_" + Path(script).stem
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# --- drawn SVG read back -----------------------------------------------------------------------------

def parse_svg(svg: str | bytes) -> ET.Element:
    return ET.fromstring(svg.encode("utf-8") if isinstance(svg, str) else svg)


def groups(root: ET.Element, cls: str) -> dict[str, ET.Element]:
    """<g> elements whose class list contains ``cls``, by id."""
    return {g.get("id", ""): g for g in root.iter(f"{SVG}g") if cls in (g.get("class") or "").split()}


def text_of(g: ET.Element) -> str:
    return "".join(t.text or "" for t in g.iter(f"{SVG}text"))


def words_of(svg: str | bytes) -> str:
    """The text an SVG shows, its lines joined by spaces and words broken at a line end made whole
    again ('Maakunta‐' + 'valtuusto'), so that tests find phrases wherever the layout wrapped them."""
    joined = " ".join(t.text or "" for t in parse_svg(svg).iter(f"{SVG}text"))
    return re.sub(r"‐ ", "", joined)


def box(el: ET.Element) -> Box:
    """x0, y0, x1, y1 (SVG coordinates, y down) of every outline inside ``el``."""
    xs: list[float] = []
    ys: list[float] = []
    for shape in el.iter():
        data = shape.get("points") or (shape.get("d") if shape.tag == f"{SVG}path" else None)
        if data:
            nums = [float(v) for v in NUM.findall(data)]
            xs += nums[0::2]
            ys += nums[1::2]
    assert xs, f"no outline in {el.get('id')}"
    return min(xs), min(ys), max(xs), max(ys)


def card_box(root: ET.Element, node: str) -> Box:
    """The outline box of the <g> with id ``node`` (a card: 'p0_hallitus')."""
    found = [g for g in root.iter(f"{SVG}g") if g.get("id") == node]
    assert found, f"no group {node!r} in the drawing"
    return box(found[0])


def card_boxes(root: ET.Element) -> dict[str, Box]:
    """Every card's outline box, by card id."""
    return {node: box(g) for node, g in groups(root, "card").items()}


def polylines(g: ET.Element) -> list[list[tuple[float, float]]]:
    """The polylines of a painted group, as points in SVG coordinates (y down)."""
    out = []
    for p in g.iter(f"{SVG}polyline"):
        nums = [float(v) for v in NUM.findall(p.get("points", ""))]
        out.append(list(zip(nums[0::2], nums[1::2], strict=True)))  # points come in x,y pairs
    return out


def cli_code(*args: str) -> int:
    """Run ``orgmodel ARGS`` in this process, as the console script does: its exit code."""
    from orgmodel.cli import main

    try:
        main(list(args))
    except SystemExit as e:
        return int(e.code or 0)
    return 0


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``orgmodel ARGS`` in this process, as the console script does: (exit code, stdout, stderr)."""
    from orgmodel.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


#: Every model file shipped in models/ (the bases that others extend left out).
SHIPPED = sorted(p for p in MODELS.rglob("*.yaml") if not p.name.startswith("_"))


def drawn(org: Organisation) -> Organisation:
    """The variant a diagram draws: the first alternative of every open choice."""
    return org.variant() if org.choices else org


def pairs_expected(org: Organisation) -> set[frozenset[str]]:
    """Every pair of bodies a line must join: each parent and child, each relation's two ends
    (an election by the body's own parent is the hierarchy line itself)."""
    parent_of = {b.id: b.parent for b in org.bodies}
    out = {frozenset((b.parent, b.id)) for b in org.bodies if b.parent is not None}
    out |= {frozenset((r.source, r.target)) for r in org.relations if r.source != r.target
            and not (r.type is RelationType.ELECTS and parent_of.get(r.target) == r.source)}
    return out
