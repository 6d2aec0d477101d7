"""Comparison benchmarks: one large structure (issue 5) and a corpus of many (issue 12).

Issue 5: metrics and diff of two ~10,000-body structures.

The first structure is the synthetic national one; the second differs a little: 40 bodies
removed, 40 added, 60 renamed (new id, same name: matched by name), 80 with other seats, 20
moved to another parent, 50 relations dropped and 50 added. Targets: metrics (with the six axis
scores) of one structure under 1 s; the diff of the two under 1 s. Validation is not timed.

    .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from orgmodel._util import paused_gc
from orgmodel.compare.axes import scores
from orgmodel.compare.diff import diff_structures
from orgmodel.compare.metrics import metrics
from orgmodel.compare.tables import compare
from orgmodel.io import load_folder
from orgmodel.model import Organisation

from pairing import Series, Target, finish, repeated
from synthetic import national_structure, sized_structure, write

REPEAT = 5
CORPUS = 300
CORPUS_TARGET = 10.0


def changed_copy(data: dict[str, Any]) -> dict[str, Any]:
    """The same structure with a few hundred deterministic edits (see the module doc)."""
    d = copy.deepcopy(data)
    d["id"] = "suomi-synteettinen-b"
    bodies = d["bodies"]
    units = [b for b in bodies if b["kind"] == "administration"]
    gone = {b["id"] for b in units[::40][:40]}
    bodies = [b for b in bodies if b["id"] not in gone]
    d["relations"] = [r for r in d["relations"] if r["source"] not in gone and r["target"] not in gone]
    for i, b in enumerate(b for b in bodies if b["kind"] == "subsidiary"):
        if i < 60:  # a new id, the same kind and name: the diff pairs them by name
            old = b["id"]
            b["id"] = f"{old}-uusi"
            for r in d["relations"]:
                r["source"] = b["id"] if r["source"] == old else r["source"]
                r["target"] = b["id"] if r["target"] == old else r["target"]
    for b in [b for b in bodies if b["kind"] == "board"][:80]:
        b["seats"] = 13
    subs = [b for b in bodies if b["kind"] == "subcommittee" and b["id"].endswith("-jaosto")]
    for b in subs[:20]:
        b["parent"] = b["id"].rsplit("-", 2)[0] + "-hallitus"
    for i in range(40):
        parent = f"k{i:03d}-johtaja"
        bodies.append({"id": f"k{i:03d}-uusi-yksikko", "kind": "administration", "names": {"fi": f"Uusi yksikkö {i}"},
                       "parent": parent})
    d["relations"] = d["relations"][50:] + [
        {"type": "prepares_for", "source": f"k{i:03d}-sivistys", "target": f"k{i:03d}-hallitus"} for i in range(50)]
    d["bodies"] = bodies
    return d


def corpus_sizes(n: int = CORPUS) -> list[int]:
    """Target sizes from 50 to 200 bodies, spread deterministically."""
    return [50 + (i * 37) % 151 for i in range(n)]


def write_corpus(folder: Path, n: int = CORPUS) -> int:
    """``n`` structures of 50-200 bodies as YAML files in ``folder``; the total number of bodies."""
    total = 0
    for i, size in enumerate(corpus_sizes(n)):
        data = sized_structure(size)
        data["id"] = f"synteettinen-{i:03d}"
        data["names"] = {"fi": f"Synteettinen rakenne {i}"}
        for b in data["bodies"][::3]:  # every third body's seat count unknown: the missing-value paths run too
            b.pop("seats", None)
        write(data, folder / f"s{i:03d}.yaml")
        total += len(data["bodies"])
    return total


def corpus_table(folder: Path) -> tuple[int, bytes]:
    """Load every file of ``folder`` and compare them: (columns, xlsx bytes); the CSV is made too.
    The collector is paused as the command pauses it (2 million live objects: each full pass ~2 s)."""
    with paused_gc():
        result = load_folder([str(folder)], keep_going=True)
        comparison = compare([m.org for m in result.loaded])
        comparison.to_csv()
        return len(comparison.columns), comparison.to_xlsx()


def bench_corpus() -> list[Target]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        total = write_corpus(folder)
        lib, (n, _) = repeated(lambda: corpus_table(folder), 3, "library")
        out = Path(tmp) / "corpus.xlsx"
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
        t0, cpu0 = time.perf_counter(), os.times()
        subprocess.run([sys.executable, "-m", "orgmodel", "compare", str(folder), "-o", str(out)],
                       check=True, env=env)
        t_cli, cpu1 = time.perf_counter() - t0, os.times()
        cpu = cpu1.children_user + cpu1.children_system - cpu0.children_user - cpu0.children_system
    print(f"corpus: {n} structures, {total} bodies in {CORPUS} files; the command's CPU {cpu:.3f} s")
    return [Target("corpus: load + compare + csv + xlsx", lib, None, CORPUS_TARGET),
            Target("corpus: orgmodel compare DIR -o x.xlsx (fresh process)", Series("once", [t_cli]), None,
                   CORPUS_TARGET)]


def main() -> int:
    targets = bench_corpus()
    data_a = national_structure()
    data_b = changed_copy(data_a)
    a = Organisation.model_validate(data_a)
    b = Organisation.model_validate(data_b)
    print(f"a: {len(a.bodies)} bodies, {len(a.relations)} relations; "
          f"b: {len(b.bodies)} bodies, {len(b.relations)} relations")

    s_metrics, _ = repeated(lambda: metrics(a), REPEAT, "metrics")
    s_axes, _ = repeated(lambda: scores(a, metrics(a)), REPEAT, "metrics + axes")
    s_diff, d = repeated(lambda: diff_structures(a, b), REPEAT, "diff")
    counts = d.counts()
    print(f"diff found: {counts['matched']} matched ({sum(v == 'name' for v in d.matched_by.values())} by name), "
          f"+{counts['added']} -{counts['removed']} ~{counts['changed']}, "
          f"relations +{counts['relations_added']} -{counts['relations_removed']}")
    targets += [Target("metrics of a", s_metrics, None, None),
                Target("metrics + six axes of a", s_axes, None, 1.0),
                Target("diff a -> b", s_diff, None, 1.0)]
    return finish("compare", targets)


if __name__ == "__main__":
    sys.exit(main())
