"""Deterministic xlsx: the same workbook gives the same bytes, every run, on every machine.

openpyxl stamps a workbook with the time of saving twice: in the document properties
(``docProps/core.xml``: created, modified) and in every zip member's header. :func:`save_workbook`
fixes both — the document dates to ``when`` (default :data:`FIXED_DATE`), the zip members to
:data:`ZIP_DATE` — so an xlsx can be committed, hashed and diffed like a CSV. Every xlsx writer of
the comparison (``compare`` and ``diff``) saves through it. :func:`header_sheet` is the shared
layout of a data sheet: bold header row, frozen, with an autofilter over the data.

>>> import io, zipfile
>>> from openpyxl import Workbook
>>> def book():
...     wb = Workbook()
...     header_sheet(wb.active, "data", ["a", "b"], [[1, None], [2, 3.5]])
...     return wb
>>> one, two = io.BytesIO(), io.BytesIO()
>>> save_workbook(book(), one); save_workbook(book(), two)
>>> one.getvalue() == two.getvalue()
True
>>> {info.date_time for info in zipfile.ZipFile(one).infolist()}
{(1980, 1, 1, 0, 0, 0)}
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Any

from orgmodel.reproducible import FIXED_DATE, ZIP_DATE, fixed_zip

# openpyxl ships no types (there are no stubs installed): a workbook and a sheet are Any here.
Workbook = Any
Worksheet = Any

__all__ = ["FIXED_DATE", "ZIP_DATE", "header_sheet", "save_workbook", "workbook_bytes"]



def workbook_bytes(wb: Workbook, *, when: dt.datetime = FIXED_DATE) -> bytes:
    """The xlsx file of ``wb`` as bytes, with the document dates set to ``when`` and fixed zip timestamps."""
    from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "orgmodel"
    raw = io.BytesIO()
    # ExcelWriter directly: openpyxl.save_workbook would overwrite 'modified' with the time now.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return fixed_zip(raw.getvalue())


def save_workbook(wb: Workbook, target: str | os.PathLike[str] | IO[bytes], *,
                  when: dt.datetime = FIXED_DATE) -> None:
    """Write ``wb`` deterministically (:func:`workbook_bytes`) to a path or a binary buffer.

    A path is written atomically and must be a regular file or not exist yet (a FIFO, a device or a
    folder is refused: :func:`orgmodel._util.write_atomic`). The CLI checks its inputs first, with
    :func:`orgmodel.cli.output.emit`, and passes the bytes of :func:`workbook_bytes` instead.
    """
    data = workbook_bytes(wb, when=when)
    if isinstance(target, (str, os.PathLike)):
        from orgmodel._util import write_atomic

        write_atomic(target, data)
    else:
        target.write(data)


def header_sheet(ws: Worksheet, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
                 *, widths: Sequence[float] | None = None) -> Worksheet:
    """Fill ``ws`` as a data sheet: bold header row, frozen; an autofilter over all rows; None stays
    an empty cell (never 0). Column widths follow the header unless ``widths`` is given.

    >>> from openpyxl import Workbook
    >>> ws = header_sheet(Workbook().active, "t", ["x", "y"], [[1, None]])
    >>> (ws.freeze_panes, ws.auto_filter.ref, ws["B2"].value)
    ('A2', 'A1:B2', None)
    """
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    ws.title = title[:31]  # the longest sheet name Excel accepts
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 1
    for row in rows:
        ws.append(list(row))
        n += 1
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(header), 1))
    ws.auto_filter.ref = f"A1:{last}{n}"
    for i, name in enumerate(header):
        width = widths[i] if widths is not None else min(max(len(name) + 2, 8), 40)
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    return ws
