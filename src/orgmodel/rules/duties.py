"""Check functions for the duties the laws give the executive board and the council's instruments:
who prepares the council's matters, what the hallintosääntö must contain, the internal audit.

Like :mod:`~orgmodel.rules.completeness`, each function looks at the structure through a
:class:`~orgmodel.rules.base.Ctx`, and where the model does not say what a rule needs it yields a
"cannot check" hit, never a violation. The rulesets (:mod:`orgmodel.rules.laws`) give the sections.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from ..text import Text
from ..vocab import BodyKind as K
from ..vocab import InstrumentKind, RelationType, ScopePart
from .base import Ctx, Hit, Rule, cannot, model_text, rule_check, violation
from .catalogue import TOPICS

# Who may prepare a matter for the council other than the executive board: the audit committee
# (KL 93 §, 611/2021 98 §: "tarkastuslautakunta"), and the council's own bodies, which prepare its
# internal arrangements (the tilapäinen valiokunta, the election committee, a county council's committee).
_COUNCIL_OWN = frozenset({K.ELECTION_COMMITTEE, K.COMMITTEE})


def _council_own(ctx: Ctx, body_id: str) -> bool:
    """A body of the council itself: the election committee, or a committee drawn under the council."""
    body = ctx.bodies[body_id]
    parent = ctx.parent_of(body)
    return body.kind in _COUNCIL_OWN and parent is not None and parent.kind is K.COUNCIL


@rule_check(
    title=Text(fi="valtuustoasioiden valmistelu", sv="beredning av fullmäktigeärenden",
               en="preparing the council's matters"),
    messages={"preparer": Text(
        fi="{name} ({kind}) valmistelee asioita valtuustolle {council}; valtuustossa käsiteltävät asiat valmistelee "
           "hallitus, lukuun ottamatta valtuuston sisäisiä järjestelyjä sekä tilapäisen valiokunnan ja "
           "tarkastuslautakunnan valmistelemia asioita ({where}). Malli ei kerro, mistä asioista on kyse.",
        sv="{name} ({kind}) bereder ärenden för fullmäktige {council}; ärenden som fullmäktige behandlar bereds av "
           "styrelsen, utom sådana som gäller fullmäktiges interna arrangemang och sådana som ett tillfälligt utskott "
           "eller revisionsnämnden har berett ({where}). Modellen säger inte vilka ärenden det gäller.",
        en="{name} ({kind}) prepares matters for the council {council}; the executive board prepares the council's "
           "matters, except its internal arrangements and matters prepared by a temporary committee or the audit "
           "committee ({where}). The model does not say which matters are meant.")},
    hint=Text(fi="Piirrä valmistelu hallituksen kautta (prepares_for: hallitus → valtuusto), tai jos kyse on "
                 "valtuuston sisäisestä asiasta, kirjaa se suppressions-kohtaan perusteluineen.",
              sv="Rita beredningen via styrelsen (prepares_for: styrelsen → fullmäktige), eller om det gäller "
                 "fullmäktiges interna ärenden, anteckna det under suppressions med motivering.",
              en="Draw the preparation through the executive board (prepares_for: board → council), or if it is the "
                 "council's internal matter, record that under suppressions with the reason."),
)
def council_preparation(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """``prepares_for`` relations into the council from anyone but the executive board, the audit
    committee or the council's own bodies. A warning at most: the model seldom says which matter."""
    for i, r in ctx.rel(RelationType.PREPARES_FOR):
        if ctx.kind(r.target) is not K.COUNCIL:
            continue
        kind = ctx.kind(r.source)
        if kind in (K.EXECUTIVE_BOARD, K.AUDIT_COMMITTEE) or _council_own(ctx, r.source):
            continue
        yield violation("preparer", r.source, loc=("relations", i), kind=kind.text(),
                        council=model_text(ctx.bodies[r.target].shown_names), where=rule.params["where"])


#: A topic an instrument must cover: (topic code, the section that requires it, the day from which it is
#: required or None).
TopicRule = tuple[str, str, date | None]


@rule_check(
    title=Text(fi="asiakirjan lakisääteinen sisältö", sv="dokumentets lagstadgade innehåll",
               en="statutory content of an instrument"),
    messages={"missing": Text(fi="{instrument}: lakisääteinen sisältö puuttuu: {topic} ({where}).",
                              sv="{instrument}: lagstadgat innehåll saknas: {topic} ({where}).",
                              en="{instrument}: statutory content is missing: {topic} ({where}).")},
    hint=Text(fi="Lisää asiakirjan content_areas-kohtaan alue, jolla topic: {code}.",
              sv="Lägg under dokumentets content_areas till ett område med topic: {code}.",
              en="Add a content area with topic: {code} to the instrument."),
)
def required_content(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Each instrument of ``params['kind']`` covers ``params['topics']`` ((topic, section, from) each).

    A topic the instrument does not list is a violation only where the model states its instruments
    complete (``scope: [instruments]``) and lists some of its topics; otherwise it is "cannot check":
    a model seldom lists all of an instrument's content. A model without such an instrument gets
    nothing here (that is INSTR-REQUIRED's)."""
    kind = InstrumentKind(rule.params["kind"])
    topics: Sequence[TopicRule] = rule.params["topics"]
    required = [(t, s) for t, s, since in topics if since is None or ctx.as_of is None or ctx.as_of >= since]
    complete = ctx.org.in_scope(ScopePart.INSTRUMENTS)
    for i, ins in enumerate(ctx.org.instruments):
        if ins.kind is not kind:
            continue
        listed = {a.topic for a in ins.content_areas if a.topic}
        name = model_text(ins.names)
        if not listed:  # the model describes none of its content
            yield cannot("content_areas[].topic", loc=("instruments", i))
            continue
        for topic, section in required:
            if topic in listed:
                continue
            if complete:
                yield violation("missing", loc=("instruments", i), instrument=name, topic=TOPICS[topic],
                                where=f"{rule.params.get('act_short', '')}{section}", code=topic, section=section)
            else:
                yield cannot(f"content_areas[].topic: {topic}", loc=("instruments", i))


@rule_check(
    title=Text(fi="sisäinen tarkastus", sv="internrevision", en="internal audit"),
    messages={},  # it can only say "cannot check": the law's duty is a function the model cannot show absent
    hint=Text(fi="Lisää yksikkö, jolla kind: internal_audit (parent: aluehallitus tai hyvinvointialuejohtaja), jos "
                 "lähde sen mainitsee.",
              sv="Lägg till en enhet med kind: internal_audit (parent: styrelsen eller direktören), om källan nämner "
                 "den.",
              en="Add a unit with kind: internal_audit (parent: the executive board or the director), if the source "
                 "names one."),
)
def internal_audit(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """611/2021 43 § 1 mom 8 kohta, 51 §: the internal audit is organised. The law requires the
    function, not a unit of its own (it may be bought or shared), and public pages seldom list it,
    so a model without an internal-audit unit is "cannot check", never a gap."""
    if not ctx.of_kind(K.INTERNAL_AUDIT):
        yield cannot(Text(fi="yksikkö, jolla kind: internal_audit (tai tieto siitä, miten sisäinen tarkastus "
                             "on järjestetty)",
                          sv="en enhet med kind: internal_audit (eller hur internrevisionen är ordnad)",
                          en="a unit with kind: internal_audit (or how the internal audit is organised)"))


def content_params(kind: str, topics: Mapping[str, tuple[str, date | None]]) -> dict[str, object]:
    """The params of :func:`required_content`: the instrument kind and (topic, section, from) per topic."""
    return {"kind": kind, "topics": [(t, s, d) for t, (s, d) in topics.items()]}


@rule_check(
    title=Text(fi="pormestari hallituksen puheenjohtajana", sv="borgmästaren som styrelsens ordförande",
               en="the mayor chairs the executive board"),
    messages={"chair": Text(fi="{name}: puheenjohtajana on {chair}, mutta kunnalla on pormestari ({mayor}), joka "
                               "toimii kunnanhallituksen puheenjohtajana ({where}).",
                            sv="{name}: ordförande är {chair}, men kommunen har en borgmästare ({mayor}), som är "
                               "kommunstyrelsens ordförande ({where}).",
                            en="{name}: the chair is {chair}, but the municipality has a mayor ({mayor}), who chairs "
                               "the municipal executive board ({where}).")},
    hint=Text(fi="Merkitse kunnanhallitukselle chaired_by: <pormestarin id>.",
              sv="Ange chaired_by: <borgmästarens id> för kommunstyrelsen.",
              en="Set chaired_by: <mayor id> on the executive board."),
)
def mayor_chairs_board(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """KL 44 § 1 mom: where the council has chosen a pormestari, the pormestari chairs the kunnanhallitus.
    An executive board that does not say who chairs it: "cannot check"."""
    from ..vocab import ExecutiveType

    mayors = [b for b in ctx.of_kind(K.EXECUTIVE) if b.executive_type is ExecutiveType.MAYOR]
    if not mayors:
        return
    for board in ctx.of_kind(K.EXECUTIVE_BOARD):
        if board.chaired_by is None:
            yield cannot("chaired_by", board.id)
        elif board.chaired_by not in {m.id for m in mayors}:
            yield violation("chair", board.id, chair=model_text(ctx.bodies[board.chaired_by].shown_names),
                            mayor=model_text(mayors[0].shown_names), where=rule.params["where"])
