"""The draft -> adopted pair, exit codes, the xlsx export, series and dated timelines, the timeline chart."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from orgmodel.compare.diff import diff_structures
from orgmodel.compare.series import change_days, dated_timeline, series_timeline
from orgmodel.compare.timeline import lanes, timeline_chart
from orgmodel.errors import UserError
from orgmodel.io import load
from orgmodel.model import Organisation

from builders import ROOT, make_org

PAIR = ROOT / "tests" / "fixtures" / "diff"
DRAFT, ADOPTED = PAIR / "strategy-draft.yaml", PAIR / "strategy-adopted.yaml"
DATED = ROOT / "models" / "examples" / "kaksikielinen-hyvinvointialue.yaml"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "orgmodel", "diff", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_the_strategy_moving_from_council_to_board_is_reported() -> None:
    d = diff_structures(load(DRAFT), load(ADOPTED))
    assert d.powers_changed == {"strategiasta-paattaminen": {
        "holder": ("valtuusto", "hallitus"), "chain": ([["valtuusto"]], [["hallitus"]]),
        "final": (["valtuusto"], ["hallitus"])}}
    assert d.instruments_changed == {"strategia": {"prepared_by": ("hallitus", "johtaja"),
                                                   "adopted_by": ("valtuusto", "hallitus")}}
    assert set(d.model_changed) == {"version.status", "version.date", "version.label"}
    assert not d.changed and not d.added and not d.removed  # the bodies are the same


def test_cli_exit_codes_and_the_pair() -> None:
    differs = _cli(str(DRAFT), str(ADOPTED), "--lang", "en")
    assert differs.returncode == 1
    assert "holder Maakuntavaltuusto → Maakuntahallitus" in differs.stdout
    assert "status draft → adopted" in differs.stdout
    assert "adopted by Maakuntavaltuusto → Maakuntahallitus" in differs.stdout
    same = _cli(str(DRAFT), str(DRAFT))
    assert same.returncode == 0 and "ei eroja" in same.stdout
    bad = _cli(str(DRAFT), "does-not-exist.yaml")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "Exit codes: 0 no differences; 1 differences; 2 bad input" in " ".join(_cli("--help").stdout.split())


def _read(data: bytes) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def test_xlsx_reads_back_and_is_the_same_bytes_every_run(tmp_path: Path) -> None:
    d = diff_structures(load(DRAFT), load(ADOPTED))
    one, two = io.BytesIO(), io.BytesIO()
    d.to_xlsx(one, "en")
    diff_structures(load(DRAFT), load(ADOPTED)).to_xlsx(two, "en")
    assert one.getvalue() == two.getvalue()
    sheets = _read(one.getvalue())
    assert list(sheets) == ["Summary", "Changes"]
    header, *rows = sheets["Changes"]
    assert header == ("step", "area", "id", "what", "change", "field", "before", "after")
    assert (1, "power", "strategiasta-paattaminen", "Maakuntastrategiasta päättäminen (strategiasta-paattaminen)",
            "changed", "holder", "Maakuntavaltuusto", "Maakuntahallitus") in rows
    assert (1, "model", "strategia-hyvaksytty", "Region (adopted)", "changed", "status", "draft",
            "adopted") in rows
    summary = dict(zip(sheets["Summary"][0], sheets["Summary"][1], strict=True))
    assert summary["powers changed"] == 1 and summary["instruments changed"] == 1 and summary["bodies added"] == 0
    out = tmp_path / "d.xlsx"
    assert _cli(str(DRAFT), str(ADOPTED), "--format", "xlsx", "-o", str(out), "--lang", "sv").returncode == 1
    assert list(_read(out.read_bytes())) == ["Sammanfattning", "Ändringar"]


def test_an_unknown_value_is_an_empty_cell_not_zero() -> None:
    a = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}}])
    b = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}, "seats": 43}])
    buf = io.BytesIO()
    diff_structures(a, b).to_xlsx(buf)
    rows = _read(buf.getvalue())["Muutokset"]
    assert rows[1][5:] == ("paikat", None, "43")


def test_a_series_of_files_is_a_timeline_step_by_step() -> None:
    draft, adopted = load(DRAFT), load(ADOPTED)
    amended = make_org([*(b.model_dump(exclude_none=True) for b in adopted.bodies),
                        {"id": "tark", "kind": "audit_committee", "names": {"fi": "Tarkastuslautakunta"},
                         "parent": "valtuusto"}], id="muutettu", name="Muutettu", org_type="region",
                       law=adopted.law)
    tl = series_timeline([draft, adopted, amended])
    assert [s.day for s in tl.states][:2] == [draft.version_date, adopted.version_date]
    assert tl.states[2].day is None  # not known: said so, never a made-up date
    assert tl.steps[1].diff.added == ["tark"]
    text = tl.to_text("en")
    assert "Step 1: Region (draft) (luonnos, 8 April 2018) → Region (adopted) (hyväksytty, 12 June 2018)" \
        in text
    assert "Muutettu (date unknown)" in text
    data = json.loads(tl.to_json())
    assert [s["day"] for s in data["steps"]] == ["2018-06-12", None]


def test_one_dated_file_gives_its_changes_at_each_date() -> None:
    org = load(DATED)
    days = [d.isoformat() for d in change_days(org)]
    assert days == ["2025-06-01", "2029-06-01"]
    tl = dated_timeline(org)
    first = tl.steps[0].diff
    assert first.added == ["palveluvaliokunta", "turvallisuusvaliokunta"]
    assert first.removed == ["sote_ltk", "pelastus_ltk", "hyte_ltk"]
    assert "Muutokset 1.6.2025" in tl.to_text()
    assert tl.states[0].label("fi") == "ennen 1.6.2025"


def test_a_file_without_dates_has_an_empty_timeline() -> None:
    tl = dated_timeline(load(DRAFT))
    assert tl.steps == [] and tl.is_empty
    assert "päivättyjä" in tl.to_text()


def test_timeline_lanes_and_unknown_seats() -> None:
    tl = dated_timeline(load(DATED))
    titles, cells = lanes(tl)
    lane = titles.index("Sosiaali- ja terveyslautakunta")
    assert cells[lane] == {0: ("present", "13"), 1: ("removed", None)}
    council = [i for i, t in enumerate(titles) if t.startswith("Aluevaltuusto 2029")]
    assert cells[council[0]] == {2: ("added", "?")}  # unknown seats: '?', never 0
    power = titles.index("Hankinnoista päättäminen")
    assert [state for state, _ in cells[power].values()] == ["present", "changed", "present"]


@pytest.mark.parametrize("suffix", [".pdf", ".svg"])
def test_timeline_chart_is_vector_and_the_same_bytes(tmp_path: Path, suffix: str) -> None:
    tl = dated_timeline(load(DATED))
    a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    timeline_chart(tl, a)
    timeline_chart(tl, b)
    assert a.read_bytes() == b.read_bytes()
    if suffix == ".pdf":
        assert b"/FontFile2" in a.read_bytes()  # TrueType embedded
    else:
        assert b"<text" not in a.read_bytes() and b"<path" in a.read_bytes()  # glyphs as paths


def test_cli_series_of_one_dated_file_with_chart(tmp_path: Path) -> None:
    chart = tmp_path / "t.svg"
    r = _cli("--series", str(DATED), "--chart", str(chart), "--format", "markdown")
    assert r.returncode == 1 and r.stdout.startswith("# Muutokset ajassa")
    assert "## Muutokset 1.6.2025" in r.stdout and chart.stat().st_size > 0


def _dated(tarkastus: dict[str, object]) -> Organisation:
    return make_org([{"id": "v1", "kind": "council", "names": {"fi": "Valtuusto 2022–2025"},
                      "valid_from": "2022-03-01", "valid_to": "2025-05-31"},
                     {"id": "v2", "kind": "council", "names": {"fi": "Valtuusto 2025–2029"},
                      "valid_from": "2025-06-01"},
                     {"id": "tark", "kind": "audit_committee", "names": {"fi": "Tarkastuslautakunta"}, **tarkastus}])


def test_a_timeline_starts_on_the_first_day_when_the_structure_before_it_is_not_whole() -> None:
    tl = dated_timeline(_dated({"parent": "v1", "valid_to": "2025-05-31"}))
    assert [s.day.isoformat() if s.day else None for s in tl.states] == ["2022-03-01", "2025-06-01"]
    assert tl.steps[0].diff.removed == ["v1", "tark"] and tl.steps[0].diff.added == ["v2"]


def test_a_gap_in_a_files_dates_is_bad_input_naming_the_file(tmp_path: Path) -> None:
    org = _dated({"parent": "v1"})  # goes on after its council ends
    with pytest.raises(UserError, match="'tark' still exists but its parent 'v1'"):
        dated_timeline(org)
    path = tmp_path / "gap.yaml"
    path.write_text(org.model_dump_json(exclude_none=True), encoding="utf-8")
    r = _cli("--series", str(path))
    assert r.returncode == 2 and str(path) in r.stderr and "Traceback" not in r.stderr


def test_limits_and_call_in_read_as_words() -> None:
    a = load(DRAFT)
    b = a.model_copy(update={"powers": [a.powers[0].model_copy(update={"call_in": None})]})
    assert "otto-oikeus ei kenelläkään → —" in diff_structures(a, b).to_text()


def test_a_file_whose_dates_all_begin_it_says_so(tmp_path: Path) -> None:
    org = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}, "valid_from": "2025-06-01"},
                    {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"}])
    tl = dated_timeline(org)
    assert tl.steps == [] and tl.starts_only
    assert "the structure begins on 1 June 2025 and nothing changes after that" in tl.to_text("en")
    timeline_chart(tl, tmp_path / "one.svg")  # one column: still a chart


def test_timeline_lanes_in_the_readers_language() -> None:
    titles, _ = lanes(series_timeline([load(DRAFT), load(ADOPTED)]), "en")
    assert titles[:1] == ["Maakuntavaltuusto"]  # no English name in the file: the Finnish one
    tl = dated_timeline(load(DATED))
    assert lanes(tl, "sv")[0] != lanes(tl, "fi")[0]
