"""Every benchmark, one after another, then one summary: exit 1 naming every missed target.

Each script prints its own table and exits 1 when it misses a target; those on the pairing harness
also leave their targets in benchmarks/out/results/, from which the summary is made. The peers run
only when benchmarks/peers/setup.sh has been run.

    .venv/bin/python benchmarks/run_all.py        # or: make bench
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pairing import OUT, RESULTS_ENV

HERE = Path(__file__).resolve().parent
RESULTS = OUT / "results"
# (script, the title its finish() writes under, or None for a script that only gives an exit code)
SCRIPTS = [
    ("bench_startup.py", "startup"),
    ("bench_load.py", "load"),
    ("bench_check.py", "check"),
    ("bench_memory.py", "memory"),
    ("bench_render.py", "render"),
    ("peers/run_peers.py", "peers"),
    ("bench_compare.py", "compare"),
    ("bench_explore.py", None),
    ("bench_bad_input.py", None),
]


def main() -> int:
    shutil.rmtree(RESULTS, ignore_errors=True)  # a summary of this run only
    env = {**os.environ, RESULTS_ENV: str(RESULTS)}
    codes: dict[str, int] = {}
    took: dict[str, float] = {}
    for script, _ in SCRIPTS:
        print(f"\n######## {script}", flush=True)
        start = time.perf_counter()
        codes[script] = subprocess.run([sys.executable, str(HERE / script)], env=env).returncode
        took[script] = time.perf_counter() - start
    print("\n######## summary")
    rows = [("script", "target", "figure", "limit", "")]
    misses = []
    for script, title in SCRIPTS:
        path = RESULTS / f"{title}.json"
        if title is not None and path.exists():
            for r in json.loads(path.read_text(encoding="utf-8")):
                rows.append((script, r["name"], r["figure"], r["limit"], r["verdict"]))
                if r["verdict"] == "MISSED":
                    misses.append(f"{script}: {r['name']} ({r['figure']}, limit {r['limit']})")
        elif title is not None and codes[script] == 0:
            rows.append((script, "(skipped)", "", "", ""))
        else:
            rows.append((script, f"exit {codes[script]} in {took[script]:.0f} s", "", "", ""))
        if codes[script] != 0 and not any(m.startswith(script + ":") for m in misses):
            misses.append(f"{script}: exited {codes[script]}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if misses:
        print(f"\nMISSED {len(misses)}:\n  " + "\n  ".join(misses))
        return 1
    print("\nevery target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
