"""The exception tree: each class carries its exit code, and the CLI ends with exactly that code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import orgmodel.io
from orgmodel import errors
from orgmodel._util import did_you_mean
from orgmodel.cli import cli, main
from orgmodel.errors import (
    BadOption,
    InternalError,
    ModelError,
    OrgmodelError,
    Problem,
    RenderError,
    UnknownAlternative,
    UnknownLaw,
    UserError,
)

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "paijat-hame-2018.yaml"


@pytest.mark.parametrize(("cls", "code"), [
    (OrgmodelError, 3), (UserError, 2), (ModelError, 2), (UnknownLaw, 2), (UnknownAlternative, 2), (BadOption, 2),
    (InternalError, 3), (RenderError, 3),
])
def test_each_class_carries_its_exit_code(cls: type[OrgmodelError], code: int) -> None:
    assert cls.exit_code == code
    assert issubclass(cls, OrgmodelError)


def test_the_tree_has_the_documented_shape() -> None:
    for cls in (ModelError, UnknownLaw, UnknownAlternative, BadOption):
        assert issubclass(cls, UserError) and not issubclass(cls, InternalError)
    assert issubclass(RenderError, InternalError) and not issubclass(RenderError, UserError)
    # kept catchable the way callers caught them before the tree existed
    assert issubclass(UnknownAlternative, ValueError)
    assert issubclass(RenderError, RuntimeError)
    assert set(errors.__all__) == {name for name, value in vars(errors).items()
                                   if isinstance(value, type) and value.__module__ == "orgmodel.errors"}


def test_old_homes_are_the_same_classes() -> None:
    from orgmodel.render.graphviz.engine import RenderError as EngineRenderError
    from orgmodel.variants import UnknownAlternative as VariantsUnknownAlternative

    assert orgmodel.ModelError is orgmodel.io.ModelError is ModelError
    assert orgmodel.io.Problem is Problem
    assert EngineRenderError is RenderError
    assert VariantsUnknownAlternative is UnknownAlternative


def test_errors_imports_nothing_of_orgmodel() -> None:
    code = "import sys, orgmodel.errors; print(sorted(m for m in sys.modules if m.startswith('orgmodel.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['orgmodel.errors']"


def test_model_error_lists_its_problems() -> None:
    e = ModelError([Problem("a.yaml", 3, 5, "first"), Problem("b.yaml", 0, 0, "second")])
    assert str(e) == "a.yaml:3:5: first\nb.yaml: second"
    assert [p.message for p in e.problems] == ["first", "second"]


def test_library_raises_the_specific_classes() -> None:
    from orgmodel.rules import resolve_law
    from orgmodel.variants import check_selection

    with pytest.raises(UnknownLaw, match=r"unknown law 'kuntalaky' \(did you mean 'kuntalaki'\?\)"):
        resolve_law("kuntalaky")
    org = orgmodel.io.load(MODEL)
    with pytest.raises(UnknownAlternative, match="no choice 'nope'"):
        check_selection(org, {"nope": "x"})


# --- the CLI ends with the class's code -------------------------------------------------------


def _exit_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return int(caught.value.code or 0), capsys.readouterr().err


def test_cli_exits_with_the_code_of_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nid: y\n")
    code, err = _exit_of(["show", str(bad)], capsys)
    assert code == ModelError.exit_code == 2 and "bad.yaml:2:1: duplicate key 'id'" in err
    code, err = _exit_of(["show", str(MODEL), "--variant", "nonsense"], capsys)
    assert code == BadOption.exit_code and "--variant 'nonsense': write CHOICE=ALTERNATIVE" in err
    code, err = _exit_of(["check", str(MODEL), "--law", "kuntalaky"], capsys)
    assert code == UnknownLaw.exit_code and "unknown law 'kuntalaky'" in err


@pytest.mark.parametrize("exc", [RenderError("Graphviz could not lay out the graph"), KeyError("oops")])
def test_cli_exits_3_on_an_internal_error_and_asks_for_a_report(
        exc: Exception, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: object) -> None:
        raise exc

    monkeypatch.setattr(orgmodel.io, "load", broken)
    monkeypatch.delenv("ORGMODEL_DEBUG", raising=False)
    code, err = _exit_of(["show", str(MODEL)], capsys)
    assert code == InternalError.exit_code == 3
    assert f"orgmodel: internal error: {type(exc).__name__}:" in err and "please report it" in err
    assert "Traceback" not in err


def test_cli_help_documents_every_exit_code() -> None:
    text = CliRunner().invoke(cli, ["--help"]).output
    assert "0 clean, 1 findings, 2 bad input" in text
    assert "3 internal error (a bug of ours: please report it)" in text


def test_readme_documents_exit_code_3() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "2 bad input, 3 internal error" in readme
    assert "3 internal error: a bug of ours, please report it" in " ".join(readme.split())


# --- did you mean -----------------------------------------------------------------------------


def test_did_you_mean_names_the_closest_candidates() -> None:
    assert did_you_mean("seets", ["id", "kind", "seats"]) == "did you mean 'seats'?"
    assert did_you_mean("valtusto", {"valtuusto", "hallitus"}) == "did you mean 'valtuusto'?"
    assert did_you_mean("hallitu", ["hallitus", "hallitus2", "x"], n=3) == "did you mean 'hallitus' or 'hallitus2'?"
    assert did_you_mean("hallitu", ["hallitus", "hallitus2", "x"]) == "did you mean 'hallitus'?"
    assert did_you_mean("KL-VALIOKUNT", ["KL-VALIOKUNTA"], quote=False) == "did you mean KL-VALIOKUNTA?"


def test_did_you_mean_is_empty_when_nothing_is_close_or_the_search_would_be_slow() -> None:
    assert did_you_mean("zzz", ["council", "board"]) == ""
    assert did_you_mean("x", []) == ""
    many = [f"body{i:05d}" for i in range(5001)]
    assert did_you_mean("body00001x", many) == ""
    assert did_you_mean("body00001x", many[:5000]) == "did you mean 'body00001'?"


def test_the_four_hints_keep_their_wording(tmp_path: Path) -> None:
    from orgmodel.checking import check

    head = "id: x\nnames: {fi: X}\norg_type: archetype\nlaw: fi/kuntalaki-410-2015\n"
    with pytest.raises(ModelError) as caught:  # the loader: an unknown key, and an unknown id
        orgmodel.io.loads(head + "bodies:\n  - {id: v, kind: council, names: {fi: V}, seets: 3}\n"
                          "  - {id: h, kind: board, names: {fi: H}, parent: w}\n")
    text = str(caught.value)
    assert "unknown key 'seets' (did you mean 'seats'?); valid keys here:" in text
    assert "parent 'w' is not a body id\n" in text + "\n"  # nothing close: no hint
    org = orgmodel.io.loads(head + "bodies:\n  - {id: v, kind: council, names: {fi: V}}\n"
                            "suppressions:\n  - {code: DEPUTIESS, reason: test}\n")
    unknown = [f for f in check(org).findings if f.code == "SUPPRESS-UNKNOWN"]
    assert unknown and unknown[0].text("en").endswith("(did you mean DEPUTIES?)"), unknown
