"""Laki hyvinvointialueesta 611/2021 (Act on Wellbeing Services Counties): the ruleset.

Facts from ``shared/domain/statutes.md`` section 2 (original text of 29.6.2021 with 1056/2024 in
force from 1.1.2025), all [LT]. The 1056/2024 change that matters here (client fees no longer
reserved to the council) is dated in :mod:`orgmodel.rules.catalogue`.

>>> RULESET.rule("SIZE-HVA").params["tiers"][0]
(200000, 59)
"""

from __future__ import annotations

from datetime import date, timedelta

from ...text import Text
from ...vocab import ScopePart
from .. import completeness as c
from .. import delegation as d
from .. import duties as u
from .. import language as lg
from ..base import (
    ALL_ORG_TYPES,
    Law,
    Reservation,
    Rule,
    Ruleset,
    Stage,
    applying,
    cite,
    reservations,
)

ACT = "Laki hyvinvointialueesta 611/2021"
EQUALITY = "Tasa-arvolaki 609/1986"
ELECTIONS = "Vaalilaki 714/1998"

_COUNCIL = ("council",)

LAW = Law(
    id="fi/hyvinvointialuelaki-611-2021",
    titles={"fi": "Laki hyvinvointialueesta 611/2021", "sv": "Lag om välfärdsområden 611/2021",
            "en": "Act on Wellbeing Services Counties 611/2021"},
    aliases=("611/2021", "hva", "hyvinvointialuelaki", "hyvinvointialuelaki-611-2021"),
    valid_from=date(2021, 7, 1),
    family="county",
)
HVA = LAW.id


#: What the strategy must take into account (41 §) and the group guideline must cover (49 §): topic codes
#: of orgmodel.rules.catalogue.TOPICS.
STRATEGY_TOPICS = ("welfare", "services", "service_targets", "ownership_policy", "personnel_policy", "participation")
GROUP_GUIDELINE_TOPICS = ("group_planning", "group_supervision", "communication", "prior_position",
                          "intra_group_services", "subsidiary_boards", "good_governance", "preparedness")

#: Matters (orgmodel.rules.catalogue) that only the council decides under this law, with the section
#: (statutes.md 2.5 and 3.6).
RESERVED: dict[str, Reservation] = reservations({
    "strategy": "22 § 2 mom 1 kohta",
    "administrative_regulations": "22 § 2 mom 2 kohta",
    "budget": "22 § 2 mom 3 kohta",
    "ownership_steering": "22 § 2 mom 4 kohta",
    "enterprise_goals": "22 § 2 mom 5 kohta",
    "asset_management_principles": "22 § 2 mom 6 kohta",
    "internal_control_principles": "22 § 2 mom 7 kohta",
    "fee_principles": "22 § 2 mom 8 kohta",
    "guarantees": "22 § 2 mom 9 kohta",
    "body_elections": "22 § 2 mom 10 kohta",
    "official_benefits": "22 § 2 mom 11 kohta",
    "auditor_choice": "22 § 2 mom 12 kohta",
    "accountable_officers": "22 § 2 mom 13 kohta",
    "financial_statements": "22 § 2 mom 14 kohta",
    "council_size": "24 §",
    "council_chairs": "26 §",
    "dismissal_of_officials": "39 §",
    "director_election": "45 §",
    "director_dismissal": "47 §",
    "councillor_resignation": "75 §",
    "full_time_pay": "85 §",
    "advisory_referendum": "31 §",
    "budget_adoption": "115 §",
    "audit_committee": "125 §",
    "audit_firm": "126 §",
})
# 1056/2024 removed client fees from 22 § 2 mom 8 kohta from 1.1.2025
# (from 1.3.2022: 616/2021 1 § 2 mom applies 22 § from then)
RESERVED["client_fees"] = Reservation("22 § 2 mom 8 kohta", date(2022, 3, 1), date(2024, 12, 31))
# 613/2021 6 §: the aluevaltuusto decides the rescue-services service level (in force 1.1.2023: 616/2021 1 § 4 mom)
# (the matter's name cites 613/2021 6 §; 96 § 1 mom makes what another law gives the council non-delegable)
RESERVED["rescue_service_level"] = Reservation("96 § 1 mom", date(2023, 1, 1))

# --- when the rules apply (legal audit 2.3) ---------------------------------------------------------
#: Voimaanpanolaki 616/2021 1 § 2 mom: 16, 22, 26, 27 and 29–33 §, chapters 6–9 (35–73 §), 78–91, 113,
#: 114, 125 and 129 § and chapters 15–16 apply from 1.3.2022. The rest (24 §, 95–98 §, Vaalilaki
#: 12 a §) from the act's entry into force, 1.7.2021 (1 § 1 mom).
IMPLEMENTATION = "Voimaanpanolaki 616/2021"
COUNTIES_START = date(2022, 3, 1)
STAGES = (
    Stage(COUNTIES_START, cite(IMPLEMENTATION, "1 § 2 mom"), frozenset({
        "MAND-COUNCIL", "MAND-EXEC", "MAND-AUDIT", "MAND-DIRECTOR", "ADV-YOUTH", "ADV-ELDER", "ADV-DISAB", "LANG-HVA",
        "LL-BOARD", "AUDIT-CHAIR", "AUDIT-EXCL", "EXEC-MAJ", "JAOSTO-CHAIR", "DEPUTIES", "VALIOKUNTA-HVA",
        "MAYOR-HVA", "JAOSTO-PARENT-HVA", "YHTIOITTAMINEN", "INSTR-REQUIRED", "INSTR-ADOPT", "STRAT-HVA",
        "KONSERNIOHJE", "RESERVED-HVA", "DIRECTOR-DISMISS", "OWNERSHIP", "APPOINT", "INT-AUDIT",
        "LANG-BOARD-MEMBERS"})),
    # 612/2021 11 § in force 1.3.2022 (its plans due by 31.12.2022)
    Stage(COUNTIES_START, cite(IMPLEMENTATION, "1 § 3 mom"), frozenset({"STRAT-SOTE"})),
)
#: The part of the structure each rule is about (an out-of-scope part gives one "cannot check").
SCOPE = {"ADV-YOUTH": ScopePart.ADVOCACY_BODIES, "ADV-ELDER": ScopePart.ADVOCACY_BODIES,
         "ADV-DISAB": ScopePart.ADVOCACY_BODIES, "LL-BOARD": ScopePart.ENTERPRISES, "OWNERSHIP": ScopePart.GROUP,
         "KONSERNIOHJE": ScopePart.GROUP, "MAND-DIRECTOR": ScopePart.EXECUTIVE, "INT-AUDIT": ScopePart.EXECUTIVE}
#: Tasa-arvolaki 4 a § 1 mom names the bodies of hyvinvointiyhtymät: it binds a joint county authority too.
ORG_TYPES = {"GENDER-40": ALL_ORG_TYPES}

#: Hallintosääntö content (95 §): topic -> (section, required from). 95 § 4 mom was added by 200/2023 (in
#: force 1.3.2023; the hallintosääntö had to comply by 30.9.2023, its transitional provision).
REGULATIONS_TOPICS: dict[str, tuple[str, date | None]] = {
    "delegation": ("95 § 1 mom 2 kohta", None),
    "call_in_procedure": ("95 § 1 mom 2 kohta", None),
    "administrative_language_rights": ("95 § 2 mom", None),
    "exceptional_conditions": ("95 § 4 mom", date(2023, 9, 30)),
}
#: 24 §: (population up to, minimum councillors); None: no upper end.
SIZE_TIERS = [(200_000, 59), (400_000, 69), (600_000, 79), (None, 89)]
#: 616/2021 16 § 1 mom: the first council's term.
FIRST_TERM = (date(2022, 3, 1), date(2025, 5, 31))
SOTE_ACT = "Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021"

#: Rules added for issue 10 (kept apart from the older list so that both can grow).
ADDED_RULES = (
    Rule("PREP-COUNCIL", u.council_preparation, cite(ACT, "98 §"), "LT", severity="warning",
         params={"where": "611/2021 98 §"}),
    Rule("HS-CONTENT", u.required_content, cite(ACT, "95 § 1 mom 2 kohta", "95 § 2 mom", "95 § 4 mom"), "LT",
         params={**u.content_params("administrative_regulations", REGULATIONS_TOPICS), "act_short": "611/2021 "}),
    # the palvelustrategia is part of the hyvinvointialuestrategia
    Rule("STRAT-SOTE", u.required_content, cite(SOTE_ACT, "11 §"), "LT",
         params={**u.content_params("strategy", {"service_strategy": ("11 §", None)}), "act_short": "612/2021 "}),
    # "cannot check" when no unit is shown: the law requires the function, which need not be a unit of its own
    Rule("INT-AUDIT", u.internal_audit, cite(ACT, "43 § 1 mom 8 kohta", "51 §"), "LT"),
    # who sits on the language boards (LANG-HVA asks only that they exist): a code of its own, because it
    # reads other facts (minority_language, composition.language_groups, nominates) and may be suppressed apart
    Rule("LANG-BOARD-MEMBERS", lg.language_board_members, cite(ACT, "33 § 1 mom", "33 § 6 mom"), "LT",
         sections={"minority": "33 § 1 mom", "sami_members": "33 § 6 mom", "sami_nominees": "33 § 6 mom"}),
)

#: Matters whose decisions cannot be called in, with the section that says so.
NO_CALL_IN: dict[str, str] = {
    "permit_supervision": "97 § 5 mom",
    "individual_social_health_care": "97 § 5 mom",
}

RULESET = Ruleset(
    law=LAW,
    reserved=RESERVED,
    no_call_in=NO_CALL_IN,
    rules=applying((
        # --- mandatory bodies
        Rule("MAND-COUNCIL", c.mandatory_body, cite(ACT, "22 § 1 mom"), "LT",
             params={"kind": "council", "what": Text(fi="aluevaltuusto",
                                                     sv="välfärdsområdesfullmäktige",
                                                     en="county council")}),
        Rule("MAND-EXEC", c.mandatory_body, cite(ACT, "35 § 1 mom"), "LT",
             params={"kind": "executive_board", "what": Text(fi="aluehallitus",
                                                             sv="välfärdsområdesstyrelse",
                                                             en="county executive board")}),
        Rule("MAND-AUDIT", c.mandatory_body, cite(ACT, "35 § 1 mom", "125 §"), "LT",
             params={"kind": "audit_committee", "what": Text(fi="tarkastuslautakunta",
                                                             sv="revisionsnämnd",
                                                             en="audit committee")}),
        Rule("MAND-DIRECTOR", c.chief_executive, cite(ACT, "42 §", "45 §"), "LT",
             params={"types": ["director"], "what": Text(fi="hyvinvointialuejohtaja",
                                                         sv="välfärdsområdesdirektör",
                                                         en="county director")}),
        Rule("ELEC-BODY", c.election_board, cite(ELECTIONS, "12 a §"), "LT",
             params={"parents": ["council"], "what": Text(fi="aluevaalilautakunta",
                                                          sv="välfärdsområdesvalnämnd",
                                                          en="county election board")}),
        Rule("ADV-YOUTH", c.advocacy_bodies, cite(ACT, "32 §"), "LT", params={"types": ["youth"]}),
        Rule("ADV-ELDER", c.advocacy_bodies, cite(ACT, "32 §"), "LT", params={"types": ["elderly"]}),
        Rule("ADV-DISAB", c.advocacy_bodies, cite(ACT, "32 §"), "LT", params={"types": ["disability"]}),
        Rule("LANG-HVA", c.language_boards, cite(ACT, "33 § 1 mom", "33 § 6 mom"), "LT",
             sections={"national": "33 § 1 mom", "sami": "33 § 6 mom"}),
        Rule("LL-BOARD", c.enterprise_bodies, cite(ACT, "71 § 1 mom", "72 §"), "LT", params={"director": True}),
        # --- size, composition, eligibility
        # 24 § from 1.7.2021 (616/2021 1 § 1 mom: for the 2022 elections); the first council, 1.3.2022–31.5.2025,
        # was elected at exactly the minimum, the population counted on 31.8.2021 (616/2021 16 § 1 mom)
        Rule("SIZE-HVA", c.council_size, cite(ACT, "24 §"), "LT", valid_to=FIRST_TERM[0] - timedelta(days=1),
             params={"tiers": SIZE_TIERS, "odd": True}),
        Rule("SIZE-HVA", c.council_size, cite(IMPLEMENTATION, "16 § 1 mom"), "LT",
             valid_from=FIRST_TERM[0], valid_to=FIRST_TERM[1], dated_by=cite(IMPLEMENTATION, "16 § 1 mom"),
             params={"tiers": SIZE_TIERS, "exact": "1.3.2022–31.5.2025", "counted_on": date(2021, 8, 31)},
             hint=Text(fi="Ensimmäisellä valtuustokaudella paikkoja on täsmälleen vähimmäismäärä ({minimum}) "
                          "31.8.2021 asukasluvun mukaan: aseta seats ja population (date: 2021-08-31).",
                       sv="Under den första fullmäktigeperioden är antalet platser exakt minimiantalet ({minimum}) "
                          "enligt invånarantalet 31.8.2021: ange seats och population (date: 2021-08-31).",
                       en="In the first council term the seats are exactly the minimum ({minimum}) by the population "
                          "on 31.8.2021: set seats, and population with date: 2021-08-31.")),
        Rule("SIZE-HVA", c.council_size, cite(ACT, "24 §"), "LT", valid_from=FIRST_TERM[1] + timedelta(days=1),
             params={"tiers": SIZE_TIERS, "odd": True}),
        Rule("AUDIT-CHAIR", c.audit_chairs, cite(ACT, "125 §"), "LT"),
        Rule("AUDIT-EXCL", c.audit_exclusions, cite(ACT, "80 §"), "LT"),
        Rule("EXEC-MAJ", c.executive_majority, cite(ACT, "78 § 3 mom"), "LT"),
        Rule("JAOSTO-CHAIR", c.subcommittee_chair, cite(ACT, "36 § 2 mom"), "LT"),
        Rule("DEPUTIES", c.personal_deputies, cite(ACT, "36 § 3 mom"), "LT"),
        # the university of a university-hospital county: at most two, not on the council or audit committee
        Rule("UNIV-HVA", c.university_nominees, cite(ACT, "95 § 3 mom"), "LT",
             params={"most": 2, "forbidden": ["council", "audit_committee"]}),
        Rule("GENDER-40", c.gender_balance, cite(EQUALITY, "4 a § 1 mom"), "LT", params={"deputies": True}),
        Rule("GENDER-COMPANY", c.company_gender, cite(EQUALITY, "4 a § 2 mom"), "LT", severity="warning"),
        # --- which bodies the law allows
        # county councils do work with committees: as preparatory working bodies of the council (a note);
        # giving one power is the error (35 § 2 mom, 96 § 1 mom)
        Rule("VALIOKUNTA-HVA", c.committees, cite(ACT, "35 § 2 mom", "40 §", "96 § 1 mom"), "LT",
             params={"allowed": False},
             hint=Text(fi="Anna toimivalta lautakunnalle (kind: board), jaostolle tai aluehallitukselle, ja pidä "
                          "valiokunta valmistelevana (committee_role: preparatory). Jos se on tilapäinen valiokunta "
                          "(40 §), kirjaa se suppressions-kohtaan perusteluineen.",
                       sv="Ge behörigheten till en nämnd (kind: board), en sektion eller välfärdsområdesstyrelsen, och "
                          "håll utskottet beredande (committee_role: preparatory). Om det är ett tillfälligt utskott "
                          "(40 §), anteckna det under suppressions med motivering.",
                       en="Give the power to a board (kind: board), a subcommittee or the executive board, and keep "
                          "the committee preparatory (committee_role: preparatory). If it is a temporary committee "
                          "(40 §), record that under suppressions with the reason.")),
        Rule("MAYOR-HVA", c.mayor_model, cite(ACT, "42 §", "45 §"), "LT", params={"allowed": False},
             hint=Text(fi="Hyvinvointialuetta johtaa hyvinvointialuejohtaja: käytä executive_type: director.",
                       sv="Välfärdsområdet leds av välfärdsområdesdirektören: använd executive_type: director.",
                       en="A county is led by the county director: use executive_type: director.")),
        Rule("JAOSTO-PARENT-HVA", c.subcommittee_parent, cite(ACT, "35 § 2 mom 3 kohta"), "LT",
             params={"parents": ["executive_board", "board", "enterprise_board"]}),
        # a warning: 132 § lists exceptions (in-house, minor activity, ...) that the model cannot record
        Rule("YHTIOITTAMINEN", c.corporatisation, cite(ACT, "131 §", "132 §"), "LT", severity="warning",
             params={"exceptions": "132 §"}),
        # --- instruments
        # the duty to have each comes from its own section (legal audit 2.1; 14 § / 22 § say who decides)
        Rule("INSTR-REQUIRED", c.instruments_required, cite(ACT, "41 §", "95 §", "115 §", "49 §"), "LT",
             params={"kinds": {"strategy": "41 §", "administrative_regulations": "95 §", "budget": "115 §",
                                "group_guideline": "49 §"}}),
        Rule("INSTR-ADOPT", c.instruments_adopted, cite(ACT, "22 § 2 mom 1–4 kohta"), "LT",
             params={"kinds": ["strategy", "administrative_regulations", "budget", "group_guideline",
                               "ownership_policy"]}),
        Rule("STRAT-HVA", c.content_topics, cite(ACT, "41 §"), "LT",
             params={"kind": "strategy", "topics": STRATEGY_TOPICS, "language_topic": True}),
        Rule("KONSERNIOHJE", c.content_topics, cite(ACT, "49 §"), "LT",
             params={"kind": "group_guideline", "topics": GROUP_GUIDELINE_TOPICS}),
        # --- powers and delegation
        Rule("RESERVED-HVA", d.reserved_to_council, cite(ACT, "22 § 2 mom", "96 § 1 mom"), "LT",
             params={"exclude": ["director_dismissal"], "no_delegation": "96 § 1 mom"}),
        Rule("DIRECTOR-DISMISS", d.reserved_to_council, cite(ACT, "47 §", "96 § 1 mom"), "LT",
             params={"only": ["director_dismissal"], "no_delegation": "96 § 1 mom"},
             hint=Text(fi="Hyvinvointialuejohtajan irtisanomisesta päättää aluevaltuusto vähintään 2/3 enemmistöllä "
                          "kaikista valtuutetuista: anna toimivalta valtuustolle.",
                       sv="Om uppsägning av välfärdsområdesdirektören beslutar välfärdsområdesfullmäktige med minst "
                          "2/3 majoritet av alla fullmäktigeledamöter: ge behörigheten till fullmäktige.",
                       en="The council decides on dismissing the director, by at least 2/3 of all councillors: make "
                          "the council the holder.")),
        Rule("DELEG-VIA-HS", d.delegation_via_regulations, cite(ACT, "96 § 1 mom"), "LT"),
        Rule("SUBDELEG-DEPTH", d.delegation_depth, cite(ACT, "96 § 2 mom"), "LT", params={"max_hops": 2}),
        Rule("DELEG-NOT-HELD", d.delegation_not_held, cite(ACT, "96 § 1 mom", "96 § 2 mom"), "LT"),
        Rule("DELEG-CYCLE", d.delegation_cycle, cite(ACT, "96 § 2 mom"), "LT", severity="warning"),
        Rule("CALLIN", d.call_in, cite(ACT, "97 § 1 mom", "97 § 2 mom", "97 § 3 mom", "97 § 5 mom"), "LT",
             params={"par": "97 §"}),
        Rule("OWNERSHIP", d.ownership_steering, cite(ACT, "43 § 1 mom 6 kohta", "50 §"), "LT", severity="warning"),
        Rule("APPOINT", d.appointments, cite(ACT, "22 § 2 mom 10 kohta", "125 §"), "LT",
             params={"audit_parent": "125 §", "skip_sources": ["university"], "table": {
                 "executive_board": (_COUNCIL, "22 § 2 mom 10 kohta"),
                 "board": (_COUNCIL, "22 § 2 mom 10 kohta"),
                 "audit_committee": (_COUNCIL, "125 §"),
                 "election_board": (_COUNCIL, "12 a §", ELECTIONS),
                 "advocacy_body:youth": (("executive_board",), "32 §"),
                 "advocacy_body:elderly": (("executive_board",), "32 §"),
                 "advocacy_body:disability": (("executive_board",), "32 §"),
                 "executive:director": (_COUNCIL, "45 §"),
                 # the liikelaitos director: the council, unless the hallintosääntö says otherwise (72 § 2 mom)
                 "enterprise_director": (("council", "executive_board", "board", "enterprise_board"), "72 § 2 mom"),
                 "enterprise_board": (("council", "executive_board", "board"), "36 § 1 mom"),
                 "subcommittee": (("council", "executive_board", "board", "enterprise_board"), "36 §"),
                 "commission": (("council", "executive_board", "board", "enterprise_board"), "35 § 3 mom"),
             }}),
    ) + ADDED_RULES, stages=STAGES, scope=SCOPE, org_types=ORG_TYPES),
)
