"""Office Open XML packages (xlsx, docx, pptx) that depend on their content only.

Every writer of a zip-based document sets its created/modified dates to :data:`FIXED_DATE` and
passes its bytes through :func:`fixed_zip`, so the same input gives the same bytes and `make demo`
leaves the committed outputs unchanged.

>>> import io, zipfile
>>> raw = io.BytesIO()
>>> with zipfile.ZipFile(raw, "w") as z:
...     z.writestr("a.xml", "<a/>")
>>> with zipfile.ZipFile(io.BytesIO(fixed_zip(raw.getvalue()))) as z:
...     [(i.filename, i.date_time) for i in z.infolist()]
[('a.xml', (1980, 1, 1, 0, 0, 0))]
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

#: A document's created and modified dates when no other day is given (UTC; naive, as openpyxl wants).
FIXED_DATE = dt.datetime(2000, 1, 1, 0, 0, 0)
#: Every zip member's timestamp: the earliest a zip header can hold.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The same zip (members in the same order) with every member's timestamp and attributes fixed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
