"""A diff (or a series of them) as an xlsx workbook: a summary sheet and one row per change.

The same diffs give the same bytes: every zip member carries one fixed timestamp and the
workbook's created/modified properties one fixed date (:func:`orgmodel.compare.xlsx.workbook_bytes`). The headings
are in the reader's language; an unknown value is an empty cell, never 0.

>>> import io, openpyxl
>>> from orgmodel.compare.diff import StructureDiff
>>> buf = io.BytesIO()
>>> write_diffs_xlsx([StructureDiff()], buf, "en")
>>> [ws.title for ws in openpyxl.load_workbook(buf).worksheets]
['Summary', 'Changes']
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from orgmodel.words import word

from .xlsx import header_sheet, save_workbook

if TYPE_CHECKING:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    from .diff import StructureDiff


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A data sheet whose columns are as wide as their longest value (at most 60 characters)."""
    cells = [[None if v in ("", "—") else v for v in row] for row in rows]  # unknown: an empty cell
    widths = [min(60, max([len(str(name)), *(len(str(r[i])) for r in cells if r[i] is not None)]) + 2)
              for i, name in enumerate(header)]
    header_sheet(wb.create_sheet(), title, header, cells, widths=widths)


def diffs_workbook(diffs: Sequence[StructureDiff], lang: str = "fi",
                   step_labels: Sequence[tuple[str, str]] | None = None) -> Workbook:
    """The workbook of one diff or of the steps of a series (``step_labels``: (from, to) per step)."""
    from openpyxl import Workbook

    from .diff_report import change_rows

    def w(key: str) -> str:
        return word(f"diff.{key}", lang)

    labels = list(step_labels) if step_labels is not None else [
        (d.a.name(lang) if d.a else "a", d.b.name(lang) if d.b else "b") for d in diffs]
    wb = Workbook()
    wb.remove(wb.active)
    keys = list(diffs[0].counts()) if diffs else []
    summary = [[n, old, new, *(d.counts()[k] for k in keys)]
               for n, (d, (old, new)) in enumerate(zip(diffs, labels, strict=True), start=1)]
    _sheet(wb, w("sheet.summary"), [w("col.step"), w("col.from"), w("col.to"), *(w(f"count.{k}") for k in keys)],
           summary)
    rows = [[n, w(f"area.{r.area}"), r.id, r.what, w(f"change.{r.change}"),
             word(f"diff.field.{r.field}", lang) if r.field else None, r.old, r.new]
            for n, d in enumerate(diffs, start=1) for r in change_rows(d, lang)]
    _sheet(wb, w("sheet.changes"), [w("col.step"), w("col.area"), w("col.id"), w("col.what"), w("col.change"),
                                     w("col.field"), w("col.old"), w("col.new")], rows)
    return wb


def write_diffs_xlsx(diffs: Sequence[StructureDiff], target: str | os.PathLike[str] | IO[bytes], lang: str = "fi",
                     step_labels: Sequence[tuple[str, str]] | None = None) -> None:
    """:func:`diffs_workbook` saved with :func:`save_workbook`."""
    save_workbook(diffs_workbook(diffs, lang, step_labels), target)
