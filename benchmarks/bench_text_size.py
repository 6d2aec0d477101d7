"""Text size on a slide (issue 11): for every shipped model under ``models/`` (recursively) drawn
with ``--preset slide``, the smallest card name, the smallest text and the title, in px of the
1920 x 1080 PNG (font size x the SVG's scale), and whether every card lies inside its band.

    .venv/bin/python benchmarks/bench_text_size.py [MODELS_DIR]

The floor (issue 11): names >= 24 px up to 45 bodies, >= 18 px above; title >= 40 px; no text < 16 px.
"""

from __future__ import annotations

import sys
from pathlib import Path

from orgmodel.io import load_folder
from orgmodel.render import diagram
from orgmodel.render.measure import cards_outside_bands, text_sizes

ROOT = Path(__file__).resolve().parent.parent


def main(models_dir: Path) -> int:
    print(f"{'model':<44} {'bodies':>6} {'name px':>7} {'text px':>7} {'title px':>8} {'floor':>5} in-band")
    for m in load_folder(models_dir):
        org = m.org.as_of(m.org.version_date)
        d = diagram(org, preset="slide")
        sizes = text_sizes(d.svg())
        outside = cards_outside_bands(d)
        floor = d.preset.name_floor(len(org.bodies))
        name = str(m.path.relative_to(models_dir))
        print(f"{name:<44} {len(org.bodies):>6} {sizes.name_px:>7.1f} {sizes.text_px:>7.1f} {sizes.title_px:>8.1f} "
              f"{floor:>5.0f} {'yes' if not outside else 'NO: ' + ', '.join(outside)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models"))
