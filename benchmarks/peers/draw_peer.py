"""Draw a model's bodies as a boxed tree with one peer library: the run_peers.py benchmark's worker.

    python draw_peer.py pygraphviz|graphviz|pydot|diagrams MODEL.yaml OUT.svg

Each peer gets the same plain picture (a box per body with its Finnish name, an edge from parent
to child, top to bottom) and the ``dot`` layout; the model is read with PyYAML's C loader. The
peers' modules are imported by name: graphviz, pydot and diagrams live in the peers' own
environment (benchmarks/out/peers-venv), not in the project's.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

Body = tuple[str, str, str | None]


def read_bodies(model: Path) -> list[Body]:
    import yaml

    data: dict[str, Any] = yaml.load(model.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return [(b["id"], b["names"]["fi"], b.get("parent")) for b in data["bodies"]]


def with_pygraphviz(bodies: list[Body], out: Path) -> None:
    agraph = importlib.import_module("pygraphviz").AGraph(directed=True, rankdir="TB")
    for bid, name, _ in bodies:
        agraph.add_node(bid, label=name, shape="box")
    for bid, _, parent in bodies:
        if parent is not None:
            agraph.add_edge(parent, bid)
    agraph.draw(str(out), format="svg", prog="dot")


def with_graphviz(bodies: list[Body], out: Path) -> None:
    dot = importlib.import_module("graphviz").Digraph(graph_attr={"rankdir": "TB"}, node_attr={"shape": "box"})
    for bid, name, _ in bodies:
        dot.node(bid, name)
    for bid, _, parent in bodies:
        if parent is not None:
            dot.edge(parent, bid)
    out.write_bytes(dot.pipe(format="svg", engine="dot"))


def with_pydot(bodies: list[Body], out: Path) -> None:
    pydot = importlib.import_module("pydot")
    graph = pydot.Dot(graph_type="digraph", rankdir="TB")
    for bid, name, _ in bodies:
        graph.add_node(pydot.Node(bid, label=f'"{name}"', shape="box"))
    for bid, _, parent in bodies:
        if parent is not None:
            graph.add_edge(pydot.Edge(parent, bid))
    graph.write_svg(str(out), prog="dot")


def with_diagrams(bodies: list[Body], out: Path) -> None:
    diagrams = importlib.import_module("diagrams")
    with diagrams.Diagram("", filename=str(out.with_suffix("")), outformat="svg", show=False, direction="TB"):
        nodes = {bid: diagrams.Node(name) for bid, name, _ in bodies}
        for bid, _, parent in bodies:
            if parent is not None:
                nodes[parent] >> nodes[bid]


PEERS = {"pygraphviz": with_pygraphviz, "graphviz": with_graphviz, "pydot": with_pydot, "diagrams": with_diagrams}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in PEERS:
        print(f"usage: draw_peer.py {'|'.join(PEERS)} MODEL OUT.svg", file=sys.stderr)
        return 2
    name, model, out = argv[0], Path(argv[1]), Path(argv[2])
    PEERS[name](read_bodies(model), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
