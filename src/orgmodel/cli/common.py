"""Pieces shared by the subcommands: loading many files, choosing variants."""

from __future__ import annotations

from pathlib import Path

import click

from orgmodel.io import ModelError, Problem, SourceMap, load_located
from orgmodel.model import Organisation

MODEL_SUFFIXES = (".yaml", ".yml", ".json")


def is_partial(path: Path) -> bool:
    """Files named _*.yaml are bases for 'extends:', never models on their own."""
    return path.name.startswith("_")


def expand_paths(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; folders become their model files. Partials are skipped, also when a shell
    glob such as models/archetypes/*.yaml names them, with a note on standard error."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in MODEL_SUFFIXES and not is_partial(f)))
        elif is_partial(p) and p.suffix in MODEL_SUFFIXES:
            click.echo(f"orgmodel: skipping {p}: files named _*.yaml are bases for 'extends:', not models", err=True)
        else:
            out.append(p)
    return out


def load_all(paths: tuple[str, ...]) -> list[tuple[Path, Organisation]]:
    """Load every file; report the problems of all bad files together, then fail."""
    return [(path, org) for path, org, _ in load_all_located(paths)]


def load_all_located(paths: tuple[str, ...]) -> list[tuple[Path, Organisation, SourceMap]]:
    """:func:`load_all` with each model's source map, for pointing findings at lines."""
    loaded, problems = [], []
    for path in expand_paths(paths):
        try:
            loaded.append((path, *load_located(path)))
        except ModelError as e:
            problems.extend(e.problems)
    if problems:
        raise ModelError(problems)
    if not loaded:
        raise ModelError([Problem(" ".join(paths) or ".", 0, 0, "no model files found")])
    return loaded


lang_option = click.option("--lang", type=click.Choice(["fi", "sv", "en"]), default="fi", show_default=True,
                           help="Language of names and labels (Swedish and English where the file gives them).")


def parse_pairs(option: str, pairs: tuple[str, ...], form: str) -> dict[str, str]:
    """'A=B' option values as a dict; anything else is bad input naming the option and the form."""
    from orgmodel.errors import UserError

    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise UserError(f"{option} {pair!r}: write {form}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def variant_selection(org: Organisation, pairs: tuple[str, ...]) -> dict[str, str] | None:
    """--variant CHOICE=ALT values, checked against the model's choices (None when none given)."""
    from orgmodel.errors import UserError
    from orgmodel.variants import UnknownAlternative, check_selection

    if not pairs:
        return None
    selection = parse_pairs("--variant", pairs, "CHOICE=ALTERNATIVE")
    try:
        check_selection(org, selection)
    except UnknownAlternative as e:
        raise UserError(f"--variant: {e}") from None
    return selection
