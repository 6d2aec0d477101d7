"""Load benchmark (issues 2 and 15): the ~10,000-body synthetic national structure, paired with the
parsers underneath, interleaved in rotating rounds.

Targets (median of the per-round ratios; the collector paused for both sides, as orgmodel's
loader pauses it):
- YAML: ``orgmodel.io.load`` (parse, source map, validate) <= 2.0x ``yaml.compose(text, CSafeLoader)``;
- JSON: ``orgmodel.io.load`` <= 6x ``json.loads(text)``.

    .venv/bin/python benchmarks/bench_load.py [ROUNDS]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.io import load

from pairing import OUT, Target, call, finish, interleave
from synthetic import national_structure, write

ROUNDS = 15


def main(rounds: int = ROUNDS) -> int:
    data = national_structure()
    yml, js = write(data, OUT / "national.yaml"), write(data, OUT / "national.json")
    print(f"structure: {len(data['bodies'])} bodies, {len(data['relations'])} relations; "
          f"YAML {yml.stat().st_size / 1e6:.2f} MB, JSON {js.stat().st_size / 1e6:.2f} MB; {rounds} rounds")
    yaml_text, json_text = yml.read_text(encoding="utf-8"), js.read_text(encoding="utf-8")
    load(yml), load(js)  # warm up: the lazy imports and the rule tables are not the load's cost
    s = interleave({
        "orgmodel YAML": call(lambda: load(yml), paused_gc=True),
        "yaml.compose C": call(lambda: yaml.compose(yaml_text, Loader=yaml.CSafeLoader), paused_gc=True),
        "orgmodel JSON": call(lambda: load(js), paused_gc=True),
        "json.loads": call(lambda: json.loads(json_text), paused_gc=True),
    }, rounds)
    return finish("load", [
        Target("YAML load (source map) vs yaml.compose C", s["orgmodel YAML"], s["yaml.compose C"], 2.0),
        Target("JSON load vs json.loads", s["orgmodel JSON"], s["json.loads"], 6.0),
    ])


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
