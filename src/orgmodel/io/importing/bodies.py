"""A body table's rows as bodies: every bad cell reported with its row number and what would be valid.

>>> from orgmodel.io.importing.tables import Table
>>> table = Table(["tunnus", "nimi", "laji", "ylempi", "paikat"], [
...     (2, {"tunnus": "v", "nimi": "Valtuusto", "laji": "valtuusto", "ylempi": "", "paikat": "43"}),
...     (3, {"tunnus": "h", "nimi": "Hallitus", "laji": "lautakunnta", "ylempi": "x", "paikat": "11"})])
>>> bodies, problems = table_bodies(table, "b.csv", "en")
>>> [b["id"] for b in bodies]  # a bad row gives no body
['v']
>>> print(problems[0].message.split(";")[0])
row 3: laji: 'lautakunnta' is not a body kind
>>> print(problems[1].message)
row 3: ylempi: 'x' is no row's id; valid: the ids of the table
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

from pydantic import ValidationError

from orgmodel.errors import Problem
from orgmodel.io.export.records import DERIVED_BODY_COLUMNS
from orgmodel.model import ID_PATTERN, Body, parse_seats
from orgmodel.vocab import (
    AdvocacyType,
    Certainty,
    CommitteeRole,
    ExecutiveType,
    ExternalType,
    LanguageBody,
    LanguageGroup,
)
from orgmodel.words import word

from .tables import Table
from .vocabulary import column_of, kind_of, member_of, valid_columns, valid_kinds

__all__ = ["table_bodies"]

_ID = re.compile(ID_PATTERN)
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ENUMS: dict[str, type[Enum]] = {
    "certainty": Certainty, "committee_role": CommitteeRole, "advocacy": AdvocacyType,
    "executive_type": ExecutiveType, "external_type": ExternalType, "language_body": LanguageBody,
    "language_group": LanguageGroup}
_INTS = ("chairs", "vice_chairs")
_DATES = ("valid_from", "valid_to")


class _Bad(ValueError):
    """A cell that cannot be read; the message says what would be valid."""


def _date(value: str, lang: str) -> str:
    if m := _DMY.match(value):
        value = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _Bad(word("import.bad_date", lang, value=value)) from None


def _cell_value(field: str, value: str, lang: str) -> Any:
    if field == "kind":
        kind = kind_of(value)
        if kind is None:
            raise _Bad(word("import.unknown_kind", lang, value=value, valid=valid_kinds()))
        return kind.value
    if field in _ENUMS:
        member = member_of(_ENUMS[field], value)
        if member is None:
            valid = ", ".join(str(m.value) for m in _ENUMS[field])
            raise _Bad(word("import.unknown_choice", lang, value=value, valid=valid))
        return member.value
    if field == "seats":
        try:
            return parse_seats(value)
        except ValueError:
            raise _Bad(word("import.bad_seats", lang, value=value)) from None
    if field in _INTS:
        if not (value.isascii() and value.isdigit()):
            raise _Bad(word("import.bad_number", lang, value=value))
        return int(value)
    if field in _DATES:
        return _date(value, lang)
    if field in ("id", "parent", "chaired_by") and not _ID.match(value):
        raise _Bad(word("import.bad_id", lang, value=value))
    return value


def _body_data(cells: dict[str, Any]) -> dict[str, Any]:
    """Cells by field -> the data of a Body (names and provenance gathered)."""
    data = {k: v for k, v in cells.items() if not k.startswith("names_") and k not in ("source", "quote")}
    names = {lang: cells[f"names_{lang}"] for lang in ("fi", "sv", "en") if f"names_{lang}" in cells}
    if names:
        data["names"] = names
    provenance = {k: cells[k] for k in ("source", "quote") if k in cells}
    if provenance:
        data["provenance"] = provenance
    return data


def _pydantic_problems(error: ValidationError) -> list[tuple[str, str]]:
    out = []
    for e in error.errors():
        loc = [str(p) for p in e["loc"]]
        column = loc[0] if loc else "kind"  # a body-wide rule (a qualifier of another kind) is about its kind
        if column == "names" and len(loc) > 1:
            column = f"names_{loc[1]}"
        out.append((column, e["msg"].removeprefix("Value error, ")))
    return out


class _Reader:
    """Reads the rows of one table, collecting a problem for every bad cell."""

    def __init__(self, table: Table, file: str, lang: str) -> None:
        self.table, self.file, self.lang = table, file, lang
        self.problems: list[Problem] = []
        self.fields: dict[str, str] = {}  # header -> field
        self.row_of_id: dict[str, int] = {}
        self.references: list[tuple[int, str, str]] = []  # row, header, id named

    def bad(self, row: int, column: str, problem: str) -> None:
        message = word("import.row", self.lang, row=row, column=column, problem=problem)
        self.problems.append(Problem(self.file, 0, 0, message))

    def header(self) -> dict[str, str]:
        """Field -> header; an unknown header or a missing id or kind column is a problem on row 1."""
        for header in self.table.header:
            field = column_of(header) if header else None
            if header and field is None:
                self.bad(1, header, word("import.unknown_column", self.lang, value=header, valid=valid_columns()))
            elif field is not None and field not in DERIVED_BODY_COLUMNS:
                self.fields[header] = field
        header_of = {f: h for h, f in self.fields.items()}
        for required in ("id", "kind"):
            if required not in header_of:
                self.bad(1, required, word("import.missing", self.lang))
        return header_of

    def cells(self, number: int, raw: dict[str, str], header_of: dict[str, str]) -> dict[str, Any] | None:
        """The row's values by field, or None when a cell is bad (each reported)."""
        cells: dict[str, Any] = {}
        ok = True
        for header, field in self.fields.items():
            if value := raw.get(header, ""):
                try:
                    cells[field] = _cell_value(field, value, self.lang)
                except _Bad as e:
                    self.bad(number, header, str(e))
                    ok = False
        for required in ("id", "kind"):
            if not raw.get(header_of[required]):
                self.bad(number, header_of[required], word("import.missing", self.lang))
                ok = False
        body_id = cells.get("id")
        if isinstance(body_id, str):
            if body_id in self.row_of_id:
                self.bad(number, header_of["id"],
                         word("import.duplicate_id", self.lang, value=body_id, other=self.row_of_id[body_id]))
                ok = False
            else:
                self.row_of_id[body_id] = number
        self.references += [(number, header_of[ref], cells[ref]) for ref in ("parent", "chaired_by") if ref in cells]
        return cells if ok else None

    def body(self, number: int, cells: dict[str, Any], header_of: dict[str, str]) -> dict[str, Any] | None:
        data = _body_data(cells)
        try:
            Body.model_validate(data)
        except ValidationError as e:
            for column, message in _pydantic_problems(e):
                self.bad(number, header_of.get(column, column), message)
            return None
        return data


def table_bodies(table: Table, file: str, lang: str) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The bodies of ``table`` as model data, and a problem for every bad cell or row (in row order)."""
    reader = _Reader(table, file, lang)
    header_of = reader.header()
    if reader.problems:
        return [], reader.problems
    bodies = []
    for number, raw in table.rows:
        cells = reader.cells(number, raw, header_of)
        data = None if cells is None else reader.body(number, cells, header_of)
        if data is not None:
            bodies.append(data)
    for number, column, value in reader.references:
        if value not in reader.row_of_id:
            reader.bad(number, column, word("import.unknown_parent", lang, value=value))
    if not table.rows:
        reader.problems.append(Problem(file, 0, 0, word("import.no_rows", lang, file=file)))
    reader.problems.sort(key=_row_number)
    return bodies, reader.problems


def _row_number(problem: Problem) -> int:
    digits = re.search(r"\d+", problem.message)
    return int(digits.group()) if digits else 0

