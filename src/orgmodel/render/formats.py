"""The output formats a diagram can be written in: ONE registry, read by the library and the CLI.

Each :class:`Writer` names a format, its file suffix and media type, and the *backend* module
that draws it. Formats of one backend asked for together share one layout (SVG, PDF and PNG
come from a single Graphviz layout).

>>> sorted(FORMATS)
['drawio', 'pdf', 'png', 'pptx', 'svg']
>>> format_of("out/kaavio.PNG")
'png'
>>> FORMATS["svg"].media_type, FORMATS["svg"].binary
('image/svg+xml', False)

Adding a format (pptx, drawio, mmd, ...) takes one module and one entry here:

1. a backend module, e.g. ``orgmodel/render/pptx.py``, with a function
   ``render(diagram, formats) -> Rendering`` (see :class:`Backend`). It reads the
   backend-neutral scene of the :class:`~orgmodel.render.Diagram`: ``panels``, ``grid``,
   ``theme``, ``card_texts``, ``title``, ... and lays it out itself if it needs positions;
2. a :class:`Writer` in :data:`FORMATS` naming that module as its ``backend``.

``Diagram.save("x.pptx")``, ``orgmodel render -o x.pptx`` and ``--format pptx`` then work, and
the CLI's choices and help list it, with nothing else to change.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from orgmodel.errors import UserError

if TYPE_CHECKING:
    from . import Diagram

#: A laid-out node's box: centre x, centre y, width, height (points, y up).
Box = tuple[float, float, float, float]


@dataclass
class Rendering:
    """What a backend made of a diagram: one file per format, its warnings, the node positions."""

    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)
    positions: dict[str, Box] = field(default_factory=dict)  # by grid node name; empty if not laid out


class Backend(Protocol):
    """The one function a backend module exposes."""

    def __call__(self, diagram: Diagram, formats: tuple[str, ...]) -> Rendering: ...


@dataclass(frozen=True)
class Writer:
    """One output format: its name, file suffix, media type, and the backend module that draws it."""

    name: str
    suffix: str  # with the dot: ".svg"
    media_type: str
    binary: bool  # False: the bytes are UTF-8 text
    backend: str  # module with ``render(diagram, formats) -> Rendering``; imported on first use

    def backend_render(self) -> Backend:
        """The backend's ``render`` function (imports the backend: pygraphviz loads on the first layout)."""
        return cast(Backend, importlib.import_module(self.backend).render)


_GRAPHVIZ = "orgmodel.render.graphviz"

#: Every output format, by name. The CLI's --format choices and the suffixes -o accepts come from here.
FORMATS: dict[str, Writer] = {
    "svg": Writer("svg", ".svg", "image/svg+xml", False, _GRAPHVIZ),
    "pdf": Writer("pdf", ".pdf", "application/pdf", True, _GRAPHVIZ),
    "png": Writer("png", ".png", "image/png", True, _GRAPHVIZ),
    "pptx": Writer("pptx", ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                   True, "orgmodel.render.pptx"),
    "drawio": Writer("drawio", ".drawio", "application/vnd.jgraph.mxfile", False, "orgmodel.render.drawio"),
}


def writer(name: str) -> Writer:
    """The writer of format ``name``; a clean user error for an unknown one."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UserError(f"unknown format {name!r}; valid: {', '.join(FORMATS)}") from None


def formats_of(backend: str) -> tuple[str, ...]:
    """The formats that ``backend`` (a module name) draws, in registry order."""
    return tuple(w.name for w in FORMATS.values() if w.backend == backend)


def format_of(path: str | Path) -> str:
    """The output format a file name asks for, from its suffix.

    >>> format_of("kaavio.svg")
    'svg'
    """
    suffix = Path(path).suffix.lower()
    for w in FORMATS.values():
        if w.suffix == suffix:
            return w.name
    suffixes = [w.suffix for w in FORMATS.values()]
    known = ", ".join(suffixes[:-1]) + " or " + suffixes[-1] if len(suffixes) > 1 else suffixes[0]
    raise UserError(f"{path}: cannot tell the format from the suffix; use {known} (or --format)")
