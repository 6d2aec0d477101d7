"""Text size on a slide (issue 11): for every shipped model under ``models/`` (recursively) drawn
with ``--preset slide`` as ``orgmodel render`` and ``make demo`` write it (the whole, or the pages
of its views when the whole misses the floor: :func:`orgmodel.render.paging.pages_of`), one line
per drawn page: the bodies on it, the smallest card name, the smallest text and the title, in px
of the 1920 x 1080 PNG (font size x the SVG's scale), its floor, whether every card lies
inside its band, the PDF's page in points and the PNG's resolution (its ``pHYs`` chunk). The last
line counts the drawings that miss their floor; then the same for the comparison sheets
``make demo`` draws (:func:`orgmodel.render.gallery.gallery`).

    .venv/bin/python benchmarks/bench_text_size.py [MODELS_DIR]

The floor (issue 11): names >= 24 px up to 45 bodies, >= 18 px above; title >= 40 px; no text < 16 px.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

from orgmodel.io import load_folder
from orgmodel.render.gallery import gallery
from orgmodel.render.measure import cards_outside_bands, text_sizes
from orgmodel.render.paging import pages_of

ROOT = Path(__file__).resolve().parent.parent


def pdf_page(pdf: bytes) -> str:
    """The first page's MediaBox as 'W x H' points."""
    box = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", pdf)
    if box is None:
        return "?"
    x0, y0, x1, y1 = (float(v) for v in box.groups())
    return f"{x1 - x0:g}x{y1 - y0:g}"


def png_dpi(png: bytes) -> str:
    """The resolution a PNG's pHYs chunk states, in dots per inch ('none' without one)."""
    at = png.find(b"pHYs")
    if at < 0:
        return "none"
    per_metre, _, unit = struct.unpack(">IIB", png[at + 4:at + 13])
    return f"{per_metre * 0.0254:.0f}" if unit == 1 else "?"


def main(models_dir: Path) -> int:
    print(f"{'model':<44} {'page':<28} {'bodies':>6} {'name px':>7} {'text px':>7} {'title px':>8} {'floor':>5} "
          "in-band  pdf pt   png dpi")
    drawings = missing = 0
    for m in load_folder(models_dir):
        org = m.org.as_of(m.org.version_date)
        found = pages_of(org, preset="slide").pages
        name = str(m.path.relative_to(models_dir))
        for k, page in enumerate(found, 1):
            d = page.diagram
            sizes = text_sizes(d.svg())
            outside = cards_outside_bands(d)
            fit = d.fit
            label = "whole" if page.view is None else f"{k}/{len(found)} {page.view}"
            drawings += 1
            missing += not fit.fits
            band = "yes" if not outside else "NO: " + ", ".join(outside)
            print(f"{name:<44} {label:<28} {fit.bodies:>6} {sizes.name_px:>7.1f} {sizes.text_px:>7.1f} "
                  f"{sizes.title_px:>8.1f} {fit.floor_px:>5.0f} {band:<8} {pdf_page(d.pdf()):<8} {png_dpi(d.png())}")
    print(f"{missing} of {drawings} drawings miss their card-name floor")
    print()
    print(f"{'sheet (make demo)':<44} {'panels':>6} {'name px':>7} {'text px':>7} {'title px':>8} {'floor':>5}")
    sheets = short = 0
    for name, d in gallery([(m.path, m.org) for m in load_folder(models_dir)]):
        if len(d.panels) < 2:
            continue
        sizes = text_sizes(d.svg())
        sheets += 1
        short += not d.fit.fits
        print(f"{name:<44} {len(d.panels):>6} {sizes.name_px:>7.1f} {sizes.text_px:>7.1f} {sizes.title_px:>8.1f} "
              f"{d.fit.floor_px:>5.0f}")
    print(f"{short} of {sheets} comparison sheets miss their card-name floor")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models"))
