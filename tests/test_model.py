"""The model, its graph view, tiers, variants and structural checks, on small hand-made structures."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgmodel.checking import check
from orgmodel.errors import UnknownAlternative
from orgmodel.io import dumps, loads
from orgmodel.model import Organisation, SeatRange
from orgmodel.vocab import BodyKind, RelationType, Tier

from builders import body, make_org

REGION = [
    body("valtuusto", "council", seats=59),
    body("tarkastus", "audit_committee", "valtuusto", seats=7),
    body("hallitus", "executive_board", "valtuusto", seats=11),
    body("hyvinvointi", "board", "hallitus", seats=11),
    body("valitus", "subcommittee", "hyvinvointi", seats=7, certainty="open"),
    body("nuoriso", "advocacy_body", advocacy="youth"),
    body("johtaja", "executive", "hallitus", executive_type="director"),
    body("liikelaitos", "business_enterprise", "hallitus"),
    body("johtokunta", "enterprise_board", "liikelaitos", seats="7-11"),
    body("tj", "executive", "liikelaitos", executive_type="managing_director"),
    body("palvelut", "administration", "tj"),
    body("yhtio", "subsidiary"),
    body("ministerio", "external_party", external_type="state_authority"),
]
RELATIONS: list[dict[str, object]] = [
    {"type": "elects", "source": "valtuusto", "target": "hallitus"},
    {"type": "advises", "source": "nuoriso", "target": "hallitus"},
    {"type": "owns", "source": "hallitus", "target": "yhtio", "share": 100},
    {"type": "steers", "source": "hallitus", "target": "yhtio"},
    {"type": "cooperates_with", "source": "hallitus", "target": "ministerio", "label": "ohjausneuvottelu"},
]


@pytest.fixture
def region() -> Organisation:
    return make_org(REGION, relations=RELATIONS)


def test_tiers_follow_kind_and_position(region: Organisation) -> None:
    tiers = region.tiers()
    assert tiers == {
        "valtuusto": Tier.COUNCIL, "tarkastus": Tier.COUNCIL, "hallitus": Tier.EXECUTIVE_BOARD,
        "hyvinvointi": Tier.BOARDS, "valitus": Tier.SUBCOMMITTEES, "nuoriso": Tier.ADVOCACY,
        "johtaja": Tier.EXECUTIVE, "liikelaitos": Tier.PRODUCTION, "johtokunta": Tier.PRODUCTION,
        # a managing director and a unit under the enterprise are production, not administration
        "tj": Tier.PRODUCTION, "palvelut": Tier.PRODUCTION,
        "yhtio": Tier.GROUP, "ministerio": Tier.EXTERNAL,
    }


def test_graph_queries(region: Organisation) -> None:
    g = region.graph()
    assert g.number_of_nodes() == 13
    # 9 parent links + 5 relations
    assert g.number_of_edges() == 14
    assert g.children("hallitus") == ["hyvinvointi", "johtaja", "liikelaitos"]
    assert g.parent("valitus") == "hyvinvointi"
    assert g.ancestors_in_hierarchy("valitus") == ["hyvinvointi", "hallitus", "valtuusto"]
    assert g.chain_from_council("palvelut") == ["valtuusto", "hallitus", "liikelaitos", "tj", "palvelut"]
    assert g.chain_from_council("yhtio") is None
    assert g.depth("valitus") == 3
    assert g.by_kind("executive") == ["johtaja", "tj"]
    assert g.by_tier(Tier.PRODUCTION) == ["liikelaitos", "johtokunta", "tj", "palvelut"]
    assert [(u, v) for u, v, _ in g.relations_of_type(RelationType.OWNS)] == [("hallitus", "yhtio")]
    assert g.nodes["johtokunta"]["kind"] is BodyKind.ENTERPRISE_BOARD
    assert g.descendants_in_hierarchy("liikelaitos") == ["johtokunta", "tj", "palvelut"]
    assert region.graph() is g  # built once


def test_model_lookups(region: Organisation) -> None:
    assert [x.id for x in region.children(None)] == ["valtuusto", "nuoriso", "yhtio", "ministerio"]
    assert [x.id for x in region.ancestors("tj")] == ["liikelaitos", "hallitus", "valtuusto"]
    assert [x.id for x in region.bodies_of_kind("subsidiary", BodyKind.EXTERNAL_PARTY)] == ["yhtio", "ministerio"]
    assert region.body("johtokunta").seats == SeatRange(min=7, max=11)
    assert (region.body("johtokunta").seats_min, region.body("johtokunta").seats_max) == (7, 11)
    assert region.body("hallitus").seats_min == region.body("hallitus").seats_max == 11


def test_seats_forms() -> None:
    org = make_org([body("v", "council", seats="59"), body("j", "enterprise_board", "v", seats={"min": 9, "max": 9}),
                    body("k", "enterprise_board", "v", seats="7 – 11")])
    assert org.body("v").seats == 59 and org.body("j").seats == 9
    assert str(org.body("k").seats) == "7-11"
    with pytest.raises(ValidationError, match="cannot be negative"):
        make_org([body("v", "council", seats=-1)])
    with pytest.raises(ValidationError, match="must be a number or a range"):
        make_org([body("v", "council", seats=True)])


def test_unknown_keys_and_references_fail_outside_the_loader_too() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        make_org([body("v", "council", colour="red")])
    with pytest.raises(ValidationError, match="parent 'nobody' is not a body id"):
        make_org([body("v", "council"), body("h", "executive_board", "nobody")])
    with pytest.raises(ValidationError, match="write the hierarchy as 'parent:'"):
        make_org([body("v", "council"), body("h", "executive_board")],
                 relations=[{"type": "subordinate_to", "source": "h", "target": "v"}])


CHOICES = [
    {"id": "tyyppi", "question": "Valiokunta vai lautakunta?", "alternatives": [
        {"id": "valiokunta", "label": "valiokunta"},
        {"id": "lautakunta", "label": "lautakunta",
         "set": {"a": {"kind": "board"}, "b": {"kind": "board"}}}]},
    {"id": "valitus", "question": "Valitusjaosto?", "alternatives": [
        {"id": "on", "label": "perustetaan"},
        {"id": "ei", "label": "ei perusteta", "remove": ["vj"]}]},
]


@pytest.fixture
def open_org() -> Organisation:
    return make_org([
        body("v", "council"), body("h", "executive_board", "v"),
        body("a", "committee", "h", committee_role="decision_making", certainty="open"),
        body("b", "committee", "h", committee_role="preparatory", certainty="open"),
        body("vj", "subcommittee", "h", certainty="open"),
    ], relations=[{"type": "prepares_for", "source": "b", "target": "h"},
                  {"type": "elects", "source": "v", "target": "vj"}], choices=CHOICES)


def test_variants_expand_every_combination(open_org: Organisation) -> None:
    variants = list(open_org.variants())
    assert [sel for sel, _ in variants] == [
        {"tyyppi": "valiokunta", "valitus": "on"}, {"tyyppi": "valiokunta", "valitus": "ei"},
        {"tyyppi": "lautakunta", "valitus": "on"}, {"tyyppi": "lautakunta", "valitus": "ei"},
    ]
    last = variants[3][1]
    assert [x.kind for x in last.bodies_of_kind("board")] == [BodyKind.BOARD, BodyKind.BOARD]
    assert last.body("a").committee_role is None  # a board has no committee role
    assert not last.has_body("vj")
    assert [r.type for r in last.relations] == [RelationType.PREPARES_FOR]  # the elects edge went with vj
    assert last.choices == []
    assert "variant: tyyppi=lautakunta, valitus=ei" in (last.note or "")
    first = variants[0][1]
    role = first.body("a").committee_role
    assert role is not None and role.value == "decision_making" and first.has_body("vj")


def test_unknown_alternative(open_org: Organisation) -> None:
    with pytest.raises(UnknownAlternative,
                       match="choice 'tyyppi' has no alternative 'jaosto'; valid: valiokunta, lautakunta"):
        open_org.variant({"tyyppi": "jaosto"})
    with pytest.raises(UnknownAlternative, match="no choice 'nope'"):
        open_org.variant({"nope": "x"})


def test_structural_findings() -> None:
    org = make_org([
        body("v", "council"), body("x", "board", "y"), body("y", "board", "x"),  # a cycle
        body("lonely", "subsidiary"),  # connected to nothing
        body("free", "committee", committee_role="preparatory"),  # no parent
    ], relations=[{"type": "prepares_for", "source": "free", "target": "v"}])
    report = check(org, legal=False)
    assert [(f.code, f.body) for f in report.findings] == [
        ("STRUCT-CYCLE", "x"), ("STRUCT-NO-PARENT", "free"), ("STRUCT-ORPHAN", "lonely")]
    assert "x -> y -> x" in report.findings[0].text("en")
    assert report.exit_code() == 1


def test_variant_that_strands_a_child() -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v"), body("j", "subcommittee", "h"),
                    body("jj", "subcommittee", "j")],
                   choices=[{"id": "c", "question": "?", "alternatives": [
                       {"id": "keep", "label": "on"}, {"id": "drop", "label": "ei", "remove": ["j"]}]}])
    report = check(org, legal=False)
    assert [(f.code, f.body) for f in report.findings] == [("STRUCT-VARIANT", "jj")]
    assert org.variant({"c": "drop"}).body("jj").parent is None


def test_clean_structure_has_no_findings(region: Organisation) -> None:
    assert check(region, legal=False).findings == []


# --- round trip for generated structures ------------------------------------------------------

names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
kinds = st.sampled_from([k.value for k in BodyKind if k not in (BodyKind.COMMITTEE, BodyKind.ADVOCACY_BODY,
                                                                 BodyKind.EXECUTIVE, BodyKind.EXTERNAL_PARTY)])
seats = st.one_of(st.none(), st.integers(0, 99), st.tuples(st.integers(0, 20), st.integers(0, 20)).map(
    lambda t: f"{min(t)}-{max(t)}"))


@st.composite
def structures(draw: st.DrawFn) -> dict[str, object]:
    n = draw(st.integers(1, 12))
    bodies = []
    for i in range(n):
        body: dict[str, object] = {"id": f"b{i}", "kind": draw(kinds), "names": {"fi": draw(names)}}
        if i and draw(st.booleans()):
            body["parent"] = f"b{draw(st.integers(0, i - 1))}"
        s = draw(seats)
        if s is not None:
            body["seats"] = s
        if draw(st.booleans()):
            body["certainty"] = draw(st.sampled_from(["stated", "inferred", "open"]))
        bodies.append(body)
    return {"id": "gen", "names": {"fi": draw(names)}, "org_type": "archetype",
            "law": "fi/kuntalaki-410-2015", "bodies": bodies}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(structures(), st.sampled_from(["yaml", "json"]))
def test_round_trip_any_structure(data: dict[str, object], fmt: str) -> None:
    org = Organisation.model_validate(data)
    assert loads(dumps(org, fmt), fmt=fmt) == org
