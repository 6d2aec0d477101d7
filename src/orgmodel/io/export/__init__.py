"""Data exports of one structure, the format named by the output's extension.

:data:`EXPORTS` maps each extension to its writer; :func:`export_bytes` runs one. ``orgmodel export
FILE -o OUT`` is the command line of it.

>>> sorted(EXPORTS)
['.gexf', '.graphml', '.jsonld', '.mmd', '.popolo.json', '.ttl', '.xlsx']
>>> format_of("pk.popolo.json"), format_of("pk.GraphML"), format_of("pk.svg") is None
('.popolo.json', '.graphml', True)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG

__all__ = ["EXPORTS", "Export", "export_bytes", "format_of"]


@dataclass(frozen=True)
class Export:
    """One export format: its name and the writer of its bytes (structure, language, base IRI)."""

    name: str
    write: Callable[[Organisation, str, str | None], bytes]
    binary: bool = False


def _graphml(org: Organisation, lang: str, base: str | None) -> bytes:
    from .network import graphml_bytes

    return graphml_bytes(org)


def _gexf(org: Organisation, lang: str, base: str | None) -> bytes:
    from .network import gexf_bytes

    return gexf_bytes(org)


def _mermaid(org: Organisation, lang: str, base: str | None) -> bytes:
    from .mermaid import mermaid_text

    return mermaid_text(org, lang).encode()


def _popolo(org: Organisation, lang: str, base: str | None) -> bytes:
    from .popolo import popolo_bytes

    return popolo_bytes(org)


def _turtle(org: Organisation, lang: str, base: str | None) -> bytes:
    from .org_rdf import turtle_bytes

    return turtle_bytes(org, base)


def _jsonld(org: Organisation, lang: str, base: str | None) -> bytes:
    from .org_rdf import jsonld_bytes

    return jsonld_bytes(org, base)


def _xlsx(org: Organisation, lang: str, base: str | None) -> bytes:
    from .xlsx import structure_xlsx

    return structure_xlsx(org, lang)


#: Extension -> format. ``.popolo.json`` is named in full: a plain ``.json`` is orgmodel's own model format.
EXPORTS: dict[str, Export] = {
    ".graphml": Export("GraphML", _graphml),
    ".gexf": Export("GEXF", _gexf),
    ".mmd": Export("Mermaid", _mermaid),
    ".popolo.json": Export("Popolo JSON", _popolo),
    ".ttl": Export("W3C ORG Turtle", _turtle),
    ".jsonld": Export("W3C ORG JSON-LD", _jsonld),
    ".xlsx": Export("Excel", _xlsx, binary=True),
}


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The :data:`EXPORTS` key the file name ends with (case ignored), or None."""
    name = os.fspath(path).lower()
    return next((ext for ext in sorted(EXPORTS, key=len, reverse=True) if name.endswith(ext)), None)


def export_bytes(org: Organisation, fmt: str, *, lang: str = DEFAULT_LANG, base_iri: str | None = None) -> bytes:
    """The structure in the format with extension ``fmt`` (a key of :data:`EXPORTS`)."""
    return EXPORTS[fmt].write(org, lang, base_iri)
