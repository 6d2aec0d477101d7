"""Metrics and axis scores of N structures side by side: records, CSV, xlsx, Markdown, text, JSON, DataFrame.

A structure with open choices is expanded into its variants (each a column of its own) unless
``variants=False``; an ordered series of versions keeps its order, and :meth:`Comparison.steps`
diffs it step by step. The columns of the corpus table (records, CSV, xlsx, DataFrame) are the
codebook's (:mod:`orgmodel.compare.codebook`, docs/codebook.md). A value the model does not give
is missing everywhere — None, an empty cell, NaN, '–' — never 0.

>>> from orgmodel.model import Organisation
>>> def org(i, kind):
...     return Organisation.model_validate({"id": i, "names": {"fi": i.title()}, "org_type": "archetype",
...         "law": "fi/kuntalaki-410-2015", "bodies": [
...         {"id": "v", "kind": "council", "names": {"fi": "V"}, "seats": 51},
...         {"id": "x", "kind": kind, "names": {"fi": "X"}, "parent": "v", "seats": 9,
...          **({"committee_role": "preparatory"} if kind == "committee" else {})}]})
>>> c = compare([org("ltk", "board"), org("vk", "committee")])
>>> [r["axis_decision"] for r in c.records()]  # no powers: not determinable, never 0
[None, None]
>>> print(c.to_csv().splitlines()[0][:40])
structure,id,name,variant,law,org_type,s
>>> c.records()[0]["seats_min"], c.records()[0]["variant"]
(60, None)
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from orgmodel.errors import UserError
from orgmodel.model import Alternative
from orgmodel.variants import MAX_VARIANTS
from orgmodel.vocab import BodyKind, Tier
from orgmodel.words import word

from .axes import AXES, scores
from .codebook import fields
from .metrics import SELF_KINDS, Metrics, metrics

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from .diff import StructureDiff

#: Scalar metrics in table order (their labels are the ``metric.*`` entries of :data:`orgmodel.words.WORDS`).
SCALARS: tuple[str, ...] = (
    "bodies", "relations", "elected_bodies", "seats_min", "seats_max", "seats_unknown", "seats_known_min",
    "seats_known_max", "decision_making_bodies",
    "preparatory_bodies", "role_unset", "leadership_bodies", "hierarchy_depth", "span_max", "span_mean",
    "span_executive_board", "council_level_committees", "board_level_committees", "advocacy_bodies",
    "advocacy_statutory", "advocacy_voluntary", "cooperation_forums", "powers", "powers_organiser",
    "powers_producer", "powers_external", "organiser_share", "producer_share", "delegations",
    "delegation_chain_max", "delegation_chain_mean", "open_items", "inferred_items", "choices", "variants",
)


@dataclass
class Column:
    """One structure (or one variant of one) in a comparison."""

    label: str
    org: Organisation
    metrics: Metrics
    scores: dict[str, float | None]
    variant: str = ""  # 'choice=alternative, ...' when the column is a variant
    alternatives: tuple[Alternative, ...] = ()  # the alternatives picked, for their labels

    def title(self, lang: str = "fi") -> str:
        """The structure's name, with the picked alternatives' labels in brackets (their ids when
        the column was made without them): 'Päijät-Häme 2018 [Valiokunnat]'."""
        return f"{self.org.name(lang)} [{self.picked(lang)}]" if self.variant else self.org.name(lang)

    def picked(self, lang: str = "fi") -> str:
        """The picked alternatives' labels ('' when the column is no variant)."""
        if self.alternatives:
            return ", ".join(a.label.get(lang) for a in self.alternatives)
        return self.variant


def expand_variants(orgs: Iterable[Organisation],
                    max_variants: int | None = MAX_VARIANTS) -> list[tuple[str, Organisation, str]]:
    """(label, structure, selection) triples: a structure with open choices becomes one per variant
    (more than ``max_variants`` of one structure: a UserError).

    The label is the id, plus ``[choice=alternative, ...]`` for a variant; selection is the
    bracketed part ('' for a structure without choices).
    """
    return [(label, org, picked) for label, org, picked, _ in _expand(orgs, max_variants)]


def _expand(orgs: Iterable[Organisation], max_variants: int | None
            ) -> list[tuple[str, Organisation, str, tuple[Alternative, ...]]]:
    """:func:`expand_variants`, with the picked alternatives themselves."""
    out: list[tuple[str, Organisation, str, tuple[Alternative, ...]]] = []
    for org in orgs:
        if not org.choices:
            out.append((org.id, org, "", ()))
            continue
        by_choice = {c.id: {a.id: a for a in c.alternatives} for c in org.choices}
        for selection, variant in org.variants(max_variants):
            picked = ", ".join(f"{k}={v}" for k, v in selection.items())
            alternatives = tuple(by_choice[k][v] for k, v in selection.items())
            out.append((f"{org.id} [{picked}]", variant, picked, alternatives))
    return out


def _unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return out


class Comparison:
    """Metrics and axis scores of several structures, in the order given."""

    def __init__(self, columns: list[Column]):
        self.columns = columns

    def __repr__(self) -> str:
        return f"<Comparison of {len(self.columns)}: {', '.join(c.label for c in self.columns)}>"

    # --- data ---------------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per structure: the codebook's columns (docs/codebook.md) in its order —
        identity, scalars, axes (axis_*), kinds (kind_*), tiers (tier_*), seats per tier
        (seats_min_* / seats_max_*). A missing value is None."""
        out = []
        for c in self.columns:
            m = c.metrics
            day = c.org.version_date
            rec: dict[str, Any] = {
                "structure": c.label, "id": c.org.id, "name": c.org.names.fi, "variant": c.variant or None,
                "law": c.org.law, "org_type": c.org.org_type.value,
                "status": c.org.version.status.value if c.org.version else None,
                "version_date": day.isoformat() if day else None}
            rec.update({k: getattr(m, k) for k in SCALARS})
            rec.update({f"axis_{k}": v for k, v in c.scores.items()})
            rec.update({f"kind_{k}": v for k, v in m.bodies_by_kind.items()})
            rec.update({f"tier_{k}": v for k, v in m.bodies_by_tier.items()})
            rec.update({f"seats_min_{k}": v for k, v in m.seats_min_by_tier.items()})
            rec.update({f"seats_max_{k}": v for k, v in m.seats_max_by_tier.items()})
            out.append(rec)
        return out

    def steps(self) -> list[StructureDiff]:
        """Diffs of consecutive structures: the step-by-step view of a series of versions."""
        from .diff import diff_series

        return diff_series(c.org for c in self.columns)

    # --- output -------------------------------------------------------------------------

    def to_csv(self) -> str:
        """One row per structure, every record key a column; None is an empty cell."""
        recs = self.records()
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(recs[0]) if recs else ["structure"], lineterminator="\n")
        writer.writeheader()
        for r in recs:
            writer.writerow({k: "" if v is None else v for k, v in r.items()})
        return buf.getvalue()

    def to_json(self) -> str:
        """The comparison as JSON: per structure its identity, axes and nested metrics; missing is null."""
        data = [{"structure": c.label, "id": c.org.id, "name": c.org.names.fi, "variant": c.variant or None,
                 "law": c.org.law, "axes": c.scores,
                 "metrics": {k: v for k, v in c.metrics.to_dict().items()
                             if k not in ("final_holders", "org_id", "name")}}
                for c in self.columns]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def rows(self, lang: str = "fi") -> list[tuple[str, list[str]]]:
        """The transposed table a person reads: (label, one cell per structure). Kind and tier rows
        that are zero everywhere are left out; seats show as 'min–max' when they differ."""
        cols = self.columns
        out: list[tuple[str, list[str]]] = [(word("table.structure", lang), [c.title(lang) for c in cols])]
        for key in SCALARS:
            if key in ("seats_max", "seats_known_max"):
                continue
            if key in ("seats_min", "seats_known_min"):  # one row 'min–max'; unknown is '–', never 0
                label = word("table.seats" if key == "seats_min" else "metric.seats_known", lang)
                high = key.replace("min", "max")
                out.append((label, [_seats(getattr(c.metrics, key), getattr(c.metrics, high)) for c in cols]))
                continue
            out.append((word(f"metric.{key}", lang), [_cell(getattr(c.metrics, key)) for c in cols]))
        for axis in AXES:
            out.append((f"{axis.number}. {axis.label(lang)}", [_cell(c.scores[axis.id]) for c in cols]))
        for k in BodyKind:
            if k in SELF_KINDS:
                continue
            vals = [c.metrics.bodies_by_kind[k.value] for c in cols]
            if any(vals):
                out.append((k.label(lang), [str(v) for v in vals]))
        for t in Tier.ordered():
            vals = [c.metrics.bodies_by_tier[t.value] for c in cols]
            if any(vals):
                out.append((t.label(lang), [str(v) for v in vals]))
        seats_word = word("table.seats", lang)
        for t in Tier.ordered():
            lo = [c.metrics.seats_min_by_tier[t.value] for c in cols]
            hi = [c.metrics.seats_max_by_tier[t.value] for c in cols]
            if any(v != 0 for v in hi):  # a tier with seats, or with an unknown count
                out.append((f"{seats_word}: {t.label(lang)}", [_seats(a, b) for a, b in zip(lo, hi, strict=True)]))
        return out

    def to_markdown(self, lang: str = "fi") -> str:
        rows = self.rows(lang)
        head_label, head = rows[0]
        lines = ["| " + " | ".join([head_label, *(_md(h) for h in head)]) + " |",
                 "|" + "---|" + "---:|" * len(head)]
        lines += ["| " + " | ".join([_md(label), *cells]) + " |" for label, cells in rows[1:]]
        return "\n".join(lines) + "\n"

    def to_text(self, lang: str = "fi", width: int = 120) -> str:
        """A plain table for the terminal. Columns are headed by the structures' labels, or by
        [1], [2], ... with a legend above when the labels would make it wider than ``width``."""
        rows = self.rows(lang)
        names = rows[0][1]
        rows = rows[1:]
        width0 = max(len(label) for label, _ in rows)
        labels = [c.label for c in self.columns]

        def total(heads: list[str]) -> int:
            return width0 + sum(2 + max(len(h), *(len(cells[i]) for _, cells in rows)) for i, h in enumerate(heads))

        lines = []
        if total(labels) > width:
            # the header row has one name per column
            legend = enumerate(zip(labels, names, strict=True), 1)
            lines = [f"[{i}] {label} — {name}" for i, (label, name) in legend] + [""]
            labels = [f"[{i}]" for i in range(1, len(labels) + 1)]
        rows = [("", labels)] + rows
        widths = [max(len(cells[i]) for _, cells in rows) for i in range(len(labels))]
        for label, cells in rows:
            cells_out = (c.rjust(w) for c, w in zip(cells, widths, strict=True))  # every row has a cell per column
            lines.append("  ".join([label.ljust(width0), *cells_out]).rstrip())
        return "\n".join(lines) + "\n"

    def to_xlsx(self, lang: str = "fi") -> bytes:
        """The corpus table as xlsx bytes (the same input, the same bytes): sheet ``corpus`` with one row
        per structure (the CSV's columns; a missing value is an empty cell; header frozen, autofilter),
        sheet ``codebook`` with every column's type, unit, label in ``lang``, computation and what
        missing means (docs/codebook.md)."""
        from openpyxl import Workbook  # type: ignore[import-untyped]  # openpyxl ships no types

        from .xlsx import header_sheet, workbook_bytes

        recs = self.records()
        book = fields()
        wb = Workbook()
        header_sheet(wb.active, "corpus", [f.name for f in book], ([r[f.name] for f in book] for r in recs))
        header_sheet(wb.create_sheet(), "codebook", ["column", "label", "type", "unit", "computed", "missing"],
                     ([f.name, _label(f.name, lang), f.type, f.unit, f.computed, f.missing] for f in book),
                     widths=[26, 32, 9, 11, 80, 50])
        return workbook_bytes(wb)

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame indexed by structure (pandas is optional). Missing values
        are NaN: a numeric column that can be missing is float64 (docs/codebook.md), the others keep
        their integer type, so the dtypes are the same whatever the data."""
        try:
            import pandas as pd  # type: ignore[import-untyped]  # optional; pandas ships no types (no pandas-stubs)
        except ImportError:
            raise UserError("to_dataframe needs pandas, which is optional: pip install pandas "
                            "(or use records() / to_csv())") from None
        frame = pd.DataFrame.from_records(self.records(), columns=[f.name for f in fields()])
        for f in fields():
            if f.numeric:
                frame[f.name] = frame[f.name].astype("float64" if f.nullable or f.type == "number" else "int64")
        return frame.set_index("structure")

    def _repr_html_(self) -> str:
        from html import escape

        rows = self.rows("fi")
        head = "".join(f"<th>{escape(h)}</th>" for h in rows[0][1])
        body = "".join("<tr><th style='text-align:left'>" + escape(label) + "</th>"
                       + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>" for label, cells in rows[1:])
        return f"<table><tr><th></th>{head}</tr>{body}</table>"


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _seats(lo: int | None, hi: int | None) -> str:
    if lo is None or hi is None:
        return "–"
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _label(column: str, lang: str) -> str:
    """A column's label in ``lang`` for the codebook sheet: the metric's word, the axis, the kind or tier."""
    from orgmodel.words import WORDS

    if f"metric.{column}" in WORDS:
        return word(f"metric.{column}", lang)
    for axis in AXES:
        if column == f"axis_{axis.id}":
            return f"{axis.number}. {axis.label(lang)}"
    for prefix, members in (("kind_", list(BodyKind)), ("tier_", Tier.ordered())):
        for member in members:
            if column == prefix + member.value:
                return member.label(lang)
    for t in Tier.ordered():
        if column in (f"seats_min_{t.value}", f"seats_max_{t.value}"):
            return f"{word('metric.' + column[:9], lang)}: {t.label(lang)}"
    return word(f"column.{column}", lang)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def compare(orgs: Sequence[Organisation], *, variants: bool = True, labels: Sequence[str] | None = None,
            max_variants: int | None = MAX_VARIANTS) -> Comparison:
    """Compare structures (expanding open choices into variants unless ``variants=False``, at most
    ``max_variants`` per structure).

    ``labels`` names the structures (default: their ids); it must be as long as ``orgs``.
    """
    if labels is not None and len(labels) != len(orgs):
        raise UserError(f"{len(labels)} labels for {len(orgs)} structures")
    picks: list[tuple[str, Organisation, str, tuple[Alternative, ...]]] = []
    for i, org in enumerate(orgs):
        expanded = _expand([org], max_variants) if variants else [(org.id, org, "", ())]
        if labels is not None:
            expanded = [(labels[i] + label[len(org.id):], o, v, alts) for label, o, v, alts in expanded]
        picks.extend(expanded)
    names = _unique([label for label, _, _, _ in picks])
    columns = []
    for label, (_, org, picked, alts) in zip(names, picks, strict=True):  # _unique keeps one name per structure
        m = metrics(org)
        columns.append(Column(label, org, m, scores(org, m), picked, alts))
    return Comparison(columns)
