"""Checking a structure, as a library: ``orgmodel.check(org, law=..., as_of=...)``.

:func:`check` runs the structural checks, then the legal ruleset of the law the model names (or
``law``) as it stood on ``as_of`` (default: the model's version date when checking under the
model's own law, else the law as it stands now), applies the model's suppressions, sums up
"cannot check" notes per rule, and, for a model loaded from a file, points every finding at its
file:line:column. The result is a :class:`~orgmodel.checking.findings.Report`: findings are data,
never exceptions.

- :mod:`~orgmodel.checking.findings`: ``Finding`` and ``Report``
- :mod:`~orgmodel.checking.structural`: the STRUCT-* checks
- :mod:`~orgmodel.checking.variants`: findings that appear only in other variants of open choices
- :mod:`~orgmodel.checking.suppress`: suppressions and the one "cannot check" summariser
- :mod:`~orgmodel.checking.locate`: findings -> file:line:column
- :mod:`~orgmodel.checking.report`: the text, Markdown and JSON writers (``FORMATS``)

The legal rules themselves are in :mod:`orgmodel.rules`.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "c", "names": {"fi": "C"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "population": {"count": 180000},
...     "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}, "seats": 58}]})
>>> report = check(org)
>>> [f.code for f in report.errors][:3]
['ADV-DISAB', 'ADV-ELDER', 'ADV-YOUTH']
>>> "SIZE-KL" in report.codes()
True
>>> "SIZE-HVA" in check(org, law="611/2021").codes()
True
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from ..timeline import Positions, original_loc, parse_day, structure_on_with_positions
from ..variants import MAX_VARIANTS
from .findings import SEVERITIES, Finding, Report, ReportMeta, RestingFact, Severity, SuppressionRecord
from .locate import Locator, Source, _source_of, locate
from .structural import structural_findings, variant_findings
from .suppress import OTHER_CODES, apply_suppressions, summarise_cannot_check
from .variants import findings_of_other_variants

if TYPE_CHECKING:
    from ..model import Organisation

__all__ = ["check", "locate", "Finding", "RestingFact", "Report", "ReportMeta", "SuppressionRecord", "Severity",
           "SEVERITIES", "OTHER_CODES", "MAX_VARIANTS", "Source"]


def check(org: Organisation, law: str | None = None, as_of: date | str | None = None, *,
          source: Source | None = None, legal: bool = True) -> Report:
    """Check ``org``: structure first, then the law it is organised under (or ``law``).

    ``law`` is a law id or a short name ('kuntalaki', '611/2021', 'maakuntalaki'); ``as_of`` a
    date (or 'YYYY-MM-DD'). ``source`` (path, source map) says where the model was read from, so
    that findings get their file:line:column; by default the loader is asked (a model built in
    code has none). ``legal=False`` runs only the structural checks (no rules, no suppressions).
    Raises :class:`~orgmodel.errors.UserError` only for a bad ``law`` or ``as_of``; everything
    about the structure itself comes back as findings.
    """
    from ..rules import resolve_law, rule_codes, ruleset, run_rules

    law_id = resolve_law(law) if law else org.law
    # the model's version date says when it was drawn up under its own law; checked under
    # another law, the question is how it fares under that law as it stands now
    on, on_source = _as_of(org, as_of, use_version=law_id == org.law)
    # the structure is always taken on the day asked, else on the model's own date (never today)
    day = on if on_source == "option" else org.version_date
    found = source if source is not None else _source_of(org)
    org, positions = structure_on_with_positions(org, day)
    if positions and found is not None:  # findings point into the file, whose lists hold every entry
        found = (found[0], _Shifted(found[1], positions))
    findings = structural_findings(org) + variant_findings(org)
    if not legal:
        return _located(Report(subject=org.id, findings=findings,
                               meta=ReportMeta(as_of=_iso(on), as_of_source=on_source)), org, found)
    legal_findings, meta = run_rules(org, law_id, on)
    legal_findings += findings_of_other_variants(org, law_id, on, legal_findings, meta)
    kept, suppressed, records = apply_suppressions(org, findings + legal_findings, rule_codes())
    rs = ruleset(law_id)
    kept = summarise_cannot_check(kept, lambda f: (rs.rule(f.code, on).the_title, rs.caveat))
    meta["as_of"] = _iso(on)
    meta["as_of_source"] = on_source
    report = Report(subject=org.id, findings=kept, suppressed=suppressed, meta=meta, suppressions=records)
    return _located(report, org, found)


class _Shifted:
    """A source map for the structure on a day: each location is moved to its entry in the file."""

    def __init__(self, inner: Locator, positions: Positions):
        self.inner, self.positions = inner, positions

    def locate(self, loc: tuple[str | int, ...]) -> tuple[str, int, int]:
        return self.inner.locate(original_loc(loc, self.positions))


def _located(report: Report, org: Organisation, source: Source | None) -> Report:
    found = source if source is not None else _source_of(org)
    return locate(report, found[1]) if found is not None else report


def _iso(on: date | None) -> str | None:
    return on.isoformat() if on else None


def _as_of(org: Organisation, as_of: date | str | None, use_version: bool = True
           ) -> tuple[date | None, Literal["option", "version", "current"]]:
    on = parse_day(as_of)
    if on is not None:
        return on, "option"
    if use_version and org.version_date is not None:
        return org.version_date, "version"
    return None, "current"

