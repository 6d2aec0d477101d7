"""The words of checking that are not one rule's: severities, "cannot check" notes, and the
helpers that turn a template and its values into a :class:`~orgmodel.text.Text` in every language.

A finding carries its message as a :class:`~orgmodel.text.Text`, filled in all three languages
when the finding is made, so a report can be printed in any of them afterwards.

>>> t = fill(Text(fi="{n} paikkaa", sv="{n} platser", en="{n} seats"), {"n": 5})
>>> t.sv
'5 platser'
>>> concat("[a=b] ", t).en
'[a=b] 5 seats'
>>> SEVERITY["warning"].get("sv")
'varning'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ..text import LANGS, Text

__all__ = ["fill", "concat", "as_text", "SEVERITY", "CANNOT_CHECK", "CANNOT_CHECK_HINT", "CANNOT_CHECK_MANY"]


def fill(template: Text, values: Mapping[str, Any]) -> Text:
    """``template`` with its placeholders filled, in every language (see :meth:`Text.format`)."""
    return Text(**{lang: template.format(lang, values) for lang in LANGS})


def concat(*parts: Text | str) -> Text:
    """The parts joined, language by language; a plain string is the same in every language."""
    return Text(**{lang: "".join(p.get(lang) if isinstance(p, Text) else p for p in parts) for lang in LANGS})


def as_text(value: Text | str) -> Text:
    """A plain string (an id, a model key) as the same text in every language."""
    return value if isinstance(value, Text) else Text(fi=value, sv=value, en=value)


#: Severities in words, for "downgraded to warning" and the like (the codes stay error, warning, info).
SEVERITY: Final[Mapping[str, Text]] = {
    "error": Text(fi="virhe", sv="fel", en="error"),
    "warning": Text(fi="varoitus", sv="varning", en="warning"),
    "info": Text(fi="huomautus", sv="anmärkning", en="info"),
}

#: A rule cannot be checked because the model lacks ``needs`` (``name``: ' (Body name)' or '').
CANNOT_CHECK: Final = Text(
    fi="Ei voida tarkistaa ({title}){name}: mallista puuttuu {needs}.",
    sv="Kan inte kontrolleras ({title}){name}: modellen anger inte {needs}.",
    en="Cannot check ({title}){name}: the model does not give {needs}.")
CANNOT_CHECK_HINT: Final = Text(
    fi="Lisää malliin {needs}, niin sääntö voidaan tarkistaa.",
    sv="Lägg till {needs} i modellen, så kan regeln kontrolleras.",
    en="Add {needs} to the model so that the rule can be checked.")
#: The same, summed up over ``n`` places (``shown``: the first few body ids).
CANNOT_CHECK_MANY: Final = Text(
    fi="Ei voida tarkistaa ({title}) {n} kohdassa ({shown}): mallista puuttuu {needs}.",
    sv="Kan inte kontrolleras ({title}) på {n} ställen ({shown}): modellen anger inte {needs}.",
    en="Cannot check ({title}) in {n} places ({shown}): the model does not give {needs}.")
