"""Legal rulesets: one per law, as data, each rule with its citation, confidence and dates.

- :mod:`~orgmodel.rules.kuntalaki`: Kuntalaki 410/2015
- :mod:`~orgmodel.rules.hyvinvointialuelaki`: Laki hyvinvointialueesta 611/2021
- :mod:`~orgmodel.rules.maakuntalaki`: the lapsed bill HE 15/2017 vp (secondary sources only)

Each of them declares its :class:`~orgmodel.rules.base.Law` once; :mod:`~orgmodel.rules.registry`
holds the registered laws (``LAWS``, ``RULESETS``, ``register``, ``resolve``). The check functions
live in :mod:`~orgmodel.rules.completeness` and :mod:`~orgmodel.rules.delegation`; the matters the
laws name in :mod:`~orgmodel.rules.catalogue`. Use :func:`orgmodel.check` to check a structure;
this module runs the legal part.

>>> resolve_law("611/2021")
'fi/hyvinvointialuelaki-611-2021'
>>> ruleset("kuntalaki").rule("VALIOKUNTA").citation.section_text
'30 § 2 mom 1 kohta, 31 § 1 mom 1 kohta'
>>> len(all_rules()) > 80
True
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..check.findings import Finding, ReportMeta
from . import hyvinvointialuelaki, kuntalaki, maakuntalaki
from .base import CONFIDENCE_TEXT, Citation, Ctx, Family, Hit, Law, Msg, Rule, Ruleset, Section
from .catalogue import MATTERS, TOPICS
from .registry import LAWS, RULESETS, UnknownLaw, law_names_text, register, resolve, unregister

if TYPE_CHECKING:
    from ..model import Organisation

__all__ = ["LAWS", "RULESETS", "Law", "Family", "Rule", "Ruleset", "Citation", "Section", "Msg", "MATTERS",
           "TOPICS", "register", "unregister", "resolve", "resolve_law", "UnknownLaw", "law_names_text", "ruleset",
           "all_rules", "run_rules", "rule_codes", "CONFIDENCE_TEXT", "KL", "HVA", "ML"]

for _module in (kuntalaki, hyvinvointialuelaki, maakuntalaki):
    register(_module.RULESET)

KL, HVA, ML = kuntalaki.LAW.id, hyvinvointialuelaki.LAW.id, maakuntalaki.LAW.id


def resolve_law(name: str) -> str:
    """A law id from an id or a short name ('kuntalaki', '611/2021', 'ml'); UserError if unknown."""
    return resolve(name).id


def ruleset(law: str) -> Ruleset:
    return RULESETS[resolve_law(law)]


def all_rules() -> list[Rule]:
    """Every rule of every law, in ruleset order."""
    return [r for rs in RULESETS.values() for r in rs.rules]


def rule_codes() -> set[str]:
    return {r.code for r in all_rules()}


def run_rules(org: Organisation, law: str, as_of: date | None) -> tuple[list[Finding], ReportMeta]:
    """The legal findings of ``org`` under ``law`` on ``as_of`` (None: the law as it stands now),
    one per body (:func:`orgmodel.check.suppress.summarise_cannot_check` sums up the "cannot
    check" notes, after suppressions), plus facts about the run for the report's meta."""
    rs = RULESETS[law]
    meta = ReportMeta(law=law, law_title=rs.title.fi, law_title_en=rs.title.en)
    if not rs.in_force(as_of):
        since = rs.valid_from.isoformat() if rs.valid_from else "?"
        f = Finding("LAW-NOT-IN-FORCE", "info",
                    f"{rs.title.en} did not apply on {as_of}; it applies from {since}. No legal rules were run.",
                    message_fi=f"{rs.title.fi} ei ollut voimassa {as_of}; se on voimassa {since} alkaen. "
                               "Lakisääntöjä ei tarkistettu.",
                    ruleset=law)
        meta.update(rules_run=0, rules_not_in_force=rs.codes())
        return [f], meta
    ctx = Ctx(org, law, as_of)
    findings: list[Finding] = []
    run, ran = 0, set()
    for rule in rs.rules:
        if not rule.applies(as_of):
            continue
        run += 1
        ran.add(rule.code)
        make = _FindingMaker(rule, ctx, rs)
        findings.extend(make(hit) for hit in rule.check.fn(ctx, rule))
    # a code counts as not in force only when none of its dated versions applies
    meta.update(rules_run=run, rules_not_in_force=[code for code in rs.codes() if code not in ran])
    return findings, meta


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
