"""Whether every stated fact of a model says where it comes from.

A real structure (``models/real/``) is only as good as its sources: each fact the model states (a
body, a relation, a power, an instrument, the population) carries the page address, the date the
page shows (or the note "undated, seen YYYY-MM-DD") and the few words on the page that carry it.
A fact that cannot be quoted is marked ``inferred`` (with a note saying from what) or left out.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 43,
...      "provenance": {"source": "https://example.fi/valtuusto", "note": "undated, seen 2026-12-01",
...                     "quote": "43 valtuutettua"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v",
...      "provenance": {"source": "https://example.fi/hallitus", "date": "2025-06-10"}}]})
>>> unsourced_facts(org)
[(('bodies', 1), "body 'h': no quote (the words on the page that carry the fact)")]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .vocab import Certainty

if TYPE_CHECKING:
    from .model import Body, Instrument, Organisation, Power, Provenance, Relation

__all__ = ["unsourced_facts", "UNDATED"]

#: The note of a page that shows no date: when it was read.
UNDATED = re.compile(r"^undated, seen \d{4}-\d{2}-\d{2}\b")


def unsourced_facts(org: Organisation) -> list[tuple[tuple[str | int, ...], str]]:
    """Every stated fact without a source address, a date (or the undated note) or a quote."""
    return list(_problems(org))


def _problems(org: Organisation) -> Iterator[tuple[tuple[str | int, ...], str]]:
    groups: tuple[tuple[str, str, Sequence[Body | Relation | Power | Instrument]], ...] = (
        ("bodies", "body", org.bodies), ("relations", "relation", org.relations),
        ("powers", "power", org.powers), ("instruments", "instrument", org.instruments))
    for key, what, items in groups:
        for i, item in enumerate(items):
            if item.certainty is not Certainty.STATED:
                continue
            label = getattr(item, "id", None) or f"{getattr(item, 'source', '')}->{getattr(item, 'target', '')}"
            for gap in _gaps(item.provenance):
                yield (key, i), f"{what} {label!r}: {gap}"
    if org.population is not None:
        for gap in _gaps(org.population.provenance):
            yield ("population",), f"population: {gap}"


def _gaps(p: Provenance | None) -> Iterator[str]:
    if p is None:
        yield "no provenance (source, date, quote)"
        return
    if not (p.source and p.source.strip()):
        yield "no source address"
    if p.date is None and not (p.note and UNDATED.match(p.note)):
        yield "no date (or the note 'undated, seen YYYY-MM-DD')"
    if not (p.quote and p.quote.strip()):
        yield "no quote (the words on the page that carry the fact)"
