"""``orgmodel export`` (one structure as GraphML, GEXF, Mermaid, Popolo, W3C ORG or Excel) and
``orgmodel import`` (a body table or a Popolo file as a model file)."""

from __future__ import annotations

import click

from orgmodel.errors import BadOption
from orgmodel.text import DEFAULT_LANG, LANGS
from orgmodel.vocab import OrgType

_EXTENSIONS = ".graphml, .gexf, .mmd, .popolo.json, .ttl, .jsonld, .xlsx"


@click.command()
@click.argument("file", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help=f"The output file; its extension names the format ({_EXTENSIONS}); '-' for standard output "
                   "with --format.")
@click.option("-f", "--format", "fmt", metavar="EXT", default=None,
              help="The format as an extension (graphml, gexf, mmd, popolo.json, ttl, jsonld, xlsx), "
                   "for -o - or a file named otherwise.")
@click.option("--lang", type=click.Choice(list(LANGS)), default=DEFAULT_LANG, show_default=True,
              help="Language of labels in Mermaid and of findings in Excel (data keeps every language).")
@click.option("--base-iri", metavar="IRI", default=None,
              help="W3C ORG (.ttl, .jsonld): the IRI every resource starts with (default urn:orgmodel:<id>/).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"]), metavar="DATE",
              help="The structure on DATE (default: the model's version date).")
@click.option("--variant", multiple=True, metavar="CHOICE=ALT", help="Pick an alternative of an open choice.")
def export(file: str, output: str, fmt: str | None, lang: str, base_iri: str | None, as_of: object,
           variant: tuple[str, ...]) -> None:
    """Write the structure in FILE for other tools: GraphML and GEXF (Gephi, networkx), Mermaid (.mmd,
    Markdown pages), Popolo JSON, W3C ORG as Turtle or JSON-LD (needs the extra orgmodel[rdf]),
    or an Excel workbook (organisation, bodies, relations, powers, findings).

    \b
    orgmodel export models/pirkanmaa-2018.yaml -o pirkanmaa.graphml
    orgmodel export models/pirkanmaa-2018.yaml -o pirkanmaa.ttl --base-iri https://example.org/pirkanmaa/
    """
    from orgmodel.io import source_of
    from orgmodel.io.export import EXPORTS, export_bytes, format_of
    from orgmodel.words import word

    from .common import base_files, load_one, on_day, variant_selection
    from .output import emit

    chosen = format_of("x." + fmt.lstrip(".")) if fmt else format_of(output)
    if chosen is None:
        raise BadOption(word("export.unknown_format", lang, path=fmt or output, valid=_EXTENSIONS))
    loaded = load_one(file)
    where = source_of(loaded)
    org = on_day(loaded, as_of)
    if org.choices:
        org = org.variant(variant_selection(org, variant))
    content = export_bytes(org, chosen, lang=lang, base_iri=base_iri)
    emit(content, output, inputs=[file, *(base_files(where.source) if where else [])],
         binary=EXPORTS[chosen].binary)


@click.command(name="import")
@click.argument("file", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The model file to write (.yaml, or .json); '-' for standard output.")
@click.option("--id", "org_id", metavar="ID", help="The structure's id (default: the file's, else its name).")
@click.option("--name", metavar="NAME", help="The structure's Finnish name (default: the file's, else its name).")
@click.option("--org-type", type=click.Choice([t.value for t in OrgType]), default=None,
              help="The organisation type (default: the file's, else municipality).")
@click.option("--law", metavar="LAW", help="The law it is organised under (default: the file's, else kuntalaki).")
@click.option("--lang", type=click.Choice(list(LANGS)), default=DEFAULT_LANG, show_default=True,
              help="Language of the messages.")
def import_cmd(file: str, output: str, org_id: str | None, name: str | None, org_type: str | None,
               law: str | None, lang: str) -> None:
    """Read a body table (FILE.xlsx or FILE.csv, one body per row) or a Popolo JSON file and write a
    model file. Columns (Finnish or English): tunnus/id, nimi/name, nimi_sv, nimi_en, laji/kind,
    ylempi/parent, paikat/seats, varmuus/certainty, huomautus/note. Kinds in Finnish or English
    words (lautakunta, board). Every bad row is reported with its number; then nothing is written (exit 2).

    \b
    orgmodel import elimet.xlsx -o malli.yaml --name "Esimerkkikunta"
    """
    from orgmodel.io import dumps
    from orgmodel.io.importing import import_model
    from orgmodel.rules.registry import resolve
    from orgmodel.words import word

    from .output import echo, emit

    law_id = resolve(law).id if law else None
    org = import_model(file, lang=lang, id=org_id, name=name, org_type=org_type, law=law_id)
    emit(dumps(org, "json" if output.lower().endswith(".json") else "yaml"), output, inputs=[file])
    if output != "-":
        echo(word("import.written", lang, path=output, n=len(org.bodies)), err=True)
