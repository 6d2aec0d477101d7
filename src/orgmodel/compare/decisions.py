"""Who finally holds each decision after delegation, and how sure the model is of it.

A power starts at its ``holder`` and moves along the ``delegates`` relations that name it (one
delegation step each, docs/powers.md). At each body the first step in file order is followed, and
a repeat ends the walk (the same rule as metric M8 of :mod:`orgmodel.compare.metrics`). The
*chain* is every body the power passes through, holder first; its last body is the *final
holder*. The chain's certainty is the weakest of the power's own and its steps' certainties.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "d", "names": {"fi": "D"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
...     {"id": "l", "kind": "board", "names": {"fi": "L"}, "parent": "h"}],
...     "powers": [{"id": "p", "names": {"fi": "P"}, "holder": "v"}],
...     "relations": [{"type": "delegates", "power": "p", "source": "v", "target": "l", "certainty": "inferred"}]})
>>> c = chains(org)["p"]
>>> c.bodies, c.final, c.certainty.value
(('v', 'l'), 'l', 'inferred')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgmodel.vocab import Certainty, RelationType

if TYPE_CHECKING:
    from orgmodel.model import Organisation

#: Certainties from the firmest to the weakest.
CERTAINTY_ORDER: tuple[Certainty, ...] = (Certainty.STATED, Certainty.INFERRED, Certainty.OPEN)


def weakest(certainties: list[Certainty] | tuple[Certainty, ...]) -> Certainty:
    """The weakest of ``certainties`` (stated when there are none).

    >>> weakest([Certainty.STATED, Certainty.OPEN, Certainty.INFERRED]).value
    'open'
    """
    return max(certainties, key=CERTAINTY_ORDER.index, default=Certainty.STATED)


@dataclass(frozen=True)
class Chain:
    """One power's way from its holder to its final holder."""

    power: str
    bodies: tuple[str, ...]
    certainty: Certainty

    @property
    def final(self) -> str:
        """The body that finally decides the matter."""
        return self.bodies[-1]


def chains(org: Organisation) -> dict[str, Chain]:
    """Every power's :class:`Chain`, by power id, in file order."""
    steps: dict[tuple[str, str], list[tuple[str, Certainty]]] = {}
    for r in org.relations:
        if r.type is RelationType.DELEGATES and r.power is not None:
            steps.setdefault((r.power, r.source), []).append((r.target, r.certainty))
    out: dict[str, Chain] = {}
    for p in org.powers:
        path, sure = [p.holder], [p.certainty]
        while (nxt := steps.get((p.id, path[-1]))) and nxt[0][0] not in path:
            path.append(nxt[0][0])
            sure.append(nxt[0][1])
        out[p.id] = Chain(p.id, tuple(path), weakest(sure))
    return out
