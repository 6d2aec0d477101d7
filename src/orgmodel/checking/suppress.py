"""The model's suppressions, and the one place where "cannot check" notes are summed up.

Suppressions switch a finding off or downgrade it, with a reason; one that names no known code,
or matches nothing, becomes a finding itself. After that, the "cannot check" notes of one rule
about one missing key are summed up into one note listing the bodies (summing up only after
suppressing lets a suppression pick out single bodies).

>>> from orgmodel.checking.findings import Finding
>>> from orgmodel.text import Text
>>> x = Text(fi="X-fi", sv="X-sv", en="X-en")
>>> notes = [Finding("X", "info", x, body=b, cannot_check=True, needs="seats") for b in ("a", "b")]
>>> [(f.code, f.bodies) for f in summarise_cannot_check(notes, lambda f: (x, None))]
[('X', ('a', 'b'))]
>>> summarise_cannot_check(notes, lambda f: (x, None))[0].text("sv")
'Kan inte kontrolleras (X-sv) på 2 ställen (a, b): modellen anger inte seats.'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .._util import close_matches
from ..text import Text, as_text, concat, fill
from ..words import text_of
from .findings import SEVERITIES, Finding, SuppressionRecord, as_severity

if TYPE_CHECKING:
    from ..model import Organisation

#: Codes of findings that are not legal rules (structure, meta); suppressions may name them too.
OTHER_CODES = {"STRUCT-CYCLE", "STRUCT-NO-PARENT", "STRUCT-ORPHAN", "STRUCT-VARIANT", "LAW-NOT-IN-FORCE",
               "SUPPRESS-UNUSED", "SUPPRESS-UNKNOWN", "NOT-FOR-ORG-TYPE"}

#: A summed-up note names this many bodies, then '+N'.
LIST_AT_MOST = 8

#: For a "cannot check" finding: the title of its rule and the caveat of its law.
TitleOf = Callable[[Finding], "tuple[Text, Text | None]"]

UNKNOWN = Text(fi="vaiennus viittaa tuntemattomaan sääntöön: {code!r}{close}",
               sv="undertryckningen anger en okänd regel: {code!r}{close}",
               en="suppression names no known rule: {code!r}{close}")
#: ' (did you mean X?)' after an unknown code.
DID_YOU_MEAN = Text(fi=" (tarkoititko {close}?)", sv=" (menade du {close}?)", en=" (did you mean {close}?)")
UNKNOWN_HINT = Text(fi="Korjaa koodi; `orgmodel check --list-rules` luettelee säännöt.",
                    sv="Rätta koden; `orgmodel check --list-rules` listar reglerna.",
                    en="Correct the code; `orgmodel check --list-rules` lists them.")
UNUSED = Text(fi="vaiennus {code}{body_fi} ei koskenut yhtään havaintoa",
              sv="undertryckningen av {code}{body_sv} gällde ingen iakttagelse",
              en="suppression of {code}{body_en} matched no finding")
UNUSED_HINT = Text(fi="Poista se, jos ongelma on korjattu.", sv="Ta bort den om problemet är åtgärdat.",
                   en="Remove it if the problem is gone.")


def apply_suppressions(org: Organisation, findings: list[Finding], known_codes: set[str]
                       ) -> tuple[list[Finding], list[Finding], list[SuppressionRecord]]:
    """Switch off or downgrade findings as the model's ``suppressions`` say.

    Returns (kept findings, switched-off findings, one record per suppression). A suppression
    that names none of ``known_codes`` (nor :data:`OTHER_CODES`), or matches nothing, becomes a
    finding itself, so that a typo or a stale suppression does not silently hide or promise anything.
    """
    sups = list(org.suppressions)
    matched = [0] * len(sups)
    kept: list[Finding] = []
    off: list[Finding] = []
    for f in findings:
        k = next((k for k, s in enumerate(sups) if s.code == f.code and (s.body is None or s.body == f.body)), None)
        if k is None:
            kept.append(f)
            continue
        s = sups[k]
        matched[k] += 1
        if s.severity is None:
            off.append(replace(f, suppressed_reason=s.reason))
        elif SEVERITIES.index(as_severity(s.severity)) > SEVERITIES.index(f.severity):  # only ever downgrade
            kept.append(replace(f, severity=as_severity(s.severity), suppressed_reason=s.reason,
                                downgraded_from=f.severity))
        else:
            kept.append(replace(f, suppressed_reason=s.reason))
    known = known_codes | OTHER_CODES
    records: list[SuppressionRecord] = []
    for k, s in enumerate(sups):
        effect = f"downgraded to {s.severity}" if s.severity else "off"
        severity = as_severity(s.severity) if s.severity is not None else None
        records.append({"code": s.code, "body": s.body, "reason": s.reason, "severity": severity, "effect": effect,
                        "matched": matched[k], "loc": ["suppressions", k]})
        if s.code not in known:
            close = close_matches(s.code, sorted(known))
            values = {"code": s.code, "close": fill(DID_YOU_MEAN, {"close": close[0]}) if close else ""}
            kept.append(Finding("SUPPRESS-UNKNOWN", "warning", fill(UNKNOWN, values), body=s.body,
                                hint=UNKNOWN_HINT, loc=("suppressions", k)))
        elif matched[k] == 0:
            body = {"body_fi": f" ({s.body})", "body_sv": f" för {s.body}", "body_en": f" for {s.body}"} if s.body \
                else {"body_fi": "", "body_sv": "", "body_en": ""}
            kept.append(Finding("SUPPRESS-UNUSED", "info", fill(UNUSED, {"code": s.code, **body}), body=s.body,
                                hint=UNUSED_HINT, loc=("suppressions", k)))
    return kept, off, records


def summarise_cannot_check(findings: list[Finding], title_of: TitleOf) -> list[Finding]:
    """One "cannot check" note per rule and missing key, listing the bodies, instead of one each.

    A note that stands alone is kept as it is. ``title_of`` gives a note's rule title and law
    caveat, for the summary's text.
    """

    def summable(f: Finding) -> bool:
        return f.cannot_check and f.severity == "info" and not f.bodies

    groups: dict[tuple[str, str | None, str | None], list[Finding]] = {}
    for f in findings:
        if summable(f):
            groups.setdefault((f.code, f.needs, f.ruleset), []).append(f)
    many = {key for key, group in groups.items() if len(group) > 1}
    out = [f for f in findings if not (summable(f) and (f.code, f.needs, f.ruleset) in many)]
    for key in sorted(many, key=lambda k: (k[0], k[1] or "", k[2] or "")):
        group = groups[key]
        title, caveat = title_of(group[0])
        out.append(summary_finding(group[0], title, caveat, [f.body for f in group if f.body], len(group)))
    return out


def summary_finding(first: Finding, title: Text, caveat: Text | None, bodies: list[str], n: int) -> Finding:
    """One "cannot check" note for ``n`` places (``bodies`` listed, the first few by name)."""
    ids = tuple(sorted(set(bodies)))
    shown = ", ".join(ids[:LIST_AT_MOST]) + (f" +{len(ids) - LIST_AT_MOST}" if len(ids) > LIST_AT_MOST else "")
    needs = first.needs_text or as_text(first.needs or "?")
    message = fill(text_of("check.cannot_check_many"), {"title": title, "n": n, "shown": shown, "needs": needs})
    return replace(first, body=None, bodies=ids, loc=None, location=None,
                   message=concat(message, " ", caveat) if caveat else message)
