"""Metrics and axis scores on a small hand-made structure; every expectation is worked out by hand.

The fixture tests/fixtures/compare/metrics-small.yaml has 21 bodies:
council tier      valtuusto 43, tarkastus 7 (audit), vaali 5 (election)
executive board   hallitus 11
boards tier       strategia (committee, preparatory, 9-13, under the council), sivistys (board 9),
                  tekninen (board, no seats), talous (committee, no role, 7)
subcommittees     konsernijaosto 5 (under hallitus), lupajaosto 3 (under tekninen), hanke (commission, no seats)
advocacy          nuoriso (youth), asukas (residents)
executive         johtaja, hallinto
production        liikelaitos, johtokunta 7-9, tj (executive under the enterprise)
group             yhtio (subsidiary), saatio (foundation)
external          kuntayhteistyo (cooperation forum)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgmodel.compare.metrics import decision_role, metrics
from orgmodel.io import load
from orgmodel.model import Organisation

from builders import body, make_org


@pytest.fixture
def small(fixtures_dir: Path) -> Organisation:
    return load(fixtures_dir / "compare" / "metrics-small.yaml")


def test_counts_by_kind_and_tier(small: Organisation) -> None:
    m = metrics(small)
    assert m.bodies == 21 and m.relations == 6
    assert m.bodies_by_kind["board"] == 2 and m.bodies_by_kind["committee"] == 2
    assert m.bodies_by_kind["executive"] == 2 and m.bodies_by_kind["cooperative"] == 0
    assert sum(m.bodies_by_kind.values()) == 21
    assert m.bodies_by_tier == {"council": 3, "executive_board": 1, "boards": 4, "subcommittees": 3,
                                "advocacy": 2, "executive": 2, "production": 3, "group": 2, "external": 1}
    # a cooperative is a group entity only when controlled, which its kind does not say (orgmodel.kinds)
    assert m.group_entities == {"subsidiary": 1, "associated_company": 0, "foundation": 1}


def test_seats_carry_ranges_as_min_and_max(small: Organisation) -> None:
    m = metrics(small)
    # elected: 43 + 7 + 5 + 11 + (9-13) + 9 + 7 + 5 + 3 + (7-9); tekninen and hanke have no seats
    assert m.elected_bodies == 12
    # two counts unknown: no total (None, never the 106 of the rest), the known sum apart
    assert (m.seats_min, m.seats_max, m.seats_unknown) == (None, None, 2)
    assert (m.seats_known_min, m.seats_known_max) == (106, 112)
    assert m.seats_min_by_tier["council"] == m.seats_max_by_tier["council"] == 55
    assert m.seats_min_by_tier["boards"] is None is m.seats_max_by_tier["boards"]  # tekninen: unknown
    assert m.seats_min_by_tier["subcommittees"] is None  # hanke: unknown
    assert m.seats_min_by_tier["executive_board"] == 11
    assert (m.seats_min_by_tier["production"], m.seats_max_by_tier["production"]) == (7, 9)
    assert m.seats_max_by_tier["advocacy"] == 0  # advocacy bodies are not elected bodies


def test_roles_hierarchy_and_committee_levels(small: Organisation) -> None:
    m = metrics(small)
    # decision: valtuusto vaali hallitus sivistys tekninen konsernijaosto lupajaosto johtokunta
    # preparatory: tarkastus strategia hanke; no role: talous
    assert (m.decision_making_bodies, m.preparatory_bodies, m.role_unset) == (8, 3, 1)
    assert m.leadership_bodies == 7
    assert m.hierarchy_depth == 4  # valtuusto > hallitus > tekninen > lupajaosto
    # spans: valtuusto 4, hallitus 7, tekninen 1, johtaja 1, liikelaitos 2
    assert (m.span_max, m.span_mean, m.span_executive_board) == (7, 3.0, 7)
    assert (m.council_level_committees, m.board_level_committees) == (1, 3)


def test_advocacy_powers_delegation_and_open_items(small: Organisation) -> None:
    m = metrics(small)
    assert (m.advocacy_bodies, m.advocacy_statutory, m.advocacy_voluntary, m.cooperation_forums) == (2, 1, 1, 1)
    # p_talousarvio stays with the council; p_opetus goes council > sivistys > hallinto (executive tier);
    # p_yksilo goes to johtokunta (production); p_yhtio is the subsidiary's own (group)
    assert m.final_holders == {"p_talousarvio": "valtuusto", "p_opetus": "hallinto",
                               "p_yksilo": "johtokunta", "p_yhtio": "yhtio"}
    assert (m.powers, m.powers_organiser, m.powers_producer, m.powers_external) == (4, 2, 2, 0)
    assert (m.organiser_share, m.producer_share) == (0.5, 0.5)
    assert (m.delegations, m.delegation_chain_max, m.delegation_chain_mean) == (3, 2, 0.75)
    # open: body hanke, lupajaosto's parent link, the choice; inferred: the advises relation
    assert (m.open_items, m.inferred_items, m.choices, m.variants) == (3, 1, 1, 2)


def test_variant_changes_the_scores(small: Organisation) -> None:
    ltk = small.variant({"talous": "ltk"})
    assert metrics(ltk).role_unset == 0


def test_empty_denominators_give_none_not_zero() -> None:
    org = make_org([body("v", "council")], name="T")
    m = metrics(org)
    assert m.organiser_share is None and m.delegation_chain_max is None
    assert (m.hierarchy_depth, m.span_max, m.span_mean, m.span_executive_board) == (1, 0, None, None)
    assert (m.seats_min, m.seats_unknown, m.seats_known_min) == (None, 1, None)  # the council's size unknown


def test_all_seats_known_gives_the_total_and_the_organisation_is_no_body() -> None:
    org = make_org([body("v", "council", seats=51), body("h", "executive_board", "v", seats="9-11"),
                    body("kunta", "organisation"), body("oy", "subsidiary")], name="T")
    m = metrics(org)
    assert (m.seats_min, m.seats_max, m.seats_known_min, m.seats_unknown) == (60, 62, 60, 0)
    assert m.bodies == 3 and "organisation" not in m.bodies_by_kind
    assert sum(m.bodies_by_tier.values()) == 3 and m.bodies_by_tier["group"] == 1


def test_parent_cycle_does_not_hang_depth() -> None:
    org = make_org([body("a", "board", "b"), body("b", "board", "a"), body("c", "subcommittee", "a")], name="T")
    assert metrics(org).hierarchy_depth == 3  # c > a > b, and the cycle stops there


def test_delegation_cycle_is_cut() -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v")], name="T",
                   relations=[{"type": "delegates", "source": "v", "target": "h", "power": "p"},
                              {"type": "delegates", "source": "h", "target": "v", "power": "p"}],
                   powers=[{"id": "p", "names": {"fi": "P"}, "holder": "v"}])
    m = metrics(org)
    assert m.final_holders == {"p": "h"} and m.delegation_chain_max == 1


@pytest.mark.parametrize("kind,role,expected", [
    ("council", None, "decision_making"), ("board", None, "decision_making"),
    ("subcommittee", None, "decision_making"), ("enterprise_board", None, "decision_making"),
    ("committee", "decision_making", "decision_making"), ("committee", "preparatory", "preparatory"),
    ("commission", None, "preparatory"), ("audit_committee", None, "preparatory"),
    ("committee", None, None), ("advocacy_body", None, None), ("subsidiary", None, None),
])
def test_decision_role(kind: str, role: str | None, expected: str | None) -> None:
    from orgmodel.model import Body

    body = Body.model_validate({"id": "x", "kind": kind, "names": {"fi": "X"},
                                **({"committee_role": role} if role else {})})
    assert decision_role(body) == expected
