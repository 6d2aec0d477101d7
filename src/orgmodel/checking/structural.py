"""Structural checks: what must hold of any governance graph, whatever the law.

- ``STRUCT-CYCLE`` (error): parent links that go round in a circle.
- ``STRUCT-NO-PARENT`` (warning): a body of a kind that always sits under another has no parent.
- ``STRUCT-ORPHAN`` (warning): a body connected to nothing at all.
- ``STRUCT-VARIANT`` (error): a variant of the structure (an alternative of an open choice)
  leaves a body under a parent that the alternative removed.

They run as the first part of :func:`orgmodel.checking.check` (``check(org, legal=False)`` runs
only them).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "s", "names": {"fi": "S"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "x", "kind": "board", "names": {"fi": "X"}}]})
>>> [f.code for f in structural_findings(org)]
['STRUCT-NO-PARENT', 'STRUCT-ORPHAN']
>>> structural_findings(org)[0].text("sv")
"nämnd 'x' lyder inte under något organ (parent saknas)"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index import structure
from ..kinds import kinds_where
from ..text import Text, fill
from ..vocab import BodyKind
from .findings import Finding

if TYPE_CHECKING:
    from ..model import Organisation

# Kinds that are always somebody's subordinate in a governance chart.
NEEDS_PARENT = kinds_where(lambda spec: spec.needs_parent)


# The texts, in the English findings' style (lower case, no full stop): ids are quoted as written.
CYCLE = Text(fi="parent-linkit muodostavat kehän: {cycle}", sv="parent-länkarna bildar en cirkel: {cycle}",
             en="parent links form a cycle: {cycle}")
CYCLE_HINT = Text(fi="jonkin näistä toimielimistä on oltava kehän ulkopuolisen toimielimen alainen",
                  sv="något av dessa organ måste lyda under ett organ utanför cirkeln",
                  en="one of these bodies must sit under a body outside the cycle")
NO_PARENT = Text(fi="{kind} {body!r} ei ole minkään toimielimen alainen (parent puuttuu)",
                 sv="{kind} {body!r} lyder inte under något organ (parent saknas)",
                 en="{kind} {body!r} has no parent in the hierarchy")
NO_PARENT_HINT = Text(fi="lisää 'parent: <id>', joka nimeää toimielimen, jonka alaisena se toimii",
                      sv="lägg till 'parent: <id>' som anger det organ som det lyder under",
                      en="add 'parent: <id>' naming the body it works under")
ORPHAN = Text(fi="toimielin {body!r} ei liity mihinkään", sv="organet {body!r} är inte kopplat till något",
              en="body {body!r} is connected to nothing")
ORPHAN_HINT = Text(fi="anna sille parent tai suhde (elects, steers, owns, advises, ...)",
                   sv="ge det en parent eller en relation (elects, steers, owns, advises, ...)",
                   en="give it a parent or a relation (elects, steers, owns, advises, ...)")
VARIANT = Text(fi="vaihtoehto {choice}={alternative} poistaa toimielimen {parent!r}, mutta jättää {body!r} "
                  "sen alaiseksi",
               sv="alternativet {choice}={alternative} tar bort {parent!r} men lämnar {body!r} under det",
               en="alternative {choice}={alternative} removes {parent!r} but leaves {body!r} under it")
VARIANT_HINT = Text(fi="poista myös {body!r} tässä vaihtoehdossa, tai anna sille toinen parent",
                    sv="ta bort också {body!r} i det alternativet, eller ge det en annan parent",
                    en="also remove {body!r} in that alternative, or give it another parent")


def structural_findings(org: Organisation) -> list[Finding]:
    """Cycles, parentless bodies and orphans of one structure (no variants).

    Read from the structure index, not the networkx graph: ``orgmodel check`` need not import networkx.
    """
    s = structure(org)
    out: list[Finding] = []
    cycles = [list(c) for c in s.hierarchy_cycles]
    for cycle in cycles:
        out.append(Finding("STRUCT-CYCLE", "error", fill(CYCLE, {"cycle": " -> ".join(cycle + cycle[:1])}),
                           body=cycle[0], hint=CYCLE_HINT))
    in_cycle = {n for c in cycles for n in c}
    related = {end for r in org.relations for end in (r.source, r.target)}
    for b in org.bodies:
        if b.parent is None and b.kind in NEEDS_PARENT and b.id not in in_cycle:
            out.append(Finding("STRUCT-NO-PARENT", "warning", fill(NO_PARENT, {"kind": b.kind, "body": b.id}),
                               body=b.id, hint=NO_PARENT_HINT))
        connected = b.parent is not None or s.children(b.id) or b.id in related
        if not connected and b.kind is not BodyKind.COUNCIL:
            out.append(Finding("STRUCT-ORPHAN", "warning", fill(ORPHAN, {"body": b.id}), body=b.id,
                               hint=ORPHAN_HINT))
    return out


def variant_findings(org: Organisation) -> list[Finding]:
    """Problems that appear only in some variant of a structure with open choices."""
    out: list[Finding] = []
    for alt_choice in org.choices:
        for alt in alt_choice.alternatives:
            removed = set(alt.remove)
            for b in org.bodies:
                if b.parent in removed and b.id not in removed:
                    values = {"choice": alt_choice.id, "alternative": alt.id, "parent": b.parent, "body": b.id}
                    out.append(Finding("STRUCT-VARIANT", "error", fill(VARIANT, values), body=b.id,
                                       hint=fill(VARIANT_HINT, values)))
    return out
