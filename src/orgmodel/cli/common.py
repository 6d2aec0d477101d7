"""Pieces shared by the subcommands: loading many files with notes on standard error, options.

Loading itself is :func:`orgmodel.io.load_folder`; this module only adds what is click's.
"""

from __future__ import annotations

from pathlib import Path

import click

from orgmodel.errors import BadOption, UnknownAlternative
from orgmodel.io import Loaded, load_folder
from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG, FALLBACK, LANGS


def _note(message: str) -> None:
    click.echo(f"orgmodel: {message}", err=True)


def load_all(paths: tuple[str, ...]) -> list[tuple[Path, Organisation]]:
    """Load every file; report the problems of all bad files together, then fail."""
    return [(path, org) for path, org, _ in load_folder(paths, note=_note)]


def load_all_located(paths: tuple[str, ...]) -> list[Loaded]:
    """:func:`load_all` with each model's source map, for pointing findings at lines."""
    return load_folder(paths, note=_note)


#: The one --lang option of every command that prints or draws: choices, default and fallback from orgmodel.text.
lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=DEFAULT_LANG, show_default=True,
    help="Output language. orgmodel's own words exist in every language; text from the model file (names, "
         f"questions, labels) missing in the language falls back to {', then '.join(FALLBACK)}.")


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
