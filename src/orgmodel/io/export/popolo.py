"""Popolo JSON: bodies as ``organizations``, relations as organisation-to-organisation ``memberships``.

The mapping is documented in ``docs/popolo.md``. In short: a body is an organization with its id,
``name`` (Finnish), ``other_names`` for Swedish and English (``lang``, as EveryPolitician writes
it), ``classification`` (the kind token), ``parent_id``, ``founding_date``/``dissolution_date``
(``valid_from``/``valid_to``), ``seats`` for an exact seat count and ``sources``. A seat range and
the certainty go under ``orgmodel``, a key Popolo leaves to the publisher. A relation is a
membership whose ``member`` is the source organisation (popolo-spec#55), ``organization_id`` the
target and ``role`` the relation type. The top-level ``orgmodel`` key names the structure itself
(id, names, organisation type, law) and holds its powers and instruments as orgmodel data (Popolo has
no place for them, and a ``delegates`` membership names them), so that :mod:`orgmodel.io.importing`
can read the file back.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto", "sv": "Fullmäktige"}, "seats": 43},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}],
...     "relations": [{"type": "elects", "source": "v", "target": "h"}]})
>>> doc = popolo_document(org)
>>> doc["organizations"][0]["other_names"], doc["organizations"][1]["parent_id"]
([{'name': 'Fullmäktige', 'lang': 'sv', 'note': 'sv'}], 'v')
>>> doc["memberships"][0]["member"], doc["memberships"][0]["role"]
({'@type': 'Organization', 'id': 'v'}, 'elects')
"""

from __future__ import annotations

import json
from typing import Any

from orgmodel.model import Body, Organisation, Relation, SeatRange

__all__ = ["POPOLO_FORMAT", "popolo_document", "popolo_bytes"]

#: The value of the document's ``orgmodel.format`` key.
POPOLO_FORMAT = "orgmodel-popolo/1"


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def _organization(body: Body) -> dict[str, Any]:
    names = body.names
    other = [{"name": getattr(names, lang), "lang": lang, "note": lang}
             for lang in ("sv", "en") if names is not None and getattr(names, lang)]
    extra = _drop_none({
        "seats_min": body.seats.min if isinstance(body.seats, SeatRange) else None,
        "seats_max": body.seats.max if isinstance(body.seats, SeatRange) else None,
        "certainty": body.certainty.value, "named": False if names is None else None, "note": body.note})
    prov = body.provenance
    return _drop_none({
        "id": body.id, "name": body.name("fi"), "other_names": other, "classification": body.kind.value,
        "parent_id": body.parent, "founding_date": _date(body.valid_from), "dissolution_date": _date(body.valid_to),
        "seats": body.seats if isinstance(body.seats, int) else None,
        "sources": [_drop_none({"url": prov.source, "note": prov.quote})] if prov and prov.source else None,
        "orgmodel": extra})


def _date(day: Any) -> str | None:
    return None if day is None else str(day.isoformat())


def _membership(rel: Relation) -> dict[str, Any]:
    extra = _drop_none({"seats": rel.seats, "share": rel.share, "power": rel.power, "via": rel.via,
                        "certainty": rel.certainty.value, "note": rel.note})
    return _drop_none({
        "id": rel.id, "member": {"@type": "Organization", "id": rel.source},
        "organization_id": rel.target, "role": rel.type.value, "label": rel.type.label("en"),
        "start_date": _date(rel.valid_from), "end_date": _date(rel.valid_to), "orgmodel": extra})


def popolo_document(org: Organisation) -> dict[str, Any]:
    """The structure as a Popolo document (a dict ready for ``json.dumps``)."""
    meta = _drop_none({"format": POPOLO_FORMAT, "id": org.id, "names": org.names.model_dump(exclude_none=True),
                       "org_type": org.org_type.value, "law": org.law,
                       "powers": [p.model_dump(mode="json", exclude_defaults=True) for p in org.powers],
                       "instruments": [i.model_dump(mode="json", exclude_defaults=True) for i in org.instruments]})
    return {"orgmodel": meta,
            "organizations": [_organization(b) for b in org.bodies],
            "memberships": [_membership(r) for r in org.relations]}


def popolo_bytes(org: Organisation) -> bytes:
    """:func:`popolo_document` as UTF-8 JSON, indented, keys in a fixed order."""
    return (json.dumps(popolo_document(org), ensure_ascii=False, indent=2) + "\n").encode()
