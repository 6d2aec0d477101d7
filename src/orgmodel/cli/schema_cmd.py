"""``orgmodel schema``: the JSON Schema that editors use to complete and check model files."""

from __future__ import annotations

import json

import click


def schema_text() -> str:
    """The schema as the text stored in schema/orgmodel.schema.json."""
    from orgmodel.model import Organisation

    schema = Organisation.model_json_schema(by_alias=True)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://orgmodel.example/schema/orgmodel.schema.json",
              "title": "orgmodel governance structure", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
def schema(output: str | None) -> None:
    """Write the JSON Schema of model files."""
    from .output import emit

    emit(schema_text(), output)
