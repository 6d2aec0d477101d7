"""Comparing structures: metrics, the six design-choice axes, structural diff, tables and charts.

Import the parts you need; nothing here loads matplotlib except :mod:`orgmodel.compare.charts`.

>>> from orgmodel.compare.diff import diff_structures  # doctest: +SKIP
>>> from orgmodel.compare.metrics import metrics        # doctest: +SKIP
"""
