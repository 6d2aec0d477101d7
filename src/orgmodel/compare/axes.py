"""The six design-choice axes of the 2018 deck (``002_…``, slide 5), measured from decision
rights and composition.

Each axis is one of the questions a region settled when it chose its leadership model. A value of
1 is the pole the deck names first, 0 the second. An axis the model cannot answer is *not
determinable*: its value is None and its result says what the model would need. The definitions,
their reasoning and sources are in ``docs/axes.md``; labels (``kind`` names, ``committee_role``)
are never read: what counts is who holds the powers after delegation (:mod:`.decisions`), who
prepares for whom, who may sit in a body, and which participation channels have which rights.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "a", "names": {"fi": "A"}, "org_type": "archetype",
...     "law": "fi/maakuntalaki-he-15-2017", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}, "seats": 59},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v", "seats": 11},
...     {"id": "l", "kind": "board", "names": {"fi": "L"}, "parent": "h", "seats": 9},
...     {"id": "k", "kind": "committee", "names": {"fi": "K"}, "parent": "h", "seats": 9}],
...     "powers": [{"id": "p1", "names": {"fi": "P1"}, "holder": "v"},
...                {"id": "p2", "names": {"fi": "P2"}, "holder": "v"}],
...     "relations": [{"type": "delegates", "power": "p2", "source": "v", "target": "l"},
...                   {"type": "prepares_for", "source": "k", "target": "h"}]})
>>> s = scores(org)
>>> s["decision"], s["council"], s["preparation"], s["organiser"]
(0.5, 0.5, 0.6897, 1.0)
>>> assess(org)["decision"].reason("en")
'1 leadership bodies receive decision power (on a delegation chain), 1 only prepare, 0 neither'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orgmodel.text import Text
from orgmodel.tiers import assign_tiers
from orgmodel.vocab import AdvocacyType, BodyKind, Certainty, RelationType, ScopePart
from orgmodel.words import text_of, word

from .decisions import Chain, chains, weakest
from .metrics import ELECTED_KINDS, LEADERSHIP_KINDS, STATUTORY_ADVOCACY, Metrics, side_of

if TYPE_CHECKING:
    from orgmodel.model import Body, Organisation

#: Rights weights of a participation channel, after Arnstein's ladder (docs/axes.md, axis 5):
#: a voice (consultation), members nominated into an elected body (a share in deciding),
#: and decision power of its own (delegated power).
VOICE, SEATS, POWER = 1, 2, 3


@dataclass(frozen=True)
class AxisResult:
    """One axis of one structure: a value in [0, 1], or None with what would be needed.

    ``counts`` are the numbers behind the value (they fill the reason's placeholders);
    ``certainty`` is the weakest certainty among the facts used.
    """

    axis: str
    value: float | None
    certainty: Certainty = Certainty.STATED
    counts: dict[str, Any] = field(default_factory=dict)
    needs: str | None = None

    @property
    def determinable(self) -> bool:
        """False when the model cannot answer the question."""
        return self.value is not None

    def reason(self, lang: str = "fi") -> str:
        """What was measured, or what would be needed (fi, sv, en)."""
        if self.needs is not None:
            return word(f"axis.needs.{self.needs}", lang, **self.counts)
        return word(f"axis.{self.axis}.reason", lang, **self.counts)


@dataclass(frozen=True)
class Axis:
    """One design question and its measure. Its question and poles are the ``axis.<id>.*``
    entries of :data:`orgmodel.words.WORDS`, in three languages."""

    id: str
    number: int
    formula: str
    measure: Callable[[Organisation], AxisResult]

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


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4)


def _not(axis: str, needs: str, **counts: Any) -> AxisResult:
    return AxisResult(axis, None, Certainty.OPEN, dict(counts), needs)


def _seats_min(body: Body) -> int | None:
    seats = body.seats
    return seats if isinstance(seats, int) or seats is None else seats.min


def _powers_certainty(org: Organisation, used: list[Chain]) -> Certainty:
    """The weakest chain used; at most inferred when the model does not claim its powers complete."""
    sure = [c.certainty for c in used]
    if not org.in_scope(ScopePart.POWERS):
        sure.append(Certainty.INFERRED)
    return weakest(sure)


def _councillors_only(body: Body) -> bool:
    """Only councillors may sit in it: the council itself, a body that says so, or one whose
    stated composition is all councillors. A body that says nothing follows the law's default,
    under which non-councillors may be elected (KL 74 §, 611/2021 79 §)."""
    if body.kind is BodyKind.COUNCIL or body.members_must_be_councillors:
        return True
    comp, seats = body.composition, body.seats
    return comp is not None and comp.councillors is not None and isinstance(seats, int) and comp.councillors >= seats


def _decision(org: Organisation) -> AxisResult:
    if not org.powers:
        return _not("decision", "powers")
    all_chains = list(chains(org).values())
    on_chain = {b for c in all_chains for b in c.bodies}
    preparers = {r.source: r.certainty for r in org.relations if r.type is RelationType.PREPARES_FOR}
    leaders = [b for b in org.bodies if b.kind in LEADERSHIP_KINDS]
    d = [b for b in leaders if b.id in on_chain]
    p = [b for b in leaders if b.id not in on_chain and b.id in preparers]
    u = len(leaders) - len(d) - len(p)
    if not d and not p:
        return _not("decision", "roles", d=0, p=0, u=u)
    used = [c for c in all_chains if any(b.id in c.bodies for b in d)]
    sure = weakest([_powers_certainty(org, used), *(preparers[b.id] for b in p)])
    return AxisResult("decision", _share(len(d), len(d) + len(p)), sure, {"d": len(d), "p": len(p), "u": u})


def _council(org: Organisation) -> AxisResult:
    if not org.powers:
        return _not("council", "powers")
    by_id = {b.id: b for b in org.bodies}
    tiers = assign_tiers(org)
    inside = [c for c in chains(org).values() if side_of(tiers[c.final]) != "external"]
    if not inside:
        return _not("council", "sides")
    k = sum(_councillors_only(by_id[c.final]) for c in inside)
    return AxisResult("council", _share(k, len(inside)), _powers_certainty(org, inside), {"k": k, "n": len(inside)})


def _preparation(org: Organisation) -> AxisResult:
    by_id = {b.id: b for b in org.bodies}
    steps = [r for r in org.relations if r.type is RelationType.PREPARES_FOR
             # the executive board prepares the council's matters in every structure (KL 96 §, 611/2021 98 §)
             and not (by_id[r.source].kind is BodyKind.EXECUTIVE_BOARD and by_id[r.target].kind is BodyKind.COUNCIL)]
    if not steps:
        return _not("preparation", "preparation")
    sources = {r.source for r in steps if by_id[r.source].kind in ELECTED_KINDS}
    elected = [b for b in org.bodies if b.kind in ELECTED_KINDS and b.kind is not BodyKind.COUNCIL]
    unknown = [b.names.fi if b.names else b.id for b in elected if _seats_min(b) is None]
    if unknown:
        return _not("preparation", "seats", bodies=unknown)
    p = sum(_seats_min(b) or 0 for b in elected if b.id in sources)
    t = sum(_seats_min(b) or 0 for b in elected)
    if not t:
        return _not("preparation", "seats", bodies=[])
    sure = weakest([r.certainty for r in steps])
    return AxisResult("preparation", round(1 - p / t, 4), sure, {"p": p, "t": t})


def _organiser(org: Organisation) -> AxisResult:
    if not org.powers:
        return _not("organiser", "powers")
    tiers = assign_tiers(org)
    call_in = {p.id: p.call_in or [] for p in org.powers}
    o = r = called = 0
    used = []
    for c in chains(org).values():
        side = side_of(tiers[c.final])
        if side == "external":
            continue
        used.append(c)
        o += side == "organiser"
        r += side == "producer"
        called += side == "producer" and any(side_of(tiers[h]) == "organiser" for h in call_in[c.power] if h in tiers)
    if not used:
        return _not("organiser", "sides")
    return AxisResult("organiser", _share(o, o + r), _powers_certainty(org, used), {"o": o, "r": r, "c": called})


def _channel_weight(body: Body, on_chain: set[str], nominators: set[str]) -> int:
    """The rights of one participation channel beyond what the law gives every such body."""
    rights = POWER if body.id in on_chain else SEATS if body.id in nominators else VOICE
    statutory = body.kind is BodyKind.ADVOCACY_BODY and body.advocacy in STATUTORY_ADVOCACY
    return rights - VOICE if statutory else rights


def _representative(org: Organisation) -> AxisResult:
    if not org.in_scope(ScopePart.ADVOCACY_BODIES):
        return _not("representative", "elected")
    elected = [b for b in org.bodies if b.kind in ELECTED_KINDS]
    if not elected:
        return _not("representative", "elected")
    on_chain = {b for c in chains(org).values() for b in c.bodies}
    nominators = {r.source for r in org.relations if r.type is RelationType.NOMINATES}
    channels = [b for b in org.bodies if b.kind in (BodyKind.ADVOCACY_BODY, BodyKind.COOPERATION_FORUM)]
    w = sum(_channel_weight(b, on_chain, nominators) for b in channels)
    sure = weakest([b.certainty for b in (*elected, *channels)])
    return AxisResult("representative", _share(len(elected), len(elected) + w), sure, {"e": len(elected), "w": w})


def _departs_from_municipal_template(body: Body) -> bool:
    # Kuntalaki has no national-language or Sámi-language board (611/2021 33 §) and no
    # language-minority advocacy body (HE 15/2017); see ../shared/domain/statutes.md.
    return body.language_body is not None or body.advocacy is AdvocacyType.LANGUAGE_MINORITY


def _municipal(org: Organisation) -> AxisResult:
    bodies = [b for b in org.bodies if b.kind not in (BodyKind.ORGANISATION, BodyKind.EXTERNAL_PARTY)]
    if not bodies:
        return _not("municipal", "bodies")
    departing = [b for b in bodies if _departs_from_municipal_template(b)]
    sure = weakest([b.certainty for b in departing])
    return AxisResult("municipal", round(1 - len(departing) / len(bodies), 4), sure,
                      {"x": len(departing), "n": len(bodies)})


AXES: tuple[Axis, ...] = (
    Axis("decision", 1,
         "D / (D + P) over leadership bodies: D = those a power passes to (holder or a delegation step), "
         "P = those that receive no power but prepare for another body. Not determinable without powers.",
         _decision),
    Axis("council", 2,
         "K / N over powers by final holder: K = finally decided by the council or by a body only councillors "
         "may sit in. Not determinable without powers.",
         _council),
    Axis("preparation", 3,
         "1 − P / T: P = elected seats in bodies that prepare for another body (beyond the executive board's "
         "statutory preparation of council matters), T = elected seats outside the council.",
         _preparation),
    Axis("organiser", 4,
         "O / (O + R) over powers by final holder: O = on the organiser side, R = on the producer side.",
         _organiser),
    Axis("representative", 5,
         "E / (E + W): E = elected bodies, W = rights of participation channels beyond the statutory "
         "minimum (voice 1, nominated seats 2, decision power 3; statutory advocacy bodies count only "
         "rights beyond their statutory voice).",
         _representative),
    Axis("municipal", 6,
         "1 − X / N: X = bodies without a counterpart in the Local Government Act's template "
         "(language boards, language-minority advocacy bodies), N = bodies.",
         _municipal),
)
AXIS_IDS: tuple[str, ...] = tuple(a.id for a in AXES)


def assess(org: Organisation) -> dict[str, AxisResult]:
    """The six axes of ``org`` with their reasons, in axis order."""
    return {a.id: a.measure(org) for a in AXES}


def scores(org: Organisation, m: Metrics | None = None) -> dict[str, float | None]:
    """The six values of ``org``, in axis order (None: not determinable). ``m`` is accepted for
    callers that already hold the metrics; the axes compute what they need themselves."""
    return {k: r.value for k, r in assess(org).items()}
