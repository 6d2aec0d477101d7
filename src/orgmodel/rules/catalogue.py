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

from ..text import Text

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
    names: Text
    council_only: dict[str, Reservation] = field(default_factory=dict)
    no_call_in: dict[str, str] = field(default_factory=dict)  # law -> section that excludes call-in


def _m(code: str, names: Text, kl: str | None = None, hva: str | None = None, ml: bool = False,
       **extra: object) -> Matter:
    reserved: dict[str, Reservation] = {}
    if kl:
        reserved[KL] = Reservation(kl)
    if hva:
        reserved[HVA] = Reservation(hva)
    if ml:
        reserved[ML] = Reservation(None)
    return Matter(code, names, reserved, **extra)  # type: ignore[arg-type]


_CLIENT_FEES_END = date(2024, 12, 31)  # 1056/2024 removed client fees from 611/2021 22 § 8 kohta from 1.1.2025

#: Matters the laws name. KL 14 § 2 mom, 611/2021 22 § 2 mom and the other council-only sections
#: (statutes.md 2.5 and 3.6); the HE 15/2017 list is from alueuudistus.fi/paatoksenteko [SEC].
MATTERS: dict[str, Matter] = {m.code: m for m in [
    _m("strategy", Text(fi="strategia", sv="strategi",
                        en="strategy"),
       "14 § 2 mom 1 kohta", "22 § 2 mom 1 kohta", ml=True),
    _m("administrative_regulations", Text(fi="hallintosääntö", sv="förvaltningsstadga",
                                          en="administrative regulations"),
       "14 § 2 mom 2 kohta", "22 § 2 mom 2 kohta", ml=True),
    _m("budget", Text(fi="talousarvio ja -suunnitelma", sv="budget och ekonomiplan",
                      en="budget and financial plan"),
       "14 § 2 mom 3 kohta", "22 § 2 mom 3 kohta", ml=True),
    _m("ownership_steering", Text(fi="omistajaohjauksen periaatteet ja konserniohje",
                                  sv="principerna för ägarstyrningen och koncerndirektiv",
                                  en="ownership-steering principles and group guideline"),
       "14 § 2 mom 4 kohta", "22 § 2 mom 4 kohta", ml=True),
    _m("enterprise_goals", Text(fi="liikelaitosten toiminnalliset ja taloudelliset tavoitteet",
                                sv="affärsverkens verksamhetsmässiga och ekonomiska mål",
                                en="operating and financial goals of business enterprises"),
       "14 § 2 mom 5 kohta", "22 § 2 mom 5 kohta"),
    _m("asset_management_principles", Text(fi="omaisuuden hallinnan, rahoituksen ja sijoitustoiminnan perusteet",
                                           sv="grunderna för förvaltningen av egendom, finansiering och "
                                              "placeringsverksamhet",
                                           en="principles of asset management, financing and investment"),
       "14 § 2 mom 6 kohta", "22 § 2 mom 6 kohta"),
    _m("internal_control_principles", Text(fi="sisäisen valvonnan ja riskienhallinnan perusteet",
                                           sv="grunderna för intern kontroll och riskhantering",
                                           en="principles of internal control and risk management"),
       "14 § 2 mom 7 kohta", "22 § 2 mom 7 kohta"),
    _m("fee_principles", Text(fi="hinnoittelun yleiset perusteet", sv="allmänna grunder för avgifter",
                              en="general principles of fees"),
       "14 § 2 mom 8 kohta", "22 § 2 mom 8 kohta"),
    Matter("client_fees", Text(fi="sosiaali- ja terveydenhuollon asiakasmaksujen perusteet",
                               sv="grunderna för social- och hälsovårdens klientavgifter",
                               en="principles of social and health care client fees"),
           {HVA: Reservation("22 § 2 mom 8 kohta", date(2021, 7, 1), _CLIENT_FEES_END)}),
    _m("guarantees", Text(fi="vakuuden antaminen toisen velasta", sv="ställande av säkerhet för annans skuld",
                          en="guarantees for another party's debt"),
       "14 § 2 mom 9 kohta", "22 § 2 mom 9 kohta"),
    _m("body_elections", Text(fi="toimielinten jäsenten valinta", sv="val av ledamöter i organ",
                              en="electing members of bodies"),
       "14 § 2 mom 10 kohta", "22 § 2 mom 10 kohta"),
    _m("official_benefits", Text(fi="luottamushenkilöiden taloudellisten etuuksien perusteet",
                                 sv="grunderna för de förtroendevaldas ekonomiska förmåner",
                                 en="principles of elected officials' financial benefits"),
       "14 § 2 mom 11 kohta", "22 § 2 mom 11 kohta"),
    _m("auditor_choice", Text(fi="tilintarkastajan valinta", sv="val av revisor",
                              en="choosing the auditor"),
       "14 § 2 mom 12 kohta", "22 § 2 mom 12 kohta"),
    _m("accountable_officers", Text(fi="tilivelvollisten määrääminen", sv="bestämmande av redovisningsskyldiga",
                                    en="naming the accountable officers"),
       None, "22 § 2 mom 13 kohta"),
    _m("financial_statements", Text(fi="tilinpäätöksen hyväksyminen ja vastuuvapaus",
                                    sv="godkännande av bokslutet och beviljande av ansvarsfrihet",
                                    en="approving the financial statements and discharge"),
       "14 § 2 mom 13 kohta", "22 § 2 mom 14 kohta"),
    _m("name_and_arms", Text(fi="kunnan nimi ja vaakuna", sv="kommunens namn och vapen",
                             en="name and coat of arms"),
       "4 §"),
    _m("council_size", Text(fi="valtuutettujen lukumäärä", sv="antalet fullmäktigeledamöter",
                            en="number of councillors"),
       "16 §", "24 §"),
    _m("council_chairs", Text(fi="valtuuston puheenjohtajisto", sv="fullmäktiges presidium",
                              en="council chair group"),
       "18 §", "26 §"),
    _m("dismissal_of_officials", Text(fi="luottamushenkilöiden erottaminen", sv="avsättande av förtroendevalda",
                                      en="dismissing elected officials"),
       "34 §", "39 §"),
    _m("director_election", Text(fi="johtajan valinta", sv="val av direktör",
                                 en="electing the director"),
       "41 §", "45 §"),
    _m("director_dismissal", Text(fi="johtajan irtisanominen tai siirtäminen",
                                  sv="uppsägning eller förflyttning av direktören",
                                  en="dismissing or transferring the director"),
       "43 §", "47 §"),
    _m("mayor_election", Text(fi="pormestarin valinta", sv="val av borgmästare", en="electing the mayor"), "44 §"),
    _m("councillor_resignation", Text(fi="valtuutetun eron myöntäminen",
                                      sv="befrielse av fullmäktigeledamot från uppdraget",
                                      en="councillors' resignations"),
       "70 §", "75 §"),
    _m("full_time_pay", Text(fi="päätoimisten luottamushenkilöiden palkkiot",
                             sv="arvoden till förtroendevalda på heltid",
                             en="pay of full-time elected officials"),
       "80 §", "85 §"),
    _m("advisory_referendum", Text(fi="neuvoa-antava kansanäänestys", sv="rådgivande folkomröstning",
                                   en="advisory referendum"),
       None, "31 §"),
    _m("budget_adoption", Text(fi="talousarvion hyväksyminen vuoden loppuun mennessä",
                               sv="godkännande av budgeten före årets slut",
                               en="adopting the budget by year end"),
       "110 §", "115 §"),
    _m("tax_rates", Text(fi="veroprosentit", sv="skattesatser", en="tax rates"), "111 §"),
    _m("audit_committee", Text(fi="tarkastuslautakunnan asettaminen", sv="tillsättande av revisionsnämnden",
                               en="setting up the audit committee"),
       "121 §", "125 §"),
    _m("audit_firm", Text(fi="tilintarkastusyhteisön valinta", sv="val av revisionssammanslutning",
                          en="choosing the audit firm"),
       "122 §", "126 §"),
    # Matters whose decisions cannot be called in (KL 92 § 3 mom, 611/2021 97 §).
    Matter("permit_supervision", Text(fi="lupa-, ilmoitus-, valvonta- ja toimitusmenettelyt",
                                      sv="tillstånds-, anmälnings-, tillsyns- och förrättningsförfaranden",
                                      en="permit, notification, supervision and survey procedures"),
           no_call_in={KL: "92 §", HVA: "97 §"}),
    Matter("individual_social_health_care", Text(fi="yksilöä koskevat sosiaali- ja terveydenhuollon asiat",
                                                 sv="social- och hälsovårdsärenden som gäller enskilda",
                                                 en="individual social and health care matters"),
           no_call_in={KL: "92 §", HVA: "97 §"}),
    Matter("individual_education", Text(fi="yksilöä koskevat opetusasiat",
                                        sv="undervisningsärenden som gäller enskilda",
                                        en="individual education matters"),
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
TOPICS: dict[str, Text] = {
    # strategy: KL 37 §, 611/2021 41 §, HE 15/2017 35 § [SEC]
    "welfare": Text(fi="asukkaiden hyvinvoinnin edistäminen",
                    sv="främjande av invånarnas välfärd",
                    en="promoting residents' welfare"),
    "services": Text(fi="palvelujen järjestäminen ja tuottaminen",
                     sv="ordnande och produktion av tjänster",
                     en="arranging and producing services"),
    "service_targets": Text(fi="lakisääteiset palvelutavoitteet",
                            sv="lagstadgade servicemål",
                            en="statutory service targets"),
    "ownership_policy": Text(fi="omistajapolitiikka", sv="ägarpolitik", en="ownership policy"),
    "personnel_policy": Text(fi="henkilöstöpolitiikka", sv="personalpolitik", en="personnel policy"),
    "participation": Text(fi="osallistumis- ja vaikuttamismahdollisuudet",
                          sv="möjligheter till delaktighet och inflytande",
                          en="participation and influence"),
    "living_environment_vitality": Text(fi="elinympäristö ja alueen elinvoima",
                                        sv="livsmiljön och områdets livskraft",
                                        en="living environment and vitality"),
    "language_rights": Text(fi="kielelliset oikeudet palvelujen järjestämisessä",
                            sv="språkliga rättigheter vid ordnandet av tjänster",
                            en="language rights in services"),
    "service_strategy": Text(fi="sote-palvelustrategia",
                             sv="servicestrategi för social- och hälsovården",
                             en="social and health service strategy"),
    "service_promise": Text(fi="palvelulupaus", sv="servicelöfte", en="service promise"),
    # group guideline: KL 47 §, 611/2021 49 §
    "group_planning": Text(fi="konsernin talouden ja investointien suunnittelu",
                           sv="planering av koncernens ekonomi och investeringar",
                           en="group financial and investment planning"),
    "group_supervision": Text(fi="konsernivalvonta, raportointi ja riskienhallinta",
                              sv="koncernövervakning, rapportering och riskhantering",
                              en="group supervision, reporting and risk management"),
    "communication": Text(fi="viestintä ja luottamushenkilöiden tiedonsaanti",
                          sv="kommunikation och de förtroendevaldas rätt till information",
                          en="communication and elected officials' right to information"),
    "prior_position": Text(fi="ennakkokannan hankkiminen",
                           sv="inhämtande av ägarens ståndpunkt på förhand",
                           en="obtaining the owner's position before decisions"),
    "intra_group_services": Text(fi="konsernin sisäiset palvelut",
                                 sv="koncerninterna tjänster",
                                 en="intra-group services"),
    "subsidiary_boards": Text(fi="tytäryhteisöjen hallitusten kokoonpano ja nimittäminen",
                              sv="sammansättning och utnämning av dottersammanslutningarnas styrelser",
                              en="composition and appointment of subsidiary boards"),
    "good_governance": Text(fi="tytäryhteisöjen hyvä hallinto ja johtaminen",
                            sv="god förvaltning och ledning i dottersammanslutningarna",
                            en="good governance of subsidiaries"),
    "preparedness": Text(fi="konsernin varautuminen ja valmiussuunnittelu",
                         sv="koncernens beredskap och beredskapsplanering",
                         en="group preparedness and contingency planning"),
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
