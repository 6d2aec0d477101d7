"""Positions on demand (issue 15): JSON is located without being read as YAML, YAML keeps its text, not its
node tree, and both agree with each other on every path of a real model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from orgmodel.checking import check
from orgmodel.errors import ModelError
from orgmodel.io import load, load_located, source_of
from orgmodel.io.positions import JsonPositions, YamlPositions

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "pohjois-karjala-2018.yaml"


def _paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*here, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*here, i))


def test_json_positions_agree_with_yaml_composing_the_same_text_on_every_path() -> None:
    data = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False, indent="\t", default=str)  # tabs: YAML would refuse them
    as_yaml = YamlPositions(text.replace("\t", " "))  # the same columns, YAML's own reading
    positions = JsonPositions(text)
    paths = list(_paths(json.loads(text)))
    assert len(paths) > 400
    for path in paths:
        assert positions.locate(path) == as_yaml.locate(path), path
        assert positions.locate(path, at_key=True) == as_yaml.locate(path, at_key=True), path


def test_a_path_the_file_lacks_is_located_at_its_deepest_part_the_file_has() -> None:
    text = '{"bodies": [\n  {"id": "v"}\n]}'
    positions = JsonPositions(text)
    assert positions.locate(("bodies", 0, "seats")) == (2, 3)  # the body, which has no seats
    assert positions.locate(("bodies", 7)) == (1, 12)  # the list
    assert positions.locate(("nothing",)) == (1, 1)  # the document
    assert JsonPositions("  ").locate(("a",)) == (0, 0)


def test_characters_beyond_the_basic_plane_and_line_separators_keep_later_columns() -> None:
    # an escaped surrogate pair is 12 characters of text; U+2028 inside a string is no line break in JSON
    text = '{"a": "\\ud83d\\ude00 \u2028 x", "b": 1,\n "c": 2}'
    positions = JsonPositions(text)
    assert positions.locate(("b",)) == (1, 32)
    assert positions.locate(("c",)) == (2, 7)


def test_duplicate_keys_are_found_at_every_depth_with_the_first_line() -> None:
    text = '{"a": {"x": 1,\n "x": 2},\n "b": [{"y": 1, "y": 2}],\n "a": 3}'
    assert JsonPositions(text).duplicates() == [("x", (2, 2), 1), ("y", (3, 17), 3), ("a", (4, 2), 1)]


def test_a_duplicate_key_in_a_json_file_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"id": "m",\n "names": {"fi": "M", "fi": "N"}}', encoding="utf-8")
    with pytest.raises(ModelError) as e:
        load(path)
    assert str(e.value) == f"{path}:2:23: duplicate key 'fi' (first at line 2)"


def test_checking_a_json_file_never_reads_it_as_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("JSON was composed as YAML")

    monkeypatch.setattr(yaml, "compose", refuse)
    report = check(load(path))
    located = [(tuple(f.loc), f.location) for f in report.findings if f.loc is not None]
    assert len(located) >= 2, "the seed model has findings that point into it"
    monkeypatch.undo()
    as_yaml = YamlPositions(path.read_text(encoding="utf-8"))  # JSON is YAML: the old way, as the reference
    for loc, location in located:
        line, column = as_yaml.locate(loc)
        assert location == f"{path}:{line}:{column}", loc


def test_a_yaml_model_that_needs_no_position_is_composed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    compose = yaml.compose

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return compose(*args, **kwargs)

    monkeypatch.setattr(yaml, "compose", counted)
    org, smap = load_located(MODEL)
    assert len(calls) == 1
    assert source_of(org) is not None
    file, line, column = smap.locate(("bodies", 1, "kind"))
    assert len(calls) == 2  # the first position asked for composes the text again, once
    assert MODEL.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:].startswith(str(org.bodies[1].kind))
    smap.locate(("bodies", 2))
    assert len(calls) == 2
