"""Inline display in Jupyter: an Organisation (or a variant of one) shows as its diagram.

:class:`~orgmodel.render.Diagram` (single structures and sheets) displays by itself through
``_repr_svg_``. An :class:`~orgmodel.model.Organisation` knows nothing of drawing, so IPython is
told how to draw one: :func:`enable` registers an SVG formatter for the type by name, which
imports nothing heavy until a cell actually shows an organisation. ``import orgmodel`` calls it
when running under IPython; ``%load_ext orgmodel.render.notebook`` does it explicitly.

>>> enable(None)  # outside IPython there is nothing to do
False
"""

from __future__ import annotations

from typing import Any


def organisation_svg(org: Any) -> str:
    """The diagram of an organisation as SVG text (screen preset, Finnish)."""
    from . import diagram

    return diagram(org).svg()


def enable(shell: Any = None) -> bool:
    """Register the Organisation formatter with ``shell`` (default: the running IPython, if any)."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
        if shell is None:
            return False
    formatter = shell.display_formatter.formatters["image/svg+xml"]
    formatter.for_type_by_name("orgmodel.model", "Organisation", organisation_svg)
    return True


def load_ipython_extension(shell: Any) -> None:
    """``%load_ext orgmodel.render.notebook``."""
    enable(shell)
