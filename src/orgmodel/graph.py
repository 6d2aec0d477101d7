"""The networkx view of an organisation: typed nodes, typed edges and the queries features need.

Nodes are body ids with attributes ``kind``, ``tier``, ``name`` (Finnish), ``certainty`` and
``body`` (the :class:`~orgmodel.model.Body`). Edges carry ``type`` (a
:class:`~orgmodel.vocab.RelationType`), ``certainty`` and, for relations from the file, ``relation``.
The hierarchy appears as ``subordinate_to`` edges from each body to its parent.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"},
...     {"id": "j", "kind": "subcommittee", "names": {"fi": "Jaosto"}, "parent": "h"}]})
>>> g = org.graph()
>>> g.chain_from_council("j")
['v', 'h', 'j']
>>> g.children("v")
['h']
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import networkx as nx

from .index import find_cycles, structure
from .vocab import BodyKind, RelationType, Tier

if TYPE_CHECKING:
    from .model import Organisation

    _MultiDiGraph = nx.MultiDiGraph[str]  # nodes are body ids; node and edge data are dicts of str
else:  # networkx's graph classes are generic in its stubs only
    _MultiDiGraph = nx.MultiDiGraph

class OrgGraph(_MultiDiGraph):
    """A MultiDiGraph with governance queries. Edges point from subordinate to superior
    for ``subordinate_to`` and from actor to object for every other relation type.

    The queries read the graph's own edges (so they follow any edges a researcher adds) and use
    networkx's traversals; they agree with :func:`orgmodel.index.structure` on the model's graph.
    """

    def hierarchy(self) -> nx.MultiDiGraph[str]:
        """A read-only view with the ``subordinate_to`` edges only (child -> parent)."""

        # networkx passes the edge key; ours are strings ("parent", relation ids), not the ints the stubs name
        def is_parent_link(u: str, v: str, key: Hashable) -> bool:
            return self.edges[u, v, key]["type"] is RelationType.SUBORDINATE_TO

        return nx.subgraph_view(self, filter_edge=is_parent_link)

    def parent(self, node: str) -> str | None:
        for _, v, d in self.out_edges(node, data=True):
            if d.get("type") is RelationType.SUBORDINATE_TO:
                return v
        return None

    def children(self, node: str) -> list[str]:
        """Direct subordinates, in file order."""
        return [u for u, _, d in self.in_edges(node, data=True) if d.get("type") is RelationType.SUBORDINATE_TO]

    def descendants_in_hierarchy(self, node: str) -> list[str]:
        """Every body below ``node``, depth first in file order (each once, even round a cycle)."""
        return [n for n in nx.dfs_preorder_nodes(self.hierarchy().reverse(copy=False), node) if n != node]

    def ancestors_in_hierarchy(self, node: str) -> list[str]:
        """Parent, grandparent, ... (stops at a cycle)."""
        return [n for n in nx.dfs_preorder_nodes(self.hierarchy(), node) if n != node]

    def chain_from_council(self, node: str) -> list[str] | None:
        """The hierarchy path from the council down to ``node``; None if it does not reach one."""
        chain = [node, *self.ancestors_in_hierarchy(node)]
        if self.nodes[chain[-1]]["kind"] is not BodyKind.COUNCIL:
            return None
        return list(reversed(chain))

    def depth(self, node: str) -> int:
        return len(self.ancestors_in_hierarchy(node))

    def by_kind(self, kind: BodyKind | str) -> list[str]:
        kind = BodyKind(kind)
        return [n for n, d in self.nodes.items() if d.get("kind") is kind]

    def by_tier(self, tier: Tier | str) -> list[str]:
        tier = Tier(tier)
        return [n for n, d in self.nodes.items() if d.get("tier") is tier]

    def relations_of_type(self, rtype: RelationType | str) -> list[tuple[str, str, dict[str, Any]]]:
        rtype = RelationType(rtype)
        return [(u, v, d) for u, v, d in self.edges(data=True) if d["type"] is rtype]

    def hierarchy_cycles(self) -> list[list[str]]:
        """Cycles formed by parent links (each listed once, from its smallest id)."""
        h = self.hierarchy()
        return find_cycles(self.nodes, h.successors)


def build_graph(org: Organisation) -> OrgGraph:
    """Build the graph from the structure index; :meth:`Organisation.graph` shares it per organisation."""
    s = structure(org)
    g = OrgGraph(id=org.id, name=org.names.fi, law=org.law)
    tiers = org.tiers()
    g.add_nodes_from((b.id, {"kind": b.kind, "tier": tiers[b.id], "name": b.shown_names.fi,
                             "certainty": b.certainty, "body": b}) for b in s.bodies)
    # one add_edge per edge: the stubs' add_edges_from takes no (u, v, key, data) tuples
    for b in s.bodies:
        if b.parent is not None:
            g.add_edge(b.id, b.parent, "parent", type=RelationType.SUBORDINATE_TO, certainty=b.parent_certainty)
    for i, r in enumerate(org.relations):
        g.add_edge(r.source, r.target, r.id or f"r{i}", type=r.type, certainty=r.certainty, relation=r)
    return g
