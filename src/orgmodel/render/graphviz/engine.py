"""Graphviz in-process through pygraphviz: lay out once, paint the bands, render every format.

Layout and rendering happen in this process (the pygraphviz wheel carries Graphviz). Graphviz
reports problems on the C-level standard error, so this module captures file descriptor 2
around each call and hands the text back as warnings: the tests fail on any.

``dot`` lays the graph out once. The positions of the grid's nodes, read back from the SVG it
draws, give the background (:mod:`orgmodel.render.graphviz.paint`: bands, side panels, separators,
side-column edges), which never moves a node. Every format is then drawn by a ``nop2`` pass that
keeps every position (``notranslate``) on one pinned canvas; SVG gets the background spliced in as
elements, PDF and PNG carry the same shapes as Graphviz's ``_background`` (xdot) attribute.
"""

from __future__ import annotations

import html
import os
import re
import struct
import tempfile
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from ...errors import RenderError as RenderError  # re-exported: its home before orgmodel.errors
from ...words import word
from ..fonts import FAMILY, install_fontconfig
from ..formats import Box, formats_of
from ..theme import PT, Preset, Theme
from .dot import Plan
from .paint import Shape, background, to_svg, to_xdot

#: What this engine draws: the formats the registry gives the Graphviz backend.
GRAPHVIZ_FORMATS = formats_of(__package__ or "orgmodel.render.graphviz")
_LOCK = threading.RLock()  # Graphviz keeps global state; one drawing at a time
_READY = False
# Named in SVG after DejaVu Sans: Verdana has near-identical widths, so a slide program that
# lacks DejaVu Sans substitutes a font in which the text still fits its card.
SVG_FONT_STACK = f"{FAMILY}, Verdana, Arial, sans-serif"


@contextmanager
def _captured_stderr() -> Iterator[list[str]]:
    """Collect what C code writes to file descriptor 2 while the block runs."""
    sink: list[str] = []
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        try:
            os.dup2(tmp.fileno(), 2)
            yield sink
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            text = tmp.read().decode("utf-8", "replace")
            sink.extend(line for line in text.splitlines() if line.strip())


def _gv() -> tuple[Any, Any]:
    """pygraphviz and its low-level Graphviz bindings (untyped: every use stays in this module)."""
    import pygraphviz
    from pygraphviz import graphviz as gv

    return pygraphviz, gv


def _ensure_ready() -> None:
    """Point fontconfig at our font, then draw one word so that fontconfig starts now.

    Fontconfig reads its configuration once; the bundled (older) fontconfig may grumble about
    the system's configuration files while it starts. That start-up chatter is not a warning
    about a diagram, so it is dropped here, once per process.
    """
    global _READY
    if _READY:
        return
    install_fontconfig()
    pygraphviz, gv = _gv()
    with _captured_stderr():
        graph = pygraphviz.AGraph(string=f'digraph {{ a [label="Åäö", fontname="{FAMILY}"] }}')
        gvc = gv.gvContextWithBuiltins()
        gv.gvLayout(gvc, graph.handle, b"dot")
        gv.gvRenderData(gvc, graph.handle, b"svg")
        gv.gvFreeLayout(gvc, graph.handle)
        gv.gvFreeContext(gvc)
    _READY = True


@dataclass
class Output:
    """The files of one drawing and what Graphviz said while making them."""

    files: dict[str, bytes]
    warnings: list[str]
    positions: dict[str, Box]  # node -> x, y, width, height (points)
    shapes: list[Shape]  # what was painted under the cards


def render(plan: Plan, theme: Theme, preset: Preset, formats: tuple[str, ...] = ("svg",),
           dpi: int | None = None, lang: str = "fi") -> Output:
    """Lay ``plan`` out once and render it in each of ``formats`` (svg, pdf, png).

    ``dot`` lays the graph out; the positions read back from its SVG give the background. Every
    format then comes from a position-keeping ``nop2`` pass on one canvas: the drawing and its
    background, grown to the preset's shape (a 16:9 slide). SVG gets the background spliced in
    as elements, PDF and PNG through Graphviz's ``_background``; both are in the first layout's
    coordinates, which ``nop2`` keeps, so the background lies under the cards in every format.
    A bitmap that Graphviz has to shrink (cairo's size limit) is reported in ``lang``.
    """
    for fmt in formats:
        if fmt not in GRAPHVIZ_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(GRAPHVIZ_FORMATS)}")
    pygraphviz, gv = _gv()
    files: dict[str, bytes] = {}
    png_dpi = dpi or preset.dpi
    with _LOCK:
        _ensure_ready()
        with _captured_stderr() as said:
            graph = pygraphviz.AGraph(string=plan.dot)
            gvc = gv.gvContextWithBuiltins()
            laid_out = False
            try:
                if gv.gvLayout(gvc, graph.handle, b"dot") != 0:
                    raise RenderError("Graphviz could not lay out the graph")
                laid_out = True
                positions = positions_from_svg(_render_data(gv, gvc, graph, "svg"))
                shapes = background(plan, theme, positions)
                gv.gvRender(gvc, graph.handle, b"dot", None)  # writes pos attributes for nop2
                bbox = tuple(float(v) for v in graph.graph_attr["bb"].split(","))
                gv.gvFreeLayout(gvc, graph.handle)
                laid_out = False
                # only between layouts: a node added to a laid-out graph crashes Graphviz
                _pin_canvas(graph, _canvas(_cover(bbox, shapes), preset))
                _keep_coordinates(graph)
                for resolution, fmts, painted in _passes(formats, png_dpi):
                    graph.graph_attr["_background"] = to_xdot(shapes) if painted else ""
                    graph.graph_attr["dpi"] = str(resolution)
                    if gv.gvLayout(gvc, graph.handle, b"nop2") != 0:
                        raise RenderError("Graphviz could not reuse its layout")
                    laid_out = True
                    for fmt in fmts:
                        files[fmt] = _finish(fmt, _render_data(gv, gvc, graph, fmt), shapes, resolution)
                    gv.gvFreeLayout(gvc, graph.handle)
                    laid_out = False
            finally:
                if laid_out:
                    gv.gvFreeLayout(gvc, graph.handle)
                gv.gvFreeContext(gvc)
    warnings = _explained([line for line in said if line.strip()], png_dpi, lang)
    return Output(files, warnings, positions, shapes)


def _passes(formats: tuple[str, ...], png_dpi: int) -> list[tuple[int, list[str], bool]]:
    """The ``nop2`` passes after layout: (dpi, formats, paint the background through Graphviz).

    SVG is not painted by Graphviz: it gets the background spliced in as elements, with ids.
    """
    passes: list[tuple[int, list[str], bool]] = []
    if "svg" in formats:
        passes.append((72, ["svg"], False))
    if "pdf" in formats:
        passes.append((72, ["pdf"], True))
    if "png" in formats:
        passes.append((png_dpi, ["png"], True))
    return passes


def _cover(bbox: tuple[float, ...], shapes: list[Shape]) -> tuple[float, ...]:
    """The layout's box grown to hold every painted shape (a band's margin, a side edge's bow).

    Graphviz counts ``_background`` into the box of PDF and PNG but not of SVG: pinning the
    canvas to this box gives every format the same page.

    >>> from .paint import Shape
    >>> _cover((0, 0, 100, 50), [Shape("b", "band", "polygon", ((-8, 2), (90, 60)), "#fff", "#fff", 2.0)])
    (-9.0, 0, 100, 61.0)
    """
    x0, y0, x1, y1 = bbox
    for s in shapes:
        if s.kind == "ellipse":
            (cx, cy), (rx, ry) = s.points
            points = [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        else:
            points = list(s.points)
        half = s.width / 2
        x0 = min([x0, *(x - half for x, _ in points)])
        y0 = min([y0, *(y - half for _, y in points)])
        x1 = max([x1, *(x + half for x, _ in points)])
        y1 = max([y1, *(y + half for _, y in points)])
    return (x0, y0, x1, y1)


_CAIRO_SHRINK_RE = re.compile(r"too large for cairo-renderer bitmaps\. Scaling by ([0-9.]+)")


def _explained(lines: list[str], png_dpi: int, lang: str) -> list[str]:
    """Graphviz's warnings, with the one about a shrunk bitmap said in words a user can act on.

    >>> said = _explained(["Warning: graph is too large for cairo-renderer bitmaps. Scaling by 0.5 to fit"], 600, "en")
    >>> said[0].split(":")[0]
    'the PNG was drawn at 300 dpi, not the 600 dpi asked for'
    """
    out = []
    for line in lines:
        found = _CAIRO_SHRINK_RE.search(line)
        if found:
            got = int(png_dpi * float(found.group(1)))
            line = word("render.bitmap_shrunk", lang, got=got, asked=png_dpi)
        if line not in out:
            out.append(line)
    return out


def _keep_coordinates(graph: Any) -> None:
    """Make ``nop2`` draw in the first layout's coordinates, where the background was computed.

    Without ``notranslate`` nop2 moves the drawing so that its box starts at the origin: once the
    canvas has grown (a slide), every node moves and the background, painted at the first
    layout's positions, no longer lies under them. ``margin`` 0 drops the 36 pt that Graphviz's
    PDF device adds around the page, so a slide's PDF is the slide (960 x 540 pt).
    """
    graph.graph_attr["notranslate"] = "true"
    graph.graph_attr["margin"] = "0"


def _pin_canvas(graph: Any, canvas: tuple[float, ...]) -> None:
    """Invisible points at two corners of ``canvas``, so that ``nop2`` draws the whole of it."""
    inset = 0.005 * PT  # the corner points' own half size
    corners = ((canvas[0] + inset, canvas[1] + inset), (canvas[2] - inset, canvas[3] - inset))
    for k, (x, y) in enumerate(corners):
        graph.add_node(f"canvas{k}", shape="point", width="0.01", height="0.01",
                       style="invis", label="", pos=f"{x:.3f},{y:.3f}")


_NODE_RE = re.compile(rb'<g id="([^"]+)" class="node[^"]*">(.*?)</g>', re.S)
_NUM_RE = re.compile(rb"-?\d+(?:\.\d+)?")
_SHAPE_RE = re.compile(rb'(?:points|d)="([^"]*)"|<ellipse[^>]*?cx="([^"]+)" cy="([^"]+)" rx="([^"]+)" ry="([^"]+)"')


def positions_from_svg(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Every drawn node's box (centre x, centre y, width, height; Graphviz coordinates, y up),
    read from the outline Graphviz drew for it. Faster than asking Graphviz for the layout."""
    out = {}
    for name, body in _NODE_RE.findall(svg):
        xs: list[float] = []
        ys: list[float] = []
        for pts, cx, cy, rx, ry in _SHAPE_RE.findall(body):
            if pts:
                nums = [float(v) for v in _NUM_RE.findall(pts)]
                xs += nums[0::2]
                ys += nums[1::2]
            else:
                x, y, w, h = float(cx), float(cy), float(rx), float(ry)
                xs += [x - w, x + w]
                ys += [y - h, y + h]
        if xs:
            x0, x1, y0, y1 = min(xs), max(xs), -max(ys), -min(ys)
            # Graphviz writes some characters of ids as entities ('-' as '&#45;')
            key = name.decode()
            out[html.unescape(key) if "&" in key else key] = ((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0)
    return out


def _canvas(bbox: tuple[float, ...], preset: Preset) -> tuple[float, ...]:
    """The drawing's box grown, around its centre, to the preset's shape (a 16:9 slide)."""
    if preset.size is None or not preset.fill:
        return bbox
    margin = 18.0  # such presets have no Graphviz pad: the margin is part of the canvas
    x0, y0, x1, y1 = bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin
    want = preset.size[0] / preset.size[1]
    w, h = x1 - x0, y1 - y0
    if w / h < want - 1e-3:
        grow = (h * want - w) / 2
        return (x0 - grow, y0, x1 + grow, y1)
    if w / h > want + 1e-3:
        grow = (w / want - h) / 2
        return (x0, y0 - grow, x1, y1 + grow)
    return (x0, y0, x1, y1)


def _render_data(gv: Any, gvc: Any, graph: Any, fmt: str) -> bytes:
    err, data = gv.gvRenderData(gvc, graph.handle, fmt.encode())
    if err:
        raise RenderError(f"Graphviz could not render {fmt}")
    return cast(bytes, data)


_FONT_RE = re.compile(rb'font-family="[^"]*"')
# The page's white rectangle, right after the graph's <title>: the background goes after it.
_PAGE_RE = re.compile(rb'(<g id="orgmodel" class="graph[^>]*>\s*<title>[^<]*</title>\s*<polygon [^>]*/>)')
_PDF_DATE_RE = re.compile(rb"/(CreationDate|ModDate) \(D:([0-9]{14})([^)]*)\)")


def _finish(fmt: str, data: bytes, shapes: list[Shape], dpi: int = 72) -> bytes:
    """Make files portable and reproducible: background and a font stack in SVG, a fixed date in
    PDF, the resolution in PNG (a ``pHYs`` chunk, so that slide programs place it at its size)."""
    if fmt == "svg":
        data = _PAGE_RE.sub(lambda m: m.group(1) + b"\n" + to_svg(shapes).encode(), data, count=1)
        return _FONT_RE.sub(f'font-family="{SVG_FONT_STACK}"'.encode(), data)
    if fmt == "pdf":
        # Same length, so the cross-reference table's byte offsets stay right.
        return _PDF_DATE_RE.sub(
            lambda m: b"/" + m.group(1) + b" (D:20000101000000" + re.sub(rb"[0-9]", b"0", m.group(3)) + b")", data)
    if fmt == "png":
        return with_dpi(data, dpi)
    return data


_PNG_HEAD = 8 + 8 + 13 + 4  # signature, then IHDR: length and type, 13 bytes of data, CRC


def with_dpi(png: bytes, dpi: int) -> bytes:
    """``png`` with a ``pHYs`` chunk right after its header saying ``dpi`` (in pixels per metre).

    >>> import struct
    >>> head = b"\\x89PNG\\r\\n\\x1a\\n" + struct.pack(">I", 13) + b"IHDR" + bytes(13) + bytes(4)
    >>> chunk = with_dpi(head, 144)[_PNG_HEAD:]
    >>> chunk[4:8], struct.unpack(">IIB", chunk[8:17])
    (b'pHYs', (5669, 5669, 1))
    """
    if png[12:16] != b"IHDR" or b"pHYs" in png[:_PNG_HEAD + 64]:
        return png
    per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    return png[:_PNG_HEAD] + chunk + png[_PNG_HEAD:]
