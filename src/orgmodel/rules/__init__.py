"""Legal rulesets: one per law, as data, each rule with its citation, confidence and dates.

- :mod:`~orgmodel.rules.laws.fi_410_2015_kuntalaki`: Kuntalaki 410/2015
- :mod:`~orgmodel.rules.laws.fi_611_2021_hyvinvointialuelaki`: Laki hyvinvointialueesta 611/2021
- :mod:`~orgmodel.rules.laws.fi_he_15_2017_maakuntalaki`: the lapsed bill HE 15/2017 vp (secondary sources only)

Every module of :mod:`orgmodel.rules.laws` is registered here. Each of them declares its
:class:`~orgmodel.rules.base.Law` once; :mod:`~orgmodel.rules.registry` holds the registered laws
(``LAWS``, ``RULESETS``, ``register``, ``resolve``). The check functions live in
:mod:`~orgmodel.rules.completeness` and :mod:`~orgmodel.rules.delegation`; the matters the laws name
in :mod:`~orgmodel.rules.catalogue`. Use :func:`orgmodel.check` to check a structure;
this module runs the legal part.

>>> resolve_law("611/2021")
'fi/hyvinvointialuelaki-611-2021'
>>> ruleset("kuntalaki").rule("VALIOKUNTA").citation.section_text
'30 § 2 mom 1 kohta, 31 § 1 mom 1 kohta'
>>> len(all_rules()) > 80
True
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ..checking.findings import SEVERITIES, Finding, ReportMeta, RestingFact
from ..errors import UnknownLaw
from ..text import LANGS, Text, as_text, concat, fill
from ..words import text_of
from . import laws
from .base import (
    CONFIDENCE_TEXT,
    Citation,
    Ctx,
    Fact,
    Family,
    Hit,
    Law,
    Rule,
    Ruleset,
    Section,
    cannot,
    model_text,
    uncertain_facts,
)
from .catalogue import MATTERS, TOPICS
from .registry import LAWS, RULESETS, law_names_text, register, resolve, unregister

if TYPE_CHECKING:
    from ..model import Body, Organisation

__all__ = ["LAWS", "RULESETS", "Law", "Family", "Rule", "Ruleset", "Citation", "Section", "MATTERS",
           "TOPICS", "register", "unregister", "resolve", "resolve_law", "UnknownLaw", "law_names_text", "ruleset",
           "all_rules", "run_rules", "rule_codes", "CONFIDENCE_TEXT", "KL", "HVA", "ML"]

for _ruleset in laws.rulesets():
    register(_ruleset)

#: The ids of the built-in laws, for code and tests that name one.
KL, HVA, ML = (resolve(alias).id for alias in ("kl", "hva", "ml"))

NOT_IN_FORCE = Text(
    fi="{title} ei ollut voimassa {as_of}; se on voimassa {since} alkaen. Lakisääntöjä ei tarkistettu.",
    sv="{title} gällde inte {as_of}; den gäller från och med {since}. Inga lagregler kontrollerades.",
    en="{title} did not apply on {as_of}; it applies from {since}. No legal rules were run.")


#: The code of the note that some rules were not applied to the organisation's type.
NOT_FOR_ORG_TYPE = "NOT-FOR-ORG-TYPE"
NOT_FOR_ORG_TYPE_TEXT = Text(
    fi="{n} sääntöä ei sovellettu, koska organisaation tyyppi on {org_type}: ne koskevat kuntaa tai hyvinvointialuetta "
       "itseään, eikä lakitekstistä tässä luettu, että ne sitoisivat sellaisenaan kuntayhtymää tai hyvinvointiyhtymää "
       "(KL 55–64 §, 611/2021 58–69 §): {codes}.",
    sv="{n} regler tillämpades inte, eftersom organisationens typ är {org_type}: de gäller kommunen eller "
       "välfärdsområdet självt, och den lagtext som lästs här säger inte att de som sådana binder en samkommun eller "
       "en välfärdssammanslutning (KL 55–64 §, 611/2021 58–69 §): {codes}.",
    en="{n} rules were not applied because the organisation is a {org_type}: they bind a municipality or county "
       "itself, and the legal text read here does not say that they bind a joint authority as such (KL 55–64 §, "
       "611/2021 58–69 §): {codes}.")
OUT_OF_SCOPE = Text(
    fi="kyseisen osan (scope: {part}, {label}); mallin rajaus ei kata sitä",
    sv="den delen (scope: {part}, {label}); modellens avgränsning omfattar den inte",
    en="that part (scope: {part}, {label}); the model's scope does not cover it")


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
    one per body (:func:`orgmodel.checking.suppress.summarise_cannot_check` sums up the "cannot
    check" notes, after suppressions), plus facts about the run for the report's meta."""
    rs = RULESETS[law]
    meta = ReportMeta(law=law, law_title=rs.title.fi, law_title_en=rs.title.en, law_title_sv=rs.title.sv)
    if not rs.in_force(as_of):
        since = rs.valid_from.isoformat() if rs.valid_from else "?"
        f = Finding("LAW-NOT-IN-FORCE", "info", fill(NOT_IN_FORCE, {"title": rs.title, "as_of": as_of, "since": since}),
                    ruleset=law)
        meta["rules_run"] = 0
        meta["rules_not_in_force"] = rs.codes()
        return [f], meta
    ctx = Ctx(org, law, as_of)
    findings: list[Finding] = []
    run, ran, other_type = 0, set[str](), list[str]()
    for rule in rs.rules:
        if not rule.applies(as_of):
            continue
        if not rule.binds(org.org_type):
            other_type.append(rule.code)
            continue
        run += 1
        ran.add(rule.code)
        make = _FindingMaker(rule, ctx, rs)
        if rule.scope is not None and not org.in_scope(rule.scope):
            # the model does not describe that part: one note instead of "missing"
            part = rule.scope
            findings.append(make(cannot(fill(OUT_OF_SCOPE, {"part": part.value, "label": part.text()}))))
            continue
        findings.extend(make(hit) for hit in rule.check.fn(ctx, rule))
    if other_type:
        codes = list(dict.fromkeys(other_type))
        findings.append(Finding(NOT_FOR_ORG_TYPE, "info", fill(NOT_FOR_ORG_TYPE_TEXT, {
            "n": len(codes), "org_type": org.org_type.text(), "codes": ", ".join(codes)}), ruleset=law))
        meta["rules_not_for_org_type"] = codes
    # a code counts as not in force only when none of its dated versions applies
    meta["rules_run"] = run
    meta["rules_not_in_force"] = [code for code in rs.codes() if code not in ran and code not in other_type]
    return findings, meta


class _FindingMaker:
    """Turns one rule's hits into findings; what is the same for every hit is worked out once."""

    def __init__(self, rule: Rule, ctx: Ctx, rs: Ruleset):
        self.rule, self.ctx, self.rs = rule, ctx, rs
        self.caveat = rs.caveat
        self.fixed: dict[str, Any] = dict(
            code=rule.code, law=rule.citation.act, section=rule.citation.section_text, confidence=rule.confidence,
            source=rule.citation.source, ruleset=rule.law)
        self.cannot_texts: dict[Text | str, tuple[Text, Text, Text]] = {}

    def _with_caveat(self, message: Text) -> Text:
        return concat(message, " ", self.caveat) if self.caveat else message

    def __call__(self, hit: Hit) -> Finding:
        body = self.ctx.bodies.get(hit.body) if hit.body else None
        loc = hit.loc if hit.loc is not None else self.ctx.loc(hit.body)
        if hit.needs is not None:
            return self._cannot(hit, body, loc)
        rule = self.rule
        values: dict[str, Any] = {**rule.params, **hit.values}
        if body is not None:
            values.setdefault("name", model_text(body.shown_names))
            values.setdefault("body", body.id)
        message = fill(rule.text(hit.variant), values)
        severity = rule.effective_severity
        if hit.at_most is not None and SEVERITIES.index(severity) < SEVERITIES.index(hit.at_most):
            severity = hit.at_most
        shaky = uncertain_facts(self.ctx, self._facts(hit, loc))
        rests_on = tuple(self._resting(f, c) for f, c in shaky)
        if shaky:  # the house rule: a finding resting on an inferred or open fact is at most a warning
            severity = "warning" if severity == "error" else severity
            message = concat(message, " ", fill(text_of("check.rests_on"),
                                                {"facts": [self._fact_text(f, c) for f, c in shaky]}))
        fixed = dict(self.fixed)
        section = hit.section or rule.sections.get(hit.variant)
        if section is not None or hit.act is not None:  # the provision this hit applies
            fixed.update(section=section or rule.citation.section_text, law=hit.act or rule.citation.act)
        return Finding(
            severity=severity, message=self._with_caveat(message), hint=fill(rule.the_hint, values),
            body=hit.body, loc=loc, message_key=hit.variant, rests_on=rests_on, **fixed)

    def _facts(self, hit: Hit, loc: tuple[str | int, ...] | None) -> list[Fact]:
        """What a hit rests on: its body (and the fields its check reads), the relation or power it
        points at, and whatever else the check function named."""
        facts: list[Fact] = []
        if hit.body is not None:
            facts.append(("body", hit.body, None))
            # every rule picks the bodies it judges by their kind, so a finding rests on it too
            facts += [("body", hit.body, f) for f in dict.fromkeys(("kind", *self.rule.check.reads))]
        if loc and len(loc) > 1 and isinstance(loc[1], int):
            if loc[0] == "relations":
                facts.append(("relation", loc[1], None))
            elif loc[0] == "powers" and loc[1] < len(self.ctx.org.powers):
                facts.append(("power", self.ctx.org.powers[loc[1]].id, None))
        return facts + list(hit.facts)

    def _resting(self, fact: Fact, certainty: Any) -> RestingFact:
        """The structured record of one uncertain fact (what the JSON report writes under ``rests_on``)."""
        what, key, field_name = fact
        if what == "relation":
            return RestingFact(what, None, ("relations", int(key)), field_name, str(certainty))
        if what == "power":
            return RestingFact(what, str(key), ("powers", self.ctx.powers[str(key)][0]), field_name, str(certainty))
        return RestingFact(what, str(key), self.ctx.loc(str(key)), field_name, str(certainty))

    def _fact_text(self, fact: Fact, certainty: Any) -> Text:
        what, key, field_name = fact
        values: dict[str, Any] = {"certainty": certainty.text(), "field": field_name or ""}
        if what == "relation":
            r = self.ctx.org.relations[int(key)]
            values.update(type=r.type.text(), source=self._name_of(r.source), target=self._name_of(r.target))
            return fill(text_of("check.fact.relation"), values)
        if what == "power":
            values["name"] = model_text(self.ctx.powers[str(key)][1].names)
            return fill(text_of("check.fact.power_field" if field_name else "check.fact.power"), values)
        values["name"] = self._name_of(str(key))
        return fill(text_of("check.fact.body_field" if field_name else "check.fact.body"), values)

    def _name_of(self, body_id: str) -> Text | str:
        body = self.ctx.bodies.get(body_id)
        return model_text(body.shown_names) if body is not None else body_id

    def _cannot(self, hit: Hit, body: Body | None, loc: tuple[str | int, ...] | None) -> Finding:
        """'Cannot check': the model lacks what the rule needs; the fix is to add it."""
        needs, message, hint = self._cannot_texts(hit.needs or "")
        name: Mapping[str, str] = ({lang: f" ({body.shown_names.get(lang)})" for lang in LANGS}
                                   if body is not None else _NO_NAME)
        worded = needs if isinstance(hit.needs, Text) else None
        return Finding(
            severity="info", cannot_check=True, needs=needs.en, needs_text=worded, body=hit.body, loc=loc,
            message_key=hit.variant, message=_named(message, name), hint=_named(hint, name),
            **{**self.fixed, **({"section": hit.section} if hit.section else {})})

    def _cannot_texts(self, missing: Text | str) -> tuple[Text, Text, Text]:
        """What this rule's "cannot check" notes about ``missing`` say it lacks, and their message and
        hint, with :data:`_NAME` where each note's body name goes. A rule leaves such a note on every
        body that lacks the fact (15,000 on a national structure), so the texts are filled once."""
        texts = self.cannot_texts.get(missing)
        if texts is None:
            needs = as_text(missing)
            values = {"title": self.rule.the_title, "needs": needs, "name": _NAME}
            texts = (needs, self._with_caveat(fill(text_of("check.cannot_check"), values)),
                     fill(text_of("check.cannot_check_hint"), values))
            self.cannot_texts[missing] = texts
        return texts


#: Where a "cannot check" note's body name goes in its filled texts (no rule or model text holds it).
_NAME = "\x00name\x00"
_NO_NAME: Mapping[str, str] = dict.fromkeys(LANGS, "")


def _named(text: Text, name: Mapping[str, str]) -> Text:
    """``text`` with :data:`_NAME` replaced by ``name`` in each language (a text without it, such as
    the hint, is shared by every note)."""
    if _NAME not in text.fi + text.sv + text.en:
        return text
    return Text(fi=text.fi.replace(_NAME, name["fi"]), sv=text.sv.replace(_NAME, name["sv"]),
                en=text.en.replace(_NAME, name["en"]))
