"""Check benchmark (issue 3): checking the ~10,000-body synthetic national structure.

Generates the structure with ``synthetic.national_structure()`` (law: kuntalaki), loads it, then
times ``orgmodel.check()`` alone: structure checks, every kuntalaki rule, suppressions and the
summing-up of "cannot check" notes. Target: under 1 s beyond loading.

    .venv/bin/python benchmarks/bench_check.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel.checking import check
from orgmodel.io import load

from synthetic import national_structure, write

OUT = Path(__file__).parent / "out"
REPEAT = 5


def main() -> None:
    data = national_structure()
    path = write(data, OUT / "national.json")
    print(f"structure: {len(data['bodies'])} bodies, {len(data['relations'])} relations, law {data['law']}")

    loads, checks, warm = [], [], []
    report = None
    for _ in range(REPEAT):
        t = time.perf_counter()
        org = load(path)
        loads.append(time.perf_counter() - t)
        t = time.perf_counter()
        report = check(org)  # includes building the graph the structural checks use
        checks.append(time.perf_counter() - t)
        t = time.perf_counter()
        check(org)  # graph already cached on the model
        warm.append(time.perf_counter() - t)

    assert report is not None
    print(f"load (JSON, validate):             {min(loads):.3f} s (best of {REPEAT})")
    print(f"check() on a freshly loaded model: {min(checks):.3f} s (best; median {sorted(checks)[REPEAT // 2]:.3f} s; "
          f"target < 1 s)")
    print(f"check() again, graph cached:       {min(warm):.3f} s")
    print(f"rules run: {report.meta['rules_run']}; findings: {dict(report.counts())}")
    print("findings by code:", ", ".join(f"{c} {n}" for c, n in sorted(Counter(report.codes()).items())))


if __name__ == "__main__":
    main()
