"""``orgmodel compare`` (metrics and axes of several structures) and ``orgmodel diff`` (what changed)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import Any

import click

from orgmodel.errors import InternalError, ModelError, UserError
from orgmodel.words import word

from .common import as_of_option, lang_option, max_variants_option

CHART_SUFFIXES = (".pdf", ".svg", ".png")


#: -o's extension -> the table format it asks for, when --format is not given.
FORMAT_OF_SUFFIX = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".md": "markdown"}


def _format_for(fmt: str | None, output: str | None) -> str:
    """--format, else the one -o's extension names ('table' for anything else); a binary xlsx
    is never written into a file named for text, nor text into a .xlsx file."""
    suffix = "" if output in (None, "-") else os.path.splitext(output or "")[1].lower()
    if fmt is None:
        return FORMAT_OF_SUFFIX.get(suffix, "table")
    if (fmt == "xlsx") != (suffix == ".xlsx") and suffix in FORMAT_OF_SUFFIX:
        raise UserError(f"-o {output}: a {suffix} file is written with --format {FORMAT_OF_SUFFIX[suffix]}, "
                        f"not --format {fmt} (or leave --format out: the extension decides)")
    return fmt


def _size(value: str | None) -> tuple[float, float] | None:
    """--size 'W,H' in inches."""
    if value is None:
        return None
    try:
        width, height = (float(x) for x in value.replace("x", ",").split(","))
    except ValueError:
        raise UserError(f"--size {value}: write the width and height in inches, e.g. --size 3.5,4") from None
    if not (0.5 <= width <= 50 and 0.5 <= height <= 50):
        raise UserError(f"--size {value}: width and height are inches between 0.5 and 50")
    return width, height


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown", "xlsx"]), default=None,
              help="Output format of the metrics. Default: from the extension of -o (.csv, .xlsx, .json, .md), "
                   "else table. csv and xlsx have one row per structure (columns: docs/codebook.md).")
@click.option("--chart", "chart", type=click.Path(dir_okay=False), metavar="OUT",
              help="Also draw a chart to OUT (.pdf, .svg or .png).")
@click.option("--chart-type", type=click.Choice(["profile", "seats", "kinds"]), default="profile", show_default=True,
              help="profile: the six axes as a table of dots (one row per structure); seats: elected seats by "
                   "tier; kinds: bodies by kind.")
@click.option("--size", "size", metavar="W,H", help="Chart size in inches (default: from the number of structures).")
@click.option("--title", "title", metavar="TEXT", help="Chart title instead of the default one.")
@click.option("--no-title", is_flag=True, help="Draw the chart without a title (a paper has a caption).")
@click.option("--no-variants", is_flag=True, help="Do not expand open choices; use each file as written.")
@max_variants_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the table to this file instead of printing it (its extension picks the format).")
@lang_option
@as_of_option
def compare(files: tuple[str, ...], fmt: str | None, chart: str | None, chart_type: str, size: str | None,
            title: str | None, no_title: bool, no_variants: bool, max_variants: int, output: str | None,
            lang: str, as_of: datetime | None) -> None:
    """Metrics and the six design-choice axes of the structures in FILES, side by side.

    A structure with open choices is shown once per variant. Folders are read for model files.
    Axis scores run from 0 to 1; 1 is the first pole of the question (see docs/axes.md). A value
    the model does not give (an unknown seat count, an axis it cannot answer) is '–' or an empty
    cell, never 0.

    \b
    orgmodel compare models/real/ -o corpus.xlsx   one row per structure, codebook sheet
    orgmodel compare models/real/ -o corpus.csv
    orgmodel compare A B --chart profile.pdf --size 3.5,4 --no-title
    """
    from orgmodel._util import paused_gc

    from .output import STDOUT

    if chart and not chart.lower().endswith(CHART_SUFFIXES):
        raise UserError(f"--chart {chart}: give a file ending in {', '.join(CHART_SUFFIXES)}"
                        + (" (a chart is not written to standard output)" if chart == STDOUT else ""))
    if title is not None and no_title:
        raise UserError("--title and --no-title: give one of them")
    if not chart and (size or title is not None or no_title):
        raise UserError("--size, --title and --no-title are for the chart: add --chart OUT")
    fmt = _format_for(fmt, output)
    figsize = _size(size)
    with paused_gc():  # a corpus of models is millions of live objects: no collector passes over them
        _compare_and_write(files, fmt, chart, chart_type, figsize, "" if no_title else title, no_variants,
                           max_variants, output, lang, as_of)


def _compare_and_write(files: tuple[str, ...], fmt: str, chart: str | None, chart_type: str,
                       figsize: tuple[float, float] | None, title: str | None, no_variants: bool,
                       max_variants: int, output: str | None, lang: str, as_of: datetime | None) -> None:
    """The compare command's work once its options are checked: load, compare, write, draw."""
    from orgmodel.compare.tables import compare as run_compare

    from .common import input_files, load_many, on_day, report_problems
    from .output import STDOUT, echo, emit, refuse_inputs

    loaded = load_many(files)
    if not loaded.loaded:
        raise ModelError(loaded.problems)
    inputs = input_files(files, loaded)
    for out in (output, chart):  # refuse before the work, not after the table is printed
        if out and out != STDOUT:
            refuse_inputs(out, inputs)
    comparison = run_compare([on_day(m.org, as_of) for m in loaded.loaded], variants=not no_variants,
                             max_variants=max_variants)
    writers: dict[str, Callable[[], str | bytes]] = {
        "table": lambda: comparison.to_text(lang), "csv": comparison.to_csv, "json": comparison.to_json,
        "markdown": lambda: comparison.to_markdown(lang), "xlsx": lambda: comparison.to_xlsx(lang)}
    content = writers[fmt]()
    if chart:
        from orgmodel._util import writable_target
        from orgmodel.compare import charts

        writable_target(chart)  # a FIFO or a device fails here, before the table is printed
        draw = {"profile": charts.axes_profile, "seats": charts.seats_by_tier,
                "kinds": charts.bodies_by_kind}[chart_type]
        emit(content, output, inputs=inputs, binary=fmt == "xlsx")
        _draw_chart(draw, comparison, chart, lang, size=figsize, title=title)
        echo(word("cli.chart_written", lang, path=chart), err=True)
    else:
        emit(content, output, inputs=inputs, binary=fmt == "xlsx")
    raise SystemExit(report_problems(loaded.problems))


def _draw_chart(draw: Any, comparison: Any, chart: str, lang: str, **options: Any) -> None:
    """The chart into its file, which must be in an existing folder (the library would make one)."""
    from pathlib import Path

    from orgmodel.errors import OutputError

    folder = Path(chart).parent
    if not folder.is_dir():
        raise OutputError(f"cannot write into {folder}: it does not exist")
    draw(comparison, chart, lang=lang, **options)


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
