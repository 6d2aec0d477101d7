"""False positives and false negatives of the legal rules (issue 10 §2), where a rule fixture cannot
say it: "cannot check" outcomes, severities and texts. Each test names the provision it rests on."""

from __future__ import annotations

from typing import Any

from orgmodel.checking import Finding, check
from orgmodel.rules import HVA, KL

from builders import body, make_org


def findings(code: str, law: str, *bodies: dict[str, object], **fields: Any) -> list[Finding]:
    org = make_org([body("valtuusto", "council", seats=13), body("hallitus", "executive_board", "valtuusto"),
                    *bodies], law=law, org_type="municipality", population={"count": 4000}, **fields)
    return [f for f in check(org).findings if f.code == code]


def test_an_untyped_office_under_the_executive_board_cannot_be_told_from_the_director() -> None:
    # KL 38 § 3 mom / 611/2021 42 § 3 mom: only a director (or a mayor under KL) satisfies the rule;
    # an office without executive_type under the executive board might be one: "cannot check", never a pass
    for law in (KL, HVA):
        (f,) = findings("MAND-DIRECTOR", law, body("toimisto", "executive", "hallitus"))
        assert f.cannot_check and f.severity == "info" and f.needs == "executive_type"


def _call_in(law: str, *bodies: dict[str, object], call_in: list[str], edges: list[tuple[str, str]]) -> list[Finding]:
    hs = {"id": "hs", "kind": "administrative_regulations", "names": {"fi": "Hallintosääntö"},
          "adopted_by": "valtuusto"}
    return findings("CALLIN", law, *bodies,
                    powers=[{"id": "p", "names": {"fi": "Hankinnat"}, "holder": "valtuusto", "call_in": call_in}],
                    relations=[{"type": "delegates", "source": s, "target": t, "power": "p", "via": "hs"}
                               for s, t in edges],
                    instruments=[hs])


def test_a_johtokunta_may_call_in_its_director_drawn_beside_it_under_the_enterprise() -> None:
    # KL 92 § 3 mom / 611/2021 97 § 3 mom: the johtokunta over its subordinates, as the fixtures draw them
    # (johtokunta and director both under the liikelaitos); the right needs a hallintosääntö provision,
    # which the model cannot state: a "cannot check" note, never an error
    for law, mom in ((KL, "92 § 3 mom"), (HVA, "97 § 3 mom")):
        found = _call_in(law, body("ll", "business_enterprise", "hallitus"), body("jk", "enterprise_board", "ll"),
                         body("lj", "executive", "ll", executive_type="director"),
                         call_in=["jk"], edges=[("valtuusto", "jk"), ("jk", "lj")])
        assert [(f.cannot_check, f.severity, f.body, f.section) for f in found] == [(True, "info", "jk", mom)]


def test_a_board_call_in_right_needs_a_provision_the_model_cannot_state() -> None:
    # KL 92 § 2 mom / 611/2021 97 § 2 mom: lautakunnat only "if the hallintosääntö so provides"
    for law, mom in ((KL, "92 § 2 mom"), (HVA, "97 § 2 mom")):
        found = _call_in(law, body("ltk", "board", "hallitus"), body("rehtori", "executive", "ltk"),
                         call_in=["ltk"], edges=[("valtuusto", "ltk"), ("ltk", "rehtori")])
        assert [(f.cannot_check, f.severity, f.body, f.section) for f in found] == [(True, "info", "ltk", mom)]
        assert "hallintosäännön määräys" in found[0].text("fi")


def test_deputies_without_their_gender_cannot_be_checked() -> None:
    # the quota binds members and deputies separately (KHO 1997:49, TAS 288/2016); members given, deputies not
    for law in (KL, HVA):
        found = findings("GENDER-40", law, body("ltk", "board", "hallitus", composition={"women": 4, "men": 5}))
        deputies = "composition.deputy_women, composition.deputy_men"
        assert [(f.cannot_check, f.needs) for f in found if f.body == "ltk"] == [(True, deputies)]


STRATEGY = {"id": "s", "kind": "strategy", "names": {"fi": "Strategia"}, "adopted_by": "valtuusto"}


def test_unlisted_instruments_cannot_be_checked_unless_the_list_is_complete() -> None:
    # the duty to have them (KL 37 §, 90 §, 110 §; 611/2021 41 §, 95 §, 115 §) is checked only against a
    # list the model says is complete (scope: instruments); otherwise each unlisted kind is "cannot check"
    for law in (KL, HVA):
        found = findings("INSTR-REQUIRED", law, instruments=[STRATEGY])
        assert [(f.cannot_check, f.severity) for f in found] == [(True, "info")] * 2
        assert {f.needs for f in found} == {"administrative_regulations (scope: instruments)",
                                           "budget (scope: instruments)"}


def test_associated_companies_alone_do_not_demand_a_konserniohje() -> None:
    # a konserniohje is for the group (KL 47 §, 611/2021 49 §): subsidiaries; with only associated companies
    # there is no konserni, so the rule cannot say (legal audit 2.1)
    scope = ["political_bodies", "advocacy_bodies", "executive", "enterprises", "group", "instruments"]
    others = [{"id": k, "kind": k, "names": {"fi": k}, "adopted_by": "valtuusto"}
              for k in ("administrative_regulations", "budget")]
    for law in (KL, HVA):
        found = findings("INSTR-REQUIRED", law, body("oy", "associated_company"), scope=scope,
                         instruments=[STRATEGY, *others])
        assert [(f.cannot_check, f.severity) for f in found] == [(True, "info")]
