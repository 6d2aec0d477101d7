"""The text on a card, the same for every backend: kind line, name, seats, what changed.

>>> from orgmodel.model import Body
>>> body = Body.model_validate({"id": "h", "kind": "committee", "names": {"fi": "Elinvoimavaliokunta"},
...                             "committee_role": "preparatory", "seats": 11, "chairs": 1, "vice_chairs": 2})
>>> kind_text(body, "fi"), seats_text(body, "fi")
('valiokunta · valmisteleva', '11 jäsentä, pj + 2 vpj')
>>> card_text(body, None, "en").seats
'11 members, chair + 2 vice-chairs'
"""

from __future__ import annotations

from dataclasses import dataclass

from orgmodel.model import Body
from orgmodel.words import word

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


def kind_text(body: Body, lang: str) -> str:
    """'valiokunta · valmisteleva', 'johtaja · toimitusjohtaja', ..."""
    parts = [body.kind.label(lang)]
    for qualifier in (body.committee_role, body.executive_type, body.advocacy, body.external_type):
        if qualifier is not None:
            parts.append(qualifier.label(lang))
    return " · ".join(parts)


@dataclass(frozen=True)
class CardText:
    """What a card says, top to bottom (unwrapped: each backend wraps to its own card width)."""

    kind: str  # the kind with its qualifiers
    name: str
    seats: str  # '' when unknown
    note: str  # what changed, on a comparison sheet; '' otherwise


def card_text(body: Body, mark: Mark | None, lang: str) -> CardText:
    """The text of the card of ``body`` (with ``mark``, if any) in ``lang``."""
    note = mark.note if mark is not None and mark.kind == "changed" else ""
    return CardText(kind_text(body, lang), body.name(lang), seats_text(body, lang), note)
