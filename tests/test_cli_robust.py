"""The CLI on bad input (issue 9 items 3, 6, 7): folder runs keep going past bad files, model text never
reaches the terminal raw, ``show`` walks deep hierarchies, ``--format json`` fails as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgmodel.cli.output import safe

from builders import run_cli

HEAD = "names: {{fi: {name}}}\norg_type: archetype\nlaw: fi/kuntalaki-410-2015\n"
BODIES = ("bodies:\n  - {{id: v, kind: council, names: {{fi: Valtuusto}}, seats: 27}}\n"
          "  - {{id: h, kind: executive_board, names: {{fi: Hallitus}}, parent: v, seats: 9}}\n")


def model_text(ident: str, name: str = "Malli") -> str:
    return f"id: {ident}\n" + (HEAD + BODIES).format(name=name)


run = run_cli


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """20 good models and one broken one (a duplicate key on line 2)."""
    for i in range(20):
        (tmp_path / f"m{i:02d}.yaml").write_text(model_text(f"m{i:02d}"), encoding="utf-8")
    (tmp_path / "m10-broken.yaml").write_text("id: x\nid: y\n", encoding="utf-8")
    return tmp_path


BROKEN = "m10-broken.yaml:2:1: duplicate key 'id' (first at line 1)"


# --- folder runs keep going -------------------------------------------------------------------


def test_check_reports_every_good_file_and_the_broken_ones_message(folder: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(folder))
    assert code == 2
    assert sum(f"m{i:02d}.yaml: Malli" in out for i in range(20)) == 20
    assert f"{folder / BROKEN}" in err


def test_check_json_carries_the_reports_and_the_errors(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(folder), "--format", "json")
    doc = json.loads(out)
    assert code == 2 and len(doc["reports"]) == 20
    assert doc["errors"] == [{"file": str(folder / "m10-broken.yaml"), "line": 2, "column": 1, "code": "ModelError",
                              "message": "duplicate key 'id' (first at line 1)"}]


def test_compare_and_sheet_keep_going_too(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for extra in sorted(folder.glob("m1[1-9].yaml")) + sorted(folder.glob("m0[3-9].yaml")):
        extra.unlink()  # three good files and the broken one
    code, out, err = run(capsys, "compare", str(folder), "--format", "json")
    assert code == 2 and [c["id"] for c in json.loads(out)] == ["m00", "m01", "m02", "m10"]
    assert BROKEN in err
    code, _, err = run(capsys, "sheet", str(folder), "-o", str(tmp_path / "sheet.svg"))
    assert code == 2 and BROKEN in err
    assert (tmp_path / "sheet.svg").read_text(encoding="utf-8").count("Valtuusto") >= 4


def test_a_run_where_every_file_is_bad_still_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.yaml").write_text("id: x\nid: y\n", encoding="utf-8")
    for command in (["check"], ["compare"], ["sheet", "-o", str(tmp_path / "s.svg")]):
        code, _, err = run(capsys, *command, str(tmp_path))
        assert code == 2 and "bad.yaml:2:1: duplicate key 'id'" in err, command


# --- --format json on bad input ---------------------------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["compare"], ["diff", "{other}"]])
def test_json_runs_print_a_json_error_document(command: list[str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nid: y\n", encoding="utf-8")
    other = tmp_path / "ok.yaml"
    other.write_text(model_text("ok"), encoding="utf-8")
    args = [command[0], str(bad), *(a.format(other=other) for a in command[1:]), "--format", "json"]
    code, out, _ = run(capsys, *args)
    doc = json.loads(out)
    assert code == 2
    errors = doc["errors"]
    assert errors[0]["file"] == str(bad) and (errors[0]["line"], errors[0]["column"]) == (2, 1)
    assert errors[0]["message"].startswith("duplicate key 'id'") and errors[0]["code"] == "ModelError"
    assert doc.get("exit_code", 2) == 2


def test_a_bad_option_with_json_is_json_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(model_text("ok"), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--law", "kuntalaky", "-f", "json")
    doc = json.loads(out)
    assert code == 2 and doc["exit_code"] == 2 and doc["errors"][0]["code"] == "UnknownLaw"
    assert "unknown law 'kuntalaky'" in doc["errors"][0]["message"]
    code, out, _ = run(capsys, "check", str(path), "--fail-on", "nonsense", "--format=json")
    assert code == 2 and json.loads(out)["errors"][0]["code"] == "BadParameter"


# --- terminal output is clean -----------------------------------------------------------------

HOSTILE = "Paha\x1b]0;pwned\x07\x1b[2J\x00\x9b31m\r"


def test_safe_escapes_every_control_character_but_tab_and_newline() -> None:
    assert safe(HOSTILE + "\t\n") == "Paha\\u001b]0;pwned\\u0007\\u001b[2J\\u0000\\u009b31m\\u000d\t\n"
    assert json.loads(safe(json.dumps({"n": "\x9b"}, ensure_ascii=False))) == {"n": "\x9b"}  # JSON stays JSON


@pytest.mark.parametrize("command", [["show"], ["check"], ["check", "-f", "markdown"], ["diff", "{other}"],
                                     ["compare"], ["check", "--color"]])
def test_model_text_never_reaches_the_terminal_raw(command: list[str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(model_text("m", name=json.dumps(HOSTILE)), encoding="utf-8")
    other = tmp_path / "o.yaml"
    other.write_text(model_text("o"), encoding="utf-8")
    _, out, err = run(capsys, command[0], str(path), *(a.format(other=other) for a in command[1:]))
    assert "Paha\\u001b]0;pwned" in out or command == ["compare"], out  # compare's table shows ids
    raw = "\x00\x07\r\x9b" if "--color" in command else "\x1b\x00\x07\r\x9b"  # --color: our own ESC only
    assert not any(c in out + err for c in raw)


def test_error_messages_quoting_input_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m\x1b[2J.yaml"  # a hostile file name, quoted raw by every message about the file
    path.write_text(model_text("m").replace("kind: council", 'kind: "coun\\e[2Jcil"'), encoding="utf-8")
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and "\x1b" not in err, err
    assert "m\\u001b[2J.yaml:6:19: bodies[0].kind: 'coun\\x1b[2Jcil' is not valid" in err


# --- show walks deep hierarchies ---------------------------------------------------------------


def test_show_prints_a_5000_deep_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["id: deep", HEAD.format(name="Syvä").rstrip("\n"), "bodies:",
             "  - {id: b0, kind: council, names: {fi: B0}}"]
    lines += [f"  - {{id: b{i}, kind: board, names: {{fi: B{i}}}, parent: b{i - 1}}}" for i in range(1, 5000)]
    path = tmp_path / "deep.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "show", str(path))
    assert code == 0, err
    printed = out.splitlines()
    assert len(printed) == 5001 and printed[1].startswith("└── B0") and printed[-1].endswith("B4999  [lautakunta]")
    assert printed[-1].startswith(" " * 4 * 4999 + "└── ")
