"""Every rule against its fixtures: each fails on a minimal failing structure and is silent on a passing one.

Fixtures live in ``tests/fixtures/rules/``: ``<law>/<CODE>.fail*.yaml`` and ``.pass*.yaml`` for
rules of one law, ``shared/`` for codes several laws have (checked under each of those laws,
unless the file's ``# laws:`` line names fewer). Each file's first line says its failure mode.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgmodel.check import check
from orgmodel.io import load
from orgmodel.rules import KL, LAWS, all_rules, resolve_law

FIX = Path(__file__).resolve().parent / "fixtures" / "rules"
# each law's fixtures are in the folder named by one of its aliases (kl, hva, ml)
LAW_DIR = {law.id: next(a for a in law.aliases if (FIX / a).is_dir()) for law in LAWS.values()}
# Rules whose requirement the model cannot express yet: their "failing" fixture gives the
# cannot-check note, which is all the rule can honestly say.
CANNOT_CHECK_ONLY = {(KL, "LANG-KL")}


def fixture_laws(path: Path) -> set[str]:
    """The laws a fixture is meant for: its '# laws:' line, or every law."""
    for line in path.read_text(encoding="utf-8").splitlines()[:3]:
        if line.startswith("# laws:"):
            return {resolve_law(x) for x in line.removeprefix("# laws:").split(",")}
    return set(LAW_DIR)


def fixtures(law: str, code: str, outcome: str) -> list[Path]:
    own = sorted((FIX / LAW_DIR[law]).glob(f"{code}.{outcome}*.yaml"))
    found = own or sorted((FIX / "shared").glob(f"{code}.{outcome}*.yaml"))
    return [p for p in found if law in fixture_laws(p)]


def cases(outcome: str) -> list:
    out = []
    for rule in all_rules():
        for path in fixtures(rule.law, rule.code, outcome):
            out.append(pytest.param(rule, path, id=f"{LAW_DIR[rule.law]}:{path.relative_to(FIX)}"))
    return out


@pytest.mark.parametrize("rule,path", cases("fail"))
def test_rule_fails_on_its_failing_fixture(rule, path: Path) -> None:
    report = check(load(path), law=rule.law)
    hits = [f for f in report.findings if f.code == rule.code]
    assert hits, f"{rule.code} did not fire on {path.name}; findings: {report.codes()}"
    if (rule.law, rule.code) in CANNOT_CHECK_ONLY:
        assert all(f.cannot_check and f.severity == "info" for f in hits)
        return
    real = [f for f in hits if not f.cannot_check]
    assert real, f"{rule.code} only said 'cannot check' on {path.name}"
    for f in real:
        assert f.severity == rule.effective_severity
        assert f.law == rule.citation.act and f.section == rule.citation.section_text
        assert f.confidence == rule.confidence
        for text in (f.message, f.message_fi, f.hint, f.hint_fi):
            assert text and "{" not in text and "}" not in text, text  # every placeholder filled


@pytest.mark.parametrize("rule,path", cases("pass"))
def test_rule_is_silent_on_its_passing_fixture(rule, path: Path) -> None:
    report = check(load(path), law=rule.law)
    hits = [f for f in report.findings if f.code == rule.code]
    assert not hits, [f.message for f in hits]


def test_every_rule_has_a_failing_and_a_passing_fixture() -> None:
    missing = [(LAW_DIR[r.law], r.code, outcome) for r in all_rules() for outcome in ("fail", "pass")
               if not fixtures(r.law, r.code, outcome)]
    assert not missing


def test_every_fixture_file_belongs_to_a_rule() -> None:
    """A misspelt fixture name would otherwise silently test nothing."""
    codes = {(r.law, r.code) for r in all_rules()}
    for path in sorted(FIX.glob("*/*.yaml")):
        if path.name.startswith("_") or path.name == "complete.yaml":  # bases and the exemplar
            continue
        code, outcome = path.name.split(".")[:2]
        assert outcome.split("-")[0] in ("fail", "pass"), path
        laws = set(LAW_DIR) if path.parent.name == "shared" else {l for l, d in LAW_DIR.items() if d == path.parent.name}
        assert any((law, code) in codes for law in laws), path


@pytest.mark.parametrize("law", list(LAW_DIR))
def test_complete_exemplar_has_no_findings(law: str) -> None:
    """A structure with every body, number and instrument each law asks for: all rules pass."""
    report = check(load(FIX / LAW_DIR[law] / "complete.yaml"))
    assert report.meta["law"] == law
    assert report.findings == [], [(f.code, f.body, f.message) for f in report.findings]
    assert report.meta["rules_run"] == len([r for r in all_rules() if r.law == law])
