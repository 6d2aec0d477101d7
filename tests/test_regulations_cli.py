"""``orgmodel powers`` and ``orgmodel regulations`` from the command line: formats by extension,
clear messages for bad input (exit 2, never a traceback)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from builders import FIXTURES, MODELS, run_cli

COUNTY = str(FIXTURES / "regulations" / "county.yaml")


Capsys = pytest.CaptureFixture[str]


def test_powers_to_stdout_is_markdown(capsys: Capsys) -> None:
    code, out, _ = run_cli(capsys, "powers", COUNTY)
    assert code == 0 and out.startswith("# Toimivaltaluettelo: Testialueen hyvinvointialue")


@pytest.mark.parametrize("ext", ["md", "html", "xlsx", "docx"])
def test_powers_writes_each_format(capsys: Capsys, tmp_path: Path, ext: str) -> None:
    out = tmp_path / f"table.{ext}"
    code, _, _ = run_cli(capsys, "powers", COUNTY, "-o", str(out), "--lang", "sv", "--as-of", "2025-06-01")
    assert code == 0 and out.stat().st_size > 0
    if ext == "docx":
        assert docx.Document(io.BytesIO(out.read_bytes())).paragraphs[0].text.startswith("Behörighetsförteckning")


def test_regulations_docx_and_changes(capsys: Capsys, tmp_path: Path) -> None:
    hs = tmp_path / "hs.docx"
    assert run_cli(capsys, "regulations", COUNTY, "-o", str(hs))[0] == 0
    assert any(p.text == "7 § Aluehallituksen jaostot" for p in docx.Document(str(hs)).paragraphs)
    a = str(MODELS / "archetypes" / "lautakuntamalli-toimialat.yaml")
    b = str(MODELS / "archetypes" / "valiokuntamalli-paattava.yaml")
    code, out, _ = run_cli(capsys, "regulations", a, b, "--changes")
    assert code == 0 and "Sosiaali- ja terveyslautakunnan tilalle perustetaan Sosiaali- ja terveysvaliokunta." in out


@pytest.mark.parametrize(("args", "message"), [
    (("powers", COUNTY, "-o", "x.pdf"), "unknown file format pdf; valid: md, html, xlsx, docx"),
    (("regulations", COUNTY, "-o", "x.xlsx"), "tuntematon tiedostomuoto xlsx; kelpaavat: md, html, docx"),
    (("regulations", COUNTY, COUNTY), "kaksi mallia vertaillaan vain valitsimella --changes"),
    (("regulations", COUNTY, "--changes"), "--changes tarvitsee kaksi mallia: A ja B"),
])
def test_bad_input_is_a_message(capsys: Capsys, args: tuple[str, ...], message: str) -> None:
    lang_args = ("--lang", "en") if args[0] == "powers" else ()
    code, out, err = run_cli(capsys, *args, *lang_args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_output_never_replaces_the_input(capsys: Capsys, tmp_path: Path) -> None:
    model = tmp_path / "m.md"
    model.write_text(Path(COUNTY).read_text(encoding="utf-8"), encoding="utf-8")
    before = model.read_bytes()
    code, _, err = run_cli(capsys, "regulations", str(model), "-o", str(model))
    assert code == 2 and model.read_bytes() == before and "refusing to write over an input" in err
