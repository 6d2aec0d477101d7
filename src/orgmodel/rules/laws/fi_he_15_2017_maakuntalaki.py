"""The draft Regional Government Act (maakuntalaki, government bill HE 15/2017 vp): the ruleset.

The bill lapsed in 2019 and its text could not be read (``shared/domain/statutes.md`` section 1):
every rule here rests on secondary summaries [SEC] or is unconfirmed [UNC], so none raises more
than a warning, and every finding carries the ruleset's caveat. Section numbers are given only
where a source gives one (35 §, strategy); otherwise the citation names the source read.

>>> RULESET.rule("SIZE-ML").confidence
'SEC'
>>> RULESET.rule("SIZE-ML").effective_severity
'warning'
"""

from __future__ import annotations

from datetime import date

from ...text import Text
from ...vocab import ScopePart
from .. import completeness as c
from .. import delegation as d
from ..base import Law, Reservation, Rule, Ruleset, applying, cite, reservations

ACT = "HE 15/2017 vp (maakuntalaki, luonnos)"

PAATOKSENTEKO = "https://alueuudistus.fi/paatoksenteko"
ELECTION_SITES = "https://vaalit.fi/sv/landskapsval; https://alueuudistus.fi/maakuntavaalit"
ADVOCACY_NEWS = ("https://www.ymparisto.fi/fi-FI/Asuminen/Ikaantyneiden_asuminen/Uutisarkisto/2018/"
                 "Opas_maakunnallisen_vanhusneuvoston_peru(46457)")
LANGUAGE_GUIDE = ("https://docplayer.fi/amp/114046334-Opas-maakunnan-vahemmistokielen-vaikuttamistoimielimen-"
                  "ja-saamen-kielen-vaikuttamistoimielimen-toimintaan.html")
ETELA_SAVO = "https://www.etela-savo.fi/maakuntavaltuusto"
KIMPASSA = "https://kimpassa-allihopa.fi/sv/nyheter/millainen-on-varsinais-suomen-tuleva-maakuntavaltuusto/"
STRATEGY_PAGE = ("https://www.uusimaa2019.fi/uusimaa2019.fi/valmistelualueet/strategia_ja_kehittaminen/strategia")
ASSUMED_AS_KL = ("oletus: kuten kuntalaki 91 § (lakiesityksen tekstiä ei luettu) / "
                 "assumed as kuntalaki 91 § (bill text not read)")

_COUNCIL = ("council",)

# The bill lapsed in 2019 (statutes.md section 1), hence "raukesi" / "förföll" / "lapsed" in the titles;
# the Swedish version of the bill is RP 15/2017 rd, whose proposed act is the landskapslag.
LAW = Law(
    id="fi/maakuntalaki-he-15-2017",
    titles={"fi": "Maakuntalaki (HE 15/2017 vp, raukesi)", "sv": "Landskapslag (RP 15/2017 rd, förföll)",
            "en": "Regional Government Act (bill HE 15/2017, lapsed)"},
    aliases=("maakuntalaki", "ml", "he15/2017", "he 15/2017", "he-15-2017", "maakuntalaki-he-15-2017"),
    valid_from=date(2017, 3, 2),  # the day the bill was given to Parliament [SEC]
    caveat=Text(fi="HE 15/2017 vp on rauennut lakiesitys, joka tunnetaan vain toissijaisista lähteistä.",
                sv="RP 15/2017 rd är en proposition som förföll och som här är känd endast från sekundära källor.",
                en="HE 15/2017 is a lapsed bill, known here only from secondary sources."),
    family="bill",
)
ML = LAW.id


#: What the strategy would take into account under the bill (35 §) [SEC]: topic codes of
#: orgmodel.rules.catalogue.TOPICS.
STRATEGY_TOPICS = ("welfare", "services", "service_strategy", "service_promise")

#: Matters (orgmodel.rules.catalogue) that only the council would decide under the bill; the list is from
#: alueuudistus.fi/paatoksenteko [SEC] and names no sections (None: not verified).
RESERVED: dict[str, Reservation] = reservations({
    "strategy": None,
    "administrative_regulations": None,
    "budget": None,
    "ownership_steering": None,
})
NO_CALL_IN: dict[str, str] = {}

#: The part of the structure each rule is about (an out-of-scope part gives one "cannot check").
SCOPE = {"ADV-ML": ScopePart.ADVOCACY_BODIES, "LANG-ML": ScopePart.ADVOCACY_BODIES, "LL-BOARD": ScopePart.ENTERPRISES,
         "MAND-DIRECTOR": ScopePart.EXECUTIVE}

RULESET = Ruleset(
    law=LAW,
    reserved=RESERVED,
    no_call_in=NO_CALL_IN,
    rules=applying((
        Rule("MAND-COUNCIL", c.mandatory_body, cite(ACT, source=PAATOKSENTEKO), "SEC",
             params={"kind": "council", "what": Text(fi="maakuntavaltuusto",
                                                     sv="landskapsfullmäktige",
                                                     en="regional council")}),
        Rule("MAND-EXEC", c.mandatory_body, cite(ACT, source=PAATOKSENTEKO), "SEC",
             params={"kind": "executive_board", "what": Text(fi="maakuntahallitus",
                                                             sv="landskapsstyrelse",
                                                             en="regional executive board")}),
        Rule("MAND-DIRECTOR", c.chief_executive, cite(ACT, source=PAATOKSENTEKO), "SEC",
             params={"types": ["director"], "what": Text(fi="maakuntajohtaja",
                                                         sv="landskapsdirektör",
                                                         en="regional director")}),
        Rule("SIZE-ML", c.council_size, cite(ACT, source=ELECTION_SITES), "SEC",
             params={"tiers": [(200_000, 59), (400_000, 69), (600_000, 79), (800_000, 89), (None, 99)],
                     "odd": False}),
        Rule("ADV-ML", c.advocacy_bodies, cite(ACT, source=ADVOCACY_NEWS), "SEC",
             params={"types": ["elderly", "youth", "disability"]}),
        Rule("LANG-ML", c.language_advocacy, cite(ACT, source=LANGUAGE_GUIDE), "SEC"),
        Rule("LL-BOARD", c.enterprise_bodies, cite(ACT, source=ETELA_SAVO), "SEC", params={"director": False},
             hint=Text(fi="Lisää johtokunta (kind: enterprise_board, parent: <liikelaitoksen id>).",
                       sv="Lägg till en direktion (kind: enterprise_board, parent: <affärsverkets id>).",
                       en="Add a board (kind: enterprise_board, parent: <enterprise id>).")),
        Rule("MAYOR-ML", c.mayor_model, cite(ACT, source=PAATOKSENTEKO), "UNC", params={"allowed": False},
             messages={"forbidden": Text(fi="{name} on {kind_label}; lakiesityksen tiivistelmät tuntevat vain "
                                            "maakuntajohtajan, eikä pormestarimallista löytynyt näyttöä.",
                                         sv="{name} är {kind_label}; sammanfattningarna av propositionen beskriver "
                                            "endast en landskapsdirektör, och inga belägg för en borgmästarmodell "
                                            "hittades.",
                                         en="{name} is a {kind_label}; summaries of the bill describe only a regional "
                                            "director, and no evidence of a mayor model was found.")},
             hint=Text(fi="Käytä executive_type: director (maakuntajohtaja), tai kirjaa perustelu "
                          "suppressions-kohtaan.",
                       sv="Använd executive_type: director (landskapsdirektör), eller anteckna motiveringen under "
                          "suppressions.",
                       en="Use executive_type: director (regional director), or record the reason under "
                          "suppressions.")),
        Rule("GENDER-ML", c.gender_balance, cite(ACT, source=KIMPASSA), "SEC",
             params={"kinds": ["executive_board"], "share": 0.4},
             messages={"share": Text(fi="Maakuntahallituksessa {name} on {women} naista ja {men} miestä; sukupuolten "
                                        "tasapuolisen edustuksen vaatimus koski hallitusta (raja {percent} % "
                                        "tasa-arvolain mukaan; esityksen sanamuotoa ei tunneta).",
                                     sv="Landskapsstyrelsen {name} har {women} kvinnor och {men} män; kravet på jämn "
                                        "könsfördelning gällde styrelsen (gränsen {percent} % som i "
                                        "jämställdhetslagen; propositionens ordalydelse är okänd).",
                                     en="Executive board {name} has {women} women and {men} men; the bill's "
                                        "gender-balance requirement covered the executive board (limit {percent} % as "
                                        "in the Equality Act; the bill's wording is unknown).")}),
        Rule("INSTR-REQUIRED", c.instruments_required, cite(ACT, source=PAATOKSENTEKO), "SEC",
             params={"kinds": ["strategy", "administrative_regulations", "budget"]}),
        Rule("INSTR-ADOPT", c.instruments_adopted, cite(ACT, source=PAATOKSENTEKO), "SEC",
             params={"kinds": ["strategy", "administrative_regulations", "budget"]}),
        Rule("STRAT-ML", c.content_topics, cite(ACT, "35 §", source=STRATEGY_PAGE), "SEC",
             params={"kind": "strategy", "topics": STRATEGY_TOPICS}),
        Rule("RESERVED-ML", d.reserved_to_council, cite(ACT, source=f"{PAATOKSENTEKO}; {KIMPASSA}"), "SEC"),
        Rule("APPOINT", d.appointments, cite(ACT, source=f"{PAATOKSENTEKO}; {ETELA_SAVO}"), "SEC",
             params={"table": {
                 "executive_board": (_COUNCIL, "alueuudistus.fi"),
                 "board": (_COUNCIL, "alueuudistus.fi"),
                 "committee": (_COUNCIL, "alueuudistus.fi"),
                 "enterprise_board": (_COUNCIL, "etela-savo.fi"),
                 "executive:director": (_COUNCIL, "alueuudistus.fi"),
             }}),
        Rule("DELEG-NOT-HELD", d.delegation_not_held, cite(ACT, source=ASSUMED_AS_KL), "UNC"),
        Rule("DELEG-CYCLE", d.delegation_cycle, cite(ACT, source=ASSUMED_AS_KL), "UNC", severity="warning"),
        Rule("DELEG-PREP", d.preparatory_committee, cite(ACT, source=ASSUMED_AS_KL), "UNC", severity="info"),
    ), scope=SCOPE),
)
