"""``orgmodel explore``: one self-contained interactive HTML page of the structures given."""

from __future__ import annotations

from datetime import datetime

import click

from orgmodel.errors import ModelError, UserError

from .common import as_of_option, lang_option


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The page to write (.html); it opens without network access.")
@click.option("--title", default=None, help="The page's title (default: 'Rakenteiden selain' in the language).")
@lang_option
@as_of_option
def explore(files: tuple[str, ...], output: str, title: str | None, lang: str, as_of: datetime | None) -> None:
    """Write an interactive page of the structures in FILES (files or folders) to OUTPUT.

    Pan and zoom, search by name, click or Enter on a body for its details (kind, seats, electors,
    powers with their delegation chains, source, the checker's findings); switch structure,
    variant and language (fi, sv, en). The first structure is the baseline whose differences
    from the others are highlighted.
    """
    from orgmodel.explore import explorer_page
    from orgmodel.variants import count_variants
    from orgmodel.words import word

    from .common import input_files, load_many, on_day, report_problems
    from .output import STDOUT, echo, emit, refuse_inputs

    if not output.lower().endswith((".html", ".htm")) and output != STDOUT:
        raise UserError(f"{output}: the explorer writes an HTML page; name the output *.html")
    loaded = load_many(files)
    if not loaded.loaded:
        raise ModelError(loaded.problems)
    inputs = input_files(files, loaded)
    if output != STDOUT:
        refuse_inputs(output, inputs)
    orgs = [on_day(m.org, as_of) for m in loaded.loaded]
    page = explorer_page(orgs, lang=lang, title=title)
    emit(page, output, inputs=inputs)
    views = sum(count_variants(org) for org in orgs)
    echo(word("explore.written", lang, path=output, n=len(orgs), views=views, kb=len(page.encode()) // 1000),
         err=output == STDOUT)
    raise SystemExit(report_problems(loaded.problems))
