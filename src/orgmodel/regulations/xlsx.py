"""The delegation table as a workbook: one sheet of powers, one of what each body decides
(deterministic bytes through :func:`orgmodel.compare.xlsx.workbook_bytes`)."""

from __future__ import annotations

import datetime as dt

from ..compare.xlsx import header_sheet, workbook_bytes
from ..model import Organisation
from ..words import word
from .common import body_name
from .powers import by_body, power_findings, power_rows


def table_workbook_bytes(org: Organisation, lang: str = "fi", *, as_of: dt.date | None = None) -> bytes:
    """The xlsx of the delegation table of ``org``; a model without powers gives a sheet that says so."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    shown = org.as_of(as_of) if as_of is not None else org
    rows = power_rows(shown, lang, findings=power_findings(org, lang, as_of))
    wb = Workbook()
    header = [word(f"regs.col.{c}", lang) for c in
              ("power", "matter", "basis", "holder", "chain", "final", "call_in", "findings")]
    data = [r.cells(lang) for r in rows] or [[word("regs.no_powers", lang)] + [""] * (len(header) - 1)]
    header_sheet(wb.active, word("regs.col.power", lang)[:31], header, data)
    view = [[body_name(shown, b, lang), *entry] for b, entries in by_body(rows, lang).items() for entry in entries]
    header_sheet(wb.create_sheet(), word("regs.col.body", lang)[:31],
                 [word("regs.col.body", lang), word("regs.col.power", lang), word("regs.col.role", lang),
                  word("regs.col.basis", lang)], view)
    return workbook_bytes(wb)
