"""The catalogue of matters (asiat) the laws name, and the topic codes of required content.

A model's :class:`~orgmodel.model.Power` links to a matter with ``matter: <code>``; matters not
in this catalogue are the model's own and are checked only for delegation consistency. Instrument
content areas link to a topic with ``topic: <code>``.

>>> MATTERS["budget"].council_only[KL].section
'14 § 2 mom 3 kohta'
>>> reserved_matters(HVA, date(2024, 6, 1))["client_fees"].section
'22 § 2 mom 8 kohta'
>>> "client_fees" in reserved_matters(HVA, date(2025, 1, 1))
False
>>> sorted(TOPICS)[:3]
['communication', 'good_governance', 'group_planning']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .base import Msg

# The ids of the laws this catalogue covers; each law declares its id once, in its module
# (``LAW``), and the tests check that these name registered laws.
KL = "fi/kuntalaki-410-2015"
HVA = "fi/hyvinvointialuelaki-611-2021"
ML = "fi/maakuntalaki-he-15-2017"


@dataclass(frozen=True)
class Reservation:
    """Under one law, the matter is for the council alone: where the law says so, and when."""

    section: str | None  # None: section not verified (the HE 15/2017 bill)
    valid_from: date | None = None
    valid_to: date | None = None  # inclusive

    def applies(self, on: date | None) -> bool:
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or on >= self.valid_from) and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True)
class Matter:
    code: str
    names: Msg
    council_only: dict[str, Reservation] = field(default_factory=dict)
    no_call_in: dict[str, str] = field(default_factory=dict)  # law -> section that excludes call-in


def _m(code: str, fi: str, en: str, kl: str | None = None, hva: str | None = None, ml: bool = False,
       **extra: object) -> Matter:
    reserved: dict[str, Reservation] = {}
    if kl:
        reserved[KL] = Reservation(kl)
    if hva:
        reserved[HVA] = Reservation(hva)
    if ml:
        reserved[ML] = Reservation(None)
    return Matter(code, Msg(fi, en), reserved, **extra)  # type: ignore[arg-type]


_CLIENT_FEES_END = date(2024, 12, 31)  # 1056/2024 removed client fees from 611/2021 22 § 8 kohta from 1.1.2025

#: Matters the laws name. KL 14 § 2 mom, 611/2021 22 § 2 mom and the other council-only sections
#: (statutes.md 2.5 and 3.6); the HE 15/2017 list is from alueuudistus.fi/paatoksenteko [SEC].
MATTERS: dict[str, Matter] = {m.code: m for m in [
    _m("strategy", "strategia", "strategy", "14 § 2 mom 1 kohta", "22 § 2 mom 1 kohta", ml=True),
    _m("administrative_regulations", "hallintosääntö", "administrative regulations",
       "14 § 2 mom 2 kohta", "22 § 2 mom 2 kohta", ml=True),
    _m("budget", "talousarvio ja -suunnitelma", "budget and financial plan",
       "14 § 2 mom 3 kohta", "22 § 2 mom 3 kohta", ml=True),
    _m("ownership_steering", "omistajaohjauksen periaatteet ja konserniohje",
       "ownership-steering principles and group guideline", "14 § 2 mom 4 kohta", "22 § 2 mom 4 kohta", ml=True),
    _m("enterprise_goals", "liikelaitosten toiminnalliset ja taloudelliset tavoitteet",
       "operating and financial goals of business enterprises", "14 § 2 mom 5 kohta", "22 § 2 mom 5 kohta"),
    _m("asset_management_principles", "omaisuuden hallinnan, rahoituksen ja sijoitustoiminnan perusteet",
       "principles of asset management, financing and investment", "14 § 2 mom 6 kohta", "22 § 2 mom 6 kohta"),
    _m("internal_control_principles", "sisäisen valvonnan ja riskienhallinnan perusteet",
       "principles of internal control and risk management", "14 § 2 mom 7 kohta", "22 § 2 mom 7 kohta"),
    _m("fee_principles", "hinnoittelun yleiset perusteet", "general principles of fees",
       "14 § 2 mom 8 kohta", "22 § 2 mom 8 kohta"),
    Matter("client_fees", Msg("sosiaali- ja terveydenhuollon asiakasmaksujen perusteet", "principles of social and health care client fees"),
           {HVA: Reservation("22 § 2 mom 8 kohta", date(2021, 7, 1), _CLIENT_FEES_END)}),
    _m("guarantees", "vakuuden antaminen toisen velasta", "guarantees for another party's debt",
       "14 § 2 mom 9 kohta", "22 § 2 mom 9 kohta"),
    _m("body_elections", "toimielinten jäsenten valinta", "electing members of bodies",
       "14 § 2 mom 10 kohta", "22 § 2 mom 10 kohta"),
    _m("official_benefits", "luottamushenkilöiden taloudellisten etuuksien perusteet",
       "principles of elected officials' financial benefits", "14 § 2 mom 11 kohta", "22 § 2 mom 11 kohta"),
    _m("auditor_choice", "tilintarkastajan valinta", "choosing the auditor", "14 § 2 mom 12 kohta", "22 § 2 mom 12 kohta"),
    _m("accountable_officers", "tilivelvollisten määrääminen", "naming the accountable officers",
       None, "22 § 2 mom 13 kohta"),
    _m("financial_statements", "tilinpäätöksen hyväksyminen ja vastuuvapaus",
       "approving the financial statements and discharge", "14 § 2 mom 13 kohta", "22 § 2 mom 14 kohta"),
    _m("name_and_arms", "kunnan nimi ja vaakuna", "name and coat of arms", "4 §"),
    _m("council_size", "valtuutettujen lukumäärä", "number of councillors", "16 §", "24 §"),
    _m("council_chairs", "valtuuston puheenjohtajisto", "council chair group", "18 §", "26 §"),
    _m("dismissal_of_officials", "luottamushenkilöiden erottaminen", "dismissing elected officials", "34 §", "39 §"),
    _m("director_election", "johtajan valinta", "electing the director", "41 §", "45 §"),
    _m("director_dismissal", "johtajan irtisanominen tai siirtäminen", "dismissing or transferring the director",
       "43 §", "47 §"),
    _m("mayor_election", "pormestarin valinta", "electing the mayor", "44 §"),
    _m("councillor_resignation", "valtuutetun eron myöntäminen", "councillors' resignations", "70 §", "75 §"),
    _m("full_time_pay", "päätoimisten luottamushenkilöiden palkkiot", "pay of full-time elected officials",
       "80 §", "85 §"),
    _m("advisory_referendum", "neuvoa-antava kansanäänestys", "advisory referendum", None, "31 §"),
    _m("budget_adoption", "talousarvion hyväksyminen vuoden loppuun mennessä", "adopting the budget by year end",
       "110 §", "115 §"),
    _m("tax_rates", "veroprosentit", "tax rates", "111 §"),
    _m("audit_committee", "tarkastuslautakunnan asettaminen", "setting up the audit committee", "121 §", "125 §"),
    _m("audit_firm", "tilintarkastusyhteisön valinta", "choosing the audit firm", "122 §", "126 §"),
    # Matters whose decisions cannot be called in (KL 92 § 3 mom, 611/2021 97 §).
    Matter("permit_supervision", Msg("lupa-, ilmoitus-, valvonta- ja toimitusmenettelyt",
                                     "permit, notification, supervision and survey procedures"),
           no_call_in={KL: "92 §", HVA: "97 §"}),
    Matter("individual_social_health_care", Msg("yksilöä koskevat sosiaali- ja terveydenhuollon asiat",
                                                "individual social and health care matters"),
           no_call_in={KL: "92 §", HVA: "97 §"}),
    Matter("individual_education", Msg("yksilöä koskevat opetusasiat", "individual education matters"),
           no_call_in={KL: "92 §"}),
]}


def reserved_matters(law: str, on: date | None) -> dict[str, Reservation]:
    """Matter code -> reservation, for the matters the council alone decides under ``law`` on ``on``."""
    out = {}
    for m in MATTERS.values():
        res = m.council_only.get(law)
        if res is not None and res.applies(on):
            out[m.code] = res
    return out


#: Topic codes for content areas of instruments (strategy and group guideline).
TOPICS: dict[str, Msg] = {
    # strategy: KL 37 §, 611/2021 41 §, HE 15/2017 35 § [SEC]
    "welfare": Msg("asukkaiden hyvinvoinnin edistäminen", "promoting residents' welfare"),
    "services": Msg("palvelujen järjestäminen ja tuottaminen", "arranging and producing services"),
    "service_targets": Msg("lakisääteiset palvelutavoitteet", "statutory service targets"),
    "ownership_policy": Msg("omistajapolitiikka", "ownership policy"),
    "personnel_policy": Msg("henkilöstöpolitiikka", "personnel policy"),
    "participation": Msg("osallistumis- ja vaikuttamismahdollisuudet", "participation and influence"),
    "living_environment_vitality": Msg("elinympäristö ja alueen elinvoima", "living environment and vitality"),
    "language_rights": Msg("kielelliset oikeudet palvelujen järjestämisessä", "language rights in services"),
    "service_strategy": Msg("sote-palvelustrategia", "social and health service strategy"),
    "service_promise": Msg("palvelulupaus", "service promise"),
    # group guideline: KL 47 §, 611/2021 49 §
    "group_planning": Msg("konsernin talouden ja investointien suunnittelu", "group financial and investment planning"),
    "group_supervision": Msg("konsernivalvonta, raportointi ja riskienhallinta", "group supervision, reporting and risk management"),
    "communication": Msg("viestintä ja luottamushenkilöiden tiedonsaanti", "communication and elected officials' right to information"),
    "prior_position": Msg("ennakkokannan hankkiminen", "obtaining the owner's position before decisions"),
    "intra_group_services": Msg("konsernin sisäiset palvelut", "intra-group services"),
    "subsidiary_boards": Msg("tytäryhteisöjen hallitusten kokoonpano ja nimittäminen", "composition and appointment of subsidiary boards"),
    "good_governance": Msg("tytäryhteisöjen hyvä hallinto ja johtaminen", "good governance of subsidiaries"),
    "preparedness": Msg("konsernin varautuminen ja valmiussuunnittelu", "group preparedness and contingency planning"),
}

STRATEGY_TOPICS = {
    KL: ("welfare", "services", "service_targets", "ownership_policy", "personnel_policy", "participation",
         "living_environment_vitality"),
    HVA: ("welfare", "services", "service_targets", "ownership_policy", "personnel_policy", "participation"),
    ML: ("welfare", "services", "service_strategy", "service_promise"),
}
GROUP_GUIDELINE_TOPICS = {
    KL: ("group_planning", "group_supervision", "communication", "prior_position", "intra_group_services",
         "subsidiary_boards", "good_governance"),
    HVA: ("group_planning", "group_supervision", "communication", "prior_position", "intra_group_services",
          "subsidiary_boards", "good_governance", "preparedness"),
}
