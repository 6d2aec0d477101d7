"""Render benchmark (issue 4).

Measures, in one run:
- a ~1,000-body structure drawn to SVG by orgmodel: DOT building (wrapping every name by measured
  width), Graphviz layout, reading positions back, painting bands and side edges, SVG finishing;
- Graphviz's own parse + layout + SVG of the very same DOT source (the reference; target: orgmodel
  within 1.3x of it);
- ``orgmodel render`` of one seed model as a fresh process (target: under 0.5 s).

    .venv/bin/python benchmarks/bench_render.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.model import Organisation
from orgmodel.render import diagram
from orgmodel.render.text import clear_wrap_cache

from synthetic import sized_structure
from timing import best

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 3


def ours(org: Organisation) -> None:
    clear_wrap_cache()  # measure the wrapping too, not a cache
    d = diagram(org)
    d.render("svg")
    assert not d.warnings, d.warnings


def graphviz_alone(dot: str) -> None:
    import pygraphviz
    from pygraphviz import graphviz as gv

    graph = pygraphviz.AGraph(string=dot)
    gvc = gv.gvContextWithBuiltins()
    gv.gvLayout(gvc, graph.handle, b"dot")
    gv.gvRenderData(gvc, graph.handle, b"svg")
    gv.gvFreeLayout(gvc, graph.handle)
    gv.gvFreeContext(gvc)


def main() -> None:
    org = Organisation.model_validate(sized_structure(1000))
    print(f"structure: {len(org.bodies)} bodies, {len(org.relations)} relations")
    ours(org)  # warm up: imports, font metrics, fontconfig
    dot = diagram(org).dot
    graphviz_alone(dot)
    t_ours = best(lambda: ours(org), REPEAT)
    t_gv = best(lambda: graphviz_alone(dot), REPEAT)
    print(f"Graphviz alone (same DOT, parse+layout+SVG): {t_gv:.3f} s")
    print(f"orgmodel diagram -> SVG:                     {t_ours:.3f} s  ({t_ours / t_gv:.2f}x; target <= 1.3x)")

    model = ROOT / "models" / "pohjois-karjala-2018.yaml"
    exe = Path(sys.executable).parent / "orgmodel"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "kaavio.svg"
        cli = best(lambda: subprocess.run([str(exe), "render", str(model), "-o", str(out)], check=True,
                                          capture_output=True), repeat=5)
    print(f"orgmodel render {model.name} (new process): {cli:.3f} s  (target < 0.5 s)")


if __name__ == "__main__":
    main()
