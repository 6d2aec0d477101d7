"""Tables of N structures: records, CSV, Markdown, text, JSON; variants expanded; pandas optional."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from orgmodel.compare.codebook import codebook_markdown, field, fields
from orgmodel.compare.tables import SCALARS, compare
from orgmodel.errors import UserError
from orgmodel.io import load
from orgmodel.model import Organisation


@pytest.fixture
def small(fixtures_dir: Path) -> Organisation:
    return load(fixtures_dir / "compare" / "metrics-small.yaml")


@pytest.fixture
def pair(fixtures_dir: Path) -> tuple[Organisation, Organisation]:
    return load(fixtures_dir / "compare" / "diff-a.yaml"), load(fixtures_dir / "compare" / "diff-b.yaml")


def test_open_choices_become_one_column_per_variant(small: Organisation,
                                                    pair: tuple[Organisation, Organisation]) -> None:
    c = compare([pair[0], small, pair[1]])
    assert [col.label for col in c.columns] == ["diff-a", "metrics-small [talous=vk]", "metrics-small [talous=ltk]",
                                                "diff-b"]
    assert [col.metrics.role_unset for col in c.columns] == [0, 1, 0, 0]
    # the title shows the alternative's label, not its id; the label keeps the ids (machine-readable)
    assert c.columns[2].title("fi") == "Pieni testikunta [lautakunta]"
    assert c.columns[2].variant == "talous=ltk"
    assert [col.label for col in compare([small], variants=False).columns] == ["metrics-small"]


def test_same_structure_twice_gets_distinct_labels(pair: tuple[Organisation, Organisation]) -> None:
    c = compare([pair[0], pair[0]])
    assert [col.label for col in c.columns] == ["diff-a", "diff-a #2"]


def test_labels_must_match_the_structures(pair: tuple[Organisation, Organisation]) -> None:
    with pytest.raises(UserError, match="2 labels for 1"):
        compare([pair[0]], labels=["a", "b"])
    assert compare([pair[0]], labels=["luonnos"]).columns[0].label == "luonnos"


def test_records_have_the_same_keys_in_the_same_order(small: Organisation,
                                                      pair: tuple[Organisation, Organisation]) -> None:
    recs = compare([small, pair[0]]).records()
    assert len({tuple(r) for r in recs}) == 1
    keys = list(recs[0])
    assert keys[:8] == ["structure", "id", "name", "variant", "law", "org_type", "status", "version_date"]
    assert keys == [f.name for f in fields()]  # the codebook's columns, in its order
    assert "axis_decision" in keys and "kind_board" in keys and "tier_production" in keys
    assert "seats_min_boards" in keys and "seats_max_boards" in keys
    assert all(k in keys for k in SCALARS)
    vk, _, a = recs
    # tekninen (boards) and hanke (subcommittees) have no seat count: no total, never 0 or a partial sum
    assert (vk["seats_min"], vk["seats_max"], vk["seats_min_boards"], vk["seats_max_boards"]) == (None,) * 4
    assert (vk["seats_known_min"], vk["seats_known_max"], vk["seats_min_council"]) == (106, 112, 55)
    assert (vk["variant"], a["variant"]) == ("talous=vk", None)
    assert (a["seats_min"], a["seats_min_boards"], a["seats_min_production"]) == (109, 29, 0)  # 11 + 9 + 9


def test_csv_round_trips_and_writes_none_as_empty(pair: tuple[Organisation, Organisation]) -> None:
    text = compare(list(pair)).to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["structure"] for r in rows] == ["diff-a", "diff-b"]
    assert rows[0]["axis_organiser"] == "" and rows[0]["organiser_share"] == ""  # no powers: None
    assert rows[1]["kind_subcommittee"] == "2"
    assert text == compare(list(pair)).to_csv()  # deterministic


def test_markdown_is_a_transposed_table(pair: tuple[Organisation, Organisation]) -> None:
    md = compare(list(pair)).to_markdown("fi").splitlines()
    assert md[0] == "| rakenne | Vertailu A | Vertailu B |"
    assert md[1] == "|---|---:|---:|"
    assert "| paikat | 109 | 111 |" in md  # 59+11+11+9+9+5+5 and 59+11+13+9+9+5+5
    # a: turva is preparatory, 4 of 5
    assert "| 1. Päättävät toimielimet – valmistelevat toimielimet | – | – |" in md  # no powers: not determinable
    assert "| jaosto | 2 | 2 |" in md
    assert not any(line.startswith("| osuuskunta |") for line in md)  # zero everywhere: left out
    assert all(line.count("|") == 4 for line in md)


def test_text_table_numbers_wide_columns(small: Organisation, pair: tuple[Organisation, Organisation]) -> None:
    narrow = compare(list(pair)).to_text("en")
    assert narrow.splitlines()[0].split() == ["diff-a", "diff-b"]
    wide = compare([pair[0], small, pair[1]]).to_text("en", width=60)
    lines = wide.splitlines()
    assert lines[0] == "[1] diff-a — Vertailu A"
    assert lines[1] == "[2] metrics-small [talous=vk] — Pieni testikunta [valiokunta]"
    assert lines[5].split() == ["[1]", "[2]", "[3]", "[4]"]


def test_json_has_axes_and_nested_metrics(small: Organisation) -> None:
    data = json.loads(compare([small]).to_json())
    assert data[1]["structure"] == "metrics-small [talous=ltk]"
    assert data[0]["axes"]["organiser"] == 0.5
    assert data[0]["metrics"]["bodies_by_tier"]["production"] == 3
    assert "final_holders" not in data[0]["metrics"]


def test_dataframe_without_pandas_says_what_to_do(pair: tuple[Organisation, Organisation],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import fails as if pandas were absent
    with pytest.raises(UserError, match="pip install pandas"):
        compare(list(pair)).to_dataframe()


def test_dataframe_with_pandas(pair: tuple[Organisation, Organisation]) -> None:
    pd = pytest.importorskip("pandas")
    df = compare(list(pair)).to_dataframe()
    assert isinstance(df, pd.DataFrame) and list(df.index) == ["diff-a", "diff-b"]


def test_series_steps(pair: tuple[Organisation, Organisation]) -> None:
    a, b = pair
    steps = compare([a, b, a], variants=False).steps()
    assert [s.added for s in steps] == [["talous"], ["konserni"]]


def test_html_repr_for_notebooks(pair: tuple[Organisation, Organisation]) -> None:
    html = compare(list(pair))._repr_html_()
    assert html.startswith("<table>") and "Vertailu B" in html and "Päättävät toimielimet" in html


def test_codebook_document_is_current(fixtures_dir: Path) -> None:
    doc = fixtures_dir.parents[1] / "docs" / "codebook.md"
    assert doc.read_text(encoding="utf-8") == codebook_markdown(), (
        "docs/codebook.md is out of date: write codebook_markdown() into it (orgmodel.compare.codebook)")


def test_codebook_describes_every_column_once_with_its_missing_meaning(small: Organisation) -> None:
    book = fields()
    assert len({f.name for f in book}) == len(book)
    assert all(f.type in ("text", "date", "integer", "number") and f.computed for f in book)
    record = compare([small]).records()[0]
    for f in book:  # a column that is None somewhere must say what missing means
        if record[f.name] is None:
            assert f.nullable, f.name
    assert field("seats_min").nullable and not field("bodies").nullable and not field("kind_board").nullable
    assert "organisation" not in {f.name[5:] for f in book if f.name.startswith("kind_")}
