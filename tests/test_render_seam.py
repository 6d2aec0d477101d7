"""The render seam: one format registry drives the library and the CLI, and the theme alone
says how a mark looks (cards and legend samples read the same style)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import click
import pytest

from orgmodel.cli import main
from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.render import DEFAULT_THEME, FORMATS, PRESETS, diagram, format_of, sheet
from orgmodel.render.scene import MARK_KINDS

FIX = Path(__file__).resolve().parent / "fixtures" / "render"
SVG = "{http://www.w3.org/2000/svg}"
TINY = """\
id: pieni
names: {fi: Pieni kunta}
org_type: archetype
law: fi/kuntalaki-410-2015
bodies:
  - {id: valtuusto, kind: council, names: {fi: Valtuusto}, seats: 27}
  - {id: hallitus, kind: executive_board, names: {fi: Kunnanhallitus}, parent: valtuusto, seats: 9}
"""


def _svg(data: bytes) -> None:
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg" and any("card" in (g.get("class") or "") for g in root.iter(f"{SVG}g"))


def _png(data: bytes) -> None:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.width > 100 and image.height > 100


def _pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and b"/Page" in data


def _pptx(data: bytes) -> None:
    import io

    from pptx import Presentation

    slide = Presentation(io.BytesIO(data)).slides[0]
    assert {"p0_valtuusto", "p0_hallitus"} <= {s.name for s in slide.shapes}


def _drawio(data: bytes) -> None:
    root = ET.fromstring(data)
    cells = {c.get("id"): c for c in root.iter("mxCell")}
    assert root.tag == "mxfile" and {"p0_valtuusto", "p0_hallitus"} <= set(cells)
    assert any(c.get("source") == "p0_valtuusto" and c.get("target") == "p0_hallitus" for c in cells.values())


#: How each media type is read back with its own library. A format added to the registry
#: without a reader here fails the test below: the reader is the proof that the file is real.
READERS: dict[str, Callable[[bytes], None]] = {
    "image/svg+xml": _svg, "image/png": _png, "application/pdf": _pdf,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": _pptx,
    "application/vnd.jgraph.mxfile": _drawio}


def _options(command: click.Command) -> dict[str, click.Parameter]:
    return {p.name: p for p in command.params if p.name}


def test_the_cli_offers_exactly_the_registered_formats_and_presets() -> None:
    from orgmodel.cli.render_cmd import render
    from orgmodel.cli.render_cmd import sheet as sheet_cmd

    for command in (render, sheet_cmd):
        options = _options(command)
        fmt, preset = options["fmt"].type, options["preset"].type
        assert isinstance(fmt, click.Choice) and list(fmt.choices) == list(FORMATS)
        assert isinstance(preset, click.Choice) and list(preset.choices) == list(PRESETS)


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_is_written_by_the_cli_and_reads_back(name: str, tmp_path: Path) -> None:
    writer = FORMATS[name]
    assert writer.name == name and writer.suffix.startswith(".") and format_of(f"x{writer.suffix}") == name
    model = tmp_path / "pieni.yaml"
    model.write_text(TINY, encoding="utf-8")
    out = tmp_path / f"x{writer.suffix}"
    try:
        main(["render", str(model), "-o", str(out)])
    except SystemExit as e:
        assert not e.code
    data = out.read_bytes()
    if not writer.binary:
        data.decode("utf-8")
    READERS[writer.media_type](data)


def test_an_unknown_suffix_names_the_registered_ones() -> None:
    from orgmodel.errors import UserError

    with pytest.raises(UserError) as err:
        format_of("kaavio.txt")
    assert all(w.suffix in str(err.value) for w in FORMATS.values())


def test_the_theme_styles_every_mark_kind() -> None:
    assert list(DEFAULT_THEME.marks) == list(MARK_KINDS)


# --- mark styles: the legend draws the cards' own lines ---------------------------------------

def _stroke(g: ET.Element) -> tuple[float, str]:
    """Line width and dash pattern of the first outline drawn in ``g``."""
    for el in g.iter():
        stroke = el.get("stroke")
        if el.tag in (f"{SVG}path", f"{SVG}polygon") and stroke not in (None, "none", "transparent"):
            return float(el.get("stroke-width", "1")), el.get("stroke-dasharray", "")
    raise AssertionError(f"no outline in {g.get('id')}")


def _marked(region: Organisation) -> Organisation:
    """The region with one board turned into a committee, one body added and one removed."""
    data = region.variant().model_dump(by_alias=True, exclude_none=True)
    for b in data["bodies"]:
        if b["id"] == "turva":
            b["kind"] = "committee"
    data["bodies"] = [b for b in data["bodies"] if b["id"] != "tilakeskus"]
    data["relations"] = [r for r in data["relations"] if "tilakeskus" not in (r["source"], r["target"])]
    data["bodies"].append({"id": "uusi", "kind": "board", "names": {"fi": "Uusi lautakunta"}, "parent": "hallitus"})
    data["id"] = "muutettu"
    return Organisation.model_validate(data)


def test_legend_samples_draw_the_marks_as_the_cards_do() -> None:
    region = load(FIX / "region.yaml")
    drawings = [diagram(region), sheet([region, _marked(region)], baseline=region)]
    seen = set()
    for d in drawings:
        root = ET.fromstring(d.svg().encode("utf-8"))
        nodes = {g.get("id"): g for g in root.iter(f"{SVG}g") if "node" in (g.get("class") or "").split()}
        for kind in MARK_KINDS:
            sample = nodes.get(f"lg_mark_{kind}")
            cards = [g for g in nodes.values() if f"mark-{kind}" in (g.get("class") or "").split()]
            if sample is None:
                assert not cards, f"{kind}: marked cards but no legend sample"
                continue
            style = d.theme.mark(kind)
            width, dash = _stroke(sample)
            for card in cards:
                card_width, card_dash = _stroke(card)
                assert card_dash == dash, kind
                if style.penwidth is not None:  # a mark with its own line: the sample draws that line
                    assert card_width == width == pytest.approx(style.penwidth), kind
            seen.add(kind)
    assert {"added", "changed", "removed", "choice"} <= seen
