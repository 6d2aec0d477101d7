"""The text on a card, the same for every backend: kind line, role badge, name, seats, dates, changes.

The kind line says only what the name does not: "Maakuntavaltuusto" already says *valtuusto*, so
its card prints no kind line (the kind labels of :mod:`orgmodel.kinds`, in the card's language).
A leadership body (lautakunta, valiokunta, jaosto, toimikunta) carries a role badge, "päättää" or
"valmistelee", from :func:`orgmodel.compare.metrics.decision_role`; on a comparison sheet a
changed role reads "päättää → valmistelee".

>>> from orgmodel.model import Body
>>> body = Body.model_validate({"id": "h", "kind": "committee", "names": {"fi": "Elinvoimavaliokunta"},
...                             "committee_role": "preparatory", "seats": 11, "chairs": 1, "vice_chairs": 2})
>>> kind_text(body, "fi"), role_text(body, "fi"), seats_text(body, "fi")
('', 'valmistelee', '11 jäsentä, pj + 2 vpj')
>>> card_text(body, None, "en").seats
'11 members, chair + 2 vice-chairs'
>>> kind_text(Body(id="t", kind="board", names={"fi": "Tekninen ltk", "en": "Technical board"}), "fi")
'lautakunta'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orgmodel.compare.metrics import decision_role
from orgmodel.kinds import spec_of
from orgmodel.model import Body
from orgmodel.tiers import TIER_OF_KIND
from orgmodel.words import date_text, word

from .scene import Mark


def seats_text(body: Body, lang: str = "fi") -> str:
    """'11 jäsentä', '7-11 jäsentä', with 'pj + 2 vpj' when chairs are given; '' if unknown."""
    members, chair, vice = (word(f"card.{key}", lang) for key in ("members", "chair", "vice_chairs"))
    parts = []
    if body.seats is not None:
        parts.append(f"{body.seats} {members}")
    if body.chairs or body.vice_chairs:
        chair_part = chair if body.chairs else ""
        if body.vice_chairs:
            chair_part += (" + " if chair_part else "") + f"{body.vice_chairs} {vice}"
        parts.append(chair_part)
    return ", ".join(parts)


def says(name: str, label: str) -> bool:
    """Whether ``name`` already says ``label`` (case ignored): 'Maakuntavaltuusto' says 'valtuusto'.

    >>> says("Sote-liikelaitoksen johtokunta", "johtokunta"), says("Maakunnan Tukipalvelut Oy", "tytäryhtiö")
    (True, False)
    """
    return label.casefold() in name.casefold()


def kind_text(body: Body, lang: str, kind_said: bool = False) -> str:
    """The kind and its qualifiers that the name does not already say: 'johtaja · toimitusjohtaja',
    'vaikuttamistoimielin · nuoret', '' for 'Maakuntavaltuusto'; with ``kind_said`` (a heading over
    the card names the kind) only the qualifiers. A committee's role is its badge
    (:func:`role_text`), not part of this line.

    >>> from orgmodel.model import Body
    >>> youth = Body(id="n", kind="advocacy_body", advocacy="youth", names={"fi": "Nuorisovaltuusto"})
    >>> kind_text(youth, "fi"), kind_text(youth, "fi", kind_said=True)
    ('vaikuttamistoimielin · nuoret', 'nuoret')
    """
    name = body.name(lang)
    parts = [] if kind_said else [body.kind.label(lang)]
    for qualifier in (body.executive_type, body.advocacy, body.external_type):
        if qualifier is not None:
            parts.append(qualifier.label(lang))
    return " · ".join(dict.fromkeys(p for p in parts if not says(name, p)))


def role_text(body: Body, lang: str, was: str = "") -> str:
    """The role badge of a leadership body: 'päättää', 'valmistelee'; with ``was`` (the role token
    of the body in the baseline) and a different role now, 'päättää → valmistelee'. '' for other
    bodies and for a committee whose role is not given.

    >>> from orgmodel.model import Body
    >>> board = Body(id="b", kind="board", names={"fi": "Elinvoimalautakunta"})
    >>> role_text(board, "sv"), role_text(board, "en", was="preparatory")
    ('beslutar', 'prepares → decides')
    >>> role_text(Body(id="a", kind="audit_committee", names={"fi": "Tarkastuslautakunta"}), "fi")
    ''
    """
    role = decision_role(body) if spec_of(body.kind).leadership else None
    if role is None:
        return ""
    now = word(f"role.{role}", lang)
    return f"{word(f'role.{was}', lang)} → {now}" if was and was != role else now


def dates_text(valid_from: dt.date | None, valid_to: dt.date | None, lang: str) -> str:
    """'1.1.2019 alkaen', '31.12.2020 asti', '1.1.2019–31.12.2020'; '' when neither is given.

    >>> dates_text(dt.date(2019, 1, 1), None, "fi"), dates_text(None, dt.date(2020, 12, 31), "en")
    ('1.1.2019 alkaen', 'until 31 December 2020')
    >>> dates_text(dt.date(2019, 1, 1), dt.date(2020, 12, 31), "sv")
    '1.1.2019–31.12.2020'
    """
    if valid_from and valid_to:
        return word("card.valid_span", lang, start=date_text(valid_from, lang), end=date_text(valid_to, lang))
    if valid_from:
        return word("card.valid_from", lang, date=date_text(valid_from, lang))
    if valid_to:
        return word("card.valid_to", lang, date=date_text(valid_to, lang))
    return ""


@dataclass(frozen=True)
class CardText:
    """What a card says, top to bottom (unwrapped: each backend wraps to its own card width).

    A list card (:func:`list_card_text`) has a heading as its ``name`` and one of ``items`` per body.
    """

    kind: str  # the kind and qualifiers the name does not say; '' when the name says them all
    name: str
    seats: str  # '' when unknown
    note: str  # what changed, on a comparison sheet; '' otherwise
    role: str = ""  # the role badge: 'päättää', 'valmistelee', 'päättää → valmistelee'; '' for none
    dates: str = ""  # validity: '1.1.2019 alkaen'; '' when the body is not dated
    items: tuple[str, ...] = ()  # a list card's lines: one body name each


def card_text(body: Body, mark: Mark | None, lang: str, kind_said: bool = False) -> CardText:
    """The text of the card of ``body`` (with ``mark``, if any) in ``lang``; ``kind_said``: a
    heading over the card names its kind (:func:`kind_text`)."""
    note = mark.note if mark is not None and mark.kind == "changed" else ""
    was = mark.role_was if mark is not None else ""
    return CardText(kind_text(body, lang, kind_said), body.name(lang), seats_text(body, lang), note,
                    role_text(body, lang, was), dates_text(body.valid_from, body.valid_to, lang))


def list_card_text(bodies: list[Body], lang: str) -> CardText:
    """One card for several bodies (childless siblings): a heading made of the kinds' plural word and
    the count, and one line per body name. Bodies of several kinds are headed by their tier's label
    when they share one, else by a general word.

    >>> from orgmodel.model import Body
    >>> companies = [Body(id=f"c{n}", kind="subsidiary", names={"fi": f"Yhtiö {n} Oy"}) for n in (1, 2, 3)]
    >>> text = list_card_text(companies, "fi")
    >>> text.name, text.items
    ('Tytäryhtiöt (3)', ('Yhtiö 1 Oy', 'Yhtiö 2 Oy', 'Yhtiö 3 Oy'))
    >>> mixed = [*companies, Body(id="s", kind="foundation", names={"fi": "Säätiö sr", "sv": "Stiftelsen"})]
    >>> list_card_text(mixed, "sv").name
    'Koncernsammanslutningar (4)'
    """
    kinds = list(dict.fromkeys(b.kind for b in bodies))
    tiers = {TIER_OF_KIND[k] for k in kinds}
    if len(kinds) == 1:
        what = word(f"kind.plural.{kinds[0].value}", lang)
    elif len(tiers) == 1:
        what = next(iter(tiers)).label(lang)
    else:
        what = word("card.list_mixed", lang)
    heading = word("card.list_heading", lang, what=what, n=len(bodies))
    return CardText("", heading, "", "", items=tuple(b.name(lang) for b in bodies))
