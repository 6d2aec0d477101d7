"""Legal rulesets: one per law, as data, each rule with its citation, confidence and dates.

- :mod:`~orgmodel.rules.kuntalaki`: Kuntalaki 410/2015
- :mod:`~orgmodel.rules.hyvinvointialuelaki`: Laki hyvinvointialueesta 611/2021
- :mod:`~orgmodel.rules.maakuntalaki`: the lapsed bill HE 15/2017 vp (secondary sources only)

The check functions live in :mod:`~orgmodel.rules.completeness` and
:mod:`~orgmodel.rules.delegation`; the matters the laws name in :mod:`~orgmodel.rules.catalogue`.
Use :func:`orgmodel.check` to check a structure; this module runs the legal part.

>>> resolve_law("611/2021")
'fi/hyvinvointialuelaki-611-2021'
>>> ruleset("kuntalaki").rule("VALIOKUNTA").citation.section_text
'30 § 2 mom 1 kohta, 31 § 1 mom 1 kohta'
>>> len(all_rules()) > 80
True
"""

from __future__ import annotations

import difflib
from datetime import date
from typing import Any

from ..errors import UserError
from ..findings import Finding
from ..model import Organisation
from .base import CONFIDENCE_TEXT, Citation, Ctx, Hit, Msg, Rule, Ruleset, Section
from .catalogue import HVA, KL, MATTERS, ML, TOPICS
from .hyvinvointialuelaki import RULESET as _HVA
from .kuntalaki import RULESET as _KL
from .maakuntalaki import RULESET as _ML

__all__ = ["RULESETS", "Rule", "Ruleset", "Citation", "Section", "Msg", "MATTERS", "TOPICS", "resolve_law",
           "ruleset", "all_rules", "run_rules", "rule_codes", "CONFIDENCE_TEXT", "KL", "HVA", "ML"]

RULESETS: dict[str, Ruleset] = {KL: _KL, HVA: _HVA, ML: _ML}

#: Short names accepted by ``--law`` besides the full ids.
LAW_ALIASES: dict[str, str] = {
    "kl": KL, "kuntalaki": KL, "410/2015": KL, "kuntalaki-410-2015": KL,
    "hva": HVA, "hyvinvointialuelaki": HVA, "611/2021": HVA, "hyvinvointialuelaki-611-2021": HVA,
    "ml": ML, "maakuntalaki": ML, "he15/2017": ML, "he 15/2017": ML, "he-15-2017": ML, "maakuntalaki-he-15-2017": ML,
}


def resolve_law(name: str) -> str:
    """A law id from an id or a short name ('kuntalaki', '611/2021', 'ml'); UserError if unknown."""
    key = name.strip()
    if key in RULESETS:
        return key
    found = LAW_ALIASES.get(key.lower())
    if found:
        return found
    options = list(RULESETS) + list(LAW_ALIASES)
    close = difflib.get_close_matches(key.lower(), options, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise UserError(f"unknown law {name!r}{hint}; valid: {', '.join(RULESETS)} or kuntalaki, 611/2021, maakuntalaki")


def ruleset(law: str) -> Ruleset:
    return RULESETS[resolve_law(law)]


def all_rules() -> list[Rule]:
    """Every rule of every law, in ruleset order."""
    return [r for rs in RULESETS.values() for r in rs.rules]


def rule_codes() -> set[str]:
    return {r.code for r in all_rules()}


def run_rules(org: Organisation, law: str, as_of: date | None) -> tuple[list[Finding], dict[str, Any]]:
    """The legal findings of ``org`` under ``law`` on ``as_of`` (None: the law as it stands now),
    one per body (cannot-check findings are summed up later, after suppressions), plus facts
    about the run for the report's meta."""
    rs = RULESETS[law]
    meta: dict[str, Any] = {"law": law, "law_title": rs.title.fi, "law_title_en": rs.title.en}
    if not rs.in_force(as_of):
        since = rs.valid_from.isoformat() if rs.valid_from else "?"
        f = Finding("LAW-NOT-IN-FORCE", "info",
                    f"{rs.title.en} did not apply on {as_of}; it applies from {since}. No legal rules were run.",
                    message_fi=f"{rs.title.fi} ei ollut voimassa {as_of}; se on voimassa {since} alkaen. "
                               "Lakisääntöjä ei tarkistettu.",
                    ruleset=law)
        meta.update(rules_run=0, rules_not_in_force=[r.code for r in rs.rules])
        return [f], meta
    ctx = Ctx(org, law, as_of)
    suppressed = {sup.code for sup in org.suppressions}
    findings: list[Finding] = []
    run, skipped = 0, []
    for rule in rs.rules:
        if not rule.applies(as_of):
            skipped.append(rule.code)
            continue
        run += 1
        make = _FindingMaker(rule, ctx, rs)
        unknown: dict[str | None, list[Hit]] = {}
        for hit in rule.check.fn(ctx, rule):
            if hit.needs is not None and rule.code not in suppressed:
                unknown.setdefault(hit.needs, []).append(hit)
            else:
                findings.append(make(hit))
        # "cannot check" for many bodies: one note listing them (a suppression may still pick
        # single bodies out, so with one for this code the notes are summed up after suppressing)
        for needs, hits in unknown.items():
            if len(hits) == 1:
                findings.append(make(hits[0]))
            else:
                findings.append(make.summary(needs, [h.body for h in hits if h.body], len(hits)))
    meta.update(rules_run=run, rules_not_in_force=skipped)
    return findings, meta


LIST_AT_MOST = 8


def summary_finding(first: Finding, title: Msg, caveat: Msg | None, bodies: list[str], n: int) -> Finding:
    """One "cannot check" note for ``n`` places (``bodies`` listed, the first few by name)."""
    from dataclasses import replace

    ids = tuple(sorted(set(bodies)))
    shown = ", ".join(ids[:LIST_AT_MOST]) + (f" +{len(ids) - LIST_AT_MOST}" if len(ids) > LIST_AT_MOST else "")
    cav_fi = f" {caveat.fi}" if caveat else ""
    cav_en = f" {caveat.en}" if caveat else ""
    return replace(
        first, body=None, bodies=ids, loc=None, location=None,
        message_fi=f"Ei voida tarkistaa ({title.fi}) {n} kohdassa ({shown}): mallista puuttuu {first.needs}.{cav_fi}",
        message=f"Cannot check ({title.en}) in {n} places ({shown}): the model does not give {first.needs}.{cav_en}")


class _FindingMaker:
    """Turns one rule's hits into findings; what is the same for every hit is worked out once."""

    def __init__(self, rule: Rule, ctx: Ctx, rs: Ruleset):
        self.rule, self.ctx, self.rs = rule, ctx, rs
        self.caveat = {lang: " " + rs.caveat.get(lang) if rs.caveat else "" for lang in ("fi", "en")}
        self.title = {lang: rule.the_title.get(lang) for lang in ("fi", "en")}
        self.fixed = dict(code=rule.code, law=rule.citation.act, section=rule.citation.section_text,
                          confidence=rule.confidence, source=rule.citation.source, ruleset=rule.law)

    def __call__(self, hit: Hit) -> Finding:
        body = self.ctx.bodies.get(hit.body) if hit.body else None
        loc = hit.loc if hit.loc is not None else self.ctx.loc(hit.body)
        if hit.needs is not None:
            return self._cannot(hit, body, loc)
        rule = self.rule
        values: dict[str, Any] = {**rule.params, **hit.values}
        if body is not None:
            values.setdefault("name", Msg(body.names.fi, body.names.get("en")))
            values.setdefault("body", body.id)
        msg, hint = rule.text(hit.variant), rule.the_hint
        return Finding(
            severity=rule.effective_severity,  # type: ignore[arg-type]
            message=msg.format("en", values) + self.caveat["en"],
            message_fi=msg.format("fi", values) + self.caveat["fi"],
            hint=hint.format("en", values), hint_fi=hint.format("fi", values),
            body=hit.body, loc=loc, message_key=hit.variant, **self.fixed)

    def summary(self, needs: str, bodies: list[str], n: int) -> Finding:
        first = self._cannot(Hit(needs=needs), None, None)
        return summary_finding(first, self.rule.the_title, self.rs.caveat, bodies, n)

    def _cannot(self, hit: Hit, body: Any, loc: Any) -> Finding:
        """'Cannot check': the model lacks what the rule needs; the fix is to add it."""
        name_fi = f" ({body.names.fi})" if body is not None else ""
        name_en = f" ({body.names.get('en')})" if body is not None else ""
        return Finding(
            severity="info", cannot_check=True, needs=hit.needs, body=hit.body, loc=loc, message_key=hit.variant,
            message_fi=f"Ei voida tarkistaa ({self.title['fi']}){name_fi}: mallista puuttuu {hit.needs}."
                       + self.caveat["fi"],
            message=f"Cannot check ({self.title['en']}){name_en}: the model does not give {hit.needs}."
                    + self.caveat["en"],
            hint_fi=f"Lisää malliin {hit.needs}, niin sääntö voidaan tarkistaa.",
            hint=f"Add {hit.needs} to the model so that the rule can be checked.", **self.fixed)
