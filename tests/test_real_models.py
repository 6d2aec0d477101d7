"""The corpus of real in-force structures (``models/real/``) and the made-up examples
(``models/examples/``): sources on every stated fact, only recorded errors, and every kind of fact
the model can say shown in at least one shipped file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgmodel.checking import check
from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.provenance import unsourced_facts
from orgmodel.vocab import BodyKind, OrgType, RelationType, Status

from builders import body, make_org

MODELS = Path(__file__).resolve().parent.parent / "models"
REAL = MODELS / "real"
EXAMPLES = MODELS / "examples"
REAL_FILES = sorted(p.name for p in REAL.glob("*.yaml"))
EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))

#: The wellbeing services counties and cities the issue names; each must be in the corpus.
COUNTIES = ("vantaa-kerava", "kanta-hame", "paijat-hame", "etela-pohjanmaa", "keski-pohjanmaa", "kymenlaakso",
            "etela-savo", "keski-uusimaa", "etela-karjala")

#: Every error the checker gives on a real structure, with the reason it is a true finding.
#: (file, code, body) -> reason. Anything else is a false error: a bug.
TRUE_ERRORS: dict[tuple[str, str, str | None], str] = {}


def real(name: str) -> Organisation:
    return load(REAL / name)


def test_the_corpus_has_the_counties_and_at_least_two_cities() -> None:
    stems = {Path(n).stem for n in REAL_FILES}
    assert set(COUNTIES) <= stems
    cities = [n for n in REAL_FILES if real(n).org_type is OrgType.MUNICIPALITY]
    assert len(cities) >= 2 and len(REAL_FILES) >= 11


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_stated_fact_has_its_source_date_and_quote(name: str) -> None:
    assert unsourced_facts(real(name)) == []


def test_the_source_test_can_fail() -> None:
    page = {"source": "https://example.fi/x", "date": "2025-06-01"}
    org = make_org([body("v", "council", provenance={**page, "quote": "59 valtuutettua"}),
                    body("h", "executive_board", "v", provenance=page),
                    body("t", "audit_committee", "v", certainty="inferred")])
    assert [loc for loc, _ in unsourced_facts(org)] == [("bodies", 1)]  # the inferred body needs none


@pytest.mark.parametrize("name", REAL_FILES)
def test_a_real_structure_is_dated_and_in_force(name: str) -> None:
    org = real(name)
    assert org.version is not None and org.version.date is not None
    assert org.version.status is Status.ADOPTED
    assert org.law in ("fi/hyvinvointialuelaki-611-2021", "fi/kuntalaki-410-2015")


@pytest.mark.parametrize("name", REAL_FILES)
def test_a_real_structure_has_no_error_that_is_not_recorded_as_true(name: str) -> None:
    report = check(real(name))
    errors = {(name, f.code, f.body) for f in report.errors}
    assert errors <= set(TRUE_ERRORS), f"false errors? {sorted(errors - set(TRUE_ERRORS))}"
    recorded = {k for k in TRUE_ERRORS if k[0] == name}
    assert recorded <= errors, f"recorded errors no longer found: {sorted(recorded - errors)}"


@pytest.mark.parametrize("name", REAL_FILES)
def test_suppressions_in_the_corpus_only_quiet_cannot_check_notes(name: str) -> None:
    assert _hidden_findings(real(name)) == []
    assert all(len(s.reason.strip()) >= 10 for s in real(name).suppressions)


def _hidden_findings(org: Organisation) -> list[str]:
    """Codes of findings a suppression hides that are more than a "cannot check" note."""
    return [f.code for f in check(org).suppressed if f.message_key != "cannot_check"]


def test_a_suppression_that_hides_an_error_is_caught() -> None:
    org = make_org([body("v", "council", seats=4)], org_type="municipality", population={"count": 4000},
                   suppressions=[{"code": "SIZE-KL", "reason": "piilotettu virhe, ei sallittu"}])
    assert _hidden_findings(org) == ["SIZE-KL"]


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_an_example_says_it_is_made_up(name: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert "MADE UP" in text.split("\n\n", 1)[0]
    org = load(EXAMPLES / name)
    assert org.version is not None and org.version.status is Status.ILLUSTRATIVE


# --- every kind of fact of the section 1 appears in a shipped model ---------------------

def _shipped() -> list[Organisation]:
    return [load(p) for p in sorted(MODELS.rglob("*.yaml")) if not p.name.startswith("_")]


FACTS: dict[str, Callable[[Organisation], bool]] = {
    "nominates with seats": lambda o: any(r.type is RelationType.NOMINATES and r.seats for r in o.relations),
    "elects with seats": lambda o: any(r.type is RelationType.ELECTS and r.seats for r in o.relations),
    "sets up": lambda o: any(r.type is RelationType.SETS_UP for r in o.relations),
    "Sámi Parliament nominates": lambda o: any(r.type is RelationType.NOMINATES
                                               and o.body(r.source).name().startswith("Saamelaiskäräj")
                                               for r in o.relations),
    "members by language group": lambda o: any(b.composition and b.composition.language_groups for b in o.bodies),
    "councillor share": lambda o: any(b.composition and b.composition.min_councillor_share for b in o.bodies),
    "deputies' gender": lambda o: any(b.composition and b.composition.deputy_women is not None for b in o.bodies),
    "chaired by": lambda o: any(b.chaired_by for b in o.bodies),
    "minority language": lambda o: o.minority_language is not None,
    "body language group": lambda o: any(b.language_group for b in o.bodies),
    "organisation owns": lambda o: any(r.type is RelationType.OWNS
                                       and o.body(r.source).kind is BodyKind.ORGANISATION for r in o.relations),
    "kuntayhtymä": lambda o: o.org_type is OrgType.JOINT_MUNICIPAL_AUTHORITY,
    "hyvinvointiyhtymä": lambda o: o.org_type is OrgType.JOINT_COUNTY_AUTHORITY,
    "joint body": lambda o: bool(o.bodies_of_kind(BodyKind.JOINT_BODY)),
    "body ending on a date": lambda o: any(b.valid_to for b in o.bodies),
    "planned body": lambda o: any(b.valid_from and o.version and o.version.date and b.valid_from > o.version.date
                                  for b in o.bodies),
    "one fact inferred": lambda o: any(b.fact_certainty for b in o.bodies),
    "approximate population": lambda o: o.population is not None and o.population.approximate,
    "no call-in apart from not stated": lambda o: any(p.call_in == [] for p in o.powers),
    "election committee": lambda o: bool(o.bodies_of_kind(BodyKind.ELECTION_COMMITTEE)),
    "unnamed body": lambda o: any(b.names is None for b in o.bodies),
    "scope": lambda o: o.scope is not None,
    "internal audit": lambda o: bool(o.bodies_of_kind(BodyKind.INTERNAL_AUDIT)),
    "delegation limit": lambda o: any(r.limits for r in o.relations),
    "instrument adopted on": lambda o: any(i.adopted_on for i in o.instruments),
}


@pytest.mark.parametrize("fact", sorted(FACTS))
def test_each_kind_of_fact_is_in_a_shipped_model(fact: str) -> None:
    assert any(FACTS[fact](org) for org in _shipped()), f"no shipped model states: {fact}"
