"""Missing data is never a violation; suppressions; the report as data (records, Jupyter table)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from orgmodel.checking import Finding, check
from orgmodel.io import dumps, load, loads

from builders import body, make_org

FIX = Path(__file__).resolve().parent / "fixtures" / "rules"


def strip(data: object) -> object:
    """The structure with every number, composition, topic, population and flag removed."""
    if isinstance(data, dict):
        return {k: strip(v) for k, v in data.items()
                if k not in ("seats", "composition", "population", "topic", "members_must_be_councillors",
                             "competitive_market", "via", "adopted_by", "executive_type")}
    if isinstance(data, list):
        return [strip(x) for x in data]
    return data


def test_missing_data_is_never_an_error_or_warning() -> None:
    """The complete exemplars with every datum removed: the rules can only say 'cannot check'."""
    import yaml

    for law in ("kl", "hva", "ml"):
        data = yaml.safe_load(dumps(load(FIX / law / "complete.yaml")))
        org = loads(yaml.safe_dump(strip(data), allow_unicode=True))
        report = check(org)
        assert report.errors == [] and report.warnings == [], [(f.code, f.text("en")) for f in report.findings]
        assert report.findings and all(f.cannot_check and f.severity == "info" for f in report.findings)
        for f in report.findings:
            assert f.needs and f.needs.split(" ")[0].split(".")[0] in f.text("en")  # names what is needed


def test_cannot_check_names_what_is_needed() -> None:
    org = make_org([body("valtuusto", "council", seats=59)], id="p", name="P", org_type="municipality")
    [f] = [f for f in check(org).findings if f.code == "SIZE-KL"]
    assert f.severity == "info" and f.cannot_check and f.needs == "population.count"
    assert all("population.count" in f.text(lang) for lang in ("fi", "sv", "en"))
    assert f.text("fi").startswith("Ei voida tarkistaa (valtuuston koko)")
    assert f.text("sv").startswith("Kan inte kontrolleras (fullmäktiges storlek)")


def test_a_seat_range_below_the_minimum_is_an_error_a_range_across_it_cannot_be_checked() -> None:
    def size(seats: str) -> list[Finding]:
        org = make_org([body("v", "council", seats=seats)], law="fi/hyvinvointialuelaki-611-2021", id="r", name="R",
                       org_type="region", population={"count": 300000})
        return [f for f in check(org).findings if f.code == "SIZE-HVA"]

    [below] = size("55-65")
    assert below.severity == "error" and "55-65" in below.text("en")
    [across] = size("65-75")
    assert across.severity == "info" and across.cannot_check
    assert size("69") == []


def test_cannot_check_notes_are_summed_up_per_rule() -> None:
    boards = [body(f"b{i}", "board", "h") for i in range(12)]
    org = make_org([body("v", "council"), body("h", "executive_board", "v"), *boards], id="s", name="S",
                   org_type="municipality")
    [deputies] = [f for f in check(org).findings if f.code == "DEPUTIES"]
    assert deputies.body is None and len(deputies.bodies) == 13  # 12 boards and the executive board
    assert "13" in deputies.text("en") and "+5" in deputies.text("en")  # 8 listed, the rest counted
    assert deputies.loc is None


SUPPRESSED = """
id: s
names: {fi: S}
org_type: municipality
law: fi/kuntalaki-410-2015
population: {count: 4000}
bodies:
  - {id: v, kind: council, names: {fi: V}, seats: 13}
  - {id: h, kind: executive_board, names: {fi: H}, parent: v,
     composition: {women: 1, men: 6, deputy_women: 3, deputy_men: 4, personal_deputies: true}}
suppressions:
  - {code: GENDER-40, body: h, reason: "Erityinen syy: ehdokasasettelu (hallituksen päätös 1.2.2025)"}
  - {code: MAND-AUDIT, reason: "Tarkastuslautakunta kuvataan erillisessä mallissa", severity: warning}
  - {code: MAYOR, reason: "Pormestarimallia harkitaan"}
  - {code: MAND-AUDITT, reason: "kirjoitusvirhe"}
"""


def test_suppressions_switch_off_downgrade_and_are_listed() -> None:
    report = check(loads(SUPPRESSED))
    # switched off: not among the findings, kept aside with the reason
    assert "GENDER-40" not in report.codes()
    [off] = report.suppressed
    assert off.code == "GENDER-40" and off.suppressed_reason is not None
    assert off.suppressed_reason.startswith("Erityinen syy")
    # downgraded: still there, as a warning, remembering what it was
    [audit] = [f for f in report.findings if f.code == "MAND-AUDIT"]
    assert audit.severity == "warning" and audit.downgraded_from == "error"
    # a suppression that matches nothing, and one with a typo, are findings themselves
    [unused] = [f for f in report.findings if f.code == "SUPPRESS-UNUSED"]
    assert "MAYOR" in unused.text("en") and unused.severity == "info"
    [unknown] = [f for f in report.findings if f.code == "SUPPRESS-UNKNOWN"]
    assert unknown.severity == "warning" and "did you mean MAND-AUDIT" in unknown.text("en")
    assert "tarkoititko MAND-AUDIT" in unknown.text("fi") and "menade du MAND-AUDIT" in unknown.text("sv")
    assert [(s["code"], s["effect"], s["matched"]) for s in report.suppressions] == [
        ("GENDER-40", "off", 1), ("MAND-AUDIT", "downgraded to warning", 1), ("MAYOR", "off", 0),
        ("MAND-AUDITT", "off", 0)]


def test_a_body_suppression_leaves_other_bodies_alone() -> None:
    text = SUPPRESSED.replace(
        "composition: {women: 1, men: 6, deputy_women: 3, deputy_men: 4, personal_deputies: true}}",
        "composition: {women: 1, men: 6, deputy_women: 3, deputy_men: 4, personal_deputies: true}}\n"
        "  - {id: b, kind: board, names: {fi: B}, parent: h,\n"
        "     composition: {women: 0, men: 5, deputy_women: 2, deputy_men: 3, personal_deputies: true}}")
    report = check(loads(text))
    assert [f.body for f in report.findings if f.code == "GENDER-40"] == ["b"]


def test_report_converts_to_records_and_shows_as_a_table() -> None:
    report = check(loads(SUPPRESSED))
    records = report.to_records()
    assert len(records) == len(report.findings)
    assert {"subject", "code", "severity", "message", "message_fi", "message_sv", "law", "section", "confidence",
            "hint", "hint_fi", "hint_sv", "body", "cannot_check"} <= set(records[0])
    assert records[0]["message"] == report.findings[0].text("en")  # the JSON shape: English plus _fi and _sv
    swedish = report.to_records(lang="sv")[0]
    assert swedish["message"] == report.findings[0].text("sv") and "message_fi" not in swedish
    json.dumps(records)  # plain data
    assert len(report.to_records(include_suppressed=True)) == len(records) + 1
    html = report._repr_html_()
    assert html.count("<tr>") == len(report.findings) + 1  # header row + one per finding
    assert "MAND-AUDIT" in html and "Kuntalaki 410/2015 30 § 1 mom, 121 §" in html
    assert "Vaiennetut säännöt" in html and "GENDER-40" in html  # Finnish by default
    assert "Suppressed rules" in report._repr_html_("en") and "Undertryckta regler" in report.to_html("sv")
    assert not re.search(r"<td>[^<]*<script", html)


def test_findings_are_ordered_and_deterministic() -> None:
    a, b = check(loads(SUPPRESSED)), check(loads(SUPPRESSED))
    assert a.to_records() == b.to_records()
    order = ["error", "warning", "info"]
    assert [order.index(f.severity) for f in a.findings] == sorted(order.index(f.severity) for f in a.findings)
