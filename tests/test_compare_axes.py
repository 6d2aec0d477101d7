"""The six axes on hand-made pairs: each moves in the right direction when the thing it measures
changes, and a label change alone moves nothing. Every expected value is worked out by hand in
the comment beside it. Across the corpus no axis is an affine map of another."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from orgmodel.compare.axes import AXES, AXIS_IDS, assess, scores
from orgmodel.io import load
from orgmodel.model import Organisation

from builders import MODELS, body, make_org

HE = "fi/maakuntalaki-he-15-2017"


def region(*, targets: tuple[str, str, str] = ("a", "b", "c"), kinds: tuple[str, str, str] = ("board",) * 3,
           roles: tuple[str | None, ...] = (None, None, None), prepare: tuple[str, ...] = (),
           councillors: tuple[str, ...] = (), extra_bodies: tuple[dict[str, Any], ...] = (),
           extra_relations: tuple[dict[str, Any], ...] = (), extra_powers: tuple[dict[str, Any], ...] = (),
           advocacy: tuple[str, ...] = ("youth", "elderly", "disability"), law: str = HE) -> Organisation:
    """Council v 59, executive board h 11, three leadership bodies a, b, c of 9 seats under h, an
    enterprise e with its board eb 7; the council holds pa, pb, pc and one undelegated pv, and
    delegates pa, pb, pc to ``targets``; ``prepare`` lists the bodies that prepare for h."""
    bodies = [body("v", "council", seats=59), body("h", "executive_board", "v", seats=11)]
    for bid, kind, role in zip("abc", kinds, roles, strict=True):
        fields: dict[str, Any] = {"seats": 9}
        if role is not None:
            fields["committee_role"] = role
        if bid in councillors:
            fields["members_must_be_councillors"] = True
        bodies.append(body(bid, kind, "h", **fields))
    bodies += [body("e", "business_enterprise", "h"), body("eb", "enterprise_board", "e", seats=7)]
    bodies += [body(f"adv_{t}", "advocacy_body", advocacy=t) for t in advocacy]
    bodies += list(extra_bodies)
    relations: list[dict[str, Any]] = [{"type": "delegates", "power": f"p{x}", "source": "v", "target": t}
                                       for x, t in zip("abc", targets, strict=True)]
    relations += [{"type": "prepares_for", "source": p, "target": "h"} for p in prepare]
    relations += list(extra_relations)
    powers = [{"id": f"p{x}", "names": {"fi": x}, "holder": "v"} for x in "abcv"] + list(extra_powers)
    return make_org(bodies, relations=relations, powers=powers, law=law, org_type="region",
                    scope=["political_bodies", "advocacy_bodies", "executive", "enterprises", "powers"])


def value(org: Organisation, axis: str) -> float:
    v = scores(org)[axis]
    assert v is not None, assess(org)[axis].reason("en")
    return v


# --- 1 decision-making vs preparatory bodies -----------------------------------------------------------

def test_decision_falls_when_a_power_moves_from_a_body_to_the_board_it_prepares_for() -> None:
    deciding = region(prepare=("a", "b", "c"))                           # D = a b c: 3/3
    preparing = region(targets=("h", "b", "c"), prepare=("a", "b", "c"))  # a holds nothing, prepares: 2/3
    assert value(deciding, "decision") == 1.0
    assert value(preparing, "decision") == pytest.approx(2 / 3, abs=1e-4)


def test_decision_rises_when_a_preparatory_body_receives_a_power() -> None:
    before = region(targets=("h", "h", "h"), prepare=("a", "b", "c"))     # 0/3
    after = region(targets=("a", "h", "h"), prepare=("a", "b", "c"))      # 1/3
    assert value(before, "decision") == 0.0
    assert value(after, "decision") == pytest.approx(1 / 3, abs=1e-4)


def test_decision_reads_no_committee_role() -> None:
    """The review's scratch case: roles flipped to decision_making, powers still with the board."""
    prep = region(targets=("h", "h", "h"), kinds=("committee",) * 3, roles=("preparatory",) * 3,
                  prepare=("a", "b", "c"))
    flipped = region(targets=("h", "h", "h"), kinds=("committee",) * 3, roles=("decision_making",) * 3,
                     prepare=("a", "b", "c"))
    assert value(prep, "decision") == value(flipped, "decision") == 0.0


def test_decision_without_powers_is_not_determinable() -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v"), body("l", "board", "h")])
    result = assess(org)["decision"]
    assert result.value is None and not result.determinable
    assert "hallintosäännön toimivaltamääräykset" in result.reason("fi")
    assert "förvaltningsstadgans" in result.reason("sv") and "administrative regulations" in result.reason("en")


# --- 2 the council's power vs broad participation ------------------------------------------------------

def test_council_falls_when_the_council_delegates_its_own_power() -> None:
    keeps = region()                                                      # pv kept: 1/4
    delegates = region(extra_relations=({"type": "delegates", "power": "pv", "source": "v", "target": "h"},))  # 0/4
    assert value(keeps, "council") == 0.25
    assert value(delegates, "council") == 0.0


def test_council_rises_when_only_councillors_may_sit_in_the_deciding_body() -> None:
    open_bodies = region()                                                # 1/4
    councillors = region(councillors=("a", "b"))                          # v, a, b: 3/4
    assert value(open_bodies, "council") == 0.25
    assert value(councillors, "council") == 0.75


# --- 3 civil-servant preparation vs elected officials in preparation ----------------------------------

def test_preparation_falls_as_more_elected_seats_prepare() -> None:
    # elected seats outside the council: h 11 + a b c 27 + eb 7 = 45
    one = region(prepare=("a",))                                          # 1 − 9/45
    three = region(prepare=("a", "b", "c"))                               # 1 − 27/45
    assert value(one, "preparation") == pytest.approx(1 - 9 / 45, abs=1e-4)
    assert value(three, "preparation") == pytest.approx(1 - 27 / 45, abs=1e-4)


def test_preparation_rises_when_preparers_leave() -> None:
    assert value(region(prepare=("a", "b")), "preparation") < value(region(prepare=("b",)), "preparation")


def test_statutory_preparation_of_council_matters_counts_for_nothing() -> None:
    """The executive board prepares the council's matters in every structure (KL 96 §, 611/2021 98 §)."""
    plain = region(prepare=("a",))
    statutory = region(prepare=("a",), extra_relations=({"type": "prepares_for", "source": "h", "target": "v"},))
    assert value(plain, "preparation") == value(statutory, "preparation")
    only_statutory = region(extra_relations=({"type": "prepares_for", "source": "h", "target": "v"},))
    assert scores(only_statutory)["preparation"] is None


def test_preparation_with_unknown_seats_is_not_determinable_not_zero() -> None:
    org = region(prepare=("a",), extra_bodies=(body("x", "board", "h"),))
    result = assess(org)["preparation"]
    assert result.value is None and "X" in result.reason("en")


# --- 4 strong organiser vs power delegated to the producer --------------------------------------------

def test_organiser_falls_when_a_power_ends_with_the_enterprise() -> None:
    organiser = region()                                                  # 4/4
    producer = region(targets=("eb", "b", "c"))                           # a's power at the enterprise board: 3/4
    assert value(organiser, "organiser") == 1.0
    assert value(producer, "organiser") == 0.75
    assert "1 on the producer side" in assess(producer)["organiser"].reason("en")


def test_organiser_rises_when_the_power_comes_back() -> None:
    assert value(region(targets=("eb", "eb", "c")), "organiser") < value(region(targets=("eb", "b", "c")), "organiser")


# --- 5 representative vs direct democracy --------------------------------------------------------------

def test_removing_the_statutory_advocacy_bodies_moves_nothing() -> None:
    """The review's case: they are in every lawful structure, so they say nothing about the design."""
    assert value(region(), "representative") == value(region(advocacy=()), "representative") == 1.0


def test_a_voluntary_channel_lowers_representative_and_more_rights_lower_it_more() -> None:
    # elected bodies: v h a b c eb = 6
    voice = region(advocacy=("youth", "residents"))                      # 6 / (6 + 1)
    seats = region(advocacy=("youth", "residents"), extra_relations=(
        {"type": "nominates", "source": "adv_residents", "target": "a", "seats": 2},))  # 6 / (6 + 2)
    power = region(advocacy=("youth", "residents"), extra_powers=(
        {"id": "pr", "names": {"fi": "r"}, "holder": "adv_residents"},))  # 6 / (6 + 3)
    assert value(voice, "representative") == pytest.approx(6 / 7, abs=1e-4)
    assert value(seats, "representative") == pytest.approx(6 / 8, abs=1e-4)
    assert value(power, "representative") == pytest.approx(6 / 9, abs=1e-4)


def test_rights_given_to_a_statutory_body_beyond_its_voice_count() -> None:
    nominating = region(extra_relations=({"type": "nominates", "source": "adv_youth", "target": "a", "seats": 1},))
    assert value(nominating, "representative") == pytest.approx(6 / 7, abs=1e-4)  # seats 2 − statutory voice 1
    assert value(region(), "representative") == 1.0


# --- 6 the municipal system vs the new regional system -------------------------------------------------

def test_a_lawful_municipal_committee_model_is_fully_municipal() -> None:
    boards = region(law="fi/kuntalaki-410-2015")
    committees = region(law="fi/kuntalaki-410-2015", kinds=("committee",) * 3, councillors=("a", "b", "c"))
    assert value(boards, "municipal") == value(committees, "municipal") == 1.0


def test_a_language_board_departs_from_the_municipal_template() -> None:
    # bodies: v h a b c e eb + 3 advocacy = 10; with the language board 11
    plain = region(law="fi/hyvinvointialuelaki-611-2021")
    language = region(law="fi/hyvinvointialuelaki-611-2021", extra_bodies=(
        body("kieli", "board", "h", language_body="national_language", seats=9),))
    assert value(plain, "municipal") == 1.0
    assert value(language, "municipal") == pytest.approx(1 - 1 / 11, abs=1e-4)


# --- labels alone --------------------------------------------------------------------------------------

@pytest.mark.parametrize("changed", [
    {"kinds": ("committee",) * 3, "roles": ("preparatory",) * 3},
    {"kinds": ("committee",) * 3, "roles": ("decision_making",) * 3},
    {"kinds": ("subcommittee",) * 3},
    {"kinds": ("commission",) * 3},
])
def test_a_label_change_alone_moves_no_axis(changed: dict[str, Any]) -> None:
    base = region(prepare=("a",), advocacy=("youth", "residents"))
    relabelled = region(prepare=("a",), advocacy=("youth", "residents"), **changed)
    assert scores(base) == scores(relabelled)


# --- the small fixture of the metrics tests, by hand ----------------------------------------------------

def test_axes_of_the_metrics_fixture_by_hand(fixtures_dir: Path) -> None:
    small = load(fixtures_dir / "compare" / "metrics-small.yaml")
    s = scores(small)
    assert s["decision"] == 1.0             # sivistys receives p_opetus; nobody prepares; 6 leadership bodies neither
    assert s["council"] == 0.25             # p_talousarvio stays with the council; 3 others end elsewhere
    assert s["preparation"] is None         # no prepares_for relation
    assert s["organiser"] == 0.5            # hallinto, valtuusto vs johtokunta, yhtio
    assert s["representative"] == pytest.approx(12 / 14, abs=1e-4)  # 12 elected; asukas 1 + forum 1; youth 0
    assert s["municipal"] == 1.0
    assert list(s) == list(AXIS_IDS)
    assert assess(small)["organiser"].certainty.value == "inferred"  # powers not claimed complete


def test_empty_structure_gives_none_not_zero() -> None:
    s = scores(make_org([body("v", "council")]))
    assert s["decision"] is s["council"] is s["preparation"] is s["organiser"] is None
    assert s["representative"] == 1.0 and s["municipal"] == 1.0


# --- no axis is a function of another ------------------------------------------------------------------

def _corpus() -> list[Organisation]:
    files = [*sorted((MODELS / "archetypes").glob("[a-z]*.yaml")), *sorted((MODELS / "real").glob("*.yaml")),
             *sorted(MODELS.glob("*.yaml")), *sorted((MODELS / "examples").glob("*.yaml"))]
    return [load(f) for f in files]


def _affine(xs: list[float], ys: list[float]) -> bool:
    """True when ys = a·xs + b exactly (to 1e-3) for some a, b."""
    x0, y0 = xs[0], ys[0]
    x1, y1 = next(((x, y) for x, y in zip(xs, ys, strict=True) if abs(x - x0) > 1e-9), (x0, y0))
    slope = (y1 - y0) / (x1 - x0)
    return all(abs(y0 + slope * (x - x0) - y) < 1e-3 for x, y in zip(xs, ys, strict=True))


def test_no_axis_is_an_affine_map_of_another_across_the_corpus() -> None:
    table = [scores(org) for org in _corpus()]
    compared = []
    for a, b in itertools.combinations(AXIS_IDS, 2):
        pairs = [(x, y) for s in table if (x := s[a]) is not None and (y := s[b]) is not None]
        xs, ys = [p[0] for p in pairs], [p[1] for p in pairs]
        if len(pairs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
            continue  # a pair that never varies together cannot show a functional relation
        assert not _affine(xs, ys), (a, b)
        assert not _affine(ys, xs), (b, a)
        compared.append((a, b))
    assert ("decision", "council") in compared and ("representative", "municipal") in compared


def test_affine_check_can_fail() -> None:
    assert _affine([0.0, 0.5, 1.0], [0.25, 0.5, 0.75]) and not _affine([0.0, 0.5, 1.0], [0.0, 0.6, 1.0])


def test_axes_keep_their_ids_and_numbers() -> None:
    assert [(a.number, a.id) for a in AXES] == [(1, "decision"), (2, "council"), (3, "preparation"),
                                                 (4, "organiser"), (5, "representative"), (6, "municipal")]
