"""The six design-choice axes of the 2018 deck (``002_…``, slide 5) as scores from 0 to 1.

Each axis is one of the questions a region settled when it chose its leadership model. A score of
1 is the pole the deck names first, 0 the second; None means the structure says nothing the
formula could use (for example, axis 4 when no powers are listed). The formulas are in
``docs/axes.md`` and in each :class:`Axis`'s ``formula``; the counts they use are the metrics of
:mod:`orgmodel.compare.metrics` (*leadership bodies* L = boards, committees, subcommittees and
commissions).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "a", "names": {"fi": "A"}, "org_type": "archetype",
...     "law": "fi/maakuntalaki-he-15-2017", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
...     {"id": "l", "kind": "board", "names": {"fi": "L"}, "parent": "h"},
...     {"id": "k", "kind": "committee", "names": {"fi": "K"}, "parent": "h", "committee_role": "preparatory"}]})
>>> scores(org)["decision"], scores(org)["preparation"], scores(org)["municipal"]
(0.5, 0.5, 0.25)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgmodel.rules.registry import resolve
from orgmodel.text import Text
from orgmodel.vocab import BodyKind
from orgmodel.words import text_of

from .metrics import ELECTED_KINDS, LEADERSHIP_KINDS, Metrics, metrics

if TYPE_CHECKING:
    from orgmodel.model import Organisation


@dataclass(frozen=True)
class Axis:
    """One design question and the formula of its score. Its question and poles are the
    ``axis.<id>.*`` entries of :data:`orgmodel.words.WORDS`, in three languages."""

    id: str
    number: int
    formula: str
    score: Callable[[Organisation, Metrics], float | None]

    @property
    def question(self) -> Text:
        """The question as the deck asks it: 'Päätöksiä tekevä vs. valmisteleva toimielin'."""
        return text_of(f"axis.{self.id}.question")

    @property
    def high(self) -> Text:
        """The pole scored 1 (named first on the slide)."""
        return text_of(f"axis.{self.id}.high")

    @property
    def low(self) -> Text:
        """The pole scored 0."""
        return text_of(f"axis.{self.id}.low")

    def label(self, lang: str = "fi") -> str:
        """'Päättävät toimielimet – valmistelevat toimielimet': high pole, then low pole."""
        return f"{self.high.get(lang)} – {self.low.get(lang)}"


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _decision(org: Organisation, m: Metrics) -> float | None:
    d = p = 0
    for b in org.bodies:
        if b.kind not in LEADERSHIP_KINDS:
            continue
        if b.kind is BodyKind.COMMISSION or (b.kind is BodyKind.COMMITTEE and b.committee_role is not None
                                             and b.committee_role.value == "preparatory"):
            p += 1
        elif b.kind is not BodyKind.COMMITTEE or b.committee_role is not None:
            d += 1
    return _share(d, d + p)


def _council(org: Organisation, m: Metrics) -> float | None:
    c = w = 0
    for b in org.bodies:
        if b.kind in ELECTED_KINDS:
            councillors_only = b.members_must_be_councillors
            if councillors_only is None:  # a valiokunta is staffed by councillors by definition
                councillors_only = b.kind in (BodyKind.COUNCIL, BodyKind.COMMITTEE)
            c += councillors_only
            w += not councillors_only
        elif b.kind in (BodyKind.ADVOCACY_BODY, BodyKind.COOPERATION_FORUM):
            w += 1
    return _share(c, c + w)


def _preparation(org: Organisation, m: Metrics) -> float | None:
    by_id = {b.id: b for b in org.bodies}
    leaders = elected_prepare = 0
    for b in org.bodies:
        if b.kind not in LEADERSHIP_KINDS:
            continue
        leaders += 1
        under_board = b.parent in by_id and by_id[b.parent].kind is BodyKind.EXECUTIVE_BOARD
        if b.kind in (BodyKind.COMMITTEE, BodyKind.COMMISSION) or (b.kind is BodyKind.SUBCOMMITTEE and under_board):
            elected_prepare += 1
    return _share(leaders - elected_prepare, leaders)


def _organiser(org: Organisation, m: Metrics) -> float | None:
    return _share(m.powers_organiser, m.powers_organiser + m.powers_producer)


def _representative(org: Organisation, m: Metrics) -> float | None:
    return _share(m.elected_bodies, m.elected_bodies + m.advocacy_bodies)


def _municipal(org: Organisation, m: Metrics) -> float | None:
    law = 1.0 if resolve(org.law).family == "municipal" else 0.0
    boards = _share(m.bodies_by_kind[BodyKind.BOARD.value], m.leadership_bodies)
    return law if boards is None else round((law + boards) / 2, 4)


AXES: tuple[Axis, ...] = (
    Axis("decision", 1,
         "D / (D + P) over leadership bodies: D = boards, subcommittees and decision-making committees; "
         "P = preparatory committees and commissions (committees without a role are left out).",
         _decision),
    Axis("council", 2,
         "C / (C + W): C = elected bodies whose members are councillors (the council, committees, and any body "
         "with members_must_be_councillors: true); W = the other elected bodies, advocacy bodies and cooperation "
         "forums.",
         _council),
    Axis("preparation", 3,
         "1 − E / L: E = leadership bodies in which elected officials prepare matters for a higher body "
         "(committees of either role, commissions, subcommittees of the executive board).",
         _preparation),
    Axis("organiser", 4,
         "O / (O + R) over powers by final holder after delegation: O = held on the organiser side, "
         "R = held on the producer side (production and group tiers). None without powers.",
         _organiser),
    Axis("representative", 5,
         "E / (E + A): E = elected bodies, A = advocacy bodies (channels of direct participation).",
         _representative),
    Axis("municipal", 6,
         "(law + B / L) / 2: law = 1 under the Local Government Act (kuntalaki), else 0; B / L = share of boards "
         "(lautakunnat, the municipal tradition) among leadership bodies; just law when L = 0.",
         _municipal),
)
AXIS_IDS: tuple[str, ...] = tuple(a.id for a in AXES)


def scores(org: Organisation, m: Metrics | None = None) -> dict[str, float | None]:
    """The six scores of ``org``, in axis order (pass its metrics if you have them already)."""
    m = m if m is not None else metrics(org)
    return {a.id: a.score(org, m) for a in AXES}
