"""``orgmodel compare`` (metrics and axes of several structures) and ``orgmodel diff`` (what changed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import Any

import click

from orgmodel.errors import InternalError, ModelError, UserError
from orgmodel.words import word

from .common import as_of_option, lang_option, max_variants_option

CHART_SUFFIXES = (".pdf", ".svg", ".png")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown"]), default="table",
              show_default=True, help="Output format of the metrics.")
@click.option("--chart", "chart", type=click.Path(dir_okay=False), metavar="OUT",
              help="Also draw a chart to OUT (.pdf, .svg or .png).")
@click.option("--chart-type", type=click.Choice(["profile", "seats", "kinds"]), default="profile", show_default=True,
              help="profile: the six axes overlaid; seats: elected seats by tier; kinds: bodies by kind.")
@click.option("--no-variants", is_flag=True, help="Do not expand open choices; use each file as written.")
@max_variants_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the table to this file instead of printing it.")
@lang_option
@as_of_option
def compare(files: tuple[str, ...], fmt: str, chart: str | None, chart_type: str, no_variants: bool,
            max_variants: int, output: str | None, lang: str, as_of: datetime | None) -> None:
    """Metrics and the six design-choice axes of the structures in FILES, side by side.

    A structure with open choices is shown once per variant. Folders are read for model files.
    Axis scores run from 0 to 1; 1 is the first pole of the question (see docs/axes.md).
    """
    from orgmodel.compare.tables import compare as run_compare

    from .common import input_files, load_many, on_day, report_problems
    from .output import STDOUT, echo, emit, refuse_inputs

    if chart and not chart.lower().endswith(CHART_SUFFIXES):
        raise UserError(f"--chart {chart}: give a file ending in {', '.join(CHART_SUFFIXES)}"
                        + (" (a chart is not written to standard output)" if chart == STDOUT else ""))
    loaded = load_many(files)
    if not loaded.loaded:
        raise ModelError(loaded.problems)
    inputs = input_files(files, loaded)
    for out in (output, chart):  # refuse before the work, not after the table is printed
        if out and out != STDOUT:
            refuse_inputs(out, inputs)
    comparison = run_compare([on_day(m.org, as_of) for m in loaded.loaded], variants=not no_variants,
                             max_variants=max_variants)
    writers: dict[str, Callable[[], str]] = {
        "table": lambda: comparison.to_text(lang), "csv": comparison.to_csv, "json": comparison.to_json,
        "markdown": lambda: comparison.to_markdown(lang)}
    text = writers[fmt]()
    if chart:
        from orgmodel._util import writable_target
        from orgmodel.compare import charts

        writable_target(chart)  # a FIFO or a device fails here, before the table is printed
        draw = {"profile": charts.axes_profile, "seats": charts.seats_by_tier,
                "kinds": charts.bodies_by_kind}[chart_type]
        emit(text, output, inputs=inputs)
        _draw_chart(draw, comparison, chart, lang)
        echo(word("cli.chart_written", lang, path=chart), err=True)
    else:
        emit(text, output, inputs=inputs)
    raise SystemExit(report_problems(loaded.problems))


def _draw_chart(draw: Any, comparison: Any, chart: str, lang: str) -> None:
    """The chart into its file, which must be in an existing folder (the library would make one)."""
    from pathlib import Path

    from orgmodel.errors import OutputError

    folder = Path(chart).parent
    if not folder.is_dir():
        raise OutputError(f"cannot write into {folder}: it does not exist")
    draw(comparison, chart, lang=lang)


#: ``orgmodel diff`` exits with these (bad input and a bug of ours: the exception classes' codes).
DIFF_SAME, DIFF_DIFFERENT = 0, 1

_DIFF_HELP = f"""Differences between structure A and structure B: bodies, relations, powers, instruments, version.

\b
orgmodel diff A B                 compare two structures
orgmodel diff V1 V2 V3 ...        a series of versions, step by step
orgmodel diff --series V1 V2 ...  the same as a timeline (headed by each version's day)
orgmodel diff --series F          the timeline of one file with dated bodies, relations, powers
Bodies match by id, then by kind and Finnish name; --map overrides (two files only).

\b
Exit codes: {DIFF_SAME} no differences; {DIFF_DIFFERENT} differences; {UserError.exit_code} bad input (the message
says which file and what would be valid); {InternalError.exit_code} internal error (a bug of ours: please
report it).
"""


@click.command(help=_DIFF_HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "xlsx"]), default="text",
              show_default=True, help="xlsx: a summary sheet and one row per change (-o OUT.xlsx, or a pipe).")
@click.option("--map", "mapping", type=click.Path(dir_okay=False),
              help="Mapping file (YAML): lines 'id_in_a: id_in_b' to pair bodies the automatic match misses.")
@click.option("--series", is_flag=True,
              help="FILES are versions in order (draft, adopted, amended ...): a timeline of what changed at "
                   "each step. One file: its own timeline, from the dates (valid_from/valid_to) in it.")
@click.option("--chart", type=click.Path(dir_okay=False), metavar="OUT",
              help="Also draw the timeline chart to OUT (.pdf, .svg or .png).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of printing.")
@lang_option
def diff(files: tuple[str, ...], fmt: str, mapping: str | None, series: bool, chart: str | None,
         output: str | None, lang: str) -> None:
    """``orgmodel diff``; its help text is ``_DIFF_HELP``, which takes the exit codes from their constants."""
    from orgmodel.compare.diff import diff_structures, load_mapping
    from orgmodel.compare.series import Timeline, dated_timeline, series_timeline
    from orgmodel.io import source_of

    from .common import base_files, load_one
    from .output import STDOUT, emit, refuse_inputs

    if len(files) < 2 and not series:
        raise UserError("diff needs two files (A B), more for a series of versions, or --series with one "
                        "file that has dates")
    if mapping and (len(files) != 2 or series):
        raise UserError("--map works with exactly two files, without --series")
    if chart and (chart == STDOUT or not chart.lower().endswith(CHART_SUFFIXES)):
        raise UserError(f"--chart {chart}: give a file ending in {', '.join(CHART_SUFFIXES)}")
    orgs = [load_one(f) for f in files]
    inputs = [*files, *([mapping] if mapping else [])]
    for org in orgs:
        where = source_of(org)
        inputs += base_files(where.source) if where else []
    for out in (output, chart):  # refuse before the work, not after the report is written
        if out and out != STDOUT:
            refuse_inputs(out, inputs)
    timeline: Timeline | None = None
    if series or chart:
        try:
            timeline = dated_timeline(orgs[0], lang) if len(orgs) == 1 else series_timeline(orgs, lang=lang)
        except UserError as e:  # a gap in the dates of a file: say which file
            raise UserError(f"{files[0]}: {e}") from None
        diffs = [step.diff for step in timeline.steps]
    else:
        pair_map = load_mapping(mapping) if mapping else None
        diffs = [diff_structures(a, b, pair_map) for a, b in pairwise(orgs)]  # each version against the next
    if fmt == "xlsx":
        import io

        from orgmodel.compare.diff_xlsx import write_diffs_xlsx

        buf = io.BytesIO()
        if timeline is not None and series:
            timeline.to_xlsx(buf, lang)
        else:
            write_diffs_xlsx(diffs, buf, lang)
        emit(buf.getvalue(), output, inputs=inputs, binary=True)
    else:
        emit(_diff_text(diffs, timeline if series else None, fmt, lang), output, inputs=inputs)
    if chart and timeline is not None:
        from orgmodel.compare.timeline import timeline_chart

        _draw_chart(timeline_chart, timeline, chart, lang)
        from .output import echo

        echo(word("cli.chart_written", lang, path=chart), err=True)
    raise SystemExit(DIFF_SAME if all(d.is_empty for d in diffs) else DIFF_DIFFERENT)


def _diff_text(diffs: list[Any], timeline: Any, fmt: str, lang: str) -> str:
    """The report of ``orgmodel diff`` as text, Markdown or JSON: a timeline's, or each diff's in turn."""
    import json

    if timeline is not None:
        text: str = timeline.to_json() if fmt == "json" else (
            timeline.to_markdown(lang) if fmt == "markdown" else timeline.to_text(lang))
        return text
    if fmt == "json":
        data = diffs[0].to_dict() if len(diffs) == 1 else [d.to_dict() for d in diffs]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return "\n".join(d.to_markdown(lang) for d in diffs)
    return "\n".join(d.to_text(lang) for d in diffs)
