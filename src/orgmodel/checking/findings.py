"""Findings are data: a report of what a check found, never an exception.

>>> orphan = Text(fi="toimielin 'x' ei liity mihinkään", sv="organet 'x' är inte kopplat till något",
...               en="body 'x' is connected to nothing")
>>> r = Report(subject="demo", findings=[Finding(code="STRUCT-ORPHAN", severity="warning", message=orphan, body="x")])
>>> r.findings[0].text("sv")
"organet 'x' är inte kopplat till något"
>>> r.counts()
{'error': 0, 'warning': 1, 'info': 0}
>>> r.exit_code()
0
>>> r.exit_code("warning")
1
>>> r.to_records()[0]["code"], r.to_records()[0]["message_fi"]
('STRUCT-ORPHAN', "toimielin 'x' ei liity mihinkään")
>>> r.to_records(lang="sv")[0]["message"]
"organet 'x' är inte kopplat till något"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

from ..text import DEFAULT_LANG, Text

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


def as_severity(value: str) -> Severity:
    """``value`` as a :data:`Severity` (a model's suppression is validated to one); ValueError otherwise.

    >>> as_severity("warning")
    'warning'
    """
    for severity in SEVERITIES:
        if value == severity:
            return severity
    raise ValueError(f"not a severity: {value!r} (one of {', '.join(SEVERITIES)})")


class ReportMeta(TypedDict, total=False):
    """Facts about one check run (the JSON report writes them in this order)."""

    law: str  # the law id whose rules ran
    law_title: str  # its Finnish title
    law_title_en: str
    law_title_sv: str
    rules_run: int
    rules_not_in_force: list[str]  # codes skipped because they did not apply on ``as_of``
    rules_not_for_org_type: list[str]  # codes skipped because they do not bind the organisation's type
    variants_checked: int  # only for a model with open choices
    as_of: str | None  # YYYY-MM-DD, or None for the law as it stands now
    as_of_source: Literal["option", "version", "current"]


class SuppressionRecord(TypedDict):
    """What one of the model's suppressions did."""

    code: str
    body: str | None
    reason: str
    severity: Severity | None  # None: switched off; else downgraded to this
    effect: str  # 'off' or 'downgraded to <severity>' (a stable token for programs; reports print it in words)
    matched: int  # how many findings it matched
    loc: list[str | int]  # where it is in the model ('suppressions', k)


@dataclass(frozen=True)
class RestingFact:
    """One fact of the model that a finding rests on and that the model marks ``inferred`` or ``open``
    (the reason the finding is at most a warning).

    ``what`` is the kind of entry (body, relation, power); ``id`` the body's or power's id (None for a
    relation, which has none); ``loc`` where the entry is in the model (('relations', 3)); ``field`` the
    field the finding reads, or None for the entry itself (that it exists, is drawn where it is).

    >>> RestingFact("relation", None, ("relations", 3), "seats", "inferred").to_record()["loc"]
    ['relations', 3]
    """

    what: Literal["body", "relation", "power"]
    id: str | None
    loc: tuple[str | int, ...] | None
    field: str | None
    certainty: str  # inferred or open

    def to_record(self) -> dict[str, Any]:
        return {"what": self.what, "id": self.id, "loc": list(self.loc) if self.loc is not None else None,
                "field": self.field, "certainty": self.certainty}


@dataclass(frozen=True)
class Finding:
    """One thing a check found about one body (or the whole organisation when ``body`` is None).

    ``message`` and ``hint`` are :class:`~orgmodel.text.Text`: the same finding in Finnish, Swedish
    and English; :meth:`text` and :meth:`hint_text` give them in one language. A finding with
    ``cannot_check`` says the model lacks what a rule needs (``needs`` names the key; ``needs_text``
    says it in words where a bare key would not do); it is never an error. ``loc`` points into the
    model data (('relations', 4)); for a model loaded from a file,
    :func:`orgmodel.checking.locate.locate` turns it into ``location`` (file:line:column).
    ``rests_on`` lists the inferred or open facts the finding rests on (:class:`RestingFact`).
    """

    code: str
    severity: Severity
    message: Text
    body: str | None = None
    law: str | None = None
    section: str | None = None
    hint: Text | None = None
    confidence: str | None = None  # LT, SEC or UNC: how sure the rule's legal basis is
    suppressed_reason: str | None = None
    cannot_check: bool = False
    needs: str | None = None
    needs_text: Text | None = None
    source: str | None = None  # for rules known from secondary sources: where
    ruleset: str | None = None  # the law id whose ruleset produced it
    loc: tuple[str | int, ...] | None = None
    location: str | None = None
    bodies: tuple[str, ...] = ()  # for a finding that sums up several bodies
    downgraded_from: Severity | None = None
    in_variant: str | None = None  # 'choice=alternative': found only when that alternative is picked
    message_key: str | None = None  # for a rule's finding: the key of the rule's messages that produced it
    rests_on: tuple[RestingFact, ...] = ()  # the inferred or open facts that cap it (the message names them)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        """The message in ``lang`` (fi, sv or en)."""
        return self.message.get(lang)

    def hint_text(self, lang: str = DEFAULT_LANG) -> str | None:
        """The fix hint in ``lang``, or None when the finding has none."""
        return self.hint.get(lang) if self.hint is not None else None

    @property
    def citation(self) -> str | None:
        """'Kuntalaki 410/2015 16 §', or None for checks that are not legal rules."""
        if not self.law:
            return None
        return f"{self.law} {self.section}" if self.section else self.law

    def to_record(self, lang: str | None = None) -> dict[str, Any]:
        """The finding as a flat dict of plain values (what the JSON report writes).

        Without ``lang``: ``message`` and ``hint`` in English, plus ``message_fi``, ``message_sv``,
        ``hint_fi`` and ``hint_sv`` (the JSON format of orgmodel-check/1). With ``lang``:
        ``message`` and ``hint`` in that language only.
        """
        hint = self.hint
        record: dict[str, Any] = {
            "code": self.code, "severity": self.severity, "message": self.text(lang or "en"), "body": self.body,
            "law": self.law, "section": self.section, "hint": self.hint_text(lang or "en"),
            "confidence": self.confidence}
        if lang is None:
            record.update(message_fi=self.message.fi, message_sv=self.message.sv)
        record["suppressed_reason"] = self.suppressed_reason
        if lang is None:
            record.update(hint_fi=hint.fi if hint else None, hint_sv=hint.sv if hint else None)
        record.update(
            cannot_check=self.cannot_check, needs=self.needs, source=self.source, ruleset=self.ruleset,
            loc=list(self.loc) if self.loc is not None else None, location=self.location, bodies=list(self.bodies),
            downgraded_from=self.downgraded_from, in_variant=self.in_variant, message_key=self.message_key,
            rests_on=[fact.to_record() for fact in self.rests_on])
        return record


@dataclass
class Report:
    """The findings of one check of one structure, most severe first.

    ``suppressed`` holds findings switched off by the model's suppressions; ``suppressions``
    records every suppression with how many findings it matched.
    """

    subject: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    meta: ReportMeta = field(default_factory=lambda: ReportMeta())
    suppressions: list[SuppressionRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        # sorted copies: the caller's lists stay as they were
        self.findings = sorted(self.findings, key=_order)
        self.suppressed = sorted(self.suppressed, key=_order)

    def of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    @property
    def errors(self) -> list[Finding]:
        return self.of("error")

    @property
    def warnings(self) -> list[Finding]:
        return self.of("warning")

    def counts(self) -> dict[str, int]:
        return {s: len(self.of(s)) for s in SEVERITIES}

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def exit_code(self, fail_on: Severity = "error") -> int:
        """1 if there is a finding at ``fail_on`` or worse, else 0."""
        worst = SEVERITIES.index(fail_on)
        return 1 if any(SEVERITIES.index(f.severity) <= worst for f in self.findings) else 0

    def to_records(self, include_suppressed: bool = False, lang: str | None = None) -> list[dict[str, Any]]:
        """One flat dict per finding (e.g. for ``pandas.DataFrame(report.to_records(lang="sv"))``);
        ``lang`` as in :meth:`Finding.to_record`."""
        rows = [{"subject": self.subject, "suppressed": False, **f.to_record(lang)} for f in self.findings]
        if include_suppressed:
            rows += [{"subject": self.subject, "suppressed": True, **f.to_record(lang)} for f in self.suppressed]
        return rows

    def to_html(self, lang: str = DEFAULT_LANG) -> str:
        """The report as an HTML table in ``lang`` (what a notebook shows)."""
        from .report import to_html

        return to_html(self, lang)

    def _repr_html_(self, lang: str = DEFAULT_LANG) -> str:
        return self.to_html(lang)


def _order(f: Finding) -> tuple[int, str, str]:
    return (SEVERITIES.index(f.severity), f.code, f.body or "")
