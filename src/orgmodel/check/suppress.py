"""The model's suppressions, and the one place where "cannot check" notes are summed up.

Suppressions switch a finding off or downgrade it, with a reason; one that names no known code,
or matches nothing, becomes a finding itself. After that, the "cannot check" notes of one rule
about one missing key are summed up into one note listing the bodies (summing up only after
suppressing lets a suppression pick out single bodies).

>>> from orgmodel.check.findings import Finding
>>> from orgmodel.rules.base import Msg
>>> notes = [Finding("X", "info", "x", body=b, cannot_check=True, needs="seats") for b in ("a", "b")]
>>> [(f.code, f.bodies) for f in summarise_cannot_check(notes, lambda f: (Msg("X-fi", "X-en"), None))]
[('X', ('a', 'b'))]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from .._util import did_you_mean
from .findings import SEVERITIES, Finding, Severity, SuppressionRecord

if TYPE_CHECKING:
    from ..model import Organisation
    from ..rules.base import Msg

#: Codes of findings that are not legal rules (structure, meta); suppressions may name them too.
OTHER_CODES = {"STRUCT-CYCLE", "STRUCT-NO-PARENT", "STRUCT-ORPHAN", "STRUCT-VARIANT", "LAW-NOT-IN-FORCE",
               "SUPPRESS-UNUSED", "SUPPRESS-UNKNOWN"}

#: A summed-up note names this many bodies, then '+N'.
LIST_AT_MOST = 8

#: For a "cannot check" finding: the title of its rule and the caveat of its law.
TitleOf = Callable[[Finding], "tuple[Msg, Msg | None]"]


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
        elif SEVERITIES.index(cast("Severity", s.severity)) > SEVERITIES.index(f.severity):  # only ever downgrade
            kept.append(replace(f, severity=cast("Severity", s.severity), suppressed_reason=s.reason,
                                downgraded_from=f.severity))
        else:
            kept.append(replace(f, suppressed_reason=s.reason))
    known = known_codes | OTHER_CODES
    records: list[SuppressionRecord] = []
    for k, s in enumerate(sups):
        effect = f"downgraded to {s.severity}" if s.severity else "off"
        severity = cast("Severity | None", s.severity)
        records.append({"code": s.code, "body": s.body, "reason": s.reason, "severity": severity, "effect": effect,
                        "matched": matched[k], "loc": ["suppressions", k]})
        if s.code not in known:
            close = did_you_mean(s.code, sorted(known), quote=False)
            hint = f" ({close})" if close else ""
            kept.append(Finding(
                "SUPPRESS-UNKNOWN", "warning", f"suppression names no known rule: {s.code!r}{hint}",
                message_fi=f"vaiennus viittaa tuntemattomaan sääntöön: {s.code!r}{hint}", body=s.body,
                hint="Correct the code; `orgmodel check --list-rules` lists them.",
                hint_fi="Korjaa koodi; `orgmodel check --list-rules` luettelee säännöt.", loc=("suppressions", k)))
        elif matched[k] == 0:
            kept.append(Finding(
                "SUPPRESS-UNUSED", "info",
                f"suppression of {s.code}{' for ' + s.body if s.body else ''} matched no finding",
                message_fi=f"vaiennus {s.code}{' (' + s.body + ')' if s.body else ''} ei koskenut yhtään havaintoa",
                body=s.body, hint="Remove it if the problem is gone.", hint_fi="Poista se, jos ongelma on korjattu.",
                loc=("suppressions", k)))
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


def summary_finding(first: Finding, title: Msg, caveat: Msg | None, bodies: list[str], n: int) -> Finding:
    """One "cannot check" note for ``n`` places (``bodies`` listed, the first few by name)."""
    ids = tuple(sorted(set(bodies)))
    shown = ", ".join(ids[:LIST_AT_MOST]) + (f" +{len(ids) - LIST_AT_MOST}" if len(ids) > LIST_AT_MOST else "")
    cav_fi = f" {caveat.fi}" if caveat else ""
    cav_en = f" {caveat.en}" if caveat else ""
    return replace(
        first, body=None, bodies=ids, loc=None, location=None,
        message_fi=f"Ei voida tarkistaa ({title.fi}) {n} kohdassa ({shown}): mallista puuttuu {first.needs}.{cav_fi}",
        message=f"Cannot check ({title.en}) in {n} places ({shown}): the model does not give {first.needs}.{cav_en}")
