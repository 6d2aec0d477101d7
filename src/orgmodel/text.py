"""Translated text: the one type every user-facing string of orgmodel is written in.

orgmodel speaks Finnish, Swedish and English; Finnish is the default. Text that orgmodel itself
writes (rule messages, report headings, diagram words, table labels) is a :class:`Text` with all
three languages, so a missing translation is an error at import time, not a blank on a slide.

Text that comes from a model file (names, a choice's question, notes) may be given in fewer
languages. It is looked up along one documented fallback chain, :data:`FALLBACK`: the language
asked for, then Finnish (every model file must give Finnish), then English, then Swedish.

>>> t = Text(fi="Selite", sv="Teckenförklaring", en="Legend")
>>> t.get("sv")
'Teckenförklaring'
>>> Text(fi="{n} elintä", sv="{n} organ", en="{n} bodies").format("en", {"n": 3})
'3 bodies'
>>> pick({"fi": "Valiokunta", "en": "Committee"}, "sv")
'Valiokunta'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, get_args

Lang = Literal["fi", "sv", "en"]

#: The output languages, Finnish first: the order of CLI choices and of columns.
LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANG: Final[Lang] = "fi"

#: For text from model files: after the language asked for, try these in order.
FALLBACK: Final[tuple[Lang, ...]] = ("fi", "en", "sv")


@dataclass(frozen=True, slots=True)
class Text:
    """A string in Finnish, Swedish and English; ``{name}`` placeholders are filled by :meth:`format`."""

    fi: str
    sv: str
    en: str

    def __post_init__(self) -> None:
        for lang in LANGS:
            if not getattr(self, lang):
                raise ValueError(f"text {self.fi!r} has no {lang} version")

    def get(self, lang: str = DEFAULT_LANG) -> str:
        """The text in ``lang``; an unknown language gets the Finnish text."""
        return str(getattr(self, lang)) if lang in LANGS else self.fi

    def format(self, lang: str, values: Mapping[str, Any]) -> str:
        """The text in ``lang`` with placeholders filled; values that are :class:`Text`, or that
        have a ``label(lang)`` method (the vocabulary enums), are put in the same language, and lists
        are joined with commas. Unknown placeholders are left as written."""
        return self.get(lang).format_map(_Localised(values, lang))


def localise(value: Any, lang: str) -> str:
    """One value as text in ``lang``: a :class:`Text`, an enum label, a list, or ``str(value)``.

    >>> localise([Text("yksi", "ett", "one"), 2], "sv")
    'ett, 2'
    """
    if isinstance(value, Text):
        return value.get(lang)
    label = getattr(value, "label", None)
    if callable(label):
        return str(label(lang))
    if isinstance(value, (list, tuple)):
        return ", ".join(localise(v, lang) for v in value)
    return str(value)


def fill(template: Text, values: Mapping[str, Any]) -> Text:
    """``template`` with its placeholders filled, in every language (see :meth:`Text.format`).

    >>> fill(Text(fi="{n} paikkaa", sv="{n} platser", en="{n} seats"), {"n": 5}).sv
    '5 platser'
    """
    return Text(**{lang: template.format(lang, values) for lang in LANGS})


def concat(*parts: Text | str) -> Text:
    """The parts joined, language by language; a plain string is the same in every language.

    >>> concat("[a=b] ", Text(fi="yksi", sv="ett", en="one")).en
    '[a=b] one'
    """
    return Text(**{lang: "".join(p.get(lang) if isinstance(p, Text) else p for p in parts) for lang in LANGS})


def as_text(value: Text | str) -> Text:
    """A plain string (an id, a model key) as the same text in every language."""
    return value if isinstance(value, Text) else Text(fi=value, sv=value, en=value)


def pick(texts: Mapping[str, str | None], lang: str) -> str:
    """Model-file text in ``lang`` along :data:`FALLBACK` (empty when no language is given)."""
    for candidate in (lang, *FALLBACK):
        found = texts.get(candidate)
        if found:
            return found
    return ""


class _Localised(dict[str, Any]):
    def __init__(self, values: Mapping[str, Any], lang: str) -> None:
        super().__init__(values)
        self.lang = lang

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

    def __getitem__(self, key: str) -> str:
        return localise(super().__getitem__(key), self.lang)
