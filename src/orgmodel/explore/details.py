"""What the explorer's details panel says about one body, as plain data for the page's script.

Every text a reader sees comes in the three languages (``{"fi": ..., "sv": ..., "en": ...}``);
bodies named in it (electors, the steps of a delegation chain) are given by id, and the page
looks their names up, so that a name is written once per view.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...         {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 51},
...         {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}],
...     "relations": [{"type": "elects", "source": "v", "target": "h", "seats": 11}]})
>>> d = body_details(org, org.body("h"), [])
>>> d["kind"]["en"], d["elected_by"], d["seats"]
('executive board', [{'id': 'v', 'seats': 11}], None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgmodel.compare.diff import delegation_paths
from orgmodel.text import LANGS, Text
from orgmodel.vocab import RelationType
from orgmodel.words import WORDS, date_text

if TYPE_CHECKING:
    from orgmodel.checking.findings import Finding
    from orgmodel.model import Body, Names, Organisation, Power, Provenance

Json = dict[str, Any]


def texts(text: Text | Names) -> dict[str, str]:
    """A text in every language of the page (a name falls back to Finnish)."""
    return {lang: text.get(lang) for lang in LANGS}


def field_words(field: str) -> dict[str, str]:
    """A body field's word in each language, as ``orgmodel diff`` names it (the key where it has none).

    >>> field_words("seats")["fi"]
    'paikat'
    """
    known = WORDS.get(f"diff.field.{field}")
    return texts(known) if known is not None else dict.fromkeys(LANGS, field)


def _relations_to(org: Organisation, body: Body, kind: RelationType) -> list[Json]:
    return [{"id": r.source, "seats": r.seats} for r in org.relations if r.type is kind and r.target == body.id]


def _limits(org: Organisation, power: Power, target: str) -> list[dict[str, str]]:
    return [{lang: limit.text.get(lang) for lang in LANGS}
            for r in org.relations if r.type is RelationType.DELEGATES and r.power == power.id and r.target == target
            for limit in r.limits]


def _power(org: Organisation, power: Power, chains: list[list[str]], body_id: str) -> Json:
    return {"id": power.id, "name": texts(power.names), "chains": chains,
            "certainty": texts(power.certainty.text()), "limits": _limits(org, power, body_id)}


def powers_of(org: Organisation, body: Body) -> tuple[list[Json], list[Json]]:
    """The powers ``body`` holds originally (each with every chain it moves along) and the powers
    delegated to it (each with the chains that reach it, cut after it)."""
    held, delegated = [], []
    for power in org.powers:
        paths = delegation_paths(org, power)
        if power.holder == body.id:
            held.append(_power(org, power, paths, body.id))
            continue
        reaching = [p[: p.index(body.id) + 1] for p in paths if body.id in p]
        if reaching:
            unique = [list(c) for c in dict.fromkeys(tuple(c) for c in reaching)]
            delegated.append(_power(org, power, unique, body.id))
    return held, delegated


def provenance(p: Provenance | None, *, inherited: bool = False) -> Json | None:
    """The source as the page shows it; ``url`` only for a web address (a seed document id is no link)."""
    if p is None:
        return None
    source = p.source or ""
    return {"source": source, "url": source if source.startswith(("https://", "http://")) else None,
            "title": p.title, "date": {lang: date_text(p.date, lang) for lang in LANGS} if p.date else None,
            "slide": p.slide,
            "quote": p.quote, "note": p.note, "inherited": inherited}


def finding(f: Finding) -> Json:
    return {"severity": f.severity, "code": f.code, "text": texts(f.message),
            "hint": texts(f.hint) if f.hint is not None else None, "citation": f.citation}


def body_details(org: Organisation, body: Body, findings: list[Finding]) -> Json:
    """Everything the details panel shows about ``body`` of ``org``, with the checker's ``findings`` on it."""
    held, delegated = powers_of(org, body)
    seats = None if body.seats is None else str(body.seats)
    return {
        "name": texts(body.shown_names), "kind": texts(body.kind.text()), "parent": body.parent,
        "seats": seats, "chairs": body.chairs, "vice_chairs": body.vice_chairs, "chaired_by": body.chaired_by,
        "elected_by": _relations_to(org, body, RelationType.ELECTS),
        "nominated_by": _relations_to(org, body, RelationType.NOMINATES),
        "powers_held": held, "powers_delegated": delegated,
        "certainty": texts(body.certainty.text()),
        "fact_certainty": [{"field": field_words(field), "certainty": texts(c.text())}
                           for field, c in sorted(body.fact_certainty.items())],
        "provenance": provenance(body.provenance) or provenance(org.provenance, inherited=True),
        "note": body.note,
        "findings": [finding(f) for f in findings],
    }
