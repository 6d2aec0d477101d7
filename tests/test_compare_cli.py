"""``orgmodel compare`` and ``orgmodel diff``: formats, files, exit codes, messages instead of tracebacks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from builders import run_cli


@pytest.fixture
def fx(fixtures_dir: Path) -> dict[str, str]:
    d = fixtures_dir / "compare"
    return {"a": str(d / "diff-a.yaml"), "b": str(d / "diff-b.yaml"), "small": str(d / "metrics-small.yaml"),
            "map": str(d / "_map-good.yaml"), "badmap": str(d / "_map-bad.yaml"), "dir": str(d)}


run = run_cli


def test_compare_table_default(capsys: pytest.CaptureFixture[str], fx: dict[str, str]) -> None:
    code, out, err = run(capsys, "compare", fx["a"], fx["b"])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["diff-a", "diff-b"]
    assert any(line.split()[-2:] == ["109", "111"] and line.startswith("paikat") for line in lines)


@pytest.mark.parametrize("fmt,check", [
    ("csv", lambda out: [r["structure"] for r in csv.DictReader(io.StringIO(out))] == ["diff-a", "diff-b"]),
    ("json", lambda out: [d["id"] for d in json.loads(out)] == ["diff-a", "diff-b"]),
    ("markdown", lambda out: out.startswith("| rakenne | Vertailu A | Vertailu B |")),
])
def test_compare_formats(capsys: pytest.CaptureFixture[str], fx: dict[str, str], fmt: str,
                         check: Callable[[str], bool]) -> None:
    code, out, _ = run(capsys, "compare", fx["a"], fx["b"], "--format", fmt)
    assert code == 0 and check(out)


def test_compare_expands_variants_unless_told_not_to(capsys: pytest.CaptureFixture[str], fx: dict[str, str]) -> None:
    _, out, _ = run(capsys, "compare", fx["small"], "--format", "csv")
    assert [r["structure"] for r in csv.DictReader(io.StringIO(out))] == ["metrics-small [talous=vk]",
                                                                          "metrics-small [talous=ltk]"]
    _, out, _ = run(capsys, "compare", fx["small"], "--format", "csv", "--no-variants")
    assert [r["structure"] for r in csv.DictReader(io.StringIO(out))] == ["metrics-small"]


def test_compare_writes_table_and_chart(capsys: pytest.CaptureFixture[str], fx: dict[str, str], tmp_path: Path) -> None:
    table, chart = tmp_path / "t.md", tmp_path / "p.svg"
    code, out, err = run(capsys, "compare", fx["a"], fx["b"], "--format", "markdown", "-o", str(table),
                         "--chart", str(chart), "--lang", "en")
    assert code == 0 and out == ""
    assert table.read_text(encoding="utf-8").startswith("| structure |")
    assert chart.read_bytes().startswith(b"<?xml") and f"chart: {chart}" in err


def test_compare_chart_types(capsys: pytest.CaptureFixture[str], fx: dict[str, str], tmp_path: Path) -> None:
    for kind in ("seats", "kinds"):
        out = tmp_path / f"{kind}.pdf"
        code, _, _ = run(capsys, "compare", fx["a"], "--chart", str(out), "--chart-type", kind)
        assert code == 0 and out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args,words", [
    (["compare", "missing.yaml"], ["missing.yaml", "cannot read"]),
    (["compare", "{a}", "--chart", "x.jpg"], ["--chart x.jpg", ".pdf"]),
    (["diff", "{a}"], ["needs two files"]),
    (["diff", "{a}", "{b}", "--map", "{badmap}"], ["'ei-ole' is not a body of 'diff-b'"]),
    (["diff", "{a}", "{b}", "{a}", "--map", "{map}"], ["exactly two files"]),
    (["diff", "{a}", "{b}", "--map", "nothing.yaml"], ["nothing.yaml", "cannot read"]),
])
def test_bad_input_exits_2_with_a_message(capsys: pytest.CaptureFixture[str], fx: dict[str, str], args: list[str],
                                          words: list[str]) -> None:
    code, out, err = run(capsys, *[a.format(**fx) for a in args])
    assert code == 2 and "Traceback" not in err
    assert all(w in err for w in words), err


def test_diff_exit_codes_and_text(capsys: pytest.CaptureFixture[str], fx: dict[str, str]) -> None:
    code, out, _ = run(capsys, "diff", fx["a"], fx["a"])
    assert code == 0 and "ei eroja" in out
    code, out, _ = run(capsys, "diff", fx["a"], fx["b"])
    assert code == 1
    assert "+ Talousjaosto (jaosto, talous)" in out and "- Konsernijaosto (jaosto, konserni)" in out


def test_diff_with_mapping_json(capsys: pytest.CaptureFixture[str], fx: dict[str, str]) -> None:
    code, out, _ = run(capsys, "diff", fx["a"], fx["b"], "--map", fx["map"], "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["added"] == [] and data["removed"] == []
    assert {"a": "konserni", "b": "talous", "by": "mapping"} in data["matches"]


def test_diff_series_step_by_step(capsys: pytest.CaptureFixture[str], fx: dict[str, str]) -> None:
    code, out, _ = run(capsys, "diff", fx["a"], fx["b"], fx["a"], "--format", "json")
    data = json.loads(out)
    assert code == 1 and [d["added"] for d in data] == [["talous"], ["konserni"]]


def test_diff_markdown_to_file(capsys: pytest.CaptureFixture[str], fx: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "ero.md"
    code, out, _ = run(capsys, "diff", fx["a"], fx["b"], "--format", "markdown", "-o", str(target), "--lang", "sv")
    assert code == 1 and out == ""
    assert target.read_text(encoding="utf-8").startswith("# Skillnad mellan strukturer: Vertailu A → Vertailu B")
