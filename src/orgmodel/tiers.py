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

from .index import structure
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
    """Every body's tier, in body order. Linear: the ancestors come from the structure index."""
    s = structure(org)
    tiers: dict[str, Tier] = {}
    for body in org.bodies:
        tier = TIER_OF_KIND[body.kind]
        if body.kind in _FOLLOWS_PARENT and body.parent is not None:
            # the production or group tier of the nearest such superior, if any
            anchors = (TIER_OF_KIND[s.by_id[a].kind] for a in s.ancestors[body.id])
            tier = next((t for t in anchors if t in _ANCHOR_TIERS), tier)
        tiers[body.id] = tier
    return tiers
