"""The catalogue of matters (asiat) the laws name, and the topic codes of required content.

A model's :class:`~orgmodel.model.Power` links to a matter with ``matter: <code>``; matters not
in this catalogue are the model's own and are checked only for delegation consistency. Instrument
content areas link to a topic with ``topic: <code>``.

>>> import orgmodel.rules  # registers the built-in laws, whose modules say what they reserve
>>> MATTERS["budget"].council_only["fi/kuntalaki-410-2015"].section
'14 § 2 mom 3 kohta'
>>> reserved_matters("fi/hyvinvointialuelaki-611-2021", date(2024, 6, 1))["client_fees"].section
'22 § 2 mom 8 kohta'
>>> "client_fees" in reserved_matters("fi/hyvinvointialuelaki-611-2021", date(2025, 1, 1))
False
>>> sorted(TOPICS)[:3]
['administrative_language_rights', 'call_in_procedure', 'communication']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..text import Text
from .base import Reservation
from .registry import RULESETS

__all__ = ["MATTERS", "Matter", "Reservation", "TOPICS", "reserved_matters"]


@dataclass(frozen=True)
class Matter:
    """A matter the laws name. Which law reserves it to the council, or excludes call-in, each law's
    module says (:attr:`~orgmodel.rules.base.Ruleset.reserved`, ``no_call_in``); these read the registry."""

    code: str
    names: Text

    @property
    def council_only(self) -> dict[str, Reservation]:
        """Law id -> where that law reserves this matter to the council (registered laws only)."""
        return {law: rs.reserved[self.code] for law, rs in RULESETS.items() if self.code in rs.reserved}

    @property
    def no_call_in(self) -> dict[str, str]:
        """Law id -> the section that excludes calling in decisions on this matter."""
        return {law: rs.no_call_in[self.code] for law, rs in RULESETS.items() if self.code in rs.no_call_in}


#: Matters the laws name (the council-only lists of KL 14 § 2 mom and 611/2021 22 § 2 mom, the other
#: council-only sections, and the matters excluded from call-in); each law module says which apply to it.
MATTERS: dict[str, Matter] = {m.code: m for m in [
    Matter("strategy", Text(fi="strategia", sv="strategi", en="strategy")),
    Matter("administrative_regulations", Text(fi="hallintosääntö", sv="förvaltningsstadga",
                                              en="administrative regulations")),
    Matter("budget", Text(fi="talousarvio ja -suunnitelma", sv="budget och ekonomiplan",
                          en="budget and financial plan")),
    Matter("ownership_steering", Text(fi="omistajaohjauksen periaatteet ja konserniohje",
                                      sv="principerna för ägarstyrningen och koncerndirektiv",
                                      en="ownership-steering principles and group guideline")),
    Matter("enterprise_goals", Text(fi="liikelaitosten toiminnalliset ja taloudelliset tavoitteet",
                                    sv="affärsverkens verksamhetsmässiga och ekonomiska mål",
                                    en="operating and financial goals of business enterprises")),
    Matter("asset_management_principles", Text(fi="omaisuuden hallinnan, rahoituksen ja sijoitustoiminnan perusteet",
                                               sv="grunderna för förvaltningen av egendom, finansiering och "
                                                  "placeringsverksamhet",
                                               en="principles of asset management, financing and investment")),
    Matter("internal_control_principles", Text(fi="sisäisen valvonnan ja riskienhallinnan perusteet",
                                               sv="grunderna för intern kontroll och riskhantering",
                                               en="principles of internal control and risk management")),
    Matter("fee_principles", Text(fi="hinnoittelun yleiset perusteet", sv="allmänna grunder för avgifter",
                                  en="general principles of fees")),
    Matter("client_fees", Text(fi="sosiaali- ja terveydenhuollon asiakasmaksujen perusteet",
                               sv="grunderna för social- och hälsovårdens klientavgifter",
                               en="principles of social and health care client fees")),
    Matter("guarantees", Text(fi="vakuuden antaminen toisen velasta", sv="ställande av säkerhet för annans skuld",
                              en="guarantees for another party's debt")),
    Matter("body_elections", Text(fi="toimielinten jäsenten valinta", sv="val av ledamöter i organ",
                                  en="electing members of bodies")),
    Matter("official_benefits", Text(fi="luottamushenkilöiden taloudellisten etuuksien perusteet",
                                     sv="grunderna för de förtroendevaldas ekonomiska förmåner",
                                     en="principles of elected officials' financial benefits")),
    Matter("auditor_choice", Text(fi="tilintarkastajan valinta", sv="val av revisor",
                                  en="choosing the auditor")),
    Matter("accountable_officers", Text(fi="tilivelvollisten määrääminen", sv="bestämmande av redovisningsskyldiga",
                                        en="naming the accountable officers")),
    Matter("financial_statements", Text(fi="tilinpäätöksen hyväksyminen ja vastuuvapaus",
                                        sv="godkännande av bokslutet och beviljande av ansvarsfrihet",
                                        en="approving the financial statements and discharge")),
    Matter("name_and_arms", Text(fi="kunnan nimi ja vaakuna", sv="kommunens namn och vapen",
                                 en="name and coat of arms")),
    Matter("council_size", Text(fi="valtuutettujen lukumäärä", sv="antalet fullmäktigeledamöter",
                                en="number of councillors")),
    Matter("council_chairs", Text(fi="valtuuston puheenjohtajisto", sv="fullmäktiges presidium",
                                  en="council chair group")),
    Matter("dismissal_of_officials", Text(fi="luottamushenkilöiden erottaminen", sv="avsättande av förtroendevalda",
                                          en="dismissing elected officials")),
    Matter("director_election", Text(fi="johtajan valinta", sv="val av direktör",
                                     en="electing the director")),
    Matter("director_dismissal", Text(fi="johtajan irtisanominen tai siirtäminen",
                                      sv="uppsägning eller förflyttning av direktören",
                                      en="dismissing or transferring the director")),
    Matter("mayor_election", Text(fi="pormestarin valinta", sv="val av borgmästare", en="electing the mayor")),
    Matter("councillor_resignation", Text(fi="valtuutetun eron myöntäminen",
                                          sv="befrielse av fullmäktigeledamot från uppdraget",
                                          en="councillors' resignations")),
    Matter("full_time_pay", Text(fi="päätoimisten luottamushenkilöiden palkkiot",
                                 sv="arvoden till förtroendevalda på heltid",
                                 en="pay of full-time elected officials")),
    Matter("advisory_referendum", Text(fi="neuvoa-antava kansanäänestys", sv="rådgivande folkomröstning",
                                       en="advisory referendum")),
    Matter("budget_adoption", Text(fi="talousarvion hyväksyminen vuoden loppuun mennessä",
                                   sv="godkännande av budgeten före årets slut",
                                   en="adopting the budget by year end")),
    Matter("tax_rates", Text(fi="veroprosentit", sv="skattesatser", en="tax rates")),
    Matter("audit_committee", Text(fi="tarkastuslautakunnan asettaminen", sv="tillsättande av revisionsnämnden",
                                   en="setting up the audit committee")),
    Matter("audit_firm", Text(fi="tilintarkastusyhteisön valinta", sv="val av revisionssammanslutning",
                              en="choosing the audit firm")),
    Matter("rescue_service_level", Text(fi="pelastustoimen palvelutaso (613/2021 6 §)",
                                        sv="räddningsväsendets servicenivå (613/2021 6 §)",
                                        en="rescue-services service level (613/2021 6 §)")),
    # Matters whose decisions cannot be called in (KL 92 § 5 mom, 611/2021 97 § 5 mom): see each law's NO_CALL_IN.
    Matter("permit_supervision", Text(fi="lupa-, ilmoitus-, valvonta- ja toimitusmenettelyt",
                                      sv="tillstånds-, anmälnings-, tillsyns- och förrättningsförfaranden",
                                      en="permit, notification, supervision and survey procedures")),
    Matter("individual_social_health_care", Text(fi="yksilöä koskevat sosiaali- ja terveydenhuollon asiat",
                                                 sv="social- och hälsovårdsärenden som gäller enskilda",
                                                 en="individual social and health care matters")),
    Matter("individual_education", Text(fi="yksilöä koskevat opetusasiat",
                                        sv="undervisningsärenden som gäller enskilda",
                                        en="individual education matters")),
]}


def reserved_matters(law: str, on: date | None) -> dict[str, Reservation]:
    """Matter code -> reservation, for the matters the council alone decides under ``law`` on ``on``
    (in catalogue order)."""
    reserved = RULESETS[law].reserved
    return {code: reserved[code] for code in MATTERS if code in reserved and reserved[code].applies(on)}


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
    # administrative regulations (hallintosääntö): KL 90 §, 611/2021 95 §
    "delegation": Text(fi="toimivallan siirtäminen", sv="delegering av behörighet", en="delegation of powers"),
    "call_in_procedure": Text(fi="menettely otettaessa asia ylemmän toimielimen käsiteltäväksi",
                              sv="förfarandet när ett ärende tas upp till behandling i ett högre organ",
                              en="the procedure for calling a matter in to a higher body"),
    "administrative_language_rights": Text(fi="kielellisten oikeuksien toteutuminen hallinnossa",
                                           sv="de språkliga rättigheterna i förvaltningen",
                                           en="language rights in the administration"),
    "exceptional_conditions": Text(fi="hallinto, päätöksenteko ja valtuuston toiminta poikkeusoloissa ja "
                                      "normaaliolojen häiriötilanteissa",
                                   sv="förvaltning, beslutsfattande och fullmäktiges verksamhet under "
                                      "undantagsförhållanden och vid störningar under normala förhållanden",
                                   en="administration, decision-making and the council under exceptional conditions "
                                      "and disruptions"),
    "group_management": Text(fi="konsernijohto ja sen tehtävät", sv="koncernledningen och dess uppgifter",
                             en="the group management and its tasks"),
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
