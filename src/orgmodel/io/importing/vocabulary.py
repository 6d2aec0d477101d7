"""The words a body table may use for column names and for closed values, each read from its one
source: column names from :mod:`orgmodel.words` (``import.column.*``), kinds from :mod:`orgmodel.kinds`
(labels in three languages and the Finnish words staff type), other enums from their labels.

>>> column_of("Nimi"), column_of("names_sv"), column_of("Ylempi"), column_of("nope") is None
('names_fi', 'names_sv', 'parent', True)
>>> kind_of("Lautakunta").value, kind_of("executive board").value, kind_of("nämnd").value
('board', 'executive_board', 'board')
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from orgmodel.io.export.records import BODY_COLUMNS
from orgmodel.kinds import KIND_SPECS
from orgmodel.text import LANGS
from orgmodel.vocab import BodyKind
from orgmodel.words import WORDS

__all__ = ["normalise", "column_of", "kind_of", "member_of", "valid_columns", "valid_kinds"]


def normalise(text: str) -> str:
    """Lower case, spaces and hyphens as '_', trimmed: 'Executive board' -> 'executive_board'."""
    return "_".join(text.strip().lower().replace("-", " ").split())


@cache
def _columns() -> dict[str, str]:
    table = {c: c for c in BODY_COLUMNS}
    for key, text in WORDS.items():
        if key.startswith("import.column."):
            for lang in LANGS:
                table.setdefault(normalise(text.get(lang)), key.removeprefix("import.column."))
    return table


def column_of(header: str) -> str | None:
    """The body field a column header names (token or a Finnish, Swedish or English word), or None."""
    return _columns().get(normalise(header))


def valid_columns() -> str:
    """Every column name accepted, for a message."""
    return ", ".join(sorted(_columns()))


@cache
def _member_words(enum: type[Enum]) -> dict[str, Enum]:
    table: dict[str, Enum] = {}
    for member in enum:
        table[normalise(str(member.value))] = member
        for lang in LANGS:
            table.setdefault(normalise(member.label(lang)), member)  # type: ignore[attr-defined]
        if isinstance(member, BodyKind):
            for word in KIND_SPECS[member].finnish_words:
                table.setdefault(normalise(word), member)
    return table


def member_of(enum: type[Enum], value: str) -> Enum | None:
    """The member of a labelled enum that ``value`` names (token or label in any language), or None."""
    return _member_words(enum).get(normalise(value))


def kind_of(value: str) -> BodyKind | None:
    """The body kind ``value`` names: its token, its label in Finnish, Swedish or English, or a Finnish word."""
    kind = member_of(BodyKind, value)
    return kind if isinstance(kind, BodyKind) else None


def valid_kinds() -> str:
    """The kinds in English words and Finnish labels, for a message ('board (lautakunta), ...')."""
    return ", ".join(f"{k.value} ({KIND_SPECS[k].labels.fi})" for k in BodyKind)
