"""``orgmodel check``: text, JSON and Markdown output, exit codes, --law/--as-of/--fail-on, suppressions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from orgmodel.cli import main
from orgmodel.rules import LAWS

FIX = Path(__file__).resolve().parent / "fixtures" / "rules"
CLEAN = FIX / "kl" / "complete.yaml"

BASE = """\
id: kunta
names: {fi: Esimerkkikunta, en: Example municipality}
org_type: municipality
law: fi/kuntalaki-410-2015
population: {count: 180000}
bodies:
  - {id: valtuusto, kind: council, names: {fi: Valtuusto}, seats: 58}
  - {id: hallitus, kind: executive_board, names: {fi: Kunnanhallitus}, parent: valtuusto}
"""
CHILD = """\
extends: base.yaml
bodies:
  - {id: vk, kind: committee, names: {fi: Palveluvaliokunta}, parent: hallitus, members_must_be_councillors: true}
suppressions:
  - {code: ADV-YOUTH, reason: "Nuorisovaltuusto on yhteinen naapurikunnan kanssa"}
"""


@pytest.fixture
def model(tmp_path: Path) -> Path:
    (tmp_path / "base.yaml").write_text(BASE, encoding="utf-8")
    child = tmp_path / "kunta.yaml"
    child.write_text(CHILD, encoding="utf-8")
    return child


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", *args])
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_text_output_is_grouped_by_severity_with_body_provision_and_hint(capsys: pytest.CaptureFixture[str],
                                                                         model: Path) -> None:
    code, out, _ = run(capsys, str(model))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{model}: Esimerkkikunta"
    assert "Laki: Kuntalaki 410/2015" in lines[1]
    heads = [re.sub(r" \(\d+\)$", "", line.strip()) for line in lines if re.fullmatch(r"  [A-ZÄÖ ]+ \(\d+\)", line)]
    assert heads == ["VIRHEET", "HUOMAUTUKSET", "VAIENNETUT SÄÄNNÖT"]  # no warnings in this model
    # the council-size error: body, file:line of the body (in the base file), provision, confidence, fix
    i = next(n for n, line in enumerate(lines) if line.strip().startswith("SIZE-KL"))
    assert f"valtuusto ({model.parent / 'base.yaml'}:7:5)" in lines[i]
    assert "[Kuntalaki 410/2015 16 § · LT]" in lines[i]
    assert lines[i + 1].strip() == "Valtuusto: 58 paikkaa; 180 000 asukkaalla vähintään 59."
    assert lines[i + 2].strip().startswith("Korjaus:")
    assert "\x1b[" not in out  # not a terminal: no colour


def test_suppressions_are_listed(capsys: pytest.CaptureFixture[str], model: Path) -> None:
    _, out, _ = run(capsys, str(model))
    assert "VAIENNETUT SÄÄNNÖT (1)" in out
    assert "ADV-YOUTH: pois päältä, 1 havainto — Nuorisovaltuusto on yhteinen" in out
    assert "ADV-YOUTH" not in out.split("VAIENNETUT")[0]


def test_english_and_colour_on_request(capsys: pytest.CaptureFixture[str], model: Path) -> None:
    _, out, _ = run(capsys, str(model), "--lang", "en", "--color")
    assert "ERRORS (" in out and "Fix:" in out and "\x1b[" in out
    assert "Valtuusto: 58 seats; with 180,000 inhabitants the minimum is 59." in out


def test_json_output(capsys: pytest.CaptureFixture[str], model: Path) -> None:
    code, out, _ = run(capsys, str(model), "-f", "json")
    assert code == 1
    doc = json.loads(out)
    [rep] = doc["reports"]
    assert rep["path"] == str(model) and rep["meta"]["law"] == "fi/kuntalaki-410-2015"
    assert rep["counts"]["error"] == sum(1 for f in rep["findings"] if f["severity"] == "error") > 0
    size = next(f for f in rep["findings"] if f["code"] == "SIZE-KL")
    assert size["message_fi"] and size["message_sv"] and size["message"]
    assert size["section"] == "16 §" and size["confidence"] == "LT"
    assert size["location"].endswith("base.yaml:7:5") and size["loc"] == ["bodies", 0]
    assert [s["code"] for s in rep["suppressions"]] == ["ADV-YOUTH"]
    assert rep["suppressed"][0]["suppressed_reason"].startswith("Nuorisovaltuusto")


def test_markdown_output(capsys: pytest.CaptureFixture[str], model: Path) -> None:
    _, out, _ = run(capsys, str(model), "-f", "markdown")
    assert out.startswith(f"## Esimerkkikunta (`{model}`)")
    assert "### Virheet" in out and "| Koodi | Kohde | Säännös | Havainto | Korjausehdotus |" in out
    row = next(line for line in out.splitlines() if line.startswith("| SIZE-KL |"))
    assert row.count(" | ") == 4 and "Kuntalaki 410/2015 16 § (LT)" in row
    assert "### Vaiennetut säännöt" in out
    elec = next(line for line in out.splitlines() if line.startswith("| ELEC-BODY |"))
    assert "parent: \\<valtuuston id\\>" in elec  # would vanish as an HTML tag when rendered


def test_exit_codes_and_fail_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, str(CLEAN))[0] == 0
    # a model under the bill: warnings only (the bill is known from secondary sources)
    ml = FIX / "ml" / "MAYOR-ML.fail.yaml"
    code, out, _ = run(capsys, str(ml))
    assert code == 0 and "MAYOR-ML" in out
    assert "Lähde: https://alueuudistus.fi/paatoksenteko" in out  # a bill's finding names its source
    assert run(capsys, str(ml), "--fail-on", "warning")[0] == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [\n")
    code, _, err = run(capsys, str(bad))
    assert code == 2 and "not valid YAML" in err


def test_bad_options_exit_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(CLEAN), "--law", "kuntalak")
    assert code == 2 and "unknown law" in err and "Traceback" not in err
    code, _, err = run(capsys, str(CLEAN), "--as-of", "huomenna")
    assert code == 2


def test_law_and_as_of_override_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(CLEAN), "--law", "611/2021", "-f", "json")
    rep = json.loads(out)["reports"][0]
    assert code == 1 and rep["meta"]["law"] == "fi/hyvinvointialuelaki-611-2021"
    assert "VALIOKUNTA-HVA" in {f["code"] for f in rep["findings"]}
    _, out, _ = run(capsys, str(CLEAN), "--law", "611/2021", "--as-of", "1.1.2020")
    assert "LAW-NOT-IN-FORCE" in out and "Tilanne: 2020-01-01 (valittu päivä)" in out


def test_output_is_deterministic_and_written_atomically(capsys: pytest.CaptureFixture[str], model: Path,
                                                        tmp_path: Path) -> None:
    first = run(capsys, str(model), "-f", "json")[1]
    assert run(capsys, str(model), "-f", "json")[1] == first
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()  # a missing folder is refused (tests/test_output_safety.py)
    code, out, _ = run(capsys, str(model), "-f", "markdown", "-o", str(target))
    assert code == 1 and out == ""
    assert target.read_text(encoding="utf-8").startswith("## Esimerkkikunta")
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]  # no temporary file left


def test_list_rules_and_matters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list-rules", "--law", "611/2021")
    assert code == 0 and "VALIOKUNTA-HVA" in out and "SIZE-KL" not in out and "24 §" in out
    rules = json.loads(run(capsys, "--list-rules", "-f", "json")[1])
    assert {r["law"] for r in rules} == set(LAWS)
    _, out, _ = run(capsys, "--list-matters")
    assert "director_dismissal" in out and "individual_social_health_care" in out


def test_no_files_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2 and "give one or more model files" in err


def test_check_with_findings_imports_no_graphics(model: Path) -> None:
    code = ("import sys\nfrom orgmodel.cli import main\n"
            f"try:\n    main(['check', {str(model)!r}, '-f', 'markdown'])\nexcept SystemExit:\n    pass\n"
            "print('HEAVY', sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'pygraphviz')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out and "SIZE-KL" in out
