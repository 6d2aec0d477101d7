"""GraphML and GEXF: the structure as a graph of plain typed attributes, for Gephi and networkx.

``networkx.write_graphml(org.graph())`` fails, because the graph holds enum members and the model's
own objects. :func:`flat_graph` holds only strings, integers, floats and booleans: a node per body
(its kind token, tier, names, seats, certainty), an edge per hierarchy link (``relation``
``subordinate_to``, from the body to its parent, key ``parent``) and per relation (keyed by the
relation's id; ``relation`` is its type, because GEXF reserves ``type``). An unknown value is an
absent attribute, never 0.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 43},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}],
...     "relations": [{"type": "elects", "source": "v", "target": "h"}]})
>>> g = flat_graph(org)
>>> g.nodes["v"]["seats_min"], "seats_min" in g.nodes["h"], sorted(k for _, _, k in g.edges(keys=True))
(43, False, ['parent', 'r0'])
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from orgmodel.model import Organisation

from .records import body_rows, relation_rows

__all__ = ["flat_graph", "graphml_bytes", "gexf_bytes"]

_NODE_KEYS = ("kind", "tier", "names_fi", "names_sv", "names_en", "parent", "certainty", "note",
              "committee_role", "advocacy", "executive_type", "external_type", "chairs", "vice_chairs",
              "valid_from", "valid_to", "source")
_EDGE_KEYS = ("seats", "share", "power", "via", "certainty", "valid_from", "valid_to", "note")


def _present(row: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in keys if row[k] is not None}


def flat_graph(org: Organisation) -> nx.MultiDiGraph[str]:
    """The structure as a MultiDiGraph with plain attributes only (what GraphML and GEXF can hold)."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(id=org.id, name=org.names.fi, law=org.law)
    for body, row in zip(org.bodies, body_rows(org), strict=True):
        attrs = _present(row, _NODE_KEYS)
        attrs["label"] = body.name("fi")  # Gephi shows 'label'; an unnamed body by its kind
        if body.seats_min is not None:
            attrs["seats_min"], attrs["seats_max"] = body.seats_min, body.seats_max
        g.add_node(body.id, **attrs)
    for body in org.bodies:
        if body.parent is not None:
            g.add_edge(body.id, body.parent, "parent", relation="subordinate_to",
                       certainty=body.parent_certainty.value)
    for row in relation_rows(org):
        g.add_edge(row["source"], row["target"], row["id"], relation=row["type"], **_present(row, _EDGE_KEYS))
    return g


def graphml_bytes(org: Organisation) -> bytes:
    """The structure as GraphML (UTF-8), through networkx's writer."""
    return "\n".join(nx.generate_graphml(flat_graph(org), encoding="utf-8")).encode() + b"\n"


_MODIFIED = re.compile(rb'lastmodifieddate="[0-9-]+"')


def gexf_bytes(org: Organisation) -> bytes:
    """The structure as GEXF 1.2, through networkx's writer. networkx stamps today's date in the
    header; it is the model's version date instead (or left out), so the same model gives the same bytes."""
    g = flat_graph(org)
    for u, _, key, data in g.edges(keys=True, data=True):  # GEXF's edge id: the key, unique per graph
        data["id"] = f"{u}:parent" if key == "parent" else key
    text = "\n".join(nx.generate_gexf(g, encoding="utf-8")).encode() + b"\n"
    day = org.version_date
    stamp = b'lastmodifieddate="' + day.isoformat().encode() + b'"' if day else b""
    return _MODIFIED.sub(stamp, text, count=1)
