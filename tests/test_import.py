"""orgmodel import: body tables (csv, xlsx) and Popolo JSON into model files that load; every bad row
reported with its row number and what would be valid; nothing written then; round trips for every
shipped model."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]

from orgmodel.compare.xlsx import save_workbook
from orgmodel.errors import ModelError
from orgmodel.io import expand_paths, load
from orgmodel.io.export import export_bytes
from orgmodel.io.importing import import_model
from orgmodel.model import Organisation, SeatRange

from builders import FIXTURES, MODELS, run_cli

TABLES = FIXTURES / "import"
SHIPPED = expand_paths([MODELS])


def bodies_of(org: Organisation) -> list[tuple[object, ...]]:
    """What a body table holds about each body: id, names, kind, parent, seats, certainty, note."""
    return [(b.id, b.names, b.kind, b.parent, b.seats, b.certainty, b.note) for b in org.bodies]


def test_finnish_headers_and_words_in_a_semicolon_csv() -> None:
    org = import_model(TABLES / "fi_semicolon.csv")
    assert [(b.id, b.kind.value, b.parent) for b in org.bodies] == [
        ("valtuusto", "council", None), ("hallitus", "executive_board", "valtuusto"),
        ("sivistys", "board", "hallitus")]
    v, h, s = org.bodies
    assert v.names is not None and v.names.sv == "Kommunfullmäktige" and v.seats == 43
    assert h.seats == 11 and s.seats == SeatRange(min=7, max=11)
    assert s.certainty.value == "inferred" and s.note == "Nimi arvattu"
    assert (org.id, org.org_type.value, org.law) == ("fi_semicolon", "municipality", "fi/kuntalaki-410-2015")


def test_english_headers_in_an_xlsx(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Name", "Name_en", "Kind", "Parent", "Seats"])
    ws.append(["council", "Valtuusto", "Council", "Council", None, 51])
    ws.append(["exec", "Hallitus", None, "Executive board", "council", 11.0])  # Excel keeps numbers as floats
    save_workbook(wb, tmp_path / "t.xlsx")
    org = import_model(tmp_path / "t.xlsx", name="Testikunta")
    assert [(b.id, b.kind.value, b.parent, b.seats) for b in org.bodies] == [
        ("council", "council", None, 51), ("exec", "executive_board", "council", 11)]
    assert org.names.fi == "Testikunta" and org.bodies[0].names is not None and org.bodies[0].names.en == "Council"


@pytest.mark.parametrize("fixture,expected", [
    ("bad_kind.csv", ["row 3: kind: 'lautakunnta' is not a body kind; valid: council (valtuusto)"]),
    ("duplicate_id.csv", ["row 3: id: id 'v' is already on row 2"]),
    ("unknown_parent.csv", ["row 3: parent: 'hallitus' is no row's id; valid: the ids of the table"]),
    ("bad_seats.csv", ["row 2: seats: 'paljon' is neither a number nor a range like 7-11"]),
    ("missing_id.csv", ["row 2: id: empty; every row needs it"]),
    ("unknown_column.csv", ["row 1: seets: unknown column 'seets'; valid: "]),
    ("qualifier_wrong_kind.csv", ["row 3: kind: committee_role is only for kind committee; this body is board"]),
])
def test_each_bad_row_is_named_with_what_is_valid(fixture: str, expected: list[str]) -> None:
    with pytest.raises(ModelError) as caught:
        import_model(TABLES / fixture, lang="en")
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == len(expected) + 1 and messages[-1] == f"{len(expected)} bad rows; nothing written"
    for got, want in zip(messages, expected, strict=False):
        assert got.startswith(want), got
    assert all(p.file == str(TABLES / fixture) for p in caught.value.problems)


def test_every_bad_row_is_reported_at_once() -> None:
    with pytest.raises(ModelError) as caught:
        import_model(TABLES / "many_bad.csv", lang="en")
    rows = [p.message.split(":")[0] for p in caught.value.problems[:-1]]
    assert rows == ["row 3", "row 4", "row 5"]
    assert "seats: '-3'" in caught.value.problems[2].message


def test_messages_are_finnish_by_default() -> None:
    with pytest.raises(ModelError) as caught:
        import_model(TABLES / "bad_kind.csv")
    assert caught.value.problems[0].message.startswith("rivi 3: kind: 'lautakunnta' ei ole toimielimen laji")


def test_cli_bad_rows_exit_2_and_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.yaml"
    code, _, err = run_cli(capsys, "import", str(TABLES / "many_bad.csv"), "-o", str(out), "--lang", "en")
    assert code == 2 and not out.exists() and "Traceback" not in err
    assert err.count("many_bad.csv: row ") == 3 and "3 bad rows; nothing written" in err


def test_cli_writes_a_model_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.yaml"
    code, _, err = run_cli(capsys, "import", str(TABLES / "fi_semicolon.csv"), "-o", str(out),
                           "--name", "Esimerkkikunta", "--law", "kuntalaki")
    assert code == 0, err
    org = load(out)
    assert org.names.fi == "Esimerkkikunta" and [b.id for b in org.bodies] == ["valtuusto", "hallitus", "sivistys"]
    assert code == 0 and "3 toimielintä" in err


def test_cli_never_replaces_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes((TABLES / "fi_semicolon.csv").read_bytes())
    before = table.read_bytes()
    link = tmp_path / "same.yaml"
    link.symlink_to(table)
    code, _, err = run_cli(capsys, "import", str(table), "-o", str(link))
    assert code == 2 and "refusing" in err and table.read_bytes() == before


def test_popolo_with_foreign_values_names_them() -> None:
    with pytest.raises(ModelError) as caught:
        import_model(TABLES / "bad_classification.popolo.json", lang="en")
    messages = [p.message for p in caught.value.problems]
    assert messages[0].startswith("organizations[1] (p): classification: 'party' is not a body kind; valid:")
    assert messages[1].startswith("memberships[0]: role: 'leads' is not valid; valid: elects, prepares_for")


@pytest.mark.parametrize("path", SHIPPED, ids=[str(p.relative_to(MODELS)) for p in SHIPPED])
def test_xlsx_round_trip_gives_equal_bodies_and_hierarchy(path: Path, tmp_path: Path) -> None:
    org = load(path)
    book = tmp_path / "bodies.xlsx"
    book.write_bytes(export_bytes(org, ".xlsx"))
    back = import_model(book)
    assert bodies_of(back) == bodies_of(org)
    assert {b.id: b.parent for b in back.bodies} == {b.id: b.parent for b in org.bodies}
    assert (back.id, back.names, back.org_type, back.law) == (org.id, org.names, org.org_type, org.law)


@pytest.mark.parametrize("path", SHIPPED, ids=[str(p.relative_to(MODELS)) for p in SHIPPED])
def test_popolo_round_trip_gives_equal_bodies_and_relations(path: Path, tmp_path: Path) -> None:
    org = load(path)
    doc = tmp_path / "x.popolo.json"
    doc.write_bytes(export_bytes(org, ".popolo.json"))
    back = import_model(doc)
    assert bodies_of(back) == bodies_of(org)
    assert [(r.id, r.type, r.source, r.target, r.seats, r.certainty) for r in back.relations] == [
        (r.id, r.type, r.source, r.target, r.seats, r.certainty) for r in org.relations]
    assert back.powers == org.powers and back.instruments == org.instruments


def test_a_csv_written_by_excel_with_a_bom_reads(tmp_path: Path) -> None:
    raw = (TABLES / "fi_semicolon.csv").read_bytes()
    table = tmp_path / "bom.csv"
    table.write_bytes(b"\xef\xbb\xbf" + raw)
    assert [b.id for b in import_model(table).bodies] == ["valtuusto", "hallitus", "sivistys"]
    assert io.BytesIO(raw).read(3) != b"\xef\xbb\xbf"
