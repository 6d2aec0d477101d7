"""``orgmodel show`` and ``orgmodel variants``."""

from __future__ import annotations

import click

from orgmodel.words import word

from .common import lang_option, load_one, max_variants_option, variant_selection
from .output import echo


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@lang_option
@click.option("--variant", "variant", multiple=True, metavar="CHOICE=ALT",
              help="Pick an alternative of an open choice (repeatable).")
def show(file: str, lang: str, variant: tuple[str, ...]) -> None:
    """Print the structure in FILE as an indented tree with kinds and seats.

    (?) marks a body the source leaves open, (~) one that is inferred.
    """
    from orgmodel.tree import tree_lines

    org = load_one(file)
    if variant:
        org = org.variant(variant_selection(org, variant))
    for line in tree_lines(org, lang):
        echo(line)
    for choice in org.choices:
        alts = ", ".join(f"{a.id} ({a.label.get(lang)})" for a in choice.alternatives)
        echo("\n" + word("cli.open_choice", lang, id=choice.id, question=choice.question.get(lang)))
        echo("  " + word("cli.alternatives", lang, alternatives=alts))


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@lang_option
@max_variants_option
def variants(file: str, lang: str, max_variants: int) -> None:
    """List every variant of the structure in FILE (one per combination of alternatives)."""
    org = load_one(file)
    for selection, variant_org in org.variants(max_variants):
        label = ", ".join(f"{k}={v}" for k, v in selection.items()) or word("cli.no_choices", lang)
        echo(word("cli.variant_line", lang, selection=label, n=len(variant_org.bodies)))
