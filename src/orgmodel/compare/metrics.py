"""Metrics of one structure. Every formula the comparison uses is written down here.

All counts come from the model as loaded (no variant picked: call ``org.variant(...)`` first, or
use :func:`orgmodel.compare.tables.expand_variants`). Tiers come from the one tier function,
:func:`orgmodel.tiers.assign_tiers`.

Definitions
-----------
*Elected bodies* (:data:`ELECTED_KINDS`): council, executive board, board, committee,
subcommittee, commission, audit committee, election board and enterprise board — the bodies whose
members are elected officials (luottamushenkilöt). Advocacy bodies, companies and outside parties
are not elected bodies.

*Leadership bodies* (:data:`LEADERSHIP_KINDS`): board, committee, subcommittee, commission — the
bodies a leadership model (lautakunta-, valiokunta-, yhdistelmä-, jaostomalli) chooses between.
Council, executive board and the statutory audit and election boards exist in every model.

*The organisation itself* (kind ``organisation``, :data:`SELF_KINDS`: the county or municipality
as a legal person, drawn as the owner of its companies) is not one of its bodies: it is left out
of every count below (``bodies``, kinds, tiers, spans, depth). Its relations are counted.

M1  ``bodies`` = number of bodies; ``bodies_by_kind[k]`` = number of bodies of kind k (every kind
    but the organisation itself listed, zeros included).
M2  ``bodies_by_tier[t]`` = number of bodies in tier t (they add up to ``bodies``).
M3  ``seats_min`` / ``seats_max`` = sum of the seats of elected bodies; a range '7-11' adds 7 to
    the minimum and 11 to the maximum, a plain number to both. ``seats_unknown`` = elected bodies
    without a seat count. A total is only a total when every seat count is known: with one
    unknown, ``seats_min`` and ``seats_max`` are None (not the sum of the rest), and
    ``seats_known_min`` / ``seats_known_max`` give the sum over the bodies whose count is known
    (None when no count is known). ``seats_min_by_tier`` / ``seats_max_by_tier``: the totals per
    tier, None for a tier with an elected body of unknown size (0 for a tier without elected bodies).
M4  Role of a body (:func:`decision_role`): *decision-making* = council, executive board, board,
    subcommittee, election board, enterprise board, and a committee whose ``committee_role`` is
    decision_making; *preparatory* = a committee whose role is preparatory, a commission
    (toimikunta: set up to prepare a task) and the audit committee (it prepares the council's
    audit matters, KL 121 § / 611/2021 125 §); a committee without a role is *unset*.
    ``decision_making_bodies`` / ``preparatory_bodies`` / ``role_unset`` count these.
M5  ``hierarchy_depth`` = number of levels in the longest ``parent:`` chain (a council alone: 1;
    council → executive board → board → subcommittee: 4). ``span_max`` / ``span_mean`` = the
    largest and the mean number of direct subordinates over bodies that have any (``span_mean``
    None when no body has one); ``span_executive_board`` = direct subordinates of the executive
    board (the largest, if several; None without an executive board).
M6  ``council_level_committees`` = boards and committees (the boards tier kinds) whose parent is a
    council; ``board_level_committees`` = those whose parent is an executive board.
M7  ``advocacy_bodies`` = advocacy bodies; ``advocacy_statutory`` = those for youth, the elderly
    and people with disabilities (KL 26–28 §, 611/2021 32–34 §); ``advocacy_voluntary`` = the rest;
    ``cooperation_forums`` = bodies of kind cooperation_forum.
M8  Powers. A power's *final holder* follows its ``delegates`` relations from ``holder`` (first
    relation in file order at each step, stopping at a repeat). The *organiser side* is every tier
    above production (council, executive board, boards, subcommittees, advocacy, executive); the
    *producer side* is the production and group tiers (the 2018 decks draw business enterprises,
    balance-sheet units and companies under TUOTANTO); the external tier is neither.
    ``organiser_share`` = powers whose final holder is on the organiser side / all powers, and
    ``producer_share`` likewise; both None when the structure lists no powers.
M9  ``delegations`` = number of ``delegates`` relations. A power's *delegation chain length* =
    the number of hops on the longest path of its own delegates relations (0 if never delegated);
    ``delegation_chain_max`` and ``delegation_chain_mean`` over powers (None without powers).
M10 ``group_entities[k]`` for the group kinds (:data:`GROUP_KINDS`): subsidiary, associated company and
    foundation, the entities of the kuntakonserni (KL 6 §, 611/2021 4 §); a cooperative is one only when
    controlled, which its kind does not say (see :class:`orgmodel.kinds.KindSpec`).
M11 ``open_items`` = bodies, relations, powers and instruments with certainty *open*, plus bodies
    whose ``parent_certainty`` is open, plus the open choices; ``inferred_items`` likewise for
    *inferred*. ``choices`` = open choices, ``variants`` = combinations of their alternatives.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "m", "names": {"fi": "M"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 59},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v", "seats": 11},
...     {"id": "vk", "kind": "committee", "names": {"fi": "Valiokunta"}, "parent": "v",
...      "committee_role": "preparatory", "seats": "9-13"}]})
>>> m = metrics(org)
>>> (m.seats_min, m.seats_max, m.hierarchy_depth, m.preparatory_bodies, m.council_level_committees)
(79, 83, 2, 1, 1)
>>> m.span_executive_board, m.span_mean  # the board has no subordinates; the council has two
(0, 2.0)
>>> data = org.model_dump(exclude_none=True)
>>> del data["bodies"][2]["seats"]  # one seat count unknown: no total, the sum of what is known
>>> m = metrics(Organisation.model_validate(data))
>>> (m.seats_min, m.seats_unknown, m.seats_known_min, m.seats_min_by_tier["boards"], m.seats_min_by_tier["council"])
(None, 1, 70, None, 59)
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from orgmodel.index import structure
from orgmodel.kinds import kinds_where, ordered_kinds_where, spec_of
from orgmodel.vocab import AdvocacyType, BodyKind, Certainty, CommitteeRole, RelationType, Tier

if TYPE_CHECKING:
    from orgmodel.model import Body, Organisation

# The kind sets of the definitions above, derived from the kind specs (orgmodel.kinds).
ELECTED_KINDS: frozenset[BodyKind] = kinds_where(lambda spec: spec.elected)
LEADERSHIP_KINDS: frozenset[BodyKind] = kinds_where(lambda spec: spec.leadership)
DECISION_KINDS: frozenset[BodyKind] = kinds_where(lambda spec: spec.role == "decision_making")
PREPARATORY_KINDS: frozenset[BodyKind] = kinds_where(lambda spec: spec.role == "preparatory")
GROUP_KINDS: tuple[BodyKind, ...] = ordered_kinds_where(lambda spec: spec.group_entity)
STATUTORY_ADVOCACY: frozenset[AdvocacyType] = frozenset({
    AdvocacyType.YOUTH, AdvocacyType.ELDERLY, AdvocacyType.DISABILITY,
})
#: Kinds that stand for the organisation itself, not one of its bodies (not counted; see the module doc).
SELF_KINDS: frozenset[BodyKind] = frozenset({BodyKind.ORGANISATION})
PRODUCER_TIERS: frozenset[Tier] = frozenset({Tier.PRODUCTION, Tier.GROUP})
ORGANISER_TIERS: frozenset[Tier] = frozenset(set(Tier) - PRODUCER_TIERS - {Tier.EXTERNAL})


def decision_role(body: Body) -> str | None:
    """'decision_making', 'preparatory', or None (not a political body, or a committee without a role).

    >>> from orgmodel.model import Body
    >>> decision_role(Body(id="x", kind="board", names={"fi": "X"}))
    'decision_making'
    >>> decision_role(Body(id="y", kind="committee", names={"fi": "Y"}, committee_role="preparatory"))
    'preparatory'
    >>> decision_role(Body(id="z", kind="committee", names={"fi": "Z"})) is None
    True
    """
    if spec_of(body.kind).role == "stated":
        return body.committee_role.value if body.committee_role is not None else None
    if body.kind in DECISION_KINDS:
        return CommitteeRole.DECISION_MAKING.value
    if body.kind in PREPARATORY_KINDS:
        return CommitteeRole.PREPARATORY.value
    return None


def side_of(tier: Tier) -> str:
    """'organiser', 'producer' or 'external' (see M8).

    >>> side_of(Tier.BOARDS), side_of(Tier.GROUP), side_of(Tier.EXTERNAL)
    ('organiser', 'producer', 'external')
    """
    if tier in PRODUCER_TIERS:
        return "producer"
    return "organiser" if tier in ORGANISER_TIERS else "external"


@dataclass
class Metrics:
    """The metrics of one structure (formulas M1–M11 in the module doc)."""

    org_id: str
    name: str
    bodies: int
    relations: int
    bodies_by_kind: dict[str, int]
    bodies_by_tier: dict[str, int]
    elected_bodies: int
    seats_min: int | None
    seats_max: int | None
    seats_unknown: int
    seats_known_min: int | None
    seats_known_max: int | None
    seats_min_by_tier: dict[str, int | None]
    seats_max_by_tier: dict[str, int | None]
    decision_making_bodies: int
    preparatory_bodies: int
    role_unset: int
    leadership_bodies: int
    hierarchy_depth: int
    span_max: int
    span_mean: float | None
    span_executive_board: int | None
    council_level_committees: int
    board_level_committees: int
    advocacy_bodies: int
    advocacy_statutory: int
    advocacy_voluntary: int
    cooperation_forums: int
    powers: int
    powers_organiser: int
    powers_producer: int
    powers_external: int
    organiser_share: float | None
    producer_share: float | None
    delegations: int
    delegation_chain_max: int | None
    delegation_chain_mean: float | None
    group_entities: dict[str, int]
    open_items: int
    inferred_items: int
    choices: int
    variants: int
    #: body id -> final holder of each power, for those who want to look behind a share
    final_holders: dict[str, str] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Nested plain data (JSON output)."""
        return asdict(self)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def metrics(org: Organisation) -> Metrics:
    """Compute every metric of ``org`` in a few linear passes (10,000 bodies: well under a second)."""
    tiers = org.tiers()
    bodies = [b for b in org.bodies if b.kind not in SELF_KINDS]
    index = structure(org)
    by_id = index.by_id

    by_kind = {k.value: 0 for k in BodyKind if k not in SELF_KINDS}
    by_tier = {t.value: 0 for t in Tier.ordered()}
    seats_lo = {t.value: 0 for t in Tier.ordered()}
    seats_hi = {t.value: 0 for t in Tier.ordered()}
    unknown_in = {t.value: 0 for t in Tier.ordered()}
    elected = 0
    roles = {"decision_making": 0, "preparatory": 0, None: 0}
    leadership = council_level = board_level = 0
    advocacy = advocacy_statutory = 0
    spans: list[int] = []
    exec_spans: list[int] = []
    depth = 0

    for b in bodies:
        tier = tiers[b.id].value
        by_kind[b.kind.value] += 1
        by_tier[tier] += 1
        depth = max(depth, index.depth(b.id) + 1)
        span = len(index.children(b.id))
        if span:
            spans.append(span)
        if b.kind is BodyKind.EXECUTIVE_BOARD:
            exec_spans.append(span)
        if b.kind in ELECTED_KINDS:
            elected += 1
            if b.seats is None:
                unknown_in[tier] += 1
            else:
                seats_lo[tier] += b.seats_min or 0
                seats_hi[tier] += b.seats_max or 0
            roles[decision_role(b)] += 1
        if b.kind in LEADERSHIP_KINDS:
            leadership += 1
        if b.kind in (BodyKind.BOARD, BodyKind.COMMITTEE) and b.parent is not None and b.parent in by_id:
            parent_kind = by_id[b.parent].kind
            council_level += parent_kind is BodyKind.COUNCIL
            board_level += parent_kind is BodyKind.EXECUTIVE_BOARD
        if b.kind is BodyKind.ADVOCACY_BODY:
            advocacy += 1
            advocacy_statutory += b.advocacy in STATUTORY_ADVOCACY

    seats_unknown = sum(unknown_in.values())
    some_known = seats_unknown < elected
    known_lo, known_hi = sum(seats_lo.values()), sum(seats_hi.values())

    holders, chains = _delegation(org)
    sides = {"organiser": 0, "producer": 0, "external": 0}
    for final in holders.values():
        sides[side_of(tiers[final])] += 1
    n_powers = len(org.powers)

    return Metrics(
        org_id=org.id,
        name=org.names.fi,
        bodies=len(bodies),
        relations=len(org.relations),
        bodies_by_kind=by_kind,
        bodies_by_tier=by_tier,
        elected_bodies=elected,
        seats_min=None if seats_unknown else known_lo,
        seats_max=None if seats_unknown else known_hi,
        seats_unknown=seats_unknown,
        seats_known_min=known_lo if some_known else None,
        seats_known_max=known_hi if some_known else None,
        seats_min_by_tier={t: None if unknown_in[t] else v for t, v in seats_lo.items()},
        seats_max_by_tier={t: None if unknown_in[t] else v for t, v in seats_hi.items()},
        decision_making_bodies=roles["decision_making"],
        preparatory_bodies=roles["preparatory"],
        role_unset=roles[None],  # only a committee without committee_role lands here
        leadership_bodies=leadership,
        hierarchy_depth=depth,
        span_max=max(spans, default=0),
        span_mean=round(sum(spans) / len(spans), 4) if spans else None,
        span_executive_board=max(exec_spans) if exec_spans else None,
        council_level_committees=council_level,
        board_level_committees=board_level,
        advocacy_bodies=advocacy,
        advocacy_statutory=advocacy_statutory,
        advocacy_voluntary=advocacy - advocacy_statutory,
        cooperation_forums=by_kind[BodyKind.COOPERATION_FORUM.value],
        powers=n_powers,
        powers_organiser=sides["organiser"],
        powers_producer=sides["producer"],
        powers_external=sides["external"],
        organiser_share=_ratio(sides["organiser"], n_powers),
        producer_share=_ratio(sides["producer"], n_powers),
        delegations=sum(1 for r in org.relations if r.type is RelationType.DELEGATES),
        delegation_chain_max=max(chains.values()) if chains else None,
        delegation_chain_mean=round(sum(chains.values()) / len(chains), 4) if chains else None,
        group_entities={k.value: by_kind[k.value] for k in GROUP_KINDS},
        open_items=_count_certainty(org, Certainty.OPEN) + len(org.choices),
        inferred_items=_count_certainty(org, Certainty.INFERRED),
        choices=len(org.choices),
        variants=math.prod(len(c.alternatives) for c in org.choices),
        final_holders=holders,
    )


def _delegation(org: Organisation) -> tuple[dict[str, str], dict[str, int]]:
    """(power id -> final holder, power id -> chain length) following ``delegates`` relations (M8, M9)."""
    edges: dict[str, dict[str, list[str]]] = {}
    for r in org.relations:
        if r.type is RelationType.DELEGATES and r.power is not None:
            edges.setdefault(r.power, {}).setdefault(r.source, []).append(r.target)
    holders: dict[str, str] = {}
    chains: dict[str, int] = {}
    for p in org.powers:
        out = edges.get(p.id, {})
        current, seen = p.holder, {p.holder}
        while out.get(current):
            nxt = out[current][0]
            if nxt in seen:
                break
            seen.add(nxt)
            current = nxt
        holders[p.id] = current
        chains[p.id] = _longest_path(out)
    return holders, chains


def _longest_path(out: dict[str, list[str]]) -> int:
    """Hops on the longest simple path of a small delegation graph (one power's relations)."""
    best = 0

    def walk(node: str, seen: frozenset[str], length: int) -> None:
        nonlocal best
        best = max(best, length)
        for nxt in out.get(node, []):
            if nxt not in seen:
                walk(nxt, seen | {nxt}, length + 1)

    for start in out:
        walk(start, frozenset({start}), 0)
    return best


def _count_certainty(org: Organisation, level: Certainty) -> int:
    n = sum(1 for b in org.bodies if b.certainty is level)
    n += sum(1 for b in org.bodies if b.parent is not None and b.parent_certainty is level)
    n += sum(1 for r in org.relations if r.certainty is level)
    n += sum(1 for p in org.powers if p.certainty is level)
    n += sum(1 for x in org.instruments if x.certainty is level)
    return n
