"""The law registry is the one source of truth: each law declared once, everything else derived;
a law can be added in-process; one rule code can have dated versions; provisions come into force in stages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from orgmodel.checking import check
from orgmodel.cli.check_cmd import check as check_command
from orgmodel.cli.schema_cmd import schema_text
from orgmodel.model import Organisation
from orgmodel.rules import LAWS, RULESETS, UnknownLaw, law_names_text, register, resolve, unregister
from orgmodel.rules import completeness as c
from orgmodel.rules.base import Law, Rule, Ruleset, cite
from orgmodel.rules.catalogue import MATTERS, TOPICS
from orgmodel.text import Text

TEST_LAW = Law(id="xx/testilaki-1-2030",
               titles={"fi": "Testilaki 1/2030", "sv": "Testlag 1/2030", "en": "Test Act 1/2030"},
               aliases=("testilaki", "1/2030"), valid_from=date(2030, 1, 1), family="municipal")
OLD_WHAT = Text(fi="vanha valtuusto", sv="gamla fullmäktige", en="old council")
NEW_WHAT = Text(fi="uusi valtuusto", sv="nya fullmäktige", en="new council")
STAGE = date(2031, 1, 1)  # the day the second stage comes into force


def _test_ruleset() -> Ruleset:
    return Ruleset(law=TEST_LAW, rules=(
        # one code, two dated versions: the body's name in the law changes on STAGE
        Rule("T-COUNCIL", c.mandatory_body, cite("Testilaki 1/2030", "1 §"), "LT", valid_to=date(2030, 12, 31),
             params={"kind": "council", "what": OLD_WHAT}),
        Rule("T-COUNCIL", c.mandatory_body, cite("Testilaki 1/2030", "1 §"), "LT", valid_from=STAGE,
             severity="warning", params={"kind": "council", "what": NEW_WHAT}),
        # a provision that comes into force only in the second stage
        Rule("T-AUDIT", c.mandatory_body, cite("Testilaki 1/2030", "2 §"), "LT", valid_from=STAGE,
             params={"kind": "audit_committee",
                     "what": Text(fi="tarkastuslautakunta", sv="revisionsnämnd", en="audit committee")}),
    ))


@pytest.fixture
def test_law() -> Iterator[Law]:
    law = register(_test_ruleset())
    try:
        yield law
    finally:
        unregister(law.id)


def _model(law: str) -> Organisation:
    return Organisation.model_validate({"id": "t", "names": {"fi": "Testi"}, "org_type": "archetype", "law": law,
                                        "bodies": [{"id": "h", "kind": "executive_board", "names": {"fi": "H"}}]})


# --- the built-in laws ------------------------------------------------------------------------------


def test_every_law_is_declared_once_with_titles_family_and_dates() -> None:
    assert list(LAWS) == ["fi/kuntalaki-410-2015", "fi/hyvinvointialuelaki-611-2021", "fi/maakuntalaki-he-15-2017"]
    assert {law.id: law.family for law in LAWS.values()} == {
        "fi/kuntalaki-410-2015": "municipal", "fi/hyvinvointialuelaki-611-2021": "county",
        "fi/maakuntalaki-he-15-2017": "bill"}
    for law_id, law in LAWS.items():
        assert RULESETS[law_id].law is law
        assert all(law.titles[lang].strip() for lang in ("fi", "sv", "en"))
        assert law.valid_from is not None
        # the ruleset's title is the law's: one title per law
        assert RULESETS[law_id].title == Text(fi=law.titles["fi"], sv=law.titles["sv"], en=law.titles["en"])
        for alias in law.aliases:
            assert resolve(alias) is law and resolve(alias.upper()) is law
    assert LAWS["fi/kuntalaki-410-2015"].title("sv") == "Kommunallag 410/2015"
    assert LAWS["fi/hyvinvointialuelaki-611-2021"].title("sv") == "Lag om välfärdsområden 611/2021"
    # HE 15/2017 lapsed in 2019: its one title says so
    assert "raukesi" in LAWS["fi/maakuntalaki-he-15-2017"].title("fi")


def test_known_laws_schema_and_cli_help_derive_from_the_registry() -> None:
    schema = json.loads(schema_text())
    assert schema["properties"]["law"]["enum"] == list(LAWS)
    help_text = CliRunner().invoke(check_command, ["--help"]).output
    assert "kuntalaki / 611/2021 / maakuntalaki" in " ".join(help_text.split())
    assert law_names_text() == "kuntalaki / 611/2021 / maakuntalaki"
    with pytest.raises(ValidationError, match="unknown law 'fi/testilaki'"):
        _model("fi/testilaki")


def test_what_each_law_reserves_or_requires_is_in_the_catalogue() -> None:
    for law_id, ruleset in RULESETS.items():
        assert set(ruleset.reserved) <= set(MATTERS), law_id
        assert set(ruleset.no_call_in) <= set(MATTERS), law_id
        for rule in ruleset.rules:
            topics = [t if isinstance(t, str) else t[0] for t in rule.params.get("topics", ())]
            assert set(topics) <= set(TOPICS), (law_id, rule.code)
    for m in MATTERS.values():  # and the catalogue reads them back, by registered law
        assert set(m.council_only) <= set(LAWS) and set(m.no_call_in) <= set(LAWS), m.code


def test_a_law_module_in_the_laws_package_is_all_a_new_law_needs(tmp_path: Path) -> None:
    """Adding a law is one module: a copy of the package with one more law module knows that law."""
    import shutil
    import subprocess
    import sys

    import orgmodel

    package = Path(orgmodel.__file__).parent
    copy = tmp_path / "orgmodel"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "rules" / "laws" / "xx_1_2030_testilaki.py").write_text(
        "from ..base import Law, Rule, Ruleset, cite\n"
        "from .. import completeness as c\n"
        "from ...text import Text\n"
        "LAW = Law(id='xx/testilaki-1-2030', titles={'fi': 'Testilaki', 'sv': 'Testlag', 'en': 'Test Act'},\n"
        "          aliases=('testilaki',), family='municipal')\n"
        "RULESET = Ruleset(law=LAW, reserved={}, rules=(Rule('MAND-COUNCIL', c.mandatory_body, cite('Testilaki',"
        " '1 §'), 'LT', params={'kind': 'council', 'what': Text(fi='valtuusto', sv='fullmäktige', en='council')}),))\n")
    code = ("from orgmodel.model import Organisation\nfrom orgmodel.checking import check\n"
            "org = Organisation.model_validate({'id': 'x', 'names': {'fi': 'X'}, 'org_type': 'municipality',"
            " 'law': 'xx/testilaki-1-2030', 'bodies': [{'id': 'h', 'kind': 'board', 'names': {'fi': 'H'}}]})\n"
            "print(check(org).codes())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert "MAND-COUNCIL" in out.stdout, out.stderr


def test_unknown_law_is_a_user_error_listing_the_laws() -> None:
    with pytest.raises(UnknownLaw, match=r"did you mean 'maakuntalaki'\?\); valid: fi/kuntalaki-410-2015, "):
        resolve("maakuntalak")


def test_a_law_must_have_three_titles_and_a_family() -> None:
    with pytest.raises(ValueError, match="no title in sv"):
        Law(id="x", titles={"fi": "X", "en": "X"}, family="municipal")
    with pytest.raises(ValueError, match="family 'state'"):
        Law(id="x", titles={"fi": "X", "sv": "X", "en": "X"}, family="state")  # type: ignore[arg-type]


# --- adding a law -----------------------------------------------------------------------------------


def test_a_registered_law_is_known_to_models_check_and_the_cli(test_law: Law, tmp_path: Path) -> None:
    org = _model("xx/testilaki-1-2030")  # the model validator reads the registry
    report = check(org, as_of=date(2030, 6, 1))
    assert report.meta["law"] == test_law.id and report.meta["law_title"] == "Testilaki 1/2030"
    assert [(f.code, f.ruleset) for f in report.findings if f.ruleset] == [("T-COUNCIL", test_law.id)]
    assert resolve("testilaki") is test_law
    assert json.loads(schema_text())["properties"]["law"]["enum"][-1] == test_law.id
    # checked under the test law from the command line, by alias
    path = tmp_path / "m.yaml"
    path.write_text("id: t\nnames: {fi: Testi}\norg_type: archetype\nlaw: fi/kuntalaki-410-2015\n"
                    "bodies:\n  - {id: h, kind: executive_board, names: {fi: H}}\n", encoding="utf-8")
    result = CliRunner().invoke(check_command, [str(path), "--law", "1/2030", "--as-of", "2031-02-01"])
    assert "T-AUDIT" in result.output and "T-COUNCIL" in result.output and "Testilaki 1/2030" in result.output


def test_a_law_cannot_be_registered_twice_or_steal_an_alias(test_law: Law) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register(_test_ruleset())
    thief = Law(id="xx/toinen", titles={"fi": "T", "sv": "T", "en": "T"}, aliases=("kuntalaki",), family="county")
    with pytest.raises(ValueError, match="aliases kuntalaki already name another law"):
        register(Ruleset(law=thief, rules=()))
    assert "xx/toinen" not in LAWS


def test_an_unregistered_law_is_unknown_again() -> None:
    law = register(_test_ruleset())
    unregister(law.id)
    with pytest.raises(ValidationError):
        _model(law.id)
    with pytest.raises(UnknownLaw):
        resolve("testilaki")


# --- dated versions and stages ------------------------------------------------------------------------


def test_one_code_has_dated_versions_selected_by_as_of(test_law: Law) -> None:
    rs = RULESETS[test_law.id]
    assert [r.code for r in rs.rules].count("T-COUNCIL") == 2 and rs.codes() == ["T-COUNCIL", "T-AUDIT"]
    assert rs.rule("T-COUNCIL", date(2030, 6, 1)).params["what"] == OLD_WHAT
    assert rs.rule("T-COUNCIL", STAGE).params["what"] == NEW_WHAT
    assert rs.rule("T-COUNCIL").params["what"] == NEW_WHAT  # now: the open-ended version
    org = _model(test_law.id)
    before = [f for f in check(org, as_of=date(2030, 12, 31)).findings if f.code == "T-COUNCIL"]
    after = [f for f in check(org, as_of=STAGE).findings if f.code == "T-COUNCIL"]
    assert [(f.severity, f.text("en")) for f in before] == [("error", "A mandatory body is missing: old council.")]
    assert [(f.severity, f.text("en")) for f in after] == [("warning", "A mandatory body is missing: new council.")]


def test_a_provision_in_force_from_a_later_stage(test_law: Law) -> None:
    org = _model(test_law.id)
    first = check(org, as_of=date(2030, 6, 1))
    second = check(org, as_of=STAGE)
    assert "T-AUDIT" not in first.codes() and first.meta["rules_not_in_force"] == ["T-AUDIT"]
    assert "T-AUDIT" in second.codes() and second.meta["rules_not_in_force"] == []
    assert first.meta["rules_run"] == 1 and second.meta["rules_run"] == 2
    # before the law itself applies, no rules run
    assert [f.code for f in check(org, as_of=date(2029, 1, 1)).findings if f.ruleset] == ["LAW-NOT-IN-FORCE"]


def test_versions_of_one_code_must_not_overlap() -> None:
    rule = Rule("T-X", c.mandatory_body, cite("Testilaki 1/2030", "1 §"), "LT", params={"kind": "council"})
    with pytest.raises(ValueError, match="T-X has versions that overlap"):
        Ruleset(law=TEST_LAW, rules=(rule, Rule("T-X", c.mandatory_body, cite("Testilaki 1/2030", "1 §"), "LT",
                                                  valid_from=date(2031, 1, 1), params={"kind": "council"})))
