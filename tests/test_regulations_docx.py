"""The DOCX and xlsx of the regulations read back with their own libraries: heading styles,
§ numbering, the TOC field, tables, and the same bytes every run."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from openpyxl import load_workbook  # type: ignore[import-untyped]  # openpyxl ships no types

from orgmodel.io import load
from orgmodel.regulations import changes_document, delegation_table, organisation_chapter, table_workbook_bytes

from builders import FIXTURES

REGS = FIXTURES / "regulations"


def chapter_docx(lang: str = "fi") -> bytes:
    return organisation_chapter(load(REGS / "county.yaml"), lang).docx()


def test_headings_use_word_styles_and_sections_are_numbered() -> None:
    d = docx.Document(io.BytesIO(chapter_docx()))
    by_style: dict[str, list[str]] = {}
    for p in d.paragraphs:
        by_style.setdefault(p.style.name if p.style is not None else "", []).append(p.text)
    assert by_style["Title"] == ["Hallintosääntö: toimielimiä koskevat luvut – Testialueen hyvinvointialue"]
    chapters = [t for t in by_style["Heading 1"] if re.match(r"\d+ luku ", t)]
    assert [int(t.split()[0]) for t in chapters] == list(range(1, 9))
    sections = by_style["Heading 2"]
    assert [int(t.split()[0]) for t in sections] == list(range(1, len(sections) + 1))
    assert all(re.match(r"\d+ § \S", t) for t in sections)
    assert "7 § Aluehallituksen jaostot" in sections
    assert "Henkilöstöjaosto" in by_style["Heading 3"]


def test_toc_field_is_there_for_word_to_fill() -> None:
    with zipfile.ZipFile(io.BytesIO(chapter_docx())) as z:
        body = z.read("word/document.xml").decode()
    assert 'TOC \\o "1-3" \\h \\z \\u' in body
    assert body.count('w:fldCharType="begin"') == 1 and body.count('w:fldCharType="end"') == 1


def test_same_bytes_every_run_with_fixed_dates() -> None:
    one, two = chapter_docx("sv"), chapter_docx("sv")
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    props = docx.Document(io.BytesIO(one)).core_properties
    assert (props.created.year, props.modified.year, props.author) == (2000, 2000, "orgmodel")


def test_delegation_table_docx_has_the_tables() -> None:
    d = docx.Document(io.BytesIO(delegation_table(load(REGS / "county.yaml"), "fi").docx()))
    assert [c.text for c in d.tables[0].rows[0].cells][:3] == ["Asia", "Asiaryhmä", "Oikeusperusta"]
    first_rows = [[c.text for c in r.cells] for r in d.tables[0].rows[1:]]
    assert [r[0] for r in first_rows] == ["Hankinnoista päättäminen", "Henkilöstöasiat (päätelty)"]
    assert first_rows[0][5] == "Hyvinvointialuejohtaja"
    assert all(cell.paragraphs[0].runs[0].bold for cell in d.tables[0].rows[0].cells)


def test_changes_docx_reads_back() -> None:
    doc = changes_document(load(REGS / "no-powers.yaml"), load(REGS / "county.yaml"), "fi")
    d = docx.Document(io.BytesIO(doc.docx()))
    headings = [p.text for p in d.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings == ["1 § Toimielimet", "2 § Kokoonpano", "3 § Valinta ja nimeäminen", "4 § Toimivalta"]
    assert "Aluehallituksen alaisuuteen perustetaan henkilöstöjaosto." in [p.text for p in d.paragraphs]


def test_table_workbook_reads_back_and_is_stable() -> None:
    org = load(REGS / "county.yaml")
    data = table_workbook_bytes(org, "fi")
    assert data == table_workbook_bytes(org, "fi")
    wb = load_workbook(io.BytesIO(data))
    powers, bodies = wb.worksheets
    assert [c.value for c in powers[1]][:2] == ["Asia", "Asiaryhmä"]
    assert [powers.cell(row=i, column=1).value for i in range(2, 5)] == [
        "Hankinnoista päättäminen", "Henkilöstöasiat (päätelty)", "Talousarvion hyväksyminen"]
    assert [c.value for c in bodies[2]] == ["Aluehallitus", "Hankinnoista päättäminen", "siirtänyt edelleen",
                                            "ei mainita"]
