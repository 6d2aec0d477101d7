"""Structural diff of two structures: bodies, relations, powers, instruments and the model's version.

Bodies of ``a`` are matched to bodies of ``b`` in three steps, each working only on the bodies the
earlier steps left unmatched:

1. an explicit ``mapping`` (a-id -> b-id; a value of ``None`` means "has no counterpart");
2. the same id;
3. the same kind and the same normalised Finnish name (:func:`normalise_name`), pairing in file
   order when several bodies share both.

A matched pair is *changed* when any of :data:`BODY_FIELDS` differs: kind and role, seats,
chairs, composition (field by field, as ``composition.<name>``), parent, language, dates and
certainty. Fields that name bodies (``parent``, ``chaired_by``) are compared through the matching,
names are compared normalised. Relations are compared as :class:`RelationRef` (type, source,
target, power) after translating a's ids into b's; a relation present on both sides is *changed*
when any of :data:`RELATION_FIELDS` differs (seats, limits, dates ...). Powers and instruments
match by id and are compared on :data:`POWER_FIELDS` (holder, the delegation chain to the final
decision-maker, call-in, reservation to the council, legal basis, dates) and
:data:`INSTRUMENT_FIELDS` (preparer, adopter, content areas, adoption day). The model itself is
compared on :data:`MODEL_FIELDS` (status and version). The hierarchy (``parent:``) is reported
under changed parents, not as relations. The diagram's baseline highlight uses this same diff
(:meth:`StructureDiff.status`).

>>> from orgmodel.model import Organisation
>>> def org(bodies, relations=()):
...     return Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "archetype",
...         "law": "fi/kuntalaki-410-2015", "bodies": bodies, "relations": list(relations)})
>>> a = org([{"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 59},
...          {"id": "ltk", "kind": "board", "names": {"fi": "Sote-lautakunta"}, "parent": "v"}])
>>> b = org([{"id": "valtuusto", "kind": "council", "names": {"fi": "valtuusto"}, "seats": 69},
...          {"id": "vk", "kind": "committee", "names": {"fi": "Sote-valiokunta"}, "parent": "valtuusto"}],
...         [{"type": "elects", "source": "valtuusto", "target": "vk"}])
>>> d = diff_structures(a, b)
>>> d.matches, d.added, d.removed
({'v': 'valtuusto'}, ['vk'], ['ltk'])
>>> d.changed
{'valtuusto': {'seats': (59, 69)}}
>>> d.relations_added
[RelationRef(type='elects', source='valtuusto', target='vk', power=None)]
>>> [str(k) for k in diff_structures(a, b, mapping={"ltk": "vk"}).changed["vk"]["kind"]]
['board', 'committee']
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from orgmodel.errors import UserError

if TYPE_CHECKING:
    from orgmodel.model import Body, Instrument, Organisation, Power, Relation

#: The composition fields a diff compares, each reported as ``composition.<name>``.
COMPOSITION_FIELDS: tuple[str, ...] = (
    "women", "men", "deputy_women", "deputy_men", "councillors", "employees", "executive_board_members",
    "chair_is_councillor", "vice_chairs_are_councillors", "chair_from_parent_body", "personal_deputies",
    "language_groups", "min_councillor_share", "councillor_share_counts_deputies")

#: The body fields a diff compares, in the order reports list them.
BODY_FIELDS: tuple[str, ...] = (
    "kind", "committee_role", "advocacy", "executive_type", "external_type", "names", "seats", "chairs",
    "vice_chairs", "chaired_by", "members_must_be_councillors",
    *(f"composition.{name}" for name in COMPOSITION_FIELDS),
    "parent", "parent_certainty", "language_body", "language_group", "voluntary", "competitive_market",
    "valid_from", "valid_to", "certainty", "fact_certainty")
COMPARED_FIELDS = BODY_FIELDS  # the older name, kept for callers

#: The fields of a relation present on both sides that a diff compares.
RELATION_FIELDS: tuple[str, ...] = ("seats", "share", "via", "limits", "label", "valid_from", "valid_to",
                                    "certainty", "fact_certainty")

#: The power fields a diff compares; ``chain``, ``final`` and ``reserved`` are derived (see
#: :func:`delegation_paths` and :func:`reserved_to_council`).
POWER_FIELDS: tuple[str, ...] = ("names", "matter", "legal_basis", "coercion", "holder", "chain", "final",
                                 "call_in", "reserved", "valid_from", "valid_to", "certainty", "fact_certainty")

#: The instrument fields a diff compares.
INSTRUMENT_FIELDS: tuple[str, ...] = ("kind", "names", "prepared_by", "adopted_by", "adopted_on", "content_areas",
                                      "valid_from", "valid_to", "certainty")

#: The model's own fields a diff compares.
MODEL_FIELDS: tuple[str, ...] = ("version.status", "version.date", "version.label", "law", "scope")

#: Fields whose value is a body id (or a list of them): compared after reading a's ids as b's.
ID_FIELDS = frozenset({"parent", "chaired_by", "holder", "call_in", "chain", "final", "prepared_by", "adopted_by"})

#: Fields whose value is a set of body ids, kept as a sorted list.
UNORDERED_FIELDS = frozenset({"call_in", "final"})

#: Field -> (before, after).
Changes = dict[str, tuple[Any, Any]]


class RelationRef(NamedTuple):
    """A relation as a diff sees it; ``power`` tells apart delegations of different powers."""

    type: str
    source: str
    target: str
    power: str | None = None


Triple = RelationRef  # the older name, kept for callers


def normalise_name(name: str) -> str:
    """A Finnish name reduced to what identifies it: case, dashes, punctuation and spacing ignored.

    >>> normalise_name("  Sosiaali- ja  terveys–LAUTAKUNTA. ")
    'sosiaali ja terveys lautakunta'
    >>> normalise_name("Ympäristö­lautakunta")  # a soft hyphen, as pasted from a slide
    'ympäristölautakunta'
    """
    text = unicodedata.normalize("NFKC", name).replace("\u00ad", "").casefold()
    text = re.sub(r"[\s\-‐‑‒–—_/.,;:()\"'’]+", " ", text)
    return text.strip()


# --- field values -------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """A model value as comparable data: models dumped without empty fields, seat ranges as '7-11';
    vocabulary members stay members (str enums: equal to their tokens, and they carry labels)."""
    from orgmodel.model import SeatRange

    if isinstance(value, SeatRange):
        return str(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(exclude_none=True)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()} or None  # {} and an absent map mean the same
    return value


def body_value(body: Body, name: str) -> Any:
    """One of :data:`BODY_FIELDS` of ``body`` as comparable data.

    >>> from orgmodel.model import Body
    >>> b = Body(id="j", kind="board", seats="7-11", composition={"language_groups": {"swedish": 7}})
    >>> body_value(b, "seats"), body_value(b, "composition.language_groups"), body_value(b, "composition.men")
    ('7-11', {<LanguageGroup.SWEDISH: 'swedish'>: 7}, None)
    """
    if name.startswith("composition."):
        return _plain(getattr(body.composition, name.split(".", 1)[1])) if body.composition else None
    return _plain(getattr(body, name))


def relation_value(relation: Relation, name: str) -> Any:
    """One of :data:`RELATION_FIELDS` of ``relation`` as comparable data."""
    return _plain(getattr(relation, name))


def delegation_paths(org: Organisation, power: Power) -> list[list[str]]:
    """Every way ``power`` moves from its holder to a final decision-maker, step by step.

    Steps are the ``delegates`` relations naming the power, walked in file order; a body that
    passes the power on to nobody decides. A cycle ends the path where it would repeat a body.

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [{"id": i, "kind": k} for i, k in
    ...     (("v", "council"), ("h", "executive_board"), ("j", "executive"))],
    ...     "powers": [{"id": "p", "names": {"fi": "P"}, "holder": "h"}],
    ...     "relations": [{"type": "delegates", "power": "p", "source": "h", "target": "j"}]})
    >>> delegation_paths(org, org.powers[0])
    [['h', 'j']]
    """
    onward: dict[str, list[str]] = {}
    for r in org.relations:
        if r.type.value == "delegates" and r.power == power.id:
            onward.setdefault(r.source, []).append(r.target)
    paths: list[list[str]] = []

    def walk(path: list[str]) -> None:
        nexts = [t for t in onward.get(path[-1], []) if t not in path]
        if not nexts:
            paths.append(path)
        for t in nexts:
            walk([*path, t])

    walk([power.holder])
    return paths


def reserved_to_council(org: Organisation, power: Power) -> bool | None:
    """Whether the law reserves the power's matter to the council on the model's day
    (``version.date``); None when the power names no matter of the law's catalogue."""
    from orgmodel.rules.catalogue import MATTERS, reserved_matters

    if power.matter is None or power.matter not in MATTERS:
        return None
    return power.matter in reserved_matters(org.law, org.version_date)


def power_value(org: Organisation, power: Power, name: str) -> Any:
    """One of :data:`POWER_FIELDS` of ``power`` (in ``org``) as comparable data."""
    if name == "chain":
        return delegation_paths(org, power)
    if name == "final":
        return sorted({path[-1] for path in delegation_paths(org, power)})
    if name == "reserved":
        return reserved_to_council(org, power)
    if name == "call_in":  # the order of the list means nothing; None (not stated) is not []
        return None if power.call_in is None else sorted(power.call_in)
    return _plain(getattr(power, name))


def instrument_value(instrument: Instrument, name: str) -> Any:
    """One of :data:`INSTRUMENT_FIELDS` of ``instrument`` as comparable data."""
    if name == "content_areas":
        return [area.model_dump(exclude_none=True) for area in instrument.content_areas] or None
    return _plain(getattr(instrument, name))


def model_value(org: Organisation, name: str) -> Any:
    """One of :data:`MODEL_FIELDS` of ``org`` as comparable data (``version.*`` None without a version)."""
    if name.startswith("version."):
        return _plain(getattr(org.version, name.split(".", 1)[1])) if org.version else None
    if name == "scope":
        return sorted(org.scope) if org.scope is not None else None
    return _plain(getattr(org, name))


def _in_b(name: str, value: Any, matches: Mapping[str, str]) -> Any:
    """A value of a's read in b's ids (a body without a counterpart stays as a's id, marked)."""
    if name not in ID_FIELDS or value is None:
        return value
    if isinstance(value, list):
        return [_in_b(name, v, matches) for v in value]
    return matches.get(value, f"\0{value}")  # \0: never equal to a b-id


def _same(name: str, before: Any, after: Any, matches: Mapping[str, str]) -> bool:
    """Whether a field's values are the same once a's ids are read as b's."""
    if name == "names" and before is not None and after is not None:  # spelling is not a new name
        return _name_key(before) == _name_key(after)
    mapped = _in_b(name, before, matches)
    if name in UNORDERED_FIELDS and mapped is not None and after is not None:  # renamed ids may sort anew
        return sorted(mapped) == sorted(after)
    return bool(mapped == after)


def _name_key(names: dict[str, str]) -> dict[str, str]:
    return {lang: normalise_name(text) for lang, text in names.items()}


def _field_changes(fields: Iterable[str], get_a: Any, get_b: Any, matches: Mapping[str, str]) -> Changes:
    out: Changes = {}
    for name in fields:
        before, after = get_a(name), get_b(name)
        if not _same(name, before, after, matches):
            out[name] = (before, after)
    return out


# --- the diff -----------------------------------------------------------------------------------

@dataclass
class StructureDiff:
    """What changed from structure ``a`` to structure ``b``. Ids are a's or b's as each field says."""

    matches: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: b-id -> field -> (before, after); fields of :data:`BODY_FIELDS`
    changed: dict[str, Changes] = field(default_factory=dict)
    relations_added: list[Triple] = field(default_factory=list)
    relations_removed: list[Triple] = field(default_factory=list)
    #: relations on both sides (in b's ids) whose :data:`RELATION_FIELDS` differ, in b's file order
    relations_changed: list[tuple[RelationRef, Changes]] = field(default_factory=list)
    #: power ids only in b / only in a (powers match by id)
    powers_added: list[str] = field(default_factory=list)
    powers_removed: list[str] = field(default_factory=list)
    #: power id -> field -> (before, after); fields of :data:`POWER_FIELDS`
    powers_changed: dict[str, Changes] = field(default_factory=dict)
    #: instrument ids only in b / only in a, and id -> field -> (before, after)
    instruments_added: list[str] = field(default_factory=list)
    instruments_removed: list[str] = field(default_factory=list)
    instruments_changed: dict[str, Changes] = field(default_factory=dict)
    #: the model's own fields (:data:`MODEL_FIELDS`) -> (before, after)
    model_changed: Changes = field(default_factory=dict)
    #: how each a-body was matched: "mapping", "id" or "name"
    matched_by: dict[str, str] = field(default_factory=dict)
    a: Organisation | None = field(default=None, repr=False, compare=False)
    b: Organisation | None = field(default=None, repr=False, compare=False)

    @property
    def is_empty(self) -> bool:
        """True when the two structures are the same as far as the diff looks."""
        return not any(self.counts()[k] for k in self.counts() if k != "matched")

    def status(self, b_id: str) -> str:
        """The highlight of one body of ``b``: 'added', 'changed' or 'same'."""
        if b_id in self.changed:
            return "changed"
        return "same" if b_id in self._matched_b() else "added"

    def _matched_b(self) -> set[str]:
        return set(self.matches.values())

    def counts(self) -> dict[str, int]:
        """How many of each kind of change (keys as in ``to_dict()['counts']``)."""
        return {"matched": len(self.matches), "added": len(self.added), "removed": len(self.removed),
                "changed": len(self.changed), "relations_added": len(self.relations_added),
                "relations_removed": len(self.relations_removed), "relations_changed": len(self.relations_changed),
                "powers_added": len(self.powers_added), "powers_removed": len(self.powers_removed),
                "powers_changed": len(self.powers_changed), "instruments_added": len(self.instruments_added),
                "instruments_removed": len(self.instruments_removed),
                "instruments_changed": len(self.instruments_changed), "model_changed": len(self.model_changed)}

    # --- output -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what ``orgmodel diff --format json`` prints); dates as 'YYYY-MM-DD'."""
        def fields(ch: Changes) -> dict[str, Any]:
            return {f: {"old": json_ready(o), "new": json_ready(n)} for f, (o, n) in ch.items()}

        return {
            "a": self.a.id if self.a is not None else None,
            "b": self.b.id if self.b is not None else None,
            "counts": self.counts(),
            "model_changed": fields(self.model_changed),
            "matches": [{"a": k, "b": v, "by": self.matched_by.get(k, "")} for k, v in self.matches.items()],
            "added": list(self.added),
            "removed": list(self.removed),
            "changed": {bid: fields(ch) for bid, ch in self.changed.items()},
            "relations_added": [list(t) for t in self.relations_added],
            "relations_removed": [list(t) for t in self.relations_removed],
            "relations_changed": [{"relation": list(t), "changed": fields(ch)} for t, ch in self.relations_changed],
            "powers_added": list(self.powers_added),
            "powers_removed": list(self.powers_removed),
            "powers_changed": {pid: fields(ch) for pid, ch in self.powers_changed.items()},
            "instruments_added": list(self.instruments_added),
            "instruments_removed": list(self.instruments_removed),
            "instruments_changed": {iid: fields(ch) for iid, ch in self.instruments_changed.items()},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_text(self, lang: str = "fi") -> str:
        """Lines a person reads: + added, - removed, ~ changed, per part of the structure."""
        from .diff_report import report_lines

        return "\n".join(report_lines(self, lang, markdown=False)) + "\n"

    def to_markdown(self, lang: str = "fi") -> str:
        from .diff_report import report_lines

        return "\n".join(report_lines(self, lang, markdown=True)) + "\n"

    def to_xlsx(self, path_or_buffer: Any, lang: str = "fi") -> None:
        """The diff as a workbook (a summary sheet and one row per change); same bytes every run."""
        from .diff_xlsx import write_diffs_xlsx

        write_diffs_xlsx([self], path_or_buffer, lang)


def json_ready(value: Any) -> Any:
    """``value`` as JSON data: dates as ISO strings, vocabulary members as their tokens.

    >>> json_ready({"d": dt.date(2025, 6, 1), "x": [1, None]})
    {'d': '2025-06-01', 'x': [1, None]}
    """
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(json_ready(k)): json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return value


def diff_structures(a: Organisation, b: Organisation,
                    mapping: Mapping[str, str | None] | None = None) -> StructureDiff:
    """Match the bodies of ``a`` to those of ``b`` and list what differs (see the module doc).

    ``mapping`` forces pairs (a-id -> b-id, or None for "no counterpart"); an id that is not in
    its structure, or a b-id mapped twice, is a :class:`~orgmodel.errors.UserError`.
    """
    forced = dict(mapping or {})
    _check_mapping(a, b, forced)
    matches, matched_by, taken_b = _match_bodies(a, b, forced)
    relations_added, relations_removed, relations_changed = _relation_changes(a, b, matches)
    powers_added, powers_removed, powers_changed = _by_id_changes(
        a.powers, b.powers, POWER_FIELDS, lambda p, n: power_value(a, p, n), lambda p, n: power_value(b, p, n),
        matches)
    instruments_added, instruments_removed, instruments_changed = _by_id_changes(
        a.instruments, b.instruments, INSTRUMENT_FIELDS, instrument_value, instrument_value, matches)
    return StructureDiff(
        matches=matches,
        added=[body.id for body in b.bodies if body.id not in taken_b],
        removed=[body.id for body in a.bodies if body.id not in matches],
        changed=_changed(a, b, matches),
        relations_added=relations_added,
        relations_removed=relations_removed,
        relations_changed=relations_changed,
        powers_added=powers_added,
        powers_removed=powers_removed,
        powers_changed=powers_changed,
        instruments_added=instruments_added,
        instruments_removed=instruments_removed,
        instruments_changed=instruments_changed,
        model_changed=_field_changes(MODEL_FIELDS, lambda n: model_value(a, n), lambda n: model_value(b, n), {}),
        matched_by=matched_by,
        a=a,
        b=b,
    )


def _match_bodies(a: Organisation, b: Organisation, mapping: dict[str, str | None]
                  ) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """a-id -> b-id, a-id -> the step that matched it (mapping, id, name), and the b-ids taken;
    matches in a's file order whatever step made them."""
    matches: dict[str, str] = {}
    matched_by: dict[str, str] = {}
    taken_b: set[str] = set()
    excluded_a = {k for k, v in mapping.items() if v is None}

    def match(a_id: str, b_id: str, step: str) -> None:
        matches[a_id] = b_id
        matched_by[a_id] = step
        taken_b.add(b_id)

    for a_id, b_id in mapping.items():
        if b_id is not None:
            match(a_id, b_id, "mapping")

    b_ids = {body.id for body in b.bodies}
    for body in a.bodies:
        if body.id in matches or body.id in excluded_a:
            continue
        if body.id in b_ids and body.id not in taken_b:
            match(body.id, body.id, "id")

    # Name step: queue b's leftovers per (kind, name) so pairing follows file order.
    queues: dict[tuple[str, str], list[str]] = {}
    for body in b.bodies:
        if body.id not in taken_b:
            queues.setdefault((body.kind.value, normalise_name(body.shown_names.fi)), []).append(body.id)
    for body in a.bodies:
        if body.id in matches or body.id in excluded_a:
            continue
        queue = queues.get((body.kind.value, normalise_name(body.shown_names.fi)))
        if queue:
            match(body.id, queue.pop(0), "name")

    order = {body.id: i for i, body in enumerate(a.bodies)}
    matches = dict(sorted(matches.items(), key=lambda kv: order[kv[0]]))
    return matches, {k: matched_by[k] for k in matches}, taken_b


def _changed(a: Organisation, b: Organisation, matches: dict[str, str]) -> dict[str, Changes]:
    """b-id -> field -> (before, after) for every matched body that differs, in b's file order."""
    changed: dict[str, Changes] = {}
    for a_id, b_id in matches.items():
        old, new = a.body(a_id), b.body(b_id)
        fields = _field_changes(BODY_FIELDS, lambda n, x=old: body_value(x, n),
                                lambda n, x=new: body_value(x, n), matches)
        if fields:
            changed[b_id] = fields
    return {bid: changed[bid] for bid in (body.id for body in b.bodies) if bid in changed}


def _by_id_changes(a_items: list[Any], b_items: list[Any], fields: tuple[str, ...], get_a: Any, get_b: Any,
                   matches: Mapping[str, str]) -> tuple[list[str], list[str], dict[str, Changes]]:
    """(added, removed, changed) of entries that match by id (powers, instruments), in file order."""
    a_by_id = {x.id: x for x in a_items}
    b_ids = {x.id for x in b_items}
    changed: dict[str, Changes] = {}
    for new in b_items:
        old = a_by_id.get(new.id)
        if old is not None:
            ch = _field_changes(fields, lambda n, x=old: get_a(x, n), lambda n, x=new: get_b(x, n), matches)
            if ch:
                changed[new.id] = ch
    return ([x.id for x in b_items if x.id not in a_by_id], [x.id for x in a_items if x.id not in b_ids], changed)


#: A relation of a read in b's ids: an endpoint without a counterpart is None (and matches nothing of b).
_MappedRef = tuple[str, str | None, str | None, str | None]


def _relation_changes(a: Organisation, b: Organisation, matches: dict[str, str]
                      ) -> tuple[list[RelationRef], list[RelationRef], list[tuple[RelationRef, Changes]]]:
    """(added, removed, changed) relations. A relation of a survives when b has the same one in
    b's ids; duplicates pair one by one in file order, and a surviving pair is compared field by field."""
    def ref(r: Relation) -> RelationRef:
        return RelationRef(r.type.value, r.source, r.target, r.power)

    b_pool: dict[_MappedRef, list[int]] = {}
    for j, r in enumerate(b.relations):
        b_pool.setdefault(ref(r), []).append(j)
    partner: dict[int, int] = {}  # b index -> a index
    removed: list[RelationRef] = []
    for i, r in enumerate(a.relations):
        t = ref(r)
        mapped: _MappedRef = (t.type, matches.get(t.source), matches.get(t.target), t.power)
        queue = b_pool.get(mapped)
        if queue:
            partner[queue.pop(0)] = i
        else:
            removed.append(t)
    added = [ref(r) for j, r in enumerate(b.relations) if j not in partner]
    changed: list[tuple[RelationRef, Changes]] = []
    for j, new in enumerate(b.relations):
        if j in partner:
            old = a.relations[partner[j]]
            ch = _field_changes(RELATION_FIELDS, lambda n, x=old: relation_value(x, n),
                                lambda n, x=new: relation_value(x, n), matches)
            if ch:
                changed.append((ref(new), ch))
    return added, removed, changed


def _check_mapping(a: Organisation, b: Organisation, mapping: dict[str, str | None]) -> None:
    problems = []
    for a_id, b_id in mapping.items():
        if not a.has_body(a_id):
            problems.append(f"{a_id!r} is not a body of {a.id!r}")
        if b_id is not None and not b.has_body(b_id):
            problems.append(f"{b_id!r} is not a body of {b.id!r}")
    twice = [b_id for b_id, n in Counter(v for v in mapping.values() if v is not None).items() if n > 1]
    problems += [f"{b_id!r} is the target of more than one mapping" for b_id in twice]
    if problems:
        raise UserError("mapping: " + "; ".join(problems))


def load_mapping(path: str | Path) -> dict[str, str | None]:
    """Read a mapping file: YAML or JSON, ``a_id: b_id`` per line (``a_id: null`` = no counterpart).

    Also accepts the form ``{mapping: {...}}`` so that a file can carry a comment key beside it.
    """
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise UserError(f"{p}: cannot read the mapping file: {e.strerror or e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark else str(p)
        raise UserError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]
    if not isinstance(data, dict):
        raise UserError(f"{p}: a mapping file holds lines 'id_in_a: id_in_b'")
    out: dict[str, str | None] = {}
    for k, v in data.items():
        if not isinstance(k, str) or not (v is None or isinstance(v, str)):
            raise UserError(f"{p}: {k!r}: {v!r} — both sides must be body ids (or null on the right)")
        out[k] = v
    return out


def diff_series(versions: Iterable[Organisation]) -> list[StructureDiff]:
    """Step-by-step diffs of an ordered series (draft -> adopted, phase 1 -> 2 -> ...)."""
    seq = list(versions)
    return [diff_structures(x, y) for x, y in pairwise(seq)]
