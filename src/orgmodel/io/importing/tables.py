"""Read a body table (xlsx or csv) into rows of text cells, each with its row number as the
spreadsheet shows it (the header is row 1).

A csv file may be separated by commas, semicolons (what Finnish Excel writes) or tabs, in UTF-8
with or without a byte-order mark. An xlsx workbook is read from its ``bodies`` sheet, else the
first sheet; an ``organisation`` sheet of key/value rows (what ``orgmodel export`` writes) gives
the structure's own id, names, type and law.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass, field
from typing import Any

from orgmodel.errors import ModelError, Problem

__all__ = ["Table", "read_csv", "read_xlsx"]


@dataclass
class Table:
    """A header, the data rows (row number, cells by header), and the key/value meta rows if any."""

    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    meta: dict[str, str] = field(default_factory=dict)


def _text(value: Any) -> str:
    """A cell as text: None empty, 11.0 as '11', a date as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _table(path: str, raw_rows: list[list[Any]]) -> Table:
    while raw_rows and not any(_text(c) for c in raw_rows[0]):
        raw_rows = raw_rows[1:]
    if not raw_rows:
        raise ModelError([Problem(path, 0, 0, "empty table")])
    header = [_text(c) for c in raw_rows[0]]
    rows = []
    for number, raw in enumerate(raw_rows[1:], start=2):
        cells = [_text(c) for c in raw]
        if any(cells):
            rows.append((number, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header) if h}))
    return Table(header, rows)


def read_csv(path: str | os.PathLike[str]) -> Table:
    """The table of a csv file (delimiter sniffed among ',', ';' and tab)."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise ModelError([Problem(name, 0, 0, f"cannot read the file: {e}")]) from e
    try:
        dialect: Any = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return _table(name, [list(r) for r in csv.reader(io.StringIO(text), dialect)])


def read_xlsx(path: str | os.PathLike[str]) -> Table:
    """The table of an xlsx workbook's ``bodies`` sheet (else its first), with its ``organisation`` meta."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    name = os.fspath(path)
    try:
        wb = load_workbook(name, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise ModelError([Problem(name, 0, 0, f"cannot read the workbook: {e}")]) from e
    sheet = wb["bodies"] if "bodies" in wb.sheetnames else wb.worksheets[0]
    table = _table(name, [list(r) for r in sheet.iter_rows(values_only=True)])
    if "organisation" in wb.sheetnames:
        meta_rows = list(wb["organisation"].iter_rows(values_only=True))[1:]
        table.meta = {_text(r[0]): _text(r[1]) for r in meta_rows if len(r) >= 2 and _text(r[0]) and _text(r[1])}
    wb.close()
    return table
