"""The lint and type gate is part of `make test`, with pinned tools, and nothing is silenced wholesale."""

from __future__ import annotations

import re
import tomllib

from builders import ROOT


def test_make_test_runs_ruff_and_both_mypy_runs_before_pytest() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = re.search(r"^test:([^\n]*)\n", makefile, re.M)
    lint_rule = re.search(r"^lint:[^\n]*\n((?:\t[^\n]*\n)+)", makefile, re.M)
    assert test_rule is not None and "lint" in test_rule.group(1).split()
    assert lint_rule is not None
    recipe = lint_rule.group(1)
    assert "ruff check ." in recipe and "mypy\n" in recipe and "mypy tests" in recipe


def test_the_tools_are_pinned_and_configured_without_blanket_ignores() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = project["project"]["optional-dependencies"]["dev"]
    assert any(d.startswith("ruff==") for d in dev) and any(d.startswith("mypy==") for d in dev)
    assert project["tool"]["mypy"]["strict"] is True
    lint = project["tool"]["ruff"]["lint"]
    assert set(lint["select"]) >= {"E", "F", "W", "B", "I", "UP", "C901"}
    assert lint["mccabe"]["max-complexity"] == 12 and project["tool"]["ruff"]["line-length"] == 120
    assert "per-file-ignores" not in lint and "ignore" not in lint
    for override in project["tool"]["mypy"].get("overrides", []):
        assert "ignore_errors" not in override


def test_no_bare_noqa_or_type_ignore_in_the_code() -> None:
    bare = re.compile(r"#\s*(noqa(?!:)|type:\s*ignore(?!\[))")
    generated = ROOT / "benchmarks" / "out"  # the benchmarks' outputs and the peers' environment: not our code
    offenders = [f"{path.relative_to(ROOT)}:{n}" for folder in ("src", "tests", "benchmarks")
                 for path in (ROOT / folder).rglob("*.py") if not path.is_relative_to(generated)
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if bare.search(line)]
    assert offenders == []
