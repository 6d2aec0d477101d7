"""The same structure under different laws and dates shows the differences the laws imply."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from orgmodel.checking import Report, check
from orgmodel.errors import UserError
from orgmodel.model import Organisation
from orgmodel.rules import HVA, KL, ML, ruleset

from builders import body, make_org


def org(*extra_bodies: dict[str, object], population: int = 180_000, seats: int = 59, law: str = KL,
        **fields: Any) -> Organisation:
    """A municipality of ``population`` with a council of ``seats`` and an executive board, and ``extra_bodies``."""
    return make_org([body("valtuusto", "council", seats=seats), body("hallitus", "executive_board", "valtuusto"),
                     *extra_bodies], law=law, org_type="municipality", population={"count": population}, **fields)


def codes(report: Report, severity: str | None = None) -> set[str]:
    return {f.code for f in report.findings if not f.cannot_check and (severity is None or f.severity == severity)}


COMMITTEE = body("vk", "committee", "hallitus", names={"fi": "Palveluvaliokunta"}, members_must_be_councillors=True)
MAYOR = body("pormestari", "executive", "hallitus", executive_type="mayor")


def test_standing_committee_accepted_under_kuntalaki_flagged_under_611() -> None:
    structure = org(COMMITTEE)
    kl = check(structure, law="kuntalaki")
    assert not any(f.code.startswith("VALIOKUNTA") for f in kl.findings)
    hva = check(structure, law="611/2021")
    # without power it is a preparatory working body of the council: a note (611/2021 35 § 2 mom, 40 §)
    [f] = [f for f in hva.findings if f.code == "VALIOKUNTA-HVA"]
    assert f.severity == "info" and f.body == "vk" and f.message_key == "preparatory"
    assert f.section == "35 § 2 mom, 40 §" and f.law == "Laki hyvinvointialueesta 611/2021"
    # holding a power makes it the error (35 § 2 mom, 96 § 1 mom)
    powered = org(COMMITTEE, powers=[{"id": "p", "names": {"fi": "P"}, "holder": "vk"}])
    [f] = [f for f in check(powered, law="611/2021").findings if f.code == "VALIOKUNTA-HVA"]
    assert f.severity == "error" and f.message_key == "holds" and f.section == "35 § 2 mom, 96 § 1 mom"


@pytest.mark.parametrize("population,flagged", [(180_000, False), (200_000, False), (200_001, True), (250_000, True)])
def test_59_seats_under_611(population: int, flagged: bool) -> None:
    report = check(org(population=population), law=HVA)
    assert ("SIZE-HVA" in codes(report, "error")) is flagged


@pytest.mark.parametrize("population,flagged", [(180_000, False), (250_000, False), (250_001, True)])
def test_59_seats_under_kuntalaki(population: int, flagged: bool) -> None:
    """Kuntalaki's 59-seat tier runs up to 250 000, so 250 000 passes there but not under 611/2021."""
    assert ("SIZE-KL" in codes(check(org(population=population), law=KL), "error")) is flagged


def test_size_message_names_the_numbers() -> None:
    [f] = [f for f in check(org(population=250_000), law=HVA).findings if f.code == "SIZE-HVA"]
    assert "59" in f.text("fi") and "69" in f.text("fi") and "250 000" in f.text("fi")
    assert "250 000" in f.text("sv") and "250,000" in f.text("en")


def test_mayor_model_only_under_kuntalaki() -> None:
    structure = org(MAYOR)
    assert not any(f.code.startswith("MAYOR") for f in check(structure, law=KL).findings)
    [hva] = [f for f in check(structure, law=HVA).findings if f.code == "MAYOR-HVA"]
    assert hva.severity == "error" and hva.confidence == "LT"
    [ml] = [f for f in check(structure, law=ML).findings if f.code == "MAYOR-ML"]
    assert ml.severity == "warning" and ml.confidence == "UNC"  # the bill is not read: never an error
    assert "toissijaisista lähteistä" in ml.text("fi") and "secondary sources" in ml.text("en")
    assert "sekundära källor" in ml.text("sv")


def test_subcommittee_of_a_committee_only_under_kuntalaki() -> None:
    structure = org(COMMITTEE, body("j", "subcommittee", "vk", names={"fi": "Jaosto"}))
    assert "JAOSTO-PARENT" not in codes(check(structure, law=KL))
    assert "JAOSTO-PARENT-HVA" in codes(check(structure, law=HVA))


def test_coercion_rule_only_under_kuntalaki() -> None:
    structure = make_org(
        [body("v", "council"), body("h", "executive_board", "v"),
         body("t", "executive", "h", names={"fi": "Tarkastaja"})],
        relations=[{"type": "delegates", "source": "v", "target": "t", "power": "p", "via": "hs"}],
        id="c", name="C", org_type="municipality",
        powers=[{"id": "p", "names": {"fi": "Pakkokeinot"}, "holder": "v", "coercion": True}],
        instruments=[{"id": "hs", "kind": "administrative_regulations", "names": {"fi": "HS"}, "adopted_by": "v"}])
    assert "COERCION" in codes(check(structure, law=KL))
    assert not any("COERCION" in f.code for f in check(structure, law=HVA).findings)  # not in 611/2021 96 §


def test_the_bill_does_not_require_an_odd_council() -> None:
    assert "SIZE-KL" in codes(check(org(seats=60), law=KL))
    assert "SIZE-HVA" in codes(check(org(seats=60), law=HVA))
    assert "SIZE-ML" not in codes(check(org(seats=60), law=ML))


def test_client_fees_reserved_to_the_county_council_only_until_2024() -> None:
    structure = make_org(
        [body("v", "council", names={"fi": "Aluevaltuusto"}),
         body("h", "executive_board", "v", names={"fi": "Aluehallitus"})],
        law=HVA, id="f", name="F", org_type="wellbeing_services_county",
        powers=[{"id": "maksut", "names": {"fi": "Asiakasmaksujen perusteet"}, "holder": "h", "matter": "client_fees"}])
    assert "RESERVED-HVA" in codes(check(structure, as_of=date(2024, 6, 1)))
    assert "RESERVED-HVA" not in codes(check(structure, as_of=date(2025, 1, 1)))
    assert "RESERVED-HVA" not in codes(check(structure))  # the law as it stands now


def test_gender_quota_binds_municipal_bodies_under_232_2005_and_then_657_2021() -> None:
    """4 a § bound municipal bodies since 232/2005 (1.6.2005), so under kuntalaki from its start (legal audit 2.3);
    a finding before 1.7.2021 cites the 232/2005 text, from then the 657/2021 one."""
    structure = org(body("b", "board", "hallitus", names={"fi": "B"}, composition={"women": 1, "men": 6}))
    before = [f for f in check(structure, as_of="2021-06-30").findings if f.code == "GENDER-40"]
    after = [f for f in check(structure, as_of="2021-07-01").findings if f.code == "GENDER-40"]
    assert before and {f.law for f in before} == {"Tasa-arvolaki 609/1986 (232/2005)"}
    assert after and {f.law for f in after} == {"Tasa-arvolaki 609/1986"}
    kl = ruleset(KL)
    assert "232/2005" in str(kl.rule("GENDER-40", date(2021, 6, 30)).dated_by)
    assert "657/2021" in str(kl.rule("GENDER-40", date(2021, 7, 1)).dated_by)
    assert kl.rule("GENDER-40", date(2015, 5, 1)).valid_from == date(2015, 5, 1)


def test_a_law_not_yet_in_force_runs_no_rules() -> None:
    report = check(org(), law=HVA, as_of=date(2020, 1, 1))
    legal = [f for f in report.findings if not f.code.startswith("STRUCT")]
    assert [f.code for f in legal] == ["LAW-NOT-IN-FORCE"] and legal[0].severity == "info"
    assert report.meta["rules_run"] == 0


def test_as_of_defaults_to_the_model_version_date() -> None:
    dated = org(version={"date": date(2020, 1, 1)})
    assert check(dated).meta["as_of"] == "2020-01-01" and check(dated).meta["as_of_source"] == "version"
    assert check(dated, as_of="2024-01-01").meta["as_of_source"] == "option"
    # under another law than the file's, the question is today's law, not the model's date
    assert check(dated, law=HVA).meta["as_of_source"] == "current"
    assert check(org()).meta == {**check(org()).meta, "as_of": None, "as_of_source": "current"}


def test_law_option_overrides_the_file() -> None:
    assert check(org(), law="ml").meta["law"] == ML
    assert check(org()).meta["law"] == KL
    with pytest.raises(UserError):
        check(org(), law="no-such-law")
    with pytest.raises(UserError):
        check(org(), as_of="31.12.2024x")
