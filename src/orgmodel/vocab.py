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

from enum import Enum


class _Labelled(str, Enum):
    """A str enum whose members carry labels per language (fi, sv, en)."""

    def label(self, lang: str = "fi") -> str:
        table = _LABELS.get(type(self).__name__)
        if table is None:  # body kinds, relation and organisation types: their spec in orgmodel.kinds
            from .kinds import labels_of

            return labels_of(self).get(lang)
        labels = table[self.value]
        return labels.get(lang) or labels["en"]

    def __str__(self) -> str:  # so f-strings print the token, not 'BodyKind.BOARD'
        return self.value


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


class Certainty(_Labelled):
    STATED = "stated"
    INFERRED = "inferred"
    OPEN = "open"


class OrgType(_Labelled):
    REGION = "region"
    WELLBEING_SERVICES_COUNTY = "wellbeing_services_county"
    MUNICIPALITY = "municipality"
    ARCHETYPE = "archetype"


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
    def ordered(cls) -> list["Tier"]:
        return list(cls)


_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "CommitteeRole": {
        "preparatory": {"fi": "valmisteleva", "sv": "beredande", "en": "preparatory"},
        "decision_making": {"fi": "päättävä", "sv": "beslutande", "en": "decision-making"},
    },
    "AdvocacyType": {
        "youth": {"fi": "nuoret", "sv": "unga", "en": "youth"},
        "elderly": {"fi": "ikääntyneet", "sv": "äldre", "en": "elderly"},
        "disability": {"fi": "vammaiset", "sv": "personer med funktionsnedsättning", "en": "disability"},
        "language_minority": {"fi": "kielivähemmistö", "sv": "språklig minoritet", "en": "language minority"},
        "residents": {"fi": "asukkaat", "sv": "invånare", "en": "residents"},
        "other": {"fi": "muu", "sv": "annan", "en": "other"},
    },
    "ExecutiveType": {
        "director": {"fi": "johtaja", "sv": "direktör", "en": "director"},
        "mayor": {"fi": "pormestari", "sv": "borgmästare", "en": "mayor"},
        "deputy_mayor": {"fi": "apulaispormestari", "sv": "biträdande borgmästare", "en": "deputy mayor"},
        "managing_director": {"fi": "toimitusjohtaja", "sv": "verkställande direktör", "en": "managing director"},
    },
    "ExternalType": {
        "state_authority": {"fi": "valtion viranomainen", "sv": "statlig myndighet", "en": "state authority"},
        "municipality": {"fi": "kunta", "sv": "kommun", "en": "municipality"},
        "other_region": {"fi": "muu maakunta", "sv": "annat landskap", "en": "other region"},
        "national_company": {"fi": "valtakunnallinen yhtiö", "sv": "nationellt bolag", "en": "national company"},
        "other": {"fi": "muu", "sv": "annan", "en": "other"},
    },
    "LanguageBody": {
        "national_language": {"fi": "kansalliskielilautakunta", "sv": "nationalspråksnämnd", "en": "national-language board"},
        "sami_language": {"fi": "saamen kielen lautakunta", "sv": "samiska språknämnden", "en": "Sámi-language board"},
    },
    "Certainty": {
        "stated": {"fi": "todettu", "sv": "angiven", "en": "stated"},
        "inferred": {"fi": "päätelty", "sv": "härledd", "en": "inferred"},
        "open": {"fi": "avoin", "sv": "öppen", "en": "open"},
    },
    "Status": {
        "draft": {"fi": "luonnos", "sv": "utkast", "en": "draft"},
        "adopted": {"fi": "hyväksytty", "sv": "antagen", "en": "adopted"},
        "illustrative": {"fi": "havainnollistava", "sv": "illustrativ", "en": "illustrative"},
    },
    "InstrumentKind": {
        "strategy": {"fi": "strategia", "sv": "strategi", "en": "strategy"},
        "administrative_regulations": {"fi": "hallintosääntö", "sv": "förvaltningsstadga", "en": "administrative regulations"},
        "budget": {"fi": "talousarvio", "sv": "budget", "en": "budget"},
        "ownership_policy": {"fi": "omistajapolitiikka", "sv": "ägarpolitik", "en": "ownership policy"},
        "group_guideline": {"fi": "konserniohje", "sv": "koncerndirektiv", "en": "group guideline"},
        "other": {"fi": "muu asiakirja", "sv": "annat dokument", "en": "other instrument"},
    },
    "Tier": {
        "council": {"fi": "Valtuustotaso", "sv": "Fullmäktigenivå", "en": "Council level"},
        "executive_board": {"fi": "Hallitustaso", "sv": "Styrelsenivå", "en": "Executive board level"},
        "boards": {"fi": "Lautakunnat ja valiokunnat", "sv": "Nämnder och utskott", "en": "Boards and committees"},
        "subcommittees": {"fi": "Jaostot ja toimikunnat", "sv": "Sektioner och kommissioner", "en": "Subcommittees"},
        "advocacy": {"fi": "Vaikuttamistoimielimet", "sv": "Påverkansorgan", "en": "Advocacy bodies"},
        "executive": {"fi": "Johto ja hallinto", "sv": "Ledning och förvaltning", "en": "Executive and administration"},
        "production": {"fi": "Tuotanto", "sv": "Produktion", "en": "Production"},
        "group": {"fi": "Konserniyhteisöt", "sv": "Koncernsammanslutningar", "en": "Group entities"},
        "external": {"fi": "Ulkoiset tahot", "sv": "Externa parter", "en": "External parties"},
    },
}


def __getattr__(name: str) -> dict[str, str]:
    # FINNISH_KIND_WORDS (word -> kind token, for error hints) is derived from the kind specs,
    # which import this module: it is computed on first use.
    if name == "FINNISH_KIND_WORDS":
        from .kinds import finnish_kind_words

        return finnish_kind_words()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
