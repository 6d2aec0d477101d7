"""Every field the diff compares, one change at a time: exactly that field is reported, nothing else."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from orgmodel.compare.diff import (
    BODY_FIELDS,
    INSTRUMENT_FIELDS,
    MODEL_FIELDS,
    POWER_FIELDS,
    RELATION_FIELDS,
    RelationRef,
    diff_structures,
)
from orgmodel.model import Organisation
from orgmodel.words import WORDS

BASE: dict[str, Any] = {
    "id": "x", "names": {"fi": "X"}, "org_type": "municipality", "law": "fi/kuntalaki-410-2015",
    "version": {"status": "draft", "date": "2025-01-01", "label": {"fi": "luonnos"}},
    "bodies": [
        {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 51},
        {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v", "seats": 11},
        {"id": "j", "kind": "executive", "executive_type": "mayor", "names": {"fi": "Pormestari"}, "parent": "h"},
        {"id": "ltk", "kind": "board", "names": {"fi": "Lautakunta"}, "parent": "h", "seats": 9,
         "composition": {"women": 4, "men": 5}},
        {"id": "vk", "kind": "committee", "committee_role": "preparatory", "names": {"fi": "Valiokunta"},
         "parent": "v"},
        {"id": "nv", "kind": "advocacy_body", "advocacy": "youth", "names": {"fi": "Nuorisovaltuusto"}},
        {"id": "yhtio", "kind": "subsidiary", "names": {"fi": "Yhtiö Oy"}},
        {"id": "valtio", "kind": "external_party", "external_type": "state_authority", "names": {"fi": "Valtio"}},
    ],
    "relations": [
        {"type": "elects", "source": "v", "target": "h", "seats": 11},
        {"type": "nominates", "source": "valtio", "target": "ltk", "seats": 1},
        {"type": "sets_up", "source": "h", "target": "vk"},
        {"type": "owns", "source": "v", "target": "yhtio", "share": 100},
        {"type": "delegates", "power": "p", "source": "h", "target": "j", "via": "hs",
         "limits": [{"text": {"fi": "alle 100 000 euroa"}, "amount_eur": 100000, "quote": "alle 100 000 euron"}]},
    ],
    "powers": [{"id": "p", "names": {"fi": "Hankinnat"}, "matter": "permit_supervision", "holder": "h",
                "call_in": ["h"]},
               {"id": "s", "names": {"fi": "Strategia"}, "matter": "strategy", "holder": "v"}],
    "instruments": [{"id": "hs", "kind": "administrative_regulations", "names": {"fi": "Hallintosääntö"},
                     "prepared_by": "h", "adopted_by": "v", "adopted_on": "2024-12-01",
                     "content_areas": [{"name": "toimivalta"}]}],
}


def _changed(edit: Any) -> Any:
    data = copy.deepcopy(BASE)
    edit(data)
    return diff_structures(Organisation.model_validate(BASE), Organisation.model_validate(data))


def _body(data: dict[str, Any], body_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(b for b in data["bodies"] if b["id"] == body_id)
    return found


# field -> (body id, the change, the expected (old, new))
BODY_CASES: dict[str, tuple[str, dict[str, Any], tuple[Any, Any]]] = {
    "kind": ("ltk", {"kind": "committee", "committee_role": None}, ("board", "committee")),
    "committee_role": ("vk", {"committee_role": "decision_making"}, ("preparatory", "decision_making")),
    "advocacy": ("nv", {"advocacy": "elderly"}, ("youth", "elderly")),
    "executive_type": ("j", {"executive_type": "director"}, ("mayor", "director")),
    "external_type": ("valtio", {"external_type": "municipality"}, ("state_authority", "municipality")),
    "names": ("ltk", {"names": {"fi": "Uusi lautakunta"}}, ({"fi": "Lautakunta"}, {"fi": "Uusi lautakunta"})),
    "seats": ("ltk", {"seats": "7-11"}, (9, "7-11")),
    "chairs": ("ltk", {"chairs": 1}, (None, 1)),
    "vice_chairs": ("ltk", {"vice_chairs": 2}, (None, 2)),
    "chaired_by": ("vk", {"chaired_by": "h"}, (None, "h")),
    "members_must_be_councillors": ("vk", {"members_must_be_councillors": True}, (None, True)),
    "parent": ("ltk", {"parent": "v"}, ("h", "v")),
    "parent_certainty": ("ltk", {"parent_certainty": "inferred"}, ("stated", "inferred")),
    "language_body": ("ltk", {"language_body": "national_language"}, (None, "national_language")),
    "language_group": ("ltk", {"language_group": "swedish"}, (None, "swedish")),
    "voluntary": ("ltk", {"voluntary": True}, (None, True)),
    "competitive_market": ("yhtio", {"competitive_market": True}, (None, True)),
    "valid_from": ("ltk", {"valid_from": "2025-06-01"}, (None, dt.date(2025, 6, 1))),
    "valid_to": ("ltk", {"valid_to": "2029-05-31"}, (None, dt.date(2029, 5, 31))),
    "certainty": ("ltk", {"certainty": "open"}, ("stated", "open")),
    "fact_certainty": ("ltk", {"fact_certainty": {"seats": "inferred"}}, (None, {"seats": "inferred"})),
}
COMPOSITION_CASES: dict[str, tuple[Any, Any]] = {
    "women": (4, 5), "men": (5, 4), "deputy_women": (None, 5), "deputy_men": (None, 4), "councillors": (None, 6),
    "employees": (None, 1), "executive_board_members": (None, 2), "chair_is_councillor": (None, True),
    "vice_chairs_are_councillors": (None, False), "chair_from_parent_body": (None, True),
    "personal_deputies": (None, True), "language_groups": (None, {"swedish": 7, "finnish": 2}),
    "min_councillor_share": (None, 0.75), "councillor_share_counts_deputies": (None, True),
}
for _name, (_old, _new) in COMPOSITION_CASES.items():
    BODY_CASES[f"composition.{_name}"] = ("ltk", {"composition": {"women": 4, "men": 5, _name: _new}}, (_old, _new))


def test_every_compared_field_has_a_case_and_a_word() -> None:
    assert set(BODY_CASES) == set(BODY_FIELDS)
    assert set(RELATION_CASES) == set(RELATION_FIELDS)
    assert set(POWER_CASES) >= set(POWER_FIELDS) - {"chain", "final"}  # the derived two: tested below
    assert set(INSTRUMENT_CASES) == set(INSTRUMENT_FIELDS)
    assert set(MODEL_CASES) == set(MODEL_FIELDS)
    for name in {*BODY_FIELDS, *RELATION_FIELDS, *POWER_FIELDS, *INSTRUMENT_FIELDS, *MODEL_FIELDS}:
        text = WORDS[f"diff.field.{name}"]
        assert text.fi and text.sv and text.en, name


@pytest.mark.parametrize("name", list(BODY_CASES))
def test_a_body_field_change_is_reported_alone(name: str) -> None:
    body_id, change, expected = BODY_CASES[name]
    d = _changed(lambda data: _body(data, body_id).update(change))
    fields = {k: v for k, v in d.changed[body_id].items() if not (name == "kind" and k == "committee_role")}
    assert fields == {name: expected}
    assert list(d.changed) == [body_id] and not d.added and not d.removed and not d.relations_changed
    assert not d.is_empty and d.status(body_id) == "changed"


RELATION_CASES: dict[str, tuple[int, dict[str, Any], tuple[Any, Any]]] = {
    "seats": (1, {"seats": 2}, (1, 2)),  # a nomination's seats
    "share": (3, {"share": 51}, (100, 51)),
    "via": (4, {"via": None}, ("hs", None)),
    "limits": (4, {"limits": []}, ([{"text": "alle 100 000 euroa", "amount_eur": 100000,
                                     "quote": "alle 100 000 euron"}], [])),
    "label": (2, {"label": "asettaa tarvittaessa"}, (None, "asettaa tarvittaessa")),
    "valid_from": (0, {"valid_from": "2025-06-01"}, (None, dt.date(2025, 6, 1))),
    "valid_to": (0, {"valid_to": "2029-05-31"}, (None, dt.date(2029, 5, 31))),
    "certainty": (2, {"certainty": "inferred"}, ("stated", "inferred")),  # sets_up
    "fact_certainty": (1, {"fact_certainty": {"seats": "open"}}, (None, {"seats": "open"})),
}


@pytest.mark.parametrize("name", list(RELATION_CASES))
def test_a_relation_field_change_is_reported_alone(name: str) -> None:
    index, change, expected = RELATION_CASES[name]
    d = _changed(lambda data: data["relations"][index].update(change))
    r = BASE["relations"][index]
    assert d.relations_changed == [(RelationRef(r["type"], r["source"], r["target"], r.get("power")),
                                    {name: expected})]
    assert not d.relations_added and not d.relations_removed and not d.changed and not d.is_empty


def test_nominations_and_set_ups_are_relations_added_and_removed() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["relations"][1]["target"] = "h"  # the state now nominates to the board
        del data["relations"][2]

    d = _changed(edit)
    assert d.relations_added == [RelationRef("nominates", "valtio", "h")]
    assert d.relations_removed == [RelationRef("nominates", "valtio", "ltk"), RelationRef("sets_up", "h", "vk")]


POWER_CASES: dict[str, tuple[int, dict[str, Any], tuple[Any, Any]]] = {
    "names": (0, {"names": {"fi": "Hankinnoista päättäminen"}}, ({"fi": "Hankinnat"},
                                                                 {"fi": "Hankinnoista päättäminen"})),
    "matter": (0, {"matter": None, "legal_basis": None}, ("permit_supervision", None)),
    "legal_basis": (0, {"legal_basis": {"act": "hankintalaki", "section": "1 §"}},
                    (None, {"act": "hankintalaki", "section": "1 §"})),
    "coercion": (0, {"coercion": True}, (False, True)),
    "call_in": (0, {"call_in": None}, (["h"], None)),  # stated -> not stated: not the same as []
    "valid_from": (0, {"valid_from": "2025-06-01"}, (None, dt.date(2025, 6, 1))),
    "valid_to": (0, {"valid_to": "2029-05-31"}, (None, dt.date(2029, 5, 31))),
    "certainty": (0, {"certainty": "open"}, ("stated", "open")),
    "fact_certainty": (0, {"fact_certainty": {"holder": "inferred"}}, (None, {"holder": "inferred"})),
    "reserved": (0, {"matter": "strategy"}, (False, True)),  # strategy: KL 14 § 2 mom 1 kohta
    "holder": (1, {"holder": "h"}, ("v", "h")),
}


@pytest.mark.parametrize("name", list(POWER_CASES))
def test_a_power_field_change_is_reported(name: str) -> None:
    index, change, expected = POWER_CASES[name]
    d = _changed(lambda data: data["powers"][index].update(change))
    pid = BASE["powers"][index]["id"]
    assert d.powers_changed[pid][name] == expected
    assert list(d.powers_changed) == [pid] and not d.changed and not d.is_empty
    derived = {"holder": {"holder", "chain", "final"}, "matter": {"matter", "reserved"},
               "reserved": {"matter", "reserved"}}
    assert set(d.powers_changed[pid]) == derived.get(name, {name})


def test_the_delegation_chain_and_final_decision_maker() -> None:
    d = _changed(lambda data: data["relations"].append(
        {"type": "delegates", "power": "p", "source": "j", "target": "ltk"}))
    assert d.powers_changed["p"] == {"chain": ([["h", "j"]], [["h", "j", "ltk"]]), "final": (["j"], ["ltk"])}
    assert d.relations_added == [RelationRef("delegates", "j", "ltk", "p")]
    text = d.to_text("en")
    assert "delegation chain Hallitus > Pormestari → Hallitus > Pormestari > Lautakunta" in text
    assert "final decision-maker Pormestari → Lautakunta" in text


def test_a_call_in_holder_compared_through_the_matching() -> None:
    d = _changed(lambda data: data["powers"][0].update({"call_in": ["v", "h"]}))
    assert d.powers_changed["p"] == {"call_in": (["h"], ["h", "v"])}
    assert _changed(lambda data: data["powers"][0].update({"call_in": ["h"]})).is_empty


INSTRUMENT_CASES: dict[str, tuple[dict[str, Any], tuple[Any, Any]]] = {
    "kind": ({"kind": "other"}, ("administrative_regulations", "other")),
    "names": ({"names": {"fi": "Hallinto-ohje"}}, ({"fi": "Hallintosääntö"}, {"fi": "Hallinto-ohje"})),
    "prepared_by": ({"prepared_by": "j"}, ("h", "j")),
    "adopted_by": ({"adopted_by": "h"}, ("v", "h")),
    "adopted_on": ({"adopted_on": "2025-01-15"}, (dt.date(2024, 12, 1), dt.date(2025, 1, 15))),
    "content_areas": ({"content_areas": [{"name": "toimivalta"}, {"name": "kokoukset"}]},
                      ([{"name": "toimivalta"}], [{"name": "toimivalta"}, {"name": "kokoukset"}])),
    "valid_from": ({"valid_from": "2025-06-01"}, (None, dt.date(2025, 6, 1))),
    "valid_to": ({"valid_to": "2029-05-31"}, (None, dt.date(2029, 5, 31))),
    "certainty": ({"certainty": "inferred"}, ("stated", "inferred")),
}


@pytest.mark.parametrize("name", list(INSTRUMENT_CASES))
def test_an_instrument_field_change_is_reported_alone(name: str) -> None:
    change, expected = INSTRUMENT_CASES[name]
    d = _changed(lambda data: data["instruments"][0].update(change))
    assert d.instruments_changed == {"hs": {name: expected}} and not d.changed and not d.is_empty


MODEL_CASES: dict[str, tuple[dict[str, Any], tuple[Any, Any]]] = {
    "version.status": ({"version": {**BASE["version"], "status": "adopted"}}, ("draft", "adopted")),
    "version.date": ({"version": {**BASE["version"], "date": "2025-06-01"}},
                     (dt.date(2025, 1, 1), dt.date(2025, 6, 1))),
    "version.label": ({"version": {**BASE["version"], "label": {"fi": "hyväksytty"}}},
                      ("luonnos", "hyväksytty")),
    "law": ({"law": "fi/maakuntalaki-he-15-2017", "org_type": "region"},
            ("fi/kuntalaki-410-2015", "fi/maakuntalaki-he-15-2017")),
    "scope": ({"scope": ["political_bodies", "powers"]}, (None, ["political_bodies", "powers"])),
}


@pytest.mark.parametrize("name", list(MODEL_CASES))
def test_a_model_field_change_is_reported_alone(name: str) -> None:
    change, expected = MODEL_CASES[name]
    d = _changed(lambda data: data.update(change))
    assert d.model_changed == {name: expected} and not d.is_empty


def test_powers_and_instruments_added_and_removed() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["powers"] = [data["powers"][0], {"id": "t", "names": {"fi": "Talousarvio"}, "holder": "v"}]
        data["instruments"].append({"id": "st", "kind": "strategy", "names": {"fi": "Strategia"}})

    d = _changed(edit)
    assert (d.powers_added, d.powers_removed) == (["t"], ["s"])
    assert (d.instruments_added, d.instruments_removed) == (["st"], [])


def test_the_same_model_gives_no_differences() -> None:
    assert _changed(lambda data: None).is_empty


def test_call_in_holders_renamed_together_are_not_a_change() -> None:
    def rename(data: dict[str, Any]) -> None:  # 'h' becomes 'zz', which sorts after 'v'
        text = json.dumps(data).replace('"h"', '"zz"')
        data.clear()
        data.update(json.loads(text))
        data["powers"][0]["call_in"] = ["v", "zz"]

    base = copy.deepcopy(BASE)
    base["powers"][0]["call_in"] = ["h", "v"]
    renamed = copy.deepcopy(base)
    rename(renamed)
    d = diff_structures(Organisation.model_validate(base), Organisation.model_validate(renamed))
    assert d.matches["h"] == "zz" and "p" not in d.powers_changed
