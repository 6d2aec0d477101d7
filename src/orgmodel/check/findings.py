"""Findings are data: a report of what a check found, never an exception.

>>> r = Report(subject="demo", findings=[Finding(code="STRUCT-ORPHAN", severity="warning",
...     message="body 'x' is connected to nothing", body="x")])
>>> r.counts()
{'error': 0, 'warning': 1, 'info': 0}
>>> r.exit_code()
0
>>> r.exit_code("warning")
1
>>> r.to_records()[0]["code"]
'STRUCT-ORPHAN'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypedDict

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class ReportMeta(TypedDict, total=False):
    """Facts about one check run (the JSON report writes them in this order)."""

    law: str  # the law id whose rules ran
    law_title: str  # its Finnish title
    law_title_en: str
    rules_run: int
    rules_not_in_force: list[str]  # codes skipped because they did not apply on ``as_of``
    variants_checked: int  # only for a model with open choices
    as_of: str | None  # YYYY-MM-DD, or None for the law as it stands now
    as_of_source: Literal["option", "version", "current"]


class SuppressionRecord(TypedDict):
    """What one of the model's suppressions did."""

    code: str
    body: str | None
    reason: str
    severity: Severity | None  # None: switched off; else downgraded to this
    effect: str  # 'off' or 'downgraded to <severity>'
    matched: int  # how many findings it matched
    loc: list[str | int]  # where it is in the model ('suppressions', k)


@dataclass(frozen=True)
class Finding:
    """One thing a check found about one body (or the whole organisation when ``body`` is None).

    ``message``/``hint`` are English, ``message_fi``/``hint_fi`` Finnish. A finding with
    ``cannot_check`` says the model lacks what a rule needs (``needs`` names the key); it is
    never an error. ``loc`` points into the model data (('relations', 4)); for a model loaded from a
    file, :func:`orgmodel.check.locate.locate` turns it into ``location`` (file:line:column).
    """

    code: str
    severity: Severity
    message: str
    body: str | None = None
    law: str | None = None
    section: str | None = None
    hint: str | None = None
    confidence: str | None = None  # LT, SEC or UNC: how sure the rule's legal basis is
    message_fi: str | None = None
    suppressed_reason: str | None = None
    hint_fi: str | None = None
    cannot_check: bool = False
    needs: str | None = None
    source: str | None = None  # for rules known from secondary sources: where
    ruleset: str | None = None  # the law id whose ruleset produced it
    loc: tuple[str | int, ...] | None = None
    location: str | None = None
    bodies: tuple[str, ...] = ()  # for a finding that sums up several bodies
    downgraded_from: Severity | None = None
    in_variant: str | None = None  # 'choice=alternative': found only when that alternative is picked
    message_key: str | None = None  # for a rule's finding: the key of the rule's messages that produced it

    def text(self, lang: str = "fi") -> str:
        """The message in ``lang`` (Finnish falls back to English where a check has no Finnish)."""
        return (self.message_fi or self.message) if lang == "fi" else self.message

    def hint_text(self, lang: str = "fi") -> str | None:
        return (self.hint_fi or self.hint) if lang == "fi" else self.hint

    @property
    def citation(self) -> str | None:
        """'Kuntalaki 410/2015 16 §', or None for checks that are not legal rules."""
        if not self.law:
            return None
        return f"{self.law} {self.section}" if self.section else self.law

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["loc"] = list(self.loc) if self.loc is not None else None
        record["bodies"] = list(self.bodies)
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

    def to_records(self, include_suppressed: bool = False) -> list[dict[str, Any]]:
        """One flat dict per finding (e.g. for ``pandas.DataFrame(report.to_records())``)."""
        rows = [{"subject": self.subject, "suppressed": False, **f.to_record()} for f in self.findings]
        if include_suppressed:
            rows += [{"subject": self.subject, "suppressed": True, **f.to_record()} for f in self.suppressed]
        return rows

    def _repr_html_(self) -> str:
        from html import escape

        cols = ("severity", "code", "body", "citation", "confidence", "message", "hint")
        head = "".join(f"<th>{h}</th>" for h in cols)

        def row(f: Finding) -> str:
            cells = (f.severity, f.code, f.body or ", ".join(f.bodies[:5]), f.citation, f.confidence,
                     f.message, f.hint)
            return "<tr>" + "".join(f"<td>{escape(str(v or ''))}</td>" for v in cells) + "</tr>"

        c = self.counts()
        law = self.meta.get("law_title") or self.meta.get("law") or ""
        html = (f"<p><b>{escape(self.subject)}</b> ({escape(str(law))}): {c['error']} errors, "
                f"{c['warning']} warnings, {c['info']} notes</p>"
                f"<table><tr>{head}</tr>{''.join(row(f) for f in self.findings)}</table>")
        if self.suppressions:
            items = "".join(f"<li>{escape(s['code'])}{' / ' + escape(s['body']) if s.get('body') else ''}: "
                            f"{escape(s['effect'])} ({escape(s['reason'])}); matched {s['matched']}</li>"
                            for s in self.suppressions)
            html += f"<p>Suppressions:</p><ul>{items}</ul>"
        return html


def _order(f: Finding) -> tuple[int, str, str]:
    return (SEVERITIES.index(f.severity), f.code, f.body or "")
