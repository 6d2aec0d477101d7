"""The rulesets as data: every rule cites its law and section, has texts in all three languages, a fix hint,
dates, and a stable code; the statutes.md rule catalogue is covered."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from orgmodel.errors import UserError
from orgmodel.rules import HVA, KL, MATTERS, ML, RULESETS, TOPICS, all_rules, resolve_law, ruleset
from orgmodel.rules.base import Rule, Section, specs
from orgmodel.rules.catalogue import reserved_matters

ROOT = Path(__file__).resolve().parent.parent
# Section 6 of ../shared/domain/statutes.md (outside the repository), vendored; the header says so.
CATALOGUE = Path(__file__).resolve().parent / "fixtures" / "statutes" / "catalogue.md"
STATUTES = ROOT.parent / "shared" / "domain" / "statutes.md"

# The codes are part of the interface: model files name them in suppressions. Changing one
# breaks users' files, so this list changes only on purpose.
STABLE_CODES = {
    KL: ["MAND-COUNCIL", "MAND-EXEC", "MAND-AUDIT", "MAND-DIRECTOR", "ELEC-BODY", "ADV-YOUTH", "ADV-ELDER",
         "ADV-DISAB", "LANG-KL", "LL-BOARD", "SIZE-KL", "AUDIT-CHAIR", "AUDIT-EXCL", "EXEC-MAJ", "JAOSTO-CHAIR",
         "DEPUTIES", "GENDER-40", "GENDER-COMPANY", "VALIOKUNTA", "MAYOR", "JAOSTO-PARENT", "YHTIOITTAMINEN",
         "INSTR-REQUIRED", "INSTR-ADOPT", "STRAT-KL", "KONSERNIOHJE", "RESERVED-KL", "DIRECTOR-DISMISS",
         "DELEG-VIA-HS", "SUBDELEG-DEPTH", "DELEG-NOT-HELD", "DELEG-CYCLE", "DELEG-PREP", "COERCION", "CALLIN",
         "OWNERSHIP", "APPOINT", "GENDER-40", "GENDER-COMPANY", "PREP-COUNCIL", "EXEC-CHAIR",
         "HS-CONTENT"],
    HVA: ["MAND-COUNCIL", "MAND-EXEC", "MAND-AUDIT", "MAND-DIRECTOR", "ELEC-BODY", "ADV-YOUTH", "ADV-ELDER",
          "ADV-DISAB", "LANG-HVA", "LL-BOARD", "SIZE-HVA", "SIZE-HVA", "SIZE-HVA", "AUDIT-CHAIR", "AUDIT-EXCL",
          "EXEC-MAJ", "JAOSTO-CHAIR", "DEPUTIES", "UNIV-HVA", "GENDER-40", "GENDER-COMPANY", "VALIOKUNTA-HVA",
          "MAYOR-HVA", "JAOSTO-PARENT-HVA",
          "YHTIOITTAMINEN", "INSTR-REQUIRED", "INSTR-ADOPT", "STRAT-HVA", "KONSERNIOHJE", "RESERVED-HVA",
          "DIRECTOR-DISMISS", "DELEG-VIA-HS", "SUBDELEG-DEPTH", "DELEG-NOT-HELD", "DELEG-CYCLE",
          "CALLIN", "OWNERSHIP", "APPOINT", "PREP-COUNCIL", "HS-CONTENT", "STRAT-SOTE", "INT-AUDIT",
          "LANG-BOARD-MEMBERS"],
    ML: ["MAND-COUNCIL", "MAND-EXEC", "MAND-DIRECTOR", "SIZE-ML", "ADV-ML", "LANG-ML", "LL-BOARD", "MAYOR-ML",
         "GENDER-ML", "INSTR-REQUIRED", "INSTR-ADOPT", "STRAT-ML", "RESERVED-ML", "APPOINT", "DELEG-NOT-HELD",
         "DELEG-CYCLE", "DELEG-PREP"],
}

# Rows of the statutes.md catalogue (section 6) that are not rules here, and why.
NOT_ENCODED = {
    "DEP-COUNCIL": "deputy councillors per electoral list are an election result; a structure model has no lists",
}


def test_codes_are_stable() -> None:
    assert {law: [r.code for r in rs.rules] for law, rs in RULESETS.items()} == STABLE_CODES


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: f"{r.law.split('/')[1]}:{r.code}")
def test_every_rule_cites_its_law_and_section(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z][A-Z0-9]*(-[A-Z0-9]+)*", rule.code)
    c = rule.citation
    assert c.act.strip()
    if rule.confidence == "LT":
        # read in the legal text: at least one section, each with a pykälä number
        assert c.sections and all(re.fullmatch(r"\d+( [a-z])?", s.par) for s in c.sections)
        assert c.source is None
    else:
        # known from secondary sources: the source is named (and the bill's sections only where one is known)
        assert c.source and c.source.strip()
    assert rule.confidence in ("LT", "SEC", "UNC")
    assert str(c).startswith(c.act)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: f"{r.law.split('/')[1]}:{r.code}")
def test_every_rule_has_texts_hint_severity_and_dates(rule: Rule) -> None:
    assert rule.the_title.fi and rule.the_title.sv and rule.the_title.en
    assert rule.the_hint.fi and rule.the_hint.sv and rule.the_hint.en
    for variant, msg in {**rule.check.messages, **rule.messages}.items():
        assert msg.fi.strip() and msg.sv.strip() and msg.en.strip(), variant
        # the same placeholders in every language, so all can be filled from one set of values
        assert set(re.findall(r"{(\w+)}", msg.fi)) == set(re.findall(r"{(\w+)}", msg.en)), variant
        assert set(re.findall(r"{(\w+)}", msg.sv)) == set(re.findall(r"{(\w+)}", msg.en)), variant
    assert rule.effective_severity in ("error", "warning", "info")
    assert rule.valid_from is not None
    assert rule.valid_to is None or rule.valid_to >= rule.valid_from
    assert rule.applies(rule.valid_from) and not rule.applies(date(rule.valid_from.year - 1, 1, 1))


def test_rules_from_secondary_sources_never_raise_errors() -> None:
    for rule in all_rules():
        if rule.confidence != "LT":
            assert rule.effective_severity != "error", rule.code
    assert all(r.confidence != "LT" for r in ruleset(ML).rules)


def test_only_the_bill_carries_a_caveat() -> None:
    caveat = RULESETS[ML].caveat
    assert caveat is not None and "toissijaisista" in caveat.fi
    assert RULESETS[KL].caveat is None and RULESETS[HVA].caveat is None


def test_every_check_function_has_texts() -> None:
    for spec in specs():
        assert all(t.get(lang) for t in (spec.title, spec.hint) for lang in ("fi", "sv", "en")), spec.fn.__name__


def test_section_parsing() -> None:
    assert Section.parse("31 § 1 mom 1 kohta") == Section("31", 1, "1")
    assert str(Section.parse("12 a §")) == "12 a §"
    assert str(Section.parse("14 § 2 mom 1–4 kohta")) == "14 § 2 mom 1–4 kohta"
    with pytest.raises(ValueError):
        Section.parse("pykälä 16")


def test_law_names_resolve_and_bad_ones_are_user_errors() -> None:
    assert resolve_law("kuntalaki") == KL == resolve_law("410/2015")
    assert resolve_law("HVA") == HVA and resolve_law("maakuntalaki") == ML
    with pytest.raises(UserError, match="did you mean"):
        resolve_law("kuntalak")


def test_matter_catalogue() -> None:
    # every reserved section is a parsable citation (or unknown, for the bill)
    for m in MATTERS.values():
        assert m.names.fi and m.names.sv and m.names.en
        for law, res in m.council_only.items():
            assert law in RULESETS
            if law != ML:
                assert res.section is not None, (m.code, law)
                for part in res.section.split(", "):
                    Section.parse(part)
    # the 1056/2024 change: client fees reserved to the county council only before 2025
    assert "client_fees" in reserved_matters(HVA, date(2024, 12, 31))
    assert "client_fees" not in reserved_matters(HVA, date(2025, 1, 1))
    assert "client_fees" not in reserved_matters(HVA, None)
    # kuntalaki has tax rates, 611/2021 has none
    assert "tax_rates" in reserved_matters(KL, None) and "tax_rates" not in reserved_matters(HVA, None)


def test_topic_lists_match_the_laws() -> None:
    def topics(law: str, kind: str) -> tuple[str, ...]:
        [rule] = [r for r in ruleset(law).rules if r.params.get("kind") == kind and "topics" in r.params
                  and r.check.fn.__name__ == "content_topics"]
        return tuple(rule.params["topics"])

    assert len(topics(KL, "strategy")) == 7 and len(topics(HVA, "strategy")) == 6
    assert len(topics(KL, "group_guideline")) == 7 and len(topics(HVA, "group_guideline")) == 8
    for law in (KL, HVA):
        assert set(topics(law, "strategy")) | set(topics(law, "group_guideline")) <= set(TOPICS)


def catalogue_section(text: str) -> str:
    """Section 6 (the rule catalogue) of statutes.md, or of its vendored copy."""
    return "## 6." + text.split("## 6.", 1)[1].split("## 7.", 1)[0]


def test_statutes_catalogue_is_covered() -> None:
    """Every ID of the rule catalogue in statutes.md section 6 is a rule code, or is listed as not encoded."""
    section6 = catalogue_section(CATALOGUE.read_text(encoding="utf-8"))
    ids = set()
    for line in section6.splitlines():
        m = re.match(r"\|\s*([A-Z][A-Z0-9/-]+)\s*\|", line)
        if m and m.group(1) != "ID":
            head, *rest = m.group(1).split("/")
            ids.add(head)
            prefix = head.rsplit("-", 1)[0]
            ids.update(f"{prefix}-{r}" for r in rest)  # ADV-YOUTH/ELDER/DISAB
    assert len(ids) > 30
    codes = {r.code for r in all_rules()}
    assert ids - codes == set(NOT_ENCODED)


@pytest.mark.skipif(not STATUTES.exists(), reason="only the vendored copy here: shared/domain/statutes.md not beside")
def test_vendored_catalogue_matches_statutes_md() -> None:
    """The copy in tests/fixtures/statutes/ is current (where the original is at hand to compare)."""
    copy = catalogue_section(CATALOGUE.read_text(encoding="utf-8"))
    assert copy == catalogue_section(STATUTES.read_text(encoding="utf-8")), f"copy section 6 of {STATUTES} again"
