"""The structure index: every lookup over an organisation, built once and kept outside the model.

:class:`~orgmodel.model.Organisation` is a frozen pydantic model that holds no hidden state, so
``org == loads(dumps(org))`` holds whatever was asked of ``org`` before. The lookups the rules,
tiers, diagrams and metrics need (by id, children in body order, ancestors, depth, by kind,
relations by type, hierarchy cycles) live in an immutable :class:`Structure`, built on first use
by :func:`structure` and memoised by the organisation's identity until it is garbage-collected.

Every walk up the ``parent:`` chain goes through :func:`walk_up`, and every cycle search through
:func:`find_cycles`, so there is one answer to "what is above this body" and "what goes round".

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "s", "names": {"fi": "S"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
...     {"id": "j", "kind": "subcommittee", "names": {"fi": "J"}, "parent": "h"}]})
>>> s = structure(org)
>>> s.ancestors["j"], s.depth("j"), [b.id for b in s.children("v")]
(('h', 'v'), 2, ['h'])
>>> structure(org) is s
True
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar, cast

from .vocab import BodyKind, RelationType

if TYPE_CHECKING:
    from .model import Body, Instrument, Organisation, Power, Relation

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def walk_up(start: str, parent_of: Callable[[str], str | None]) -> list[str]:
    """Parent, grandparent, ... of ``start``: stops at a root, at an id ``parent_of`` does not
    know (it returns None), or before a body already passed (a cycle), so it always ends.

    >>> walk_up("c", {"c": "b", "b": "a", "a": None}.get)
    ['b', 'a']
    >>> walk_up("a", {"a": "b", "b": "a"}.get)
    ['b']
    """
    out: list[str] = []
    seen = {start}
    current = parent_of(start)
    while current is not None and current not in seen:
        out.append(current)
        seen.add(current)
        current = parent_of(current)
    return out


def find_cycles(nodes: Iterable[str], successors: Callable[[str], Iterable[str] | None]) -> list[list[str]]:
    """The cycles a depth-first search from each of ``nodes`` (in that order) closes, each once,
    rotated to start from its smallest id. Iterative, so a 10,000-deep hierarchy is no problem.

    Over the hierarchy (one successor per body: its parent) this is every cycle of parent links;
    over one power's delegations it is every delegation that leads back to an earlier holder.

    >>> find_cycles(["a", "x"], {"a": ["b"], "b": ["c"], "c": ["b"], "x": ["a"]}.get)
    [['b', 'c']]
    >>> find_cycles(["p"], lambda n: {"p": ["q", "r"], "q": ["p"], "r": ["p"]}[n])
    [['p', 'q'], ['p', 'r']]
    """
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    found: list[list[str]] = []
    known: set[tuple[str, ...]] = set()
    for root in nodes:
        if root in state:
            continue
        path: list[str] = [root]
        state[root] = 1
        pending: list[Iterator[str]] = [iter(successors(root) or ())]
        while pending:
            nxt = next(pending[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                pending.pop()
            elif state.get(nxt) == 1:
                cycle = path[path.index(nxt):]
                k = cycle.index(min(cycle))
                key = tuple(cycle[k:] + cycle[:k])
                if key not in known:
                    known.add(key)
                    found.append(list(key))
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                pending.append(iter(successors(nxt) or ()))
    return found


def _frozen(groups: Mapping[K, list[V]]) -> Mapping[K, tuple[V, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


@dataclass(frozen=True, eq=False)
class Structure:
    """The lookups over one organisation. Build it with :func:`structure`, not directly.

    ``children_of[None]`` are the roots; every sequence is in file order.
    """

    bodies: tuple[Body, ...]
    by_id: Mapping[str, Body]
    position: Mapping[str, int]
    children_of: Mapping[str | None, tuple[Body, ...]]
    ancestors: Mapping[str, tuple[str, ...]]
    by_kind: Mapping[BodyKind, tuple[Body, ...]]
    relations_by_type: Mapping[RelationType, tuple[tuple[int, Relation], ...]]
    powers: Mapping[str, tuple[int, Power]]
    instruments: Mapping[str, Instrument]
    hierarchy_cycles: tuple[tuple[str, ...], ...]

    @classmethod
    def build(cls, org: Organisation) -> Structure:
        """Index ``org`` in a few linear passes (the ancestors take one step per level)."""
        by_id: dict[str, Body] = {}
        position: dict[str, int] = {}
        children: dict[str | None, list[Body]] = {}
        by_kind: dict[BodyKind, list[Body]] = {}
        for i, b in enumerate(org.bodies):
            by_id[b.id] = b
            position[b.id] = i
            children.setdefault(b.parent, []).append(b)
            by_kind.setdefault(b.kind, []).append(b)
        relations: dict[RelationType, list[tuple[int, Relation]]] = {}
        for i, r in enumerate(org.relations):
            relations.setdefault(r.type, []).append((i, r))

        def parent_of(body_id: str) -> str | None:
            body = by_id.get(body_id)
            return body.parent if body is not None and body.parent in by_id else None

        cycles = find_cycles(by_id, lambda n: () if (p := parent_of(n)) is None else (p,))
        return cls(
            bodies=tuple(org.bodies),
            by_id=MappingProxyType(by_id),
            position=MappingProxyType(position),
            children_of=_frozen(children),
            ancestors=MappingProxyType(_ancestors(by_id, parent_of, cycles)),
            by_kind=_frozen(by_kind),
            relations_by_type=_frozen(relations),
            powers=MappingProxyType({p.id: (i, p) for i, p in enumerate(org.powers)}),
            instruments=MappingProxyType({x.id: x for x in org.instruments}),
            hierarchy_cycles=tuple(tuple(c) for c in cycles),
        )

    def children(self, body_id: str | None) -> tuple[Body, ...]:
        """Bodies whose parent is ``body_id`` (``None``: the roots), in file order."""
        return self.children_of.get(body_id, ())

    def depth(self, body_id: str) -> int:
        """Steps from ``body_id`` up to its root (a root: 0)."""
        return len(self.ancestors[body_id])

    def of_kind(self, *kinds: BodyKind) -> list[Body]:
        """Bodies of these kinds, grouped in the order the kinds are given, each group in file order."""
        return [b for k in kinds for b in self.by_kind.get(k, ())]

    def relations(self, rtype: RelationType) -> tuple[tuple[int, Relation], ...]:
        """(index in ``org.relations``, relation) of one type, in file order."""
        return self.relations_by_type.get(rtype, ())

    def is_below(self, body_id: str, superior: str) -> bool:
        return superior in self.ancestors[body_id]


def _ancestors(by_id: Mapping[str, Body], parent_of: Callable[[str], str | None],
               cycles: list[list[str]]) -> dict[str, tuple[str, ...]]:
    # A body on a cycle walks round it; every other body's ancestors are its parent's plus the
    # parent itself, which no cycle can contain twice, so each level is computed once.
    out: dict[str, tuple[str, ...]] = {}
    for cycle in cycles:
        for node in cycle:
            out[node] = tuple(walk_up(node, parent_of))
    for start in by_id:
        pending: list[str] = []
        step: str | None = start
        while step is not None and step not in out:
            pending.append(step)
            step = parent_of(step)
        for n in reversed(pending):
            p = parent_of(n)
            out[n] = () if p is None else (p, *out[p])
    return out


# --- memo by identity: the model stays plain data, the index lives as long as the model ---------------

_MEMO: dict[int, dict[str, object]] = {}


def memo(org: Organisation, key: str, build: Callable[[Organisation], T]) -> T:
    """``build(org)``, computed once per organisation object and dropped when the object is.

    Keyed by ``id(org)`` with a finalizer, because a frozen pydantic model with list fields
    cannot be hashed (so a WeakKeyDictionary does not take it).
    """
    slot = _MEMO.get(id(org))
    if slot is None:
        slot = _MEMO[id(org)] = {}
        weakref.finalize(org, _MEMO.pop, id(org), None)
    if key not in slot:
        slot[key] = build(org)
    return cast(T, slot[key])


def structure(org: Organisation) -> Structure:
    """The structure index of ``org`` (built on first use, then shared)."""
    return memo(org, "structure", Structure.build)
