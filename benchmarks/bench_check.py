"""Check benchmark (issues 3 and 15): ``orgmodel check`` of the ~10,000-body synthetic national
structure (law: kuntalaki) in-process, as the command does it: load the file, then check the model
(structure checks, every rule, suppressions, the "cannot check" notes).

Target: load + check <= 1.5x the load alone of the same JSON file (median of the per-round ratios,
interleaved in rotating rounds; both run exactly as the command runs them, the loader pausing the
collector and the check running with it on).

    .venv/bin/python benchmarks/bench_check.py [ROUNDS]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.checking import Report, check
from orgmodel.io import load_folder

from pairing import OUT, Target, call, finish, interleave
from synthetic import national_structure, write

ROUNDS = 15


def load_only(path: Path) -> None:
    result = load_folder([str(path)], keep_going=True)  # what the command's load_many does
    assert result.loaded and not result.problems


def load_and_check(path: Path) -> list[Report]:
    result = load_folder([str(path)], keep_going=True)
    return [check(m.org) for m in result.loaded]


def main(rounds: int = ROUNDS) -> int:
    data = national_structure()
    path = write(data, OUT / "national.json")
    print(f"structure: {len(data['bodies'])} bodies, {len(data['relations'])} relations, law {data['law']}; "
          f"{rounds} rounds")
    report = load_and_check(path)[0]  # warm up: rules and their tables load on first use
    s = interleave({"load + check": call(lambda: load_and_check(path)), "load": call(lambda: load_only(path))},
                   rounds)
    print(f"rules run: {report.meta['rules_run']}; findings: {dict(report.counts())}")
    print("findings by code:", ", ".join(f"{c} {n}" for c, n in sorted(Counter(report.codes()).items())))
    return finish("check", [Target("load + check vs load (JSON)", s["load + check"], s["load"], 1.5)])


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
