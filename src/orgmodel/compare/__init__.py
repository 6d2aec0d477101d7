"""Comparing structures: metrics, the six design-choice axes, structural diff, tables and charts.

The names below load nothing heavy; only :mod:`orgmodel.compare.charts` imports matplotlib.

>>> from orgmodel.compare import compare, diff_structures, metrics, scores  # doctest: +SKIP
>>> compare([org_a, org_b]).to_markdown()                                  # doctest: +SKIP
"""

from .axes import AXES, AxisResult, assess, scores
from .diff import StructureDiff, diff_structures
from .metrics import Metrics, metrics
from .tables import compare

__all__ = ["AXES", "AxisResult", "Metrics", "StructureDiff", "assess", "compare", "diff_structures", "metrics",
           "scores"]
