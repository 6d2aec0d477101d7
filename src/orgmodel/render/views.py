"""Views of a large structure: the part of it one slide can hold legibly.

``political`` (the council level, the executive board, boards and subcommittees, with the
advocacy bodies and outside parties), ``administration`` (the executive and production bands
under the executive board), ``group`` (the group entities under their owner) and
``subtree:<body-id>`` (a body and everything under it). A view is an organisation of its own:
the bodies it keeps, the relations between them, and superiors outside the view cut off.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"},
...     {"id": "j", "kind": "executive", "names": {"fi": "Johtaja"}, "parent": "h"},
...     {"id": "t", "kind": "administration", "names": {"fi": "Toimiala"}, "parent": "j"}]})
>>> [b.id for b in view_of(org, "political").bodies], [b.id for b in view_of(org, "subtree:j").bodies]
(['v', 'h'], ['j', 't'])
>>> view_of(org, "subtree:j").bodies[0].parent is None
True
>>> [b.id for b in view_of(org, "political+administration").bodies]
['v', 'h', 'j', 't']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgmodel.errors import BadOption
from orgmodel.index import structure
from orgmodel.model import Organisation
from orgmodel.tiers import assign_tiers
from orgmodel.vocab import Tier
from orgmodel.words import word

if TYPE_CHECKING:
    from .theme import Preset

#: The named views and the tiers each keeps (subtree:<id> is the other kind of view).
VIEWS: dict[str, frozenset[Tier]] = {
    "political": frozenset({Tier.COUNCIL, Tier.EXECUTIVE_BOARD, Tier.BOARDS, Tier.SUBCOMMITTEES,
                            Tier.ADVOCACY, Tier.EXTERNAL}),
    "administration": frozenset({Tier.EXECUTIVE_BOARD, Tier.EXECUTIVE, Tier.PRODUCTION}),
    "group": frozenset({Tier.EXECUTIVE_BOARD, Tier.GROUP}),
}
#: The parts a named view splits into when even it cannot hold its bodies legibly on one page
#: (:func:`orgmodel.render.paging.pages_of`): together they keep the view's tiers.
PARTS: dict[str, dict[str, frozenset[Tier]]] = {
    "political": {
        "council": frozenset({Tier.COUNCIL, Tier.EXECUTIVE_BOARD, Tier.ADVOCACY, Tier.EXTERNAL}),
        "boards": frozenset({Tier.EXECUTIVE_BOARD, Tier.BOARDS, Tier.SUBCOMMITTEES}),
    },
}
#: Every view by the tiers it keeps: the named views and their parts.
_TIERS: dict[str, frozenset[Tier]] = {**VIEWS, **{k: v for parts in PARTS.values() for k, v in parts.items()}}
SUBTREE = "subtree:"
#: Joins views into one: ``administration+group`` shows the bodies of both.
JOIN = "+"
#: A subtree view worth suggesting has at least this many bodies under its root ...
SUBTREE_MIN = 3
#: ... and the fit report tries this many of the largest.
SUBTREES_TRIED = 3


def view_names() -> str:
    """The views as the CLI's help lists them."""
    return "|".join(_TIERS) + f"|{SUBTREE}<body-id> (joined with {JOIN})"


def view_of(org: Organisation, view: str) -> Organisation:
    """The part of ``org`` that ``view`` shows (a :class:`~orgmodel.errors.BadOption` for an unknown view).

    A structure with open choices is first resolved to its first variant (pick another with
    :meth:`~orgmodel.model.Organisation.variant` before): a choice may add or remove bodies
    outside the view.
    """
    if org.choices:
        org = org.variant()
    if JOIN in view:  # political+administration: the bodies of either
        keep = {b.id for part in view.split(JOIN) for b in view_of(org, part).bodies}
    elif view.startswith(SUBTREE):
        root = view[len(SUBTREE):]
        if root not in {b.id for b in org.bodies}:
            raise BadOption(f"--view {view}: {org.id} has no body {root!r}; give one of its body ids")
        ancestors = structure(org).ancestors
        keep = {b.id for b in org.bodies if b.id == root or root in ancestors[b.id]}
    elif view in _TIERS:
        tier_of = assign_tiers(org)
        keep = {b.id for b in org.bodies if tier_of[b.id] in _TIERS[view]}
    else:
        raise BadOption(f"unknown view {view!r}; valid: {view_names()}")
    bodies = [b if b.parent is None or b.parent in keep else b.model_copy(update={"parent": None})
              for b in org.bodies if b.id in keep]
    relations = [r for r in org.relations if r.source in keep and r.target in keep]
    powers = [p for p in org.powers if p.holder in keep]
    return org.model_copy(update={"bodies": bodies, "relations": relations, "powers": powers})


def view_title(org: Organisation, view: str, lang: str) -> str:
    """'<structure> – poliittinen johto', '<structure> – <body> ja sen alaiset'."""
    return f"{org.name(lang)} – {view_part(org, view, lang)}"


def view_part(org: Organisation, view: str, lang: str) -> str:
    """What ``view`` shows, in words: 'poliittinen johto', 'X ja sen alaiset', 'A sekä B' (joined)."""
    if JOIN in view:
        *first, last = [view_part(org, part, lang) for part in view.split(JOIN)]
        return word("view.joined", lang, first=", ".join(first), last=last)
    if view.startswith(SUBTREE):
        root = next(b for b in org.bodies if b.id == view[len(SUBTREE):])
        return word("view.subtree", lang, name=root.name(lang))
    return word(f"view.{view}", lang)


def own_views(org: Organisation) -> list[str]:
    """The named views of ``org`` that show bodies of their own (not only the executive board
    they hang from) and less than the whole."""
    return _own(org, VIEWS, len(org.bodies))


def own_parts(org: Organisation, view: str) -> list[str]:
    """The parts of ``view`` (:data:`PARTS`) that show bodies of their own in ``org`` and less than
    the view: nothing when it does not split (no parts, or all its bodies in one of them).

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [
    ...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
    ...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
    ...     {"id": "l", "kind": "board", "names": {"fi": "L"}, "parent": "h"}]})
    >>> own_parts(org, "political"), [b.id for b in view_of(org, "boards").bodies], own_parts(org, "group")
    (['council', 'boards'], ['h', 'l'], [])
    """
    parts = _own(org, PARTS.get(view, {}), len(view_of(org, view).bodies))
    return parts if len(parts) > 1 else []


def _own(org: Organisation, views: dict[str, frozenset[Tier]], limit: int) -> list[str]:
    """The ``views`` that show bodies of their own (not only the executive board) and fewer than ``limit``."""
    out = []
    for name, tiers in views.items():
        part = view_of(org, name)
        tier_of = assign_tiers(part)
        if any(tier_of[b.id] in tiers - {Tier.EXECUTIVE_BOARD} for b in part.bodies) and len(part.bodies) < limit:
            out.append(name)
    return out


def views_that_fit(org: Organisation, lang: str, preset: str | Preset) -> list[tuple[str, float]]:
    """(view, its smallest card name in px) for every named view of ``org`` that has bodies of
    its own and meets the preset's floor, each drawn as ``orgmodel render --view`` would."""
    from . import diagram

    out = []
    for name in own_views(org) + [SUBTREE + b for b in largest_subtrees(org)]:
        fit = diagram(view_of(org, name), lang=lang, preset=preset, title=view_title(org, name, lang)).fit
        if fit.fits:
            out.append((name, fit.name_px))
    return out


def largest_subtrees(org: Organisation, count: int = SUBTREES_TRIED) -> list[str]:
    """The ids of the ``count`` bodies with the most bodies under them (at least
    :data:`SUBTREE_MIN`, and not the whole), most first, then in file order.

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [
    ...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
    ...     {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v"},
    ...     *({"id": f"l{k}", "kind": "board", "names": {"fi": f"L{k}"}, "parent": "h"} for k in range(3))]})
    >>> largest_subtrees(org)
    ['h']
    """
    ancestors = structure(org).ancestors
    below = {b.id: 0 for b in org.bodies}
    for b in org.bodies:
        for a in ancestors[b.id]:
            below[a] += 1
    whole = len(org.bodies) - 1
    ranked = sorted((b.id for b in org.bodies if SUBTREE_MIN <= below[b.id] < whole), key=lambda i: -below[i])
    return ranked[:count]
