"""Findings -> file:line:column: where in the model file each finding points.

A finding's ``loc`` is a path into the model data (``('bodies', 3)``); the source map that the
loader keeps turns it into the file (base files of ``extends:`` included), line and column.

>>> from orgmodel.checking.findings import Finding, Report
>>> class OneLine:  # a stand-in source map: everything on line 7 of m.yaml
...     def locate(self, loc): return ("m.yaml", 7, 3)
>>> r = locate(Report("m", [Finding("X", "info", "x", loc=("bodies", 0)), Finding("Y", "info", "y")]), OneLine())
>>> [f.location for f in r.findings]
['m.yaml:7:3', None]
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from .findings import Finding, Report

if TYPE_CHECKING:
    from ..model import Organisation


class Locator(Protocol):
    """What :func:`locate` needs of a source map (:class:`orgmodel.io.SourceMap` is one)."""

    def locate(self, loc: tuple[str | int, ...]) -> tuple[str, int, int]: ...


#: Where a model was loaded from: its path and its source map.
Source = tuple["str | os.PathLike[str]", Locator]


def locate(report: Report, source_map: Locator) -> Report:
    """The report with ``location`` (file:line:column) set on every finding that points into the model.

    The caller's report is left as it was.
    """

    def where(f: Finding) -> Finding:
        if f.loc is None:
            return f
        file, line, column = source_map.locate(tuple(f.loc))
        return replace(f, location=f"{file}:{line}:{column}" if line else file)

    return replace(report, findings=[where(f) for f in report.findings],
                   suppressed=[where(f) for f in report.suppressed])


def _source_of(org: Organisation) -> Source | None:
    """Where ``org`` was loaded from, if the loader remembers it (None for a model built in code)."""
    from ..io.origins import source_of  # the io package is heavier than checking needs at import

    return source_of(org)
