"""Structural diff: matching by id, by kind + normalised name and by mapping; exactly the changes made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgmodel.compare.diff import diff_series, diff_structures, load_mapping, normalise_name
from orgmodel.errors import UserError
from orgmodel.io import load, loads
from orgmodel.model import Organisation

from builders import body, make_org


@pytest.fixture
def pair(fixtures_dir: Path) -> tuple[Organisation, Organisation]:
    d = fixtures_dir / "compare"
    return load(d / "diff-a.yaml"), load(d / "diff-b.yaml")


def test_diff_lists_exactly_the_changes_in_the_fixture_header(pair: tuple[Organisation, Organisation]) -> None:
    a, b = pair
    d = diff_structures(a, b)
    assert d.matches == {"valtuusto": "valtuusto", "hallitus": "hallitus", "sote-ltk": "sote",
                         "elinvoima": "elinvoima", "turva": "turva", "valitus": "valitus", "nuoriso": "nuoriso"}
    assert d.matched_by["sote-ltk"] == "name" and d.matched_by["turva"] == "id"
    assert d.removed == ["konserni"]
    assert d.added == ["talous"]
    assert d.changed == {
        "sote": {"seats": (11, 13)},
        "elinvoima": {"kind": ("board", "committee"), "committee_role": (None, "decision_making"),
                      "names": ({"fi": "Elinvoimalautakunta"}, {"fi": "Elinvoimavaliokunta"})},
        "turva": {"committee_role": ("preparatory", "decision_making")},
        "valitus": {"parent": ("elinvoima", "hallitus")},
    }
    # 'valtuusto elects sote-ltk' survives the rename; the rest is what the header says
    assert d.relations_removed == [("prepares_for", "turva", "hallitus", None)]
    assert d.relations_added == [("elects", "valtuusto", "elinvoima", None)]
    assert not d.is_empty


def test_mapping_overrides_the_automatic_match(pair: tuple[Organisation, Organisation], fixtures_dir: Path) -> None:
    a, b = pair
    mapping = load_mapping(fixtures_dir / "compare" / "_map-good.yaml")
    d = diff_structures(a, b, mapping)
    assert d.matches["konserni"] == "talous" and d.matched_by["konserni"] == "mapping"
    assert d.added == [] and d.removed == []
    assert d.changed["talous"] == {"names": ({"fi": "Konsernijaosto"}, {"fi": "Talousjaosto"})}


def test_mapping_wins_over_a_matching_id(pair: tuple[Organisation, Organisation]) -> None:
    a, b = pair
    d = diff_structures(a, b, {"turva": "elinvoima", "elinvoima": "turva"})
    assert d.matches["turva"] == "elinvoima" and d.matches["elinvoima"] == "turva"
    assert d.changed["elinvoima"]["names"] == ({"fi": "Turvallisuusvaliokunta"}, {"fi": "Elinvoimavaliokunta"})


def test_mapping_to_none_forces_remove_and_add(pair: tuple[Organisation, Organisation]) -> None:
    a, b = pair
    d = diff_structures(a, b, {"turva": None})
    assert "turva" in d.removed and "turva" in d.added
    assert ("prepares_for", "turva", "hallitus", None) in d.relations_removed


def test_parent_compared_through_the_matching() -> None:
    a = make_org([body("v1", "council", names={"fi": "Valtuusto"}), body("j", "board", "v1")], id="a", name="A")
    b = loads(a.model_dump_json().replace('"v1"', '"v2"'), fmt="json")
    d = diff_structures(a, b)
    assert d.matches == {"v1": "v2", "j": "j"}
    assert d.is_empty  # j's parent was renamed with it: not a change


def test_identical_structures_give_an_empty_diff(pair: tuple[Organisation, Organisation]) -> None:
    a, _ = pair
    d = diff_structures(a, a)
    assert d.is_empty and d.status("hallitus") == "same"
    assert "ei eroja" in d.to_text()


def test_duplicate_names_pair_in_file_order() -> None:
    def commissions(*ids: str) -> Organisation:
        return make_org([body(i, "commission", names={"fi": "Toimikunta"}) for i in ids], id="x", name="X")

    a = commissions("a1", "a2")
    b = commissions("b1", "b2", "b3")
    d = diff_structures(a, b)
    assert d.matches == {"a1": "b1", "a2": "b2"} and d.added == ["b3"]


def test_same_name_different_kind_does_not_match() -> None:
    a = make_org([body("a1", "board", names={"fi": "Sote"})], id="x", name="X")
    b = make_org([body("b1", "committee", names={"fi": "Sote"})], id="x", name="X")
    d = diff_structures(a, b)
    assert d.matches == {} and d.removed == ["a1"] and d.added == ["b1"]


def test_status_for_the_renderer_highlight(pair: tuple[Organisation, Organisation]) -> None:
    d = diff_structures(*pair)
    assert [d.status(i) for i in ("hallitus", "sote", "talous")] == ["same", "changed", "added"]


@pytest.mark.parametrize("mapping,words", [
    ({"nope": "hallitus"}, ["'nope'", "diff-a"]),
    ({"hallitus": "nope"}, ["'nope'", "diff-b"]),
    ({"hallitus": "sote", "valtuusto": "sote"}, ["'sote'", "more than one"]),
])
def test_bad_mapping_is_a_user_error(pair: tuple[Organisation, Organisation], mapping: dict[str, str | None],
                                     words: list[str]) -> None:
    with pytest.raises(UserError) as e:
        diff_structures(*pair, mapping)
    assert all(w in str(e.value) for w in words)


def test_mapping_file_with_unknown_id_fails_at_diff_time(pair: tuple[Organisation, Organisation],
                                                         fixtures_dir: Path) -> None:
    with pytest.raises(UserError, match="ei-ole"):
        diff_structures(*pair, load_mapping(fixtures_dir / "compare" / "_map-bad.yaml"))


@pytest.mark.parametrize("text,words", [
    ("a: [b\n", ["not valid YAML", ":1:"]),
    ("- a\n- b\n", ["id_in_a: id_in_b"]),
    ("a: 3\n", ["body ids"]),
])
def test_mapping_file_shape_errors(tmp_path: Path, text: str, words: list[str]) -> None:
    p = tmp_path / "m.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as e:
        load_mapping(p)
    assert all(w in str(e.value) for w in words)


def test_missing_mapping_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        load_mapping(tmp_path / "missing.yaml")


def test_outputs_text_json_markdown(pair: tuple[Organisation, Organisation]) -> None:
    d = diff_structures(*pair)
    text = d.to_text("fi")
    assert "+ Talousjaosto (jaosto, talous)" in text
    assert "- Konsernijaosto (jaosto, konserni)" in text
    assert "laji lautakunta → valiokunta" in text
    assert "ylempi toimielin Elinvoimalautakunta → MAAKUNTAHALLITUS" in text
    data = json.loads(d.to_json())
    assert data["counts"] == {"matched": 7, "added": 1, "removed": 1, "changed": 4,
                              "relations_added": 1, "relations_removed": 1, "relations_changed": 0,
                              "powers_added": 0, "powers_removed": 0, "powers_changed": 0, "instruments_added": 0,
                              "instruments_removed": 0, "instruments_changed": 0, "model_changed": 0}
    assert data["changed"]["sote"]["seats"] == {"old": 11, "new": 13}
    md = d.to_markdown("en")
    assert md.startswith("# Structural diff: Vertailu A → Vertailu B")
    assert "## Added bodies" in md and "- Talousjaosto (subcommittee, talous)" in md
    assert d.to_json() == diff_structures(*pair).to_json()  # deterministic


def test_series_is_diffed_step_by_step(pair: tuple[Organisation, Organisation]) -> None:
    a, b = pair
    steps = diff_series([a, b, b])
    assert len(steps) == 2 and not steps[0].is_empty and steps[1].is_empty


@pytest.mark.parametrize("raw,expected", [
    ("Sosiaali- ja terveyslautakunta", "sosiaali ja terveyslautakunta"),
    ("KONSERNI–JAOSTO", "konserni jaosto"),
    ("Hyte- ja kokonaisturvallisuus  valiokunta", "hyte ja kokonaisturvallisuus valiokunta"),
    ("Strategia-/tulevaisuusvk", "strategia tulevaisuusvk"),
])
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected
