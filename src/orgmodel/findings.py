"""Findings are data: a report of what a check found, never an exception.

>>> r = Report(subject="demo", findings=[Finding(code="STRUCT-ORPHAN", severity="warning",
...     message="body 'x' is connected to nothing", body="x")])
>>> r.counts()
{'error': 0, 'warning': 1, 'info': 0}
>>> r.exit_code()
0
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One thing a check found about one body (or the whole organisation when ``body`` is None)."""

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

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    """The findings of one check of one structure, most severe first."""

    subject: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.code, f.body or ""))

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

    def to_records(self) -> list[dict[str, Any]]:
        return [{"subject": self.subject, **f.to_record()} for f in self.findings]

    def _repr_html_(self) -> str:
        from html import escape

        head = "".join(f"<th>{h}</th>" for h in ("severity", "code", "body", "law", "section", "message"))
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(v or ''))}</td>" for v in
                             (f.severity, f.code, f.body, f.law, f.section, f.message)) + "</tr>"
            for f in self.findings)
        c = self.counts()
        return (f"<p><b>{escape(self.subject)}</b>: {c['error']} errors, {c['warning']} warnings, "
                f"{c['info']} notes</p><table><tr>{head}</tr>{rows}</table>")
