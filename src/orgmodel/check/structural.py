"""Structural checks: what must hold of any governance graph, whatever the law.

- ``STRUCT-CYCLE`` (error): parent links that go round in a circle.
- ``STRUCT-NO-PARENT`` (warning): a body of a kind that always sits under another has no parent.
- ``STRUCT-ORPHAN`` (warning): a body connected to nothing at all.
- ``STRUCT-VARIANT`` (error): a variant of the structure (an alternative of an open choice)
  leaves a body under a parent that the alternative removed.

They run as the first part of :func:`orgmodel.check.check` (``check(org, legal=False)`` runs
only them).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "s", "names": {"fi": "S"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "x", "kind": "board", "names": {"fi": "X"}}]})
>>> [f.code for f in structural_findings(org)]
['STRUCT-NO-PARENT', 'STRUCT-ORPHAN']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kinds import kinds_where
from ..vocab import BodyKind
from .findings import Finding

if TYPE_CHECKING:
    from ..model import Organisation

# Kinds that are always somebody's subordinate in a governance chart.
NEEDS_PARENT = kinds_where(lambda spec: spec.needs_parent)


def structural_findings(org: Organisation) -> list[Finding]:
    """Cycles, parentless bodies and orphans of one structure (no variants)."""
    g = org.graph()
    out: list[Finding] = []
    cycles = g.hierarchy_cycles()
    for cycle in cycles:
        out.append(Finding("STRUCT-CYCLE", "error", f"parent links form a cycle: {' -> '.join(cycle + cycle[:1])}",
                           body=cycle[0], hint="one of these bodies must sit under a body outside the cycle"))
    in_cycle = {n for c in cycles for n in c}
    for b in org.bodies:
        if b.parent is None and b.kind in NEEDS_PARENT and b.id not in in_cycle:
            out.append(Finding("STRUCT-NO-PARENT", "warning",
                               f"{b.kind.label('en')} {b.id!r} has no parent in the hierarchy", body=b.id,
                               hint="add 'parent: <id>' naming the body it works under"))
        if g.degree(b.id) == 0 and b.kind is not BodyKind.COUNCIL:
            out.append(Finding("STRUCT-ORPHAN", "warning", f"body {b.id!r} is connected to nothing", body=b.id,
                               hint="give it a parent or a relation (elects, steers, owns, advises, ...)"))
    return out


def variant_findings(org: Organisation) -> list[Finding]:
    """Problems that appear only in some variant of a structure with open choices."""
    out: list[Finding] = []
    for alt_choice in org.choices:
        for alt in alt_choice.alternatives:
            removed = set(alt.remove)
            for b in org.bodies:
                if b.parent in removed and b.id not in removed:
                    out.append(Finding(
                        "STRUCT-VARIANT", "error",
                        f"alternative {alt_choice.id}={alt.id} removes {b.parent!r} but leaves {b.id!r} under it",
                        body=b.id, hint=f"also remove {b.id!r} in that alternative, or give it another parent"))
    return out
