"""Kuntalaki 410/2015 (Local Government Act), as amended up to 780/2023: the ruleset.

Every entry is a fact of ``shared/domain/statutes.md`` section 3 (and 4 for the Equality and
Election Acts), all read in the legal text [LT]. Section numbers follow that file.

>>> RULESET.rule("SIZE-KL").citation.section_text
'16 §'
"""

from __future__ import annotations

from datetime import date

from ...text import Text
from ...vocab import ScopePart
from .. import completeness as c
from .. import delegation as d
from .. import duties as u
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

ACT = "Kuntalaki 410/2015"
EQUALITY = "Tasa-arvolaki 609/1986"
ELECTIONS = "Vaalilaki 714/1998"
EQUALITY_657_2021 = date(2021, 7, 1)  # 4 a § as replaced by 657/2021
EQUALITY_232_2005 = "Tasa-arvolaki 609/1986 (232/2005)"  # 4 a § as amended by 232/2005, until 30.6.2021
AMENDED_232_2005 = "Laki tasa-arvolain muuttamisesta 232/2005 (voimaan 1.6.2005)"
AMENDED_657_2021 = "Laki tasa-arvolain muuttamisesta 657/2021 (voimaan 1.7.2021)"

_COUNCIL = ("council",)
_ORGANS = ("council", "executive_board", "board", "committee", "enterprise_board")

LAW = Law(
    id="fi/kuntalaki-410-2015",
    titles={"fi": "Kuntalaki 410/2015", "sv": "Kommunallag 410/2015", "en": "Local Government Act 410/2015"},
    aliases=("kuntalaki", "kl", "410/2015", "kuntalaki-410-2015"),
    valid_from=date(2015, 5, 1),
    family="municipal",
)
KL = LAW.id


#: What the strategy must take into account (37 §) and the group guideline must cover (47 §): topic codes
#: of orgmodel.rules.catalogue.TOPICS.
STRATEGY_TOPICS = ("welfare", "services", "service_targets", "ownership_policy", "personnel_policy", "participation",
                   "living_environment_vitality")
GROUP_GUIDELINE_TOPICS = ("group_planning", "group_supervision", "communication", "prior_position",
                          "intra_group_services", "subsidiary_boards", "good_governance")

#: Matters (orgmodel.rules.catalogue) that only the council decides under this law, with the section
#: (statutes.md 2.5 and 3.6).
RESERVED: dict[str, Reservation] = reservations({
    "strategy": "14 § 2 mom 1 kohta",
    "administrative_regulations": "14 § 2 mom 2 kohta",
    "budget": "14 § 2 mom 3 kohta",
    "ownership_steering": "14 § 2 mom 4 kohta",
    "enterprise_goals": "14 § 2 mom 5 kohta",
    "asset_management_principles": "14 § 2 mom 6 kohta",
    "internal_control_principles": "14 § 2 mom 7 kohta",
    "fee_principles": "14 § 2 mom 8 kohta",
    "guarantees": "14 § 2 mom 9 kohta",
    "body_elections": "14 § 2 mom 10 kohta",
    "official_benefits": "14 § 2 mom 11 kohta",
    "auditor_choice": "14 § 2 mom 12 kohta",
    "financial_statements": "14 § 2 mom 13 kohta",
    "name_and_arms": "4 §",
    "council_size": "16 §",
    "council_chairs": "18 §",
    "dismissal_of_officials": "34 §",
    "director_election": "41 §",
    "director_dismissal": "43 §",
    "mayor_election": "44 §",
    "councillor_resignation": "70 §",
    "full_time_pay": "80 §",
    "budget_adoption": "110 §",
    "tax_rates": "111 §",
    "audit_committee": "121 §",
    "audit_firm": "122 §",
})

#: Matters whose decisions cannot be called in, with the section that says so.
NO_CALL_IN: dict[str, str] = {
    "permit_supervision": "92 § 5 mom",
    "individual_social_health_care": "92 § 5 mom",
    "individual_education": "92 § 5 mom",
}

# 24 § (advisory referendum) and 5 § (coat of arms) are the council's too (legal audit 4, item 22)
RESERVED["advisory_referendum"] = Reservation("24 §")
RESERVED["name_and_arms"] = Reservation("4 §, 5 §")

# --- when the rules apply (legal audit 2.3) ---------------------------------------------------------
#: 147 § 1 mom: chapters 4–7 (14–48 §), 59 §, 60 § 2 mom, 64 § 4 mom and chapters 10 (69–86 §),
#: 12 (90–109 §) and 16 apply from the start of the term of the council elected in 2017 (1.6.2017);
#: 147 § 2 mom: 16 § first for the council elected in 2017. Not staged: LL-BOARD (chapter 9),
#: YHTIOITTAMINEN (chapter 15), AUDIT-CHAIR (121 §, chapter 14), ELEC-BODY (Vaalilaki) and the
#: Equality Act rules.
COUNCIL_TERM_2017 = date(2017, 6, 1)
STAGES = (
    Stage(COUNCIL_TERM_2017, cite(ACT, "147 § 2 mom"), frozenset({"SIZE-KL"})),
    Stage(COUNCIL_TERM_2017, cite(ACT, "147 § 1 mom"), frozenset({
        "MAND-COUNCIL", "MAND-EXEC", "MAND-AUDIT", "MAND-DIRECTOR", "ADV-YOUTH", "ADV-ELDER", "ADV-DISAB", "LANG-KL",
        "AUDIT-EXCL", "EXEC-MAJ", "JAOSTO-CHAIR", "DEPUTIES", "VALIOKUNTA", "MAYOR", "JAOSTO-PARENT",
        "INSTR-REQUIRED", "INSTR-ADOPT", "STRAT-KL", "KONSERNIOHJE", "RESERVED-KL", "DIRECTOR-DISMISS",
        "DELEG-VIA-HS", "SUBDELEG-DEPTH", "DELEG-NOT-HELD", "DELEG-CYCLE", "DELEG-PREP", "COERCION", "CALLIN",
        "OWNERSHIP", "APPOINT", "PREP-COUNCIL", "HS-CONTENT", "EXEC-CHAIR"})),
    Stage(EQUALITY_657_2021, cite(AMENDED_657_2021), frozenset({"GENDER-40", "GENDER-COMPANY"})),
)
#: The part of the structure each rule is about (an out-of-scope part gives one "cannot check").
SCOPE = {"ADV-YOUTH": ScopePart.ADVOCACY_BODIES, "ADV-ELDER": ScopePart.ADVOCACY_BODIES,
         "ADV-DISAB": ScopePart.ADVOCACY_BODIES, "LL-BOARD": ScopePart.ENTERPRISES, "OWNERSHIP": ScopePart.GROUP,
         "KONSERNIOHJE": ScopePart.GROUP, "MAND-DIRECTOR": ScopePart.EXECUTIVE}
#: Tasa-arvolaki 4 a § 1 mom names the bodies of inter-municipal cooperation: it binds a kuntayhtymä too.
ORG_TYPES = {"GENDER-40": ALL_ORG_TYPES}

#: Hallintosääntö content (90 §): topic -> (section, required from). 90 § 3 mom was added by 199/2023 (in
#: force 1.3.2023; the hallintosääntö had to comply by 30.9.2023, its transitional provision).
REGULATIONS_TOPICS: dict[str, tuple[str, date | None]] = {
    "delegation": ("90 § 1 mom 2 kohta", None),
    "call_in_procedure": ("90 § 1 mom 2 kohta", None),
    "administrative_language_rights": ("90 § 2 mom", None),
    "exceptional_conditions": ("90 § 3 mom", date(2023, 9, 30)),
}

#: Rules added for issue 10 (kept apart from the older list so that both can grow).
ADDED_RULES = (
    # 4 a § as amended by 232/2005 (in force 1.6.2005): the same 40 % and "balanced" rules, until 657/2021
    Rule("GENDER-40", c.gender_balance, cite(EQUALITY_232_2005, "4 a § 1 mom"), "LT", params={"deputies": True},
         valid_to=date(2021, 6, 30),
         dated_by=cite(AMENDED_232_2005)),
    Rule("GENDER-COMPANY", c.company_gender, cite(EQUALITY_232_2005, "4 a § 2 mom"), "LT", severity="warning",
         valid_to=date(2021, 6, 30),
         dated_by=cite(AMENDED_232_2005)),
    Rule("PREP-COUNCIL", u.council_preparation, cite(ACT, "93 §"), "LT", severity="warning",
         params={"where": "KL 93 §"}),
    Rule("EXEC-CHAIR", u.mayor_chairs_board, cite(ACT, "44 § 1 mom"), "LT", params={"where": "KL 44 § 1 mom"}),
    Rule("HS-CONTENT", u.required_content, cite(ACT, "90 § 1 mom 2 kohta", "90 § 2 mom", "90 § 3 mom"), "LT",
         params={**u.content_params("administrative_regulations", REGULATIONS_TOPICS), "act_short": "KL "}),
)

RULESET = Ruleset(
    law=LAW,
    reserved=RESERVED,
    no_call_in=NO_CALL_IN,
    rules=applying((
        # --- mandatory bodies
        Rule("MAND-COUNCIL", c.mandatory_body, cite(ACT, "14 § 1 mom"), "LT",
             params={"kind": "council", "what": Text(fi="valtuusto", sv="fullmäktige", en="council")}),
        Rule("MAND-EXEC", c.mandatory_body, cite(ACT, "30 § 1 mom"), "LT",
             params={"kind": "executive_board", "what": Text(fi="kunnanhallitus",
                                                             sv="kommunstyrelse",
                                                             en="municipal executive board")}),
        Rule("MAND-AUDIT", c.mandatory_body, cite(ACT, "30 § 1 mom", "121 §"), "LT",
             params={"kind": "audit_committee", "what": Text(fi="tarkastuslautakunta",
                                                             sv="revisionsnämnd",
                                                             en="audit committee")}),
        Rule("MAND-DIRECTOR", c.chief_executive, cite(ACT, "38 §"), "LT",
             params={"types": ["director", "mayor"], "what": Text(fi="kunnanjohtaja tai pormestari",
                                                                  sv="kommundirektör eller borgmästare",
                                                                  en="municipal director or mayor")}),
        Rule("ELEC-BODY", c.election_board, cite(ELECTIONS, "13 §", "15 §"), "LT",
             sections={"missing": "13 §", "seats": "13 §"},
             params={"parents": ["council", "executive_board"],
                     "what": Text(fi="keskusvaalilautakunta", sv="centralvalnämnd", en="central election board")}),
        Rule("ADV-YOUTH", c.advocacy_bodies, cite(ACT, "26 §"), "LT", params={"types": ["youth"]}),
        Rule("ADV-ELDER", c.advocacy_bodies, cite(ACT, "27 §"), "LT", params={"types": ["elderly"]}),
        Rule("ADV-DISAB", c.advocacy_bodies, cite(ACT, "28 §"), "LT", params={"types": ["disability"]}),
        Rule("LANG-KL", c.bilingual_education, cite(ACT, "30 § 4 mom"), "LT"),
        Rule("LL-BOARD", c.enterprise_bodies, cite(ACT, "67 § 1 mom", "68 §"), "LT", params={"director": True}),
        # --- size, composition, eligibility
        Rule("SIZE-KL", c.council_size, cite(ACT, "16 §"), "LT",
             params={"tiers": [(5_000, 13), (20_000, 27), (50_000, 43), (100_000, 51), (250_000, 59),
                               (500_000, 67), (None, 79)], "odd": True}),
        Rule("AUDIT-CHAIR", c.audit_chairs, cite(ACT, "121 §"), "LT"),
        Rule("AUDIT-EXCL", c.audit_exclusions, cite(ACT, "75 §"), "LT"),
        Rule("EXEC-MAJ", c.executive_majority, cite(ACT, "73 § 3 mom"), "LT"),
        Rule("JAOSTO-CHAIR", c.subcommittee_chair, cite(ACT, "31 § 2 mom"), "LT"),
        Rule("DEPUTIES", c.personal_deputies, cite(ACT, "31 § 3 mom"), "LT"),
        Rule("GENDER-40", c.gender_balance, cite(EQUALITY, "4 a § 1 mom"), "LT", params={"deputies": True},
             valid_from=EQUALITY_657_2021),
        Rule("GENDER-COMPANY", c.company_gender, cite(EQUALITY, "4 a § 2 mom"), "LT", severity="warning",
             valid_from=EQUALITY_657_2021),
        # --- which bodies the law allows
        Rule("VALIOKUNTA", c.committees, cite(ACT, "30 § 2 mom 1 kohta", "31 § 1 mom 1 kohta"), "LT",
             params={"allowed": True}),
        Rule("MAYOR", c.mayor_model, cite(ACT, "38 § 3 mom", "44 §", "45 §"), "LT", params={"allowed": True},
             sections={"deputy_without_mayor": "45 § 1 mom", "mayor_and_director": "38 § 3 mom"}),
        Rule("JAOSTO-PARENT", c.subcommittee_parent, cite(ACT, "30 § 2 mom 3 kohta"), "LT",
             params={"parents": ["executive_board", "board", "committee", "enterprise_board"]}),
        # a warning: 127 § lists exceptions (in-house, minor activity, ...) that the model cannot record
        Rule("YHTIOITTAMINEN", c.corporatisation, cite(ACT, "126 §", "127 §"), "LT", severity="warning",
             params={"exceptions": "127 §"}),
        # --- instruments
        # the duty to have each comes from its own section (legal audit 2.1; 14 § / 22 § say who decides)
        Rule("INSTR-REQUIRED", c.instruments_required, cite(ACT, "37 §", "90 §", "110 §", "47 §"), "LT",
             params={"kinds": {"strategy": "37 §", "administrative_regulations": "90 §", "budget": "110 §",
                                "group_guideline": "47 §"}}),
        Rule("INSTR-ADOPT", c.instruments_adopted, cite(ACT, "14 § 2 mom 1–4 kohta"), "LT",
             params={"kinds": ["strategy", "administrative_regulations", "budget", "group_guideline",
                               "ownership_policy"]}),
        Rule("STRAT-KL", c.content_topics, cite(ACT, "37 §"), "LT",
             params={"kind": "strategy", "topics": STRATEGY_TOPICS}),
        Rule("KONSERNIOHJE", c.content_topics, cite(ACT, "47 §"), "LT",
             params={"kind": "group_guideline", "topics": GROUP_GUIDELINE_TOPICS}),
        # --- powers and delegation
        Rule("RESERVED-KL", d.reserved_to_council, cite(ACT, "14 § 2 mom", "91 § 1 mom"), "LT",
             params={"exclude": ["director_dismissal"], "no_delegation": "91 § 1 mom"}),
        Rule("DIRECTOR-DISMISS", d.reserved_to_council, cite(ACT, "43 §", "91 § 1 mom"), "LT",
             params={"only": ["director_dismissal"], "no_delegation": "91 § 1 mom"},
             hint=Text(fi="Kunnanjohtajan irtisanomisesta päättää valtuusto vähintään 2/3 enemmistöllä kaikista "
                          "valtuutetuista: anna toimivalta valtuustolle.",
                       sv="Om uppsägning av kommundirektören beslutar fullmäktige med minst 2/3 majoritet av alla "
                          "fullmäktigeledamöter: ge behörigheten till fullmäktige.",
                       en="The council decides on dismissing the director, by at least 2/3 of all councillors: make "
                          "the council the holder.")),
        Rule("DELEG-VIA-HS", d.delegation_via_regulations, cite(ACT, "91 § 1 mom"), "LT"),
        Rule("SUBDELEG-DEPTH", d.delegation_depth, cite(ACT, "91 § 2 mom"), "LT", params={"max_hops": 2}),
        Rule("DELEG-NOT-HELD", d.delegation_not_held, cite(ACT, "91 § 1 mom", "91 § 2 mom"), "LT"),
        Rule("DELEG-CYCLE", d.delegation_cycle, cite(ACT, "91 § 2 mom"), "LT", severity="warning"),
        # not law (legal audit 2.1): 91 § 1 mom lets power go to any body; a note on the model's own label
        Rule("DELEG-PREP", d.preparatory_committee,
             cite(ACT, source="consistency of the model's committee_role label (91 § 1 mom sets no such limit)"),
             "UNC", severity="info"),
        Rule("COERCION", d.coercion_to_body, cite(ACT, "91 § 3 mom"), "LT"),
        Rule("CALLIN", d.call_in, cite(ACT, "92 § 1 mom", "92 § 2 mom", "92 § 3 mom", "92 § 5 mom"), "LT",
             params={"par": "92 §"}),
        Rule("OWNERSHIP", d.ownership_steering, cite(ACT, "39 § 1 mom 6 kohta", "48 §"), "LT", severity="warning"),
        Rule("APPOINT", d.appointments, cite(ACT, "14 § 2 mom 10 kohta", "121 §"), "LT",
             params={"audit_parent": "121 §", "table": {
                 "executive_board": (_COUNCIL, "14 § 2 mom 10 kohta"),
                 "board": (_COUNCIL, "14 § 2 mom 10 kohta"),
                 "committee": (_COUNCIL, "14 § 2 mom 10 kohta"),
                 "audit_committee": (_COUNCIL, "121 §"),
                 "election_board": (("council", "executive_board"), "13 §, 15 §", ELECTIONS),
                 "advocacy_body:youth": (("executive_board", "external_party"), "26 §"),
                 "advocacy_body:elderly": (("executive_board", "external_party"), "27 §"),
                 "advocacy_body:disability": (("executive_board", "external_party"), "28 §"),
                 "executive:director": (_COUNCIL, "41 §"),
                 "executive:mayor": (_COUNCIL, "44 §"),
                 # the johtokunta elects the liikelaitos director (67 § 3 mom 4 kohta)
                 "enterprise_director": (("council", "enterprise_board"), "67 § 3 mom 4 kohta"),
                 "subcommittee": (_ORGANS, "32 § 1 mom"),
                 "enterprise_board": (_ORGANS, "31 § 1 mom 3 kohta"),
                 "commission": (_ORGANS, "30 § 3 mom"),
             }}),
    ) + ADDED_RULES, stages=STAGES, scope=SCOPE, org_types=ORG_TYPES),
)
