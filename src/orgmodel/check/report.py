"""Check reports as text (grouped by severity, colour only when asked), JSON and Markdown.

Each writer takes a list of :class:`Checked` (one per model file) and returns a string; the
same input gives the same bytes. Finnish is the default language; English on request. The
writers are in :data:`FORMATS` by name (the CLI's ``--format`` reads it); colour is a ``style``
function that the caller passes (the CLI passes ``click.style``), so this module needs no terminal.

>>> from orgmodel.check.findings import Finding, Report
>>> r = Report("x", [Finding("MAND-AUDIT", "error", "A mandatory body is missing: audit committee.",
...     message_fi="Pakollinen toimielin puuttuu: tarkastuslautakunta.", law="Kuntalaki 410/2015",
...     section="30 § 1 mom", confidence="LT")])
>>> print(to_markdown([Checked("x.yaml", "Esimerkki", r)]).splitlines()[8])
| MAND-AUDIT | – | Kuntalaki 410/2015 30 § 1 mom (LT) | Pakollinen toimielin puuttuu: tarkastuslautakunta. | – |
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, Protocol

from .findings import SEVERITIES, Finding, Report, SuppressionRecord

_HEAD = {
    "fi": {"error": "Virheet", "warning": "Varoitukset", "info": "Huomautukset", "suppressed": "Vaiennetut säännöt",
           "law": "Laki", "as_of": "Tilanne", "current": "uusimmat säännöt", "version": "mallin versiopäivä",
           "option": "valittu päivä", "hint": "Korjaus", "code": "Koodi", "target": "Kohde",
           "citation": "Säännös", "finding": "Havainto", "fix": "Korjausehdotus", "off": "pois päältä",
           "downgraded": "lievennetty", "matched": "havaintoa", "none": "Ei havaintoja.",
           "source": "Lähde", "was": "oli"},
    "en": {"error": "Errors", "warning": "Warnings", "info": "Notes", "suppressed": "Suppressed rules",
           "law": "Law", "as_of": "As of", "current": "latest rules", "version": "model version date",
           "option": "chosen date", "hint": "Fix", "code": "Code", "target": "Where",
           "citation": "Provision", "finding": "Finding", "fix": "Suggested fix", "off": "off",
           "downgraded": "downgraded to", "matched": "findings", "none": "No findings.",
           "source": "Source", "was": "was"},
}
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


def counts_text(report: Report, lang: str = "fi") -> str:
    """'2 virhettä, 1 varoitus, 0 huomautusta' / '2 errors, 1 warning, 0 notes'."""
    c = report.counts()
    if lang == "fi":
        forms = {"error": ("virhe", "virhettä"), "warning": ("varoitus", "varoitusta"),
                 "info": ("huomautus", "huomautusta")}
    else:
        forms = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes")}
    return ", ".join(f"{c[s]} {forms[s][0] if c[s] == 1 else forms[s][1]}" for s in SEVERITIES)


def _law_line(report: Report, lang: str) -> str:
    h = _HEAD[lang]
    meta = report.meta
    law = (meta.get("law_title") if lang == "fi" else meta.get("law_title_en")) or meta.get("law") or "?"
    source = meta.get("as_of_source", "current")
    when = meta.get("as_of") or ""
    when_text = f"{when} ({h[source]})" if when else h["current"]
    return f"{h['law']}: {law} · {h['as_of']}: {when_text}"


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


def to_text(items: list[Checked], lang: str = "fi", style: Style = plain) -> str:
    """Findings grouped by severity, each with its body, provision and fix hint; ``style`` colours them."""
    h = _HEAD[lang]
    out: list[str] = []
    for item in items:
        r = item.report
        out.append(style(f"{item.path}: {item.name}", bold=True))
        out.append(f"  {_law_line(r, lang)}")
        out.append(f"  {counts_text(r, lang)}")
        if not r.findings:
            out.append(f"  {h['none']}")
        for sev in SEVERITIES:
            group = r.of(sev)
            if not group:
                continue
            out.append("")
            out.append(style(f"  {h[sev].upper()} ({len(group)})", fg=_COLOUR[sev], bold=True))
            for f in group:
                head = f"    {style(f.code, fg=_COLOUR[sev], bold=True)}"
                where = _where(f)
                if where:
                    head += f"  {where}"
                cite = _cite(f)
                if cite:
                    head += style(f"  [{cite}]", dim=True)
                out.append(head)
                out.append(f"      {f.text(lang)}")
                if f.downgraded_from:
                    out.append(f"      ({h['downgraded']} {f.severity}, {h['was']} {f.downgraded_from}: "
                               f"{f.suppressed_reason})")
                hint = f.hint_text(lang)
                if hint:
                    out.append(f"      {h['hint']}: {hint}")
                if f.source:
                    out.append(style(f"      {h['source']}: {f.source}", dim=True))
        if r.suppressions:
            out.append("")
            out.append(style(f"  {h['suppressed'].upper()} ({len(r.suppressions)})", bold=True))
            for s in r.suppressions:
                out.append(f"    {_suppression_text(s, lang)}")
        out.append("")
    return "\n".join(out)


def _suppression_text(s: SuppressionRecord, lang: str) -> str:
    h = _HEAD[lang]
    effect = h["off"] if not s.get("severity") else f"{h['downgraded']} {s['severity']}"
    target = f"{s['code']}" + (f" / {s['body']}" if s.get("body") else "")
    n = s["matched"]
    if lang == "fi":
        matched = f"{n} havainto" if n == 1 else f"{n} havaintoa"
    else:
        matched = f"{n} finding" if n == 1 else f"{n} findings"
    return f"{target}: {effect}, {matched} — {s['reason']}"


# --- JSON ------------------------------------------------------------------------------------------


def to_json(items: list[Checked], lang: str = "fi", style: Style = plain) -> str:
    """Every report with its findings as records (both languages), suppressed findings and suppressions.

    ``lang`` and ``style`` are ignored: the records carry both languages, and JSON has no colour.
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


def to_markdown(items: list[Checked], lang: str = "fi", style: Style = plain) -> str:
    """One section per model, one table per severity: ready to paste into a memo (``style`` is ignored)."""
    h = _HEAD[lang]
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


class Writer(Protocol):
    """A report writer: the checked models in, the report text out."""

    def __call__(self, items: list[Checked], lang: str = "fi", style: Style = plain) -> str: ...


#: The report formats by name.
FORMATS: dict[str, Writer] = {"text": to_text, "json": to_json, "markdown": to_markdown}


def render(items: list[Checked], fmt: str = "text", lang: str = "fi", style: Style = plain) -> str:
    """The report in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](items, lang, style)
