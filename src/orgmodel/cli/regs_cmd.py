"""``orgmodel powers`` (the delegation table) and ``orgmodel regulations`` (the organisation
chapters, or with ``--changes`` what changes between two drafts)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from orgmodel.errors import UserError
from orgmodel.words import word

from .common import lang_option, load_one
from .output import emit

TABLE_FORMATS = ("md", "html", "xlsx", "docx")
CHAPTER_FORMATS = ("md", "html", "docx")


def _format(output: str | None, valid: tuple[str, ...], lang: str) -> str:
    """The format named by the output's extension (Markdown on standard output)."""
    if output is None or output == "-":
        return "md"
    ext = Path(output).suffix.lower().lstrip(".")
    if ext not in valid:
        raise UserError(f"{output}: " + word("cli.regs_format", lang, ext=ext or "''", valid=", ".join(valid)))
    return ext


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", default=None, metavar="OUT",
              help="table.md, .html, .xlsx or .docx (default: Markdown on standard output).")
@lang_option
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"]), metavar="DATE",
              help="The structure and the law on this day (YYYY-MM-DD).")
def powers(file: str, output: str | None, lang: str, as_of: datetime | None) -> None:
    """The delegation table of FILE: every power with its legal basis, holder, delegation chain,
    call-in holders and the checker's findings, by holder and body by body."""
    from orgmodel.regulations import delegation_table, render, table_workbook_bytes

    fmt = _format(output, TABLE_FORMATS, lang)
    org = load_one(file)
    on = as_of.date() if as_of is not None else None
    content = (table_workbook_bytes(org, lang, as_of=on) if fmt == "xlsx"
               else render(delegation_table(org, lang, as_of=on), fmt))
    emit(content, output, inputs=[file], binary=isinstance(content, bytes))


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", default=None, metavar="OUT",
              help="hs.md, .html or .docx (changes: .md or .docx; default: Markdown on standard output).")
@lang_option
@click.option("--changes", is_flag=True, help="With two files A B: what the regulations change from A to B.")
def regulations(files: tuple[str, ...], output: str | None, lang: str, changes: bool) -> None:
    """The organisation chapters of the hallintosääntö for FILE (Finnish or Swedish; English is a
    working translation), or with --changes A B what changes between two drafts."""
    from orgmodel.regulations import changes_document, organisation_chapter, render

    if changes:
        if len(files) != 2:
            raise UserError(word("cli.regs_changes_two", lang))
        fmt = _format(output, ("md", "docx"), lang)
        a, b = load_one(files[0]), load_one(files[1])
        content = render(changes_document(a, b, lang), fmt)
    else:
        if len(files) != 1:
            raise UserError(word("cli.regs_needs_changes", lang))
        fmt = _format(output, CHAPTER_FORMATS, lang)
        content = render(organisation_chapter(load_one(files[0]), lang, source=Path(files[0]).name), fmt)
    emit(content, output, inputs=list(files), binary=isinstance(content, bytes))
