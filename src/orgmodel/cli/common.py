"""Pieces shared by the subcommands: loading one or many files (bad files reported, good ones kept),
the files a command read (which its outputs must not replace), options.

Loading itself is :func:`orgmodel.io.load` and :func:`orgmodel.io.load_folder`; this module only adds
what is click's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from orgmodel.errors import BadOption, ModelError, Problem, UnknownAlternative
from orgmodel.io import LoadResult, SourceMap, load_folder
from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG, FALLBACK, LANGS
from orgmodel.variants import MAX_VARIANTS

from .output import echo


def _note(message: str) -> None:
    echo(f"orgmodel: {message}", err=True)


def allow_extends_outside() -> bool:
    """The group option ``orgmodel --allow-extends-outside``: base files may lie outside the model's folder."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("allow_extends_outside"))


def load_one(path: str) -> Organisation:
    """One model file (``-``: standard input); bad input raises a :class:`~orgmodel.errors.ModelError`."""
    from orgmodel import io

    if allow_extends_outside():
        return io.load(path, allow_extends_outside=True)
    return io.load(path)


def load_many(paths: tuple[str, ...]) -> LoadResult:
    """Every model in the files and folders, keeping going past bad files: their problems are in the result
    for the command to report (:func:`report_problems`) while it still handles the good ones."""
    return load_folder(paths, note=_note, keep_going=True, allow_extends_outside=allow_extends_outside())


def report_problems(problems: list[Problem]) -> int:
    """Print the bad files' problems on standard error; the exit code they call for (0 when none)."""
    for problem in problems:
        echo(str(problem), err=True)
    return ModelError.exit_code if problems else 0


def input_files(paths: tuple[str, ...], result: LoadResult) -> list[str | Path]:
    """Every file a command read: the arguments, the model files found in folders and their base files."""
    files: list[str | Path] = [*paths, *(p.file for p in result.problems)]
    for m in result.loaded:
        files.append(m.path)
        files.extend(base_files(m.source))
    return files


def base_files(smap: SourceMap) -> list[str]:
    """The files that ``extends:`` merged into a model, nearest first."""
    out = []
    base = smap.base
    while base is not None:
        out.append(base.doc.filename)
        base = base.base
    return out


#: The one --lang option of every command that prints or draws: choices, default and fallback from orgmodel.text.
lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=DEFAULT_LANG, show_default=True,
    help="Output language. orgmodel's own words exist in every language; text from the model file (names, "
         f"questions, labels) missing in the language falls back to {', then '.join(FALLBACK)}.")

max_variants_option = click.option(
    "--max-variants", "max_variants", type=click.IntRange(min=1), default=MAX_VARIANTS, show_default=True,
    metavar="N", help="Expand at most N variants of a structure's open choices (more is refused with a message).")


#: The one --as-of option of render, sheet and compare (check has its own text: it also dates the law).
as_of_option = click.option(
    "--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"]), metavar="DATE",
    help="Draw or measure the structure as it stood on DATE (YYYY-MM-DD or D.M.YYYY): bodies and relations "
         "with valid_from/valid_to outside it are left out. Default: the model's version date, never today.")


def on_day(org: Organisation, as_of: Any) -> Organisation:
    """The structure on --as-of, else on the model's own version date (unchanged when it has none)."""
    day = as_of.date() if as_of is not None else org.version_date
    return org.as_of(day)


def parse_pairs(option: str, pairs: tuple[str, ...], form: str) -> dict[str, str]:
    """'A=B' option values as a dict; anything else is bad input naming the option and the form."""
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise BadOption(f"{option} {pair!r}: write {form}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def variant_selection(org: Organisation, pairs: tuple[str, ...]) -> dict[str, str] | None:
    """--variant CHOICE=ALT values, checked against the model's choices (None when none given)."""
    from orgmodel.variants import check_selection

    if not pairs:
        return None
    selection = parse_pairs("--variant", pairs, "CHOICE=ALTERNATIVE")
    try:
        check_selection(org, selection)
    except UnknownAlternative as e:
        raise BadOption(f"--variant: {e}") from None
    return selection
