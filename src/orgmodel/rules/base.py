"""The building blocks of the legal rulesets: citations, rules, rulesets and the check context.

A *law* (:class:`Law`) is declared once, in its own module, with its id, titles, aliases,
dates, caveat and family; its *ruleset* holds its rules. A *rule* is one legal requirement as
it applies under one law: a stable code, a severity, the act and section it comes from (with the
confidence of that reading), messages in Finnish, Swedish and English (:class:`~orgmodel.text.Text`),
a fix hint, the dates between which it applies, and a *check function* that looks at a
structure and yields :class:`Hit` objects. The same check function serves several laws with
different parameters (the council-size table of kuntalaki and of 611/2021, for example). One code
may have several dated versions in a ruleset (a table that changes on a date), as long as
their periods do not overlap; :meth:`Ruleset.rule` picks the one for a date.

>>> c = cite("Kuntalaki 410/2015", "30 § 1 mom", "121 §")
>>> str(c)
'Kuntalaki 410/2015 30 § 1 mom, 121 §'
>>> c.sections[0].mom
1
>>> Text(fi="valtuusto", sv="fullmäktige", en="council").get("sv")
'fullmäktige'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from ..index import structure
from ..kinds import ordered_kinds_where
from ..text import LANGS, Text
from ..vocab import BodyKind, OrgType, RelationType, ScopePart

if TYPE_CHECKING:
    from ..checking.findings import Severity
    from ..model import Body, Organisation, Power, Relation
    from ..vocab import Certainty

Confidence = Literal["LT", "SEC", "UNC"]
#: What kind of law: the municipal one, the county one, or a bill that never became law.
Family = Literal["municipal", "county", "bill"]
FAMILIES: tuple[Family, ...] = ("municipal", "county", "bill")
#: How sure a rule's legal basis is, in words (the report prints the code: LT, SEC, UNC).
CONFIDENCE_TEXT: Mapping[Confidence, Text] = {
    "LT": Text(fi="lakiteksti luettu", sv="lagtexten läst", en="read in the legal text"),
    "SEC": Text(fi="toissijainen lähde", sv="sekundär källa", en="secondary source"),
    "UNC": Text(fi="varmistamaton", sv="obekräftad", en="unconfirmed"),
}


def model_text(names: Any) -> Text:
    """A name from the model file (:class:`~orgmodel.model.Names`) as a :class:`Text`: each language
    that the file does not give falls back to the Finnish name."""
    return Text(fi=names.get("fi"), sv=names.get("sv"), en=names.get("en"))


_SECTION = re.compile(r"^\s*(\d+(?:\s?[a-z])?)\s*§(?:\s+(\d+)\s*mom)?(?:\s+(\d+(?:[–-]\d+)?)\s*kohta)?\s*$")


@dataclass(frozen=True)
class Section:
    """One place in an act: pykälä (§), momentti and kohta, as Finnish citations write them."""

    par: str
    mom: int | None = None
    kohta: str | None = None

    def __str__(self) -> str:
        text = f"{self.par} §"
        if self.mom is not None:
            text += f" {self.mom} mom"
        if self.kohta is not None:
            text += f" {self.kohta} kohta"
        return text

    @classmethod
    def parse(cls, text: str) -> Section:
        """'31 § 1 mom 1 kohta' -> Section('31', 1, '1'). ValueError for anything else."""
        m = _SECTION.match(text)
        if not m:
            raise ValueError(f"not a section reference: {text!r} (write e.g. '31 § 1 mom 1 kohta')")
        return cls(m.group(1), int(m.group(2)) if m.group(2) else None, m.group(3))


@dataclass(frozen=True)
class Citation:
    """Where a rule comes from: an act, its sections, and for secondary knowledge the source read."""

    act: str
    sections: tuple[Section, ...] = ()
    source: str | None = None

    @property
    def section_text(self) -> str | None:
        return ", ".join(str(s) for s in self.sections) or None

    def __str__(self) -> str:
        return f"{self.act} {self.section_text}" if self.sections else self.act


def cite(act: str, *sections: str, source: str | None = None) -> Citation:
    """Build a citation from section strings such as '14 § 2 mom 10 kohta'."""
    return Citation(act, tuple(Section.parse(s) for s in sections), source)


# --- what a check function yields ----------------------------------------------------------------


#: A fact a hit rests on: ('body', body id, field), ('relation', index, field) or ('power', power id, field);
#: field None means the entity itself (that it exists, is of its kind, is drawn where it is).
Fact = tuple[Literal["body", "relation", "power"], "str | int", "str | None"]


@dataclass(frozen=True)
class Hit:
    """One result of a check function.

    ``variant`` picks the message template; ``needs`` set means "cannot check": the model does
    not say what the rule needs, and ``needs`` names the key(s) that would let it (a :class:`Text`
    where the keys need words around them; its English text is then the finding's ``needs`` key).
    ``loc`` points into the model file (('relations', 3) etc.); by default, the body's entry.
    ``facts`` names further facts of the model the hit rests on, beyond its body, the relation or
    power at ``loc`` and the fields its check reads (:attr:`CheckSpec.reads`): a hit that rests on
    an inferred or open fact is at most a warning (see :func:`uncertain_facts`).
    ``section`` (and ``act``, where another act is applied) is the provision this hit applies,
    when it is narrower than the rule's whole citation. ``at_most`` caps the hit's severity where
    the law does not settle the case (or the model cannot record its exceptions).
    """

    variant: str = "main"
    body: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    loc: tuple[str | int, ...] | None = None
    needs: str | Text | None = None
    facts: tuple[Fact, ...] = ()
    section: str | None = None
    act: str | None = None
    at_most: Severity | None = None  # this hit is at most this severe (the law does not settle the case)


def violation(variant: str = "main", body: str | None = None, loc: tuple[str | int, ...] | None = None,
              *, facts: Iterable[Fact] = (), section: str | None = None, act: str | None = None,
              at_most: Severity | None = None, **values: Any) -> Hit:
    return Hit(variant, body, values, loc, facts=tuple(facts), section=section, act=act, at_most=at_most)


def cannot(needs: str | Text, body: str | None = None, loc: tuple[str | int, ...] | None = None, *,
           section: str | None = None, **values: Any) -> Hit:
    return Hit("cannot_check", body, values, loc, needs, section=section)


CheckFn = Callable[["Ctx", "Rule"], Iterable[Hit]]


@dataclass(frozen=True)
class CheckSpec:
    """A check function with its default texts (rulesets may override them per law)."""

    fn: CheckFn
    title: Text
    messages: Mapping[str, Text]
    hint: Text
    reads: tuple[str, ...] = ()  # fields of a hit's body the finding rests on ('seats', 'composition', 'parent')


_SPECS: dict[str, CheckSpec] = {}


def rule_check(title: Text, messages: Mapping[str, Text], hint: Text,
               reads: tuple[str, ...] = ()) -> Callable[[CheckFn], CheckSpec]:
    """Decorator: register a check function with its title, message templates and fix hint, and the
    fields of a hit's body its findings rest on (``reads``)."""

    def wrap(fn: CheckFn) -> CheckSpec:
        spec = CheckSpec(fn, title, dict(messages), hint, tuple(reads))
        _SPECS[fn.__name__] = spec
        return spec

    return wrap


# --- laws, rules and rulesets -------------------------------------------------------------------------

#: The organisation types that are a municipality or a county itself (and the bill's regions and the
#: archetypes): the default applicability of a rule (:attr:`Rule.org_types`).
OWN_ORG_TYPES = frozenset({OrgType.MUNICIPALITY, OrgType.WELLBEING_SERVICES_COUNTY, OrgType.REGION, OrgType.ARCHETYPE})
#: Joint authorities: kuntayhtymä (KL 55–64 §) and hyvinvointiyhtymä (611/2021 58–69 §).
JOINT_AUTHORITIES = frozenset({OrgType.JOINT_MUNICIPAL_AUTHORITY, OrgType.JOINT_COUNTY_AUTHORITY})
#: A rule that binds every organisation type, joint authorities included.
ALL_ORG_TYPES = OWN_ORG_TYPES | JOINT_AUTHORITIES


@dataclass(frozen=True)
class Reservation:
    """Under one law, a matter is for the council alone: where the law says so, and when.

    >>> Reservation("22 § 2 mom 8 kohta", valid_to=date(2024, 12, 31)).applies(date(2025, 1, 1))
    False
    """

    section: str | None  # None: section not verified (the HE 15/2017 bill)
    valid_from: date | None = None
    valid_to: date | None = None  # inclusive

    def applies(self, on: date | None) -> bool:
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or on >= self.valid_from) and (self.valid_to is None or on <= self.valid_to)


def reservations(sections: Mapping[str, str | None]) -> dict[str, Reservation]:
    """Matter code -> :class:`Reservation` in force throughout, from matter code -> section."""
    return {code: Reservation(section) for code, section in sections.items()}


@dataclass(frozen=True, kw_only=True)
class Law:
    """One law a model can be organised under, declared once in its module (``LAW = Law(...)``).

    ``id`` is what a model's ``law:`` says; ``titles`` are in Finnish, Swedish and English;
    ``aliases`` are short names for ``--law`` (the first one is shown in help texts); the law
    applies from ``valid_from`` to ``valid_to`` (inclusive; None: open); ``caveat`` is appended
    to every finding under it; ``family`` says what kind of law it is.

    >>> law = Law(id="xx/test", titles={"fi": "Testilaki", "sv": "Testlag", "en": "Test Act"},
    ...           family="municipal", aliases=("test",))
    >>> law.title("sv"), law.title("de")
    ('Testlag', 'Testilaki')
    """

    id: str
    titles: Mapping[str, str]
    family: Family
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None  # inclusive
    caveat: Text | None = None

    def __post_init__(self) -> None:
        missing = [lang for lang in LANGS if not self.titles.get(lang, "").strip()]
        if missing:
            raise ValueError(f"law {self.id}: no title in {', '.join(missing)}")
        if self.family not in FAMILIES:
            raise ValueError(f"law {self.id}: family {self.family!r} is not one of {', '.join(FAMILIES)}")
        if any(a != a.strip().lower() or not a for a in self.aliases):
            raise ValueError(f"law {self.id}: aliases are written in lower case without surrounding spaces")

    def title(self, lang: str = "fi") -> str:
        """The title in ``lang`` (Finnish for a language the law has no title in)."""
        return self.titles.get(lang) or self.titles["fi"]

    @property
    def title_text(self) -> Text:
        """The titles as one :class:`Text`, for messages."""
        return Text(fi=self.titles["fi"], sv=self.titles["sv"], en=self.titles["en"])

    def in_force(self, on: date | None) -> bool:
        """Whether the law applies on ``on`` (None: now)."""
        if on is None:
            return True
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_to is None or on <= self.valid_to


@dataclass(frozen=True)
class Rule:
    """One requirement of one law. See the module docstring."""

    code: str
    check: CheckSpec
    citation: Citation
    confidence: Confidence
    severity: Severity = "error"
    params: Mapping[str, Any] = field(default_factory=dict)
    valid_from: date | None = None
    valid_to: date | None = None  # inclusive
    title: Text | None = None
    messages: Mapping[str, Text] = field(default_factory=dict)
    hint: Text | None = None
    law: str = ""  # the ruleset's law id, filled in by Ruleset
    #: message variant -> the provision that variant applies, where narrower than the whole citation
    sections: Mapping[str, str] = field(default_factory=dict)
    #: the provision that dates the rule when it is not the law's own entry into force (KL 147 §, 616/2021 1 §)
    dated_by: Citation | None = None
    #: the part of the structure the rule is about: outside the model's ``scope`` it gives one "cannot check"
    scope: ScopePart | None = None
    #: the organisation types the rule binds (default: a municipality or county itself, not a joint authority)
    org_types: frozenset[OrgType] = OWN_ORG_TYPES

    def binds(self, org_type: OrgType) -> bool:
        """Whether the rule binds an organisation of this type.

        >>> x = Text(fi="x", sv="x", en="x")
        >>> spec = CheckSpec(lambda ctx, rule: iter(()), x, {}, x)
        >>> rule = Rule("X", spec, cite("L"), "LT")
        >>> rule.binds(OrgType.MUNICIPALITY), rule.binds(OrgType.JOINT_MUNICIPAL_AUTHORITY)
        (True, False)
        """
        return org_type in self.org_types

    @property
    def effective_severity(self) -> Severity:
        """Rules read only in secondary or unconfirmed sources never raise errors: at most a warning."""
        if self.confidence != "LT" and self.severity == "error":
            return "warning"
        return self.severity

    def text(self, variant: str) -> Text:
        found = self.messages.get(variant) or self.check.messages.get(variant)
        if found is None:
            raise KeyError(f"rule {self.code}: no message for variant {variant!r}")
        return found

    @property
    def the_title(self) -> Text:
        return self.title or self.check.title

    @property
    def the_hint(self) -> Text:
        return self.hint or self.check.hint

    def applies(self, on: date | None) -> bool:
        """Whether the rule applies on a date; ``None`` means 'the law as it stands now'."""
        if on is None:
            return self.valid_to is None
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_to is None or on <= self.valid_to

    @property
    def applies_text(self) -> str:
        start = self.valid_from.isoformat() if self.valid_from else ""
        end = self.valid_to.isoformat() if self.valid_to else ""
        return f"{start}–{end}"


@dataclass(frozen=True)
class Ruleset:
    """All rules of one law. The law's title, dates and caveat come from its :class:`Law`.

    A code may appear more than once, as dated versions of one rule whose periods do not overlap.
    ``reserved`` names the matters of :mod:`orgmodel.rules.catalogue` that only the council may
    decide under this law, and ``no_call_in`` those whose decisions cannot be called in, each with
    its section: the law module declares them, so a new law brings its own.
    """

    law: Law
    rules: tuple[Rule, ...]
    reserved: Mapping[str, Reservation] = field(default_factory=dict)
    no_call_in: Mapping[str, str] = field(default_factory=dict)  # matter code -> the section excluding call-in

    def __post_init__(self) -> None:
        fixed = tuple(_adopt(r, self) for r in self.rules)
        object.__setattr__(self, "rules", fixed)
        by_code: dict[str, list[Rule]] = {}
        for r in fixed:
            by_code.setdefault(r.code, []).append(r)
        for code, versions in by_code.items():
            for a, b in _pairs(versions):
                if _overlap(a, b):
                    raise ValueError(f"ruleset {self.law.id}: rule {code} has versions that overlap in time "
                                     f"({a.applies_text} and {b.applies_text})")

    @property
    def law_id(self) -> str:
        return self.law.id

    @property
    def title(self) -> Text:
        return self.law.title_text

    @property
    def caveat(self) -> Text | None:
        return self.law.caveat

    @property
    def valid_from(self) -> date | None:
        return self.law.valid_from

    @property
    def valid_to(self) -> date | None:
        return self.law.valid_to

    def in_force(self, on: date | None) -> bool:
        return self.law.in_force(on)

    def codes(self) -> list[str]:
        """Each code once, in ruleset order."""
        return list(dict.fromkeys(r.code for r in self.rules))

    def rule(self, code: str, on: date | None = None) -> Rule:
        """The rule ``code``; of several dated versions, the one that applies on ``on`` (None: now),
        else the latest. KeyError if the ruleset has no such code."""
        versions = [r for r in self.rules if r.code == code]
        if not versions:
            raise KeyError(code)
        if len(versions) == 1:
            return versions[0]
        return next((r for r in versions if r.applies(on)), max(versions, key=_start))


def _start(rule: Rule) -> date:
    return rule.valid_from or date.min


def _pairs(rules: list[Rule]) -> Iterator[tuple[Rule, Rule]]:
    for i, a in enumerate(rules):
        for b in rules[i + 1:]:
            yield a, b


def _overlap(a: Rule, b: Rule) -> bool:
    """Whether two rules' validity periods share a day (None ends are open)."""
    a_end, b_end = a.valid_to or date.max, b.valid_to or date.max
    return _start(a) <= b_end and _start(b) <= a_end


def _adopt(rule: Rule, rs: Ruleset) -> Rule:
    """The rule as part of ``rs``: its law id, and the law's dates where the rule has none of its own."""
    from dataclasses import replace

    return replace(rule, law=rs.law.id, valid_from=rule.valid_from or rs.law.valid_from,
                   valid_to=rule.valid_to or rs.law.valid_to)


@dataclass(frozen=True)
class Stage:
    """A law that comes into force in stages: the rules ``codes`` apply from ``valid_from``, as
    ``dated_by`` says (KL 147 §, 616/2021 1 §)."""

    valid_from: date
    dated_by: Citation
    codes: frozenset[str]


def applying(rules: Iterable[Rule], *, stages: Iterable[Stage] = (), scope: Mapping[str, ScopePart] | None = None,
             org_types: Mapping[str, frozenset[OrgType]] | None = None) -> tuple[Rule, ...]:
    """``rules`` with their in-force stage, scope part and organisation types, by code. A rule's own
    ``valid_from`` is kept, and a rule with its own ``dated_by`` gets no stage (a dated version of a rule
    says when it applies itself).

    >>> x = Text(fi="x", sv="x", en="x")
    >>> r = Rule("X", CheckSpec(lambda ctx, rule: iter(()), x, {}, x), cite("L"), "LT")
    >>> (done,) = applying([r], stages=[Stage(date(2017, 6, 1), cite("L", "147 §"), frozenset({"X"}))],
    ...                    scope={"X": ScopePart.GROUP})
    >>> done.valid_from, str(done.dated_by), done.scope.value
    (datetime.date(2017, 6, 1), 'L 147 §', 'group')
    """
    from dataclasses import replace

    stages = list(stages)
    out: list[Rule] = []
    for rule in rules:
        changes: dict[str, Any] = {}
        for stage in stages if rule.dated_by is None else ():  # a version with its own dates keeps them
            if rule.code in stage.codes:
                if rule.valid_from is None:
                    changes["valid_from"] = stage.valid_from
                if rule.dated_by is None:
                    changes["dated_by"] = stage.dated_by
        if scope and rule.code in scope and rule.scope is None:
            changes["scope"] = scope[rule.code]
        if org_types and rule.code in org_types:
            changes["org_types"] = org_types[rule.code]
        out.append(replace(rule, **changes) if changes else rule)
    return tuple(out)


GROUP_ENTITY_KINDS = ordered_kinds_where(lambda spec: spec.group_entity)


# --- the check context: one structure, indexed once for all rules ----------------------------------


class Ctx:
    """A structure prepared for the rules: the structure index (:mod:`orgmodel.index`) of the
    organisation, the law and date checked, and a cache the check functions share.

    The lookups are the index's own mappings, built once per organisation object, so a
    10,000-body structure is checked in well under a second.
    """

    def __init__(self, org: Organisation, law: str, as_of: date | None):
        self.org = org
        self.law = law
        self.as_of = as_of
        self.structure = s = structure(org)
        self.bodies: Mapping[str, Body] = s.by_id
        self.index: Mapping[str, int] = s.position
        self.by_kind: Mapping[BodyKind, tuple[Body, ...]] = s.by_kind
        self.kids: Mapping[str | None, tuple[Body, ...]] = s.children_of
        self.powers: Mapping[str, tuple[int, Power]] = s.powers
        self.cache: dict[str, Any] = {}

    def of_kind(self, *kinds: BodyKind) -> list[Body]:
        return self.structure.of_kind(*kinds)

    def rel(self, rtype: RelationType) -> Sequence[tuple[int, Relation]]:
        return self.structure.relations(rtype)

    def kind(self, body_id: str) -> BodyKind:
        return self.bodies[body_id].kind

    def ancestors(self, body_id: str) -> Sequence[str]:
        """Parent, grandparent, ... (stops at a cycle)."""
        return self.structure.ancestors[body_id]

    def is_below(self, body_id: str, superior: str) -> bool:
        return self.structure.is_below(body_id, superior)

    def loc(self, body_id: str | None) -> tuple[str | int, ...] | None:
        if body_id is None or body_id not in self.index:
            return None
        return ("bodies", self.index[body_id])

    def parent_of(self, body: Body) -> Body | None:
        """The body ``body`` is subordinate to, if it names one that the structure has."""
        return self.bodies.get(body.parent) if body.parent is not None else None

    def group_entities(self) -> list[Body]:
        """The group's entities (the kinds whose spec says ``group_entity``), kind by kind."""
        return self.of_kind(*GROUP_ENTITY_KINDS)


def _certainty_of(org_part: Any, field_name: str | None) -> Certainty | None:
    """The certainty of an entity (``field_name`` None) or of one of its fields (its ``fact_certainty``;
    a body's parent also by ``parent_certainty``); None where the model states nothing special."""
    if field_name is None:
        found: Certainty = org_part.certainty
        return found
    own: Certainty | None = org_part.fact_certainty.get(field_name)
    if own is None and field_name == "parent":
        own = getattr(org_part, "parent_certainty", None)
    return own


def uncertain_facts(ctx: Ctx, facts: Iterable[Fact]) -> list[tuple[Fact, Certainty]]:
    """The facts of ``facts`` that the model marks inferred or open, each once, with that certainty."""
    from ..vocab import Certainty

    out: list[tuple[Fact, Certainty]] = []
    seen: set[Fact] = set()
    for fact in facts:
        if fact in seen:
            continue
        seen.add(fact)
        what, key, field_name = fact
        entity: Any
        if what == "body":
            entity = ctx.bodies.get(str(key))
        elif what == "relation":
            entity = ctx.org.relations[int(key)] if isinstance(key, int) and key < len(ctx.org.relations) else None
        else:
            entity = ctx.powers[str(key)][1] if str(key) in ctx.powers else None
        if entity is None:
            continue
        certainty = _certainty_of(entity, field_name)
        if certainty is not None and certainty is not Certainty.STATED:
            out.append((fact, certainty))
    return out


def specs() -> Iterator[CheckSpec]:
    """Every registered check function (for documentation and tests)."""
    return iter(_SPECS.values())
