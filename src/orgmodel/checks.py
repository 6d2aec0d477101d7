"""The one entry point for checking a structure: ``orgmodel.check(org, law=..., as_of=...)``.

It runs the structural checks, then the legal ruleset of the law the model names (or ``law``)
as it stood on ``as_of`` (default: the model's version date when checking under the model's own
law, else the law as it stands now),
applies the model's suppressions, and sums up "cannot check" notes per rule. The result is a
:class:`~orgmodel.findings.Report`: findings are data, never exceptions.

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

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ._util import did_you_mean
from .errors import UserError
from .findings import SEVERITIES, Finding, Report
from .model import Organisation
from .structure import structural_findings, variant_findings

#: Codes of findings that are not legal rules (structure, meta); suppressions may name them too.
OTHER_CODES = {"STRUCT-CYCLE", "STRUCT-NO-PARENT", "STRUCT-ORPHAN", "STRUCT-VARIANT", "LAW-NOT-IN-FORCE",
               "SUPPRESS-UNUSED", "SUPPRESS-UNKNOWN"}


def check(org: Organisation, law: str | None = None, as_of: date | str | None = None) -> Report:
    """Check ``org``: structure first, then the law it is organised under (or ``law``).

    ``law`` is a law id or a short name ('kuntalaki', '611/2021', 'maakuntalaki'); ``as_of`` a
    date (or 'YYYY-MM-DD'). Raises :class:`~orgmodel.errors.UserError` only for a bad ``law`` or
    ``as_of``; everything about the structure itself comes back as findings.
    """
    from .rules import resolve_law, run_rules

    law_id = resolve_law(law) if law else org.law
    # the model's version date says when it was drawn up under its own law; checked under
    # another law, the question is how it fares under that law as it stands now
    on, on_source = _as_of(org, as_of, use_version=law_id == org.law)
    findings = structural_findings(org) + variant_findings(org)
    legal, meta = run_rules(org, law_id, on)
    legal += findings_of_other_variants(org, law_id, on, legal, meta)
    kept, suppressed, records = apply_suppressions(org, findings + legal)
    kept = summarise_cannot_check(kept)
    meta.update(as_of=on.isoformat() if on else None, as_of_source=on_source)
    return Report(subject=org.id, findings=kept, suppressed=suppressed, meta=meta, suppressions=records)


#: Beyond this many combinations of alternatives, only the first ones are checked (meta says so).
MAX_VARIANTS = 64


def findings_of_other_variants(org: Organisation, law_id: str, on: date | None, seen: list[Finding],
                               meta: dict[str, Any]) -> list[Finding]:
    """Legal findings that appear only when another alternative of an open choice is picked.

    The model's body list states the first alternative of every choice, and that is what the
    main run checks. Each other combination is checked too; a finding (rule and body) that the
    main run did not make is reported once, tagged with the alternatives that produce it, so
    that staff see what each open choice would mean legally. "Cannot check" notes are left out:
    they say the same in every variant.
    """
    from .rules import run_rules

    if not org.choices:
        return []
    known = {(f.code, f.body) for f in seen}
    found: dict[tuple[str, str | None], tuple[Finding, list[str]]] = {}
    index = {b.id: i for i, b in enumerate(org.bodies)}
    checked = 0
    for selection, variant in org.variants():
        if checked >= MAX_VARIANTS:
            break
        checked += 1
        if all(selection[c.id] == c.alternatives[0].id for c in org.choices):
            continue  # the main run
        label = ", ".join(f"{k}={v}" for k, v in selection.items()
                          if v != next(c for c in org.choices if c.id == k).alternatives[0].id)
        for f in run_rules(variant, law_id, on)[0]:
            key = (f.code, f.body)
            if f.cannot_check or key in known:
                continue
            found.setdefault(key, (f, []))[1].append(label)
    meta["variants_checked"] = checked
    out = []
    for f, labels in found.values():
        where = " | ".join(labels)
        # positions of a variant's relations shift when bodies are removed; bodies keep theirs
        loc = ("bodies", index[f.body]) if f.body in index else None
        out.append(replace(f, in_variant=where, loc=loc, message=f"[{where}] {f.message}",
                           message_fi=f"[{where}] {f.message_fi}" if f.message_fi else None))
    return out


def _as_of(org: Organisation, as_of: date | str | None, use_version: bool = True) -> tuple[date | None, str]:
    if isinstance(as_of, datetime):
        return as_of.date(), "option"
    if isinstance(as_of, date):
        return as_of, "option"
    if isinstance(as_of, str):
        try:
            return date.fromisoformat(as_of.strip()), "option"
        except ValueError:
            raise UserError(f"as_of {as_of!r} is not a date; write YYYY-MM-DD") from None
    if use_version and org.version is not None and org.version.date is not None:
        return org.version.date, "version"
    return None, "current"


def apply_suppressions(org: Organisation, findings: list[Finding]
                       ) -> tuple[list[Finding], list[Finding], list[dict[str, Any]]]:
    """Switch off or downgrade findings as the model's ``suppressions`` say.

    Returns (kept findings, switched-off findings, one record per suppression). A suppression
    that names no known code, or matches nothing, becomes a finding itself, so that a typo or a
    stale suppression does not silently hide or promise anything.
    """
    from .rules import rule_codes

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
        elif SEVERITIES.index(s.severity) > SEVERITIES.index(f.severity):  # only ever downgrade
            kept.append(replace(f, severity=s.severity, suppressed_reason=s.reason, downgraded_from=f.severity))
        else:
            kept.append(replace(f, suppressed_reason=s.reason))
    known = rule_codes() | OTHER_CODES
    records = []
    for k, s in enumerate(sups):
        effect = f"downgraded to {s.severity}" if s.severity else "off"
        records.append({"code": s.code, "body": s.body, "reason": s.reason, "severity": s.severity,
                        "effect": effect, "matched": matched[k], "loc": ["suppressions", k]})
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
                "SUPPRESS-UNUSED", "info", f"suppression of {s.code}{' for ' + s.body if s.body else ''} matched no finding",
                message_fi=f"vaiennus {s.code}{' (' + s.body + ')' if s.body else ''} ei koskenut yhtään havaintoa",
                body=s.body, hint="Remove it if the problem is gone.", hint_fi="Poista se, jos ongelma on korjattu.",
                loc=("suppressions", k)))
    return kept, off, records


def summarise_cannot_check(findings: list[Finding]) -> list[Finding]:
    """One "cannot check" finding per rule and missing key, listing the bodies, instead of one each.

    The rules already sum up their notes unless the model has a suppression for the rule; this
    does the same for those, after the suppressions have picked out single bodies.
    """
    from .rules import RULESETS, summary_finding

    groups: dict[tuple[str, str | None, str | None], list[Finding]] = {}
    for f in findings:
        if f.cannot_check and f.severity == "info" and not f.bodies:
            groups.setdefault((f.code, f.needs, f.ruleset), []).append(f)
    many = {key for key, group in groups.items() if len(group) > 1}
    out = [f for f in findings if not (f.cannot_check and f.severity == "info" and not f.bodies
                                        and (f.code, f.needs, f.ruleset) in many)]
    for key in sorted(many, key=lambda k: (k[0], k[1] or "", k[2] or "")):
        code, _, law = key
        group = groups[key]
        rs = RULESETS[law or ""]
        rule = rs.rule(code)
        out.append(summary_finding(group[0], rule.the_title, rs.caveat, [f.body for f in group if f.body], len(group)))
    return out
