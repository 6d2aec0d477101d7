"""The closed vocabularies of orgmodel: body kinds, relation types, tiers, certainty.

Every value is an English snake_case token (what model files use), with labels in Finnish,
Swedish and English for output. This module imports nothing heavy; rendering, checking and
metrics all read their words from here.

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
        labels = _LABELS[type(self).__name__][self.value]
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
    "BodyKind": {
        "council": {"fi": "valtuusto", "sv": "fullmäktige", "en": "council"},
        "executive_board": {"fi": "hallitus", "sv": "styrelse", "en": "executive board"},
        "board": {"fi": "lautakunta", "sv": "nämnd", "en": "board"},
        "committee": {"fi": "valiokunta", "sv": "utskott", "en": "committee"},
        "subcommittee": {"fi": "jaosto", "sv": "sektion", "en": "subcommittee"},
        "commission": {"fi": "toimikunta", "sv": "kommission", "en": "commission"},
        "audit_committee": {"fi": "tarkastuslautakunta", "sv": "revisionsnämnd", "en": "audit committee"},
        "election_board": {"fi": "vaalilautakunta", "sv": "valnämnd", "en": "election board"},
        "advocacy_body": {"fi": "vaikuttamistoimielin", "sv": "påverkansorgan", "en": "advocacy body"},
        "executive": {"fi": "johtaja", "sv": "direktör", "en": "executive"},
        "administration": {"fi": "toimiala", "sv": "verksamhetsområde", "en": "administration unit"},
        "business_enterprise": {"fi": "liikelaitos", "sv": "affärsverk", "en": "business enterprise"},
        "enterprise_board": {"fi": "johtokunta", "sv": "direktion", "en": "enterprise board"},
        "balance_sheet_unit": {"fi": "taseyksikkö", "sv": "balansenhet", "en": "balance-sheet unit"},
        "subsidiary": {"fi": "tytäryhtiö", "sv": "dotterbolag", "en": "subsidiary"},
        "associated_company": {"fi": "osakkuusyhtiö", "sv": "intressebolag", "en": "associated company"},
        "foundation": {"fi": "säätiö", "sv": "stiftelse", "en": "foundation"},
        "cooperative": {"fi": "osuuskunta", "sv": "andelslag", "en": "cooperative"},
        "external_party": {"fi": "ulkoinen taho", "sv": "extern part", "en": "external party"},
        "cooperation_forum": {"fi": "yhteistyöelin", "sv": "samarbetsorgan", "en": "cooperation forum"},
    },
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
    "RelationType": {
        "elects": {"fi": "valitsee", "sv": "väljer", "en": "elects"},
        "subordinate_to": {"fi": "alainen", "sv": "underställd", "en": "subordinate to"},
        "prepares_for": {"fi": "valmistelee", "sv": "bereder", "en": "prepares for"},
        "reports_to": {"fi": "raportoi", "sv": "rapporterar", "en": "reports to"},
        "steers": {"fi": "ohjaa", "sv": "styr", "en": "steers"},
        "owns": {"fi": "omistaa", "sv": "äger", "en": "owns"},
        "audits": {"fi": "tarkastaa", "sv": "granskar", "en": "audits"},
        "advises": {"fi": "vaikuttaa", "sv": "påverkar", "en": "advises"},
        "cooperates_with": {"fi": "yhteistyö", "sv": "samarbete", "en": "cooperates with"},
        "delegates": {"fi": "delegoi", "sv": "delegerar", "en": "delegates"},
    },
    "Certainty": {
        "stated": {"fi": "todettu", "sv": "angiven", "en": "stated"},
        "inferred": {"fi": "päätelty", "sv": "härledd", "en": "inferred"},
        "open": {"fi": "avoin", "sv": "öppen", "en": "open"},
    },
    "OrgType": {
        "region": {"fi": "maakunta", "sv": "landskap", "en": "region"},
        "wellbeing_services_county": {"fi": "hyvinvointialue", "sv": "välfärdsområde", "en": "wellbeing services county"},
        "municipality": {"fi": "kunta", "sv": "kommun", "en": "municipality"},
        "archetype": {"fi": "mallirakenne", "sv": "modell", "en": "archetype"},
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

#: Finnish words staff may type for a kind; used only to suggest the right token in errors.
FINNISH_KIND_WORDS: dict[str, str] = {
    "valtuusto": "council", "maakuntavaltuusto": "council", "aluevaltuusto": "council",
    "hallitus": "executive_board", "maakuntahallitus": "executive_board",
    "aluehallitus": "executive_board", "kunnanhallitus": "executive_board",
    "lautakunta": "board", "valiokunta": "committee", "jaosto": "subcommittee",
    "toimikunta": "commission", "tarkastuslautakunta": "audit_committee",
    "vaalilautakunta": "election_board", "vaikuttamistoimielin": "advocacy_body",
    "johtaja": "executive", "pormestari": "executive", "toimiala": "administration",
    "liikelaitos": "business_enterprise", "johtokunta": "enterprise_board",
    "taseyksikkö": "balance_sheet_unit", "tytäryhtiö": "subsidiary",
    "osakkuusyhtiö": "associated_company", "säätiö": "foundation", "osuuskunta": "cooperative",
}
