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

from typing import TYPE_CHECKING

import networkx as nx

from .vocab import BodyKind, RelationType, Tier

if TYPE_CHECKING:
    from .model import Organisation


class OrgGraph(nx.MultiDiGraph):
    """A MultiDiGraph with governance queries. Edges point from subordinate to superior
    for ``subordinate_to`` and from actor to object for every other relation type."""

    def parent(self, node: str) -> str | None:
        for _, v, t in self.out_edges(node, data="type"):
            if t is RelationType.SUBORDINATE_TO:
                return v
        return None

    def children(self, node: str) -> list[str]:
        """Direct subordinates, in file order."""
        return [u for u, _, t in self.in_edges(node, data="type") if t is RelationType.SUBORDINATE_TO]

    def descendants_in_hierarchy(self, node: str) -> list[str]:
        out, stack = [], list(reversed(self.children(node)))
        seen = {node}
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append(n)
            stack.extend(reversed(self.children(n)))
        return out

    def ancestors_in_hierarchy(self, node: str) -> list[str]:
        """Parent, grandparent, ... (stops at a cycle)."""
        out, seen = [], {node}
        current = self.parent(node)
        while current is not None and current not in seen:
            out.append(current)
            seen.add(current)
            current = self.parent(current)
        return out

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
        return [n for n, k in self.nodes(data="kind") if k is kind]

    def by_tier(self, tier: Tier | str) -> list[str]:
        tier = Tier(tier)
        return [n for n, t in self.nodes(data="tier") if t is tier]

    def relations_of_type(self, rtype: RelationType | str) -> list[tuple[str, str, dict]]:
        rtype = RelationType(rtype)
        return [(u, v, d) for u, v, d in self.edges(data=True) if d["type"] is rtype]

    def hierarchy_cycles(self) -> list[list[str]]:
        """Cycles formed by parent links (each listed once, from its smallest id)."""
        cycles, done = [], set()
        for start in self.nodes:
            path, index = [], {}
            node = start
            while node is not None and node not in done and node not in index:
                index[node] = len(path)
                path.append(node)
                node = self.parent(node)
            if node is not None and node in index:
                cycle = path[index[node]:]
                k = cycle.index(min(cycle))
                cycles.append(cycle[k:] + cycle[:k])
            done.update(path)
        return cycles


def build_graph(org: "Organisation") -> OrgGraph:
    """Build the graph once; :meth:`Organisation.graph` caches it."""
    g = OrgGraph(id=org.id, name=org.names.fi, law=org.law)
    tiers = org.tiers()
    g.add_nodes_from((b.id, {"kind": b.kind, "tier": tiers[b.id], "name": b.names.fi,
                             "certainty": b.certainty, "body": b}) for b in org.bodies)
    g.add_edges_from((b.id, b.parent, "parent", {"type": RelationType.SUBORDINATE_TO, "certainty": b.parent_certainty})
                     for b in org.bodies if b.parent is not None)
    g.add_edges_from((r.source, r.target, r.id or f"r{i}", {"type": r.type, "certainty": r.certainty, "relation": r})
                     for i, r in enumerate(org.relations))
    return g
