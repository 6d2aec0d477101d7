"""SIZE-HVA in the first county council term (616/2021 16 § 1 mom): the council elected in January 2022
for 1.3.2022–31.5.2025 had exactly the 611/2021 24 § 1 mom minimum, the population counted on 31.8.2021.
The fixtures show each outcome on 31.5.2025 and 1.6.2025; these tests show the term's first day and the
outcomes a fixture cannot (ranges, below the minimum)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from orgmodel.checking import Finding, check
from orgmodel.rules import HVA

from builders import body, make_org


def size(seats: Any, on: date, population: dict[str, Any] | None = None) -> list[Finding]:
    org = make_org([body("aluevaltuusto", "council", seats=seats)], law=HVA, org_type="wellbeing_services_county",
                   population=population or {"count": 180_000, "date": date(2021, 8, 31)})
    return [f for f in check(org, as_of=on).findings if f.code == "SIZE-HVA"]


@pytest.mark.parametrize("on,key", [(date(2022, 2, 28), None), (date(2022, 3, 1), "exact"),
                                    (date(2025, 5, 31), "exact"), (date(2025, 6, 1), None)])
def test_61_seats_for_180_000_only_in_the_first_term(on: date, key: str | None) -> None:
    # 24 § alone: 61 is odd and at least 59; in the first term only 59 will do
    got = size(61, on)
    assert [f.message_key for f in got] == ([key] if key else [])
    for f in got:
        assert f.severity == "error" and f.law == "Voimaanpanolaki 616/2021" and f.section == "16 § 1 mom"


def test_below_the_minimum_in_the_first_term_is_the_same_finding() -> None:
    (f,) = size(57, date(2024, 1, 1))
    assert f.message_key == "exact" and "57 seats" in f.text("en")


def test_the_tier_is_read_from_the_population() -> None:
    # 250 000 inhabitants on 31.8.2021: 69 exactly (Päijät-Häme's case, had its figure been over 200 000)
    assert size(69, date(2025, 5, 31), {"count": 250_000, "date": date(2021, 8, 31)}) == []
    (f,) = size(59, date(2025, 5, 31), {"count": 250_000, "date": date(2021, 8, 31)})
    assert f.message_key == "exact"


def test_a_range_holding_the_minimum_is_cannot_check_one_without_it_is_a_finding() -> None:
    (f,) = size({"min": 59, "max": 69}, date(2024, 1, 1))
    assert f.cannot_check and f.needs == "seats (one number, not a range)"
    (g,) = size({"min": 61, "max": 69}, date(2024, 1, 1))
    assert g.message_key == "exact" and g.severity == "error"


def test_an_undated_figure_is_at_most_a_warning() -> None:
    (f,) = size(69, date(2025, 5, 31), {"count": 180_000})
    assert f.message_key == "exact_other_day" and f.severity == "warning"
    assert "the model's figure is undated" in f.text("en")


def test_an_approximate_figure_near_a_tier_edge_cannot_tell_59_from_69() -> None:
    # "noin 200 000" may be 190 000–210 000 (±5 %, as for the other SIZE versions): 69 and 59 are both possible
    about = {"count": 200_000, "approximate": True}
    for seats in (59, 69):
        (f,) = size(seats, date(2025, 5, 31), about)
        assert f.cannot_check and "tier edge 200,000 is within ±5 %" in (f.needs or "")
    (g,) = size(61, date(2025, 5, 31), about)  # neither minimum: a finding, at most a warning (undated)
    assert g.message_key == "exact_other_day" and g.severity == "warning" and "59 or 69" in g.text("en")
