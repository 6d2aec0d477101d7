"""Every rule against its fixtures: each fails on a minimal failing structure, with exactly the findings
the fixture names, and is silent on a passing one.

Fixtures live in ``tests/fixtures/rules/``: ``<law>/<CODE>.fail*.yaml`` and ``.pass*.yaml`` for
rules of one law, ``shared/`` for codes several laws have (checked under each of those laws,
unless the file's ``# laws:`` line names fewer). A law's folder is named by one of its short
names (``kl`` for kuntalaki). Each file's first line says its failure mode; a failing fixture
then names every finding of its code it expects, one line each, in its leading comments::

    # expect: LL-BOARD no_director liikelaitos
    # expect: INSTR-REQUIRED missing - "budget"
    # expect[611/2021]: ELEC-BODY parent vaalilautakunta

The fields are the code, the message variant (the key of the rule's ``messages`` that produced
the finding), the body (``-`` for a finding about the whole organisation) and, optionally, a
quoted text the English message contains (to tell apart findings of one variant without a body).
``expect[<law>]`` lines apply under that law only, and replace the plain lines there.

A ``# severity: warning`` line says the findings are capped below the rule's severity (they rest
on an inferred or open fact; the expected text then names it). A ``# section: <sections>`` line
(``# section[<law>]:`` for one law) names the provision the findings cite where it is narrower
than the rule's whole citation; without one, they cite the rule's citation.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest

from orgmodel.checking import check
from orgmodel.errors import UserError
from orgmodel.io import load
from orgmodel.rules import KL, RULESETS, Rule, all_rules, resolve_law
from orgmodel.text import LANGS

FIX = Path(__file__).resolve().parent / "fixtures" / "rules"
SHARED = "shared"
# Rules whose requirement the model cannot express (for the internal audit, a function the model cannot
# show to be absent): their "failing" fixture gives the cannot-check note, which is all the rule can
# honestly say.
CANNOT_CHECK_ONLY = {("fi/hyvinvointialuelaki-611-2021", "INT-AUDIT")}
EXPECT = re.compile(r"#\s*expect(?:\[(?P<law>[^\]]+)\])?:(?P<fields>.*)")


def _law_folders() -> tuple[dict[str, str], list[str]]:
    """Law id -> fixture folder, from the folders' names (a short name of the law each), and the
    folders whose name is no law's."""
    found: dict[str, str] = {}
    strays: list[str] = []
    for folder in sorted(p for p in FIX.iterdir() if p.is_dir() and p.name != SHARED):
        try:
            found[resolve_law(folder.name)] = folder.name
        except UserError:
            strays.append(folder.name)
    return found, strays


LAW_DIR, STRAY_DIRS = _law_folders()
LAWS = list(RULESETS)


def law_label(law: str) -> str:
    """The law's fixture folder name, or its id where it has no folder yet."""
    return LAW_DIR.get(law, law)


@dataclass(frozen=True)
class Expected:
    code: str
    variant: str
    body: str | None
    text: str | None = None  # a part of the English message

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.code, self.variant, self.body)


def header(path: Path) -> list[str]:
    """The comment lines a fixture starts with."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def header_value(path: Path, key: str, law: str) -> str | None:
    """The value of a ``# key:`` (or, first, ``# key[law]:``) line of the fixture's header."""
    plain: str | None = None
    for line in header(path):
        m = re.fullmatch(rf"#\s*{key}(?:\[(?P<law>[^\]]+)\])?:\s*(?P<value>.*)", line)
        if m is None:
            continue
        if m["law"] is None:
            plain = m["value"].strip()
        elif resolve_law(m["law"]) == law:
            return m["value"].strip()
    return plain


def fixture_laws(path: Path) -> set[str]:
    """The laws a fixture is meant for: its '# laws:' line, or every law."""
    for line in header(path):
        if line.startswith("# laws:"):
            return {resolve_law(x) for x in line.removeprefix("# laws:").split(",")}
    return set(LAWS)


def expectations(path: Path, law: str) -> list[Expected]:
    """The findings ``path`` names for ``law``: its ``expect[law]`` lines if it has any, else its
    plain ``expect`` lines. ValueError for a line that does not read as one."""
    plain: list[Expected] = []
    own: list[Expected] = []
    for line in header(path):
        m = EXPECT.fullmatch(line)
        if m is None:
            if "expect" in line.split(":")[0]:
                raise ValueError(f"{path.name}: cannot read {line!r} (write '# expect: CODE variant body')")
            continue
        fields = shlex.split(m["fields"])
        if len(fields) not in (3, 4):
            raise ValueError(f"{path.name}: {line!r} needs CODE variant body [\"text\"], got {fields}")
        code, variant, body, *text = fields
        found = Expected(code, variant, None if body == "-" else body, text[0] if text else None)
        if m["law"] is None:
            plain.append(found)
        elif resolve_law(m["law"]) == law:
            own.append(found)
    return own or plain


def fixtures(law: str, code: str, outcome: str) -> list[Path]:
    folder = LAW_DIR.get(law)
    own = sorted((FIX / folder).glob(f"{code}.{outcome}*.yaml")) if folder else []
    found = own or sorted((FIX / SHARED).glob(f"{code}.{outcome}*.yaml"))
    return [p for p in found if law in fixture_laws(p)]


def fixture_day(path: Path, law: str) -> date | None:
    """The day a fixture is checked on under ``law``: its version date when the model is under that law
    (as :func:`orgmodel.check` does), else None (the law as it stands now)."""
    org = load(path)
    return org.version.date if org.version is not None and org.law == law else None


def cases(outcome: str) -> list[Any]:
    """(rule, fixture) for each fixture of the rule's code on a day this version of the rule applies."""
    out = []
    for rule in all_rules():
        for path in fixtures(rule.law, rule.code, outcome):
            if not rule.applies(fixture_day(path, rule.law)):
                continue  # a fixture of another dated version of the code
            out.append(pytest.param(rule, path, id=f"{law_label(rule.law)}:{path.relative_to(FIX)}"))
    return out


@pytest.mark.parametrize("rule,path", cases("fail"))
def test_rule_fails_on_its_failing_fixture_with_exactly_the_findings_it_names(rule: Rule, path: Path) -> None:
    expected = expectations(path, rule.law)
    assert expected, (f"{path.name} names no finding it expects: add a line "
                      f"'# expect: {rule.code} <variant> <body or ->' to its leading comments")
    assert {e.code for e in expected} == {rule.code}, f"{path.name} is for {rule.code}: {expected}"
    report = check(load(path), law=rule.law)
    hits = [f for f in report.findings if f.code == rule.code]
    got = Counter((f.code, f.message_key, f.body) for f in hits)
    assert got == Counter(e.key for e in expected), (
        f"{path.name} under {law_label(rule.law)}: found {sorted(got.elements(), key=str)}, "
        f"expected {sorted((e.key for e in expected), key=str)}")
    for key in got:  # each expected text in a finding of its own
        named = [e for e in expected if e.key == key]
        same = [f for f in hits if (f.code, f.message_key, f.body) == key]
        assert any(all(e.text is None or e.text in f.text("en") for e, f in zip(named, order, strict=True))
                   for order in permutations(same)), (named, [f.text("en") for f in same])
    cannot_only = all(e.variant == "cannot_check" for e in expected)
    assert cannot_only == ((rule.law, rule.code) in CANNOT_CHECK_ONLY), (
        f"{path.name}: a failing fixture shows a violation; only {sorted(CANNOT_CHECK_ONLY)} may expect "
        "nothing but 'cannot check'")
    severity = header_value(path, "severity", rule.law) or rule.effective_severity
    section = header_value(path, "section", rule.law) or rule.citation.section_text
    for f in hits:
        if f.cannot_check:
            assert f.severity == "info"
            continue
        assert f.severity == severity, (path.name, f.severity)
        assert f.section == section, (path.name, f.section)
        assert f.law == (header_value(path, "act", rule.law) or rule.citation.act), (path.name, f.law)
        assert f.confidence == rule.confidence
        assert f.hint is not None
        for text in (*(f.text(lang) for lang in LANGS), *(f.hint.get(lang) for lang in LANGS)):
            assert text and "{" not in text and "}" not in text, text  # every placeholder filled


@pytest.mark.parametrize("rule,path", cases("pass"))
def test_rule_is_silent_on_its_passing_fixture(rule: Rule, path: Path) -> None:
    assert not [line for line in header(path) if EXPECT.fullmatch(line)], f"{path.name} passes: it expects nothing"
    report = check(load(path), law=rule.law)
    hits = [f for f in report.findings if f.code == rule.code]
    assert not hits, [f.text("en") for f in hits]


def test_every_rule_has_a_failing_and_a_passing_fixture() -> None:
    missing = [(law_label(r.law), r.code, outcome) for r in all_rules() for outcome in ("fail", "pass")
               if not [p for p in fixtures(r.law, r.code, outcome) if r.applies(fixture_day(p, r.law))]]
    assert not missing


def test_every_fixture_file_belongs_to_a_rule() -> None:
    """A misspelt fixture name would otherwise silently test nothing."""
    codes = {(r.law, r.code) for r in all_rules()}
    for path in sorted(FIX.glob("*/*.yaml")):
        if path.name.startswith("_") or path.name == "complete.yaml":  # bases and the exemplar
            continue
        code, outcome = path.name.split(".")[:2]
        assert outcome.split("-")[0] in ("fail", "pass"), path
        laws = set(LAWS) if path.parent.name == SHARED else {lw for lw, d in LAW_DIR.items() if d == path.parent.name}
        assert any((law, code) in codes for law in laws), path


@pytest.mark.parametrize("law", LAWS)
def test_every_law_has_a_fixture_folder(law: str) -> None:
    assert law in LAW_DIR, (f"no fixture folder for {law}: create tests/fixtures/rules/<short name>/ (a name "
                            f"resolve_law() knows for it) with complete.yaml and its rules' fixtures")


def test_every_fixture_folder_is_a_law() -> None:
    assert not STRAY_DIRS, f"tests/fixtures/rules/{STRAY_DIRS}: no law has this short name"


@pytest.mark.parametrize("law", LAWS)
def test_complete_exemplar_has_no_findings(law: str) -> None:
    """A structure with every body, number and instrument each law asks for: all rules pass."""
    assert law in LAW_DIR, f"no fixture folder for {law} (see test_every_law_has_a_fixture_folder)"
    report = check(load(FIX / LAW_DIR[law] / "complete.yaml"))
    assert report.meta["law"] == law
    assert report.findings == [], [(f.code, f.body, f.text("en")) for f in report.findings]
    day = fixture_day(FIX / LAW_DIR[law] / "complete.yaml", law)
    assert report.meta["rules_run"] == len([r for r in all_rules() if r.law == law and r.applies(day)])


def test_a_failing_fixture_without_expectations_is_refused(tmp_path: Path) -> None:
    """The fail test's first assertion: a fixture that names nothing cannot pass by firing anything."""
    bare = tmp_path / "LL-BOARD.fail.yaml"
    bare.write_text("# LL-BOARD fails: no board.\nextends: x.yaml\n", encoding="utf-8")
    assert expectations(bare, KL) == []
    rule = RULESETS[KL].rule("LL-BOARD")
    with pytest.raises(AssertionError, match="names no finding it expects"):
        test_rule_fails_on_its_failing_fixture_with_exactly_the_findings_it_names(rule, bare)


def test_expect_lines_read_per_law(tmp_path: Path) -> None:
    path = tmp_path / "X.fail.yaml"
    path.write_text('# X fails.\n# expect: X missing -\n# expect[611/2021]: X parent b\n'
                    '# expect[611/2021]: X missing - "council"\nid: x\n', encoding="utf-8")
    hva = resolve_law("611/2021")
    assert expectations(path, KL) == [Expected("X", "missing", None)]
    assert expectations(path, hva) == [Expected("X", "parent", "b"), Expected("X", "missing", None, "council")]
    path.write_text("# X fails.\n# expect: X missing\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs CODE variant body"):
        expectations(path, KL)
