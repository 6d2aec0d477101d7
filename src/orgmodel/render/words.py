"""The few words a diagram prints besides names and vocabulary labels, in fi, sv and en."""

from __future__ import annotations

import datetime as dt

_WORDS: dict[str, dict[str, str]] = {
    "source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "legend": {"fi": "Selite", "sv": "Teckenförklaring", "en": "Legend"},
    "open": {"fi": "avoin", "sv": "öppen", "en": "open"},
    "inferred": {"fi": "päätelty", "sv": "härledd", "en": "inferred"},
    "choice": {"fi": "vaihtoehto", "sv": "alternativ", "en": "alternative"},
    "added": {"fi": "uusi", "sv": "ny", "en": "added"},
    "changed": {"fi": "muuttunut", "sv": "ändrad", "en": "changed"},
    "removed": {"fi": "poistunut", "sv": "borttagen", "en": "removed"},
    "baseline": {"fi": "vertailukohta", "sv": "jämförelsebas", "en": "baseline"},
    "open_choice": {"fi": "Avoin valinta", "sv": "Öppet val", "en": "Open choice"},
    "drawn": {"fi": "kuvassa", "sv": "i bilden", "en": "drawn"},
    "variant": {"fi": "Vaihtoehto", "sv": "Alternativ", "en": "Variant"},
    "sheet_title": {"fi": "Rakenteiden vertailu", "sv": "Jämförelse av strukturer", "en": "Structures compared"},
    "compared": {"fi": "Muutokset suhteessa rakenteeseen", "sv": "Ändringar jämfört med", "en": "Changes against"},
    "hierarchy": {"fi": "alaisuus (hierarkia)", "sv": "underställd (hierarki)", "en": "hierarchy (subordinate to)"},
    "uncertain_open": {"fi": "avoin tai epävarma", "sv": "öppen eller osäker", "en": "open or uncertain"},
    "uncertain_inferred": {"fi": "päätelty, ei lähteessä", "sv": "härledd, ej i källan", "en": "inferred, not in the source"},
    "choice_legend": {"fi": "riippuu avoimesta valinnasta", "sv": "beror på ett öppet val", "en": "depends on an open choice"},
    "added_legend": {"fi": "uusi verrattuna vertailukohtaan", "sv": "ny jämfört med basen", "en": "added against the baseline"},
    "changed_legend": {"fi": "muuttunut (laji tai paikat)", "sv": "ändrad (typ eller platser)", "en": "changed (kind or seats)"},
    "removed_legend": {"fi": "poistunut vertailukohdasta", "sv": "borttagen från basen", "en": "removed from the baseline"},
    "light_edge": {"fi": "päätelty tai avoin yhteys", "sv": "härledd eller öppen förbindelse", "en": "inferred or open link"},
    "inferred_bodies": {"fi": "Kaikki elimet päätelty", "sv": "Alla organ härledda", "en": "All bodies inferred"},
    "inferred_links": {"fi": "Yhteydet päätelty", "sv": "Förbindelserna härledda", "en": "Links inferred"},
    "inferred_both": {"fi": "Kaikki elimet ja yhteydet päätelty", "sv": "Alla organ och förbindelser härledda",
                      "en": "All bodies and links inferred"},
    "seats": {"fi": "paikat", "sv": "platser", "en": "seats"},
    "parent": {"fi": "alaisuus", "sv": "underställd", "en": "parent"},
    "name": {"fi": "nimi", "sv": "namn", "en": "name"},
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def word(key: str, lang: str) -> str:
    """A word in ``lang`` (English when the language is unknown).

    >>> word("legend", "fi")
    'Selite'
    """
    entry = _WORDS[key]
    return entry.get(lang) or entry["en"]


def date_text(date: dt.date, lang: str) -> str:
    """16.5.2018 in Finnish and Swedish, 16 May 2018 in English.

    >>> date_text(dt.date(2018, 5, 16), "fi"), date_text(dt.date(2018, 5, 16), "en")
    ('16.5.2018', '16 May 2018')
    """
    if lang == "en":
        return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"
    return f"{date.day}.{date.month}.{date.year}"
