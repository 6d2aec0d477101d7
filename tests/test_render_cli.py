"""``orgmodel render`` and ``orgmodel sheet``: files written, formats, exit codes, imports."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builders import cli_code

FIX = Path(__file__).resolve().parent / "fixtures" / "render"
REGION = str(FIX / "region.yaml")
MINIMAL = str(FIX / "minimal.yaml")


def classed(svg: Path, cls: str) -> list[str]:
    """Ids of the SVG groups whose class list has ``cls`` (Graphviz writes '-' as &#45;)."""
    root = ET.fromstring(svg.read_bytes())
    return [g.get("id", "") for g in root.iter("{http://www.w3.org/2000/svg}g")
            if cls in (g.get("class") or "").split()]


def test_render_writes_the_format_the_suffix_asks_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for suffix, magic in (("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF")):
        out = tmp_path / f"kaavio.{suffix}"
        assert cli_code("render", REGION, "-o", str(out)) == 0
        assert out.read_bytes().startswith(magic)
    assert "kaavio.pdf: pdf-tiedosto, esitystapa screen" in capsys.readouterr().out  # Finnish by default
    out = tmp_path / "kaavio.bin"
    assert cli_code("render", REGION, "-o", str(out), "--format", "svg") == 0
    ET.fromstring(out.read_bytes())


def test_render_options(tmp_path: Path) -> None:
    out = tmp_path / "slide.png"
    assert cli_code("render", REGION, "-o", str(out), "--preset", "slide", "--lang", "en", "--dpi", "72",
                    "--whole") == 0
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (960, 540)
    svg = tmp_path / "v.svg"
    assert cli_code("render", REGION, "-o", str(svg), "--variant", "elinvoima-tyyppi=valiokunta",
               "--footnote", "Luonnos <ei virallinen>", "--title", "Oma otsikko") == 0
    text = svg.read_text(encoding="utf-8")
    assert "Oma otsikko" in text and "Luonnos &lt;ei virallinen&gt;" in text and "Vaihtoehto:" in text
    both = tmp_path / "both.svg"
    assert cli_code("render", REGION, "-o", str(both), "--each-variant") == 0
    assert len(classed(both, "panel-title")) == 2


@pytest.mark.parametrize("args, message", [
    (["render", REGION, "-o", "x.txt"], "cannot tell the format"),
    (["render", REGION, "-o", "x.svg", "--variant", "nope=x"], "no choice 'nope'"),
    (["render", REGION, "-o", "x.svg", "--variant", "elinvoima-tyyppi=x"], "has no alternative 'x'"),
    (["render", REGION, "-o", "x.svg", "--variant", "novalue"], "write CHOICE=ALTERNATIVE"),
    (["render", "missing.yaml", "-o", "x.svg"], "missing.yaml"),
    (["render", REGION, "-o", "x.svg", "--preset", "poster"], "poster"),
    (["sheet", REGION, MINIMAL, "-o", "x.svg", "--map", "a=b"], "give --baseline too"),
])
def test_bad_input_is_a_message_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli_code(*args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_sheet_with_baseline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.svg"
    assert cli_code("sheet", REGION, MINIMAL, "-o", str(out), "--baseline", REGION, "--title", "Vertailu") == 0
    text = out.read_text(encoding="utf-8")
    assert "vertailukohta" in text and "Muutokset suhteessa rakenteeseen: Testimaakunta" in text
    assert classed(out, "mark-changed") == ["p1_valtuusto"]  # 27 seats against 59
    assert "p1_ghost_hallitus" in classed(out, "mark-removed")  # the board the minimal structure lacks
    assert "sheet.svg: svg-tiedosto, esitystapa screen" in capsys.readouterr().out


def test_a_failed_run_keeps_the_previous_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaavio.svg"
    out.write_text("previous")
    assert cli_code("render", str(tmp_path / "missing.yaml"), "-o", str(out)) == 2
    assert out.read_text() == "previous"


def test_render_loads_graphviz_only_when_it_runs() -> None:
    code = ("import sys\nimport orgmodel.render, orgmodel.render.graphviz.dot\nfrom orgmodel.cli import main\n"
            "try:\n    main(['render', '--help'])\nexcept SystemExit:\n    pass\n"
            "print('HEAVY', sorted(m for m in sys.modules if m.split('.')[0] in ('pygraphviz', 'matplotlib')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out
