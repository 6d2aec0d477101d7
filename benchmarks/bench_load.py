"""Load benchmark (issue 2): the ~10,000-body synthetic national structure.

Measures, in one run:
- PyYAML's C parser composing the node tree alone (the reference);
- orgmodel's load + validate + graph from YAML (target: within 1.5x the reference);
- the same from JSON (target: under 0.3 s);
- `orgmodel --help` as a fresh process (target: under 0.3 s).

    .venv/bin/python benchmarks/bench_load.py
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.io import load

from synthetic import national_structure, write
from timing import best

OUT = Path(__file__).parent / "out"
REPEAT = 5
T = TypeVar("T")


def _paused_gc(fn: Callable[[], T]) -> T:
    gc.disable()
    try:
        return fn()
    finally:
        gc.enable()


def main() -> None:
    data = national_structure()
    yml, js = write(data, OUT / "national.yaml"), write(data, OUT / "national.json")
    print(f"structure: {len(data['bodies'])} bodies, {len(data['relations'])} relations; "
          f"YAML {yml.stat().st_size / 1e6:.2f} MB, JSON {js.stat().st_size / 1e6:.2f} MB")

    text = yml.read_text(encoding="utf-8")
    compose = best(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), REPEAT)
    compose_nogc = best(lambda: _paused_gc(lambda: yaml.compose(text, Loader=yaml.CSafeLoader)), REPEAT)
    full_yaml = best(lambda: load(yml).graph(), REPEAT)
    full_json = best(lambda: load(js).graph(), REPEAT)
    print(f"PyYAML C compose alone:          {compose:.3f} s  "
          f"(with the GC paused as orgmodel does: {compose_nogc:.3f} s)")
    print(f"orgmodel YAML load+validate+graph: {full_yaml:.3f} s  ({full_yaml / compose:.2f}x compose; target <= 1.5x)")
    print(f"  ... against compose with the GC paused: {full_yaml / compose_nogc:.2f}x")
    print(f"orgmodel JSON load+validate+graph: {full_json:.3f} s  (target < 0.3 s)")

    exe = Path(sys.executable).parent / "orgmodel"
    helps = best(lambda: subprocess.run([str(exe), "--help"], check=True, capture_output=True), REPEAT)
    print(f"orgmodel --help (new process):     {helps:.3f} s  (target < 0.3 s)")


if __name__ == "__main__":
    main()
