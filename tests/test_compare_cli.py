"""``orgmodel compare`` and ``orgmodel diff``: formats, files, exit codes, messages instead of tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no types
import pytest
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from orgmodel.compare.codebook import fields

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


def _xlsx_rows(path: Path) -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    return [list(row) for row in wb["corpus"].iter_rows(values_only=True)]


def test_compare_corpus_to_xlsx_by_extension(capsys: pytest.CaptureFixture[str], fx: dict[str, str],
                                             tmp_path: Path) -> None:
    out = tmp_path / "corpus.xlsx"
    code, stdout, err = run(capsys, "compare", fx["a"], fx["small"], "-o", str(out))
    assert code == 0 and stdout == "" and err == ""
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["corpus", "codebook"]
    sheet = wb["corpus"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{get_column_letter(sheet.max_column)}4"
    rows = _xlsx_rows(out)
    head = rows[0]
    assert head == [f.name for f in fields()]
    by = {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    assert list(by) == ["diff-a", "metrics-small [talous=vk]", "metrics-small [talous=ltk]"]
    assert by["diff-a"]["seats_min"] == 109 and by["diff-a"]["variant"] is None
    small = by["metrics-small [talous=vk]"]
    assert small["seats_min"] is None and small["seats_known_min"] == 106 and small["seats_unknown"] == 2
    codebook = [list(r) for r in wb["codebook"].iter_rows(values_only=True)]
    assert codebook[0] == ["column", "label", "type", "unit", "computed", "missing"]
    assert [r[0] for r in codebook[1:]] == head
    assert dict((r[0], r[1]) for r in codebook[1:])["seats_min"] == "paikkoja (väh.)"
    again = tmp_path / "again.xlsx"
    run(capsys, "compare", fx["a"], fx["small"], "-o", str(again))
    assert again.read_bytes() == out.read_bytes()  # same input, same bytes


def test_compare_corpus_folder_to_csv_by_extension(capsys: pytest.CaptureFixture[str], fx: dict[str, str],
                                                   tmp_path: Path) -> None:
    out = tmp_path / "corpus.csv"
    code, _, _ = run(capsys, "compare", fx["a"], fx["b"], "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert code == 0 and [r["structure"] for r in rows] == ["diff-a", "diff-b"]
    assert rows[0]["organiser_share"] == "" and rows[0]["seats_min"] == "109"


def test_compare_xlsx_to_standard_output_is_binary(capsysbinary: pytest.CaptureFixture[bytes],
                                                   fx: dict[str, str]) -> None:
    from orgmodel.cli import main

    with pytest.raises(SystemExit) as e:
        main(["compare", fx["a"], "--format", "xlsx", "-o", "-"])
    assert e.value.code == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"PK") and zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_compare_chart_size_and_title(capsys: pytest.CaptureFixture[str], fx: dict[str, str], tmp_path: Path) -> None:
    chart = tmp_path / "p.png"
    code, _, _ = run(capsys, "compare", fx["a"], fx["b"], "--chart", str(chart), "--size", "3.5,2", "--no-title")
    assert code == 0
    assert struct.unpack(">II", chart.read_bytes()[16:24]) == (700, 400)
    svg = tmp_path / "p.svg"
    code, _, _ = run(capsys, "compare", fx["a"], "--chart", str(svg), "--title", "Kuvio 1")
    assert code == 0 and "Kuvio 1" in svg.read_text(encoding="utf-8")


def test_compare_never_replaces_an_input_or_a_fifo(capsys: pytest.CaptureFixture[str], fx: dict[str, str],
                                                   tmp_path: Path) -> None:
    model = tmp_path / "m.yaml"
    model.write_text(Path(fx["a"]).read_text(encoding="utf-8"), encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(model)  # the input through a link: still the same file
    before = model.read_bytes()
    code, _, err = run(capsys, "compare", str(link), "--format", "xlsx", "-o", str(model))
    assert code == 2 and "refusing to write over an input" in err and model.read_bytes() == before
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "compare", fx["a"], "-o", str(fifo))
    assert code == 2 and "FIFO" in err and fifo.is_fifo()


@pytest.mark.parametrize("args,words", [
    (["compare", "missing.yaml"], ["missing.yaml", "cannot read"]),
    (["compare", "{a}", "--chart", "x.jpg"], ["--chart x.jpg", ".pdf"]),
    (["compare", "{a}", "--format", "csv", "-o", "t.xlsx"], ["-o t.xlsx", "--format xlsx"]),
    (["compare", "{a}", "--format", "xlsx", "-o", "t.csv"], ["-o t.csv", "--format csv"]),
    (["compare", "{a}", "--chart", "x.pdf", "--size", "3x"], ["--size 3x", "inches"]),
    (["compare", "{a}", "--chart", "x.pdf", "--size", "0,4"], ["--size 0,4", "between 0.5 and 50"]),
    (["compare", "{a}", "--size", "3,3"], ["--chart OUT"]),
    (["compare", "{a}", "--chart", "x.pdf", "--title", "T", "--no-title"], ["--title and --no-title"]),
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
