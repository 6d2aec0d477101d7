"""What the regulations' documents share: body names in the text's language, the inferred mark,
the drafter's placeholder, and the Finnish genitive of a body's name.

>>> genitive("Aluehallitus"), genitive("Sote-lautakunta"), genitive("Maakuntavaltuusto")
('Aluehallituksen', 'Sote-lautakunnan', 'Maakuntavaltuuston')
>>> genitive("Aluehallitus", "sv"), genitive("Välfärdsområdesstyrelsen", "sv")
('Aluehallitus', 'Välfärdsområdesstyrelsens')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab import Certainty
from ..words import word

if TYPE_CHECKING:
    from ..model import Body, Organisation

#: Finnish name endings and their genitives (the heads body names end in), longest first.
_FI_GENITIVE: tuple[tuple[str, str], ...] = (
    ("hallitus", "hallituksen"), ("kunta", "kunnan"), ("valtuusto", "valtuuston"), ("neuvosto", "neuvoston"),
    ("jaosto", "jaoston"), ("laitos", "laitoksen"), ("johtaja", "johtajan"), ("yhtiö", "yhtiön"),
    ("ryhmä", "ryhmän"), ("foorumi", "foorumin"), ("toimisto", "toimiston"), ("keskus", "keskuksen"),
    ("elin", "elimen"), ("säätiö", "säätiön"), ("pormestari", "pormestarin"), ("yhtymä", "yhtymän"),
)


def genitive(name: str, lang: str = "fi") -> str | None:
    """The genitive of a body's name, or None when the ending is not one regulations name bodies by
    (Finnish; Swedish adds -s to a name not ending in s; English gives None: it says 'of')."""
    if lang == "sv":
        return name if name.endswith(("s", "x", "z")) else name + "s"
    if lang != "fi":
        return None
    low = name.casefold()
    for end, gen in _FI_GENITIVE:
        if low.endswith(end):
            return name[: len(name) - len(end)] + gen
    return None


def body_name(org: Organisation, body_id: str, lang: str) -> str:
    """The body's name in ``lang``; an id the model does not have is shown as written."""
    return org.body(body_id).name(lang) if org.has_body(body_id) else body_id


def mark(certainty: Certainty, lang: str) -> str:
    """' (päätelty)' for an inferred fact, ' (avoin)' for an open one, '' for a stated one."""
    if certainty is Certainty.INFERRED:
        return " " + word("regs.inferred", lang)
    if certainty is Certainty.OPEN:
        return " " + word("regs.open", lang)
    return ""


def fill(what_key: str, lang: str) -> str:
    """The drafter's placeholder for a fact the model does not give."""
    return word("regs.fill", lang, what=word(what_key, lang))


def of_body(name: str, lang: str) -> str:
    """A body's name as the possessor in ``lang``: the Finnish genitive ('Aluehallituksen'), else
    'toimielimen <name>'; Swedish and English sentences take the name as it is.

    >>> of_body("Sote-lautakunta", "fi"), of_body("Yhteistyöryhmä X", "fi"), of_body("Styrelsen", "sv")
    ('Sote-lautakunnan', 'toimielimen Yhteistyöryhmä X', 'Styrelsen')
    """
    if lang != "fi":
        return name
    return genitive(name, "fi") or word("regs.of_body", "fi", name=name)


def mid(name: str, lang: str) -> str:
    """A body's name inside a Finnish sentence: a one-word common name ('Tarkastuslautakunta') is a
    common noun and is written in lower case, as regulations do; names of several words, hyphenated
    names ('Tilapalvelut-liikelaitos') and other endings may be proper names and stay as written.

    >>> mid("Tarkastuslautakunta", "fi"), mid("Kymenlaakson kunnat", "fi"), mid("Revisionsnämnden", "sv")
    ('tarkastuslautakunta', 'Kymenlaakson kunnat', 'Revisionsnämnden')
    """
    if lang != "fi" or " " in name or "-" in name or not name[:1].isupper() or not name[1:2].islower():
        return name
    if any(name.casefold().endswith(end) for end, _ in _FI_GENITIVE):
        return name[:1].lower() + name[1:]
    return name


def sentence(text: str) -> str:
    """``text`` with its first letter capitalised (a genitive phrase may open a sentence)."""
    return text[:1].upper() + text[1:]


def kind_suffix(body: Body, lang: str) -> str:
    """' (lautakunta)' after a name that does not say the body's kind itself; '' when it does."""
    label = body.kind.label(lang)
    return "" if label.casefold() in body.name(lang).casefold() else f" ({label})"
