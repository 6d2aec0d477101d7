"""The statute sections each provision of the organisation chapter implements, per law.

Only sections read in the statutes (``docs`` of the project: statutes.md, marked [LT]) are here.
The lapsed draft maakuntalaki HE 15/2017 was not readable: its provisions are cited as
"section unconfirmed", never with a guessed number.

>>> cite_text("fi/hyvinvointialuelaki-611-2021", "jaostot", "fi")
'(hyvinvointialuelaki 35 § 2 mom 3 kohta, 36 § 2 mom)'
>>> cite_text("fi/kuntalaki-410-2015", "deputies", "sv")
'(kommunallagen 31 § 3 mom.)'
>>> cite_text("fi/maakuntalaki-he-15-2017", "council", "fi")
'(maakuntalakiluonnos HE 15/2017 vp, pykälä vahvistamatta)'
"""

from __future__ import annotations

from typing import Final

from ..text import Text
from ..words import word

HVA: Final = "fi/hyvinvointialuelaki-611-2021"
KL: Final = "fi/kuntalaki-410-2015"
ML: Final = "fi/maakuntalaki-he-15-2017"

#: Act key -> its short name as regulations cite it.
ACTS: Final[dict[str, Text]] = {
    HVA: Text("hyvinvointialuelaki", "lagen om välfärdsområden", "Wellbeing Services Counties Act"),
    KL: Text("kuntalaki", "kommunallagen", "Local Government Act"),
    ML: Text("maakuntalakiluonnos HE 15/2017 vp", "utkastet till landskapslag RP 15/2017 rd",
             "draft Regional Government Act HE 15/2017"),
    "vaalilaki": Text("vaalilaki", "vallagen", "Election Act"),
    "tasa-arvolaki": Text("tasa-arvolaki", "jämställdhetslagen", "Equality Act"),
}

#: Provision -> law id -> [(act key, section)], from statutes.md sections 2-4.
REFS: Final[dict[str, dict[str, tuple[tuple[str, str], ...]]]] = {
    "leadership": {HVA: ((HVA, "42 §"),), KL: ((KL, "38 §"),)},
    "council": {HVA: ((HVA, "22 §"),), KL: ((KL, "14 §"),)},
    "council_size": {HVA: ((HVA, "24 §"),), KL: ((KL, "16 §"),)},
    "council_chairs": {HVA: ((HVA, "26 §"),), KL: ((KL, "18 §"),)},
    "executive_board": {HVA: ((HVA, "35 § 1 mom"), (HVA, "43 §")), KL: ((KL, "30 § 1 mom"), (KL, "39 §"))},
    "director": {HVA: ((HVA, "42 §"), (HVA, "45 §")), KL: ((KL, "38 §"), (KL, "41 §"))},
    "mayor": {KL: ((KL, "38 § 3 mom"), (KL, "44 §"))},
    "boards": {HVA: ((HVA, "35 § 2 mom"),), KL: ((KL, "30 § 2 mom"),)},
    "committee": {KL: ((KL, "30 § 2 mom 1 kohta"), (KL, "31 § 1 mom 1 kohta"))},
    "jaostot": {HVA: ((HVA, "35 § 2 mom 3 kohta"), (HVA, "36 § 2 mom")),
                KL: ((KL, "30 § 2 mom 3 kohta"), (KL, "31 § 2 mom"))},
    "commission": {HVA: ((HVA, "37 § 1 mom"),), KL: ((KL, "30 § 3 mom"), (KL, "32 §"))},
    "audit_committee": {HVA: ((HVA, "125 §"), (HVA, "80 §")), KL: ((KL, "121 §"), (KL, "75 §"))},
    "election_board": {HVA: (("vaalilaki", "12 a §"),), KL: (("vaalilaki", "13 §"),)},
    "election_committee": {KL: (("vaalilaki", "15 §"),)},
    "advocacy": {HVA: ((HVA, "32 §"),), KL: ((KL, "26–28 §"),)},
    "language_board": {HVA: ((HVA, "33 §"),)},
    "language_section": {KL: ((KL, "30 § 4 mom"), (KL, "31 § 1 mom 5 kohta"))},
    "elections": {HVA: ((HVA, "22 § 2 mom 10 kohta"), (HVA, "37 § 2 mom")),
                  KL: ((KL, "14 § 2 mom 10 kohta"), (KL, "32 § 2 mom"))},
    "other_electors": {HVA: ((HVA, "36 § 1 mom"),), KL: ((KL, "31 § 1 mom 3–4 kohta"),)},
    "jaosto_electors": {KL: ((KL, "31 § 1 mom 3 kohta"),)},
    "university": {HVA: ((HVA, "95 § 3 mom"),)},
    "sami_nominees": {HVA: ((HVA, "33 § 6 mom"),)},
    "deputies": {HVA: ((HVA, "36 § 3 mom"),), KL: ((KL, "31 § 3 mom"),)},
    "chairs": {HVA: ((HVA, "38 §"),), KL: ((KL, "33 §"),)},
    "jaosto_chair": {HVA: ((HVA, "36 § 2 mom"),), KL: ((KL, "31 § 2 mom"),)},
    "audit_chair": {HVA: ((HVA, "125 §"),), KL: ((KL, "121 §"),)},
    "gender": {HVA: (("tasa-arvolaki", "4 a §"),), KL: (("tasa-arvolaki", "4 a §"),)},
    "enterprise": {HVA: ((HVA, "70 §"), (HVA, "71 § 1 mom")), KL: ((KL, "65 §"), (KL, "67 § 1 mom"))},
    "enterprise_director": {HVA: ((HVA, "72 §"),), KL: ((KL, "68 §"),)},
    "group": {HVA: ((HVA, "48 §"), (HVA, "49 §")), KL: ((KL, "46 §"), (KL, "47 §"))},
    "group_management": {HVA: ((HVA, "50 §"),), KL: ((KL, "48 §"),)},
    "delegation": {HVA: ((HVA, "96 §"),), KL: ((KL, "91 §"),)},
    "call_in": {HVA: ((HVA, "97 §"),), KL: ((KL, "92 §"),)},
}


def _section(section: str, lang: str) -> str:
    """A section as written in ``lang``: Swedish writes 'mom.' and 'punkten'."""
    if lang == "sv":
        return section.replace(" mom", " mom.").replace(" kohta", " punkten").replace("mom.. ", "mom. ")
    return section


def refs(law: str, provision: str, lang: str) -> str | None:
    """The sections ``provision`` implements under ``law``, as text; None when the law has none for it.

    >>> refs("fi/hyvinvointialuelaki-611-2021", "committee", "fi") is None
    True
    """
    table = REFS[provision]
    if law == ML:
        return word("regs.unconfirmed", lang, act=ACTS[ML]) if table else None
    found = table.get(law)
    if not found:
        return None
    parts: list[str] = []
    for act, section in found:
        name = ACTS[act].get(lang)
        if parts and parts[-1].startswith(name + " "):
            parts[-1] += f", {_section(section, lang)}"
        else:
            parts.append(f"{name} {_section(section, lang)}")
    return "; ".join(parts)


def cite_text(law: str, provision: str, lang: str) -> str:
    """``refs`` in brackets, or '' when there is nothing to cite."""
    found = refs(law, provision, lang)
    return word("regs.cite", lang, refs=found) if found else ""
