"""When, where and to whom the rules apply (issue 10): staged in-force dates (KL 147 §, 616/2021 1 §),
the model's scope, and the organisation types (joint authorities)."""

from __future__ import annotations

from datetime import date

from orgmodel.checking import check
from orgmodel.model import Organisation
from orgmodel.rules import HVA, KL, ruleset
from orgmodel.rules.catalogue import reserved_matters

from builders import body, make_org


def _kl(**extra: object) -> Organisation:
    bodies = [body("valtuusto", "council", names={"fi": "V"}, seats=13),
              body("hallitus", "executive_board", "valtuusto", names={"fi": "H"}, seats=7)]
    data = {"id": "t", "names": {"fi": "T"}, "org_type": "municipality", "law": KL, "population": {"count": 4000},
            "bodies": bodies, **extra}
    return Organisation.model_validate(data)


def test_147_dates_every_kuntalaki_rule_but_the_four_the_audit_names() -> None:
    kl = ruleset(KL)
    not_staged = {"LL-BOARD", "YHTIOITTAMINEN", "AUDIT-CHAIR", "ELEC-BODY", "GENDER-40", "GENDER-COMPANY"}
    for rule in kl.rules:
        if rule.code in not_staged:
            assert rule.valid_from in (date(2015, 5, 1), date(2021, 7, 1)), rule.code
        else:
            assert rule.valid_from == date(2017, 6, 1), rule.code
            assert rule.dated_by is not None and rule.dated_by.section_text in ("147 § 1 mom", "147 § 2 mom")
    assert str(kl.rule("SIZE-KL").dated_by) == "Kuntalaki 410/2015 147 § 2 mom"


def test_616_2021_dates_the_county_rules() -> None:
    hva = ruleset(HVA)
    from_start = {"ELEC-BODY", "SIZE-HVA", "GENDER-40", "GENDER-COMPANY", "DELEG-VIA-HS", "SUBDELEG-DEPTH",
                  "DELEG-NOT-HELD", "DELEG-CYCLE", "DELEG-PREP", "CALLIN", "PREP-COUNCIL", "HS-CONTENT",
                  "UNIV-HVA"}  # 95 § (UNIV-HVA: 95 § 3 mom) applies from 1.7.2021 (616/2021 1 § 1 mom)
    for rule in hva.rules:
        if rule.code == "SIZE-HVA" and rule.valid_from != date(2021, 7, 1):
            continue  # the later versions, below
        expected = date(2021, 7, 1) if rule.code in from_start else date(2022, 3, 1)
        assert rule.valid_from == expected, rule.code
        if rule.code not in from_start:
            assert rule.dated_by is not None and rule.dated_by.act == "Voimaanpanolaki 616/2021"
    # 616/2021 16 § 1 mom: the first council (1.3.2022–31.5.2025) had exactly the minimum; then 24 § again
    sizes = [(r.valid_from, r.valid_to, str(r.citation), r.params.get("exact")) for r in hva.rules
             if r.code == "SIZE-HVA"]
    assert sizes == [
        (date(2021, 7, 1), date(2022, 2, 28), "Laki hyvinvointialueesta 611/2021 24 §", None),
        (date(2022, 3, 1), date(2025, 5, 31), "Voimaanpanolaki 616/2021 16 § 1 mom", "1.3.2022–31.5.2025"),
        (date(2025, 6, 1), None, "Laki hyvinvointialueesta 611/2021 24 §", None)]
    # the client-fee reservation of 22 § 2 mom 8 kohta: from 1.3.2022 to 31.12.2024
    assert "client_fees" not in reserved_matters(HVA, date(2022, 2, 28))
    assert "client_fees" in reserved_matters(HVA, date(2022, 3, 1))
    # 613/2021 6 §: from 1.1.2023
    assert "rescue_service_level" not in reserved_matters(HVA, date(2022, 12, 31))
    assert "rescue_service_level" in reserved_matters(HVA, date(2023, 1, 1))


def test_a_rule_about_a_part_outside_the_scope_gives_one_cannot_check() -> None:
    report = check(_kl(scope=["political_bodies"]))
    adv = [f for f in report.findings if f.code.startswith("ADV-")]
    assert sorted(f.code for f in adv) == ["ADV-DISAB", "ADV-ELDER", "ADV-YOUTH"]
    assert all(f.cannot_check and f.severity == "info" for f in adv)
    assert "scope does not cover" in adv[0].text("en") and "advocacy_bodies" in adv[0].text("en")
    # in the (default) scope a missing body is an error
    inside = [f for f in check(_kl()).findings if f.code == "ADV-YOUTH"]
    assert [(f.severity, f.cannot_check) for f in inside] == [("error", False)]


def test_regulations_content_cannot_check_unless_the_instruments_are_stated_complete() -> None:
    instruments = [{"id": "hs", "kind": "administrative_regulations", "names": {"fi": "HS"}, "adopted_by": "valtuusto",
                    "content_areas": [{"name": "Delegointi", "topic": "delegation"}]}]
    open_list = [f for f in check(_kl(instruments=instruments)).findings if f.code == "HS-CONTENT"]
    assert open_list and all(f.cannot_check for f in open_list)
    scope = ["political_bodies", "advocacy_bodies", "executive", "enterprises", "group", "instruments"]
    stated = [f for f in check(_kl(instruments=instruments, scope=scope)).findings if f.code == "HS-CONTENT"]
    assert [f.severity for f in stated] == ["error"] * 3


def test_a_joint_authority_gets_the_rules_that_bind_it_and_a_note_on_the_rest() -> None:
    org = make_org(law=KL, org_type="joint_municipal_authority", bodies=[
        body("valtuusto", "council", names={"fi": "Yhtymävaltuusto"}, seats=13),
        body("hallitus", "executive_board", "valtuusto", names={"fi": "Yhtymähallitus"}, seats=7,
             composition={"women": 1, "men": 6})])
    report = check(org)
    codes = report.codes()
    assert not {"ELEC-BODY", "ADV-YOUTH", "ADV-ELDER", "ADV-DISAB", "MAND-DIRECTOR", "SIZE-KL"} & set(codes)
    assert "GENDER-40" in codes  # 4 a § 1 mom names the bodies of inter-municipal cooperation
    [note] = [f for f in report.findings if f.code == "NOT-FOR-ORG-TYPE"]
    assert note.severity == "info" and "ELEC-BODY" in note.text("en") and "kuntayhtymä" in note.text("fi")
    assert "ELEC-BODY" in report.meta["rules_not_for_org_type"]
    assert "GENDER-40" not in report.meta["rules_not_for_org_type"]
    assert "ELEC-BODY" not in report.meta["rules_not_in_force"]


def test_internal_audit_outside_the_scope_is_cannot_check() -> None:
    org = make_org(law=HVA, org_type="wellbeing_services_county", scope=["political_bodies"], bodies=[
        body("av", "council", names={"fi": "AV"}, seats=59),
        body("ah", "executive_board", "av", names={"fi": "AH"}, seats=13)])
    [f] = [f for f in check(org).findings if f.code == "INT-AUDIT"]
    assert f.cannot_check and f.severity == "info"
