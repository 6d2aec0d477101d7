"""Check functions for delegation consistency: who holds each power, how it moves, who may call it in.

A :class:`~orgmodel.model.Power` has one ``holder``; ``delegates`` relations (``power:`` and
``via:``) move it along a chain. The analysis of each power's chain is computed once per check
and shared by the rules (depth, cycles, powers delegated by a body that does not hold them).
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Iterator

from ..index import find_cycles
from ..kinds import kinds_where
from ..vocab import BodyKind as K, CommitteeRole, InstrumentKind, RelationType
from .base import Ctx, Hit, Msg, Rule, cannot, rule_check, violation
from .catalogue import MATTERS, reserved_matters

# Who cannot receive public power through the administrative regulations: separate legal persons
# and outside parties, not the organisation's own authorities.
# (The kind sets below are derived from the kind specs in orgmodel.kinds.)
NOT_RECIPIENTS = kinds_where(lambda spec: not spec.may_receive_power)
# Persons and offices: not a body (toimielin) for the coercion rule.
NOT_ORGANS = kinds_where(lambda spec: not spec.organ)
OUTSIDE = kinds_where(lambda spec: spec.outside)


@dataclass
class Chain:
    """How one power moves: hops from the holder, bad edges, cycles, who finally decides."""

    holder: str
    edges: list[tuple[int, object]] = field(default_factory=list)
    hops: dict[str, int] = field(default_factory=dict)
    not_held: list[tuple[int, object]] = field(default_factory=list)
    cycles: list[list[str]] = field(default_factory=list)
    deciders: list[str] = field(default_factory=list)


def chains(ctx: Ctx) -> dict[str, Chain]:
    """Power id -> its delegation chain (cached on the context)."""
    found = ctx.cache.get("chains")
    if found is not None:
        return found
    by_power: dict[str, list[tuple[int, object]]] = defaultdict(list)
    for i, r in ctx.rel(RelationType.DELEGATES):
        by_power[r.power].append((i, r))
    found = {}
    for pid, (_, p) in ctx.powers.items():
        chain = Chain(p.holder, by_power.get(pid, []))
        out: dict[str, list[str]] = defaultdict(list)
        for _, r in chain.edges:
            out[r.source].append(r.target)
        chain.hops = {p.holder: 0}
        queue = deque([p.holder])
        while queue:
            s = queue.popleft()
            for t in out.get(s, ()):
                if t not in chain.hops:
                    chain.hops[t] = chain.hops[s] + 1
                    queue.append(t)
        chain.not_held = [(i, r) for i, r in chain.edges if r.source not in chain.hops]
        chain.cycles = find_cycles(sorted(out), out.get)
        chain.deciders = [b for b in chain.hops if not out.get(b)] or [p.holder]
        found[pid] = chain
    ctx.cache["chains"] = found
    return found


def _power_name(p) -> Msg:
    return Msg(p.names.fi, p.names.get("en"))


# --- rules -----------------------------------------------------------------------------------------


@rule_check(
    title=Msg("valtuustolle varatut asiat", "matters reserved to the council"),
    messages={
        "holder": Msg("Toimivalta {power} ({matter}, {matter_section}) kuuluu valtuustolle, mutta sen haltija on {name}.",
                      "Power {power} ({matter}, {matter_section}) belongs to the council, but its holder is {name}."),
        "delegated": Msg("Toimivalta {power} ({matter}, {matter_section}) on siirretty toimielimelle {name}; "
                         "valtuustolle varattua asiaa ei voi siirtää.",
                         "Power {power} ({matter}, {matter_section}) is delegated to {name}; a matter reserved "
                         "to the council cannot be delegated."),
    },
    hint=Msg("Anna toimivalta valtuustolle (holder: <valtuuston id>) ja poista sen delegointi.",
             "Make the council the holder (holder: <council id>) and remove the delegation."),
)
def reserved_to_council(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Powers whose matter the law reserves to the council (``params['only']`` / ``params['exclude']``
    pick a subset of the catalogue): held by the council and never delegated."""
    reserved = reserved_matters(rule.law, ctx.as_of)
    only, exclude = rule.params.get("only"), set(rule.params.get("exclude", ()))
    chain_of = chains(ctx)
    for pid, (i, p) in ctx.powers.items():
        if p.matter not in reserved or p.matter in exclude or (only and p.matter not in only):
            continue
        values = dict(power=_power_name(p), matter=MATTERS[p.matter].names,
                      matter_section=reserved[p.matter].section or "§ ?")
        if ctx.kind(p.holder) is not K.COUNCIL:
            yield violation("holder", p.holder, loc=("powers", i), **values)
        for j, r in chain_of[pid].edges:
            yield violation("delegated", r.target, loc=("relations", j), **values)


@rule_check(
    title=Msg("delegointi hallintosäännöllä", "delegation through the administrative regulations"),
    messages={
        "via": Msg("Toimivalta {power} siirretään toimielimelle {name} asiakirjalla {via} ({via_kind}); siirto tehdään "
                   "hallintosäännössä.",
                   "Power {power} is delegated to {name} by {via} ({via_kind}); delegation is made in the "
                   "administrative regulations."),
        "recipient": Msg("Toimivalta {power} siirretään toimielimelle {name} ({kind}); toimivaltaa voi siirtää vain "
                         "toimielimille, luottamushenkilöille ja viranhaltijoille.",
                         "Power {power} is delegated to {name} ({kind}); power can be delegated only to bodies, "
                         "elected officials and civil servants."),
    },
    hint=Msg("Merkitse delegointiin via: <hallintosäännön id> ja vastaanottajaksi organisaation toimielin tai viranhaltija.",
             "Give the delegation via: <administrative regulations id> and a recipient inside the organisation."),
)
def delegation_via_regulations(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    instruments = ctx.structure.instruments
    for i, r in ctx.rel(RelationType.DELEGATES):
        p = ctx.powers[r.power][1]
        target = ctx.bodies[r.target]
        if target.kind in NOT_RECIPIENTS:
            yield violation("recipient", r.target, loc=("relations", i), power=_power_name(p), kind=target.kind)
        if r.via is None:
            yield cannot("via", r.target, loc=("relations", i))
        elif instruments[r.via].kind is not InstrumentKind.ADMINISTRATIVE_REGULATIONS:
            ins = instruments[r.via]
            yield violation("via", r.target, loc=("relations", i), power=_power_name(p),
                            via=ins.names.fi, via_kind=ins.kind)


@rule_check(
    title=Msg("edelleensiirron syvyys", "depth of sub-delegation"),
    messages={"deep": Msg("Toimivalta {power} siirretään toimielimelle {name} {hops}. kerran haltijasta lukien; "
                          "edelleen siirrettyä toimivaltaa ei voi siirtää enää eteenpäin.",
                          "Power {power} reaches {name} at delegation step {hops} from its holder; power that was "
                          "sub-delegated cannot be delegated again.")},
    hint=Msg("Siirrä toimivalta suoraan enintään kaksi askelta haltijasta (haltija → saaja → edelleen saaja).",
             "Delegate at most two steps from the holder (holder → recipient → one sub-recipient)."),
)
def delegation_depth(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    limit = rule.params.get("max_hops", 2)
    for pid, chain in chains(ctx).items():
        p = ctx.powers[pid][1]
        for j, r in chain.edges:
            if r.source in chain.hops and chain.hops[r.source] + 1 > limit:
                yield violation("deep", r.target, loc=("relations", j), power=_power_name(p),
                                hops=chain.hops[r.source] + 1)


@rule_check(
    title=Msg("vain omaa toimivaltaa voi siirtää", "only held power can be delegated"),
    messages={"not_held": Msg("{source} siirtää toimivallan {power} toimielimelle {name}, mutta ei itse pidä sitä "
                              "(haltija {holder}).",
                              "{source} delegates power {power} to {name} but does not hold it (holder: {holder}).")},
    hint=Msg("Aloita delegointi toimivallan haltijasta tai sen saajasta, tai korjaa powers-kohdan holder.",
             "Start the delegation from the holder or a recipient, or correct the power's holder."),
)
def delegation_not_held(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for pid, chain in chains(ctx).items():
        p = ctx.powers[pid][1]
        for j, r in chain.not_held:
            yield violation("not_held", r.target, loc=("relations", j), power=_power_name(p),
                            source=ctx.bodies[r.source].names.fi, holder=ctx.bodies[p.holder].names.fi)


@rule_check(
    title=Msg("delegointisilmukka", "delegation cycle"),
    messages={"cycle": Msg("Toimivallan {power} delegoinnit kiertävät kehää: {cycle}.",
                           "The delegations of power {power} go round in a circle: {cycle}.")},
    hint=Msg("Poista delegointi, joka palaa takaisin aiempaan haltijaan.",
             "Remove the delegation that leads back to an earlier holder."),
)
def delegation_cycle(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for pid, chain in chains(ctx).items():
        p = ctx.powers[pid][1]
        for cyc in chain.cycles:
            yield violation("cycle", cyc[0], loc=("powers", ctx.powers[pid][0]), power=_power_name(p),
                            cycle=" → ".join(cyc + cyc[:1]))


@rule_check(
    title=Msg("valmisteleva valiokunta ei päätä", "a preparatory committee decides nothing"),
    messages={
        "holds": Msg("{name} on valmisteleva valiokunta, mutta sillä on toimivalta {power}.",
                     "{name} is a preparatory committee but holds power {power}."),
        "receives": Msg("{name} on valmisteleva valiokunta, mutta sille siirretään toimivalta {power}.",
                        "{name} is a preparatory committee but receives power {power}."),
    },
    hint=Msg("Anna toimivalta päättävälle toimielimelle, tai merkitse committee_role: decision_making.",
             "Give the power to a deciding body, or set committee_role: decision_making."),
)
def preparatory_committee(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    prep = {b.id for b in ctx.of_kind(K.COMMITTEE) if b.committee_role is CommitteeRole.PREPARATORY}
    if not prep:
        return
    for pid, (i, p) in ctx.powers.items():
        if p.holder in prep:
            yield violation("holds", p.holder, loc=("powers", i), power=_power_name(p))
    for j, r in ctx.rel(RelationType.DELEGATES):
        if r.target in prep:
            yield violation("receives", r.target, loc=("relations", j), power=_power_name(ctx.powers[r.power][1]))


@rule_check(
    title=Msg("hallintopakko vain toimielimelle", "administrative coercion only to a body"),
    messages={"person": Msg("Toimivalta {power} sisältää hallintopakkoa, mutta se siirretään toimielimelle {name} "
                            "({kind}); sen voi siirtää vain toimielimelle.",
                            "Power {power} involves administrative coercion but is delegated to {name} ({kind}); "
                            "it may be delegated only to a body.")},
    hint=Msg("Siirrä toimivalta lautakunnalle tai muulle toimielimelle, ei viranhaltijalle.",
             "Delegate it to a board or other body, not to an office holder."),
)
def coercion_to_body(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for j, r in ctx.rel(RelationType.DELEGATES):
        p = ctx.powers[r.power][1]
        if p.coercion and ctx.kind(r.target) in NOT_ORGANS:
            yield violation("person", r.target, loc=("relations", j), power=_power_name(p), kind=ctx.kind(r.target))


CALL_IN_KINDS = kinds_where(lambda spec: spec.call_in)


@rule_check(
    title=Msg("otto-oikeus", "call-in right"),
    messages={
        "holder": Msg("{name} ({kind}) on merkitty otto-oikeuden haltijaksi toimivallassa {power}; otto-oikeus voi olla "
                      "vain hallituksella, sen puheenjohtajalla, johtajalla, hallintosäännössä määrätyillä "
                      "viranhaltijoilla sekä hallintosäännön niin määrätessä lautakunnilla ja johtokunnilla.",
                      "{name} ({kind}) is given a call-in right over power {power}; only the executive board, its "
                      "chair, the director, officials named in the administrative regulations, and boards or "
                      "enterprise boards granted it there, may hold one."),
        "scope": Msg("{name} voi ottaa käsiteltäväkseen vain alaisilleen siirrettyjä asioita, mutta toimivallassa "
                     "{power} päättää {decider}.",
                     "{name} can call in only matters delegated below it, but power {power} is exercised by {decider}."),
        "excluded": Msg("Toimivallan {power} asiat ({matter}) eivät kuulu otto-oikeuden piiriin ({matter_section}).",
                        "Matters of power {power} ({matter}) cannot be called in ({matter_section})."),
    },
    hint=Msg("Korjaa call_in-luettelo: vain toimivallan käyttäjän esimiestoimielimet.",
             "Correct the call_in list: only bodies above the one exercising the power."),
)
def call_in(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    chain_of = chains(ctx)
    for pid, (i, p) in ctx.powers.items():
        if not p.call_in:
            continue
        matter = MATTERS.get(p.matter or "")
        if matter is not None and rule.law in matter.no_call_in:
            yield violation("excluded", p.holder, loc=("powers", i), power=_power_name(p), matter=matter.names,
                            matter_section=matter.no_call_in[rule.law])
            continue
        deciders = chain_of[pid].deciders
        for j, c in enumerate(p.call_in):
            kind = ctx.kind(c)
            loc = ("powers", i, "call_in", j)
            if kind not in CALL_IN_KINDS:
                yield violation("holder", c, loc=loc, power=_power_name(p), kind=kind)
                continue
            for d in deciders:
                if kind in (K.EXECUTIVE_BOARD, K.EXECUTIVE):
                    ok = d != c and any(ctx.kind(a) is K.EXECUTIVE_BOARD for a in ctx.ancestors(d))
                else:
                    ok = ctx.is_below(d, c)
                if not ok:
                    yield violation("scope", c, loc=loc, power=_power_name(p), decider=ctx.bodies[d].names.fi)


@rule_check(
    title=Msg("omistajaohjaus", "ownership steering"),
    messages={"unsteered": Msg("Mallissa ei näy, kuka ohjaa yhteisöä {name} omistajana.",
                               "The model does not show who steers {name} as owner.")},
    hint=Msg("Lisää owns- tai steers-suhde konsernijohdosta (esim. hallitus tai konsernijaosto) yhteisöön.",
             "Add an owns or steers relation from the group management (e.g. the executive board) to it."),
)
def ownership_steering(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    steered: set[str] = set()
    for rtype in (RelationType.OWNS, RelationType.STEERS):
        for _, r in ctx.rel(rtype):
            if ctx.kind(r.source) not in OUTSIDE:
                steered.add(r.target)
    for b in ctx.group_entities():
        if b.id in steered:
            continue
        if b.parent in ctx.bodies and ctx.kind(b.parent) not in OUTSIDE:
            continue
        yield violation("unsteered", b.id)


@rule_check(
    title=Msg("toimielimen valitsija", "who appoints a body"),
    messages={
        "elector": Msg("{elector} valitsee toimielimen {name}; sen valitsee {allowed} ({where}).",
                       "{elector} elects {name}; it is elected by {allowed} ({where})."),
        "audit_parent": Msg("Tarkastuslautakunta {name} on toimielimen {parent} alainen; sen asettaa valtuusto.",
                            "Audit committee {name} sits under {parent}; the council sets it up."),
    },
    hint=Msg("Korjaa elects-suhteen lähde (source) tai toimielimen parent.",
             "Correct the source of the elects relation, or the body's parent."),
)
def appointments(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """``params['table']``: target key ('board', 'advocacy_body:youth', 'executive:director') ->
    (allowed elector kinds, section)."""
    table = rule.params["table"]
    for i, r in ctx.rel(RelationType.ELECTS):
        t, s = ctx.bodies[r.target], ctx.bodies[r.source]
        qualifier = t.advocacy or t.executive_type
        entry = table.get(f"{t.kind.value}:{qualifier.value}") if qualifier else None
        entry = entry or table.get(t.kind.value)
        if entry is None:
            continue
        allowed, where = entry
        if s.kind.value not in allowed:
            yield violation("elector", t.id, loc=("relations", i), elector=s.names.fi,
                            allowed=[K(k) for k in allowed], where=where)
    if rule.params.get("audit_parent"):
        for b in ctx.of_kind(K.AUDIT_COMMITTEE):
            if b.parent in ctx.bodies and ctx.kind(b.parent) is not K.COUNCIL:
                yield violation("audit_parent", b.id, parent=ctx.bodies[b.parent].names.fi)
