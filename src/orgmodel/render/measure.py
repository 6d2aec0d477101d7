"""How big a drawing's text comes out on the page, and whether its cards sit in their bands.

Sizes are read from the SVG Graphviz wrote: a ``font-size`` times the drawing's ``scale(...)``,
in pixels of a PNG ``width_px`` wide (1920 for a 16:9 slide: 2 px per point of its 960 pt page).

>>> svg = ('<svg width="960pt" height="540pt" viewBox="0.00 0.00 960.00 540.00">'
...        '<g id="orgmodel" class="graph" transform="scale(0.5 0.5) rotate(0) translate(0 1080)">'
...        '<text font-size="40.00">Title</text>'
...        '<g id="p0_a" class="node card council"><text font-size="11.00">kind</text>'
...        '<text font-weight="bold" font-size="30.00">Name</text></g></g></svg>')
>>> text_sizes(svg)
TextSizes(name_px=30.0, text_px=11.0, title_px=40.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Diagram

_VIEWBOX_RE = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"')
_SCALE_RE = re.compile(r'<g id="orgmodel" class="graph[^"]*" transform="scale\(([\d.]+)')
_GROUP_RE = re.compile(r'<g id="[^"]*" class="(node|edge)([^"]*)">(.*?)</g>', re.S)
_SIZE_RE = re.compile(r'<text[^>]*font-size="([\d.]+)"')
_TRANSLATE_RE = re.compile(r'<g id="orgmodel" class="graph[^"]*" transform="[^"]*translate\(([-\d.]+) ([-\d.]+)\)')
_OUTLINE_RE = re.compile(r'<(?:path|polygon)[^>]* (?:d|points)="([^"]*)"')
_NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class TextSizes:
    """Smallest card name, smallest text of any kind, and the title, in px at the given width."""

    name_px: float
    text_px: float
    title_px: float


def _px_per_unit(svg: str, width_px: float) -> float:
    box, scale = _VIEWBOX_RE.search(svg), _SCALE_RE.search(svg)
    if box is None:
        raise ValueError("not a Graphviz SVG: no viewBox")
    return width_px / float(box.group(1)) * (float(scale.group(1)) if scale else 1.0)


def text_sizes(svg: str, width_px: float = 1920.0) -> TextSizes:
    """The text sizes of a drawing, as :class:`TextSizes` (0 where the drawing has none)."""
    unit = _px_per_unit(svg, width_px)
    names: list[float] = []
    for kind, cls, body in _GROUP_RE.findall(svg):
        if kind == "node" and cls.split()[:1] == ["card"]:
            sizes = [float(s) for s in _SIZE_RE.findall(body)]
            if sizes:
                names.append(max(sizes))  # a card's name is its largest type
    every = [float(s) for s in _SIZE_RE.findall(svg)]
    outside = [float(s) for s in _SIZE_RE.findall(_GROUP_RE.sub("", svg))]  # the graph's own label
    return TextSizes(round(min(names, default=0.0) * unit, 1), round(min(every, default=0.0) * unit, 1),
                     round(max(outside, default=0.0) * unit, 1))


def card_centres(svg: str, width_px: float = 1920.0) -> dict[str, tuple[float, float]]:
    """The centre of every card's outline, in px from the top left of a page ``width_px`` wide, by
    the card's node id: what moves when the same body is drawn elsewhere on another slide.

    >>> svg = ('<svg viewBox="0.00 0.00 960.00 540.00"><g id="orgmodel" class="graph" '
    ...        'transform="scale(0.5 0.5) rotate(0) translate(10 1070)">'
    ...        '<g id="p0_a" class="node card council"><polygon points="90,-1000 190,-1000 190,-900 90,-900"/>'
    ...        '</g></g></svg>')
    >>> card_centres(svg)
    {'p0_a': (150.0, 120.0)}
    """
    unit = _px_per_unit(svg, width_px)
    shift = _TRANSLATE_RE.search(svg)
    tx, ty = (float(shift.group(1)), float(shift.group(2))) if shift else (0.0, 0.0)
    out = {}
    for match in re.finditer(r'<g id="([^"]*)" class="node card[^"]*">(.*?)</g>', svg, re.S):
        nums = [float(v) for outline in _OUTLINE_RE.findall(match.group(2)) for v in _NUM_RE.findall(outline)]
        xs, ys = nums[0::2], nums[1::2]
        if xs:
            out[match.group(1)] = (round(((min(xs) + max(xs)) / 2 + tx) * unit, 1),
                                   round(((min(ys) + max(ys)) / 2 + ty) * unit, 1))
    return out


def cards_outside_bands(d: Diagram) -> list[str]:
    """The cards of ``d`` not wholly inside their band (by the laid-out positions, which the
    painted background is computed from, so this holds whatever a format does with them)."""
    from .graphviz import plan_of
    from .graphviz.paint import background

    d.render("svg")
    plan = plan_of(d)
    # painted in the grid's band order (a 2 x 2 sheet has each tier once per block of rows)
    painted = [s for s in background(plan, d.theme, d.positions) if s.cls.split()[:1] == ["band"]]
    band_of_row = {r: shape for (_, rows), shape in zip(d.grid.bands, painted, strict=True) for r in rows}
    out = []
    for item in d.grid.items:
        box = d.positions.get(item.node)
        band = band_of_row.get(item.row)
        if box is None or band is None:
            out.append(item.node)
            continue
        xs = [p[0] for p in band.points]
        ys = [p[1] for p in band.points]
        x, y, w, h = box
        inside_y = min(ys) - 0.5 <= y - h / 2 and y + h / 2 <= max(ys) + 0.5
        inside_x = item.side or (min(xs) - 0.5 <= x - w / 2 and x + w / 2 <= max(xs) + 0.5)
        if not (inside_x and inside_y):
            out.append(item.node)
    return out
