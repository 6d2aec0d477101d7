"""Render benchmark (issues 4 and 15): orgmodel's diagram of a synthetic structure against a plain
boxed tree of the same bodies laid out by the same ``dot`` (:mod:`plain_tree`).

Target: ``diagram(org).render("svg")`` (wrapping every name by measured width, layout, reading the
positions back, bands and side edges, the position-keeping second pass, SVG finishing) <= 2x the
plain tree, at about 1,000 and about 3,000 bodies (``synthetic.sized_structure``). Each side runs
in a child process that warms up on a 31-body structure (imports, fontconfig), then times one
drawing and prints its seconds; a child past the timeout is killed and its target missed.

    .venv/bin/python benchmarks/bench_render.py [ROUNDS]
    .venv/bin/python benchmarks/bench_render.py --child orgmodel|plain N   # one timed drawing
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pairing import Target, finish, interleave, reported
from plain_tree import bodies_of, plain_dot, render_svg
from synthetic import sized_structure

SIZES = (1000, 3000)
ROUNDS = 3  # a 3,000-body drawing takes about a minute
TIMEOUT = 240.0


def orgmodel_drawing(n: int) -> Callable[[], None]:
    """orgmodel's SVG of ``n`` bodies, ready to run (the model validated beforehand: not counted)."""
    from orgmodel.model import Organisation
    from orgmodel.render import diagram
    from orgmodel.render.text import clear_wrap_cache

    org = Organisation.model_validate(sized_structure(n))

    def draw() -> None:
        clear_wrap_cache()  # measure the wrapping too, not a cache
        d = diagram(org)
        d.render("svg")
        assert not d.warnings, d.warnings
    return draw


def plain_drawing(n: int) -> Callable[[], None]:
    """The plain tree's SVG of the same ``n`` bodies (the DOT is built inside: it is its own work)."""
    bodies = bodies_of(sized_structure(n))

    def draw() -> None:
        render_svg(plain_dot(bodies))
    return draw


def child(kind: str, n: int) -> None:
    """Warm up on 31 bodies, then print the seconds of one drawing of ``n`` bodies."""
    prepare = {"orgmodel": orgmodel_drawing, "plain": plain_drawing}[kind]
    prepare(31)()
    draw = prepare(n)
    start = time.perf_counter()
    draw()
    print(f"{time.perf_counter() - start:.6f}")


def main(rounds: int = ROUNDS) -> int:
    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    targets = []
    for n in SIZES:
        print(f"~{n} bodies: {rounds} rounds, orgmodel's child stopped after {TIMEOUT:g} s", flush=True)
        s = interleave({"orgmodel": reported([*me, "orgmodel", str(n)], timeout=TIMEOUT),
                        "plain tree": reported([*me, "plain", str(n)], timeout=TIMEOUT)}, rounds)
        targets.append(Target(f"render SVG vs plain tree, ~{n} bodies", s["orgmodel"], s["plain tree"], 2.0))
    return finish("render", targets)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
        sys.exit(0)
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
