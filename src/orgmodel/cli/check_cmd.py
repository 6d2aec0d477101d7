"""``orgmodel check``: load model files, check them against their law, print a report; exit 0, 1 or 2."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

import click

from orgmodel.checking.findings import SEVERITIES
from orgmodel.checking.report import FORMATS
from orgmodel.errors import ModelError, Problem, UserError
from orgmodel.rules.registry import law_names_text
from orgmodel.text import DEFAULT_LANG, LANGS, Text

from .output import Styler


@click.command()
@click.argument("files", nargs=-1, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="Output: text grouped by severity, JSON, or Markdown for a memo.")
@click.option("--law", metavar="LAW", help="Check under this law instead of the one each file names "
              f"(an id, or {law_names_text()}).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"]), metavar="DATE",
              help="Apply the law as it stood on DATE (YYYY-MM-DD or D.M.YYYY). "
                   "Default: the model's version date under its own law, else the latest rules.")
@click.option("--fail-on", type=click.Choice(list(SEVERITIES)), default="error", show_default=True,
              help="Exit with 1 when there is a finding this severe or worse.")
@click.option("--lang", type=click.Choice(list(LANGS)), default=DEFAULT_LANG, show_default=True,
              help="Language of messages in text and Markdown output and of --list-rules (JSON has all three).")
@click.option("--color/--no-color", "color", default=None, help="Colour the text output (default: on a terminal only).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the report to this file instead; a .xlsx file gets one findings sheet (file, code, "
                   "severity, body, provision, message, hint) with a frozen header and a filter.")
@click.option("--list-rules", is_flag=True, help="List the rules (of --law, or of every law) and exit.")
@click.option("--list-matters", is_flag=True, help="List the matter codes a power can name (matter:) and exit.")
def check(files: tuple[str, ...], fmt: str, law: str | None, as_of: datetime | None, fail_on: str, lang: str,
          color: bool | None, output: str | None, list_rules: bool, list_matters: bool) -> None:
    """Check the model FILES (or every model in a folder) against the law.

    \b
    Each finding names the body, the provision (law, section) and how sure that reading is
    (LT legal text, SEC secondary source, UNC unconfirmed), with a fix hint. A model file can
    switch a rule off or downgrade it under 'suppressions:' with a reason; the report lists them.
    \b
    Exit code 0: no errors; 1: errors (or findings at --fail-on); 2: a file could not be read.
    """
    if list_rules or list_matters:
        text = _list_rules(law, fmt, lang) if list_rules else _list_matters(fmt, lang)
        _emit(text, output, [], None)
        raise SystemExit(0)
    if not files:
        raise UserError("orgmodel check: give one or more model files or folders (or --list-rules)")

    from orgmodel.checking import check as run_check
    from orgmodel.checking.report import Checked, plain, render

    from .common import input_files, load_many, report_problems
    from .output import STDOUT

    loaded = load_many(files)
    if not loaded.loaded and fmt != "json":
        raise ModelError(loaded.problems)
    items, worst = [], 0
    on = as_of.date() if as_of is not None else None
    for path, org, _ in loaded.loaded:
        report = run_check(org, law=law, as_of=on)  # findings come located: the loader remembers the file
        items.append(Checked(str(path), org.name(lang), report))
        worst = max(worst, report.exit_code(fail_on))  # type: ignore[arg-type]
    if output is not None and output.lower().endswith(".xlsx"):
        from orgmodel.io.export.xlsx import findings_xlsx

        from .output import emit

        emit(findings_xlsx([(c.path, c.report) for c in items], lang), output,
             inputs=input_files(files, loaded), binary=True)
        worst = max(worst, report_problems(loaded.problems))
        raise SystemExit(max(worst, ModelError.exit_code if loaded.problems else 0))
    if color is None:
        color = output in (None, STDOUT) and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    styler = Styler() if color else None
    text = render(items, fmt, lang, style=styler.style if styler else plain)
    if fmt == "json":  # the bad files go into the document, so that a script always gets JSON
        text = _with_errors(text, loaded.problems)
    else:
        worst = max(worst, report_problems(loaded.problems))
    _emit(text, output, input_files(files, loaded), styler)
    raise SystemExit(max(worst, ModelError.exit_code if loaded.problems else 0))


def _emit(text: str, output: str | None, inputs: list[str | Path], styler: Styler | None) -> None:
    from .output import emit

    emit(text if text.endswith("\n") else text + "\n", output, inputs=inputs, styled=styler)


def _with_errors(text: str, problems: list[Problem]) -> str:
    """The JSON report with the bad files' problems as its "errors" (see :func:`~orgmodel.cli.output.error_records`)."""
    import json

    from .output import error_records

    doc = json.loads(text)
    doc["errors"] = error_records(problems)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _list_rules(law: str | None, fmt: str, lang: str = DEFAULT_LANG) -> str:
    import json

    from orgmodel.rules import RULESETS, resolve_law

    laws = [resolve_law(law)] if law else list(RULESETS)
    rows = []
    for law_id in laws:
        for r in RULESETS[law_id].rules:
            rows.append({"law": law_id, "code": r.code, "severity": r.effective_severity,
                         "confidence": r.confidence, "citation": str(r.citation), "source": r.citation.source,
                         "applies": r.applies_text, "title_fi": r.the_title.fi, "title_en": r.the_title.en,
                         "title_sv": r.the_title.sv})
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for law_id in laws:
        lines.append(f"{law_id}: {RULESETS[law_id].title.get(lang)}")
        for row in (x for x in rows if x["law"] == law_id):
            lines.append(f"  {row['code']:<18} {row['severity']:<8} {row['confidence']:<4} {row['applies']:<12} "
                         f"{row['title_' + lang]} — {row['citation']}")
        lines.append("")
    return "\n".join(lines)


#: The words of --list-matters: the council-only note and the "no call-in" mark.
_COUNCIL_ONLY = Text(fi="valtuusto", sv="fullmäktige", en="council")
_NO_CALL_IN = Text(fi="ei otto-oikeutta", sv="kan inte tas upp till behandling", en="no call-in")


def _list_matters(fmt: str, lang: str = DEFAULT_LANG) -> str:
    import json

    from orgmodel.rules import MATTERS

    if fmt == "json":
        rows = [{"matter": m.code, "fi": m.names.fi, "en": m.names.en, "sv": m.names.sv,
                 "council_only": {law: res.section for law, res in m.council_only.items()},
                 "no_call_in": m.no_call_in} for m in MATTERS.values()]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for m in MATTERS.values():
        where = "; ".join(f"{law.split('/')[1]} {res.section or '§ ?'}" for law, res in m.council_only.items())
        extra = f" ({_NO_CALL_IN.get(lang)})" if m.no_call_in else ""
        council = f"  [{_COUNCIL_ONLY.get(lang)}: {where}]" if where else ""
        lines.append(f"{m.code:<30} {m.names.get(lang)}{extra}{council}")
    return "\n".join(lines) + "\n"
