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
    LanguageGroup,
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
    """Where a fact comes from: the source (a page address or a seed document) and its title, the
    date the source shows, the few words in it that carry the fact, and for an undated page when
    it was seen.

    >>> Provenance(source="https://omahame.fi/aluehallitus/", quote="13 jäsentä",
    ...            note="undated, seen 2026-12-01").date is None
    True
    """

    source: Text | None = Field(None, description="The page address (URL) or seed document id.")
    title: Text | None = Field(None, description="The source's own title, as written in it (a slide deck's "
                                                 "title); diagrams name the source by it rather than by its id.")
    slide: Annotated[int, Field(ge=0)] | None = None
    date: dt.date | None = Field(None, description="The date the source shows.")
    quote: Text | None = Field(None, description="The few words of the source that carry the fact, verbatim.")
    note: Text | None = Field(None, description="E.g. 'undated, seen 2026-12-01' for a page that shows no date.")


#: Keys of ``fact_certainty``: the certainty of one field when it differs from the entry's own.
FactCertainty = dict[Annotated[str, Field(pattern=r"^[a-z_]+$", max_length=60)], Certainty]


def _fact_fields_exist(model: BaseModel, facts: dict[str, Certainty]) -> None:
    if not facts:  # as on most entries: nothing to look up (a model validator runs once per entry)
        return
    unknown = sorted(set(facts) - set(type(model).model_fields) - {"fact_certainty", "certainty"})
    if unknown:
        fields = ", ".join(f for f in type(model).model_fields if f not in ("fact_certainty", "certainty"))
        raise ValueError(f"fact_certainty names {', '.join(map(repr, unknown))}, which is not a field here; "
                         f"valid: {fields}")
    if "certainty" in facts or "fact_certainty" in facts:
        raise ValueError("fact_certainty cannot name certainty itself")


ValidFrom = Annotated[dt.date | None, Field(description="First day it exists (inclusive).")]
ValidTo = Annotated[dt.date | None, Field(description="Last day it exists (inclusive).")]


class Dated(Strict):
    """Base of what may exist only for a while: its own ``valid_from`` and ``valid_to`` fields
    (both inclusive; None: open), declared in each class so that they come after its identity."""

    @property
    def _span(self) -> tuple[dt.date | None, dt.date | None]:
        return getattr(self, "valid_from", None), getattr(self, "valid_to", None)

    @model_validator(mode="after")
    def _dates_ordered(self) -> Dated:
        start, end = self._span
        if start and end and start > end:
            raise ValueError(f"valid_to {end} is before valid_from {start}")
        return self

    def valid_on(self, day: dt.date | None) -> bool:
        """Whether it exists on ``day`` (None: every entry counts)."""
        start, end = self._span
        if day is None:
            return True
        return (start is None or day >= start) and (end is None or day <= end)


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
    chair_from_parent_body: bool | None = Field(
        None, description="Subcommittee (jaosto): the chair is a member or deputy member of the parent body.")
    deputy_women: Annotated[int, Field(ge=0)] | None = Field(None, description="Women among the deputy members.")
    deputy_men: Annotated[int, Field(ge=0)] | None = Field(None, description="Men among the deputy members.")
    language_groups: dict[LanguageGroup, Annotated[int, Field(ge=0)]] | None = Field(
        None, description="Members by language group, e.g. {swedish: 7, finnish: 2}.")
    min_councillor_share: Annotated[float, Field(ge=0, le=1)] | None = Field(
        None, description="The least share of councillors the body must have, as a fraction (0.75: three quarters).")
    councillor_share_counts_deputies: bool | None = Field(
        None, description="Deputy councillors count towards min_councillor_share.")


class Body(Dated):
    """A council, board, committee, office, enterprise, company or outside party.

    ``names`` may be left out when the source does not name the body: it is then shown by its
    kind, never by an invented name.

    >>> Body(id="j1", kind="subcommittee", parent="h").name("fi")
    '(nimeämätön jaosto)'
    """

    id: Id
    kind: BodyKind
    names: Names | None = Field(None, description="Leave out when the source does not name the body.")
    parent: Id | None = Field(None, description="The body this one is subordinate to (the hierarchy).")
    parent_certainty: Certainty = Certainty.STATED
    committee_role: CommitteeRole | None = Field(None, description="Only for kind: committee.")
    advocacy: AdvocacyType | None = Field(None, description="Only for kind: advocacy_body.")
    executive_type: ExecutiveType | None = Field(None, description="Only for kind: executive.")
    external_type: ExternalType | None = Field(None, description="Only for kind: external_party.")
    language_body: LanguageBody | None = Field(None, description="A board with a statutory language task.")
    language_group: LanguageGroup | None = Field(
        None, description="The language group the body serves or is made of (a Swedish section of an education board).")
    chaired_by: Id | None = Field(
        None, description="The office or body whose holder chairs this body (the mayor chairs the city board).")
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
        default_factory=dict, description="Certainty of single fields, e.g. {seats: inferred}.")
    valid_from: ValidFrom = None
    valid_to: ValidTo = None
    note: Text | None = None
    provenance: Provenance | None = None

    _parse_seats = field_validator("seats", mode="before")(lambda cls, v: parse_seats(v))

    @model_validator(mode="after")
    def _qualifiers_fit_kind(self) -> Body:
        for field, kind in _QUALIFIER_KIND.items():
            if getattr(self, field) is not None and self.kind is not kind:
                raise ValueError(f"{field} is only for kind {kind.value}; this body is {self.kind.value}")
        _fact_fields_exist(self, self.fact_certainty)
        return self

    def certainty_of(self, field: str) -> Certainty:
        """How sure the model is of one field: its own entry in ``fact_certainty``, else the body's."""
        return self.fact_certainty.get(field, self.certainty)

    @property
    def seats_min(self) -> int | None:
        return self.seats.min if isinstance(self.seats, SeatRange) else self.seats

    @property
    def seats_max(self) -> int | None:
        return self.seats.max if isinstance(self.seats, SeatRange) else self.seats

    def name(self, lang: str = "fi") -> str:
        """The body's name in ``lang`` (Finnish if not given); an unnamed body is shown by its kind."""
        return self.shown_names.get(lang)

    @property
    def shown_names(self) -> Names:
        """``names``, or for a body the source does not name, its kind in brackets in each language."""
        if self.names is not None:
            return self.names
        from .words import word

        fi, sv, en = (word("card.unnamed", lang).format(kind=self.kind.label(lang)) for lang in ("fi", "sv", "en"))
        return Names(fi=fi, sv=sv, en=en)


#: Body field -> the one kind that may set it (from the kind specs).
_QUALIFIER_KIND = {spec.qualifier: kind for kind, spec in KIND_SPECS.items() if spec.qualifier is not None}


class Limit(Strict):
    """A limit of a delegation, such as a procurement threshold. A euro amount needs the source's words.

    >>> Limit(text="hankinnat alle 60 000 euroa", amount_eur=60000, quote="alle 60 000 euroa").amount_eur
    60000
    """

    text: LocalText
    amount_eur: Annotated[int, Field(ge=0)] | None = Field(None, description="A euro threshold, only with its quote.")
    quote: Text | None = None

    @model_validator(mode="after")
    def _amount_quoted(self) -> Limit:
        if self.amount_eur is not None and not (self.quote and self.quote.strip()):
            raise ValueError("amount_eur needs the quote from the source that states it (quote: ...)")
        return self


#: Relation types that may say how many of the target's seats they fill.
SEAT_RELATIONS = frozenset({RelationType.ELECTS, RelationType.NOMINATES})


class Relation(Dated):
    """A typed edge: ``source`` elects / nominates / prepares for / steers / owns / ... ``target``.

    A ``delegates`` relation is one step of a power's delegation chain (see :class:`Power`).

    >>> Relation(type="nominates", source="saamelaiskarajat", target="saamen_kielen_ltk", seats=2).seats
    2
    """

    id: Id | None = None
    type: RelationType
    source: Id
    target: Id
    share: Annotated[float, Field(ge=0, le=100)] | None = Field(None, description="Ownership share in percent (owns).")
    seats: Annotated[int, Field(ge=0, le=100_000)] | None = Field(
        None, description="How many of the target's seats this elects or nominates ('names 5 of 13').")
    power: Id | None = Field(None, description="The power delegated (delegates).")
    via: Id | None = Field(None, description="The instrument that makes the delegation (usually the hallintosääntö).")
    limits: list[Limit] = Field(default_factory=list, description="Limits of the delegation (delegates).")
    label: Text | None = None
    certainty: Certainty = Certainty.STATED
    fact_certainty: FactCertainty = Field(default_factory=dict, description="Certainty of single fields.")
    valid_from: ValidFrom = None
    valid_to: ValidTo = None
    note: Text | None = None
    provenance: Provenance | None = None

    def certainty_of(self, field: str) -> Certainty:
        return self.fact_certainty.get(field, self.certainty)

    @model_validator(mode="after")
    def _fields_fit_type(self) -> Relation:
        if self.type is RelationType.SUBORDINATE_TO:
            raise ValueError("write the hierarchy as 'parent:' on the subordinate body, "
                             "not as a subordinate_to relation")
        if self.share is not None and self.type is not RelationType.OWNS:
            raise ValueError("share is only for relations of type owns")
        if self.power is not None and self.type is not RelationType.DELEGATES:
            raise ValueError("power is only for relations of type delegates")
        if self.type is RelationType.DELEGATES and self.power is None:
            raise ValueError("a delegates relation must name the power it delegates (power: <id>)")
        if self.seats is not None and self.type not in SEAT_RELATIONS:
            raise ValueError("seats is only for relations of type elects or nominates")
        if self.limits and self.type is not RelationType.DELEGATES:
            raise ValueError("limits is only for relations of type delegates")
        _fact_fields_exist(self, self.fact_certainty)
        if self.source == self.target:
            raise ValueError(f"a relation from {self.source!r} to itself says nothing")
        return self


class LegalBasis(Strict):
    """The provision a power rests on, for a matter outside the law's catalogue."""

    act: FilledText
    section: FilledText


class Power(Dated):
    """A matter somebody decides, with its original holder under the administrative regulations.

    The power schema: ``matter`` links it to the law's catalogue, from which its legal basis and
    whether the law reserves it to the council are *derived* (never stored); ``legal_basis`` is
    only for matters outside the catalogue. Each delegation step is a ``delegates`` relation that
    names this power (source -> target, ``via`` instrument, ``valid_from``, ``limits``).
    ``call_in`` left out means the source does not say; ``call_in: []`` says nobody has it.

    >>> Power(id="p", names={"fi": "Hankinnat"}, holder="hallitus").call_in is None
    True
    """

    id: Id
    names: Names
    holder: Id
    matter: Id | None = Field(None, description="Code of the matter in the law's catalogue, e.g. 'budget'.")
    legal_basis: LegalBasis | None = Field(None, description="Only for a matter outside the law's catalogue.")
    coercion: bool = Field(False, description="Involves administrative coercion (hallintopakko).")
    call_in: list[Id] | None = Field(
        None, description="Bodies holding a call-in right (otto-oikeus) over it; [] = none; absent = not stated.")
    certainty: Certainty = Certainty.STATED
    fact_certainty: FactCertainty = Field(default_factory=dict, description="Certainty of single fields.")
    valid_from: ValidFrom = None
    valid_to: ValidTo = None
    note: Text | None = None
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _facts_known(self) -> Power:
        _fact_fields_exist(self, self.fact_certainty)
        return self

    def certainty_of(self, field: str) -> Certainty:
        return self.fact_certainty.get(field, self.certainty)

    @property
    def call_in_holders(self) -> list[str]:
        """The call-in holders, empty whether none is stated or none exists."""
        return self.call_in or []


class ContentArea(Strict):
    """One required or chosen content area of an instrument, e.g. a strategy's 'personnel policy'."""

    name: FilledText
    topic: Id | None = Field(None, description="Statutory topic code, for completeness checks.")


class Instrument(Dated):
    """A document one body prepares and another adopts: strategy, hallintosääntö, budget, ..."""

    id: Id
    kind: InstrumentKind
    names: Names
    prepared_by: Id | None = None
    adopted_by: Id | None = None
    adopted_on: dt.date | None = Field(None, description="The day the adopting body adopted it.")
    content_areas: list[ContentArea] = Field(default_factory=list)
    certainty: Certainty = Certainty.STATED
    valid_from: ValidFrom = None
    valid_to: ValidTo = None
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
    approximate: bool = Field(False, description="The source gives a rounded figure ('noin 270 000').")
    source: Text | None = None
    provenance: Provenance | None = None


class Sides(Strict):
    """The organiser/producer split a source draws (järjestäjä / tuottaja): the headings of its two
    sides as the source words them. A diagram draws a divider between the organiser's bands and
    the producer's (production and group entities) and keys it in the legend; without ``sides``
    no divider is drawn: the split is what a source says, never inferred from the tiers.

    >>> Sides(organiser={"fi": "Järjestäjä"}, producer={"fi": "Tuotanto"}).producer.get("sv")
    'Tuotanto'
    """

    organiser: Names
    producer: Names
    provenance: Provenance | None = None


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
    minority_language: LanguageGroup | None = Field(
        None, description="Bilingual: the national language of the minority (finnish or swedish).")
    sami_homeland: bool = False
    scope: list[ScopePart] | None = Field(
        None, description="The parts of the structure this model describes (default: its bodies, "
                          "not complete lists of instruments, powers or composition).")
    version: Version | None = None
    provenance: Provenance | None = None
    note: Text | None = None
    sides: Sides | None = Field(None, description="The organiser/producer split the source draws, if it draws one.")
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
    def _language_fits(self) -> Organisation:
        if self.minority_language is not None and not self.bilingual:
            raise ValueError("minority_language is only for a bilingual organisation (bilingual: true)")
        if self.minority_language is LanguageGroup.SAMI:
            raise ValueError("minority_language is a national language (finnish or swedish); "
                             "Sámi is given by sami_homeland")
        return self

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

    @property
    def version_date(self) -> dt.date | None:
        """The day the model describes (``version.date``): the default day of every command, never today."""
        return self.version.date if self.version else None

    def in_scope(self, part: ScopePart | str) -> bool:
        """Whether the model describes ``part`` (see :class:`~orgmodel.vocab.ScopePart`).

        >>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
        ...     "law": "fi/kuntalaki-410-2015", "bodies": [], "scope": ["political_bodies"]})
        >>> org.in_scope("political_bodies"), org.in_scope("advocacy_bodies")
        (True, False)
        """
        scope = ScopePart.default() if self.scope is None else self.scope
        return ScopePart(part) in scope

    def as_of(self, day: dt.date | str | None) -> Organisation:
        """The structure on ``day``: bodies, relations, powers and instruments that exist then.

        None gives the model unchanged. A body that ends while a body under it goes on is a
        :class:`~orgmodel.errors.UserError` naming both.

        >>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
        ...     "law": "fi/kuntalaki-410-2015", "bodies": [
        ...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
        ...     {"id": "ltk", "kind": "board", "names": {"fi": "L"}, "parent": "v", "valid_to": "2025-05-31"},
        ...     {"id": "vk", "kind": "committee", "names": {"fi": "K"}, "parent": "v", "valid_from": "2025-06-01"}]})
        >>> [b.id for b in org.as_of("2025-01-01").bodies], [b.id for b in org.as_of("2025-06-01").bodies]
        (['v', 'ltk'], ['v', 'vk'])
        """
        from .timeline import structure_on

        return structure_on(self, day)

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
