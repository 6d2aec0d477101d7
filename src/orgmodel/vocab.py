"""The closed vocabularies of orgmodel: body kinds, relation types, tiers, certainty.

Every value is an English snake_case token (what model files use), with labels in Finnish,
Swedish and English for output. This module imports nothing heavy. Body kinds, relation types and
organisation types have one spec each in :mod:`orgmodel.kinds` (labels included); the labels of
the other vocabularies are here.

>>> BodyKind("board").label("fi")
'lautakunta'
>>> Tier.ordered()[0] is Tier.COUNCIL
True
"""

from __future__ import annotations

from enum import StrEnum

from .text import DEFAULT_LANG, Text


class _Labelled(StrEnum):
    """A str enum whose members carry labels per language (fi, sv, en).

    ``str(member)`` and ``f"{member}"`` give the token (StrEnum's own behaviour).
    """

    def label(self, lang: str = DEFAULT_LANG) -> str:
        """The member's label in ``lang`` (see :class:`~orgmodel.text.Text`)."""
        return self.text().get(lang)

    def text(self) -> Text:
        """The member's label in every language."""
        table = _LABELS.get(type(self))
        if table is None:  # body kinds, relation and organisation types: their spec in orgmodel.kinds
            from .kinds import labels_of

            return labels_of(self)
        return table[self.value]

    def __format__(self, format_spec: str) -> str:
        # StrEnum formats with str.__format__, which for a spec that needs no padding (f"{kind:<3}")
        # returns the member itself rather than a plain str; formatting the token keeps the result a
        # plain str, as (str, Enum) with an overridden __str__ did.
        return format(self.value, format_spec)


class BodyKind(_Labelled):
    COUNCIL = "council"
    EXECUTIVE_BOARD = "executive_board"
    BOARD = "board"
    COMMITTEE = "committee"
    SUBCOMMITTEE = "subcommittee"
    COMMISSION = "commission"
    AUDIT_COMMITTEE = "audit_committee"
    ELECTION_BOARD = "election_board"
    ADVOCACY_BODY = "advocacy_body"
    EXECUTIVE = "executive"
    ADMINISTRATION = "administration"
    BUSINESS_ENTERPRISE = "business_enterprise"
    ENTERPRISE_BOARD = "enterprise_board"
    BALANCE_SHEET_UNIT = "balance_sheet_unit"
    SUBSIDIARY = "subsidiary"
    ASSOCIATED_COMPANY = "associated_company"
    FOUNDATION = "foundation"
    COOPERATIVE = "cooperative"
    EXTERNAL_PARTY = "external_party"
    COOPERATION_FORUM = "cooperation_forum"
    JOINT_BODY = "joint_body"
    ELECTION_COMMITTEE = "election_committee"
    INTERNAL_AUDIT = "internal_audit"
    ORGANISATION = "organisation"


class CommitteeRole(_Labelled):
    """What a committee (valiokunta) does: prepares matters only, or also decides."""

    PREPARATORY = "preparatory"
    DECISION_MAKING = "decision_making"


class AdvocacyType(_Labelled):
    YOUTH = "youth"
    ELDERLY = "elderly"
    DISABILITY = "disability"
    LANGUAGE_MINORITY = "language_minority"
    RESIDENTS = "residents"
    OTHER = "other"


class ExecutiveType(_Labelled):
    DIRECTOR = "director"
    MAYOR = "mayor"
    DEPUTY_MAYOR = "deputy_mayor"
    MANAGING_DIRECTOR = "managing_director"


class ExternalType(_Labelled):
    STATE_AUTHORITY = "state_authority"
    MUNICIPALITY = "municipality"
    OTHER_REGION = "other_region"
    NATIONAL_COMPANY = "national_company"
    UNIVERSITY = "university"  # a university that names members to a county body (611/2021 95 § 3 mom)
    OTHER = "other"


class LanguageBody(_Labelled):
    """A board with a statutory language task (611/2021 33 §)."""

    NATIONAL_LANGUAGE = "national_language"
    SAMI_LANGUAGE = "sami_language"


class RelationType(_Labelled):
    ELECTS = "elects"
    SUBORDINATE_TO = "subordinate_to"
    PREPARES_FOR = "prepares_for"
    REPORTS_TO = "reports_to"
    STEERS = "steers"
    OWNS = "owns"
    AUDITS = "audits"
    ADVISES = "advises"
    COOPERATES_WITH = "cooperates_with"
    DELEGATES = "delegates"
    NOMINATES = "nominates"
    SETS_UP = "sets_up"


class Certainty(_Labelled):
    STATED = "stated"
    INFERRED = "inferred"
    OPEN = "open"


class OrgType(_Labelled):
    REGION = "region"
    WELLBEING_SERVICES_COUNTY = "wellbeing_services_county"
    MUNICIPALITY = "municipality"
    ARCHETYPE = "archetype"
    JOINT_MUNICIPAL_AUTHORITY = "joint_municipal_authority"
    JOINT_COUNTY_AUTHORITY = "joint_county_authority"


class Status(_Labelled):
    DRAFT = "draft"
    ADOPTED = "adopted"
    ILLUSTRATIVE = "illustrative"


class InstrumentKind(_Labelled):
    STRATEGY = "strategy"
    ADMINISTRATIVE_REGULATIONS = "administrative_regulations"
    BUDGET = "budget"
    OWNERSHIP_POLICY = "ownership_policy"
    GROUP_GUIDELINE = "group_guideline"
    OTHER = "other"


class LanguageGroup(_Labelled):
    """A language group: of a bilingual organisation's minority, of a body, of members."""

    FINNISH = "finnish"
    SWEDISH = "swedish"
    SAMI = "sami"


class ScopePart(_Labelled):
    """A part of a structure that a model may or may not describe (``scope:``).

    Rules about a part outside the model's scope say "cannot check" instead of "missing".
    """

    POLITICAL_BODIES = "political_bodies"
    ADVOCACY_BODIES = "advocacy_bodies"
    EXECUTIVE = "executive"
    ENTERPRISES = "enterprises"
    GROUP = "group"
    INSTRUMENTS = "instruments"
    POWERS = "powers"
    COMPOSITION = "composition"

    @classmethod
    def default(cls) -> tuple[ScopePart, ...]:
        """The scope of a model that does not state one: its bodies, but not that its lists of
        instruments and powers, or the composition of its bodies, are complete."""
        return (cls.POLITICAL_BODIES, cls.ADVOCACY_BODIES, cls.EXECUTIVE, cls.ENTERPRISES, cls.GROUP)


class Tier(_Labelled):
    """Governance tiers, in the fixed top-to-bottom order used by diagrams and metrics."""

    COUNCIL = "council"
    EXECUTIVE_BOARD = "executive_board"
    BOARDS = "boards"
    SUBCOMMITTEES = "subcommittees"
    ADVOCACY = "advocacy"
    EXECUTIVE = "executive"
    PRODUCTION = "production"
    GROUP = "group"
    EXTERNAL = "external"

    @classmethod
    def ordered(cls) -> list[Tier]:
        return list(cls)


#: Labels of the vocabularies without a spec table (those of orgmodel.kinds): one Text per member.
_LABELS: dict[type[_Labelled], dict[str, Text]] = {
    CommitteeRole: {
        "preparatory": Text("valmisteleva", "beredande", "preparatory"),
        "decision_making": Text("päättävä", "beslutande", "decision-making"),
    },
    AdvocacyType: {
        "youth": Text("nuoret", "unga", "youth"),
        "elderly": Text("ikääntyneet", "äldre", "elderly"),
        "disability": Text("vammaiset", "personer med funktionsnedsättning", "disability"),
        "language_minority": Text("kielivähemmistö", "språklig minoritet", "language minority"),
        "residents": Text("asukkaat", "invånare", "residents"),
        "other": Text("muu", "annan", "other"),
    },
    ExecutiveType: {
        "director": Text("johtaja", "direktör", "director"),
        "mayor": Text("pormestari", "borgmästare", "mayor"),
        "deputy_mayor": Text("apulaispormestari", "biträdande borgmästare", "deputy mayor"),
        "managing_director": Text("toimitusjohtaja", "verkställande direktör", "managing director"),
    },
    ExternalType: {
        "state_authority": Text("valtion viranomainen", "statlig myndighet", "state authority"),
        "municipality": Text("kunta", "kommun", "municipality"),
        "other_region": Text("muu maakunta", "annat landskap", "other region"),
        "national_company": Text("valtakunnallinen yhtiö", "nationellt bolag", "national company"),
        "university": Text("yliopisto", "universitet", "university"),
        "other": Text("muu", "annan", "other"),
    },
    LanguageBody: {
        "national_language": Text("kansalliskielilautakunta", "nationalspråksnämnd", "national-language board"),
        "sami_language": Text("saamen kielen lautakunta", "samiska språknämnden", "Sámi-language board"),
    },
    Certainty: {
        "stated": Text("todettu", "angiven", "stated"),
        "inferred": Text("päätelty", "härledd", "inferred"),
        "open": Text("avoin", "öppen", "open"),
    },
    Status: {
        "draft": Text("luonnos", "utkast", "draft"),
        "adopted": Text("hyväksytty", "antagen", "adopted"),
        "illustrative": Text("havainnollistava", "illustrativ", "illustrative"),
    },
    InstrumentKind: {
        "strategy": Text("strategia", "strategi", "strategy"),
        "administrative_regulations": Text("hallintosääntö", "förvaltningsstadga", "administrative regulations"),
        "budget": Text("talousarvio", "budget", "budget"),
        "ownership_policy": Text("omistajapolitiikka", "ägarpolitik", "ownership policy"),
        "group_guideline": Text("konserniohje", "koncerndirektiv", "group guideline"),
        "other": Text("muu asiakirja", "annat dokument", "other instrument"),
    },
    LanguageGroup: {
        "finnish": Text("suomenkielinen", "finskspråkig", "Finnish-speaking"),
        "swedish": Text("ruotsinkielinen", "svenskspråkig", "Swedish-speaking"),
        "sami": Text("saamenkielinen", "samiskspråkig", "Sámi-speaking"),
    },
    ScopePart: {
        "political_bodies": Text("poliittiset toimielimet", "politiska organ", "political bodies"),
        "advocacy_bodies": Text("vaikuttamistoimielimet", "påverkansorgan", "advocacy bodies"),
        "executive": Text("johto ja hallinto", "ledning och förvaltning", "executive and administration"),
        "enterprises": Text("liikelaitokset", "affärsverk", "business enterprises"),
        "group": Text("konserniyhteisöt ja omistus", "koncernsammanslutningar och ägande",
                      "group entities and ownership"),
        "instruments": Text("asiakirjat (luettelo täydellinen)", "dokument (förteckningen fullständig)",
                            "instruments (the list is complete)"),
        "powers": Text("toimivallat (luettelo täydellinen)", "behörigheter (förteckningen fullständig)",
                       "powers (the list is complete)"),
        "composition": Text("kokoonpanot", "sammansättningar", "composition of bodies"),
    },
    Tier: {
        "council": Text("Valtuustotaso", "Fullmäktigenivå", "Council level"),
        "executive_board": Text("Hallitustaso", "Styrelsenivå", "Executive board level"),
        "boards": Text("Lautakunnat ja valiokunnat", "Nämnder och utskott", "Boards and committees"),
        "subcommittees": Text("Jaostot ja toimikunnat", "Sektioner och kommissioner", "Subcommittees"),
        "advocacy": Text("Vaikuttamistoimielimet", "Påverkansorgan", "Advocacy bodies"),
        "executive": Text("Johto ja hallinto", "Ledning och förvaltning", "Executive and administration"),
        "production": Text("Tuotanto", "Produktion", "Production"),
        "group": Text("Konserniyhteisöt", "Koncernsammanslutningar", "Group entities"),
        "external": Text("Ulkoiset tahot", "Externa parter", "External parties"),
    },
}


def __getattr__(name: str) -> dict[str, str]:
    # FINNISH_KIND_WORDS (word -> kind token, for error hints) is derived from the kind specs,
    # which import this module: it is computed on first use.
    if name == "FINNISH_KIND_WORDS":
        from .kinds import finnish_kind_words

        return finnish_kind_words()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
