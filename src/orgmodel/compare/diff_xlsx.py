"""A diff (or a series of them) as an xlsx workbook: a summary sheet and one row per change.

The same diffs give the same bytes: every zip member carries one fixed timestamp and the
workbook's created/modified properties one fixed date (:func:`workbook_bytes`). The headings
are in the reader's language; an unknown value is an empty cell, never 0.

>>> import io, openpyxl
>>> from orgmodel.compare.diff import StructureDiff
>>> buf = io.BytesIO()
>>> write_diffs_xlsx([StructureDiff()], buf, "en")
>>> [ws.title for ws in openpyxl.load_workbook(buf).worksheets]
['Summary', 'Changes']
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from orgmodel.words import word

if TYPE_CHECKING:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    from .diff import StructureDiff

#: The created/modified date every workbook carries.
FIXED_DATE = dt.datetime(2000, 1, 1, 0, 0, 0)
#: The timestamp of every zip member (the earliest a zip can hold).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def workbook_bytes(wb: Workbook, *, when: dt.datetime = FIXED_DATE) -> bytes:
    """``wb`` as xlsx bytes that depend on its content only."""
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    core_date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock on save
                data = _fix_core_dates(data, core_date)
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, data)
    return out.getvalue()


def _fix_core_dates(xml: bytes, stamp: str) -> bytes:
    import re

    return re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", lambda m: m.group(1) + stamp.encode()
                  + m.group(3), xml)


def save_workbook(wb: Workbook, target: str | os.PathLike[str] | IO[bytes], *, when: dt.datetime = FIXED_DATE
                  ) -> None:
    """Write ``wb`` deterministically to a path (atomically) or to a binary buffer."""
    from orgmodel._util import write_atomic

    data = workbook_bytes(wb, when=when)
    if isinstance(target, (str, os.PathLike)):
        write_atomic(Path(target), data)
    else:
        target.write(data)


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    ws = wb.create_sheet(title[:31])
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([None if v in ("", "—") else v for v in row])  # unknown: an empty cell
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i, name in enumerate(header, start=1):
        width = max([len(str(name)), *(len(str(r[i - 1])) for r in rows if r[i - 1] is not None)])
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, width + 2)


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
