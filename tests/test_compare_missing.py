"""No export shows an unknown value as 0: records, CSV, JSON, xlsx, Markdown, text, DataFrame and every chart.

Two hand-made structures: *tuntematon* gives no seat count at all and no powers; *osittain* gives
the council's seats (51) but not the executive board's. A third column is tuntematon again with every
axis not determinable (the axes are another module's: injected here so that the test does not hang
on which axis a model happens to leave open). Expected missing columns are written down by hand.
"""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no types
import pytest

from orgmodel.compare.axes import AXES
from orgmodel.compare.metrics import metrics
from orgmodel.compare.tables import Column, Comparison, compare

from builders import body, make_org

AXIS_COLUMNS = [f"axis_{a.id}" for a in AXES]
NO_POWERS = ["organiser_share", "producer_share", "delegation_chain_max", "delegation_chain_mean"]
#: hand-written: what each row leaves unknown (beyond the axes, which are checked against the scores)
EXPECTED_MISSING = {
    "tuntematon": {"variant", "status", "version_date", "seats_min", "seats_max", "seats_known_min",
                   "seats_known_max", "seats_min_council", "seats_max_council", "seats_min_executive_board",
                   "seats_max_executive_board", *NO_POWERS},
    "osittain": {"variant", "status", "version_date", "seats_min", "seats_max", "seats_min_executive_board",
                 "seats_max_executive_board", *NO_POWERS},
}


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    unknown = make_org([body("v", "council"), body("h", "executive_board", "v")], id="tuntematon", name="Tuntematon")
    partly = make_org([body("v", "council", seats=51), body("h", "executive_board", "v")], id="osittain",
                      name="Osittain")
    columns = compare([unknown, partly]).columns
    m = metrics(unknown)
    columns.append(Column("tuntematon #2", unknown, m, {a.id: None for a in AXES}))
    return Comparison(columns)


def _missing(comparison: Comparison) -> dict[str, set[str]]:
    """Row label -> the columns whose value is None in records()."""
    return {r["structure"]: {k for k, v in r.items() if v is None} for r in comparison.records()}


def test_records_have_none_exactly_where_the_model_is_silent(comparison: Comparison) -> None:
    missing = _missing(comparison)
    for label, cols in missing.items():
        axes_none = {f"axis_{k}" for k, v in comparison.columns[list(missing).index(label)].scores.items() if v is None}
        assert cols == EXPECTED_MISSING[label.split(" ")[0]] | axes_none, label
    assert missing["tuntematon #2"] >= set(AXIS_COLUMNS)
    assert comparison.records()[1]["seats_known_min"] == 51 and comparison.records()[1]["seats_min_council"] == 51


def test_csv_cells_are_empty_not_zero(comparison: Comparison) -> None:
    rows = list(csv.DictReader(io.StringIO(comparison.to_csv())))
    for row, (label, cols) in zip(rows, _missing(comparison).items(), strict=True):
        assert row["structure"] == label
        assert all(row[c] == "" for c in cols), label


def test_json_has_null_not_zero(comparison: Comparison) -> None:
    data = json.loads(comparison.to_json())
    for entry, column in zip(data, comparison.columns, strict=True):
        assert entry["axes"] == column.scores  # None stays null
        m = entry["metrics"]
        assert m["seats_min"] is None and m["seats_max"] is None and m["organiser_share"] is None
        assert m["seats_min_by_tier"]["executive_board"] is None
    assert data[2]["axes"] == {a.id: None for a in AXES}
    assert data[0]["metrics"]["seats_known_min"] is None and data[1]["metrics"]["seats_known_min"] == 51


def test_xlsx_cells_are_empty_not_zero(comparison: Comparison) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(comparison.to_xlsx()))["corpus"]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    for row, (label, cols) in zip(rows[1:], _missing(comparison).items(), strict=True):
        cells = dict(zip(head, row, strict=True))
        assert cells["structure"] == label
        assert all(cells[c] is None for c in cols), label


def test_dataframe_has_nan_not_zero(comparison: Comparison) -> None:
    pytest.importorskip("pandas")
    df = comparison.to_dataframe()
    for label, cols in _missing(comparison).items():
        for c in cols:
            value: Any = df.loc[label, c]
            assert value is None or (isinstance(value, float) and math.isnan(value)), (label, c, value)
    assert str(df["seats_min"].dtype) == "float64" and str(df["bodies"].dtype) == "int64"
    assert df["seats_min"].isna().sum() == 3


@pytest.mark.parametrize("render", ["markdown", "text"])
def test_human_tables_show_a_dash(comparison: Comparison, render: str) -> None:
    if render == "markdown":
        rows = [[c.strip() for c in line.strip("|").split("|")] for line in comparison.to_markdown("en").splitlines()]
        rows = [r for r in rows if r[0] != "---"]
    else:
        lines = comparison.to_text("en", width=400).splitlines()
        rows = [line.rsplit(None, 3) for line in lines[1:]]
    by_label = {r[0]: r[1:] for r in rows}
    assert by_label["seats"] == ["–", "–", "–"]  # never 0, never the 51 that is known
    assert by_label["known seats"] == ["–", "51", "–"]
    assert by_label["organiser share"] == ["–", "–", "–"]
    for axis in AXES:
        cells = by_label[f"{axis.number}. {axis.label('en')}"]
        assert cells[2] == "–"
        for cell, column in zip(cells, comparison.columns, strict=True):
            assert (cell == "–") == (column.scores[axis.id] is None)


def test_charts_show_unknown_as_unknown(comparison: Comparison) -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.patches import Rectangle

    from orgmodel.compare import charts

    profile = charts.axes_profile_figure(comparison, "en")
    gids = {p.get_gid() for p in profile.axes[0].patches if isinstance(p, Rectangle)}
    for y, column in enumerate(comparison.columns):
        for axis in AXES:
            known = column.scores[axis.id] is not None
            assert (f"cell:{y}:{axis.id}" in gids) == known and (f"missing:{y}:{axis.id}" in gids) != known
    assert sum(t.get_text() == "–" for t in profile.axes[0].texts) == sum(
        v is None for c in comparison.columns for v in c.scores.values())

    seats = charts.seats_by_tier_figure(comparison, "en")
    ax = seats.axes[0]
    filled = [p for c in ax.containers for p in c if p.get_fill() and p.get_width() > 0]
    assert filled == []  # no structure has all its counts: no filled bar at all, in particular none of 0
    outlines = [(p.get_y() + p.get_height() / 2, p.get_width()) for c in ax.containers for p in c if not p.get_fill()]
    assert outlines == [(1.0, 51)]  # only osittain: its known lower bound
    notes = {t.get_gid(): t.get_text() for t in ax.texts}
    assert notes == {"seats:0": "seat counts not known", "seats:1": "≥ 51 (1 without a seat count)",
                     "seats:2": "seat counts not known"}

    kinds = charts.bodies_by_kind_figure(comparison, "en")
    assert "0" not in [t.get_text() for t in kinds.axes[0].texts]  # a kind a structure lacks: no segment
