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
from orgmodel.model import Body, Organisation, Relation
from orgmodel.vocab import BodyKind

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


class _Builder:
    """Adds the triples of one structure to an rdflib Graph under one base IRI."""

    def __init__(self, org: Organisation, base: str) -> None:
        rdflib = _rdflib()
        from rdflib.namespace import ORG, SKOS

        self.rdflib, self.base = rdflib, base
        self.om = rdflib.Namespace(base + "vocab#")
        self.graph: Graph = rdflib.Graph()
        for prefix, space in (("org", ORG), ("skos", SKOS), ("om", self.om)):
            self.graph.bind(prefix, space)
        self.whole = rdflib.URIRef(f"{base}organisation/{org.id}")

    def iri(self, kind: str, name: str) -> Any:
        return self.rdflib.URIRef(f"{self.base}{kind}/{name}")

    def labels(self, node: Any, texts: dict[str, str | None]) -> None:
        from rdflib.namespace import SKOS

        for lang, text in texts.items():
            if text:
                self.graph.add((node, SKOS.prefLabel, self.rdflib.Literal(text, lang=lang)))

    def number(self, node: Any, predicate: str, value: float | None, datatype: str = "integer") -> None:
        if value is not None:
            self.graph.add((node, self.om[predicate], self.rdflib.Literal(value, datatype=self.rdflib.XSD[datatype])))

    def kind(self, kind: BodyKind) -> None:
        from rdflib.namespace import RDF, SKOS

        concept = self.om["kind_" + kind.value]
        self.graph.add((concept, RDF.type, SKOS.Concept))
        self.graph.add((concept, SKOS.notation, self.rdflib.Literal(kind.value)))
        self.labels(concept, {lang: KIND_SPECS[kind].labels.get(lang) for lang in LANGS})

    def body(self, body: Body) -> None:
        from rdflib.namespace import ORG, RDF, RDFS

        node, g, literal = self.iri("body", body.id), self.graph, self.rdflib.Literal
        g.add((node, RDF.type, ORG.OrganizationalUnit))
        g.add((node, ORG.unitOf, self.whole))
        g.add((node, ORG.identifier, literal(body.id)))
        g.add((node, ORG.classification, self.om["kind_" + body.kind.value]))
        names = body.names  # an unnamed body is labelled by its kind, in Finnish only
        shown: dict[str, str | None] = {"fi": body.name("fi")}
        if names is not None:
            shown = {"fi": names.fi, "sv": names.sv, "en": names.en}
        self.labels(node, shown)
        if body.parent is not None:
            g.add((node, ORG.subOrganizationOf, self.iri("body", body.parent)))
        self.number(node, "seatsMin", body.seats_min)
        self.number(node, "seatsMax", body.seats_max)
        g.add((node, self.om.certainty, literal(body.certainty.value)))
        if body.note:
            g.add((node, RDFS.comment, literal(body.note, lang="fi")))

    def relation(self, index: int, rel: Relation) -> None:
        from rdflib.namespace import RDF

        node, g, om = self.iri("relation", rel.id or f"r{index}"), self.graph, self.om
        source, target = self.iri("body", rel.source), self.iri("body", rel.target)
        g.add((node, RDF.type, om.Relation))
        g.add((node, om.relationType, self.rdflib.Literal(rel.type.value)))
        g.add((node, om.source, source))
        g.add((node, om.target, target))
        g.add((source, om[rel.type.value], target))
        self.number(node, "seats", rel.seats)
        self.number(node, "share", rel.share, "decimal")
        g.add((node, om.certainty, self.rdflib.Literal(rel.certainty.value)))


def org_graph(org: Organisation, base_iri: str | None = None) -> Graph:
    """The structure as an rdflib Graph in the W3C ORG vocabulary (see the module text)."""
    _rdflib()  # the message that names the extra, before any other import of rdflib
    from rdflib.namespace import ORG, RDF

    base = base_iri or default_base_iri(org)
    builder = _Builder(org, base if base.endswith(("/", "#")) else base + "/")
    builder.graph.add((builder.whole, RDF.type, ORG.FormalOrganization))
    builder.labels(builder.whole, {"fi": org.names.fi, "sv": org.names.sv, "en": org.names.en})
    for kind in sorted({b.kind for b in org.bodies}):
        builder.kind(kind)
    for body in org.bodies:
        builder.body(body)
    for i, rel in enumerate(org.relations):
        builder.relation(i, rel)
    return builder.graph


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
