"""``orgmodel compare`` (metrics and axes of several structures) and ``orgmodel diff`` (what changed)."""

from __future__ import annotations

import click

from orgmodel.errors import UserError
from orgmodel.words import word

from .common import lang_option

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
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the table to this file instead of printing it.")
@lang_option
def compare(files: tuple[str, ...], fmt: str, chart: str | None, chart_type: str, no_variants: bool,
            output: str | None, lang: str) -> None:
    """Metrics and the six design-choice axes of the structures in FILES, side by side.

    A structure with open choices is shown once per variant. Folders are read for model files.
    Axis scores run from 0 to 1; 1 is the first pole of the question (see docs/axes.md).
    """
    from orgmodel.compare.tables import compare as run_compare
    from .common import load_all

    if chart and not chart.lower().endswith(CHART_SUFFIXES):
        raise UserError(f"--chart {chart}: give a file ending in {', '.join(CHART_SUFFIXES)}")
    orgs = [org for _, org in load_all(files)]
    comparison = run_compare(orgs, variants=not no_variants)
    text = {"table": lambda: comparison.to_text(lang), "csv": comparison.to_csv, "json": comparison.to_json,
            "markdown": lambda: comparison.to_markdown(lang)}[fmt]()
    if output:
        from orgmodel._util import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    if chart:
        from orgmodel.compare import charts

        draw = {"profile": charts.axes_profile, "seats": charts.seats_by_tier, "kinds": charts.bodies_by_kind}[chart_type]
        draw(comparison, chart, lang=lang)
        click.echo(word("cli.chart_written", lang, path=chart), err=True)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--map", "mapping", type=click.Path(dir_okay=False),
              help="Mapping file (YAML): lines 'id_in_a: id_in_b' to pair bodies the automatic match misses.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of printing.")
@lang_option
def diff(files: tuple[str, ...], fmt: str, mapping: str | None, output: str | None, lang: str) -> None:
    """Differences between structure A and structure B: added, removed and changed bodies and relations.

    \b
    orgmodel diff A B           compare two structures
    orgmodel diff V1 V2 V3 ...  a series of versions, step by step
    Bodies match by id, then by kind and Finnish name; --map overrides (two files only).
    Exit code 0: no differences; 1: differences; 2: bad input.
    """
    import json

    from orgmodel.compare.diff import diff_structures, load_mapping
    from orgmodel.io import load

    if len(files) < 2:
        raise UserError("diff needs two files (A B), or more for a series of versions")
    if mapping and len(files) != 2:
        raise UserError("--map works with exactly two files")
    orgs = [load(f) for f in files]
    pairs = list(zip(orgs, orgs[1:]))
    pair_map = load_mapping(mapping) if mapping else None
    diffs = [diff_structures(a, b, pair_map) for a, b in pairs]
    if fmt == "json":
        data = diffs[0].to_dict() if len(diffs) == 1 else [d.to_dict() for d in diffs]
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "markdown":
        text = "\n".join(d.to_markdown(lang) for d in diffs)
    else:
        text = "\n".join(d.to_text(lang) for d in diffs)
    if output:
        from orgmodel._util import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    raise SystemExit(0 if all(d.is_empty for d in diffs) else 1)
