"""Check functions for statutory completeness: mandatory bodies, sizes, composition, instruments.

Each function looks at the structure through a :class:`~orgmodel.rules.base.Ctx` and yields
hits; which law it serves and with which numbers is decided by the rulesets
(the modules of :mod:`orgmodel.rules.laws`). Where the model does not say what a rule
needs, the function yields a "cannot check" hit naming the missing key, never a violation.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from ..kinds import kinds_where, ordered_kinds_where
from ..text import Text
from ..vocab import AdvocacyType, ExecutiveType, InstrumentKind, LanguageBody, LanguageGroup
from ..vocab import BodyKind as K
from .base import Ctx, Fact, Hit, Rule, cannot, model_text, rule_check, violation
from .catalogue import TOPICS

if TYPE_CHECKING:
    from ..model import Body

ADVOCACY_NAMES = {
    "youth": Text(fi="nuorisovaltuusto", sv="ungdomsfullmäktige", en="youth council"),
    "elderly": Text(fi="vanhusneuvosto", sv="äldreråd", en="elderly council"),
    "disability": Text(fi="vammaisneuvosto", sv="råd för personer med funktionsnedsättning", en="disability council"),
    "language_minority": Text(fi="kielivähemmistön vaikuttamistoimielin",
                              sv="påverkansorgan för den språkliga minoriteten",
                              en="language-minority advocacy body"),
}

#: Offices and units under these kinds belong to an enterprise or company, not to the organisation's top.
_PRODUCTION_OR_GROUP = kinds_where(lambda spec: spec.own_offices)


def _num(n: int) -> Text:
    """250 000 in Finnish and Swedish (a space between thousands), 250,000 in English."""
    spaced = f"{n:,}".replace(",", " ")
    return Text(fi=spaced, sv=spaced, en=f"{n:,}")


# What a "cannot check" note asks for, where the model key alone would not say it (the English text
# is the note's ``needs`` key).
ONE_NUMBER = Text(fi="seats (yksi luku, ei vaihteluväli)", sv="seats (ett tal, inte ett intervall)",
                  en="seats (one number, not a range)")


ONLY_ASSOCIATED = Text(fi="onko osakkuusyhtiöiden kanssa konsernia (konserniohje koskee tytäryhteisöjä)",
                       sv="om intressebolagen bildar en koncern (koncerndirektivet gäller dottersammanslutningar)",
                       en="whether the associated companies form a group (the konserniohje is for subsidiaries)")


#: The fields of a body's composition that count people, and those that say yes or no.
CountField = Literal["women", "men", "councillors", "employees", "executive_board_members", "deputy_women",
                     "deputy_men"]
FlagField = Literal["chair_is_councillor", "vice_chairs_are_councillors", "personal_deputies", "chair_from_parent_body"]


def _count(body: Body, field: CountField) -> int | None:
    """A head count from the body's composition (None: the model does not give it)."""
    value: int | None = getattr(body.composition, field) if body.composition is not None else None
    return value


def _flag(body: Body, field: FlagField) -> bool | None:
    """A yes/no fact from the body's composition (None: the model does not give it)."""
    value: bool | None = getattr(body.composition, field) if body.composition is not None else None
    return value


def _seats(body: Body) -> tuple[int, int] | None:
    """The body's seats as (fewest, most): one number gives both; None when the model does not say."""
    low, high = body.seats_min, body.seats_max
    return (low, high) if low is not None and high is not None else None


# --- mandatory bodies ----------------------------------------------------------------------------


@rule_check(
    title=Text(fi="pakollinen toimielin", sv="obligatoriskt organ", en="mandatory body"),
    messages={"missing": Text(fi="Pakollinen toimielin puuttuu: {what}.",
                              sv="Ett obligatoriskt organ saknas: {what}.",
                              en="A mandatory body is missing: {what}.")},
    hint=Text(fi="Lisää toimielin, jolla kind: {kind}.",
              sv="Lägg till ett organ med kind: {kind}.",
              en="Add a body with kind: {kind}."),
)
def mandatory_body(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """At least one body of ``params['kind']`` (named ``params['what']`` in messages)."""
    kind = K(rule.params["kind"])
    if not ctx.by_kind.get(kind):
        yield violation("missing", what=rule.params.get("what", kind), kind=kind.value)


@rule_check(
    title=Text(fi="johtaja", sv="direktör", en="chief executive"),
    messages={"missing": Text(fi="Organisaatiolta puuttuu {what}.",
                              sv="Organisationen har ingen {what}.",
                              en="The organisation has no {what}.")},
    hint=Text(fi="Lisää toimihenkilö, jolla kind: executive, executive_type: {types} ja parent: <hallituksen id>.",
              sv="Lägg till en tjänsteinnehavare med kind: executive, executive_type: {types} och parent: <styrelsens "
                 "id>.",
              en="Add an office with kind: executive, executive_type: {types} and parent: <executive board id>."),
)
def chief_executive(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """An executive of one of ``params['types']`` at the top, not under an enterprise or company.

    Only the type satisfies the rule (KL 38 § 3 mom, 611/2021 42 § 3 mom): an office without
    ``executive_type`` never does. One drawn where the director sits (directly under the executive
    board, or at the top) might be the director, so it makes the rule "cannot check"; an untyped
    office deeper down (a head teacher under a board) cannot be, and the director is missing.
    """
    allowed = {ExecutiveType(t) for t in rule.params["types"]}
    maybe: list[Body] = []
    for b in ctx.of_kind(K.EXECUTIVE):
        if any(ctx.kind(a) in _PRODUCTION_OR_GROUP for a in ctx.ancestors(b.id)):
            continue
        if b.executive_type in allowed:
            return
        parent = ctx.parent_of(b)
        if b.executive_type is None and (parent is None or parent.kind is K.EXECUTIVE_BOARD):
            maybe.append(b)
    if maybe:
        for b in maybe:
            yield cannot("executive_type", b.id)
        return
    yield violation("missing", what=rule.params["what"], types=" / ".join(rule.params["types"]))


@rule_check(
    title=Text(fi="lakisääteiset vaikuttamistoimielimet",
               sv="lagstadgade påverkansorgan",
               en="statutory advocacy bodies"),
    messages={"missing": Text(fi="Lakisääteinen vaikuttamistoimielin puuttuu: {what}.",
                              sv="Ett lagstadgat påverkansorgan saknas: {what}.",
                              en="A statutory advocacy body is missing: {what}.")},
    hint=Text(fi="Lisää toimielin, jolla kind: advocacy_body ja advocacy: {advocacy}.",
              sv="Lägg till ett organ med kind: advocacy_body och advocacy: {advocacy}.",
              en="Add a body with kind: advocacy_body and advocacy: {advocacy}."),
)
def advocacy_bodies(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """An advocacy body of each type in ``params['types']``."""
    present = {b.advocacy for b in ctx.of_kind(K.ADVOCACY_BODY)}
    for t in rule.params["types"]:
        if AdvocacyType(t) not in present:
            yield violation("missing", what=ADVOCACY_NAMES[t], advocacy=t)


@rule_check(
    title=Text(fi="kielilautakunnat", sv="språknämnder", en="language boards"),
    messages={
        "national": Text(fi="Kaksikielisellä hyvinvointialueella on oltava kansalliskielilautakunta.",
                         sv="Ett tvåspråkigt välfärdsområde ska ha en nationalspråksnämnd.",
                         en="A bilingual county must have a national-language board."),
        "sami": Text(fi="Alueella, johon kuuluu saamelaisten kotiseutualueen kunta, on oltava saamen kielen "
                        "lautakunta.",
                     sv="Ett välfärdsområde som omfattar en kommun inom samernas hembygdsområde ska ha en nämnd för "
                        "samiska språket.",
                     en="A county with a municipality of the Sámi homeland must have a Sámi-language board."),
        "kind": Text(fi="{name} on kielilautakunta, mutta sen laji on {kind}; lain mukaan se on lautakunta.",
                     sv="{name} är en språknämnd men dess typ är {kind}; enligt lagen är den en nämnd.",
                     en="{name} is a language board but its kind is {kind}; the law makes it a board (lautakunta)."),
    },
    hint=Text(fi="Lisää lautakunta (kind: board), jolla language_body: national_language tai sami_language.",
              sv="Lägg till en nämnd (kind: board) med language_body: national_language eller sami_language.",
              en="Add a board (kind: board) with language_body: national_language or sami_language."),
    reads=("kind",),
)
def language_boards(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """611/2021 33 §: bilingual -> national-language board; Sámi homeland -> Sámi-language board."""
    found: dict[LanguageBody, Body] = {}
    for b in ctx.org.bodies:
        if b.language_body is not None:
            found.setdefault(b.language_body, b)
            if b.kind is not K.BOARD:
                yield violation("kind", b.id, kind=b.kind)
    if ctx.org.bilingual and LanguageBody.NATIONAL_LANGUAGE not in found:
        yield violation("national")
    if ctx.org.sami_homeland and LanguageBody.SAMI_LANGUAGE not in found:
        yield violation("sami")


@rule_check(
    title=Text(fi="kielivähemmistön vaikuttamistoimielin",
               sv="påverkansorgan för den språkliga minoriteten",
               en="language-minority advocacy body"),
    messages={"missing": Text(fi="Maakunnalla on oltava {needed} kielivähemmistön vaikuttamistoimielin(tä) "
                                 "(kaksikielisyys tai saamelaisten kotiseutualue); mallissa on {found}.",
                              sv="Landskapet ska ha {needed} påverkansorgan för den språkliga minoriteten "
                                 "(tvåspråkighet eller en kommun inom samernas hembygdsområde); modellen har {found}.",
                              en="The region needs {needed} language-minority advocacy body/bodies (bilingual, or a "
                                 "Sámi-homeland municipality); the model has {found}.")},
    hint=Text(fi="Lisää toimielin, jolla kind: advocacy_body ja advocacy: language_minority.",
              sv="Lägg till ett organ med kind: advocacy_body och advocacy: language_minority.",
              en="Add a body with kind: advocacy_body and advocacy: language_minority."),
)
def language_advocacy(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """HE 15/2017 [SEC]: one minority-language advocacy body per condition (bilingual, Sámi homeland)."""
    needed = int(ctx.org.bilingual) + int(ctx.org.sami_homeland)
    found = sum(1 for b in ctx.of_kind(K.ADVOCACY_BODY) if b.advocacy is AdvocacyType.LANGUAGE_MINORITY)
    if found < needed:
        yield violation("missing", needed=needed, found=found)


#: The two national language groups of a bilingual municipality (KL 30 § 4 mom), in the forms the messages need.
_NATIONAL_GROUPS = (LanguageGroup.FINNISH, LanguageGroup.SWEDISH)
_GROUP_OF = {  # "the ... group's (body)"
    LanguageGroup.FINNISH: Text(fi="suomenkielisen kieliryhmän", sv="den finskspråkiga språkgruppens",
                                en="the Finnish-speaking group's"),
    LanguageGroup.SWEDISH: Text(fi="ruotsinkielisen kieliryhmän", sv="den svenskspråkiga språkgruppens",
                                en="the Swedish-speaking group's"),
}
_GROUP_FOR = {  # "(a body) for the ... group"
    LanguageGroup.FINNISH: Text(fi="suomenkieliselle kieliryhmälle", sv="för den finskspråkiga språkgruppen",
                                en="for the Finnish-speaking group"),
    LanguageGroup.SWEDISH: Text(fi="ruotsinkieliselle kieliryhmälle", sv="för den svenskspråkiga språkgruppen",
                                en="for the Swedish-speaking group"),
}
#: Bodies that may serve one language group in the education administration: a board or committee of its
#: own, a joint body, or a language jaosto (KL 30 § 4 mom; language jaostot of other bodies, 31 § 1 mom 5 kohta).
_LANGUAGE_BODY_KINDS = (K.BOARD, K.COMMITTEE, K.SUBCOMMITTEE, K.JOINT_BODY)
NO_LANGUAGE_GROUP = Text(
    fi="language_group opetustoimen toimielimille (kummankin kieliryhmän oma toimielin tai jaosto)",
    sv="language_group för organen för undervisningsväsendet (ett eget organ eller en sektion för vardera "
       "språkgruppen)",
    en="language_group of the education bodies (a body or jaosto for each language group)")


def _group_body_needed(group: LanguageGroup) -> Text:
    """What a "cannot check" note asks for when one group's education body is not marked."""
    return Text(fi=f"language_group: {group.value} {_GROUP_OF[group].fi} opetustoimen toimielimelle",
                sv=f"language_group: {group.value} för {_GROUP_OF[group].sv} organ för undervisningsväsendet",
                en=f"language_group: {group.value} on {_GROUP_OF[group].en} education body")


@rule_check(
    title=Text(fi="kaksikielisen kunnan opetustoimen toimielimet",
               sv="organ för undervisningsväsendet i en tvåspråkig kommun",
               en="education bodies of a bilingual municipality"),
    messages={
        "missing": Text(
            fi="{name} on {present} toimielin, mutta mallissa ei ole toimielintä eikä jaostoa {missing} "
               "(language_group: {token}). Kaksikielisessä kunnassa opetustoimen hallintoa varten on asetettava "
               "kummallekin kieliryhmälle oma toimielin tai yhteiseen toimielimeen kieliryhmien mukaiset jaostot.",
            sv="{name} är {present} organ, men modellen har inget organ och ingen sektion {missing} "
               "(language_group: {token}). I en tvåspråkig kommun ska det för undervisningsväsendet finnas ett "
               "eget organ för vardera språkgruppen, eller sektioner enligt språkgrupperna i ett gemensamt organ.",
            en="{name} is {present} body, but the model has no body or jaosto {missing} (language_group: {token}). "
               "A bilingual municipality's education administration needs a body for each language group, or one "
               "joint body with language jaostot."),
        "members": Text(
            fi="{name} on {group} jaosto, mutta sen jäsenistä {count} kuuluu toiseen kieliryhmään ({other}); "
               "kieliryhmän jaoston jäsenten on kuuluttava siihen kieliryhmään.",
            sv="{name} är {group} sektion, men {count} av ledamöterna hör till den andra språkgruppen ({other}); "
               "ledamöterna i en språkgrupps sektion ska höra till den språkgruppen.",
            en="{name} is {group} jaosto, but {count} of its members belong to the other language group ({other}); "
               "the members of a language group's jaosto must belong to that group."),
    },
    hint=Text(fi="Merkitse kunkin kieliryhmän opetustoimen toimielimelle tai jaostolle language_group (finnish / "
                 "swedish), ja lisää puuttuvan kieliryhmän toimielin tai jaosto.",
              sv="Ange language_group (finnish / swedish) för varje språkgrupps organ eller sektion för "
                 "undervisningsväsendet, och lägg till ett organ eller en sektion för den språkgrupp som saknar en.",
              en="Give each language group's education body or jaosto its language_group (finnish / swedish), and "
                 "add a body or jaosto for the group that has none."),
    reads=("language_group",),
)
def bilingual_education(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """KL 30 § 4 mom: a bilingual municipality sets up, for its education administration, a body of its own
    for each language group, or language-group jaostot in one joint body; a jaosto's members belong to its
    language group.

    The model has no field saying which bodies deal with education, so the bodies (boards, committees,
    joint bodies, jaostot) that carry a Finnish or Swedish ``language_group`` are taken as the language
    groups' education bodies (language jaostot of other bodies, 31 § 1 mom 5 kohta, look the same). Both
    groups marked: the rule holds. Only one group marked: a jaosto of an unmarked body is the joint-body
    form (it holds); a body of its own leaves the other group's body unmarked ("cannot check"), unless the
    marked group's body is a body of its own and the other group has none at all, which is at most a
    warning, since an unmarked body may be that group's. No body marked: "cannot check".
    """
    if not ctx.org.bilingual:
        return
    marked = [b for b in ctx.of_kind(*_LANGUAGE_BODY_KINDS) if b.language_group in _NATIONAL_GROUPS]
    if not marked:
        yield cannot(NO_LANGUAGE_GROUP)
        return
    for b in marked:
        yield from _language_jaosto_members(ctx, b)
    present = {b.language_group for b in marked}
    if len(present) == len(_NATIONAL_GROUPS):
        return
    group = next(g for g in _NATIONAL_GROUPS if g in present)
    other = next(g for g in _NATIONAL_GROUPS if g is not group)
    if any(_in_joint_body(ctx, b) for b in marked):
        return  # a language jaosto of a joint body: the joint-body form
    if other is ctx.org.minority_language and ctx.org.in_scope("political_bodies"):
        yield violation("missing", marked[0].id, at_most="warning", present=_GROUP_OF[group],
                        missing=_GROUP_FOR[other], token=other.value)
    else:  # the majority's body (or, minority unknown, either) may be one the model does not mark
        yield cannot(_group_body_needed(other))


def _in_joint_body(ctx: Ctx, b: Body) -> bool:
    """Whether ``b`` is a jaosto of a body that serves no one language group (a joint body's language jaosto)."""
    parent = ctx.parent_of(b)
    return b.kind is K.SUBCOMMITTEE and parent is not None and parent.language_group is None


def _language_jaosto_members(ctx: Ctx, b: Body) -> Iterator[Hit]:
    """A language group's jaosto whose members (composition.language_groups) include the other group."""
    if b.kind is not K.SUBCOMMITTEE or b.composition is None or not b.composition.language_groups:
        return
    other = next(g for g in _NATIONAL_GROUPS if g is not b.language_group)
    count = b.composition.language_groups.get(other, 0)
    if count > 0:
        assert b.language_group is not None
        yield violation("members", b.id, facts=[("body", b.id, "composition")], group=_GROUP_OF[b.language_group],
                        count=count, other=other.text())


@rule_check(
    title=Text(fi="vaalilautakunta", sv="valnämnd", en="election board"),
    messages={
        "missing": Text(fi="Valtuuston asettama {what} puuttuu.",
                        sv="Det saknas en {what} som tillsätts av fullmäktige.",
                        en="The {what} set up by the council is missing."),
        "seats": Text(fi="{name}: {seats} jäsentä; laissa puheenjohtaja, varapuheenjohtaja ja 3 muuta jäsentä (5).",
                      sv="{name}: {seats} ledamöter; enligt lagen ordförande, vice ordförande och 3 andra ledamöter "
                         "(5).",
                      en="{name}: {seats} members; the law says chair, vice-chair and 3 other members (5)."),
        "parent": Text(fi="{name} on toimielimen {parent} alainen; sen asettaa valtuusto.",
                       sv="{name} lyder under {parent}; den tillsätts av fullmäktige.",
                       en="{name} sits under {parent}; the council sets it up."),
    },
    hint=Text(fi="Vaalilautakunnalle kind: election_board, parent: <valtuuston id> ja seats: 5.",
              sv="Ge valnämnden kind: election_board, parent: <fullmäktiges id> och seats: 5.",
              en="Give the election board kind: election_board, parent: <council id> and seats: 5."),
    reads=("seats", "parent"),
)
def election_board(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Vaalilaki 12 a § / 13 §: an election board set up by the council, 5 members.

    ``params['parents']``: the parent kinds an election board may have (KL also has district
    boards set up by the executive board); the central one sits under the council or nowhere.
    """
    allowed = {K(k) for k in rule.params["parents"]}
    central = False
    for b in ctx.of_kind(K.ELECTION_BOARD):
        parent = ctx.parent_of(b)
        if parent is not None and parent.kind not in allowed:
            yield violation("parent", b.id, parent=parent.shown_names.fi)
            continue
        if parent is None or parent.kind is K.COUNCIL:
            central = True
            seats = _seats(b)
            if seats is None:
                yield cannot("seats", b.id)
            elif seats != (5, 5):
                yield violation("seats", b.id, seats=str(b.seats))
    if not central:
        yield violation("missing", what=rule.params["what"])


@rule_check(
    title=Text(fi="liikelaitoksen johtokunta ja johtaja",
               sv="affärsverkets direktion och direktör",
               en="business enterprise board and director"),
    messages={
        "no_board": Text(fi="{name}: liikelaitoksella ei ole johtokuntaa.",
                         sv="{name}: affärsverket har ingen direktion.",
                         en="{name}: the business enterprise has no board (johtokunta)."),
        "no_director": Text(fi="{name}: liikelaitoksella ei ole johtajaa.",
                            sv="{name}: affärsverket har ingen direktör.",
                            en="{name}: the business enterprise has no director."),
    },
    hint=Text(fi="Lisää johtokunta (kind: enterprise_board, parent: <liikelaitoksen id>) ja johtaja (kind: executive, "
                 "parent: <liikelaitoksen tai johtokunnan id>).",
              sv="Lägg till en direktion (kind: enterprise_board, parent: <affärsverkets id>) och en direktör (kind: "
                 "executive, parent: <affärsverkets eller direktionens id>).",
              en="Add a board (kind: enterprise_board, parent: <enterprise id>) and a director (kind: executive, "
                 "parent: <enterprise or board id>)."),
    reads=("parent",),
)
def enterprise_bodies(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Every business enterprise has a johtokunta (and with ``params['director']``, a johtaja).

    The johtokunta may be drawn under the enterprise, above it, or linked to it by a relation.
    """
    from ..vocab import RelationType

    linked: dict[str, list[str]] = {}
    for rtype in (RelationType.STEERS, RelationType.ELECTS, RelationType.REPORTS_TO):
        for _, r in ctx.rel(rtype):
            linked.setdefault(r.target, []).append(r.source)
            linked.setdefault(r.source, []).append(r.target)
    for e in ctx.of_kind(K.BUSINESS_ENTERPRISE):
        near = [b.id for b in ctx.kids.get(e.id, [])] + linked.get(e.id, [])
        if e.parent is not None:
            near.append(e.parent)
        boards = [x for x in near if ctx.kind(x) is K.ENTERPRISE_BOARD]
        if not boards:
            yield violation("no_board", e.id)
        if rule.params.get("director"):
            heads = [b for x in [e.id, *boards] for b in ctx.kids.get(x, []) if b.kind is K.EXECUTIVE]
            if not heads:
                yield violation("no_director", e.id)


@rule_check(
    title=Text(fi="valtuuston koko", sv="fullmäktiges storlek", en="council size"),
    messages={
        "below": Text(fi="{name}: {seats} paikkaa; {population} asukkaalla vähintään {minimum}.",
                      sv="{name}: {seats} platser; med {population} invånare är minimiantalet {minimum}.",
                      en="{name}: {seats} seats; with {population} inhabitants the minimum is {minimum}."),
        "even": Text(fi="{name}: {seats} paikkaa; määrän on oltava pariton.",
                     sv="{name}: {seats} platser; antalet ska vara udda.",
                     en="{name}: {seats} seats; the number must be odd."),
        # params['exact'] (the first county council, 616/2021 16 § 1 mom): exactly the minimum
        "exact": Text(fi="{name}: {seats} paikkaa; ensimmäiseen aluevaltuustoon ({term}) valittiin täsmälleen "
                         "611/2021 24 §:n 1 momentin vähimmäismäärä, {population} asukkaalla {minimum} (asukasluku "
                         "{counted_on}).",
                      sv="{name}: {seats} platser; till det första välfärdsområdesfullmäktige ({term}) valdes exakt "
                         "minimiantalet enligt 611/2021 24 § 1 mom., med {population} invånare {minimum} "
                         "(invånarantalet {counted_on}).",
                      en="{name}: {seats} seats; the first county council ({term}) had exactly the minimum of "
                         "611/2021 24 § 1 mom: {minimum} for {population} inhabitants (the population on "
                         "{counted_on})."),
        "exact_other_day": Text(
            fi="{name}: {seats} paikkaa; ensimmäiseen aluevaltuustoon ({term}) valittiin täsmälleen 611/2021 24 §:n "
               "1 momentin vähimmäismäärä, {population} asukkaalla {minimum}. Laki laskee asukasluvun {counted_on}; "
               "mallin luku on {figure_day}, joten porras voi olla toinen.",
            sv="{name}: {seats} platser; till det första välfärdsområdesfullmäktige ({term}) valdes exakt "
               "minimiantalet enligt 611/2021 24 § 1 mom., med {population} invånare {minimum}. Lagen räknar "
               "invånarantalet {counted_on}; modellens siffra är {figure_day}, så trappsteget kan vara ett annat.",
            en="{name}: {seats} seats; the first county council ({term}) had exactly the minimum of 611/2021 24 § "
               "1 mom: {minimum} for {population} inhabitants. The law counts the population on {counted_on}; the "
               "model's figure is {figure_day}, so the tier may differ."),
    },
    hint=Text(fi="Aseta seats vähintään vähimmäismäärään ({minimum}) ja parittomaksi.",
              sv="Sätt seats till minst minimiantalet ({minimum}) och till ett udda tal.",
              en="Set seats to at least the minimum ({minimum}) and to an odd number."),
    reads=("seats",),
)
def council_size(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Seats at least the minimum of the population tier (``params['tiers']``: [(upper, minimum)]),
    and odd where ``params['odd']``.

    An approximate figure (``population.approximate``, "noin 200 000") is read as anything within
    ±5 % of it: where the minimum differs across that band (a tier edge lies in it) and the seats meet
    the lower minimum but not the higher one, the rule cannot tell ("cannot check", naming the figure).
    """
    tiers = rule.params["tiers"]
    population = ctx.org.population
    pop = population.count if population is not None else None
    approximate = population is not None and population.approximate
    for c in ctx.of_kind(K.COUNCIL):
        seats = _seats(c)
        if seats is None:
            yield cannot("seats", c.id)
            continue
        if pop is None:
            yield cannot("population.count", c.id)
            continue
        fewest, most = seats
        low, high = (_band(pop) if approximate else (pop, pop))
        minimum, highest = _minimum(tiers, low), _minimum(tiers, high)
        shown = _about(pop) if approximate else _num(pop)
        if rule.params.get("exact"):
            yield from _exact_size(ctx, rule, c, seats, (minimum, highest), shown, pop, low, high)
            continue
        if most < minimum:
            yield violation("below", c.id, seats=str(c.seats), minimum=minimum, population=shown)
        elif most < highest:
            edge = next(upper for upper, _ in tiers if upper is not None and low <= upper < high)
            yield cannot(_approximate_needs(pop, edge), c.id, minimum=highest)
        elif fewest != most:
            yield cannot(ONE_NUMBER, c.id, minimum=highest)
        elif rule.params.get("odd") and fewest % 2 == 0:
            yield violation("even", c.id, seats=str(c.seats), minimum=highest)


#: How far an approximate population figure may be from the true one: ±5 %.
APPROXIMATION = 0.05


def _band(pop: int) -> tuple[int, int]:
    """The populations an approximate figure may stand for (±5 %)."""
    return math.floor(pop * (1 - APPROXIMATION)), math.ceil(pop * (1 + APPROXIMATION))


def _minimum(tiers: list[tuple[int | None, int]], pop: int) -> int:
    return next(m for upper, m in tiers if upper is None or pop <= upper)


def _about(n: int) -> Text:
    """'noin 200 000': an approximate figure."""
    exact = _num(n)
    return Text(fi=f"noin {exact.fi}", sv=f"cirka {exact.sv}", en=f"about {exact.en}")


def _approximate_needs(pop: int, edge: int) -> Text:
    """What a "cannot check" note asks for when an approximate figure lies near a tier edge."""
    about, limit = _about(pop), _num(edge)
    return Text(fi=f"tarkka population.count (malli antaa likiarvon {about.fi}; porrasraja {limit.fi} on ±5 %:n "
                   "sisällä)",
                sv=f"exakt population.count (modellen ger ett ungefärligt tal, {about.sv}; gränsen {limit.sv} ligger "
                   "inom ±5 %)",
                en=f"exact population.count (the model gives an approximate figure, {about.en}; the tier edge "
                   f"{limit.en} is within ±5 %)")


UNDATED_FIGURE = Text(fi="päiväämätön", sv="odaterad", en="undated")


def _exact_size(ctx: Ctx, rule: Rule, council: Body, seats: tuple[int, int], minima: tuple[int, int],
                shown: Text, pop: int, low: int, high: int) -> Iterator[Hit]:
    """Seats exactly the minimum (``params['exact']``: the term, ``params['counted_on']``: the day the law
    counts the population). ``minima`` are the minimum for the lowest and the highest population an
    approximate figure may stand for (the same for an exact one): seats that are one of two possible minima
    cannot be checked. A figure the model dates on another day, or not at all, may fall in another tier
    than the one the law reads: then the finding is at most a warning and says so."""
    fewest, most = seats
    possible = sorted(set(minima))
    if fewest != most and any(fewest <= m <= most for m in possible):
        yield cannot(ONE_NUMBER, council.id, minimum=possible[-1])
        return
    if fewest == most and fewest in possible:
        if len(possible) > 1:
            edge = next(upper for upper, _ in rule.params["tiers"] if upper is not None and low <= upper < high)
            yield cannot(_approximate_needs(pop, edge), council.id, minimum=fewest)
        return
    counted_on = rule.params["counted_on"]
    day = ctx.org.population.date if ctx.org.population is not None else None
    minimum: int | Text = possible[0] if len(possible) == 1 else Text(
        fi=f"{possible[0]} tai {possible[1]}", sv=f"{possible[0]} eller {possible[1]}",
        en=f"{possible[0]} or {possible[1]}")
    values = {"seats": str(council.seats), "minimum": minimum, "population": shown,
              "term": rule.params["exact"], "counted_on": f"{counted_on.day}.{counted_on.month}.{counted_on.year}"}
    if day == counted_on:
        yield violation("exact", council.id, **values)
    else:
        figure_day = f"{day.day}.{day.month}.{day.year}" if day is not None else UNDATED_FIGURE
        yield violation("exact_other_day", council.id, at_most="warning", figure_day=figure_day, **values)


# --- composition and eligibility --------------------------------------------------------------------

# (composition field, message variant) that the audit-committee rules read
_AUDIT_CHAIRS: tuple[tuple[FlagField, str], ...] = (("chair_is_councillor", "chair"),
                                                     ("vice_chairs_are_councillors", "vice"))
_AUDIT_EXCLUSIONS: tuple[tuple[CountField, str], ...] = (("executive_board_members", "executive_board"),
                                                         ("employees", "employees"))


@rule_check(
    title=Text(fi="tarkastuslautakunnan puheenjohtajisto",
               sv="revisionsnämndens ordförande och vice ordförande",
               en="audit committee chair and vice-chair"),
    messages={
        "chair": Text(fi="{name}: puheenjohtaja ei ole valtuutettu.",
                      sv="{name}: ordföranden är inte fullmäktigeledamot.",
                      en="{name}: the chair is not a councillor."),
        "vice": Text(fi="{name}: varapuheenjohtaja ei ole valtuutettu.",
                     sv="{name}: vice ordföranden är inte fullmäktigeledamot.",
                     en="{name}: the vice-chair is not a councillor."),
    },
    hint=Text(fi="Valitse puheenjohtaja ja varapuheenjohtaja valtuutetuista (composition: chair_is_councillor: true, "
                 "vice_chairs_are_councillors: true).",
              sv="Välj ordföranden och vice ordföranden bland fullmäktigeledamöterna (composition: "
                 "chair_is_councillor: true, vice_chairs_are_councillors: true).",
              en="Elect the chair and vice-chair from the councillors (composition: chair_is_councillor: true, "
                 "vice_chairs_are_councillors: true)."),
    reads=("composition",),
)
def audit_chairs(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(K.AUDIT_COMMITTEE):
        for field, variant in _AUDIT_CHAIRS:
            value = _flag(b, field)
            if value is None:
                yield cannot(f"composition.{field}", b.id)
            elif value is False:
                yield violation(variant, b.id)


@rule_check(
    title=Text(fi="tarkastuslautakunnan vaalikelpoisuus",
               sv="valbarhet till revisionsnämnden",
               en="audit committee eligibility"),
    messages={
        "executive_board": Text(fi="{name}: jäsenistä {count} on hallituksen jäseniä; he eivät ole vaalikelpoisia.",
                                sv="{name}: {count} av ledamöterna är ledamöter i styrelsen; de är inte valbara.",
                                en="{name}: {count} members sit on the executive board; they are not eligible."),
        "employees": Text(fi="{name}: jäsenistä {count} on organisaation tai sen tytäryhteisön palveluksessa; he eivät "
                             "ole vaalikelpoisia.",
                          sv="{name}: {count} av ledamöterna är anställda hos organisationen eller dess "
                             "dottersammanslutningar; de är inte valbara.",
                          en="{name}: {count} members are employees of the organisation or its controlled entities; "
                             "they are not eligible."),
    },
    hint=Text(fi="Valitse tarkastuslautakuntaan henkilöt, jotka eivät ole hallituksen jäseniä eivätkä organisaation "
                 "palveluksessa (composition: executive_board_members: 0, employees: 0).",
              sv="Välj till revisionsnämnden personer som varken är ledamöter i styrelsen eller anställda hos "
                 "organisationen (composition: executive_board_members: 0, employees: 0).",
              en="Elect members who sit on no executive board and are not employees (composition: "
                 "executive_board_members: 0, employees: 0)."),
    reads=("composition",),
)
def audit_exclusions(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(K.AUDIT_COMMITTEE):
        for field, variant in _AUDIT_EXCLUSIONS:
            value = _count(b, field)
            if value is None:
                yield cannot(f"composition.{field}", b.id)
            elif value > 0:
                yield violation(variant, b.id, count=value)


@rule_check(
    title=Text(fi="hallituksen enemmistö", sv="styrelsens majoritet", en="executive board majority"),
    messages={"majority": Text(fi="{name}: {employees}/{seats} jäsentä on organisaation palveluksessa; enemmistön on "
                                  "oltava muita.",
                               sv="{name}: {employees}/{seats} ledamöter är anställda hos organisationen; majoriteten "
                                  "ska vara andra än anställda.",
                               en="{name}: {employees} of {seats} members are employed by the organisation; a majority "
                                  "must not be.")},
    hint=Text(fi="Vähennä palveluksessa olevia jäseniä alle puoleen (composition.employees).",
              sv="Minska antalet anställda ledamöter till färre än hälften (composition.employees).",
              en="Reduce employed members to fewer than half (composition.employees)."),
    reads=("seats", "composition"),
)
def executive_majority(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(K.EXECUTIVE_BOARD):
        employees, seats = _count(b, "employees"), _seats(b)
        if employees is None:
            yield cannot("composition.employees", b.id)
        elif seats is None:
            yield cannot("seats", b.id)
        elif 2 * employees >= seats[1]:
            yield violation("majority", b.id, employees=employees, seats=str(b.seats))
        elif 2 * employees >= seats[0]:
            yield cannot(ONE_NUMBER, b.id)


# Bodies (toimielimet) the composition rules apply to; the council and the election boards
# (ordered deputies under the Election Act) are outside them.
ORGAN_KINDS = ordered_kinds_where(lambda spec: spec.composition_rules)


@rule_check(
    title=Text(fi="henkilökohtaiset varajäsenet", sv="personliga ersättare", en="personal deputies"),
    messages={"none": Text(fi="{name}: jäsenillä ei ole henkilökohtaisia varajäseniä.",
                           sv="{name}: ledamöterna har inga personliga ersättare.",
                           en="{name}: the members have no personal deputies.")},
    hint=Text(fi="Valitse jokaiselle jäsenelle henkilökohtainen varajäsen (composition.personal_deputies: true).",
              sv="Välj en personlig ersättare för varje ledamot (composition.personal_deputies: true).",
              en="Elect a personal deputy for every member (composition.personal_deputies: true)."),
    reads=("composition",),
)
def personal_deputies(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(*ORGAN_KINDS):
        value = _flag(b, "personal_deputies")
        if value is None:
            yield cannot("composition.personal_deputies", b.id)
        elif value is False:
            yield violation("none", b.id)


@rule_check(
    title=Text(fi="sukupuolten tasapuolinen edustus", sv="jämn könsfördelning", en="gender balance"),
    messages={"share": Text(fi="{name}: {women} naista ja {men} miestä; kumpaakin on oltava vähintään {percent} %.",
                            sv="{name}: {women} kvinnor och {men} män; vardera ska utgöra minst {percent} %.",
                            en="{name}: {women} women and {men} men; each must be at least {percent} %."),
              "deputies": Text(fi="{name}: varajäsenistä {women} naisia ja {men} miehiä; kiintiö koskee varajäseniä "
                                  "erikseen, kumpaakin vähintään {percent} %.",
                               sv="{name}: bland ersättarna {women} kvinnor och {men} män; kvoten gäller ersättarna "
                                  "för sig, vardera minst {percent} %.",
                               en="{name}: the deputies are {women} women and {men} men; the quota applies to the "
                                  "deputies separately, each at least {percent} %.")},
    hint=Text(fi="Muuta kokoonpanoa, tai kirjaa erityinen syy suppressions-kohtaan.",
              sv="Ändra sammansättningen, eller anteckna det särskilda skälet under suppressions.",
              en="Change the composition, or record the special reason under suppressions."),
    reads=("composition",),
)
def gender_balance(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Women and men each at least ``params['share']`` of a body's members (kinds: ``params['kinds']``);
    with ``params['deputies']`` the deputies too, separately (KHO 1997:49, TAS 288/2016): "cannot
    check" where the model does not give them. One of each sex suffices in a body of three
    (Equality Ombudsman TAS/426/2010)."""
    share = rule.params.get("share", 0.4)
    kinds = [K(k) for k in rule.params.get("kinds", [k.value for k in (*ORGAN_KINDS, K.COMMISSION, K.ELECTION_BOARD)])]
    groups: list[tuple[CountField, CountField, str]] = [("women", "men", "share")]
    if rule.params.get("deputies"):
        groups.append(("deputy_women", "deputy_men", "deputies"))
    for b in ctx.of_kind(*kinds):
        for w_field, m_field, variant in groups:
            women, men = _count(b, w_field), _count(b, m_field)
            if variant == "deputies" and _flag(b, "personal_deputies") is False:
                continue
            if women is None or men is None:
                yield cannot(f"composition.{w_field}, composition.{m_field}", b.id)
                break  # members unknown: one note, not a second one for the deputies
            if not _balanced(women, men, share):
                yield violation(variant, b.id, women=women, men=men, percent=round(share * 100))


def _balanced(women: int, men: int, share: float) -> bool:
    """Each sex at least ``share`` of the total; in a body of three, one of each (TAS/426/2010)."""
    total = women + men
    if total == 0:
        return True
    if total == 3:
        return women >= 1 and men >= 1
    return women >= share * total and men >= share * total


@rule_check(
    title=Text(fi="tytäryhtiön hallituksen sukupuolijakauma",
               sv="könsfördelningen i dotterbolagets styrelse",
               en="gender balance of company boards"),
    messages={"absent": Text(fi="{name}: hallituksessa {women} naista ja {men} miestä; edustuksen on oltava "
                                "tasapuolinen.",
                             sv="{name}: styrelsen har {women} kvinnor och {men} män; könsfördelningen ska vara jämn.",
                             en="{name}: the company board has {women} women and {men} men; the shares must be "
                                "balanced."),
              "share": Text(fi="{name}: hallituksessa {women} naista ja {men} miestä; tasa-arvovaltuutettu lukee "
                               "tasapuolisen edustuksen 40–60 %:n tavoitteeksi.",
                            sv="{name}: styrelsen har {women} kvinnor och {men} män; jämställdhetsombudsmannen läser "
                               "jämn fördelning som målet 40–60 %.",
                            en="{name}: the company board has {women} women and {men} men; the Equality Ombudsman "
                               "reads 'balanced' as the 40–60 % target.")},
    hint=Text(fi="Nimeä hallitukseen kumpaakin sukupuolta, tai kirjaa erityinen syy suppressions-kohtaan.",
              sv="Utse både kvinnor och män till styrelsen, eller anteckna det särskilda skälet under suppressions.",
              en="Appoint both women and men, or record the special reason under suppressions."),
    reads=("composition",),
)
def company_gender(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Tasa-arvolaki 4 a § 2 mom: "balanced", which the Equality Ombudsman reads as 40–60 % (legal audit
    2.1): a board with one sex absent, or below 40 %, is flagged (the rule is a warning)."""
    from ..vocab import RelationType

    shares: dict[str, float] = {}
    for _, r in ctx.rel(RelationType.OWNS):
        if r.share is not None:
            shares[r.target] = max(shares.get(r.target, 0.0), r.share)
    for b in ctx.of_kind(K.SUBSIDIARY):
        if b.id in shares and shares[b.id] <= 50:
            continue  # controlled but not majority-owned: 2 mom does not apply
        women, men = _count(b, "women"), _count(b, "men")
        if women is None or men is None:
            yield cannot("composition.women, composition.men", b.id)
        elif women + men and (women == 0 or men == 0):
            yield violation("absent", b.id, women=women, men=men)
        elif not _balanced(women, men, 0.4):
            yield violation("share", b.id, women=women, men=men)


def _working_committees(ctx: Ctx) -> Iterator[Hit]:
    """The 611/2021 reading of committees (see :func:`committees`)."""
    from ..vocab import CommitteeRole, RelationType

    for b in ctx.of_kind(K.COMMITTEE):
        hits = [violation("holds", b.id, loc=("powers", i), power=model_text(p.names), section="35 § 2 mom, 96 § 1 mom")
                for i, p in ctx.powers.values() if p.holder == b.id]
        for j, r in ctx.rel(RelationType.DELEGATES):
            held = ctx.powers.get(r.power) if r.power is not None else None
            if r.target == b.id and held is not None:
                hits.append(violation("receives", b.id, loc=("relations", j), section="35 § 2 mom, 96 § 1 mom",
                                      power=model_text(held[1].names)))
        if not hits and b.committee_role is CommitteeRole.DECISION_MAKING:
            hits.append(violation("decides", b.id, section="35 § 2 mom, 40 §"))
        yield from hits or [violation("preparatory", b.id, at_most="info", section="35 § 2 mom, 40 §")]


@rule_check(
    title=Text(fi="yliopiston edustajat toimielimessä", sv="universitetets representanter i ett organ",
               en="university representatives on a body"),
    messages={
        "forbidden": Text(fi="{university} nimeää jäseniä toimielimeen {name}; yliopiston edustajia ei voi nimetä "
                             "aluevaltuustoon eikä tarkastuslautakuntaan.",
                          sv="{university} utser ledamöter i {name}; universitetets representanter kan inte utses "
                             "till välfärdsområdesfullmäktige eller revisionsnämnden.",
                          en="{university} names members to {name}; university representatives cannot be named to "
                             "the county council or the audit committee."),
        "seats": Text(fi="{university} nimeää {seats} jäsentä toimielimeen {name}; yliopisto voi nimetä enintään "
                         "{most} edustajaa.",
                      sv="{university} utser {seats} ledamöter i {name}; universitetet kan utse högst {most} "
                         "representanter.",
                      en="{university} names {seats} members to {name}; the university may name at most {most} "
                         "representatives."),
    },
    hint=Text(fi="Poista yliopiston nimeämisoikeus aluevaltuustoon ja tarkastuslautakuntaan, ja rajaa se muissa "
                 "toimielimissä enintään {most} edustajaan henkilökohtaisine varajäsenineen (hallintosääntö).",
              sv="Ta bort universitetets rätt att utse ledamöter i fullmäktige och revisionsnämnden, och begränsa den "
                 "i andra organ till högst {most} representanter med personliga ersättare (förvaltningsstadgan).",
              en="Drop the university's right to name members to the council and the audit committee, and limit it "
                 "elsewhere to at most {most} representatives with personal deputies (hallintosääntö)."),
)
def university_nominees(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """611/2021 95 § 3 mom: the hallintosääntö may let the university name at most ``params['most']``
    representatives (with personal deputies) to a county body, but not to the kinds in ``params['forbidden']``
    (the aluevaltuusto, the tarkastuslautakunta). A university is an external party with ``external_type:
    university``; its ``nominates`` or ``elects`` relations are read, their ``seats`` added up per body.
    Whether the hallintosääntö grants the right at all the model cannot say: the rule judges only the limits.
    """
    from ..vocab import ExternalType, RelationType

    forbidden = {K(k) for k in rule.params["forbidden"]}
    most: int = rule.params["most"]
    named: dict[tuple[str, str], list[int]] = {}
    for rtype in (RelationType.NOMINATES, RelationType.ELECTS):
        for i, r in ctx.rel(rtype):
            source, target = ctx.bodies.get(r.source), ctx.bodies.get(r.target)
            if source is None or target is None or source.external_type is not ExternalType.UNIVERSITY:
                continue
            if target.kind in forbidden:
                yield violation("forbidden", target.id, loc=("relations", i), facts=_university_facts(source),
                                university=model_text(source.shown_names))
            else:
                named.setdefault((source.id, target.id), []).append(i)
    for (source_id, target_id), indices in named.items():
        seats = [ctx.org.relations[i].seats for i in indices]
        known = sum(s for s in seats if s is not None)
        facts = [*_university_facts(ctx.bodies[source_id]), *(("relation", i, "seats") for i in indices)]
        if known > most:
            yield violation("seats", target_id, loc=("relations", indices[0]), facts=facts, seats=known,
                            university=model_text(ctx.bodies[source_id].shown_names))
        elif None in seats:
            yield cannot("relations[].seats", target_id, loc=("relations", indices[seats.index(None)]))


def _university_facts(university: Body) -> list[Fact]:
    return [("body", university.id, None), ("body", university.id, "external_type")]


# --- which bodies the law allows --------------------------------------------------------------------


@rule_check(
    title=Text(fi="valiokunnat", sv="utskott", en="committees (valiokunta)"),
    messages={
        "forbidden": Text(fi="{name} on pysyvä valiokunta; laki ei tunne pysyviä valiokuntia (vain tilapäisen "
                             "valiokunnan).",
                          sv="{name} är ett permanent utskott; lagen känner inga permanenta utskott (endast ett "
                             "tillfälligt utskott).",
                          en="{name} is a standing committee; the law has none (only a temporary committee)."),
        "holds": Text(fi="{name} on valtuuston valiokunta, mutta sillä on toimivalta {power}; laki ei tunne pysyvää "
                         "valiokuntaa toimielimenä (vain tilapäisen valiokunnan), joten toimivaltaa ei voi antaa "
                         "sille.",
                      sv="{name} är ett utskott under fullmäktige men har behörigheten {power}; lagen känner inget "
                         "permanent utskott som organ (endast ett tillfälligt utskott), så behörighet kan inte ges "
                         "till det.",
                      en="{name} is a council committee but holds power {power}; the law knows no standing committee "
                         "as a body (only a temporary one), so no power can be given to it."),
        "receives": Text(fi="{name} on valtuuston valiokunta, mutta sille siirretään toimivalta {power}; toimivaltaa "
                            "voi siirtää vain toimielimille, eikä laki tunne pysyvää valiokuntaa toimielimenä.",
                         sv="{name} är ett utskott under fullmäktige men får behörigheten {power} delegerad; "
                            "behörighet kan delegeras endast till organ, och lagen känner inget permanent utskott som "
                            "organ.",
                         en="{name} is a council committee but receives power {power}; power can be delegated only "
                            "to bodies, and the law knows no standing committee as a body."),
        "decides": Text(fi="{name} on merkitty päättäväksi valiokunnaksi (committee_role: decision_making); laki "
                           "sallii päättäviksi lautakunnat, johtokunnat ja jaostot sekä vain tilapäisen valiokunnan.",
                        sv="{name} har angetts som beslutande utskott (committee_role: decision_making); lagen "
                           "tillåter som beslutande organ nämnder, direktioner och sektioner, och endast ett "
                           "tillfälligt utskott.",
                        en="{name} is marked a decision-making committee (committee_role: decision_making); the law "
                           "allows deciding boards, enterprise boards and subcommittees, and only a temporary "
                           "committee."),
        "preparatory": Text(fi="{name} on valtuuston valmisteleva työryhmä, ei toimielin, jolla on päätösvaltaa: laki "
                               "ei tunne pysyvää valiokuntaa toimielimenä (vain tilapäisen valiokunnan). Sille ei voi "
                               "antaa eikä siirtää toimivaltaa.",
                            sv="{name} är en beredande arbetsgrupp under fullmäktige, inte ett organ med "
                               "beslutanderätt: lagen känner inget permanent utskott som organ (endast ett tillfälligt "
                               "utskott). Ingen behörighet kan ges eller delegeras till den.",
                            en="{name} is a preparatory working body of the council, not a body with "
                               "decision power: the law knows no standing committee as a body (only a temporary one). "
                               "No power can be given or delegated to it."),
        "members": Text(fi="{name} on valiokunta, mutta sen jäsenten ei tarvitse olla valtuutettuja tai "
                           "varavaltuutettuja.",
                        sv="{name} är ett utskott, men dess ledamöter behöver inte vara fullmäktigeledamöter eller "
                           "ersättare i fullmäktige.",
                        en="{name} is a committee, but its members need not be councillors or deputy councillors."),
    },
    hint=Text(fi="Tee siitä lautakunta (kind: board), tai merkitse members_must_be_councillors: true.",
              sv="Gör det till en nämnd (kind: board), eller ange members_must_be_councillors: true.",
              en="Make it a board (kind: board), or set members_must_be_councillors: true."),
    reads=("committee_role", "members_must_be_councillors"),
)
def committees(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """``params['allowed']``: KL allows a valiokunta whose members are all (deputy) councillors.

    611/2021 (``allowed`` false) knows no standing valiokunta as a toimielin (35 § 2 mom; 40 § is the
    temporary one), but county councils work with committees: a committee that holds or receives
    no power, and is not said to decide, is a preparatory working body of the council (an info note
    that says so); one that holds a power, receives one (96 § 1 mom: power goes to toimielimet) or
    is said to decide is an error.
    """
    if not rule.params["allowed"]:
        yield from _working_committees(ctx)
        return
    for b in ctx.of_kind(K.COMMITTEE):
        if b.members_must_be_councillors is None:
            yield cannot("members_must_be_councillors", b.id)
        elif b.members_must_be_councillors is False:
            yield violation("members", b.id)


@rule_check(
    title=Text(fi="pormestarimalli", sv="borgmästarmodellen", en="mayor model"),
    messages={
        "forbidden": Text(fi="{name} on {kind_label}; laki ei tunne pormestarimallia.",
                          sv="{name} är {kind_label}; lagen känner ingen borgmästarmodell.",
                          en="{name} is a {kind_label}; the law has no mayor model."),
        "deputy_without_mayor": Text(fi="{name} on apulaispormestari, mutta kunnalla ei ole pormestaria.",
                                     sv="{name} är biträdande borgmästare, men kommunen har ingen borgmästare.",
                                     en="{name} is a deputy mayor but the municipality has no mayor."),
        "mayor_and_director": Text(fi="Kunnalla on sekä pormestari ({mayor}) että kunnanjohtaja ({name}); pormestari "
                                      "johtaa kuntaa kunnanjohtajan sijaan.",
                                   sv="Kommunen har både en borgmästare ({mayor}) och en kommundirektör ({name}); "
                                      "borgmästaren leder kommunen i stället för kommundirektören.",
                                   en="The municipality has both a mayor ({mayor}) and a municipal director ({name}); "
                                      "the mayor leads instead of the director."),
    },
    hint=Text(fi="Valitse joko pormestari tai kunnanjohtaja (executive_type: mayor tai director).",
              sv="Välj antingen en borgmästare eller en kommundirektör (executive_type: mayor eller director).",
              en="Choose either a mayor or a director (executive_type: mayor or director)."),
)
def mayor_model(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    execs = ctx.of_kind(K.EXECUTIVE)
    mayors = [b for b in execs if b.executive_type is ExecutiveType.MAYOR]
    deputies = [b for b in execs if b.executive_type is ExecutiveType.DEPUTY_MAYOR]
    if not rule.params["allowed"]:
        for b in mayors + deputies:
            yield violation("forbidden", b.id, kind_label=b.executive_type)
        return
    if not mayors:
        for b in deputies:
            yield violation("deputy_without_mayor", b.id)
        return
    for b in execs:
        if b.executive_type is ExecutiveType.DIRECTOR and not any(
                ctx.kind(a) in _PRODUCTION_OR_GROUP for a in ctx.ancestors(b.id)):
            yield violation("mayor_and_director", b.id, mayor=mayors[0].shown_names.fi)


@rule_check(
    title=Text(fi="jaoston emotoimielin", sv="sektionens överordnade organ", en="parent of a subcommittee"),
    messages={"parent": Text(fi="{name}: jaosto on toimielimen {parent} ({parent_kind}) alainen; jaosto voi olla vain "
                                "näissä: {allowed}.",
                             sv="{name}: sektionen lyder under {parent} ({parent_kind}); en sektion kan finnas endast "
                                "under: {allowed}.",
                             en="{name}: the subcommittee sits under {parent} ({parent_kind}); a subcommittee may only "
                                "sit under: {allowed}."),
              "audit": Text(fi="{name}: jaosto on tarkastuslautakunnan {parent} alainen; laki luettelee jaostolle "
                               "nämä: {allowed}. Kuuluuko tarkastuslautakunta lautakuntiin tässä, laki ei ratkaise; "
                               "tarkista.",
                            sv="{name}: sektionen lyder under revisionsnämnden {parent}; lagen räknar upp: {allowed}. "
                               "Om revisionsnämnden här räknas som en nämnd avgör lagen inte; kontrollera.",
                            en="{name}: the subcommittee sits under the audit committee {parent}; the law lists: "
                               "{allowed}. Whether the audit committee counts as a board (lautakunta) there, the "
                               "text does not settle; check.")},
    hint=Text(fi="Siirrä jaosto sallitun toimielimen alle (parent).",
              sv="Flytta sektionen under ett tillåtet organ (parent).",
              en="Move the subcommittee under an allowed body (parent)."),
    reads=("parent",),
)
def subcommittee_parent(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    allowed = [K(k) for k in rule.params["parents"]]
    for b in ctx.of_kind(K.SUBCOMMITTEE):
        parent = ctx.parent_of(b)
        if parent is not None and parent.kind is K.AUDIT_COMMITTEE and K.BOARD in allowed:
            # "lautakuntaan" does not settle whether the tarkastuslautakunta counts (legal audit 2.1)
            yield violation("audit", b.id, at_most="warning", parent=parent.shown_names.fi, allowed=allowed)
        elif parent is not None and parent.kind not in allowed:
            yield violation("parent", b.id, parent=parent.shown_names.fi, parent_kind=parent.kind, allowed=allowed)


@rule_check(
    title=Text(fi="jaoston puheenjohtaja", sv="sektionens ordförande", en="subcommittee chair"),
    messages={"chair": Text(fi="{name}: puheenjohtaja ei ole emotoimielimen jäsen tai varajäsen.",
                            sv="{name}: ordföranden är inte ledamot eller ersättare i det överordnade organet.",
                            en="{name}: the chair is not a member or deputy of the parent body.")},
    hint=Text(fi="Valitse puheenjohtaja emotoimielimen jäsenistä tai varajäsenistä "
                 "(composition.chair_from_parent_body: true).",
              sv="Välj ordföranden bland ledamöterna eller ersättarna i det överordnade organet "
                 "(composition.chair_from_parent_body: true).",
              en="Choose the chair from the parent body's members or deputies (composition.chair_from_parent_body: "
                 "true)."),
    reads=("composition",),
)
def subcommittee_chair(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(K.SUBCOMMITTEE):
        value = _flag(b, "chair_from_parent_body")
        if value is None:
            yield cannot("composition.chair_from_parent_body", b.id)
        elif value is False:
            yield violation("chair", b.id)


@rule_check(
    title=Text(fi="yhtiöittämisvelvollisuus", sv="bolagiseringsskyldighet", en="corporatisation duty"),
    messages={"market": Text(fi="{name} toimii kilpailutilanteessa markkinoilla; tehtävä on annettava yhtiön, "
                                "osuuskunnan, yhdistyksen tai säätiön hoidettavaksi, ellei jokin {exceptions}:n "
                                "poikkeus (esim. sidosyksikkö, vähäinen toiminta) koske sitä.",
                             sv="{name} verkar i en konkurrenssituation på marknaden; uppgiften ska överlåtas till ett "
                                "bolag, ett andelslag, en förening eller en stiftelse, om inte ett undantag i "
                                "{exceptions} (t.ex. anknuten enhet, ringa verksamhet) gäller.",
                             en="{name} operates in a competitive market; the task must be given to a company, "
                                "cooperative, association or foundation, unless an exception of {exceptions} (e.g. "
                                "in-house, minor activity) applies.")},
    hint=Text(fi="Yhtiöitä toiminta, tai jos laissa mainittu poikkeus (esim. sidosyksikkö) pätee, kirjaa se "
                 "suppressions-kohtaan.",
              sv="Bolagisera verksamheten, eller om ett undantag i lagen (t.ex. anknuten enhet) gäller, anteckna det "
                 "under suppressions.",
              en="Corporatise it, or if a statutory exception (e.g. in-house) applies, record it under suppressions."),
    reads=("competitive_market",),
)
def corporatisation(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    for b in ctx.of_kind(K.BUSINESS_ENTERPRISE, K.BALANCE_SHEET_UNIT):
        if b.competitive_market is None:
            yield cannot("competitive_market", b.id)
        elif b.competitive_market:
            yield violation("market", b.id)


# --- statutory instruments ------------------------------------------------------------------------


@rule_check(
    title=Text(fi="lakisääteiset asiakirjat", sv="lagstadgade dokument", en="statutory instruments"),
    messages={"missing": Text(fi="Lakisääteinen asiakirja puuttuu: {what}.",
                              sv="Ett lagstadgat dokument saknas: {what}.",
                              en="A statutory instrument is missing: {what}.")},
    hint=Text(fi="Lisää instruments-kohtaan asiakirja, jolla kind: {kind} ja adopted_by: <valtuuston id>.",
              sv="Lägg under instruments till ett dokument med kind: {kind} och adopted_by: <fullmäktiges id>.",
              en="Add an instrument with kind: {kind} and adopted_by: <council id>."),
)
def instruments_required(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Each kind in ``params['kinds']`` (a list, or kind -> the section that makes it a duty).

    Only a list the model says is complete (``scope`` has ``instruments``) can lack one; otherwise each
    unlisted kind is "cannot check". The group guideline is for the group (KL 47 §, 611/2021 49 §):
    required with a subsidiary or foundation, "cannot check" with associated companies only (no
    konserni, legal audit 2.1), not asked for without group entities.
    """
    if not ctx.org.instruments:
        yield cannot("instruments")
        return
    kinds = rule.params["kinds"]
    sections = kinds if isinstance(kinds, dict) else {}
    complete = ctx.org.in_scope("instruments")
    present = {i.kind for i in ctx.org.instruments}
    group = ctx.group_entities()
    for kind in kinds:
        k = InstrumentKind(kind)
        if k in present:
            continue
        section = sections.get(kind)
        if k is InstrumentKind.GROUP_GUIDELINE:
            if not group:
                continue
            if all(b.kind is K.ASSOCIATED_COMPANY for b in group):
                yield cannot(ONLY_ASSOCIATED, section=section)
                continue
        if not complete:
            yield cannot(f"{k.value} (scope: instruments)", section=section)
        else:
            yield violation("missing", section=section, what=k, kind=k.value)


@rule_check(
    title=Text(fi="asiakirjan hyväksyjä", sv="vem som godkänner ett dokument", en="who adopts an instrument"),
    messages={"adopter": Text(fi="{instrument} hyväksyy {adopter}; lain mukaan sen hyväksyy valtuusto.",
                              sv="{instrument} godkänns av {adopter}; enligt lagen godkänns det av fullmäktige.",
                              en="{instrument} is adopted by {adopter}; the law has the council adopt it.")},
    hint=Text(fi="Aseta adopted_by: <valtuuston id>.",
              sv="Ange adopted_by: <fullmäktiges id>.",
              en="Set adopted_by: <council id>."),
)
def instruments_adopted(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    kinds = {InstrumentKind(k) for k in rule.params["kinds"]}
    for i, ins in enumerate(ctx.org.instruments):
        if ins.kind not in kinds:
            continue
        name = model_text(ins.names)
        if ins.adopted_by is None:
            yield cannot("adopted_by", loc=("instruments", i), instrument=name)
        elif ctx.kind(ins.adopted_by) is not K.COUNCIL:
            yield violation("adopter", ins.adopted_by, loc=("instruments", i), instrument=name,
                            adopter=ctx.bodies[ins.adopted_by].shown_names.fi)


@rule_check(
    title=Text(fi="asiakirjan pakollinen sisältö",
               sv="dokumentets obligatoriska innehåll",
               en="required content of an instrument"),
    messages={"missing": Text(fi="{instrument}: pakollisia sisältöalueita puuttuu: {topics}.",
                              sv="{instrument}: obligatoriska innehållsområden saknas: {topics}.",
                              en="{instrument}: required content areas are missing: {topics}.")},
    hint=Text(fi="Lisää content_areas-kohtaan alueet, joilla topic: {codes}.",
              sv="Lägg under content_areas till områden med topic: {codes}.",
              en="Add content areas with topic: {codes}."),
)
def content_topics(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """Every instrument of ``params['kind']`` covers ``params['topics']`` (plus language rights where
    ``params['language_topic']`` and the organisation is bilingual or has a Sámi homeland)."""
    kind = InstrumentKind(rule.params["kind"])
    required = list(rule.params["topics"])
    if rule.params.get("language_topic") and (ctx.org.bilingual or ctx.org.sami_homeland):
        required.append("language_rights")
    for i, ins in enumerate(ctx.org.instruments):
        if ins.kind is not kind:
            continue
        topics = {a.topic for a in ins.content_areas if a.topic}
        name = model_text(ins.names)
        if not topics:
            yield cannot("content_areas[].topic", loc=("instruments", i), instrument=name)
            continue
        missing = [t for t in required if t not in topics]
        if missing:
            yield violation("missing", loc=("instruments", i), instrument=name,
                            topics=[TOPICS[t] for t in missing], codes=", ".join(missing))
