"""Excel workbooks: a structure as sheets (organisation, bodies, relations, powers, findings), and
check findings as one sheet, through the comparison's deterministic xlsx helpers
(:mod:`orgmodel.compare.xlsx`): frozen header rows, autofilters, fixed dates, the same bytes every run.

Headers are the column tokens of :mod:`orgmodel.io.export.records`, so the bodies sheet reads back
through ``orgmodel import``. Unknown values are empty cells, never 0.

>>> import io
>>> from openpyxl import load_workbook
>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}}]})
>>> wb = load_workbook(io.BytesIO(structure_xlsx(org)))
>>> wb.sheetnames, wb["bodies"]["A2"].value, wb["bodies"]["G2"].value, wb["bodies"].freeze_panes
(['organisation', 'bodies', 'relations', 'powers', 'findings'], 'v', None, 'A2')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from orgmodel.checking.findings import Report
from orgmodel.compare.xlsx import header_sheet, workbook_bytes
from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG

from .records import BODY_COLUMNS, POWER_COLUMNS, RELATION_COLUMNS, body_rows, power_rows, relation_rows

__all__ = ["FINDING_COLUMNS", "META_SHEET", "structure_xlsx", "findings_xlsx", "finding_rows"]

#: The sheet holding the structure's own id, names, type and law (key, value rows).
META_SHEET = "organisation"
FINDING_COLUMNS = ("subject", "code", "severity", "body", "law", "section", "confidence", "message", "hint",
                   "location", "in_variant", "cannot_check", "suppressed")


def _cell(value: Any) -> Any:
    """A record value as a cell: lists and dicts as JSON text (a cell holds one value), None as empty."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


def finding_rows(reports: Iterable[Report], lang: str = DEFAULT_LANG) -> list[list[Any]]:
    """One row per finding (suppressed ones too, marked) of every report, in :data:`FINDING_COLUMNS`."""
    rows = []
    for report in reports:
        for record in report.to_records(include_suppressed=True, lang=lang):
            rows.append([_cell(record.get(c)) for c in FINDING_COLUMNS])
    return rows


def _meta_rows(org: Organisation) -> list[Sequence[Any]]:
    return [("id", org.id), ("names_fi", org.names.fi), ("names_sv", org.names.sv), ("names_en", org.names.en),
            ("org_type", org.org_type.value), ("law", org.law),
            ("version_date", org.version_date.isoformat() if org.version_date else None)]


def structure_xlsx(org: Organisation, lang: str = DEFAULT_LANG, report: Report | None = None) -> bytes:
    """The structure as an xlsx workbook; the findings sheet holds ``report`` (default: a fresh check)."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    from orgmodel.checking import check

    wb = Workbook()
    header_sheet(wb.active, META_SHEET, ["key", "value"], _meta_rows(org))
    tables = ((body_rows(org), BODY_COLUMNS, "bodies"), (relation_rows(org), RELATION_COLUMNS, "relations"),
              (power_rows(org), POWER_COLUMNS, "powers"))
    for rows, columns, title in tables:
        header_sheet(wb.create_sheet(), title, list(columns), [[r[c] for c in columns] for r in rows])
    found = check(org) if report is None else report
    header_sheet(wb.create_sheet(), "findings", list(FINDING_COLUMNS), finding_rows([found], lang))
    return workbook_bytes(wb)


def findings_xlsx(reports: Iterable[tuple[str, Report]], lang: str = DEFAULT_LANG) -> bytes:
    """Check findings of several files as one sheet, with the file in the first column."""
    from openpyxl import Workbook

    rows = [[path, *row] for path, report in reports for row in finding_rows([report], lang)]
    wb = Workbook()
    header_sheet(wb.active, "findings", ["file", *FINDING_COLUMNS], rows)
    return workbook_bytes(wb)
