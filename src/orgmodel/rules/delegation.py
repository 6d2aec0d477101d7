"""Check functions for delegation consistency: who holds each power, how it moves, who may call it in.

A :class:`~orgmodel.model.Power` has one ``holder``; ``delegates`` relations (``power:`` and
``via:``) move it along a chain. The analysis of each power's chain is computed once per check
and shared by the rules (depth, cycles, powers delegated by a body that does not hold them).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..index import find_cycles
from ..kinds import kinds_where
from ..text import Text
from ..vocab import BodyKind as K
from ..vocab import CommitteeRole, InstrumentKind, RelationType
from .base import Ctx, Fact, Hit, Rule, cannot, model_text, rule_check, violation
from .catalogue import MATTERS, reserved_matters

if TYPE_CHECKING:
    from ..model import Power, Relation

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
    edges: list[tuple[int, Relation]] = field(default_factory=list)
    hops: dict[str, int] = field(default_factory=dict)
    not_held: list[tuple[int, Relation]] = field(default_factory=list)
    cycles: list[list[str]] = field(default_factory=list)
    deciders: list[str] = field(default_factory=list)


def delegated_power(r: Relation) -> str:
    """The id of the power a ``delegates`` relation moves: the model requires one (its validator
    rejects a delegation without ``power:``)."""
    assert r.power is not None, f"delegation {r.source} -> {r.target} names no power"
    return r.power


def chains(ctx: Ctx) -> dict[str, Chain]:
    """Power id -> its delegation chain (cached on the context)."""
    cached: dict[str, Chain] | None = ctx.cache.get("chains")
    if cached is not None:
        return cached
    by_power: dict[str, list[tuple[int, Relation]]] = defaultdict(list)
    for i, r in ctx.rel(RelationType.DELEGATES):
        by_power[delegated_power(r)].append((i, r))
    found: dict[str, Chain] = {}
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


def _power_name(p: Power) -> Text:
    return model_text(p.names)


# --- rules -----------------------------------------------------------------------------------------


@rule_check(
    title=Text(fi="valtuustolle varatut asiat",
               sv="ärenden som är förbehållna fullmäktige",
               en="matters reserved to the council"),
    messages={
        "holder": Text(fi="Toimivalta {power} ({matter}, {matter_section}) kuuluu valtuustolle, mutta sen haltija on "
                          "{name}.",
                       sv="Behörigheten {power} ({matter}, {matter_section}) hör till fullmäktige, men dess innehavare "
                          "är {name}.",
                       en="Power {power} ({matter}, {matter_section}) belongs to the council, but its holder is "
                          "{name}."),
        "delegated": Text(fi="Toimivalta {power} ({matter}, {matter_section}) on siirretty toimielimelle {name}; "
                             "valtuustolle varattua asiaa ei voi siirtää.",
                          sv="Behörigheten {power} ({matter}, {matter_section}) har delegerats till {name}; ett ärende "
                             "som är förbehållet fullmäktige kan inte delegeras.",
                          en="Power {power} ({matter}, {matter_section}) is delegated to {name}; a matter reserved to "
                             "the council cannot be delegated."),
        "elections_holder": Text(
            fi="Toimivalta {power} ({matter}, {matter_section}) on toimielimellä {name}. Valtuusto valitsee "
               "toimielinten jäsenet, ellei laissa toisin säädetä: jaoston, johtokunnan ja vaikuttamistoimielimen "
               "jäsenet voi valita muukin toimielin. Tarkista, mitä toimivalta kattaa.",
            sv="Behörigheten {power} ({matter}, {matter_section}) innehas av {name}. Fullmäktige väljer ledamöterna i "
               "organen, om inte annat föreskrivs i lag: ledamöterna i en sektion, en direktion och ett påverkansorgan "
               "kan väljas av ett annat organ. Kontrollera vad behörigheten omfattar.",
            en="Power {power} ({matter}, {matter_section}) is held by {name}. The council elects the members of bodies "
               "unless the law provides otherwise: members of a subcommittee, an enterprise board or an advocacy body "
               "may be elected by another body. Check what the power covers."),
    },
    hint=Text(fi="Anna toimivalta valtuustolle (holder: <valtuuston id>) ja poista sen delegointi.",
              sv="Ge behörigheten till fullmäktige (holder: <fullmäktiges id>) och ta bort delegeringen.",
              en="Make the council the holder (holder: <council id>) and remove the delegation."),
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
        section = reserved[p.matter].section
        values: dict[str, Any] = dict(power=_power_name(p), matter=MATTERS[p.matter].names,
                                      matter_section=section or "§ ?")
        # the provision applied: the matter's own section, and for a delegation also the section
        # that forbids delegating what the law reserves (params['no_delegation'], e.g. KL 91 § 1 mom)
        no_delegation = rule.params.get("no_delegation")
        delegated = ", ".join(x for x in (section, no_delegation) if x) if section else None
        if p.matter == "body_elections":
            # "unless provided otherwise": jaostot, johtokunnat and advocacy bodies may be elected by
            # other bodies (KL 26-28 §, 31 § 1 mom 3 kohta, 32 § 1 mom; 611/2021 32 §, 36 §): a warning
            # that asks what the power covers, never an error (legal audit 2.1)
            if ctx.kind(p.holder) is not K.COUNCIL:
                yield violation("elections_holder", p.holder, loc=("powers", i), section=section, at_most="warning",
                                **values)
            for j, r in chain_of[pid].edges:
                yield violation("elections_holder", r.target, loc=("relations", j), section=section,
                                at_most="warning", **values)
            continue
        if ctx.kind(p.holder) is not K.COUNCIL:
            yield violation("holder", p.holder, loc=("powers", i), section=section, **values)
        for j, r in chain_of[pid].edges:
            yield violation("delegated", r.target, loc=("relations", j), section=delegated, **values)


@rule_check(
    title=Text(fi="delegointi hallintosäännöllä",
               sv="delegering i förvaltningsstadgan",
               en="delegation through the administrative regulations"),
    messages={
        "via": Text(fi="Toimivalta {power} siirretään toimielimelle {name} asiakirjalla {via} ({via_kind}); siirto "
                       "tehdään hallintosäännössä.",
                    sv="Behörigheten {power} delegeras till {name} genom {via} ({via_kind}); delegering görs i "
                       "förvaltningsstadgan.",
                    en="Power {power} is delegated to {name} by {via} ({via_kind}); delegation is made in the "
                       "administrative regulations."),
        "recipient": Text(fi="Toimivalta {power} siirretään toimielimelle {name} ({kind}); toimivaltaa voi siirtää "
                             "vain toimielimille, luottamushenkilöille ja viranhaltijoille.",
                          sv="Behörigheten {power} delegeras till {name} ({kind}); behörighet kan delegeras endast "
                             "till organ, förtroendevalda och tjänsteinnehavare.",
                          en="Power {power} is delegated to {name} ({kind}); power can be delegated only to bodies, "
                             "elected officials and civil servants."),
    },
    hint=Text(fi="Merkitse delegointiin via: <hallintosäännön id> ja vastaanottajaksi organisaation toimielin tai "
                 "viranhaltija.",
              sv="Ange via: <förvaltningsstadgans id> för delegeringen och som mottagare ett organ eller en "
                 "tjänsteinnehavare inom organisationen.",
              en="Give the delegation via: <administrative regulations id> and a recipient inside the organisation."),
)
def delegation_via_regulations(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    instruments = ctx.structure.instruments
    for i, r in ctx.rel(RelationType.DELEGATES):
        p = ctx.powers[delegated_power(r)][1]
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
    title=Text(fi="edelleensiirron syvyys", sv="vidaredelegeringens djup", en="depth of sub-delegation"),
    messages={"deep": Text(fi="Toimivalta {power} siirretään toimielimelle {name} {hops}. kerran haltijasta lukien; "
                              "edelleen siirrettyä toimivaltaa ei voi siirtää enää eteenpäin.",
                           sv="Behörigheten {power} når {name} i delegeringssteg {hops} räknat från innehavaren; "
                              "behörighet som har vidaredelegerats kan inte delegeras vidare.",
                           en="Power {power} reaches {name} at delegation step {hops} from its holder; power that was "
                              "sub-delegated cannot be delegated again.")},
    hint=Text(fi="Siirrä toimivalta suoraan enintään kaksi askelta haltijasta (haltija → saaja → edelleen saaja).",
              sv="Delegera högst två steg från innehavaren (innehavare → mottagare → vidare mottagare).",
              en="Delegate at most two steps from the holder (holder → recipient → one sub-recipient)."),
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
    title=Text(fi="vain omaa toimivaltaa voi siirtää",
               sv="endast egen behörighet kan delegeras",
               en="only held power can be delegated"),
    messages={"not_held": Text(fi="{source} siirtää toimivallan {power} toimielimelle {name}, mutta ei itse pidä sitä "
                                  "(haltija {holder}).",
                               sv="{source} delegerar behörigheten {power} till {name} men innehar den inte själv "
                                  "(innehavare {holder}).",
                               en="{source} delegates power {power} to {name} but does not hold it (holder: "
                                  "{holder}).")},
    hint=Text(fi="Aloita delegointi toimivallan haltijasta tai sen saajasta, tai korjaa powers-kohdan holder.",
              sv="Börja delegeringen från behörighetens innehavare eller en mottagare, eller rätta holder under "
                 "powers.",
              en="Start the delegation from the holder or a recipient, or correct the power's holder."),
)
def delegation_not_held(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for pid, chain in chains(ctx).items():
        p = ctx.powers[pid][1]
        for j, r in chain.not_held:
            yield violation("not_held", r.target, loc=("relations", j), power=_power_name(p),
                            source=ctx.bodies[r.source].shown_names.fi, holder=ctx.bodies[p.holder].shown_names.fi)


@rule_check(
    title=Text(fi="delegointisilmukka", sv="delegeringsslinga", en="delegation cycle"),
    messages={"cycle": Text(fi="Toimivallan {power} delegoinnit kiertävät kehää: {cycle}.",
                            sv="Delegeringarna av behörigheten {power} går runt i en cirkel: {cycle}.",
                            en="The delegations of power {power} go round in a circle: {cycle}.")},
    hint=Text(fi="Poista delegointi, joka palaa takaisin aiempaan haltijaan.",
              sv="Ta bort den delegering som leder tillbaka till en tidigare innehavare.",
              en="Remove the delegation that leads back to an earlier holder."),
)
def delegation_cycle(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for pid, chain in chains(ctx).items():
        p = ctx.powers[pid][1]
        for cyc in chain.cycles:
            yield violation("cycle", cyc[0], loc=("powers", ctx.powers[pid][0]), power=_power_name(p),
                            cycle=" → ".join(cyc + cyc[:1]))


@rule_check(
    title=Text(fi="valmistelevaksi merkitty valiokunta", sv="utskott som angetts som beredande",
               en="committee marked preparatory"),
    messages={
        "holds": Text(fi="{name} on mallissa merkitty valmistelevaksi (committee_role), mutta sillä on toimivalta "
                         "{power}. Tämä on mallin johdonmukaisuushuomautus, ei lakivaatimus: toimivaltaa voidaan "
                         "siirtää myös valiokunnalle.",
                      sv="{name} har i modellen angetts som beredande (committee_role) men har behörigheten {power}. "
                         "Detta är en anmärkning om modellens konsekvens, inte ett krav i lagen: behörighet kan "
                         "delegeras även till ett utskott.",
                      en="{name} is marked preparatory in the model (committee_role) but holds power {power}. This is "
                         "a note on the model's consistency, not a legal requirement: power may be delegated to a "
                         "committee too."),
        "receives": Text(fi="{name} on mallissa merkitty valmistelevaksi (committee_role), mutta sille siirretään "
                            "toimivalta {power}. Tämä on mallin johdonmukaisuushuomautus, ei lakivaatimus: "
                            "toimivaltaa voidaan siirtää myös valiokunnalle.",
                         sv="{name} har i modellen angetts som beredande (committee_role) men får behörigheten "
                            "{power} delegerad. Detta är en anmärkning om modellens konsekvens, inte ett krav i "
                            "lagen: behörighet kan delegeras även till ett utskott.",
                         en="{name} is marked preparatory in the model (committee_role) but receives power {power}. "
                            "This is a note on the model's consistency, not a legal requirement: power may be "
                            "delegated to a committee too."),
    },
    hint=Text(fi="Jos valiokunta päättää asioista, merkitse committee_role: decision_making; muuten anna toimivalta "
                 "toiselle toimielimelle.",
              sv="Om utskottet beslutar i ärenden, ange committee_role: decision_making; annars ge behörigheten till "
                 "ett annat organ.",
              en="If the committee decides matters, set committee_role: decision_making; otherwise give the power to "
                 "another body."),
    reads=("committee_role",),
)
def preparatory_committee(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    prep = {b.id for b in ctx.of_kind(K.COMMITTEE) if b.committee_role is CommitteeRole.PREPARATORY}
    if not prep:
        return
    for i, p in ctx.powers.values():
        if p.holder in prep:
            yield violation("holds", p.holder, loc=("powers", i), power=_power_name(p))
    for j, r in ctx.rel(RelationType.DELEGATES):
        if r.target in prep:
            p = ctx.powers[delegated_power(r)][1]
            yield violation("receives", r.target, loc=("relations", j), power=_power_name(p))


@rule_check(
    title=Text(fi="hallintopakko vain toimielimelle",
               sv="förvaltningstvång endast för ett organ",
               en="administrative coercion only to a body"),
    messages={"person": Text(fi="Toimivalta {power} sisältää hallintopakkoa, mutta se siirretään toimielimelle {name} "
                                "({kind}); sen voi siirtää vain toimielimelle.",
                             sv="Behörigheten {power} innefattar förvaltningstvång men delegeras till {name} ({kind}); "
                                "den kan delegeras endast till ett organ.",
                             en="Power {power} involves administrative coercion but is delegated to {name} ({kind}); "
                                "it may be delegated only to a body.")},
    hint=Text(fi="Siirrä toimivalta lautakunnalle tai muulle toimielimelle, ei viranhaltijalle.",
              sv="Delegera behörigheten till en nämnd eller ett annat organ, inte till en tjänsteinnehavare.",
              en="Delegate it to a board or other body, not to an office holder."),
)
def coercion_to_body(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for j, r in ctx.rel(RelationType.DELEGATES):
        p = ctx.powers[delegated_power(r)][1]
        if p.coercion and ctx.kind(r.target) in NOT_ORGANS:
            yield violation("person", r.target, loc=("relations", j), power=_power_name(p), kind=ctx.kind(r.target))


CALL_IN_KINDS = kinds_where(lambda spec: spec.call_in)
ENTERPRISE_KINDS = frozenset({K.BUSINESS_ENTERPRISE, K.ENTERPRISE_BOARD})


@rule_check(
    title=Text(fi="otto-oikeus", sv="rätt att ta upp ärenden till behandling", en="call-in right"),
    messages={
        "holder": Text(fi="{name} ({kind}) on merkitty otto-oikeuden haltijaksi toimivallassa {power}; otto-oikeus voi "
                          "olla vain hallituksella, sen puheenjohtajalla, johtajalla, hallintosäännössä määrätyillä "
                          "viranhaltijoilla sekä hallintosäännön niin määrätessä lautakunnilla ja johtokunnilla.",
                       sv="{name} ({kind}) har angetts ha rätt att ta upp ärenden till behandling inom behörigheten "
                          "{power}; den rätten har endast styrelsen, dess ordförande, direktören, tjänsteinnehavare "
                          "som anges i förvaltningsstadgan samt, om förvaltningsstadgan så bestämmer, nämnder och "
                          "direktioner.",
                       en="{name} ({kind}) is given a call-in right over power {power}; only the executive board, its "
                          "chair, the director, officials named in the administrative regulations, and boards or "
                          "enterprise boards granted it there, may hold one."),
        "scope": Text(fi="{name} voi ottaa käsiteltäväkseen vain alaisilleen siirrettyjä asioita, mutta toimivallassa "
                         "{power} päättää {decider}.",
                      sv="{name} kan ta upp till behandling endast ärenden som har delegerats till organ under den, "
                         "men inom behörigheten {power} beslutar {decider}.",
                      en="{name} can call in only matters delegated below it, but power {power} is exercised by "
                         "{decider}."),
        "not_delegated": Text(fi="{name} on merkitty ottamaan käsiteltäväkseen toimivallan {power} asiat, mutta "
                                 "niistä päättää valtuusto itse; vain siirrettyjä asioita voi ottaa käsiteltäväksi.",
                              sv="{name} har angetts kunna ta upp ärendena inom behörigheten {power} till behandling, "
                                 "men fullmäktige beslutar själv om dem; endast delegerade ärenden kan tas upp.",
                              en="{name} is given a call-in right over power {power}, but the council decides it "
                                 "itself; only delegated matters can be called in."),
        "excluded": Text(fi="Toimivallan {power} asiat ({matter}) eivät kuulu otto-oikeuden piiriin "
                            "({matter_section}).",
                         sv="Ärendena inom behörigheten {power} ({matter}) omfattas inte av rätten att ta upp ärenden "
                            "till behandling ({matter_section}).",
                         en="Matters of power {power} ({matter}) cannot be called in ({matter_section})."),
    },
    hint=Text(fi="Korjaa call_in-luettelo: vain toimivallan käyttäjän esimiestoimielimet.",
              sv="Rätta call_in-listan: endast organ som är överordnade det organ som utövar behörigheten.",
              en="Correct the call_in list: only bodies above the one exercising the power."),
)
def call_in(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """KL 92 § / 611/2021 97 § (``params['par']``): who may call in what.

    - 1 mom: the executive board, its chair, the director and officials named in the hallintosääntö,
      over matters delegated to authorities under the executive board: every lautakunta works under
      it (KL 30 § 2 mom 1 kohta, 611/2021 35 § 2 mom) wherever it is drawn; not the council, the
      executive board itself, the audit committee or the election bodies.
    - 2 mom: a lautakunta (valiokunta) over its own subordinates and jaostot, and 3 mom: a johtokunta
      over its subordinates (drawn below it or beside it under its liikelaitos), only if the
      hallintosääntö so provides, which the model cannot state: a "cannot check" note.
    - only delegated matters: a power the council decides itself cannot be called in.
    - 5 mom: excluded matters (each law's ``no_call_in``), reported on the call-in holder.
    """
    par = rule.params["par"]
    chain_of = chains(ctx)
    for pid, (i, p) in ctx.powers.items():
        if not p.call_in:  # None: not stated; []: nobody
            continue
        matter = MATTERS.get(p.matter or "")
        excluded = matter.no_call_in.get(rule.law) if matter is not None else None
        chain = chain_of[pid]
        for j, c in enumerate(p.call_in):
            kind = ctx.kind(c)
            loc = ("powers", i, "call_in", j)
            if kind not in CALL_IN_KINDS:
                yield violation("holder", c, loc=loc, section=f"{par} 1–3 mom", power=_power_name(p), kind=kind)
                continue
            if excluded is not None and matter is not None:
                yield violation("excluded", c, loc=loc, section=excluded, power=_power_name(p), matter=matter.names,
                                matter_section=excluded)
                continue
            deciders = [d for d in chain.deciders if ctx.kind(d) is not K.COUNCIL]
            if len(deciders) < len(chain.deciders):
                yield violation("not_delegated", c, loc=loc, section=f"{par} 1 mom", power=_power_name(p))
            mom = 1 if kind in (K.EXECUTIVE_BOARD, K.EXECUTIVE) else 3 if kind is K.ENTERPRISE_BOARD else 2
            out_of_scope = [d for d in deciders if not _may_call_in(ctx, c, kind, d)]
            for d in out_of_scope:
                facts: list[Fact] = [("body", a, "parent") for a in (d, *ctx.ancestors(d))]
                facts += [("relation", e, None) for e, r in chain.edges if r.target == d]
                yield violation("scope", c, loc=loc, section=f"{par} {mom} mom", facts=facts,
                                power=_power_name(p), decider=ctx.bodies[d].shown_names.fi)
            if mom > 1 and deciders and not out_of_scope:
                yield cannot(CALL_IN_PROVISION, c, loc=loc, section=f"{par} {mom} mom")


#: What a lautakunta's or johtokunta's call-in right needs (KL 92 § 2–3 mom, 611/2021 97 § 2–3 mom).
CALL_IN_PROVISION = Text(fi="hallintosäännön määräys, joka antaa otto-oikeuden (mallissa ei ole kenttää)",
                         sv="en bestämmelse i förvaltningsstadgan som ger rätten att ta upp ärenden (modellen har "
                            "inget fält)",
                         en="a hallintosääntö provision granting the call-in right (no model field)")
#: Decisions of these bodies are not "under the executive board" (KL 92 § 1 mom): the council's own bodies.
_OUTSIDE_EXECUTIVE = frozenset({K.COUNCIL, K.EXECUTIVE_BOARD, K.AUDIT_COMMITTEE, K.ELECTION_BOARD,
                                K.ELECTION_COMMITTEE})


def _may_call_in(ctx: Ctx, c: str, kind: K, d: str) -> bool:
    """Whether call-in holder ``c`` (of ``kind``) may call in what ``d`` decides."""
    if d == c:
        return False
    if kind in (K.EXECUTIVE_BOARD, K.EXECUTIVE):
        return ctx.kind(d) not in _OUTSIDE_EXECUTIVE and not any(
            ctx.kind(a) in _OUTSIDE_EXECUTIVE - {K.COUNCIL, K.EXECUTIVE_BOARD} for a in ctx.ancestors(d))
    if ctx.is_below(d, c):
        return True
    if kind is K.ENTERPRISE_BOARD:  # beside it under its liikelaitos, as the archetypes draw them
        enterprise = ctx.bodies[c].parent
        return enterprise is not None and ctx.kind(enterprise) is K.BUSINESS_ENTERPRISE and ctx.is_below(d, enterprise)
    return False


@rule_check(
    title=Text(fi="omistajaohjaus", sv="ägarstyrning", en="ownership steering"),
    messages={"unsteered": Text(fi="Mallissa ei näy, kuka ohjaa yhteisöä {name} omistajana; omistaminen (owns) ei "
                                   "ole omistajaohjausta, josta hallitus vastaa.",
                                sv="Modellen visar inte vem som styr {name} som ägare; att äga (owns) är inte "
                                   "ägarstyrning, som styrelsen svarar för.",
                                en="The model does not show who steers {name} as owner; owning (owns) is not owner "
                                   "steering, which the executive board answers for.")},
    hint=Text(fi="Lisää steers-suhde konsernijohdosta (esim. hallitus tai konsernijaosto) yhteisöön.",
              sv="Lägg till en steers-relation från koncernledningen (t.ex. styrelsen eller koncernsektionen) till "
                 "sammanslutningen.",
              en="Add a steers relation from the group management (e.g. the executive board) to it."),
)
def ownership_steering(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Every group entity is steered as owner (``steers`` from the organisation's side, or drawn under one
    of its bodies). Ownership (``owns``, often from the organisation itself) is a different fact and does
    not count: the executive board answers for owner steering (KL 39 § 1 mom 6 kohta, 611/2021 43 § 1
    mom 6 kohta), carried out by the group management (KL 48 §, 611/2021 50 §)."""
    steered: set[str] = set()
    for _, r in ctx.rel(RelationType.STEERS):
        source = ctx.bodies.get(r.source)
        if source is not None and source.kind not in OUTSIDE and source.kind is not K.ORGANISATION:
            steered.add(r.target)
    for b in ctx.group_entities():
        if b.id in steered:
            continue
        parent = ctx.parent_of(b)
        if parent is not None and parent.kind not in OUTSIDE and parent.kind is not K.ORGANISATION:
            continue
        yield violation("unsteered", b.id)


@rule_check(
    title=Text(fi="toimielimen valitsija", sv="vem som väljer ett organ", en="who appoints a body"),
    messages={
        "elector": Text(fi="{elector} valitsee toimielimen {name}; sen valitsee {allowed} ({where}).",
                        sv="{elector} väljer {name}; organet väljs av {allowed} ({where}).",
                        en="{elector} elects {name}; it is elected by {allowed} ({where})."),
        "audit_parent": Text(fi="Tarkastuslautakunta {name} on toimielimen {parent} alainen; sen asettaa valtuusto.",
                             sv="Revisionsnämnden {name} lyder under {parent}; den tillsätts av fullmäktige.",
                             en="Audit committee {name} sits under {parent}; the council sets it up."),
    },
    hint=Text(fi="Korjaa elects-suhteen lähde (source) tai toimielimen parent.",
              sv="Rätta källan (source) för elects-relationen eller organets parent.",
              en="Correct the source of the elects relation, or the body's parent."),
    reads=("parent",),
)
def appointments(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """``params['table']``: target key ('board', 'advocacy_body:youth', 'executive:director') ->
    (allowed elector kinds, section). ``params['skip_sources']``: external types whose naming of members
    another rule judges (the university under 611/2021 95 § 3 mom: UNIV-HVA)."""
    table = rule.params["table"]
    skip = set(rule.params.get("skip_sources", ()))
    for i, r in ctx.rel(RelationType.ELECTS):  # only elects: nominating (nominates) is not electing
        t, s = ctx.bodies.get(r.target), ctx.bodies.get(r.source)
        if t is None or s is None or (s.external_type is not None and s.external_type.value in skip):
            continue
        qualifier = t.advocacy or t.executive_type
        entry = None
        if qualifier is not None and any(ctx.kind(a) in ENTERPRISE_KINDS for a in ctx.ancestors(t.id)):
            entry = table.get(f"enterprise_{qualifier.value}")  # a liikelaitos director (KL 67 §, 611/2021 72 §)
        entry = entry or (table.get(f"{t.kind.value}:{qualifier.value}") if qualifier else None)
        entry = entry or table.get(t.kind.value)
        if entry is None:
            continue
        allowed, where, *act = entry
        if s.kind.value not in allowed:
            # the provision applied is the table row's (a bill's row names only its source)
            section = where if rule.citation.sections else None
            yield violation("elector", t.id, loc=("relations", i), section=section, act=act[0] if act else None,
                            elector=s.shown_names.fi, allowed=[K(k) for k in allowed], where=where)
    if rule.params.get("audit_parent"):
        for b in ctx.of_kind(K.AUDIT_COMMITTEE):
            parent = ctx.parent_of(b)
            if parent is not None and parent.kind is not K.COUNCIL:
                yield violation("audit_parent", b.id, section=rule.params["audit_parent"],
                                parent=parent.shown_names.fi)
