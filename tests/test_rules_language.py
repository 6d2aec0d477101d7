"""LANG-BOARD-MEMBERS (611/2021 33 § 1 and 6 mom): who sits on the language boards. The fixtures show each
violation; these tests show the "cannot check" outcomes, the boundaries and the examples."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from orgmodel.checking import Finding, check
from orgmodel.io import load
from orgmodel.rules import HVA
from orgmodel.rules.language import needed_nominees

from builders import MODELS, body, make_org

CODE = "LANG-BOARD-MEMBERS"


def findings(*bodies: dict[str, object], relations: list[dict[str, object]] | None = None,
             as_of: date | None = None, **fields: Any) -> list[Finding]:
    org = make_org([body("aluevaltuusto", "council", seats=59),
                    body("aluehallitus", "executive_board", "aluevaltuusto"), *bodies],
                   relations=relations or [], law=HVA, org_type="wellbeing_services_county",
                   population={"count": 180_000}, **fields)
    return [f for f in check(org, as_of=as_of).findings if f.code == CODE]


def national(**composition: Any) -> dict[str, object]:
    return body("kieli", "board", "aluehallitus", language_body="national_language", seats=9,
                **({"composition": composition} if composition else {}))


def sami(groups: dict[str, int] | None = None, seats: int = 9) -> dict[str, object]:
    return body("saame", "board", "aluehallitus", language_body="sami_language", seats=seats,
                **({"composition": {"language_groups": groups}} if groups is not None else {}))


PARTIES = [body("saamelaiskarajat", "external_party", external_type="other"),
           body("kylakokous", "external_party", external_type="other")]


def nominations(*seats: int | None) -> list[dict[str, object]]:
    sources = ["saamelaiskarajat", "kylakokous"]
    return [{"type": "nominates", "source": sources[i], "target": "saame",
             **({"seats": n} if n is not None else {})} for i, n in enumerate(seats)]


def test_the_minority_is_not_guessed_when_minority_language_is_not_stated() -> None:
    # 33 § 1 mom: members of the county's language minority; which language that is, the model must say.
    # An all-Finnish board would be wrong in a Swedish-minority county, so nothing is concluded from it.
    (f,) = findings(national(language_groups={"finnish": 9}), bilingual=True)
    assert f.cannot_check and f.severity == "info" and f.needs == "minority_language"
    assert f.section == "33 § 1 mom"


def test_both_missing_keys_are_named() -> None:
    (f,) = findings(national(), bilingual=True)
    assert f.cannot_check and f.needs == "minority_language, composition.language_groups"


def test_the_members_language_groups_not_given_is_cannot_check() -> None:
    (f,) = findings(national(women=4, men=5), bilingual=True, minority_language="swedish")
    assert f.cannot_check and f.needs == "composition.language_groups"


def test_some_members_uncounted_is_cannot_check_not_a_pass() -> None:
    # 7 of 9 counted, all Swedish-speaking: the other two are unknown
    (f,) = findings(national(language_groups={"swedish": 7}), bilingual=True, minority_language="swedish")
    assert f.cannot_check and f.needs == "composition.language_groups (the language group of every member)"


def test_a_minority_board_of_the_minority_passes() -> None:
    assert findings(national(language_groups={"swedish": 9}), bilingual=True, minority_language="swedish") == []


def test_a_county_that_is_not_bilingual_is_not_read() -> None:
    # 33 § 1 mom binds a bilingual county; a board of that kind elsewhere is not under it
    assert findings(national(language_groups={"finnish": 9})) == []


def test_sami_members_not_given_and_no_nominations_are_two_notes() -> None:
    got = sorted(f.needs or "" for f in findings(sami(), sami_homeland=True))
    assert got == ["composition.language_groups",
                   "nominates relations into the board (the Sámi Parliament and the Skolt village meeting), "
                   "with their seats"]
    assert all(f.cannot_check and f.section == "33 § 6 mom" for f in findings(sami(), sami_homeland=True))


def test_a_nomination_without_seats_is_cannot_check_on_that_relation() -> None:
    (f,) = findings(sami({"sami": 9}), *PARTIES, relations=nominations(3, None), sami_homeland=True)
    assert f.cannot_check and f.needs == "seats (how many members are proposed)"
    assert f.loc == ("relations", 1)


def test_only_outside_parties_nominations_count() -> None:
    # the aluehallitus proposing members is no proposal of the Sámi Parliament or the village meeting
    inside = [{"type": "nominates", "source": "aluehallitus", "target": "saame", "seats": 9}]
    (f,) = findings(sami({"sami": 9}), *PARTIES, relations=inside, sami_homeland=True)
    assert f.cannot_check and (f.needs or "").startswith("nominates relations")


@pytest.mark.parametrize("seats,nominated,passes", [(9, (3, 1), True), (9, (2, 1), False), (5, (1, 1), True),
                                                    (10, (3, 1), True), (10, (2, 1), False), (7, (2, 1), True)])
def test_forty_percent_boundary(seats: int, nominated: tuple[int, int], passes: bool) -> None:
    # 33 § 6 mom: "vähintään 40 prosenttia": 2 of 5 is exactly 40 % and enough
    got = findings(sami({"sami": seats}, seats=seats), *PARTIES, relations=nominations(*nominated),
                   sami_homeland=True)
    assert (got == []) is passes, [f.text("en") for f in got]
    if not passes:
        (f,) = got
        assert f.message_key == "sami_nominees" and f.severity == "error"
        assert f"at least 40 %, that is {needed_nominees(seats)}, must be" in f.text("en")


def test_an_inferred_nomination_caps_the_finding_at_a_warning() -> None:
    rels = nominations(2, 1)
    rels[0]["certainty"] = "inferred"
    (f,) = findings(sami({"sami": 9}), *PARTIES, relations=rels, sami_homeland=True)
    assert f.message_key == "sami_nominees" and f.severity == "warning"


def test_the_rule_applies_from_the_counties_start() -> None:
    # 616/2021 1 § 2 mom: 29–33 § apply from 1.3.2022
    bad = national(language_groups={"finnish": 9})
    assert findings(bad, bilingual=True, minority_language="swedish", as_of=date(2022, 2, 28)) == []
    (f,) = findings(bad, bilingual=True, minority_language="swedish", as_of=date(2022, 3, 1))
    assert f.message_key == "minority" and f.severity == "error"


@pytest.mark.parametrize("name", ["saamen-kielen-lautakunta.yaml", "kaksikielinen-hyvinvointialue.yaml"])
def test_the_examples_language_boards_pass(name: str) -> None:
    # the Sámi example: 9 Sámi-speaking members, 3 + 1 of 9 (44 %) nominated; the bilingual one: a Finnish
    # minority and an all-Finnish national-language board
    path: Path = MODELS / "examples" / name
    assert [f.text("en") for f in check(load(path)).findings if f.code == CODE] == []
