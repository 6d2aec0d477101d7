"""False positives and false negatives of the legal rules (issue 10 §2), where a rule fixture cannot
say it: "cannot check" outcomes, severities and texts. Each test names the provision it rests on."""

from __future__ import annotations

from typing import Any

from orgmodel.checking import Finding, check
from orgmodel.rules import HVA, KL

from builders import body, make_org


def findings(code: str, law: str, *bodies: dict[str, object], **fields: Any) -> list[Finding]:
    org = make_org([body("valtuusto", "council", seats=13), body("hallitus", "executive_board", "valtuusto"),
                    *bodies], law=law, org_type="municipality", population={"count": 4000}, **fields)
    return [f for f in check(org).findings if f.code == code]


def test_an_untyped_office_under_the_executive_board_cannot_be_told_from_the_director() -> None:
    # KL 38 § 3 mom / 611/2021 42 § 3 mom: only a director (or a mayor under KL) satisfies the rule;
    # an office without executive_type under the executive board might be one: "cannot check", never a pass
    for law in (KL, HVA):
        (f,) = findings("MAND-DIRECTOR", law, body("toimisto", "executive", "hallitus"))
        assert f.cannot_check and f.severity == "info" and f.needs == "executive_type"
