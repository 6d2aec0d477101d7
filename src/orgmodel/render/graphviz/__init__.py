"""The Graphviz backend of SVG, PDF and PNG (see :data:`orgmodel.render.formats.FORMATS`).

:mod:`.dot` builds the DOT source of a diagram (with :mod:`.legend`, :mod:`.bundles` and the
HTML-like labels of :mod:`.cards`); :mod:`.engine` lays it out once through pygraphviz and
renders every format asked for; :mod:`.paint` draws what Graphviz does not (bands, side panels,
bundles, side edges). pygraphviz is imported only when the first drawing is laid out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..formats import Rendering

if TYPE_CHECKING:
    from .. import Diagram
    from .dot import Plan

_PLANS: WeakKeyDictionary[Diagram, Plan] = WeakKeyDictionary()


def plan_of(diagram: Diagram) -> Plan:
    """The DOT plan of ``diagram``, built on first use and kept as long as the diagram lives."""
    plan = _PLANS.get(diagram)
    if plan is None:
        from .dot import build

        plan = _PLANS[diagram] = build(diagram)
    return plan


def forget(diagram: Diagram) -> None:
    """Drop the plan of ``diagram`` (its theme changed), so that the next use builds it anew."""
    _PLANS.pop(diagram, None)


def render(diagram: Diagram, formats: tuple[str, ...]) -> Rendering:
    """Lay ``diagram`` out once and draw it in each of ``formats``."""
    from . import engine

    out = engine.render(plan_of(diagram), diagram.theme, diagram.preset, formats, diagram.dpi, diagram.lang)
    return Rendering(out.files, out.warnings, out.positions)
