"""Explorer page benchmark (issue 13): the page of the largest shipped model, its size and its
time to first paint in Chromium (Debian's, driven through Playwright; the page's own paint
timings, the best of a few loads).

Reports, for the model with the most bodies under models/: the page's size (target: under 1 MB),
the time to build it, and in the browser first paint, first contentful paint and the moment the
drawing is shown and its cards are live (``performance.mark('orgmodel-drawn')``).

    .venv/bin/python benchmarks/bench_explore.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from orgmodel.explore import explorer_page
from orgmodel.io import load_folder

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("ORGMODEL_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LOADS = 5
LIMIT = 1_000_000

_TIMINGS = """() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));
    const drawn = performance.getEntriesByName('orgmodel-drawn')[0];
    return [paint['first-paint'], paint['first-contentful-paint'], drawn ? drawn.startTime : null];
}"""


def paint_times(page_file: Path) -> list[tuple[float, float, float]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for _ in range(LOADS):
            context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
            tab = context.new_page()
            tab.goto(page_file.as_uri())
            tab.wait_for_function("document.body.dataset.ready === '0/0/fi'")
            first, contentful, drawn = tab.evaluate(_TIMINGS)
            out.append((float(first), float(contentful), float(drawn)))
            context.close()
        browser.close()
    return out


def main() -> int:
    largest = max(load_folder(ROOT / "models"), key=lambda m: len(m.org.bodies))
    start = time.perf_counter()
    page = explorer_page([largest.org])
    built = time.perf_counter() - start
    size = len(page.encode())
    print(f"model: {largest.path.relative_to(ROOT)} ({len(largest.org.bodies)} bodies)")
    print(f"page: {size:,} bytes ({'under' if size < LIMIT else 'OVER'} {LIMIT:,}); built in {built:.2f} s")
    if not CHROMIUM.exists():
        print(f"no Chromium at {CHROMIUM}: paint times not measured")
        return 0 if size < LIMIT else 1
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "page.html"
        page_file.write_text(page, encoding="utf-8")
        times = paint_times(page_file)
    first, contentful, drawn = (min(t[i] for t in times) for i in range(3))
    print(f"Chromium, best of {LOADS} loads: first paint {first:.0f} ms, first contentful paint "
          f"{contentful:.0f} ms, drawing shown {drawn:.0f} ms")
    return 0 if size < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
