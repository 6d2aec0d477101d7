"""Change over time: the structure as it stood on one day (:meth:`Organisation.as_of`).

Bodies, relations, powers and instruments may carry ``valid_from`` and ``valid_to`` (both
inclusive). The structure on a day keeps what exists then, and drops the relations, powers and
references that would point at something that does not. A body that ends while one under it goes
on is a modelling error, reported with both ids and the day, rather than quietly re-rooted.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "uusi", "kind": "council", "names": {"fi": "Uusi"}, "valid_from": "2029-06-01"}]})
>>> [b.id for b in structure_on(org, "2026-01-01").bodies]
['v']
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .errors import UserError

if TYPE_CHECKING:
    from .model import Organisation


def parse_day(day: dt.date | str | None, what: str = "as_of") -> dt.date | None:
    """A date from a date, a datetime or 'YYYY-MM-DD' (UserError for anything else)."""
    if day is None or (isinstance(day, dt.date) and not isinstance(day, dt.datetime)):
        return day
    if isinstance(day, dt.datetime):
        return day.date()
    try:
        return dt.date.fromisoformat(str(day).strip())
    except ValueError:
        raise UserError(f"{what} {day!r} is not a date; write YYYY-MM-DD") from None


#: For each list of the structure on a day, the index in the model file of each entry it kept.
Positions = dict[str, list[int]]


def structure_on(org: Organisation, day: dt.date | str | None) -> Organisation:
    """``org`` with only what exists on ``day`` (None: ``org`` itself)."""
    return structure_on_with_positions(org, day)[0]


def original_loc(loc: tuple[str | int, ...], positions: Positions) -> tuple[str | int, ...]:
    """A location in the structure on a day (('bodies', 3, 'seats')) as a location in the model file.

    >>> original_loc(("bodies", 1, "seats"), {"bodies": [0, 2]})
    ('bodies', 2, 'seats')
    """
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int) and loc[0] in positions:
        kept = positions[loc[0]]
        if 0 <= loc[1] < len(kept):
            return (loc[0], kept[loc[1]], *loc[2:])
    return loc


def structure_on_with_positions(org: Organisation, day: dt.date | str | None) -> tuple[Organisation, Positions]:
    """:func:`structure_on`, and where each kept entry stands in the model file (for locations)."""
    on = parse_day(day)
    if on is None or not _has_dates(org):
        return org, {}
    bodies = [b for b in org.bodies if b.valid_on(on)]
    alive = {b.id for b in bodies}
    for b in bodies:
        if b.parent is not None and b.parent not in alive:
            raise UserError(f"on {on.isoformat()} body {b.id!r} still exists but its parent {b.parent!r} "
                             "does not (see its valid_from/valid_to); give the body an end date or a new parent")
    powers = [p for p in org.powers if p.valid_on(on) and p.holder in alive]
    power_ids = {p.id for p in powers}
    instruments = [i for i in org.instruments if i.valid_on(on)]
    instrument_ids = {i.id for i in instruments}
    relations = [r for r in org.relations
                 if r.valid_on(on) and r.source in alive and r.target in alive
                 and (r.power is None or r.power in power_ids)
                 and (r.via is None or r.via in instrument_ids)]
    bodies = [b.model_copy(update={"chaired_by": None}) if b.chaired_by and b.chaired_by not in alive else b
              for b in bodies]
    data: dict[str, Any] = {
        "bodies": bodies,
        "relations": relations,
        "powers": [p.model_copy(update={"call_in": [c for c in p.call_in if c in alive]})
                   if p.call_in else p for p in powers],
        "instruments": [i.model_copy(update={k: None for k in ("prepared_by", "adopted_by")
                                             if getattr(i, k) is not None and getattr(i, k) not in alive})
                        for i in instruments],
        "suppressions": [s for s in org.suppressions if s.body is None or s.body in alive],
    }
    positions: Positions = {key: [i for i, x in enumerate(getattr(org, key)) if id(x) in kept]
                            for key, kept in (("bodies", {id(b) for b in org.bodies if b.valid_on(on)}),
                                              ("relations", {id(r) for r in relations}),
                                              ("powers", {id(p) for p in powers}),
                                              ("instruments", {id(i) for i in instruments}),
                                              ("suppressions", {id(s) for s in data["suppressions"]}))}
    return org.model_copy(update=data), positions


def _has_dates(org: Organisation) -> bool:
    return any(x.valid_from or x.valid_to for group in (org.bodies, org.relations, org.powers, org.instruments)
               for x in group)
