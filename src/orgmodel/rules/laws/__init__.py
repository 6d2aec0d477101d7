"""The laws orgmodel checks against: one module per law, found here and registered on import.

A law module is named ``<country>_<number>_<short name>.py`` (so that file-name order is the order
in which laws are listed) and defines:

- ``LAW``: its :class:`~orgmodel.rules.base.Law` (id, titles in fi/sv/en, aliases, dates, caveat, family);
- ``RULESET``: its :class:`~orgmodel.rules.base.Ruleset`: the rules, plus the matters of
  :mod:`orgmodel.rules.catalogue` it reserves to the council and those it excludes from call-in.

Adding a law is adding such a module (and its fixtures under ``tests/fixtures/rules/<alias>/``);
nothing else names the laws. A program can also :func:`orgmodel.rules.register` a ruleset of its own.

>>> [rs.law.id for rs in rulesets()]
['fi/kuntalaki-410-2015', 'fi/hyvinvointialuelaki-611-2021', 'fi/maakuntalaki-he-15-2017']
"""

from __future__ import annotations

import importlib
import pkgutil

from ..base import Ruleset


def rulesets() -> list[Ruleset]:
    """The ruleset of every law module in this package, in file-name order."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    found: list[Ruleset] = []
    for name in names:
        ruleset = getattr(importlib.import_module(f"{__name__}.{name}"), "RULESET", None)
        if not isinstance(ruleset, Ruleset):
            raise TypeError(f"law module {name} defines no RULESET")
        found.append(ruleset)
    return found
