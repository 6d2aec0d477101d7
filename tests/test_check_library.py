"""Checking as a library: check() locates findings for a model loaded from a file, the report
leaves the caller's lists alone, the report writers need no terminal, and orgmodel.check stays callable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import orgmodel
from orgmodel.checking import Finding, Report, check, locate
from orgmodel.checking.report import FORMATS, Checked, render
from orgmodel.cli.check_cmd import check as check_command
from orgmodel.io import load_located
from orgmodel.text import Text

MODEL = Path(__file__).resolve().parent.parent / "models" / "pohjois-karjala-2018.yaml"


def test_findings_carry_their_source_location() -> None:
    org, smap = load_located(MODEL)
    report = check(org, source=(MODEL, smap))
    located = [f for f in report.findings if f.loc is not None]
    assert located and all(f.location and f.location.startswith(f"{MODEL}:") for f in located)
    assert all(f.location is None for f in report.findings if f.loc is None)
    # the same as locating a report afterwards (without source=, check() asks the loader)
    assert [f.location for f in locate(check(org), smap).findings] == [f.location for f in report.findings]


def test_locate_leaves_the_report_alone() -> None:
    class Line7:
        def locate(self, loc: tuple[str | int, ...]) -> tuple[str, int, int]:
            return ("m.yaml", 7, 1)

    report = Report("m", [Finding("X", "info", Text("x", "x", "x"), loc=("bodies", 0))])
    assert locate(report, Line7()).findings[0].location == "m.yaml:7:1"
    assert report.findings[0].location is None


def test_report_sorts_a_copy_of_the_callers_lists() -> None:
    findings = [Finding("B", "info", Text("b", "b", "b")), Finding("A", "error", Text("a", "a", "a"))]
    report = Report("x", findings)
    assert [f.code for f in report.findings] == ["A", "B"]
    assert [f.code for f in findings] == ["B", "A"]


def test_the_cli_offers_the_library_formats() -> None:
    help_text = CliRunner().invoke(check_command, ["--help"]).output
    assert "[text|json|markdown]" in help_text and list(FORMATS) == ["text", "json", "markdown"]
    org, smap = load_located(MODEL)
    items = [Checked(str(MODEL), org.name(), check(org, source=(MODEL, smap)))]
    for name, writer in FORMATS.items():
        assert render(items, name) == writer(items)
    # colour comes from the style the caller passes
    shouted = render(items, "text", style=lambda text, **kw: text.upper() if kw.get("bold") else text)
    assert shouted.splitlines()[0] == f"{MODEL}: {org.name()}".upper()
    assert render(items, "text").splitlines()[0] == f"{MODEL}: {org.name()}"


def test_the_library_needs_neither_click_nor_pydantic_to_import() -> None:
    code = ("import sys\nimport orgmodel.checking, orgmodel.checking.report, orgmodel.rules\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'click', 'pydantic'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_orgmodel_check_is_callable_before_and_after_the_package_is_imported() -> None:
    code = ("import orgmodel\nfrom orgmodel.model import Organisation\n"
            "org = Organisation.model_validate({'id': 'x', 'names': {'fi': 'X'}, 'org_type': 'archetype',"
            " 'law': 'fi/kuntalaki-410-2015', 'bodies': [{'id': 'v', 'kind': 'council', 'names': {'fi': 'V'}}]})\n"
            "first = orgmodel.check(org).codes()\nimport orgmodel.checking.findings\n"
            "print(first == orgmodel.check(org).codes(), 'MAND-EXEC' in first)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "True True", out.stderr
    assert callable(orgmodel.check)
