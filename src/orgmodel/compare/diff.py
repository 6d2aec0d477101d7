"""Structural diff of two structures: which bodies match, which were added, removed or changed.

Bodies of ``a`` are matched to bodies of ``b`` in three steps, each working only on the bodies the
earlier steps left unmatched:

1. an explicit ``mapping`` (a-id -> b-id; a value of ``None`` means "has no counterpart");
2. the same id;
3. the same kind and the same normalised Finnish name (:func:`normalise_name`), pairing in file
   order when several bodies share both.

A matched pair is *changed* when its kind, seats, parent (compared through the matching),
committee role, ``members_must_be_councillors`` (what makes a valiokunta a body of councillors)
or names (normalised, per language) differ. Powers match by id and are listed
as added or removed. Relations are compared as (type, source, target) triples after
translating a's ids into b's; the hierarchy (``parent:``) is reported under changed parents, not
as relations. The diagram's baseline highlight uses this same diff (:meth:`StructureDiff.status`).

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

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from orgmodel.errors import UserError
from orgmodel.words import word

if TYPE_CHECKING:
    from orgmodel.model import Body, Organisation

#: The body fields a diff compares, in the order reports list them.
COMPARED_FIELDS: tuple[str, ...] = ("kind", "seats", "parent", "committee_role", "members_must_be_councillors", "names")

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


def _value(body: Body, name: str) -> Any:
    """A field as a comparable, JSON-ready value. Kinds and roles stay vocabulary members (str
    enums: equal to their tokens, and they carry their fi/sv/en labels)."""
    if name in ("kind", "committee_role"):
        return getattr(body, name)
    if name == "seats":
        seats = body.seats
        return seats if seats is None or isinstance(seats, int) else str(seats)  # a range as '7-11'
    if name == "names":
        return body.names.model_dump(exclude_none=True) if body.names else None
    return getattr(body, name)


def _name_key(names: dict[str, str]) -> dict[str, str]:
    return {lang: normalise_name(text) for lang, text in names.items()}


@dataclass
class StructureDiff:
    """What changed from structure ``a`` to structure ``b``. Ids are a's or b's as each field says."""

    matches: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    relations_added: list[Triple] = field(default_factory=list)
    relations_removed: list[Triple] = field(default_factory=list)
    #: power ids only in b / only in a (powers match by id)
    powers_added: list[str] = field(default_factory=list)
    powers_removed: list[str] = field(default_factory=list)
    #: how each a-body was matched: "mapping", "id" or "name"
    matched_by: dict[str, str] = field(default_factory=dict)
    a: Organisation | None = field(default=None, repr=False, compare=False)
    b: Organisation | None = field(default=None, repr=False, compare=False)

    @property
    def is_empty(self) -> bool:
        """True when the two structures are the same as far as the diff looks."""
        return not (self.added or self.removed or self.changed or self.relations_added or self.relations_removed
                    or self.powers_added or self.powers_removed)

    def status(self, b_id: str) -> str:
        """The highlight of one body of ``b``: 'added', 'changed' or 'same'."""
        if b_id in self.changed:
            return "changed"
        return "same" if b_id in self._matched_b() else "added"

    def _matched_b(self) -> set[str]:
        return set(self.matches.values())

    def counts(self) -> dict[str, int]:
        return {"matched": len(self.matches), "added": len(self.added), "removed": len(self.removed),
                "changed": len(self.changed), "relations_added": len(self.relations_added),
                "relations_removed": len(self.relations_removed), "powers_added": len(self.powers_added),
                "powers_removed": len(self.powers_removed)}

    # --- output -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what ``orgmodel diff --format json`` prints)."""
        return {
            "a": self.a.id if self.a is not None else None,
            "b": self.b.id if self.b is not None else None,
            "counts": self.counts(),
            "matches": [{"a": k, "b": v, "by": self.matched_by.get(k, "")} for k, v in self.matches.items()],
            "added": list(self.added),
            "removed": list(self.removed),
            "changed": {bid: {f: {"old": o, "new": n} for f, (o, n) in ch.items()} for bid, ch in self.changed.items()},
            "relations_added": [list(t) for t in self.relations_added],
            "relations_removed": [list(t) for t in self.relations_removed],
            "powers_added": list(self.powers_added),
            "powers_removed": list(self.powers_removed),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_text(self, lang: str = "fi") -> str:
        """Lines a person reads: + added, - removed, ~ changed, then relations."""
        return "\n".join(_lines(self, lang, markdown=False)) + "\n"

    def to_markdown(self, lang: str = "fi") -> str:
        return "\n".join(_lines(self, lang, markdown=True)) + "\n"


def diff_structures(a: Organisation, b: Organisation,
                    mapping: Mapping[str, str | None] | None = None) -> StructureDiff:
    """Match the bodies of ``a`` to those of ``b`` and list what differs (see the module doc).

    ``mapping`` forces pairs (a-id -> b-id, or None for "no counterpart"); an id that is not in
    its structure, or a b-id mapped twice, is a :class:`~orgmodel.errors.UserError`.
    """
    forced = dict(mapping or {})
    _check_mapping(a, b, forced)
    matches, matched_by, taken_b = _match_bodies(a, b, forced)
    relations_added, relations_removed = _relation_changes(a, b, matches)
    a_powers = {p.id for p in a.powers}
    b_powers = {p.id for p in b.powers}
    return StructureDiff(
        matches=matches,
        added=[body.id for body in b.bodies if body.id not in taken_b],
        removed=[body.id for body in a.bodies if body.id not in matches],
        changed=_changed(a, b, matches),
        relations_added=relations_added,
        relations_removed=relations_removed,
        powers_added=[p.id for p in b.powers if p.id not in a_powers],
        powers_removed=[p.id for p in a.powers if p.id not in b_powers],
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


def _changed(a: Organisation, b: Organisation, matches: dict[str, str]) -> dict[str, dict[str, tuple[Any, Any]]]:
    """b-id -> field -> (before, after) for every matched body that differs, in b's file order."""
    changed: dict[str, dict[str, tuple[Any, Any]]] = {}
    for a_id, b_id in matches.items():
        old, new = a.body(a_id), b.body(b_id)
        fields: dict[str, tuple[Any, Any]] = {}
        for name in COMPARED_FIELDS:
            before, after = _value(old, name), _value(new, name)
            if not _same(name, before, after, matches):
                fields[name] = (before, after)
        if fields:
            changed[b_id] = fields
    return {bid: changed[bid] for bid in (body.id for body in b.bodies) if bid in changed}


def _same(name: str, before: Any, after: Any, matches: dict[str, str]) -> bool:
    """Whether a field's values are the same once a's ids are read as b's."""
    if name == "parent":
        old_parent: str | None = before
        new_parent: str | None = after
        return (matches.get(old_parent) if old_parent is not None else None) == new_parent
    if name == "names":  # case, dashes and spacing are spelling, not a new name
        return _name_key(before) == _name_key(after)
    return bool(before == after)


#: A relation of a read in b's ids: an endpoint without a counterpart is None (and matches nothing of b).
_MappedRef = tuple[str, str | None, str | None, str | None]


def _relation_changes(a: Organisation, b: Organisation, matches: dict[str, str]
                      ) -> tuple[list[RelationRef], list[RelationRef]]:
    """(added, removed) relations. A relation of a survives when b has the same one in b's ids;
    duplicates count one by one."""
    a_rel = [RelationRef(r.type.value, r.source, r.target, r.power) for r in a.relations]
    b_rel = [RelationRef(r.type.value, r.source, r.target, r.power) for r in b.relations]
    in_b_ids: list[_MappedRef] = [(t.type, matches.get(t.source), matches.get(t.target), t.power) for t in a_rel]
    b_pool: Counter[_MappedRef] = Counter(b_rel)
    relations_removed = [t for t, mapped in zip(a_rel, in_b_ids, strict=True) if not _take(b_pool, mapped)]
    a_pool = Counter(in_b_ids)
    relations_added = [t for t in b_rel if not _take(a_pool, t)]
    return relations_added, relations_removed


def _take(pool: Counter[_MappedRef], item: _MappedRef) -> bool:
    """Consume one ``item`` from ``pool``; False when there was none left."""
    if pool[item] > 0:
        pool[item] -= 1
        return True
    return False


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


# --- text and Markdown ------------------------------------------------------------------------

def _show(field_name: str, value: Any, lang: str) -> str:
    from orgmodel.vocab import BodyKind, CommitteeRole

    if value is None:
        return "—"
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if field_name == "kind":
        return BodyKind(value).label(lang)
    if field_name == "committee_role":
        return CommitteeRole(value).label(lang)
    if field_name == "names":
        names: dict[str, str] = value  # as _value dumps them: language -> text, fi always present
        return names.get(lang) or names["fi"]
    return str(value)


def _parent_name(org: Organisation | None, body_id: str | None, lang: str) -> str:
    if body_id and org is not None and org.has_body(body_id):
        return org.body(body_id).name(lang)
    return _show("parent", body_id, lang)


def _label(org: Organisation | None, body_id: str, lang: str) -> str:
    """A body as a report names it: name (kind, id); the bare id when ``org`` lacks it."""
    if org is not None and org.has_body(body_id):
        body = org.body(body_id)
        return f"{body.name(lang)} ({body.kind.label(lang)}, {body_id})"
    return body_id


def _changed_items(d: StructureDiff, lang: str) -> list[str]:
    """One line per changed body: its label, then each field as old → new."""
    items = []
    for b_id, fields in d.changed.items():
        parts = []
        for name, (old, new) in fields.items():
            if name == "parent":  # parents by name, each in its own structure
                old_s = _parent_name(d.a, old, lang)
                new_s = _parent_name(d.b, new, lang)
            else:
                old_s, new_s = _show(name, old, lang), _show(name, new, lang)
            parts.append(f"{word('diff.field.' + name, lang)} {old_s} → {new_s}")
        items.append(f"{_label(d.b, b_id, lang)}: " + "; ".join(parts))
    return items


def _lines(d: StructureDiff, lang: str, markdown: bool) -> list[str]:
    def w(key: str) -> str:
        return word(f"diff.{key}", lang)

    a_name = d.a.name(lang) if d.a is not None else "a"
    b_name = d.b.name(lang) if d.b is not None else "b"

    def label(org: Organisation | None, body_id: str) -> str:
        return _label(org, body_id, lang)

    def rel(org: Organisation | None, t: Triple) -> str:
        from orgmodel.vocab import RelationType

        def nm(i: str) -> str:
            return org.body(i).name(lang) if org is not None and org.has_body(i) else i

        what = f" ({t.power})" if t.power else ""
        return f"{nm(t.source)} —{RelationType(t.type).label(lang)}{what}→ {nm(t.target)}"

    head = f"{w('title')}: {a_name} → {b_name}"
    out = [f"# {head}" if markdown else head]
    counts = d.counts()
    out.append(f"{w('matched')} {counts['matched']}, +{counts['added']}, −{counts['removed']}, ~{counts['changed']}")
    if d.is_empty:
        out.append(w("none"))
        return out
    bullet = "- " if markdown else "  "

    def section(title: str, mark: str, items: list[str]) -> None:
        if not items:
            return
        out.append("")
        out.append(f"## {title}" if markdown else f"{title}:")
        out.extend(f"{bullet}{'' if markdown else mark + ' '}{item}" for item in items)

    section(w("added"), "+", [label(d.b, i) for i in d.added])
    section(w("removed"), "-", [label(d.a, i) for i in d.removed])
    section(w("changed"), "~", _changed_items(d, lang))
    section(w("rel_added"), "+", [rel(d.b, t) for t in d.relations_added])
    section(w("rel_removed"), "-", [rel(d.a, t) for t in d.relations_removed])

    def power(org: Organisation | None, pid: str) -> str:
        found = [p for p in org.powers if p.id == pid] if org is not None else []
        return f"{found[0].names.get(lang)} ({pid})" if found else pid

    section(w("pow_added"), "+", [power(d.b, p) for p in d.powers_added])
    section(w("pow_removed"), "-", [power(d.a, p) for p in d.powers_removed])
    return out


def diff_series(versions: Iterable[Organisation]) -> list[StructureDiff]:
    """Step-by-step diffs of an ordered series (draft -> adopted, phase 1 -> 2 -> ...)."""
    seq = list(versions)
    return [diff_structures(x, y) for x, y in pairwise(seq)]
