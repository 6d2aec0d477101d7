"""Open choices are checked in every variant: what only another alternative breaks is reported,
tagged with that alternative, and points at the body's line in the file."""

from __future__ import annotations

from pathlib import Path

from orgmodel.checking import check
from orgmodel.io import load

FIXTURE = Path(__file__).parent / "fixtures" / "variants" / "open-board-or-committee.yaml"


def test_a_finding_only_the_other_alternative_makes_is_reported_and_tagged() -> None:
    org = load(FIXTURE)
    report = check(org)
    assert [(f.code, f.body, f.in_variant) for f in report.findings] == [
        ("VALIOKUNTA-HVA", "hyvinvointi", "tyyppi=valiokunta")]
    (finding,) = report.findings
    # the body's type is open (certainty: open), so the finding rests on an open fact: a warning at most
    assert finding.severity == "warning"
    assert "body Hyvinvointilautakunta (open)" in finding.text("en")
    assert all(finding.text(lang).startswith("[tyyppi=valiokunta] ") for lang in ("fi", "sv", "en"))
    assert finding.loc == ("bodies", len(org.bodies) - 1)  # the body's own entry in the merged model
    assert report.meta["variants_checked"] == 2


def test_the_default_variant_alone_is_clean() -> None:
    org = load(FIXTURE)
    assert check(org.variant({"tyyppi": "lautakunta"})).findings == []
    assert [f.code for f in check(org.variant({"tyyppi": "valiokunta"})).findings] == ["VALIOKUNTA-HVA"]


def test_the_same_choice_under_kuntalaki_is_lawful() -> None:
    # a valiokunta is a lautakunta of councillors under kuntalaki (30 § 2 mom, 31 § 1 mom 1 kohta)
    report = check(load(FIXTURE), law="kuntalaki")
    assert report.meta["variants_checked"] == 2
    assert not any(f.in_variant for f in report.findings)


def test_combinations_beyond_the_cap_are_not_all_checked() -> None:
    from orgmodel.checking import MAX_VARIANTS

    from builders import make_org

    bodies = [{"id": "v", "kind": "council", "names": {"fi": "V"}}]
    choices = []
    for i in range(7):  # 2**7 = 128 combinations
        bodies.append({"id": f"j{i}", "kind": "subcommittee", "names": {"fi": f"J{i}"}, "parent": "v"})
        choices.append({"id": f"c{i}", "question": "?", "alternatives": [
            {"id": "on", "label": "on"}, {"id": "ei", "label": "ei", "remove": [f"j{i}"]}]})
    org = make_org(bodies, id="many", name="M", org_type="municipality", choices=choices)
    assert check(org).meta["variants_checked"] == MAX_VARIANTS == 64
