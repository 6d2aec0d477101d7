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
from .kinds import KIND_SPECS, kinds_where
from .vocab import BodyKind, Tier

if TYPE_CHECKING:
    from .model import Organisation

#: Each kind's own tier (from its spec in :mod:`orgmodel.kinds`).
TIER_OF_KIND: dict[BodyKind, Tier] = {kind: spec.tier for kind, spec in KIND_SPECS.items()}

# Offices and units take the tier of the production or group entity they sit under.
_FOLLOWS_PARENT = kinds_where(lambda spec: spec.follows_parent)
_ANCHOR_TIERS = {Tier.PRODUCTION, Tier.GROUP}


def assign_tiers(org: Organisation) -> dict[str, Tier]:
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
