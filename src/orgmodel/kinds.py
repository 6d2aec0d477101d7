"""One spec per member of the closed vocabularies: body kinds, relation types, organisation types.

Everything orgmodel knows about a body kind is written once, in :data:`KIND_SPECS`: its labels in
Finnish, Swedish and English (a :class:`~orgmodel.text.Text`), its tier, whether it is elected, a
group entity, may receive delegated power, and so on. Every per-kind set the rules, tiers, metrics and diagrams use is
derived from it (see :func:`kinds_where`). Adding a body kind is one enum member in
:mod:`orgmodel.vocab` plus one entry here (then ``orgmodel schema`` and the README's kind list,
which tests keep current); a test asserts that every member has a complete spec.

>>> spec_of(BodyKind.BOARD).labels.get("sv")
'nämnd'
>>> spec_of(BodyKind.SUBSIDIARY).tier.value, spec_of(BodyKind.SUBSIDIARY).group_entity
('group', True)
>>> sorted(k.value for k in kinds_where(lambda s: s.outside))
['cooperation_forum', 'external_party']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Literal

from .text import Text
from .vocab import BodyKind, OrgType, RelationType, Tier

#: How a body takes part in decisions: it decides, it prepares, or its ``committee_role`` says.
Role = Literal["decision_making", "preparatory", "stated"]


@dataclass(frozen=True)
class KindSpec:
    """Every fact about one body kind. Flags default to False, so an entry names what is true.

    - ``tier``: the band of a diagram and row of a metrics table.
    - ``follows_parent``: an office or unit that takes the production or group tier of the
      enterprise or company it sits under.
    - ``needs_parent``: always somebody's subordinate (STRUCT-NO-PARENT otherwise).
    - ``elected``: its members are elected officials (luottamushenkilöt); counted in seats.
    - ``leadership``: one of the bodies a leadership model (lauta-, valio-, jaostomalli) chooses between.
    - ``role``: decision-making, preparatory, or as its ``committee_role`` states (metrics M4).
    - ``group_entity``: part of the group (kuntakonserni, KL 410/2015 6 §; hyvinvointialuekonserni,
      611/2021 4 §) for the group guideline (KL 47 §, 611/2021 49 §) and ownership steering. A
      subsidiary is an entity the organisation controls in the sense of kirjanpitolaki 1:5 or 1:6.2,
      foundations it controls included; the group guideline applies to subsidiaries and, where
      suitable, to associated companies. A *cooperative* belongs to the group only when it is
      controlled, and the kind does not say so (a municipality is usually one member among many):
      it is not a group entity here, so that no rule reports a missing group guideline or an
      unsteered entity that the law may not require. Model a controlled cooperative as a subsidiary.
    - ``composition_rules``: a body (toimielin) the composition rules (deputies, gender balance)
      apply to; the council and the election boards (Election Act) are outside them.
    - ``organ``: a body, not a person or an office (administrative coercion: KL 91 § 3 mom).
    - ``may_receive_power``: may receive power through the administrative regulations; separate
      legal persons and outside parties may not.
    - ``outside``: an outside party: it neither steers as the organisation nor is steered by it.
    - ``call_in``: may hold a call-in right (otto-oikeus).
    - ``own_offices``: offices and units under it belong to it (an enterprise's or a company's
      managing director), not to the organisation's top management.
    - ``qualifier``: the Body field that only this kind may set (committee_role, advocacy, ...).
    - ``finnish_words``: words staff may type instead of the token; error hints suggest the token.
    - ``word_heads``: heads of Finnish compounds naming the kind; card text may break before them.
    - ``stands_for_tier``: its style colours its whole tier in charts (one kind per tier).
    - ``style``: the theme's style slot for its cards (:attr:`orgmodel.render.theme.Theme.kinds`).
    """

    labels: Text
    tier: Tier
    style: str
    follows_parent: bool = False
    needs_parent: bool = False
    elected: bool = False
    leadership: bool = False
    role: Role | None = None
    group_entity: bool = False
    composition_rules: bool = False
    organ: bool = True
    may_receive_power: bool = True
    outside: bool = False
    call_in: bool = False
    own_offices: bool = False
    qualifier: str | None = None
    finnish_words: tuple[str, ...] = ()
    word_heads: tuple[str, ...] = ()
    stands_for_tier: bool = False


K = BodyKind
T = Tier

KIND_SPECS: Mapping[BodyKind, KindSpec] = MappingProxyType({
    K.COUNCIL: KindSpec(
        Text("valtuusto", "fullmäktige", "council"), T.COUNCIL, "council",
        elected=True, role="decision_making",
        finnish_words=("valtuusto", "maakuntavaltuusto", "aluevaltuusto"), word_heads=("valtuusto",),
        stands_for_tier=True),
    K.EXECUTIVE_BOARD: KindSpec(
        Text("hallitus", "styrelse", "executive board"), T.EXECUTIVE_BOARD, "executive_board",
        needs_parent=True, elected=True, role="decision_making", composition_rules=True, call_in=True,
        finnish_words=("hallitus", "maakuntahallitus", "aluehallitus", "kunnanhallitus"), word_heads=("hallitus",),
        stands_for_tier=True),
    K.BOARD: KindSpec(
        Text("lautakunta", "nämnd", "board"), T.BOARDS, "board",
        needs_parent=True, elected=True, leadership=True, role="decision_making", composition_rules=True,
        call_in=True, finnish_words=("lautakunta",), word_heads=("lautakunta",), stands_for_tier=True),
    K.COMMITTEE: KindSpec(
        Text("valiokunta", "utskott", "committee"), T.BOARDS, "committee",
        needs_parent=True, elected=True, leadership=True, role="stated", composition_rules=True, call_in=True,
        qualifier="committee_role", finnish_words=("valiokunta",), word_heads=("valiokunta",)),
    K.SUBCOMMITTEE: KindSpec(
        Text("jaosto", "sektion", "subcommittee"), T.SUBCOMMITTEES, "subcommittee",
        follows_parent=True, needs_parent=True, elected=True, leadership=True, role="decision_making",
        composition_rules=True, finnish_words=("jaosto",), word_heads=("jaosto",), stands_for_tier=True),
    K.COMMISSION: KindSpec(
        Text("toimikunta", "kommission", "commission"), T.SUBCOMMITTEES, "commission",
        needs_parent=True, elected=True, leadership=True, role="preparatory",
        finnish_words=("toimikunta",), word_heads=("toimikunta",)),
    K.AUDIT_COMMITTEE: KindSpec(
        Text("tarkastuslautakunta", "revisionsnämnd", "audit committee"), T.COUNCIL, "council_body",
        needs_parent=True, elected=True, role="preparatory", composition_rules=True,
        finnish_words=("tarkastuslautakunta",)),
    K.ELECTION_BOARD: KindSpec(
        Text("vaalilautakunta", "valnämnd", "election board"), T.COUNCIL, "council_body",
        needs_parent=True, elected=True, role="decision_making", finnish_words=("vaalilautakunta",)),
    K.ADVOCACY_BODY: KindSpec(
        Text("vaikuttamistoimielin", "påverkansorgan", "advocacy body"), T.ADVOCACY, "advocacy",
        qualifier="advocacy", finnish_words=("vaikuttamistoimielin",), stands_for_tier=True),
    K.EXECUTIVE: KindSpec(
        Text("johtaja", "direktör", "executive"), T.EXECUTIVE, "office",
        follows_parent=True, organ=False, call_in=True, qualifier="executive_type",
        finnish_words=("johtaja", "pormestari"), word_heads=("johtaja",), stands_for_tier=True),
    K.ADMINISTRATION: KindSpec(
        Text("toimiala", "verksamhetsområde", "administration unit"), T.EXECUTIVE, "unit",
        follows_parent=True, organ=False, finnish_words=("toimiala",), word_heads=("toimiala",)),
    K.BUSINESS_ENTERPRISE: KindSpec(
        Text("liikelaitos", "affärsverk", "business enterprise"), T.PRODUCTION, "enterprise",
        own_offices=True, finnish_words=("liikelaitos",), word_heads=("liikelaitos", "laitos"),
        stands_for_tier=True),
    K.ENTERPRISE_BOARD: KindSpec(
        Text("johtokunta", "direktion", "enterprise board"), T.PRODUCTION, "enterprise_board",
        needs_parent=True, elected=True, role="decision_making", composition_rules=True, call_in=True,
        own_offices=True, finnish_words=("johtokunta",), word_heads=("johtokunta",)),
    K.BALANCE_SHEET_UNIT: KindSpec(
        Text("taseyksikkö", "balansenhet", "balance-sheet unit"), T.PRODUCTION, "balance_sheet_unit",
        organ=False, own_offices=True, finnish_words=("taseyksikkö",), word_heads=("yksikkö",)),
    K.SUBSIDIARY: KindSpec(
        Text("tytäryhtiö", "dotterbolag", "subsidiary"), T.GROUP, "company",
        group_entity=True, may_receive_power=False, own_offices=True, finnish_words=("tytäryhtiö",),
        word_heads=("yhtiö",), stands_for_tier=True),
    K.ASSOCIATED_COMPANY: KindSpec(
        Text("osakkuusyhtiö", "intressebolag", "associated company"), T.GROUP, "associated_company",
        group_entity=True, may_receive_power=False, own_offices=True, finnish_words=("osakkuusyhtiö",),
        word_heads=("yhtiö",)),
    K.FOUNDATION: KindSpec(
        Text("säätiö", "stiftelse", "foundation"), T.GROUP, "foundation",
        group_entity=True, may_receive_power=False, own_offices=True, finnish_words=("säätiö",),
        word_heads=("säätiö",)),
    K.COOPERATIVE: KindSpec(
        Text("osuuskunta", "andelslag", "cooperative"), T.GROUP, "foundation",
        may_receive_power=False, own_offices=True, finnish_words=("osuuskunta",)),
    K.EXTERNAL_PARTY: KindSpec(
        Text("ulkoinen taho", "extern part", "external party"), T.EXTERNAL, "external",
        may_receive_power=False, outside=True, own_offices=True, qualifier="external_type", stands_for_tier=True),
    K.COOPERATION_FORUM: KindSpec(
        Text("yhteistyöelin", "samarbetsorgan", "cooperation forum"), T.EXTERNAL, "forum",
        may_receive_power=False, outside=True),
    # yhteinen toimielin (KL 51-52 §, 611/2021 54-55 §): one organisation's body that others share
    K.JOINT_BODY: KindSpec(
        Text("yhteinen toimielin", "gemensamt organ", "joint body"), T.BOARDS, "board",
        needs_parent=True, elected=True, role="decision_making", composition_rules=True,
        finnish_words=("yhteinen toimielin",)),
    # the council's own committee for its internal (proportional) elections: not the Election Act's
    # election board, so none of the Vaalilaki rules apply to it
    K.ELECTION_COMMITTEE: KindSpec(
        Text("vaalivaliokunta", "valutskott", "election committee"), T.COUNCIL, "council_body",
        needs_parent=True, elected=True, role="preparatory", finnish_words=("vaalivaliokunta",),
        word_heads=("valiokunta",)),
    # sisäinen tarkastus (611/2021 43 § 1 mom 8 kohta, 51 §): a unit, not an organ
    K.INTERNAL_AUDIT: KindSpec(
        Text("sisäinen tarkastus", "internrevision", "internal audit"), T.EXECUTIVE, "unit",
        needs_parent=True, organ=False, may_receive_power=False, finnish_words=("sisäinen tarkastus",),
        word_heads=("tarkastus",)),
    # the county or municipality itself as a legal person: the owner of its companies
    K.ORGANISATION: KindSpec(
        Text("organisaatio", "organisation", "organisation"), T.GROUP, "organisation",
        organ=False, may_receive_power=False),
})


def spec_of(kind: BodyKind) -> KindSpec:
    """The spec of a body kind.

    >>> spec_of(BodyKind.COUNCIL).labels.fi
    'valtuusto'
    """
    return KIND_SPECS[kind]


def kinds_where(test: Callable[[KindSpec], bool]) -> frozenset[BodyKind]:
    """The kinds whose spec passes ``test``: how every per-kind set is derived."""
    return frozenset(k for k, s in KIND_SPECS.items() if test(s))


def ordered_kinds_where(test: Callable[[KindSpec], bool]) -> tuple[BodyKind, ...]:
    """Like :func:`kinds_where`, in the enum's (statutory) order, for output that lists kinds."""
    return tuple(k for k in BodyKind if k in KIND_SPECS and test(KIND_SPECS[k]))


# --- relation types ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RelationSpec:
    """Every fact about one relation type: labels, and the theme's style slot for its edges."""

    labels: Text
    style: str



RELATION_SPECS: Mapping[RelationType, RelationSpec] = MappingProxyType({
    RelationType.ELECTS: RelationSpec(Text("valitsee", "väljer", "elects"), "elects"),
    RelationType.SUBORDINATE_TO: RelationSpec(Text("alainen", "underställd", "subordinate to"), "hierarchy"),
    RelationType.PREPARES_FOR: RelationSpec(Text("valmistelee", "bereder", "prepares for"), "prepares_for"),
    RelationType.REPORTS_TO: RelationSpec(Text("raportoi", "rapporterar", "reports to"), "reports_to"),
    RelationType.STEERS: RelationSpec(Text("ohjaa", "styr", "steers"), "steers"),
    RelationType.OWNS: RelationSpec(Text("omistaa", "äger", "owns"), "owns"),
    RelationType.AUDITS: RelationSpec(Text("tarkastaa", "granskar", "audits"), "audits"),
    RelationType.ADVISES: RelationSpec(Text("vaikuttaa", "påverkar", "advises"), "advises"),
    RelationType.COOPERATES_WITH: RelationSpec(Text("yhteistyö", "samarbete", "cooperates with"), "cooperates_with"),
    RelationType.DELEGATES: RelationSpec(Text("delegoi", "delegerar", "delegates"), "delegates"),
    RelationType.NOMINATES: RelationSpec(Text("nimeää", "nominerar", "nominates"), "nominates"),
    RelationType.SETS_UP: RelationSpec(Text("asettaa", "tillsätter", "sets up"), "sets_up"),
})


# --- organisation types -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgTypeSpec:
    """Every fact about one organisation type (today: its labels)."""

    labels: Text



ORG_TYPE_SPECS: Mapping[OrgType, OrgTypeSpec] = MappingProxyType({
    OrgType.REGION: OrgTypeSpec(Text("maakunta", "landskap", "region")),
    OrgType.WELLBEING_SERVICES_COUNTY: OrgTypeSpec(
        Text("hyvinvointialue", "välfärdsområde", "wellbeing services county")),
    OrgType.MUNICIPALITY: OrgTypeSpec(Text("kunta", "kommun", "municipality")),
    OrgType.ARCHETYPE: OrgTypeSpec(Text("mallirakenne", "modell", "archetype")),
    OrgType.JOINT_MUNICIPAL_AUTHORITY: OrgTypeSpec(
        Text("kuntayhtymä", "samkommun", "joint municipal authority")),
    OrgType.JOINT_COUNTY_AUTHORITY: OrgTypeSpec(
        Text("hyvinvointiyhtymä", "välfärdssammanslutning", "joint county authority")),
})


def labels_of(member: Enum) -> Text:
    """The labels of a body kind, relation type or organisation type (what ``member.label()`` reads)."""
    if isinstance(member, BodyKind):
        return KIND_SPECS[member].labels
    if isinstance(member, RelationType):
        return RELATION_SPECS[member].labels
    if isinstance(member, OrgType):
        return ORG_TYPE_SPECS[member].labels
    raise TypeError(f"{type(member).__name__} has no spec table; its labels are in orgmodel.vocab")


def finnish_kind_words() -> dict[str, str]:
    """Finnish word staff may type -> the kind token (for error hints only)."""
    return {word: kind.value for kind, spec in KIND_SPECS.items() for word in spec.finnish_words}
