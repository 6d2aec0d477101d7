"""The command line: start-up imports, exit codes, show, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from orgmodel.cli import COMMANDS, cli
from orgmodel.cli.schema_cmd import schema_text

ROOT = Path(__file__).resolve().parent.parent

GOOD = """id: pk
names: {fi: Pohjois-Karjala}
org_type: region
law: fi/maakuntalaki-he-15-2017
bodies:
  - {id: valtuusto, kind: council, names: {fi: Maakuntavaltuusto}, seats: 59, chairs: 1, vice_chairs: 2}
  - {id: hallitus, kind: executive_board, names: {fi: Maakuntahallitus}, parent: valtuusto, seats: 11}
  - {id: valitus, kind: subcommittee, names: {fi: Valitusjaosto}, parent: hallitus, seats: 7, certainty: open}
  - {id: johtokunta, kind: enterprise_board, names: {fi: Liikelaitoksen johtokunta, en: Enterprise board},
     parent: hallitus, seats: 7-11}
choices:
  - id: valitusjaosto
    question: Perustetaanko valitusjaosto?
    alternatives:
      - {id: kylla, label: perustetaan}
      - {id: ei, label: ei perusteta, remove: [valitus]}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "orgmodel", *args], capture_output=True, text=True, cwd=ROOT)


def test_help_imports_neither_matplotlib_nor_graphviz() -> None:
    code = ("import sys\nfrom orgmodel.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in sys.modules\n"
            "               if m.split('.')[0] in ('matplotlib', 'pygraphviz', 'networkx', 'pydantic'))\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out
    assert all(name in out for name in COMMANDS)


def test_check_imports_no_graphics(tmp_path: Path) -> None:
    model = tmp_path / "m.yaml"
    model.write_text(GOOD)
    code = ("import sys\nfrom orgmodel.cli import main\n"
            f"try:\n    main(['check', {str(model)!r}])\nexcept SystemExit:\n    pass\n"
            "print('HEAVY', sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'pygraphviz')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name in COMMANDS:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output


def test_check_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    orphan = tmp_path / "orphan.yaml"
    orphan.write_text(GOOD.replace("choices:",
                                   "  - {id: yksin, kind: board, names: {fi: Yksinäinen lautakunta}}\nchoices:"))
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("parent: valtuusto", "parent: valtusto"))

    assert run("check", str(good)).returncode == 0
    found = run("check", str(orphan))
    assert found.returncode in (0, 1)  # a parentless board is a warning, not an error
    assert "STRUCT-NO-PARENT" in found.stdout and "yksin" in found.stdout
    broken = run("check", str(bad))
    assert broken.returncode == 2
    assert f"{bad}:7:" in broken.stderr and "parent 'valtusto' is not a body id" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_check_reports_all_bad_files_at_once(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text("id: [\n")
    result = run("check", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("not valid YAML") == 2


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2 and "cannot read the file" in result.stderr


def test_show_prints_the_tree(tmp_path: Path) -> None:
    model = tmp_path / "m.yaml"
    model.write_text(GOOD)
    result = run("show", str(model))
    assert result.returncode == 0
    assert result.stdout.splitlines()[:5] == [
        "Pohjois-Karjala",
        "└── Maakuntavaltuusto  [valtuusto] 59 jäsentä, pj + 2 vpj",
        "    └── Maakuntahallitus  [hallitus] 11 jäsentä",
        "        ├── Valitusjaosto (?)  [jaosto] 7 jäsentä",
        "        └── Liikelaitoksen johtokunta  [johtokunta] 7-11 jäsentä",
    ]
    assert "avoin valinta valitusjaosto: Perustetaanko valitusjaosto?" in result.stdout  # Finnish by default
    english = run("show", str(model), "--lang", "en")
    assert "Enterprise board  [enterprise board] 7-11 members" in english.stdout
    variant = run("show", str(model), "--variant", "valitusjaosto=ei")
    assert "Valitusjaosto" not in variant.stdout
    wrong = run("show", str(model), "--variant", "valitusjaosto=maybe")
    assert wrong.returncode == 2 and "has no alternative 'maybe'; valid: kylla, ei" in wrong.stderr


def test_variants_command(tmp_path: Path) -> None:
    model = tmp_path / "m.yaml"
    model.write_text(GOOD)
    result = run("variants", str(model))
    assert result.stdout.splitlines() == ["valitusjaosto=kylla: 4 toimielintä ja yksikköä",
                                          "valitusjaosto=ei: 3 toimielintä ja yksikköä"]
    english = run("variants", str(model), "--lang", "en")
    assert english.stdout.splitlines() == ["valitusjaosto=kylla: 4 bodies", "valitusjaosto=ei: 3 bodies"]


def test_schema_is_current_and_valid_json(tmp_path: Path) -> None:
    stored = (ROOT / "schema" / "orgmodel.schema.json").read_text(encoding="utf-8")
    assert stored == schema_text(), "schema/orgmodel.schema.json is stale: run `make schema`"
    schema = json.loads(stored)
    assert "bodies" in schema["required"] and schema["additionalProperties"] is False
    out = tmp_path / "s.json"
    assert run("schema", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == stored


def test_model_files_point_at_the_schema() -> None:
    files = [p for p in (ROOT / "models").rglob("*.yaml")]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=", 1)[1].strip()).resolve()
        assert target == (ROOT / "schema" / "orgmodel.schema.json").resolve(), path


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_top_level_options(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0 and result.stdout


def test_partials_are_skipped_even_when_named(tmp_path: Path) -> None:
    (tmp_path / "_base.yaml").write_text("org_type: archetype\n")
    (tmp_path / "m.yaml").write_text(GOOD)
    result = run("check", str(tmp_path / "_base.yaml"), str(tmp_path / "m.yaml"))
    assert result.returncode == 0, result.stderr
    assert "skipping" in result.stderr and "_base.yaml" in result.stderr
    assert "m.yaml" in result.stdout and "_base" not in result.stdout
    only_base = run("check", str(tmp_path / "_base.yaml"))
    assert only_base.returncode == 2 and "no model files found" in only_base.stderr
