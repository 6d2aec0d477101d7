"""``orgmodel check``: load model files, check them, print a summary; exit 0, 1 or 2."""

from __future__ import annotations

import click


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
def check(files: tuple[str, ...]) -> None:
    """Load FILES (or every model in a folder) and check their structure.

    Exit code 0: no errors; 1: errors found; 2: a file could not be read as a model.
    """
    from orgmodel.checks import check as run_check

    from .common import load_all

    worst = 0
    for path, org in load_all(files):
        report = run_check(org)
        c = report.counts()
        click.echo(f"{path}: {org.name()} — {len(org.bodies)} bodies, {len(org.relations)} relations; "
                   f"{c['error']} errors, {c['warning']} warnings, {c['info']} notes")
        for f in report.findings:
            click.echo(f"  {f.severity:<7} {f.code:<18} {f.body or '-'}: {f.message}")
        worst = max(worst, report.exit_code())
    raise SystemExit(worst)
