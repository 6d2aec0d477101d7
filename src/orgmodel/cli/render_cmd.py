"""``orgmodel render`` and ``orgmodel sheet``: diagrams in every format of the render registry.

The formats and presets offered come from the library's registries
(:data:`orgmodel.render.formats.FORMATS`, :data:`orgmodel.render.theme.PRESETS`). Graphviz
(pygraphviz) is imported only when a command runs, never by ``orgmodel --help``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from orgmodel.errors import ModelError, UserError
from orgmodel.render.formats import FORMATS
from orgmodel.render.theme import PRESETS
from orgmodel.words import word

from .common import as_of_option, lang_option, max_variants_option
from .output import echo

if TYPE_CHECKING:
    from orgmodel.model import Organisation
    from orgmodel.render import Diagram
    from orgmodel.render.instruments import InstrumentDiagram

_format_option = click.option(
    "--format", "fmt", type=click.Choice(list(FORMATS)),
    help="Output format (default: from the file name's suffix: "
         + ", ".join(w.suffix for w in FORMATS.values()) + ").")
_preset_option = click.option(
    "--preset", type=click.Choice(list(PRESETS)), default="screen", show_default=True,
    help="; ".join(f"{name}: {p.summary}" for name, p in PRESETS.items()) + ".")
_dpi_option = click.option("--dpi", type=click.IntRange(36, 1200), help="PNG resolution (default: the preset's).")
_footnote_option = click.option("--footnote", default="", help="A note printed under the diagram.")
_legend_option = click.option("--legend/--no-legend", default=True, show_default=True, help="Draw the legend.")


def _output_format(output: str, fmt: str | None) -> str:
    from orgmodel.render import format_of

    from .output import STDOUT

    if output == STDOUT:  # standard output has no suffix to tell the format: SVG unless --format says
        return fmt or "svg"
    return fmt or format_of(output)


def _write(d: Diagram | InstrumentDiagram, output: str, fmt: str, lang: str, inputs: list[str | Path]) -> None:
    """The drawing to its file or (``-o -``) to standard output; the summary line then goes to standard error."""
    from orgmodel._util import writable_target

    from .output import STDOUT, emit

    to_stdout = output == STDOUT
    if not to_stdout:
        writable_target(output)  # a FIFO or a device is refused before the drawing is made
    emit(d.data(fmt), output, inputs=inputs, binary=FORMATS[fmt].binary)
    _report(Path(output), d, fmt, lang, err=to_stdout)


#: Formats that hold many pages in one file (a deck of slides, a draw.io file of pages), by their module.
PAGED = {"pptx": "orgmodel.render.pptx", "drawio": "orgmodel.render.drawio"}


def _write_pages(pages: list[Diagram], output: str, fmt: str, lang: str, inputs: list[str | Path]) -> None:
    """Several drawings as the pages of one file (``PAGED`` formats: one slide or page each)."""
    import importlib

    from orgmodel._util import writable_target

    from .output import STDOUT, emit

    to_stdout = output == STDOUT
    if not to_stdout:
        writable_target(output)
    data: bytes = importlib.import_module(PAGED[fmt]).document(pages)
    emit(data, output, inputs=inputs, binary=FORMATS[fmt].binary)
    for page in pages[1:]:
        for line in page.warnings:
            echo(f"warning: graphviz: {line}", err=True)
    _report(Path(output), pages[0], fmt, lang, err=to_stdout)


def _report(path: Path, diagram: Diagram | InstrumentDiagram, fmt: str, lang: str, err: bool = False) -> None:
    for line in diagram.warnings:
        echo(f"warning: graphviz: {line}", err=True)
    echo(word("cli.written", lang, path=path, format=fmt, preset=diagram.preset.name), err=err)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@_format_option
@lang_option
@_preset_option
@_dpi_option
@click.option("--variant", "variant", multiple=True, metavar="CHOICE=ALT",
              help="Draw this alternative of an open choice (repeatable); others stay at their first.")
@click.option("--each-variant", is_flag=True, help="Draw every variant side by side on one sheet.")
@click.option("--view", default=None, metavar="VIEW",
              help="Draw only part of a large structure (political, administration, group, the political level's "
                   "parts council and boards, or subtree:<body-id>; join views with +, e.g. administration+group), "
                   "or 'instruments': the strategy and other instruments with their content areas, who "
                   "prepares and who adopts them.")
@click.option("--pages", is_flag=True,
              help="Write the whole as OUTPUT-1 and each view with bodies of its own as OUTPUT-2, OUTPUT-3, ... "
                   "(a .pptx or .drawio OUTPUT holds them all, one slide or page each)")
@click.option("--whole", "whole_only", is_flag=True,
              help="Draw the whole on one drawing even when its card names come out below the preset's floor "
                   "(by default a slide that cannot hold it legibly becomes pages, one view each).")
@max_variants_option
@click.option("--title", default=None, help="Title (default: the structure's name).")
@_footnote_option
@_legend_option
@as_of_option
def render(file: str, output: str, fmt: str | None, lang: str, preset: str, dpi: int | None,
           variant: tuple[str, ...], each_variant: bool, view: str | None, pages: bool, whole_only: bool,
           max_variants: int, title: str | None, footnote: str, legend: bool, as_of: datetime | None) -> None:
    """Draw the structure in FILE to OUTPUT (its suffix picks the format; see --format).

    Tier bands run in the same order on every diagram; a structure with open choices is drawn
    as one variant with the bodies that depend on a choice marked (or --each-variant). On a
    preset with a type floor (slide), a structure whose card names would come out below it on
    one drawing is written as pages, one view each (OUTPUT-1, OUTPUT-2, ...; a .pptx or .drawio
    OUTPUT holds them all), and standard error says so; --whole draws it on one drawing anyway
    (standard error then names the views that would fit, for --view).
    """
    from orgmodel.io import source_of
    from orgmodel.render import diagram, variants_sheet

    from .common import base_files, load_one, on_day, variant_selection

    fmt = _output_format(output, fmt)
    loaded = load_one(file)
    where = source_of(loaded)
    org = on_day(loaded, as_of)
    inputs: list[str | Path] = [file, *(base_files(where.source) if where else [])]
    if each_variant and variant:
        raise UserError("--each-variant draws every variant; leave out --variant")
    whole = org
    if view == INSTRUMENTS_VIEW:
        _instrument_view(org, output, fmt, lang, preset, dpi, inputs, each_variant or pages or bool(variant))
        return
    if view is not None:
        from orgmodel.render.views import view_of, view_title

        if each_variant:
            raise UserError("--view draws one variant; leave out --each-variant")
        org = view_of(org.variant(variant_selection(org, variant)) if org.choices else org, view)
        variant = ()
        title = title or view_title(whole, view, lang)
    from .output import STDOUT

    if whole_only and pages:
        raise UserError("--whole draws one drawing and --pages several: give one of them")
    if (view is None and not each_variant and not pages and not whole_only and PRESETS[preset].width_px
            and not (output == STDOUT and fmt not in PAGED)):
        _paged(org, output, fmt, lang, preset, variant_selection(org, variant), title, footnote, legend, dpi, inputs)
        return
    if each_variant:
        d = variants_sheet(org, lang=lang, preset=preset, footnote=footnote, dpi=dpi,
                           max_variants=max_variants)
    else:
        selection = variant_selection(org, variant)
        d = diagram(org, lang=lang, preset=preset, variant=selection, title=title, footnote=footnote,
                    legend=legend, dpi=dpi)
    if not pages:
        _write(d, output, fmt, lang, inputs)
        _fit_report(d, whole if view is None and not each_variant else None, lang)
        return
    from orgmodel.render.views import own_views, view_of, view_title

    if view is not None or each_variant or (output == STDOUT and fmt not in PAGED):
        raise UserError("--pages writes the whole and its views to OUTPUT-1, OUTPUT-2, ...: give -o a file name "
                        "and leave out --view and --each-variant")
    drawings = [d] + [diagram(view_of(org, v), lang=lang, preset=preset, title=view_title(org, v, lang),
                              footnote=footnote, legend=legend, dpi=dpi) for v in own_views(org)]
    if fmt in PAGED:  # one file: a slide or page per drawing
        _write_pages(drawings, output, fmt, lang, inputs)
        return
    path = Path(output)
    for k, page in enumerate(drawings, 1):
        _write(page, str(path.with_name(f"{path.stem}-{k}{path.suffix}")), fmt, lang, inputs)
        _fit_report(page, None, lang)


def _paged(org: Organisation, output: str, fmt: str, lang: str, preset: str, selection: dict[str, str] | None,
           title: str | None, footnote: str, legend: bool, dpi: int | None, inputs: list[str | Path]) -> None:
    """The default on a preset with a type floor: the whole when it meets the floor, else the pages
    of :func:`orgmodel.render.paging.pages_of` (OUTPUT-1, OUTPUT-2, ... or one paged file), and
    standard error says which page shows what at what size."""
    from orgmodel.render.paging import pages_of
    from orgmodel.render.views import view_part

    paging = pages_of(org, lang=lang, preset=preset, title=title, variant=selection, footnote=footnote,
                      legend=legend, dpi=dpi)
    found = paging.pages
    if len(found) == 1:
        _write(found[0].diagram, output, fmt, lang, inputs)
        _fit_report(found[0].diagram, org, lang)
        return
    drawings = [p.diagram for p in found]
    path = Path(output)
    if fmt in PAGED:  # one file: a slide or page per view
        _write_pages(drawings, output, fmt, lang, inputs)
        labels = [str(k) for k in range(1, len(found) + 1)]
    else:
        labels = [str(path.with_name(f"{path.stem}-{k}{path.suffix}")) for k in range(1, len(found) + 1)]
        for label, d in zip(labels, drawings, strict=True):
            _write(d, label, fmt, lang, inputs)
    drawn = org.variant(selection or {}) if org.choices else org
    one = paging.whole.fit
    listed = []
    for label, p in zip(labels, found, strict=True):
        fit, what = p.diagram.fit, view_part(drawn, p.view or "", lang)
        listed.append(word("cli.page" if fit.fits else "cli.page_below", lang, page=label, view=what,
                           px=_px(fit.name_px, fit.floor_px), floor=f"{fit.floor_px:.0f}"))
    echo(word("cli.paged", lang, name=title or drawn.name(lang), px=_px(one.name_px, one.floor_px),
              floor=f"{one.floor_px:.0f}", n=len(found), pages=", ".join(listed)), err=True)


def _px(px: float, floor: float) -> str:
    """A size in whole px, or to a tenth where whole px would hide that it is below the floor.

    >>> _px(17.2, 24), _px(23.6, 24), _px(27.4, 24)
    ('17', '23.6', '27')
    """
    return f"{px:.1f}" if px < floor <= round(px) else f"{px:.0f}"


#: The view that draws the instruments rather than a part of the bodies (orgmodel.render.instruments).
INSTRUMENTS_VIEW = "instruments"


def _instrument_view(org: Organisation, output: str, fmt: str, lang: str, preset: str, dpi: int | None,
                     inputs: list[str | Path], other_options: bool) -> None:
    """``--view instruments``: the instruments of ``org`` (its first variant) on one drawing."""
    from orgmodel.render.instruments import instrument_diagram

    if other_options:
        raise UserError("--view instruments draws one drawing of the instruments; leave out --each-variant, "
                        "--variant and --pages")
    d = instrument_diagram(org.variant({}) if org.choices else org, lang=lang, preset=preset, dpi=dpi)
    _write(d, output, fmt, lang, inputs)


def _fit_report(d: Diagram, org: Organisation | None, lang: str) -> None:
    """Say on standard error when the card names fall below the preset's floor, with the views of
    ``org`` (the whole structure, when no view was asked for) that would fit."""
    if not d.preset.width_px or d.fit.fits:
        return
    echo(word("cli.below_floor", lang, px=_px(d.fit.name_px, d.fit.floor_px), floor=f"{d.fit.floor_px:.0f}",
              bodies=d.fit.bodies), err=True)
    if org is None:
        return
    from orgmodel.render.views import views_that_fit

    fitting = views_that_fit(org, lang, d.preset)
    if fitting:
        echo(word("cli.views_fit", lang, views=", ".join(f"--view {v} ({px:.0f} px)" for v, px in fitting)),
             err=True)
    else:
        echo(word("cli.no_view_fits", lang), err=True)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Mark what differs from this structure (added, removed, changed kind or seats).")
@click.option("--map", "mapping", multiple=True, metavar="BASE_ID=ID",
              help="Pair a baseline body with a body of another name (repeatable).")
@_format_option
@lang_option
@_preset_option
@_dpi_option
@click.option("--title", default="",
              help="Title of the sheet (default: \"Rakenteiden vertailu\" in the chosen language).")
@click.option("--subtitle", default="", help="Subtitle (default with --baseline: what is compared).")
@_footnote_option
@_legend_option
@as_of_option
def sheet(files: tuple[str, ...], output: str, baseline: str | None, mapping: tuple[str, ...], fmt: str | None,
          lang: str, preset: str, dpi: int | None, title: str, subtitle: str, footnote: str, legend: bool,
          as_of: datetime | None) -> None:
    """Draw the structures in FILES side by side on one sheet, with aligned tier bands.

    FILES may include folders (every model in them). With --baseline, each other structure
    is marked against it; a baseline that is also one of FILES is drawn and labelled as such.
    On a slide, two structures go side by side, and four as 2 x 2 when their names still
    reach the comparison floor (18 px); otherwise pages of two, an odd last one alone (with
    --baseline, the baseline beside each of the others):
    OUTPUT-1, OUTPUT-2, ... (kaavio.pdf -> kaavio-1.pdf, kaavio-2.pdf); a .pptx or .drawio
    file holds every page itself, one slide or page each. Standard error says how many pages.
    """
    from orgmodel.render import sheet_pages

    from .common import input_files, load_many, load_one, on_day, parse_pairs, report_problems

    fmt = _output_format(output, fmt)
    result = load_many(files)
    if not result.loaded:
        raise ModelError(result.problems)
    orgs = [on_day(m.org, as_of) for m in result.loaded]
    inputs = input_files(files, result)
    base = None
    if baseline is not None:
        wanted = Path(baseline).resolve()
        base = next((m.org for m in result.loaded if m.path.resolve() == wanted), None) or load_one(baseline)
        inputs.append(baseline)
        base = on_day(base, as_of)
    pairs = parse_pairs("--map", mapping, "BASELINE_ID=ID")
    if pairs and base is None:
        raise UserError("--map pairs bodies with the baseline's; give --baseline too")
    pages = sheet_pages(orgs, baseline=base, lang=lang, preset=preset, title=title, subtitle=subtitle,
                        footnote=footnote, legend=legend, dpi=dpi, mapping=pairs or None)
    if len(pages) == 1:
        _write(pages[0], output, fmt, lang, inputs)
        _fit_report(pages[0], None, lang)
    elif fmt in PAGED:  # one file: a slide or page per sheet
        echo(word("cli.pages", lang, n=len(orgs), pages=len(pages), most=max(len(d.panels) for d in pages)),
             err=True)
        _write_pages(pages, output, fmt, lang, inputs)
    else:
        from .output import STDOUT

        if output == STDOUT:
            raise UserError(f"{len(orgs)} structures make {len(pages)} pages, one file each: give -o a file name")
        echo(word("cli.pages", lang, n=len(orgs), pages=len(pages), most=max(len(d.panels) for d in pages)),
             err=True)
        path = Path(output)
        for k, d in enumerate(pages, 1):  # kaavio.svg -> kaavio-1.svg, kaavio-2.svg, ...
            _write(d, str(path.with_name(f"{path.stem}-{k}{path.suffix}")), fmt, lang, inputs)
            _fit_report(d, None, lang)
    raise SystemExit(report_problems(result.problems))


