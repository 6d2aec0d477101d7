"""The shared deterministic xlsx writer: same workbook, same bytes; dates fixed; read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import os
import time
import zipfile
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no types
import pytest

from orgmodel.compare.xlsx import FIXED_DATE, ZIP_DATE, header_sheet, save_workbook, workbook_bytes
from orgmodel.errors import OutputError


def _book() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    header_sheet(wb.active, "taulukko", ["rakenne", "paikat"], [["a", 51], ["b", None]])
    return wb


def test_same_workbook_same_bytes_even_a_second_later(monkeypatch: pytest.MonkeyPatch) -> None:
    first = workbook_bytes(_book())
    later = time.time() + 3600 * 24 * 400
    monkeypatch.setattr(time, "time", lambda: later)  # zipfile and openpyxl read the clock through time.time
    monkeypatch.setattr(time, "localtime", lambda *_: time.gmtime(later))
    assert workbook_bytes(_book()) == first


def test_zip_members_and_document_dates_are_fixed(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    save_workbook(_book(), target)
    with zipfile.ZipFile(target) as z:
        assert {i.date_time for i in z.infolist()} == {ZIP_DATE}
        core = z.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2  # created and modified
    wb = openpyxl.load_workbook(target)
    assert wb.properties.created == FIXED_DATE == wb.properties.modified
    day = dt.datetime(2024, 3, 1)
    assert openpyxl.load_workbook(io.BytesIO(workbook_bytes(_book(), when=day))).properties.modified == day


def test_header_sheet_freezes_filters_and_keeps_none_empty(tmp_path: Path) -> None:
    buf = io.BytesIO()
    save_workbook(_book(), buf)
    ws = openpyxl.load_workbook(buf).active
    assert ws.title == "taulukko"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B3"
    assert ws["A1"].font.bold and not ws["A2"].font.bold
    assert [c.value for c in ws[3]] == ["b", None]


def test_a_fifo_is_refused_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="pipe.xlsx"):
        save_workbook(_book(), fifo)
    assert fifo.is_fifo()
