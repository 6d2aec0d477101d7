"""Governance tiers: which horizontal band of a diagram (and row of a metrics table) a body is in.

The tier follows from the body's kind, and for offices and units from where they sit: a
managing director or a service unit under a business enterprise belongs to production, not to
the executive and administration tier.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "t", "names": {"fi": "T"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "ll", "kind": "business_enterprise", "names": {"fi": "Liikelaitos"}},
...     {"id": "tj", "kind": "executive", "names": {"fi": "TJ"}, "parent": "ll"}]})
>>> assign_tiers(org)["tj"].value
'production'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocab import BodyKind, Tier

if TYPE_CHECKING:
    from .model import Organisation

TIER_OF_KIND: dict[BodyKind, Tier] = {
    BodyKind.COUNCIL: Tier.COUNCIL,
    BodyKind.AUDIT_COMMITTEE: Tier.COUNCIL,
    BodyKind.ELECTION_BOARD: Tier.COUNCIL,
    BodyKind.EXECUTIVE_BOARD: Tier.EXECUTIVE_BOARD,
    BodyKind.BOARD: Tier.BOARDS,
    BodyKind.COMMITTEE: Tier.BOARDS,
    BodyKind.SUBCOMMITTEE: Tier.SUBCOMMITTEES,
    BodyKind.COMMISSION: Tier.SUBCOMMITTEES,
    BodyKind.ADVOCACY_BODY: Tier.ADVOCACY,
    BodyKind.EXECUTIVE: Tier.EXECUTIVE,
    BodyKind.ADMINISTRATION: Tier.EXECUTIVE,
    BodyKind.BUSINESS_ENTERPRISE: Tier.PRODUCTION,
    BodyKind.ENTERPRISE_BOARD: Tier.PRODUCTION,
    BodyKind.BALANCE_SHEET_UNIT: Tier.PRODUCTION,
    BodyKind.SUBSIDIARY: Tier.GROUP,
    BodyKind.ASSOCIATED_COMPANY: Tier.GROUP,
    BodyKind.FOUNDATION: Tier.GROUP,
    BodyKind.COOPERATIVE: Tier.GROUP,
    BodyKind.EXTERNAL_PARTY: Tier.EXTERNAL,
    BodyKind.COOPERATION_FORUM: Tier.EXTERNAL,
}

# Offices and units take the tier of the production or group entity they sit under.
_FOLLOWS_PARENT = {BodyKind.EXECUTIVE, BodyKind.ADMINISTRATION, BodyKind.SUBCOMMITTEE}
_ANCHOR_TIERS = {Tier.PRODUCTION, Tier.GROUP}


def assign_tiers(org: "Organisation") -> dict[str, Tier]:
    """Every body's tier, in body order. Linear: each body's nearest anchor is computed once."""
    by_id = {b.id: b for b in org.bodies}
    anchor_memo: dict[str, Tier | None] = {}

    def anchor(body_id: str | None, seen: frozenset[str] = frozenset()) -> Tier | None:
        # The production or group tier of the nearest such ancestor-or-self, if any.
        if body_id is None or body_id not in by_id or body_id in seen:
            return None
        if body_id not in anchor_memo:
            body = by_id[body_id]
            own = TIER_OF_KIND[body.kind]
            anchor_memo[body_id] = own if own in _ANCHOR_TIERS else anchor(body.parent, seen | {body_id})
        return anchor_memo[body_id]

    tiers: dict[str, Tier] = {}
    for body in org.bodies:
        tier = TIER_OF_KIND[body.kind]
        if body.kind in _FOLLOWS_PARENT and body.parent is not None:
            tier = anchor(body.parent) or tier
        tiers[body.id] = tier
    return tiers


def body_tier(org: "Organisation", body_id: str) -> Tier:
    """The tier of one body."""
    return assign_tiers(org)[body_id]
