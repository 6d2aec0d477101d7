"""Rules that read the new model facts (issue 10): language groups of bodies (KL 30 § 4 mom), university
nominees (611/2021 95 § 3 mom), approximate population figures (KL 16 §, 611/2021 24 §) and the facts a
finding rests on. The fixtures in ``tests/fixtures/rules/`` show each failure mode; these tests pin the
"cannot check" outcomes and the records a fixture cannot say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orgmodel.checking import Finding, check
from orgmodel.rules import HVA, KL

from builders import body, make_org, run_cli


def findings(code: str, law: str, *bodies: dict[str, object], **fields: Any) -> list[Finding]:
    org = make_org([body("valtuusto", "council", seats=13), body("hallitus", "executive_board", "valtuusto"),
                    *bodies], law=law, org_type="municipality", population={"count": 4000}, **fields)
    return [f for f in check(org).findings if f.code == code]


# --- LANG-KL: KL 30 § 4 mom -------------------------------------------------------------------------------

def test_a_bilingual_municipality_whose_bodies_carry_no_language_group_cannot_be_checked() -> None:
    (f,) = findings("LANG-KL", KL, body("sivistys", "board", "hallitus"), bilingual=True, minority_language="swedish")
    assert (f.cannot_check, f.severity, f.body) == (True, "info", None)
    assert f.needs is not None and f.needs.startswith("language_group of the education bodies")


def test_the_minority_body_alone_leaves_the_majority_body_unmarked_not_missing() -> None:
    # a Swedish education board of its own; the Finnish one may be any unmarked board: "cannot check"
    (f,) = findings("LANG-KL", KL, body("sivistys", "board", "hallitus"),
                    body("bildning", "board", "hallitus", language_group="swedish"),
                    bilingual=True, minority_language="swedish")
    assert (f.cannot_check, f.severity) == (True, "info")
    assert f.needs == "language_group: finnish on the Finnish-speaking group's education body"


def test_without_the_minority_language_a_single_marked_group_is_not_judged() -> None:
    # which group is the minority is unknown (a Swedish-majority municipality is possible): "cannot check"
    (f,) = findings("LANG-KL", KL, body("opetus", "board", "hallitus", language_group="finnish"), bilingual=True)
    assert (f.cannot_check, f.needs) == (True, "language_group: swedish on the Swedish-speaking group's education body")


def test_a_missing_minority_body_outside_the_models_scope_cannot_be_checked() -> None:
    (f,) = findings("LANG-KL", KL, body("opetus", "board", "hallitus", language_group="finnish"), bilingual=True,
                    minority_language="swedish", scope=["executive"])
    assert f.cannot_check and f.severity == "info"


def test_a_finnish_minority_needs_its_own_body_too() -> None:
    # a Swedish-majority municipality: the Finnish-speaking group is the minority
    (f,) = findings("LANG-KL", KL, body("bildning", "board", "hallitus", language_group="swedish"), bilingual=True,
                    minority_language="finnish")
    assert (f.message_key, f.severity, f.body) == ("missing", "warning", "bildning")
    assert "ei ole toimielintä eikä jaostoa suomenkieliselle kieliryhmälle" in f.text("fi")


def test_language_groups_do_not_matter_in_a_monolingual_municipality() -> None:
    assert findings("LANG-KL", KL, body("opetus", "board", "hallitus", language_group="finnish")) == []


# --- UNIV-HVA: 611/2021 95 § 3 mom ------------------------------------------------------------------------

def _university(law: str, *relations: dict[str, object]) -> list[Finding]:
    org = make_org([body("valtuusto", "council", seats=59), body("hallitus", "executive_board", "valtuusto"),
                    body("sote", "board", "hallitus"),
                    body("yliopisto", "external_party", external_type="university")],
                   relations=relations, law=law, org_type="wellbeing_services_county", population={"count": 180000})
    return check(org).findings


def test_a_university_naming_members_without_a_number_cannot_be_checked() -> None:
    (f,) = [f for f in _university(HVA, {"type": "nominates", "source": "yliopisto", "target": "sote"})
            if f.code == "UNIV-HVA"]
    assert (f.cannot_check, f.severity, f.body, f.needs, f.loc) == (True, "info", "sote", "relations[].seats",
                                                                    ("relations", 0))


def test_university_seats_are_judged_once_a_stated_number_exceeds_two() -> None:
    # one relation says 3: over the limit whatever the other (unnumbered) one adds
    found = [f for f in _university(HVA, {"type": "nominates", "source": "yliopisto", "target": "sote"},
                                    {"type": "nominates", "source": "yliopisto", "target": "sote", "seats": 3})
             if f.code == "UNIV-HVA"]
    assert [(f.message_key, f.severity) for f in found] == [("seats", "error")]


def test_the_university_rule_is_the_countys_only() -> None:
    # kuntalaki has no 95 § 3 mom: no UNIV rule; a university electing board members is then an elector
    # the law does not name (APPOINT), while under 611/2021 APPOINT leaves the university to UNIV-HVA
    rel = {"type": "elects", "source": "yliopisto", "target": "sote", "seats": 2}
    kl = [(f.code, f.message_key) for f in _university(KL, rel) if f.code in ("UNIV-HVA", "APPOINT")]
    hva = [(f.code, f.message_key) for f in _university(HVA, rel) if f.code in ("UNIV-HVA", "APPOINT")]
    assert kl == [("APPOINT", "elector")]
    assert hva == []


# --- SIZE-KL / SIZE-HVA: KL 16 §, 611/2021 24 § on an approximate figure ----------------------------------

def _size(law: str, count: int, seats: int, approximate: bool = True) -> list[Finding]:
    org = make_org([body("valtuusto", "council", seats=seats)], law=law, org_type="municipality",
                   population={"count": count, "approximate": approximate})
    return [f for f in check(org).findings if f.code.startswith("SIZE-")]


def test_an_approximate_figure_at_a_tier_edge_cannot_decide_between_the_two_minimums() -> None:
    # "noin 200 000" = 190 000-210 000: 59 seats is enough for <= 200 000, not for 200 001-400 000 (69)
    (f,) = _size(HVA, 200_000, 59)
    assert (f.cannot_check, f.severity, f.body) == (True, "info", "valtuusto")
    assert f.needs == ("exact population.count (the model gives an approximate figure, about 200,000; the tier edge "
                       "200,000 is within ±5 %)")
    assert "likiarvon noin 200 000" in f.text("fi") and "cirka 200 000" in f.text("sv")


def test_the_band_is_five_percent_either_way() -> None:
    # KL 16 §: 5 000 is the 13 / 27 edge; about 4 700 reaches at most 4 935 (4 700 * 1.05): judged
    assert _size(KL, 4_700, 13) == []
    # about 4 800: 4 560-5 040 straddles 5 000 -> 13 seats cannot be judged
    (f,) = _size(KL, 4_800, 13)
    assert f.cannot_check and "5,000" in (f.needs or "")
    # the same figure stated exactly: judged (13 seats is the <= 5 000 minimum)
    assert _size(KL, 4_800, 13, approximate=False) == []


def test_an_approximate_figure_far_from_an_edge_is_judged_as_given() -> None:
    (f,) = _size(HVA, 300_000, 59)
    assert (f.message_key, f.severity) == ("below", "error")
    assert "with about 300,000 inhabitants the minimum is 69" in f.text("en")


# --- rests_on: the inferred or open facts a finding rests on, in the JSON report --------------------------

def test_the_json_report_lists_the_uncertain_facts_a_finding_rests_on(capsys: pytest.CaptureFixture[str],
                                                                      tmp_path: Path) -> None:
    model = tmp_path / "m.yaml"
    model.write_text(
        "id: m\nnames: {fi: Testi}\norg_type: wellbeing_services_county\nlaw: fi/hyvinvointialuelaki-611-2021\n"
        "population: {count: 250000}\n"
        "bodies:\n"
        "  - {id: valtuusto, kind: council, names: {fi: Aluevaltuusto}, seats: 65,\n"
        "     fact_certainty: {seats: inferred}}\n"
        "  - {id: hallitus, kind: executive_board, names: {fi: Aluehallitus}, parent: valtuusto}\n"
        "  - {id: sote, kind: board, names: {fi: Sote}, parent: hallitus}\n"
        "  - {id: yo, kind: external_party, external_type: university, names: {fi: Yliopisto}, certainty: open}\n"
        "relations:\n"
        "  - {type: elects, source: valtuusto, target: hallitus}\n"
        "  - {type: nominates, source: yo, target: sote, seats: 3, certainty: inferred}\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(model), "-f", "json")
    assert code == 1  # other errors (mandatory bodies) remain; these two are warnings
    found = {f["code"]: f for f in json.loads(out)["reports"][0]["findings"]}
    size, univ = found["SIZE-HVA"], found["UNIV-HVA"]
    assert size["severity"] == "warning"
    assert size["rests_on"] == [{"what": "body", "id": "valtuusto", "loc": ["bodies", 0], "field": "seats",
                                 "certainty": "inferred"}]
    assert univ["severity"] == "warning"
    # the relation (at its place in the file) and the university itself (a field counts only where
    # fact_certainty marks it)
    assert univ["rests_on"] == [
        {"what": "relation", "id": None, "loc": ["relations", 1], "field": None, "certainty": "inferred"},
        {"what": "body", "id": "yo", "loc": ["bodies", 3], "field": None, "certainty": "open"}]
    # a finding on stated facts rests on nothing uncertain
    assert found["MAND-AUDIT"]["rests_on"] == []
