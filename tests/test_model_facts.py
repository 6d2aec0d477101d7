"""The facts real structures need: unnamed bodies, nominations with seats, dates, certainty of
single fields, limits of a delegation, none versus not stated, language, scope; and the structure
on a day, in the library and in every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from orgmodel import check, loads
from orgmodel.errors import UserError
from orgmodel.model import Organisation
from orgmodel.vocab import Certainty, ScopePart

from builders import KUNTALAKI, body, make_org, run_cli

HVA = "fi/hyvinvointialuelaki-611-2021"


def test_an_unnamed_body_is_shown_by_its_kind_in_each_language() -> None:
    org = make_org([body("v", "council"), {"id": "j", "kind": "subcommittee", "parent": "v"}])
    j = org.body("j")
    assert j.names is None
    assert (j.name("fi"), j.name("sv"), j.name("en")) == (
        "(nimeämätön jaosto)", "(sektion, namn okänt)", "(unnamed subcommittee)")
    assert loads(org.model_dump_json(exclude_none=True), fmt="json") == org


def test_nominations_carry_seats_and_seats_are_only_for_electing_and_nominating() -> None:
    org = make_org([body("v", "council"), body("saamelaiskarajat", "external_party"),
                    body("saamen_ltk", "board", "v", seats=13)],
                   relations=[{"type": "nominates", "source": "saamelaiskarajat", "target": "saamen_ltk", "seats": 5},
                              {"type": "sets_up", "source": "v", "target": "saamen_ltk"}])
    assert org.relations[0].seats == 5
    with pytest.raises(ValidationError, match="seats is only for relations of type elects or nominates"):
        make_org([body("v", "council"), body("h", "executive_board", "v")],
                 relations=[{"type": "steers", "source": "v", "target": "h", "seats": 3}])


def test_fact_certainty_names_real_fields_only() -> None:
    org = make_org([body("v", "council", seats=59, fact_certainty={"seats": "inferred"})])
    v = org.body("v")
    assert v.certainty_of("seats") is Certainty.INFERRED and v.certainty_of("names") is Certainty.STATED
    with pytest.raises(ValidationError, match="'seets', which is not a field here"):
        make_org([body("v", "council", fact_certainty={"seets": "inferred"})])


def test_a_euro_limit_needs_its_quote() -> None:
    bodies = [body("v", "council"), body("h", "executive_board", "v"), body("j", "executive", "h")]
    power = {"id": "p", "names": {"fi": "Hankinnat"}, "holder": "h"}
    step = {"type": "delegates", "source": "h", "target": "j", "power": "p",
            "limits": [{"text": "alle 60 000 euroa", "amount_eur": 60000}]}
    with pytest.raises(ValidationError, match="amount_eur needs the quote"):
        make_org(bodies, relations=[step], powers=[power])
    step["limits"] = [{"text": "alle 60 000 euroa", "amount_eur": 60000, "quote": "alle 60 000 euron"}]
    org = make_org(bodies, relations=[step], powers=[power])
    assert org.relations[0].limits[0].amount_eur == 60000


def test_call_in_none_is_apart_from_not_stated() -> None:
    bodies = [body("v", "council"), body("h", "executive_board", "v")]
    unknown = make_org(bodies, powers=[{"id": "p", "names": {"fi": "P"}, "holder": "h"}])
    nobody = make_org(bodies, powers=[{"id": "p", "names": {"fi": "P"}, "holder": "h", "call_in": []}])
    assert unknown.powers[0].call_in is None and nobody.powers[0].call_in == []


def test_minority_language_only_for_a_bilingual_organisation() -> None:
    org = make_org([body("v", "council")], bilingual=True, minority_language="finnish")
    assert org.minority_language is not None and org.minority_language.value == "finnish"
    with pytest.raises(ValidationError, match="only for a bilingual organisation"):
        make_org([body("v", "council")], minority_language="swedish")


def test_scope_defaults_to_the_bodies_only() -> None:
    org = make_org([body("v", "council")])
    assert [p for p in ScopePart if org.in_scope(p)] == list(ScopePart.default())
    assert not org.in_scope("instruments")
    narrow = make_org([body("v", "council")], scope=["political_bodies"])
    assert narrow.in_scope("political_bodies") and not narrow.in_scope("advocacy_bodies")


def test_the_organisation_id_is_not_a_body_and_the_message_says_what_to_write() -> None:
    with pytest.raises(ValidationError, match="organisation's own id, not a body.*kind: organisation"):
        make_org([body("v", "council"), body("yhtio", "subsidiary")], id="kunta",
                 relations=[{"type": "owns", "source": "kunta", "target": "yhtio"}])


# --- the structure on a day ------------------------------------------------------------------------

def _changing() -> Organisation:
    """Three boards replaced by one council committee on 1.6.2025; a council planned for 2029."""
    return make_org(
        [body("v", "council", seats=59),
         body("h", "executive_board", "v", seats=13),
         body("ltk", "board", "h", valid_to="2025-05-31"),
         body("vk", "committee", "v", committee_role="preparatory", valid_from="2025-06-01"),
         body("v2029", "council", valid_from="2029-06-01")],
        relations=[{"type": "elects", "source": "v", "target": "ltk"},
                   {"type": "elects", "source": "v", "target": "vk"}],
        law=HVA, org_type="wellbeing_services_county", version={"date": "2025-09-01", "status": "adopted"})


def test_as_of_keeps_what_exists_on_the_day() -> None:
    org = _changing()
    before, after = org.as_of("2025-05-31"), org.as_of("2025-06-01")
    assert [b.id for b in before.bodies] == ["v", "h", "ltk"]
    assert [b.id for b in after.bodies] == ["v", "h", "vk"]
    assert [r.target for r in before.relations] == ["ltk"] and [r.target for r in after.relations] == ["vk"]
    assert org.as_of(None) is org
    with pytest.raises(UserError, match="not a date"):
        org.as_of("1.6.2025x")


def test_a_body_that_ends_under_a_living_one_is_refused() -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v", valid_to="2024-12-31"),
                    body("j", "subcommittee", "h")])
    with pytest.raises(UserError, match="body 'j' still exists but its parent 'h' does not"):
        org.as_of("2025-01-01")


def test_check_takes_the_structure_on_the_version_date_by_default() -> None:
    report = check(_changing())
    assert report.meta["as_of"] == "2025-09-01"
    ids = {f.body for f in report.findings}
    assert "v2029" not in ids and "ltk" not in ids  # neither exists on 1.9.2025
    on_may = check(_changing(), as_of="2025-05-01")
    assert "vk" not in {f.body for f in on_may.findings}


def test_findings_point_at_the_line_in_the_file_when_earlier_bodies_are_left_out(tmp_path: Path) -> None:
    text = f"""id: t
names: {{fi: T}}
org_type: municipality
law: {KUNTALAKI}
version: {{date: 2025-09-01}}
bodies:
  - {{id: v, kind: council, names: {{fi: V}}}}
  - {{id: vanha, kind: board, names: {{fi: Vanha}}, parent: v, valid_to: 2020-12-31}}
  - {{id: orpo, kind: board, names: {{fi: Orpo}}}}
"""
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    from orgmodel import load

    report = check(load(path))
    located = [f.location for f in report.findings if f.body == "orpo" and f.location]
    assert located and all(where.startswith(f"{path}:9:") for where in located)  # not line 8 ('vanha')


def test_render_and_compare_take_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.json"
    path.write_text(_changing().model_dump_json(exclude_none=True), encoding="utf-8")
    out = tmp_path / "d.svg"
    code, _, err = run_cli(capsys, "render", str(path), "-o", str(out), "--as-of", "2025-05-01")
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert ">Ltk<" in svg and ">Vk<" not in svg
    code, _, err = run_cli(capsys, "render", str(path), "-o", str(out))
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert ">Vk<" in svg and ">Ltk<" not in svg and ">V2029<" not in svg
    code, text, err = run_cli(capsys, "compare", str(path), "--format", "json", "--as-of", "2025-05-01")
    assert code == 0, err
    rows = json.loads(text)
    assert rows and rows[0]["metrics"]["bodies"] == 3
