"""W3C ORG as RDF (Turtle, JSON-LD) through rdflib, the optional extra ``orgmodel[rdf]``.

The structure is an ``org:FormalOrganization``; each body an ``org:OrganizationalUnit`` that is
``org:unitOf`` it, with ``skos:prefLabel`` in each language the model gives, ``org:classification``
a ``skos:Concept`` per kind (labelled in Finnish, Swedish and English) and
``org:subOrganizationOf`` its parent. Each relation is a resource of its own (``om:Relation``, with
``om:relationType``, ``om:source``, ``om:target`` and seats or share where known) and, for querying,
also a direct triple ``<source> om:<type> <target>``. ``om:`` is orgmodel's vocabulary under the base
IRI (``<base>vocab#``). Every IRI starts with the base IRI (default ``urn:orgmodel:<id>/``).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto", "sv": "Fullmäktige"}, "seats": 43},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}]})
>>> g = org_graph(org, "https://example.org/x/")
>>> from rdflib import URIRef
>>> from rdflib.namespace import ORG
>>> (URIRef("https://example.org/x/body/h"), ORG.subOrganizationOf, URIRef("https://example.org/x/body/v")) in g
True
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from orgmodel.errors import UserError
from orgmodel.kinds import KIND_SPECS
from orgmodel.model import Organisation

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["default_base_iri", "org_graph", "turtle_bytes", "jsonld_bytes", "RdfMissing"]

LANGS = ("fi", "sv", "en")


class RdfMissing(UserError):
    """W3C ORG output was asked for, but rdflib (the extra ``orgmodel[rdf]``) is not installed."""


def default_base_iri(org: Organisation) -> str:
    """``urn:orgmodel:<id>/``: a base that names nothing on the web until the user gives a real one."""
    return f"urn:orgmodel:{org.id}/"


def _rdflib() -> Any:
    try:
        import rdflib
    except ImportError as e:
        from orgmodel.words import word

        raise RdfMissing(word("export.needs_rdflib", "fi") + " / " + word("export.needs_rdflib", "en")) from e
    return rdflib


def org_graph(org: Organisation, base_iri: str | None = None) -> Graph:
    """The structure as an rdflib Graph in the W3C ORG vocabulary (see the module text)."""
    rdflib = _rdflib()
    from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
    from rdflib.namespace import ORG, SKOS

    base = base_iri or default_base_iri(org)
    if not base.endswith(("/", "#")):
        base += "/"
    om = Namespace(base + "vocab#")
    g: Graph = rdflib.Graph()
    g.bind("org", ORG)
    g.bind("skos", SKOS)
    g.bind("om", om)

    def body_iri(body_id: str) -> URIRef:
        return URIRef(f"{base}body/{body_id}")

    whole = URIRef(f"{base}organisation/{org.id}")
    g.add((whole, RDF.type, ORG.FormalOrganization))
    for lang in LANGS:
        if getattr(org.names, lang):
            g.add((whole, SKOS.prefLabel, Literal(getattr(org.names, lang), lang=lang)))
    for kind in {b.kind for b in org.bodies}:
        concept = om["kind_" + kind.value]
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.notation, Literal(kind.value)))
        for lang in LANGS:
            g.add((concept, SKOS.prefLabel, Literal(KIND_SPECS[kind].labels.get(lang), lang=lang)))
    for body in org.bodies:
        node = body_iri(body.id)
        g.add((node, RDF.type, ORG.OrganizationalUnit))
        g.add((node, ORG.unitOf, whole))
        g.add((node, ORG.identifier, Literal(body.id)))
        g.add((node, ORG.classification, om["kind_" + body.kind.value]))
        names = body.shown_names if body.names is None else body.names
        for lang in LANGS if body.names is not None else ("fi",):
            if getattr(names, lang):
                g.add((node, SKOS.prefLabel, Literal(getattr(names, lang), lang=lang)))
        if body.parent is not None:
            g.add((node, ORG.subOrganizationOf, body_iri(body.parent)))
        if body.seats_min is not None:
            g.add((node, om.seatsMin, Literal(body.seats_min, datatype=XSD.integer)))
            g.add((node, om.seatsMax, Literal(body.seats_max, datatype=XSD.integer)))
        g.add((node, om.certainty, Literal(body.certainty.value)))
        if body.note:
            g.add((node, RDFS.comment, Literal(body.note, lang="fi")))
    for i, rel in enumerate(org.relations):
        node = URIRef(f"{base}relation/{rel.id or f'r{i}'}")
        g.add((node, RDF.type, om.Relation))
        g.add((node, om.relationType, Literal(rel.type.value)))
        g.add((node, om.source, body_iri(rel.source)))
        g.add((node, om.target, body_iri(rel.target)))
        g.add((body_iri(rel.source), om[rel.type.value], body_iri(rel.target)))
        if rel.seats is not None:
            g.add((node, om.seats, Literal(rel.seats, datatype=XSD.integer)))
        if rel.share is not None:
            g.add((node, om.share, Literal(rel.share, datatype=XSD.decimal)))
        g.add((node, om.certainty, Literal(rel.certainty.value)))
    return g


def turtle_bytes(org: Organisation, base_iri: str | None = None) -> bytes:
    """The structure as Turtle (rdflib sorts subjects and predicates, so the bytes are stable)."""
    data: bytes = org_graph(org, base_iri).serialize(format="turtle", encoding="utf-8")
    return data


def jsonld_bytes(org: Organisation, base_iri: str | None = None) -> bytes:
    """The structure as JSON-LD, with the nodes sorted by ``@id`` so that the bytes are stable."""
    text = org_graph(org, base_iri).serialize(format="json-ld")
    doc = json.loads(text)
    nodes = doc if isinstance(doc, list) else doc.get("@graph", [doc])
    for node in nodes:
        for key, values in node.items():
            if isinstance(values, list):
                node[key] = sorted(values, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda n: n.get("@id", ""))
    return (json.dumps(nodes, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
