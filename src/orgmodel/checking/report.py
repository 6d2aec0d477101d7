"""Check reports as text (grouped by severity, colour only when asked), JSON and Markdown.

Each writer takes a list of :class:`Checked` (one per model file) and returns a string; the
same input gives the same bytes. Finnish is the default language; Swedish and English on request. The
writers are in :data:`FORMATS` by name (the CLI's ``--format`` reads it); colour is a ``style``
function that the caller passes (the CLI passes ``click.style``), so this module needs no terminal.

>>> from orgmodel.checking.findings import Finding, Report
>>> from orgmodel.text import Text
>>> missing = Text(fi="Pakollinen toimielin puuttuu: tarkastuslautakunta.",
...                sv="Ett obligatoriskt organ saknas: revisionsnämnd.",
...                en="A mandatory body is missing: audit committee.")
>>> r = Report("x", [Finding("MAND-AUDIT", "error", missing, law="Kuntalaki 410/2015",
...     section="30 § 1 mom", confidence="LT")])
>>> print(to_markdown([Checked("x.yaml", "Esimerkki", r)]).splitlines()[8])
| MAND-AUDIT | – | Kuntalaki 410/2015 30 § 1 mom (LT) | Pakollinen toimielin puuttuu: tarkastuslautakunta. | – |
>>> print(to_markdown([Checked("x.yaml", "Exempel", r)], lang="sv").splitlines()[2])
Lag: ? · Tidpunkt: senaste reglerna · **1 fel, 0 varningar, 0 anmärkningar**
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..text import DEFAULT_LANG
from ..words import word
from .findings import SEVERITIES, Finding, Report, SuppressionRecord

_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}

#: Styles a piece of text: ``style(text, fg="red", bold=True, dim=True)`` (the arguments of ``click.style``).
Style = Callable[..., str]


def plain(text: str, **_: Any) -> str:
    """The style that adds nothing (no colour)."""
    return text


@dataclass(frozen=True)
class Checked:
    """One checked model: where it came from, its name, and its report."""

    path: str
    name: str
    report: Report


#: The report words the Markdown tables use (keys of ``report.*`` in :data:`orgmodel.words.WORDS`).
_MARKDOWN_HEADS = ("error", "warning", "info", "suppressed", "code", "target", "citation", "finding", "fix", "source")


def _h(key: str, lang: str) -> str:
    return word(f"report.{key}", lang)


def _severity(severity: str, lang: str) -> str:
    """A severity code (error, warning, info) in words."""
    return word(f"severity.{severity}", lang)


def _counted(what: str, n: int, lang: str) -> str:
    return word(f"report.count.{what}.{'one' if n == 1 else 'many'}", lang, n=n)


def counts_text(report: Report, lang: str = DEFAULT_LANG) -> str:
    """'2 virhettä, 1 varoitus, 0 huomautusta' / '2 fel, 1 varning, 0 anmärkningar' / '2 errors, 1 warning, 0 notes'."""
    c = report.counts()
    return ", ".join(_counted(s, c[s], lang) for s in SEVERITIES)


_LAW_TITLE_KEY = {"fi": "law_title", "sv": "law_title_sv", "en": "law_title_en"}


def _law_line(report: Report, lang: str) -> str:
    meta: dict[str, Any] = dict(report.meta)
    law = meta.get(_LAW_TITLE_KEY.get(lang, "law_title")) or meta.get("law") or "?"
    source = meta.get("as_of_source", "current")
    when = meta.get("as_of") or ""
    when_text = f"{when} ({_h(source, lang)})" if when else _h("current", lang)
    return f"{_h('law', lang)}: {law} · {_h('as_of', lang)}: {when_text}"


def _downgraded(f: Finding, lang: str) -> str:
    """'(lievennetty huomautus, oli varoitus: <reason>)'."""
    now, was = _severity(f.severity, lang), _severity(f.downgraded_from or f.severity, lang)
    return f"({_h('downgraded', lang)} {now}, {_h('was', lang)} {was}: {f.suppressed_reason})"


def _where(f: Finding) -> str:
    target = f.body or ""
    if f.bodies:
        target = ", ".join(f.bodies[:8]) + (f" +{len(f.bodies) - 8}" if len(f.bodies) > 8 else "")
    if f.location:
        target = f"{target} ({f.location})" if target else f.location
    return target


def _cite(f: Finding) -> str:
    if not f.citation:
        return ""
    return f"{f.citation} · {f.confidence}" if f.confidence else f.citation


# --- text ------------------------------------------------------------------------------------------


def to_text(items: list[Checked], lang: str = DEFAULT_LANG, style: Style = plain) -> str:
    """Findings grouped by severity, each with its body, provision and fix hint; ``style`` colours them."""
    out: list[str] = []
    for item in items:
        r = item.report
        out.append(style(f"{item.path}: {item.name}", bold=True))
        out.append(f"  {_law_line(r, lang)}")
        out.append(f"  {counts_text(r, lang)}")
        if not r.findings:
            out.append(f"  {_h('none', lang)}")
        for sev in SEVERITIES:
            group = r.of(sev)
            if not group:
                continue
            out.append("")
            out.append(style(f"  {_h(sev, lang).upper()} ({len(group)})", fg=_COLOUR[sev], bold=True))
            for f in group:
                out.extend(_finding_lines(f, lang, style))
        if r.suppressions:
            out.append("")
            out.append(style(f"  {_h('suppressed', lang).upper()} ({len(r.suppressions)})", bold=True))
            for s in r.suppressions:
                out.append(f"    {_suppression_text(s, lang)}")
        out.append("")
    return "\n".join(out)


def _finding_lines(f: Finding, lang: str, style: Style) -> list[str]:
    """One finding in the text report: code, place and provision; message; downgrade, hint, source."""
    head = f"    {style(f.code, fg=_COLOUR[f.severity], bold=True)}"
    where = _where(f)
    if where:
        head += f"  {where}"
    cite = _cite(f)
    if cite:
        head += style(f"  [{cite}]", dim=True)
    lines = [head, f"      {f.text(lang)}"]
    if f.downgraded_from:
        lines.append(f"      {_downgraded(f, lang)}")
    hint = f.hint_text(lang)
    if hint:
        lines.append(f"      {_h('hint', lang)}: {hint}")
    if f.source:
        lines.append(style(f"      {_h('source', lang)}: {f.source}", dim=True))
    return lines


def _effect(s: SuppressionRecord, lang: str) -> str:
    """'pois päältä' / 'avstängd' / 'off', or 'lievennetty huomautus' / 'nedgraderad till anmärkning' /
    'downgraded to info'."""
    severity = s.get("severity")
    return f"{_h('downgraded', lang)} {_severity(severity, lang)}" if severity else _h("off", lang)


def _suppression_text(s: SuppressionRecord, lang: str) -> str:
    target = f"{s['code']}" + (f" / {s['body']}" if s.get("body") else "")
    return f"{target}: {_effect(s, lang)}, {_counted('finding', s['matched'], lang)} — {s['reason']}"


# --- JSON ------------------------------------------------------------------------------------------


def to_json(items: list[Checked], lang: str = DEFAULT_LANG, style: Style = plain) -> str:
    """Every report with its findings as records (all three languages), suppressed findings and suppressions.

    ``lang`` and ``style`` are ignored: the records carry every language (``message`` in English,
    ``message_fi``, ``message_sv``; the same for ``hint``), and JSON has no colour.
    """
    doc = {
        "format": "orgmodel-check/1",
        "reports": [
            {
                "path": item.path,
                "name": item.name,
                "subject": item.report.subject,
                "meta": item.report.meta,
                "counts": item.report.counts(),
                "findings": [f.to_record() for f in item.report.findings],
                "suppressed": [f.to_record() for f in item.report.suppressed],
                "suppressions": item.report.suppressions,
            }
            for item in items
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n"


# --- Markdown --------------------------------------------------------------------------------------


def _cell(text: str | None) -> str:
    # pipes would end the cell; angle brackets (the hints' <id> placeholders) would vanish as HTML
    return ((text or "–").replace("|", "\\|").replace("<", "\\<").replace(">", "\\>").replace("\n", " "))


def to_markdown(items: list[Checked], lang: str = DEFAULT_LANG, style: Style = plain) -> str:
    """One section per model, one table per severity: ready to paste into a memo (``style`` is ignored)."""
    h = {key: _h(key, lang) for key in _MARKDOWN_HEADS}
    out: list[str] = []
    for item in items:
        r = item.report
        out.append(f"## {item.name} (`{item.path}`)")
        out.append("")
        out.append(f"{_law_line(r, lang)} · **{counts_text(r, lang)}**")
        for sev in SEVERITIES:
            group = r.of(sev)
            if not group:
                continue
            out.append("")
            out.append(f"### {h[sev]}")
            out.append("")
            out.append(f"| {h['code']} | {h['target']} | {h['citation']} | {h['finding']} | {h['fix']} |")
            out.append("|---|---|---|---|---|")
            for f in group:
                cite = f"{f.citation} ({f.confidence})" if f.citation and f.confidence else f.citation
                if f.source:
                    cite = f"{cite}; {h['source'].lower()}: {f.source}"
                out.append(f"| {f.code} | {_cell(_where(f))} | {_cell(cite)} | {_cell(f.text(lang))} | "
                           f"{_cell(f.hint_text(lang))} |")
        if r.suppressions:
            out.append("")
            out.append(f"### {h['suppressed']}")
            out.append("")
            for s in r.suppressions:
                out.append(f"- {_suppression_text(s, lang)}")
        out.append("")
    return "\n".join(out)


# --- HTML (a notebook's view of one report) -------------------------------------------------------------


def to_html(report: Report, lang: str = DEFAULT_LANG) -> str:
    """One report as an HTML paragraph and table in ``lang`` (:meth:`Report._repr_html_`)."""
    from html import escape

    cols = ("severity", "code", "body", "citation", "confidence", "finding", "hint")
    head = "".join(f"<th>{escape(_h(c, lang))}</th>" for c in cols)

    def row(f: Finding) -> str:
        cells = (_severity(f.severity, lang), f.code, f.body or ", ".join(f.bodies[:5]), f.citation,
                 f.confidence, f.text(lang), f.hint_text(lang))
        return "<tr>" + "".join(f"<td>{escape(str(v or ''))}</td>" for v in cells) + "</tr>"

    meta: dict[str, Any] = dict(report.meta)
    law = meta.get(_LAW_TITLE_KEY.get(lang, "law_title")) or meta.get("law") or ""
    html = (f"<p><b>{escape(report.subject)}</b> ({escape(str(law))}): {escape(counts_text(report, lang))}</p>"
            f"<table><tr>{head}</tr>{''.join(row(f) for f in report.findings)}</table>")
    if report.suppressions:
        items = "".join(f"<li>{escape(_suppression_text(s, lang))}</li>" for s in report.suppressions)
        html += f"<p>{escape(_h('suppressed', lang))}:</p><ul>{items}</ul>"
    return html


class Writer(Protocol):
    """A report writer: the checked models in, the report text out."""

    def __call__(self, items: list[Checked], lang: str = DEFAULT_LANG, style: Style = plain) -> str: ...


#: The report formats by name.
FORMATS: dict[str, Writer] = {"text": to_text, "json": to_json, "markdown": to_markdown}


def render(items: list[Checked], fmt: str = "text", lang: str = DEFAULT_LANG, style: Style = plain) -> str:
    """The report in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](items, lang, style)
