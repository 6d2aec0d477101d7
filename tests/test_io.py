"""Loading bad input: every failure mode has a fixture, a message and a line number.

The expectations were written by reading each fixture: the line is where a person editing the
file has to look, the text is what they need to read there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgmodel._util import write_atomic
from orgmodel.errors import ModelError
from orgmodel.io import (
    MAX_BYTES,
    Loaded,
    dumps,
    expand_paths,
    load,
    load_folder,
    load_located,
    loads,
    save,
    source_of,
)

INVALID = Path(__file__).parent / "fixtures" / "invalid"

# fixture -> [(line, column or None, text the message must contain), ...] (every problem, in order)
CASES: dict[str, list[tuple[int, int | None, str]]] = {
    "broken-syntax.yaml": [(12, None, "not valid YAML")],
    "duplicate-key.yaml": [(10, 5, "duplicate key 'seats' (first at line 9)")],
    "unknown-key.yaml": [(13, 5, "unknown key 'seets' (did you mean 'seats'?); valid keys here: id, kind")],
    "wrong-type-seats.yaml": [(9, 12, "seats 'many' is neither a number nor a range like '7-11'")],
    "wrong-type-int.yaml": [(9, 13, "bodies[0].chairs: Input should be a valid integer")],
    "finnish-kind.yaml": [(10, 11, "'lautakunta' is not valid; for a lautakunta write 'board'; valid: 'council'")],
    "unknown-parent.yaml": [(12, 13, "parent 'valtusto' is not a body id; did you mean 'valtuusto'")],
    "duplicate-id.yaml": [(9, 9, "duplicate body id 'valtuusto' (first used by bodies[0])")],
    "unknown-law.yaml": [(4, 6, "unknown law 'fi/kuntalaki-2015'; valid: fi/kuntalaki-410-2015")],
    "qualifier-wrong-kind.yaml": [(9, 5, "committee_role is only for kind committee; this body is board")],
    "seat-range-backwards.yaml": [(12, 12, "seat range '11-7' runs backwards; write 7-11")],
    "relation-self.yaml": [(10, 5, "a delegates relation must name the power it delegates")],
    "several-unknown-ids.yaml": [
        (14, 47, "target 'halitus' is not a body id; did you mean 'hallitus'"),
        (15, 29, "source 'nuoriso' is not a body id"),
        (17, 57, "holder 'valtusto' is not a body id"),
    ],
    "unsupported-tag.yaml": [(9, 11, "unsupported YAML tag")],
    "top-level-list.yaml": [(1, 1, "top level is a list, not a mapping")],
    "comment-only.yaml": [(0, None, "file is empty")],
    "broken.json": [(6, 3, "not valid JSON: Expecting ',' delimiter")],
    "duplicate-key.json": [(5, 3, "duplicate key 'org_type' (first at line 4)")],
    "unknown-parent.json": [(8, 76, "parent 'x' is not a body id")],
    # the crash sites of the reliability review (C1-C10), each now a message at its line
    "set-not-a-mapping.yaml": [(14, 32, "alternatives[1].set: Input should be a valid dictionary; write a mapping "
                                        "from body id to its changes, such as set: {jaosto: {kind: board}}")],
    "call-in-a-number.yaml": [(9, 49, "powers[0].call_in: Input should be a valid list (got 5); write a list")],
    "remove-a-number.yaml": [(13, 35, "alternatives[1].remove: Input should be a valid list (got 5); write a list")],
    "extends-nul.yaml": [(8, 10, "extends '_base\\x00.yaml': a file name cannot contain a NUL character")],
    "impossible-date.yaml": [(9, 9, "'2018-02-30' is not a real date (day is out of range for month); "
                                    "write YYYY-MM-DD")],
    "capitalised-key.yaml": [(8, 1, "unknown key 'Notes' (keys are written in lower case: did you mean 'note'?)")],
    "capitalised-key-in-body.yaml": [(12, 5, "unknown key 'Seats' (keys are written in lower case: did you mean "
                                            "'seats'?); valid keys here: id, kind, names")],
    "extends-long-name.yaml": [(8, 10, "the path is too long (file names have at most 255 bytes, paths 4096)")],
    "alternative-kind-switch.yaml": [(14, 36, "alternative 'b' of choice 'c' would make an invalid structure: "
                                              "body 'j': executive_type is only for kind executive; "
                                              "this body is board")],
    "alternative-id-a-list.yaml": [(13, 14, "choices[0].alternatives[1].id: Input should be a valid string")],
    "alternatives-not-a-list.yaml": [(9, 53, "choices[0].alternatives: Input should be a valid list (got True)")],
    # what else an alternative can get wrong, reported at load at the alternative's line
    "alternative-own-parent.yaml": [(14, 45, "alternative 'b' would make body 'l' its own parent")],
    "alternative-parent-cycle.yaml": [(15, 9, "alternative 'b' of choice 'c' would put bodies in a cycle of parents: "
                                              "j -> l -> j")],
    "alternative-unknown-ids.yaml": [(14, 40, "body 'jaost' is not a body id; did you mean 'jaosto'?"),
                                     (14, 65, "body 'jaostoo' is not a body id; did you mean 'jaosto'?")],
    "remove-a-text.yaml": [(14, 35, "remove: Input should be a valid list (got 'jaosto'); write a list of body ids, "
                                    "such as remove: [jaosto]")],  # one message, not one per letter
    # blank text, odd digits, ids, control characters, JSON positions past U+FFFF
    "blank-name.yaml": [(8, 38, "bodies[1].names.fi: is only white space; write the text")],
    "blank-label.yaml": [(13, 24, "choices[0].alternatives[1].label: is only white space")],
    "seats-superscript.yaml": [(8, 60, "seats '²' is neither a number nor a range like '7-11'")],
    "bad-id.yaml": [(8, 10, "'tarkastus lautakunta' is not a valid id; an id starts with a letter or digit and has "
                            "only letters a-z and A-Z, digits, '_', '.' and '-'")],
    "control-character.yaml": [(8, 48, "not valid YAML: character U+0003 is not allowed here")],
    "unknown-parent-emoji.json": [(22, 17, "parent 'valtusto' is not a body id")],
    # a raw U+2028 is valid in a JSON string but a line break to YAML: the positions must not shift
    "unknown-parent-line-separator.json": [(22, 17, "parent 'valtusto' is not a body id")],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_invalid_fixture_reports_message_and_line(name: str) -> None:
    with pytest.raises(ModelError) as caught:
        load(INVALID / name)
    problems = caught.value.problems
    expected = CASES[name]
    assert len(problems) == len(expected), [str(p) for p in problems]
    for problem, (line, column, text) in zip(problems, expected, strict=True):
        assert problem.file.endswith(name)
        assert problem.line == line, str(problem)
        if column is not None:
            assert problem.column == column, str(problem)
        assert text in problem.message, str(problem)
        prefix = f"{problem.file}:{line}:" if line else f"{problem.file}: "
        assert str(problem).startswith(prefix)


def test_problems_in_a_base_file_point_at_the_base_file() -> None:
    with pytest.raises(ModelError) as caught:
        load(INVALID / "extends" / "child.yaml")
    where = [(Path(p.file).name, p.line) for p in caught.value.problems]
    assert where == [("_base.yaml", 11), ("child.yaml", 8)]
    assert "seats 'lots'" in caught.value.problems[0].message
    assert "parent 'halitus'" in caught.value.problems[1].message


def test_missing_base_and_extends_cycle() -> None:
    with pytest.raises(ModelError, match=r"missing-base.yaml:1:10: base file '_missing.yaml' not found"):
        load(INVALID / "extends" / "missing-base.yaml")
    with pytest.raises(ModelError, match="leads back to a file already being read"):
        load(INVALID / "extends" / "loop-a.yaml")


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    with pytest.raises(ModelError, match="aliases expand to more than"):
        load(bomb)


def test_small_aliases_are_fine() -> None:
    text = """id: a
names: {fi: A}
org_type: archetype
law: fi/kuntalaki-410-2015
bodies:
  - {id: v, kind: council, names: {fi: V}, provenance: &p {source: deck, slide: 6}}
  - {id: h, kind: executive_board, names: {fi: H}, parent: v, provenance: *p}
"""
    org = loads(text)
    assert org.body("h").provenance == org.body("v").provenance
    provenance = org.body("h").provenance
    assert provenance is not None and provenance.slide == 6


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1000 * 1000)
    with pytest.raises(ModelError, match=r"file is 50.0 MB; model files may be at most 16 MiB"):
        load(big)
    assert MAX_BYTES == 16 * 1024 * 1024


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(b"id: x\n" + bytes(range(256)) * 4)
    with pytest.raises(ModelError) as caught:
        load(junk)
    (problem,) = caught.value.problems
    assert problem.line == 2 and "not a text file: byte 0x00" in problem.message


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("id: x\nnames: {fi: Pohjois-Häme}\n".encode("latin-1"))
    with pytest.raises(ModelError, match=r"latin1.yaml:2:\d+: not a text file: byte 0xe4"):
        load(latin1)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("")
    with pytest.raises(ModelError, match="file is empty"):
        load(tmp_path / "empty.yaml")
    (tmp_path / "empty.json").write_text("  \n")
    with pytest.raises(ModelError, match="file is empty"):
        load(tmp_path / "empty.json")
    with pytest.raises(ModelError, match="cannot read the file"):
        load(tmp_path / "nope.yaml")
    with pytest.raises(ModelError, match="is a folder"):
        load(tmp_path)


def test_valid_yaml_that_is_not_a_model() -> None:
    with pytest.raises(ModelError) as caught:
        loads("title: my slides\nauthor: me\n", filename="notes.yaml")
    (problem,) = caught.value.problems
    assert str(problem) == ("notes.yaml:1:1: this is YAML, but not an orgmodel model: it has none of the keys "
                            "bodies, extends, id, law, names, org_type (found: author, title)")


def test_a_model_with_mistakes_gets_every_mistake() -> None:
    with pytest.raises(ModelError) as caught:
        loads("id: x\nnames: {fi: X}\ntitle: oops\n", filename="m.yaml")
    messages = [str(p) for p in caught.value.problems]
    assert messages[0] == "m.yaml:1:1: missing required key 'org_type'"
    assert "m.yaml:3:1: unknown key 'title'; valid keys here: $schema, extends, id, names" in messages[-1]
    assert sum("missing required key" in m for m in messages) == 3  # org_type, law, bodies


def test_scalar_document_is_not_a_model() -> None:
    with pytest.raises(ModelError, match="top level is a text, not a mapping"):
        loads("just a sentence\n")


MINIMAL = {
    "id": "rt", "names": {"fi": "Kierros", "en": "Round trip"}, "org_type": "region",
    "law": "fi/hyvinvointialuelaki-611-2021", "population": {"count": 180000, "date": "2021-11-30"},
    "bodies": [
        {"id": "v", "kind": "council", "names": {"fi": "Aluevaltuusto"}, "seats": 59, "chairs": 1, "vice_chairs": 2},
        {"id": "h", "kind": "executive_board", "names": {"fi": "Aluehallitus"}, "parent": "v", "seats": 13},
        {"id": "jk", "kind": "enterprise_board", "names": {"fi": "Johtokunta"}, "parent": "h", "seats": "7-11",
         "certainty": "open", "note": "the slide says 7-11"},
    ],
    "relations": [{"type": "elects", "source": "v", "target": "h", "certainty": "inferred"}],
    "powers": [{"id": "budget", "names": {"fi": "Talousarvio"}, "holder": "v", "matter": "budget"}],
    "instruments": [{"id": "hs", "kind": "administrative_regulations", "names": {"fi": "Hallintosääntö"},
                     "prepared_by": "h", "adopted_by": "v"}],
    "choices": [{"id": "c", "question": "Johtokunta?", "alternatives": [
        {"id": "keep", "label": "on"}, {"id": "drop", "label": "ei", "remove": ["jk"]}]}],
}


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip(fmt: str) -> None:
    org = loads(json.dumps(MINIMAL), fmt="json")
    again = loads(dumps(org, fmt), fmt=fmt)
    assert again == org
    assert again.body("jk").seats_min == 7 and again.body("jk").seats_max == 11


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.yaml"
    org = loads(json.dumps(MINIMAL), fmt="json")
    save(org, target)
    before = target.read_bytes()
    assert load(target) == org
    import os
    import stat

    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_current_umask()  # readable like any file

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "half")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]  # no temporary file left behind


def _current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_cli_reports_bad_input_with_exit_code_2_and_no_traceback() -> None:
    result = subprocess.run([sys.executable, "-m", "orgmodel", "check", str(INVALID / "several-unknown-ids.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("is not a body id") == 3


# --- folders ----------------------------------------------------------------------------------

ARCHETYPES = Path(__file__).resolve().parent.parent / "models" / "archetypes"


def _model_text(ident: str) -> str:
    return (f"id: {ident}\nnames: {{fi: {ident}}}\norg_type: archetype\nlaw: fi/kuntalaki-410-2015\n"
            "bodies:\n  - {id: v, kind: council, names: {fi: V}}\n")


def test_load_folder_loads_every_model_and_skips_partials() -> None:
    loaded = load_folder(ARCHETYPES)
    names = [m.path.name for m in loaded]
    assert names == sorted(p.name for p in ARCHETYPES.glob("*.yaml") if not p.name.startswith("_"))
    assert all(isinstance(m, Loaded) and m.org.id == m.path.stem for m in loaded)
    first = loaded[0]
    assert first.source.locate(("bodies", 0))[0].endswith("_base.yaml")  # the source map reaches the base
    path, org, source = first  # unpacks like the CLI's (path, org, source map) tuples did
    assert (path, org, source) == (first.path, first.org, first.source)


def test_load_folder_takes_one_path_or_many(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(_model_text("a"))
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.json").write_text(dumps(loads(_model_text("b")), "json"))
    (sub / "notes.txt").write_text("not a model")
    assert [m.org.id for m in load_folder(str(tmp_path))] == ["a", "b"]
    assert [m.org.id for m in load_folder([tmp_path / "a.yaml", sub])] == ["a", "b"]
    assert [m.org.id for m in load_folder((str(sub / "b.json"),))] == ["b"]


def test_a_named_partial_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "_base.yaml").write_text("org_type: archetype\n")
    (tmp_path / "m.yaml").write_text(_model_text("m"))
    notes: list[str] = []
    loaded = load_folder([tmp_path / "_base.yaml", tmp_path / "m.yaml"], note=notes.append)
    assert [m.org.id for m in loaded] == ["m"]
    assert notes == [f"skipping {tmp_path / '_base.yaml'}: files named _*.yaml are bases for 'extends:', not models"]
    with pytest.warns(UserWarning, match="skipping .*_base.yaml: files named _"):  # without a callback: a warning
        assert expand_paths([tmp_path / "_base.yaml"]) == []


def test_cli_prints_the_partial_note_as_before(tmp_path: Path) -> None:
    (tmp_path / "_base.yaml").write_text("org_type: archetype\n")
    (tmp_path / "m.yaml").write_text(_model_text("m"))
    result = subprocess.run([sys.executable, "-m", "orgmodel", "check", str(tmp_path / "_base.yaml"),
                             str(tmp_path / "m.yaml")], capture_output=True, text=True)
    assert result.stderr.startswith(f"orgmodel: skipping {tmp_path / '_base.yaml'}: files named _*.yaml are bases "
                                    "for 'extends:', not models\n"), result.stderr


def test_load_folder_reports_every_problem_of_every_bad_file_together(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: x\nid: y\n")
    (tmp_path / "b.yaml").write_text(_model_text("b").replace("kind: council", "kind: councill"))
    (tmp_path / "c.yaml").write_text(_model_text("c"))
    with pytest.raises(ModelError) as caught:
        load_folder(tmp_path)
    where = [(Path(p.file).name, p.line) for p in caught.value.problems]
    assert where == [("a.yaml", 2), ("b.yaml", 6)], [str(p) for p in caught.value.problems]
    assert "did you mean 'council'?" in caught.value.problems[1].message


def test_load_folder_with_no_model_files_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "_base.yaml").write_text("org_type: archetype\n")
    with pytest.raises(ModelError) as caught:
        load_folder(tmp_path)
    assert [str(p) for p in caught.value.problems] == [f"{tmp_path}: no model files found"]


# --- where an organisation came from ----------------------------------------------------------


def test_source_of_a_loaded_organisation(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(_model_text("m"))
    org = load(path)
    where = source_of(org)
    assert where is not None and where.path == path
    assert where.source.locate(("bodies", 0, "kind")) == (str(path), 6, 19)
    located_org, smap = load_located(path)
    assert source_of(located_org) == (path, smap)
    folder_org = load_folder(tmp_path)[0]
    assert source_of(folder_org.org) == (path, folder_org.source)


def test_source_of_is_none_for_a_string_a_copy_or_a_variant() -> None:
    org = loads(_model_text("s"))
    assert source_of(org) is None
    loaded = load(ARCHETYPES.parent / "paijat-hame-2018.yaml")
    assert source_of(loaded) is not None
    assert source_of(loaded.model_copy()) is None
    variants = [variant for _, variant in loaded.variants()]
    assert len(variants) > 1 and all(source_of(variant) is None for variant in variants)


def test_source_of_does_not_keep_organisations_alive_and_forgets_them(tmp_path: Path) -> None:
    import gc
    import weakref

    from orgmodel.io import origins

    path = tmp_path / "m.yaml"
    path.write_text(_model_text("m"))
    gc.collect()  # so that no earlier organisation awaiting collection leaves the registry during the count
    before = len(origins._ORIGINS)
    org = load(path)
    ref = weakref.ref(org)
    assert len(origins._ORIGINS) == before + 1
    del org
    gc.collect()
    assert ref() is None  # the registry held no strong reference
    assert len(origins._ORIGINS) == before  # and its entry went with the organisation
    assert loads(_model_text("m")) == load(path)  # equality knows nothing of where a model came from
