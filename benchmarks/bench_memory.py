"""Memory benchmark (issue 15): what a loaded model costs per body, and whether that stays flat.

For synthetic structures of about 1,000, 3,000 and 10,000 bodies (``synthetic.sized_structure``),
as YAML and as JSON: tracemalloc's peak while ``load(path)`` and ``.graph()`` run, and what is
still held afterwards with the model (and its graph) alive, each divided by the number of bodies.

Target "linear": the retained KiB per body at 10,000 at most 1.5x that at 1,000. The peaks are
information only: each load has a fixed peak (the 31-body line shows it: reading the file), which
makes the peak per body of a small structure look large; the peak per extra body (the slope between
1,000 and 10,000) is the figure that grows with the structure.

    .venv/bin/python benchmarks/bench_memory.py
"""

from __future__ import annotations

import gc
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.io import load

from pairing import OUT, Series, Target, finish
from synthetic import sized_structure, write

SIZES = (1000, 3000, 10000)
KIB = 1024


def traced(path: Path) -> tuple[int, float, float]:
    """Bodies, peak bytes and retained bytes of loading ``path`` with its graph."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        org = load(path)
        org.graph()
        gc.collect()  # count only what the model keeps, not garbage the collector has yet to free
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return len(org.bodies), peak - before, current - before


def main() -> int:
    load(write(sized_structure(31), OUT / "memory-warmup.yaml")).graph()  # imports are not the model's memory
    targets: list[Target] = []
    for suffix in ("yaml", "json"):
        fmt = suffix.upper()
        _, fixed, _ = traced(write(sized_structure(31), OUT / f"memory-31.{suffix}"))
        targets.append(Target(f"{fmt} 31 bodies: peak (the fixed part)", Series("", [fixed / KIB / KIB], unit="MiB"),
                              None, None))
        runs = {size: traced(write(sized_structure(size), OUT / f"memory-{size}.{suffix}")) for size in SIZES}
        kept: dict[int, Series] = {}
        for size, (n, peak, retained) in runs.items():
            kept[size] = Series(f"{n} bodies", [retained / KIB / n], unit="KiB/body")
            targets.append(Target(f"{fmt} {n} bodies: peak", Series("", [peak / KIB / n], unit="KiB/body"), None, None))
            targets.append(Target(f"{fmt} {n} bodies: retained", kept[size], None, None))
        (n0, peak0, _), (n1, peak1, _) = runs[SIZES[0]], runs[SIZES[-1]]
        slope = Series("", [(peak1 - peak0) / KIB / (n1 - n0)], unit="KiB/body")
        targets.append(Target(f"{fmt} peak per extra body, {n0} -> {n1}", slope, None, None))
        targets.append(Target(f"{fmt} linear: retained per body, {n1} vs {n0}", kept[SIZES[-1]], kept[SIZES[0]], 1.5))
    return finish("memory", targets)


if __name__ == "__main__":
    sys.exit(main())
