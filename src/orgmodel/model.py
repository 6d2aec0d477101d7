"""The typed governance model (pydantic v2). Unknown keys are errors everywhere.

An :class:`Organisation` holds bodies, relations between them, powers, instruments and open
choices. It knows nothing of files, rules or drawing: see :mod:`orgmodel.io` for loading and
saving, :mod:`orgmodel.graph` for the networkx view.

>>> org = Organisation.model_validate({
...     "id": "demo", "names": {"fi": "Esimerkkimaakunta"}, "org_type": "region",
...     "law": "fi/maakuntalaki-he-15-2017",
...     "bodies": [
...         {"id": "valtuusto", "kind": "council", "names": {"fi": "Maakuntavaltuusto"}, "seats": 59},
...         {"id": "hallitus", "kind": "executive_board", "names": {"fi": "Maakuntahallitus"},
...          "parent": "valtuusto", "seats": "11"},
...     ],
... })
>>> org.body("hallitus").seats
11
>>> [b.id for b in org.children("valtuusto")]
['hallitus']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from .index import memo, structure
from .kinds import KIND_SPECS
from .references import reference_problems
from .text import DEFAULT_LANG, pick
from .variants import MAX_VARIANTS, check_variant_count
from .vocab import (
    AdvocacyType,
    BodyKind,
    Certainty,
    CommitteeRole,
    ExecutiveType,
    ExternalType,
    InstrumentKind,
    LanguageBody,
    OrgType,
    RelationType,
    ScopePart,
    Status,
    Tier,
)

if TYPE_CHECKING:  # the graph module imports networkx, which the CLI's start-up must not pay for
    from .graph import OrgGraph

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
#: :data:`ID_PATTERN` in words, for messages (people are not shown the regular expression).
ID_RULE = "an id starts with a letter or digit and has only letters a-z and A-Z, digits, '_', '.' and '-'"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
Text = Annotated[str, Field(max_length=4000)]


def _not_blank(value: str) -> str:
    """Required text must say something: only spaces would draw as an empty box (or break the card's label)."""
    if not value.strip():
        raise ValueError("is only white space; write the text (or leave the key out where it is optional)")
    return value


#: A name in one language: 1-400 characters, not only white space.
Name = Annotated[str, Field(min_length=1, max_length=400), AfterValidator(_not_blank)]
#: Required free text (a question, a label, a reason): up to 4000 characters, not only white space.
FilledText = Annotated[str, Field(min_length=1, max_length=4000), AfterValidator(_not_blank)]


class Strict(BaseModel):
    """Base of every model class: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Names(Strict):
    """A name in Finnish (required), Swedish and English.

    >>> Names(fi="Maakuntahallitus", en="Regional executive board").get("sv")
    'Maakuntahallitus'
    """

    fi: Name
    sv: Name | None = None
    en: Name | None = None

    def get(self, lang: str = "fi") -> str:
        """The name in ``lang``, falling back to Finnish."""
        return getattr(self, lang, None) or self.fi


class LocalText(Strict):
    """Free text from a model file (a choice's question, an alternative's label, a version's
    label) in Finnish, Swedish and English. Finnish is required; a plain string is Finnish, so
    ``question: Lautakunta vai valiokunta?`` and ``question: {fi: ..., en: ...}`` both load, and
    Finnish-only text is written back as a plain string. :meth:`get` follows the fallback chain
    of :data:`orgmodel.text.FALLBACK`.

    >>> LocalText.model_validate("Valiokunta vai lautakunta?").get("en")
    'Valiokunta vai lautakunta?'
    >>> LocalText(fi="Valiokunnat", sv="Utskott", en="Committees").get("sv")
    'Utskott'
    """

    fi: FilledText
    sv: FilledText | None = None
    en: FilledText | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_text_is_finnish(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"fi": _not_blank(value)}  # refused here, so the message points at the key as written
        if isinstance(value, (dict, LocalText)):
            return value
        raise ValueError("write a text (Finnish), or {fi: ..., sv: ..., en: ...} with fi required")

    @model_serializer(mode="wrap")
    def _finnish_only_as_plain_text(self, handler: SerializerFunctionWrapHandler) -> Any:
        return self.fi if self.sv is None and self.en is None else handler(self)

    @classmethod
    def __get_pydantic_json_schema__(cls, core: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # the schema says what the before-validator accepts: a plain string (Finnish) or {fi, sv, en}
        translated = {k: v for k, v in handler.resolve_ref_schema(handler(core)).items() if k != "description"}
        return {"anyOf": [{"type": "string", "minLength": 1, "maxLength": 4000}, translated],
                "description": "Finnish text, or {fi, sv, en} with Finnish required."}

    def get(self, lang: str = DEFAULT_LANG) -> str:
        """The text in ``lang``, else along the fallback chain (Finnish first)."""
        return pick({"fi": self.fi, "sv": self.sv, "en": self.en}, lang)

    def __str__(self) -> str:
        return self.fi


class Provenance(Strict):
    """Where a fact comes from: a source document, a slide, the date printed on it."""

    source: Text | None = None
    slide: Annotated[int, Field(ge=0)] | None = None
    date: dt.date | None = None
    quote: Text | None = None


class SeatRange(Strict):
    """A seat count the source gives as a range, such as '7-11 jäsentä'."""

    min: Annotated[int, Field(ge=0, le=100_000)]
    max: Annotated[int, Field(ge=0, le=100_000)]

    @model_validator(mode="after")
    def _ordered(self) -> SeatRange:
        if self.min > self.max:
            raise ValueError(f"seat range {self.min}-{self.max} runs backwards; write {self.max}-{self.min}")
        return self

    def __str__(self) -> str:
        return f"{self.min}-{self.max}"


_RANGE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$", re.ASCII)  # '²' is a digit to Unicode, not to int()

SEATS_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {"type": "string", "pattern": r"^\d+\s*[-–]\s*\d+$", "description": "a range such as '7-11'"},
        {"type": "object",
         "properties": {"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}},
         "required": ["min", "max"], "additionalProperties": False},
        {"type": "null"},
    ],
    "description": "Seats: a number (11), or a range ('7-11' or {min: 7, max: 11}).",
}
Seats = Annotated[int | SeatRange | None, WithJsonSchema(SEATS_SCHEMA)]


def parse_seats(value: Any) -> Any:
    """Accept '7-11' and '11' as well as 11 and {min, max}; leave the rest to pydantic."""
    if isinstance(value, str):
        if m := _RANGE.match(value):
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi:
                raise ValueError(f"seat range {value.strip()!r} runs backwards; write {hi}-{lo}")
            return lo if lo == hi else {"min": lo, "max": hi}
        if value.strip().isascii() and value.strip().isdigit():
            return int(value)
        raise ValueError(f"seats {value!r} is neither a number nor a range like '7-11'")
    if isinstance(value, bool) or (value is not None and not isinstance(value, (int, str, dict, SeatRange))):
        raise ValueError(f"seats must be a number or a range like '7-11', not {type(value).__name__}")
    if isinstance(value, int) and value < 0:
        raise ValueError(f"seats cannot be negative ({value})")
    if isinstance(value, dict) and value.get("min") is not None and value.get("min") == value.get("max"):
        return value["min"]
    return value


FactCertainty = dict[str, Certainty]
#: The parts a model without ``scope`` describes.
DEFAULT_SCOPE = (ScopePart.POLITICAL_BODIES, ScopePart.ADVOCACY_BODIES, ScopePart.EXECUTIVE, ScopePart.ENTERPRISES,
                 ScopePart.GROUP)


def _fact_keys(model: type[BaseModel], facts: FactCertainty) -> None:
    """``fact_certainty`` may name only fields of the entity it sits on."""
    unknown = sorted(set(facts) - set(model.model_fields))
    if unknown:
        raise ValueError(f"fact_certainty names {', '.join(unknown)}, which are not fields of a "
                         f"{model.__name__.lower()}; valid: {', '.join(model.model_fields)}")


class Composition(Strict):
    """Who sits on a body, when the source says: used by gender-balance and eligibility rules."""

    women: Annotated[int, Field(ge=0)] | None = None
    men: Annotated[int, Field(ge=0)] | None = None
    councillors: Annotated[int, Field(ge=0)] | None = None
    employees: Annotated[int, Field(ge=0)] | None = None
    chair_is_councillor: bool | None = None
    vice_chairs_are_councillors: bool | None = None
    executive_board_members: Annotated[int, Field(ge=0)] | None = None
    personal_deputies: bool | None = None
    deputy_women: Annotated[int, Field(ge=0)] | None = Field(None, description="Women among the deputies.")
    deputy_men: Annotated[int, Field(ge=0)] | None = Field(None, description="Men among the deputies.")
    chair_from_parent_body: bool | None = Field(
        None, description="Subcommittee (jaosto): the chair is a member or deputy member of the parent body.")


class Body(Strict):
    """A council, board, committee, office, enterprise, company or outside party."""

    id: Id
    kind: BodyKind
    names: Names
    parent: Id | None = Field(None, description="The body this one is subordinate to (the hierarchy).")
    parent_certainty: Certainty = Certainty.STATED
    committee_role: CommitteeRole | None = Field(None, description="Only for kind: committee.")
    advocacy: AdvocacyType | None = Field(None, description="Only for kind: advocacy_body.")
    executive_type: ExecutiveType | None = Field(None, description="Only for kind: executive.")
    external_type: ExternalType | None = Field(None, description="Only for kind: external_party.")
    language_body: LanguageBody | None = Field(None, description="A board with a statutory language task.")
    seats: Seats = None
    chairs: Annotated[int, Field(ge=0, le=5)] | None = None
    vice_chairs: Annotated[int, Field(ge=0, le=10)] | None = None
    members_must_be_councillors: bool | None = None
    composition: Composition | None = None
    voluntary: bool | None = Field(None, description="Set up although no law requires it.")
    competitive_market: bool | None = Field(
        None, description="Operates in a competitive market (the corporatisation duty, KL 126 §, 611/2021 131 §).")
    certainty: Certainty = Certainty.STATED
    fact_certainty: FactCertainty = Field(
        default_factory=dict, description="Certainty of single fields where it differs from the body's own.")
    note: Text | None = None
    provenance: Provenance | None = None

    _parse_seats = field_validator("seats", mode="before")(lambda cls, v: parse_seats(v))

    @model_validator(mode="after")
    def _qualifiers_fit_kind(self) -> Body:
        _fact_keys(Body, self.fact_certainty)
        for field, kind in _QUALIFIER_KIND.items():
            if getattr(self, field) is not None and self.kind is not kind:
                raise ValueError(f"{field} is only for kind {kind.value}; this body is {self.kind.value}")
        return self

    @property
    def seats_min(self) -> int | None:
        return self.seats.min if isinstance(self.seats, SeatRange) else self.seats

    @property
    def seats_max(self) -> int | None:
        return self.seats.max if isinstance(self.seats, SeatRange) else self.seats

    def name(self, lang: str = "fi") -> str:
        return self.names.get(lang)


#: Body field -> the one kind that may set it (from the kind specs).
_QUALIFIER_KIND = {spec.qualifier: kind for kind, spec in KIND_SPECS.items() if spec.qualifier is not None}


class Relation(Strict):
    """A typed edge: ``source`` elects / prepares for / steers / owns / ... ``target``."""

    id: Id | None = None
    type: RelationType
    source: Id
    target: Id
    share: Annotated[float, Field(ge=0, le=100)] | None = Field(None, description="Ownership share in percent (owns).")
    power: Id | None = Field(None, description="The power delegated (delegates).")
    via: Id | None = Field(None, description="The instrument that makes the delegation (usually the hallintosääntö).")
    seats: Annotated[int, Field(ge=0)] | None = Field(None, description="How many of the target's seats (elects, "
                                                                       "nominates).")
    label: Text | None = None
    certainty: Certainty = Certainty.STATED
    fact_certainty: FactCertainty = Field(default_factory=dict)
    note: Text | None = None
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _fields_fit_type(self) -> Relation:
        _fact_keys(Relation, self.fact_certainty)
        if self.type is RelationType.SUBORDINATE_TO:
            raise ValueError("write the hierarchy as 'parent:' on the subordinate body, "
                             "not as a subordinate_to relation")
        if self.share is not None and self.type is not RelationType.OWNS:
            raise ValueError("share is only for relations of type owns")
        if self.power is not None and self.type is not RelationType.DELEGATES:
            raise ValueError("power is only for relations of type delegates")
        if self.type is RelationType.DELEGATES and self.power is None:
            raise ValueError("a delegates relation must name the power it delegates (power: <id>)")
        if self.source == self.target:
            raise ValueError(f"a relation from {self.source!r} to itself says nothing")
        return self


class Power(Strict):
    """A matter somebody decides. ``matter`` links it to a law's catalogue of matters."""

    id: Id
    names: Names
    holder: Id
    matter: Id | None = Field(None, description="Code of the matter in the law's catalogue, e.g. 'budget'.")
    coercion: bool = Field(False, description="Involves administrative coercion (hallintopakko).")
    call_in: list[Id] | None = Field(
        None, description="Bodies holding a call-in right (otto-oikeus) over it; absent: not stated, []: nobody.")
    certainty: Certainty = Certainty.STATED
    fact_certainty: FactCertainty = Field(default_factory=dict)
    note: Text | None = None
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _facts(self) -> Power:
        _fact_keys(Power, self.fact_certainty)
        return self


class ContentArea(Strict):
    """One required or chosen content area of an instrument, e.g. a strategy's 'personnel policy'."""

    name: FilledText
    topic: Id | None = Field(None, description="Statutory topic code, for completeness checks.")


class Instrument(Strict):
    """A document one body prepares and another adopts: strategy, hallintosääntö, budget, ..."""

    id: Id
    kind: InstrumentKind
    names: Names
    prepared_by: Id | None = None
    adopted_by: Id | None = None
    content_areas: list[ContentArea] = Field(default_factory=list)
    certainty: Certainty = Certainty.STATED
    note: Text | None = None
    provenance: Provenance | None = None


class BodyOverride(Strict):
    """What an alternative changes on one body."""

    kind: BodyKind | None = None
    committee_role: CommitteeRole | None = None
    names: Names | None = None
    seats: Seats = None
    parent: Id | None = None

    _parse_seats = field_validator("seats", mode="before")(lambda cls, v: parse_seats(v))


class Alternative(Strict):
    """One answer to an open choice: bodies changed and bodies removed."""

    id: Id
    label: LocalText
    set: dict[Id, BodyOverride] = Field(default_factory=dict)
    remove: list[Id] = Field(default_factory=list)


class Choice(Strict):
    """A decision the source leaves open. The first alternative is what the body list says."""

    id: Id
    question: LocalText
    alternatives: Annotated[list[Alternative], Field(min_length=2)]
    provenance: Provenance | None = None


class Population(Strict):
    count: Annotated[int, Field(ge=0)]
    date: dt.date | None = Field(None, description="Reference date of the figure.")
    source: Text | None = None


class Version(Strict):
    date: dt.date | None = None
    status: Status = Status.DRAFT
    label: LocalText | None = None


class Suppression(Strict):
    """A rule switched off or downgraded for this model, with the reason recorded."""

    code: Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_not_blank)]
    reason: Annotated[str, Field(min_length=3, max_length=2000), AfterValidator(_not_blank)]
    body: Id | None = None
    severity: Annotated[str, Field(pattern="^(error|warning|info)$")] | None = Field(
        None, description="Downgrade to this severity instead of switching the rule off."
    )


def _law_enum(schema: dict[str, Any]) -> None:
    """The schema of ``law:`` lists the registered law ids (read when the schema is made)."""
    from .rules.registry import known_laws

    schema["enum"] = list(known_laws())


class Organisation(Strict):
    """A whole governance structure."""

    schema_: str | None = Field(None, alias="$schema", description="Path of the JSON Schema, for editors.")
    extends: str | None = Field(None, description="A base file whose bodies and relations this file adds to.")
    id: Id
    names: Names
    org_type: OrgType
    law: str = Field(description="The law the organisation is organised under (its id).", json_schema_extra=_law_enum)
    population: Population | None = None
    bilingual: bool = False
    sami_homeland: bool = False
    scope: list[ScopePart] | None = Field(
        None, description="Which parts of the structure the model describes; absent: political bodies, advocacy "
                          "bodies, executive, enterprises and group (instruments, powers and composition are then "
                          "not claimed complete).")
    version: Version | None = None
    provenance: Provenance | None = None
    note: Text | None = None
    bodies: list[Body]
    relations: list[Relation] = Field(default_factory=list)
    powers: list[Power] = Field(default_factory=list)
    instruments: list[Instrument] = Field(default_factory=list)
    choices: list[Choice] = Field(default_factory=list)
    suppressions: list[Suppression] = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("law")
    @classmethod
    def _known_law(cls, value: str) -> str:
        from .rules.registry import LAWS, known_laws  # lazily: the rule modules come after the model

        if value not in known_laws():
            raise ValueError(f"unknown law {value!r}; valid: {', '.join(LAWS)}")
        return value

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> Organisation:
        # The loader checks references itself so that it can point at every bad line;
        # everyone else gets them checked here.
        if info.context and info.context.get("defer_references"):
            return self
        problems = reference_problems(self.model_dump(by_alias=True))
        if problems:
            raise ValueError("; ".join(f"{'.'.join(map(str, loc))}: {msg}" for loc, msg in problems))
        return self

    # --- lookups: thin delegations to the structure index (orgmodel.index), which is kept
    # outside the model so that equality and serialisation see the fields only ------------

    def body(self, body_id: str) -> Body:
        """The body with this id (KeyError if there is none)."""
        return structure(self).by_id[body_id]

    def has_body(self, body_id: str) -> bool:
        return body_id in structure(self).by_id

    def children(self, body_id: str | None) -> list[Body]:
        """Bodies whose parent is ``body_id`` (``None``: the roots), in file order."""
        return list(structure(self).children(body_id))

    def ancestors(self, body_id: str) -> list[Body]:
        """Parent, grandparent, ... up to a root. Stops at a cycle instead of looping."""
        s = structure(self)
        return [s.by_id[a] for a in s.ancestors[body_id]]

    def bodies_of_kind(self, *kinds: BodyKind | str) -> list[Body]:
        """Bodies of any of these kinds, in file order."""
        wanted = {BodyKind(k) for k in kinds}
        if len(wanted) == 1:
            return list(structure(self).by_kind.get(wanted.pop(), ()))
        return [b for b in self.bodies if b.kind in wanted]

    def name(self, lang: str = "fi") -> str:
        return self.names.get(lang)

    def in_scope(self, part: ScopePart | str) -> bool:
        """Whether the model claims to describe ``part`` completely (see ``scope``)."""
        return ScopePart(part) in (self.scope if self.scope is not None else DEFAULT_SCOPE)

    def graph(self) -> OrgGraph:
        """The structure as a networkx MultiDiGraph (built once per organisation object, then shared)."""
        from .graph import build_graph

        return memo(self, "graph", build_graph)

    def tiers(self) -> dict[str, Tier]:
        """Every body's governance tier (see :func:`orgmodel.tiers.assign_tiers`)."""
        from .tiers import assign_tiers

        return assign_tiers(self)

    # --- open choices ------------------------------------------------------------------

    def variant(self, selection: dict[str, str] | None = None) -> Organisation:
        """The structure with one alternative picked per choice (default: the first).

        >>> base = Organisation.model_validate({"id": "x", "names": {"fi": "X"},
        ...   "org_type": "archetype", "law": "fi/kuntalaki-410-2015",
        ...   "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}},
        ...              {"id": "a", "kind": "committee", "names": {"fi": "A"}, "parent": "v"}],
        ...   "choices": [{"id": "c", "question": "?", "alternatives": [
        ...       {"id": "vk", "label": "valiokunta"},
        ...       {"id": "ltk", "label": "lautakunta", "set": {"a": {"kind": "board"}}}]}]})
        >>> base.variant({"c": "ltk"}).body("a").kind.value
        'board'
        """
        from .variants import apply_selection

        return apply_selection(self, selection or {})

    def variants(self, max_variants: int | None = MAX_VARIANTS) -> Iterator[tuple[dict[str, str], Organisation]]:
        """Every combination of alternatives, as (selection, organisation) pairs.

        More than ``max_variants`` combinations (default :data:`~orgmodel.variants.MAX_VARIANTS`;
        ``None``: no cap) is a :class:`~orgmodel.errors.UserError`, raised before any is built.
        """
        check_variant_count(self, max_variants)
        if not self.choices:
            yield {}, self
            return
        ids = [c.id for c in self.choices]
        for combo in itertools.product(*[[a.id for a in c.alternatives] for c in self.choices]):
            selection = dict(zip(ids, combo, strict=True))  # one alternative per choice
            yield selection, self.variant(selection)
