"""The codebook of the corpus table: every column of :meth:`Comparison.records`, its type, unit, how
it is computed and what a missing value means. docs/codebook.md is :func:`codebook_markdown`'s output
(a test keeps the two the same; after a change: ``python -c "from orgmodel.compare.codebook import *;
print(codebook_markdown(), end='')" > docs/codebook.md``),
and the xlsx export carries the same table on a sheet of its own.

Missing is missing: a value the model does not give is None in records and JSON, NaN in a DataFrame
and an empty cell in CSV and xlsx, never 0. A column whose ``missing`` is empty is never missing.

>>> [f.name for f in fields()][:4]
['structure', 'id', 'name', 'variant']
>>> f = field("seats_min")
>>> f.type, f.unit, f.nullable
('integer', 'seats', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from orgmodel.vocab import BodyKind, Tier

from .axes import AXES
from .metrics import SELF_KINDS

__all__ = ["Field", "codebook_markdown", "field", "fields"]


@dataclass(frozen=True)
class Field:
    """One column of the corpus table."""

    name: str
    type: str  # 'text', 'date' (ISO 8601 text), 'integer' or 'number'
    unit: str
    computed: str
    missing: str = ""  # what a missing value means; empty: never missing

    @property
    def nullable(self) -> bool:
        return bool(self.missing)

    @property
    def numeric(self) -> bool:
        return self.type in ("integer", "number")


_NO_POWERS = "the structure lists no powers"
_UNKNOWN_SEATS = "at least one elected body has no seat count in the model (see seats_unknown)"

# name, type, unit, how it is computed (M-numbers: orgmodel.compare.metrics), what missing means
_SCALARS: tuple[tuple[str, str, str, str, str], ...] = (
    ("bodies", "integer", "bodies", "M1: bodies in the structure; the organisation itself (kind organisation) "
     "is not one of them", ""),
    ("relations", "integer", "relations", "relations: of any type, as listed", ""),
    ("elected_bodies", "integer", "bodies", "bodies of the elected kinds (council, executive board, boards, "
     "committees, subcommittees, commissions, audit and election boards, enterprise boards)", ""),
    ("seats_min", "integer", "seats", "M3: total seats of the elected bodies, a range 7-11 counting 7",
     _UNKNOWN_SEATS),
    ("seats_max", "integer", "seats", "M3: the same total, a range 7-11 counting 11", _UNKNOWN_SEATS),
    ("seats_unknown", "integer", "bodies", "M3: elected bodies without a seat count", ""),
    ("seats_known_min", "integer", "seats", "M3: seats_min over the elected bodies whose count is known only "
     "(a lower bound of the total when seats_unknown > 0)", "no elected body has a seat count"),
    ("seats_known_max", "integer", "seats", "M3: seats_max over the elected bodies whose count is known only",
     "no elected body has a seat count"),
    ("decision_making_bodies", "integer", "bodies", "M4: elected bodies with a decision-making role", ""),
    ("preparatory_bodies", "integer", "bodies", "M4: elected bodies with a preparatory role (preparatory "
     "committees, commissions, the audit committee)", ""),
    ("role_unset", "integer", "bodies", "M4: committees without committee_role", ""),
    ("leadership_bodies", "integer", "bodies", "boards, committees, subcommittees and commissions", ""),
    ("hierarchy_depth", "integer", "levels", "M5: levels on the longest parent chain (a council alone: 1)", ""),
    ("span_max", "integer", "bodies", "M5: the most direct subordinates of one body (0: nobody has any)", ""),
    ("span_mean", "number", "bodies", "M5: mean direct subordinates over bodies that have any",
     "no body has a subordinate"),
    ("span_executive_board", "integer", "bodies", "M5: direct subordinates of the executive board (the largest "
     "if several)", "the structure has no executive board"),
    ("council_level_committees", "integer", "bodies", "M6: boards and committees whose parent is a council", ""),
    ("board_level_committees", "integer", "bodies", "M6: boards and committees whose parent is an executive "
     "board", ""),
    ("advocacy_bodies", "integer", "bodies", "M7: advocacy bodies", ""),
    ("advocacy_statutory", "integer", "bodies", "M7: advocacy bodies for youth, the elderly, people with "
     "disabilities (KL 26-28 §, 611/2021 32-34 §)", ""),
    ("advocacy_voluntary", "integer", "bodies", "M7: the other advocacy bodies", ""),
    ("cooperation_forums", "integer", "bodies", "M7: bodies of kind cooperation_forum", ""),
    ("powers", "integer", "powers", "powers listed in the model", ""),
    ("powers_organiser", "integer", "powers", "M8: powers whose final holder (after delegation) is on the "
     "organiser side", ""),
    ("powers_producer", "integer", "powers", "M8: powers whose final holder is on the producer side "
     "(production and group tiers)", ""),
    ("powers_external", "integer", "powers", "M8: powers whose final holder is in the external tier", ""),
    ("organiser_share", "number", "share 0-1", "M8: powers_organiser / powers", _NO_POWERS),
    ("producer_share", "number", "share 0-1", "M8: powers_producer / powers", _NO_POWERS),
    ("delegations", "integer", "relations", "M9: delegates relations", ""),
    ("delegation_chain_max", "integer", "steps", "M9: the longest delegation chain of a power", _NO_POWERS),
    ("delegation_chain_mean", "number", "steps", "M9: mean delegation chain length over powers", _NO_POWERS),
    ("open_items", "integer", "items", "M11: bodies, parent links, relations, powers and instruments with "
     "certainty open, plus open choices", ""),
    ("inferred_items", "integer", "items", "M11: the same with certainty inferred", ""),
    ("choices", "integer", "choices", "M11: open choices in the file (a variant row has had them picked: 0)", ""),
    ("variants", "integer", "variants", "M11: combinations of the open choices' alternatives (1 without)", ""),
)


@cache
def fields() -> tuple[Field, ...]:
    """Every column of the corpus table, in table order."""
    out = [
        Field("structure", "text", "", "the row's label: the model's id, plus [choice=alternative, ...] for a "
              "variant; unique in the table"),
        Field("id", "text", "", "the model's id"),
        Field("name", "text", "", "the model's Finnish name"),
        Field("variant", "text", "", "the alternatives picked for this row, 'choice=alternative, ...'",
              "the model has no open choices (or the comparison was made without variants)"),
        Field("law", "text", "", "the law the model is checked against (a registered law id)"),
        Field("org_type", "text", "", "the kind of organisation (municipality, wellbeing services county, ...)"),
        Field("status", "text", "", "the model's version status (draft, adopted, ...)",
              "the model has no version section"),
        Field("version_date", "date", "", "the day the model describes (version.date)", "the model gives no date"),
    ]
    out += [Field(*row) for row in _SCALARS]
    for axis in AXES:
        out.append(Field(f"axis_{axis.id}", "number", "score 0-1",
                         f"axis {axis.number}: {axis.question.en}; 1 = {axis.high.en}, 0 = {axis.low.en} "
                         "(docs/axes.md)", "not determinable from the model (docs/axes.md says what is needed)"))
    for k in BodyKind:
        if k not in SELF_KINDS:
            out.append(Field(f"kind_{k.value}", "integer", "bodies", f"M1: bodies of kind {k.value} ({k.label('en')})"))
    for t in Tier.ordered():
        out.append(Field(f"tier_{t.value}", "integer", "bodies", f"M2: bodies in the tier {t.value} ({t.label('en')})"))
    for bound, counted in (("min", "7"), ("max", "11")):
        for t in Tier.ordered():
            out.append(Field(f"seats_{bound}_{t.value}", "integer", "seats",
                             f"M3: seats of the elected bodies in the tier {t.value}, a range 7-11 counting "
                             f"{counted} (0: no elected body in the tier)",
                             "an elected body of the tier has no seat count"))
    return tuple(out)


def field(name: str) -> Field:
    """The codebook entry of one column (KeyError for a name not in the table)."""
    for f in fields():
        if f.name == name:
            return f
    raise KeyError(name)


def codebook_markdown() -> str:
    """docs/codebook.md: the introduction and one table row per column."""
    head = [
        "# Codebook of the corpus table",
        "",
        "`orgmodel compare FILES... -o corpus.csv` (or `.xlsx`, `.json`) and "
        "`orgmodel.compare(orgs).to_dataframe()` give one row per structure, or per variant of a structure "
        "with open choices (`--no-variants`: one row per file). This is every column, in order. "
        "The xlsx file has the same table on its sheet `codebook`.",
        "",
        "**Missing values are missing, never 0**: None in `records()` and JSON (`null`), NaN in a DataFrame, an "
        "empty cell in CSV and xlsx. The last column says what a missing value means; a column with nothing "
        "there is never missing. In a DataFrame an integer column that can be missing is float64 (NaN needs it); "
        "the others are int64, text columns object.",
        "",
        "Formulas M1-M11 are written out in `src/orgmodel/compare/metrics.py`; the axes in `docs/axes.md`.",
        "The kind `organisation` (the county or municipality itself as a legal person, the owner of its "
        "companies) is not one of its bodies and is counted nowhere.",
        "",
        "| column | type | unit | how it is computed | missing means |",
        "|---|---|---|---|---|",
    ]
    rows = [f"| `{f.name}` | {f.type} | {f.unit} | {f.computed.replace('|', '/')} | {f.missing or '(never missing)'} |"
            for f in fields()]
    return "\n".join(head + rows) + "\n"
