"""Places across a series (issue 11): the same body at the same place in every diagram that
``make demo`` draws from one folder. For each folder of shipped models (``models/`` and each
folder under it) drawn with ``--preset slide``, the largest distance (px at 1920 wide) between
the places of one body's card on any two of the folder's slides, and which body moves most.

    .venv/bin/python benchmarks/bench_series.py [MODELS_DIR]
"""

from __future__ import annotations

import math
import sys
from itertools import combinations
from pathlib import Path

from orgmodel.io import load_folder
from orgmodel.render import diagram
from orgmodel.render.measure import card_centres

ROOT = Path(__file__).resolve().parent.parent


def largest_move(places: list[dict[str, tuple[float, float]]]) -> tuple[float, str]:
    """The largest distance between two places of one card id, and that id ('' when none is shared)."""
    worst, which = 0.0, ""
    for a, b in combinations(places, 2):
        for node in a.keys() & b.keys():
            d = math.dist(a[node], b[node])
            if d > worst:
                worst, which = d, node
    return worst, which


def main(models_dir: Path) -> int:
    folders: dict[Path, list[dict[str, tuple[float, float]]]] = {}
    for m in load_folder(models_dir):
        org = m.org.as_of(m.org.version_date)
        folders.setdefault(m.path.parent, []).append(card_centres(diagram(org, preset="slide").svg()))
    print(f"{'folder':<24} {'slides':>6} {'shared':>6} {'largest move px':>15}  body")
    for folder, places in sorted(folders.items()):
        shared = set.intersection(*(set(p) for p in places)) if places else set()
        worst, which = largest_move(places)
        name = str(folder.relative_to(models_dir)) if folder != models_dir else "."
        print(f"{name:<24} {len(places):>6} {len(shared):>6} {worst:>15.0f}  {which.removeprefix('p0_')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models"))
