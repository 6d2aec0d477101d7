"""The render benchmarks' floor: the same bodies as a plain boxed tree, laid out by the same ``dot``.

One box per body with its name, one edge from each parent to its child, top to bottom: the least
any organisation chart of these bodies costs in Graphviz. It goes through pygraphviz exactly as
orgmodel's engine does (``AGraph(string=...)``, ``gvLayout(dot)``, ``gvRenderData(svg)``), so the
difference to ``orgmodel render`` is orgmodel's own work: wrapping, bands, the second pass, painting.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def plain_dot(bodies: Iterable[tuple[str, str, str | None]]) -> str:
    """DOT of (id, name, parent id or None) triples: boxes, parent -> child edges, rankdir TB.

    >>> print(plain_dot([("a", "Valtuusto", None), ("b", 'Hallitus "H"', "a")]))
    digraph plain {
    rankdir=TB;
    node [shape=box];
    "a" [label="Valtuusto"];
    "b" [label="Hallitus \\"H\\""];
    "a" -> "b";
    }
    """
    nodes, edges = [], []
    for bid, name, parent in bodies:
        nodes.append(f"{_quoted(bid)} [label={_quoted(name)}];")
        if parent is not None:
            edges.append(f"{_quoted(parent)} -> {_quoted(bid)};")
    return "\n".join(["digraph plain {", "rankdir=TB;", "node [shape=box];", *nodes, *edges, "}"])


def bodies_of(data: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The (id, Finnish name, parent) of each body of a model's data (as ``synthetic`` writes it)."""
    return [(b["id"], b["names"]["fi"], b.get("parent")) for b in data["bodies"]]


def render_svg(dot: str) -> bytes:
    """Lay ``dot`` out with ``dot`` and draw it as SVG, through pygraphviz as orgmodel's engine does."""
    import pygraphviz
    from pygraphviz import graphviz as gv

    graph = pygraphviz.AGraph(string=dot)
    gvc = gv.gvContextWithBuiltins()
    try:
        if gv.gvLayout(gvc, graph.handle, b"dot") != 0:
            raise RuntimeError("Graphviz could not lay out the plain tree")
        err, svg = gv.gvRenderData(gvc, graph.handle, b"svg")
        gv.gvFreeLayout(gvc, graph.handle)
        if err:
            raise RuntimeError("Graphviz could not draw the plain tree")
    finally:
        gv.gvFreeContext(gvc)
    return bytes(svg)
