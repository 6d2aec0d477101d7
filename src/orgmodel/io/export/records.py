"""The model as flat rows of plain values: one row per body, relation and power.

Every tabular export (xlsx, GraphML/GEXF attributes) and the spreadsheet import share these column
names, so a table written by :func:`body_rows` reads back through :mod:`orgmodel.io.importing`.
Unknown values are None (an empty cell, an absent attribute), never 0.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto", "sv": "Fullmäktige"}, "seats": 43},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}]})
>>> rows = body_rows(org)
>>> rows[0]["names_sv"], rows[1]["parent"], rows[1]["seats"]
('Fullmäktige', 'v', None)
"""

from __future__ import annotations

from typing import Any

from orgmodel.model import Body, Organisation, Power, Relation, SeatRange

__all__ = ["BODY_COLUMNS", "RELATION_COLUMNS", "POWER_COLUMNS", "DERIVED_BODY_COLUMNS",
           "body_rows", "relation_rows", "power_rows", "seats_cell"]

#: Columns of the bodies table; the importer reads every one but the derived ones.
BODY_COLUMNS = ("id", "names_fi", "names_sv", "names_en", "kind", "parent", "seats", "certainty", "note",
                "tier", "committee_role", "advocacy", "executive_type", "external_type", "language_body",
                "language_group", "chaired_by", "chairs", "vice_chairs", "valid_from", "valid_to",
                "source", "quote")
#: Columns written for readers but computed from the model, so the importer skips them.
DERIVED_BODY_COLUMNS = frozenset({"tier"})
RELATION_COLUMNS = ("id", "type", "source", "target", "seats", "share", "power", "via", "label", "certainty",
                    "valid_from", "valid_to", "note")
POWER_COLUMNS = ("id", "names_fi", "names_sv", "names_en", "holder", "matter", "coercion", "call_in",
                 "certainty", "valid_from", "valid_to", "note")


def seats_cell(seats: int | SeatRange | None) -> int | str | None:
    """A seat count as a cell: the number, a range as '7-11', unknown as None.

    >>> seats_cell(11), seats_cell(SeatRange(min=7, max=11)), seats_cell(None)
    (11, '7-11', None)
    """
    return str(seats) if isinstance(seats, SeatRange) else seats


def _value(value: Any) -> Any:
    """A field value as a plain cell value: enums as their token, dates as ISO text."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _body_row(body: Body, tier: str) -> dict[str, Any]:
    names = body.names
    prov = body.provenance
    row: dict[str, Any] = {
        "id": body.id, "names_fi": names.fi if names else None, "names_sv": names.sv if names else None,
        "names_en": names.en if names else None, "kind": body.kind.value, "parent": body.parent,
        "seats": seats_cell(body.seats), "certainty": body.certainty.value, "note": body.note, "tier": tier,
        "source": prov.source if prov else None, "quote": prov.quote if prov else None}
    for field in BODY_COLUMNS:
        if field not in row:
            row[field] = _value(getattr(body, field))
    return {c: row[c] for c in BODY_COLUMNS}


def body_rows(org: Organisation) -> list[dict[str, Any]]:
    """One row per body, in file order, with the :data:`BODY_COLUMNS`."""
    tiers = org.tiers()
    return [_body_row(b, tiers[b.id].value) for b in org.bodies]


def _relation_row(i: int, rel: Relation) -> dict[str, Any]:
    return {c: (rel.id or f"r{i}") if c == "id" else _value(getattr(rel, c)) for c in RELATION_COLUMNS}


def relation_rows(org: Organisation) -> list[dict[str, Any]]:
    """One row per relation; a relation without an id gets ``r<index>`` (its place in the file)."""
    return [_relation_row(i, r) for i, r in enumerate(org.relations)]


def _power_row(power: Power) -> dict[str, Any]:
    special = {"names_fi": power.names.fi, "names_sv": power.names.sv, "names_en": power.names.en,
               "call_in": None if power.call_in is None else ", ".join(power.call_in)}
    return {c: special[c] if c in special else _value(getattr(power, c)) for c in POWER_COLUMNS}


def power_rows(org: Organisation) -> list[dict[str, Any]]:
    """One row per power; ``call_in`` is the holders joined by ', ' ('' for none, None when not stated)."""
    return [_power_row(p) for p in org.powers]
