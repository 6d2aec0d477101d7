"""orgmodel: governance structures as code.

Describe a public organisation (council, boards, committees, enterprises, companies and the
powers they hold) as a typed model, check it against the law, and draw comparable diagrams.

>>> import orgmodel
>>> org = orgmodel.load("models/pohjois-karjala-2018.yaml")  # doctest: +SKIP
>>> orgmodel.check(org).errors  # doctest: +SKIP

The heavy parts (rules, rendering, metrics) load on first use, so ``import orgmodel`` is cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "load": ("orgmodel.io", "load"),
    "loads": ("orgmodel.io", "loads"),
    "save": ("orgmodel.io", "save"),
    "dumps": ("orgmodel.io", "dumps"),
    "load_folder": ("orgmodel.io", "load_folder"),
    "ModelError": ("orgmodel.errors", "ModelError"),
    "OrgmodelError": ("orgmodel.errors", "OrgmodelError"),
    "UserError": ("orgmodel.errors", "UserError"),
    "Organisation": ("orgmodel.model", "Organisation"),
    "check": ("orgmodel.checking", "check"),
    "Report": ("orgmodel.checking", "Report"),
    "diagram": ("orgmodel.render", "diagram"),
    "sheet": ("orgmodel.render", "sheet"),
}

# (compare lives in orgmodel.compare: a top-level name would be shadowed by the subpackage once imported)
__all__ = [*_LAZY, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'orgmodel' has no attribute {name!r}")


def __dir__() -> list[str]:  # so that tab completion in Jupyter shows the lazy names too
    return sorted({*globals(), *_LAZY})


def _notebook_display() -> None:
    """Under IPython, show organisations as diagrams (nothing heavy loads until one is shown)."""
    import sys

    if "IPython" in sys.modules:
        from orgmodel.render.notebook import enable

        enable()


_notebook_display()
