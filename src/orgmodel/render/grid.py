"""The grid every diagram shares: rows for the tier bands, side columns, and who sits where.

Pure data, no Graphviz: the DOT builder turns a :class:`Grid` into ranks and ordering edges, and
the engine paints bands from it after layout.

Rows, top to bottom: an optional header row (sheet column titles, side-column headings), then
each tier of :data:`BAND_TIERS` in order with one or more rows (a body under a superior of the
same tier goes a row lower, up to the band's depth; a row of more than :data:`ROW_LIMIT` cards
without children of their own wraps onto the next rows of its band, at most
:data:`MAX_WRAPPED_ROWS` of them). Every band has at least one
row in every drawing, so band order and spacing never depend on what a structure contains.

>>> from orgmodel.model import Organisation
>>> from orgmodel.render.scene import Panel
>>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
...     {"id": "j", "kind": "executive", "names": {"fi": "Johtaja"}, "parent": "v"},
...     {"id": "t", "kind": "administration", "names": {"fi": "Toimiala"}, "parent": "j"},
...     {"id": "n", "kind": "advocacy_body", "names": {"fi": "Nuorisovaltuusto"}}]})
>>> grid = plan_grid([Panel(org, "G")])
>>> [r.key for r in grid.rows]  # doctest: +NORMALIZE_WHITESPACE
['hdr', 'council.0', 'executive_board.0', 'boards.0', 'subcommittees.0', 'executive.0', 'executive.1',
 'production.0', 'group.0']
>>> {i.body.id: grid.rows[i.row].key for i in grid.items}
{'v': 'council.0', 'j': 'executive.0', 't': 'executive.1', 'n': 'council.0'}
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from orgmodel.index import structure, walk_up
from orgmodel.model import Body, Organisation
from orgmodel.tiers import TIER_OF_KIND, assign_tiers
from orgmodel.vocab import BodyKind, Tier

from .scene import Mark, Panel

BAND_TIERS: tuple[Tier, ...] = (Tier.COUNCIL, Tier.EXECUTIVE_BOARD, Tier.BOARDS, Tier.SUBCOMMITTEES,
                                Tier.EXECUTIVE, Tier.PRODUCTION, Tier.GROUP)
SIDE_TIERS: tuple[Tier, ...] = (Tier.ADVOCACY, Tier.EXTERNAL)
#: Rows a band may use; the council level and the executive board stay on one row.
BAND_DEPTH: dict[Tier, int] = {Tier.COUNCIL: 1, Tier.EXECUTIVE_BOARD: 1, Tier.BOARDS: 2, Tier.SUBCOMMITTEES: 2,
                               Tier.EXECUTIVE: 3, Tier.PRODUCTION: 3, Tier.GROUP: 2}
#: ... in a compact drawing: a subordinate of the same tier sits beside its superior, not under it
#: (a slide has width to spare and no height).
COMPACT_DEPTH: dict[Tier, int] = {**{t: 1 for t in BAND_DEPTH}, Tier.BOARDS: 2}
#: Cards in one row before childless ones wrap onto the band's next row.
ROW_LIMIT = 8
#: Rows one row may wrap onto; a longer row makes them wider instead. Every wrapped row is a rank
#: that each line between bands crosses, so a band whose height grew with the structure made
#: Graphviz's positioning quadratic (a thousand bodies: lines across 90 ranks, 97 s to lay out).
#: The largest model here wraps onto 4.
MAX_WRAPPED_ROWS = 6
#: Childless siblings of one kind under one parent that a compact drawing lists on one card.
LIST_MIN = 3
#: Most names on one list card: a longer list goes on several cards side by side, which the
#: row then wraps like any other (a slide has width to spare and no height).
LIST_MAX = 4
#: Bands whose childless siblings a compact drawing lists (units, companies; the side column
#: lists only what does not fit its rows). Elected bodies keep their own cards: their
#: relations are what a structure is about.
LIST_TIERS: frozenset[Tier] = frozenset({Tier.EXECUTIVE, Tier.PRODUCTION, Tier.GROUP})


@dataclass
class Row:
    """One rank of the drawing."""

    key: str  # 'hdr', 'boards.1', 'legend0', 'foot'
    tier: Tier | None = None
    level: int = 0

    @property
    def node(self) -> str:
        """The row's node in the label column."""
        return "row_" + self.key.replace(".", "_")


@dataclass
class Item:
    """One card: a body of one panel (or a ghost of a removed baseline body)."""

    node: str
    panel: int
    body: Body  # a list card: its first member
    tier: Tier
    mark: Mark | None
    ghost: bool = False
    side: bool = False
    row: int = 0
    members: tuple[Body, ...] = ()  # a list card: every body it lists, in file order


@dataclass
class Grid:
    rows: list[Row]
    bands: list[tuple[Tier, list[int]]]  # tier -> indices of its rows
    items: list[Item]  # declaration order: panel, band, file order
    side_columns: list[list[tuple[str, str, list[str]]]]  # panel -> columns (heading node, text, item nodes)
    node_of: list[dict[str, str]] = field(default_factory=list)  # panel -> body id -> node
    canonical: bool = False  # a sheet: every row in canonical order (see :func:`canonical_keys`), kept as is
    cols: int = 1  # panels side by side; more panels go on further blocks of rows below (a 2 x 2 sheet)
    headers: list[int] = field(default_factory=list)  # per block of rows: its header row (if any)

    def block_of(self, panel: int) -> int:
        """The block of rows (0 on top) that ``panel`` is drawn in."""
        return panel // max(self.cols, 1)

    def block_of_row(self, row: int) -> int:
        """The block of rows that row ``row`` belongs to."""
        return max(sum(1 for h in self.headers if h <= row) - 1, 0)

    def header_above(self, row: int) -> int:
        """The header row of the block that ``row`` is in (0 when there are no headers)."""
        return max((h for h in self.headers if h <= row), default=0)

    @property
    def has_header(self) -> bool:
        return bool(self.rows) and self.rows[0].key == "hdr"

    def band_rows(self) -> list[int]:
        return [i for _, rows in self.bands for i in rows]


def node_name(panel: int, body_id: str, ghost: bool = False) -> str:
    """The DOT node of a body (body ids are [A-Za-z0-9_.-], so these are safe everywhere)."""
    return f"p{panel}_ghost_{body_id}" if ghost else f"p{panel}_{body_id}"


def _levels(org: Organisation, tier_of: dict[str, Tier], caps: dict[Tier, int] = BAND_DEPTH) -> dict[str, int]:
    """Row within its band: one more than the nearest superior of the same tier, capped at ``caps``."""
    ancestors = structure(org).ancestors
    levels: dict[str, int] = {}
    for body in org.bodies:
        t = tier_of[body.id]
        if t in caps:
            levels[body.id] = _same_tier_superiors(ancestors[body.id], tier_of, t, caps[t] - 1)
    return levels


def _same_tier_superiors(ancestors: Iterable[str], tier_of: dict[str, Tier], tier: Tier, cap: int) -> int:
    """How many of the nearest ``ancestors`` in an unbroken line are of ``tier``, at most ``cap``."""
    same_tier = itertools.takewhile(lambda a: tier_of.get(a) is tier, ancestors)
    return sum(1 for _ in itertools.islice(same_tier, cap))


def _wrap_rows(org: Organisation, tier_of: dict[str, Tier], levels: dict[str, int], limit: int,
               listed: AbstractSet[str] = frozenset()) -> None:
    """Split every row of more than ``limit`` cards into ``ceil(n / limit)`` rows of its band
    (at most :data:`MAX_WRAPPED_ROWS`, which then hold more than ``limit`` each).

    Cards with a same-tier subordinate stay in their row (their subordinates are on the next);
    the childless ones fill it up to ``limit`` and the rest go to rows inserted right below,
    ordered by parent, so that siblings stay together. ``listed`` bodies share a list card
    and are not counted.
    """
    has_same_tier_child = {b.parent for b in org.bodies if b.parent and tier_of.get(b.parent) is tier_of[b.id]}
    order = {b.id: k for k, b in enumerate(org.bodies)}
    for tier in BAND_TIERS:
        in_band = [b for b in org.bodies if tier_of[b.id] is tier and b.id in levels and b.id not in listed]
        if not in_band:
            continue
        rows = [[b for b in in_band if levels[b.id] == lv] for lv in range(max(levels[b.id] for b in in_band) + 1)]
        new_rows: list[list[Body]] = []
        for row in rows:
            fixed = [b for b in row if b.id in has_same_tier_child]
            movable = sorted((b for b in row if b.id not in has_same_tier_child),
                             key=lambda b: (order.get(b.parent or "", -1), order[b.id]))
            n_rows = min(max(1, math.ceil(len(row) / limit)), MAX_WRAPPED_ROWS)
            per_row = math.ceil(len(row) / n_rows)
            first = max(per_row - len(fixed), 0)
            new_rows.append(fixed + movable[:first])
            rest = movable[first:]
            new_rows += [rest[k:k + per_row] for k in range(0, len(rest), per_row)]
        for lv, row in enumerate(new_rows):
            for b in row:
                levels[b.id] = lv


def list_groups(org: Organisation, tier_of: dict[str, Tier], marked: set[str]) -> list[list[Body]]:
    """The bodies a compact drawing lists on one card: :data:`LIST_MIN` or more childless,
    unmarked siblings of one kind under one parent, in a band of :data:`LIST_TIERS`, at most
    :data:`LIST_MAX` to a card (a longer group on several cards of about equal length)."""
    parents = {b.parent for b in org.bodies if b.parent}
    groups: dict[tuple[str, BodyKind], list[Body]] = {}
    for b in org.bodies:
        if b.parent and b.id not in parents and b.id not in marked and tier_of[b.id] in LIST_TIERS:
            groups.setdefault((b.parent, b.kind), []).append(b)
    out = []
    for g in groups.values():
        if len(g) >= LIST_MIN:
            per_card = math.ceil(len(g) / math.ceil(len(g) / LIST_MAX))
            out += [g[k:k + per_card] for k in range(0, len(g), per_card)]
    return out


def _entries(panel: Panel) -> list[tuple[Body, bool]]:
    return [(b, False) for b in panel.org.bodies] + [(g, True) for g in panel.ghosts]


_KIND_ORDER = {k: n for n, k in enumerate(BodyKind)}
#: A body's place on a sheet: (statutory kind order, id) of each superior, top first, then its own.
CanonicalKey = tuple[tuple[int, str], ...]


def canonical_keys(panels: list[Panel]) -> dict[str, CanonicalKey]:
    """One sort key per body id, shared by every panel of a sheet.

    A body's key is its superior's key followed by (statutory kind order, id), taken from the
    first panel that has the body: sorted, the keys list every superior before its subordinates
    and keep each family together, and a body has the same place among the others in every
    panel, so the same bodies read in the same left-to-right order across a sheet.

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [
    ...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
    ...     {"id": "z", "kind": "board", "names": {"fi": "Z"}, "parent": "v"},
    ...     {"id": "a", "kind": "board", "names": {"fi": "A"}, "parent": "v"},
    ...     {"id": "a1", "kind": "subcommittee", "names": {"fi": "A1"}, "parent": "a"}]})
    >>> keys = canonical_keys([Panel(org, "G")])
    >>> sorted(keys, key=keys.get)
    ['v', 'a', 'a1', 'z']
    """
    keys: dict[str, CanonicalKey] = {}
    for panel in panels:
        entries = _entries(panel)
        parent = {b.id: (panel.ghost_parent.get(b.id, b.parent) if ghost else b.parent) for b, ghost in entries}
        kind = {b.id: b.kind for b, _ in entries}
        for body, _ in entries:
            if body.id not in keys:
                keys[body.id] = _canonical_key(body.id, parent, kind, keys)
    return keys


def _canonical_key(body_id: str, parent: dict[str, str | None], kind: dict[str, BodyKind],
                   keys: dict[str, CanonicalKey]) -> CanonicalKey:
    """The superior's key followed by the body's own part; a superior that already has a key (from
    an earlier panel) is not walked past."""
    chain = [body_id, *walk_up(body_id, lambda b: up if (up := parent.get(b)) in kind else None)]
    top = next((i for i, b in enumerate(chain) if b in keys), None)
    base = keys[chain[top]] if top is not None else ()
    below = chain[:top] if top is not None else chain
    return base + tuple((_KIND_ORDER[kind[b]], b) for b in reversed(below))


def plan_grid(panels: list[Panel], *, compact: bool = False, drop_empty: bool = False,
              row_limit: int = ROW_LIMIT, flat: bool = False, share_side: bool = False, cols: int = 0,
              lists: bool = True, stack_side: bool = False) -> Grid:
    """Rows, items and side columns for ``panels`` drawn side by side.

    ``compact`` lists childless siblings on one card (:func:`list_groups`; not without ``lists``)
    and a side column longer than the bands on list cards; ``drop_empty`` leaves out the bands no panel uses
    (a single diagram; a sheet keeps them, so that its panels align); rows wrap at ``row_limit``;
    ``share_side``: when every panel has the same side column (the same bodies, none marked),
    only the last panel draws it, with its lines (one shared side column). ``flat`` puts
    same-tier subordinates beside their superior (:data:`COMPACT_DEPTH`: a single
    slide, short of height) rather than under it (a sheet, short of width). ``cols`` panels go
    side by side (0: all), the next ones on a block of rows of their own below, with the same
    bands: four panels with ``cols=2`` make a 2 x 2 sheet.
    """
    per_panel = []
    depth = {t: 1 for t in BAND_TIERS}
    used: set[Tier] = set()
    for panel in panels:
        tier_of = dict(assign_tiers(panel.org))
        levels = _levels(panel.org, tier_of, COMPACT_DEPTH if flat else BAND_DEPTH)
        groups = list_groups(panel.org, tier_of, set(panel.marks)) if compact and lists else []
        listed = {b.id for g in groups for b in g[1:]}
        _wrap_rows(panel.org, tier_of, levels, row_limit, listed)
        for body_id, level in levels.items():
            if body_id not in listed:
                depth[tier_of[body_id]] = max(depth[tier_of[body_id]], level + 1)
        ghost_levels = _ghost_levels(panel, tier_of, levels, listed, row_limit, depth) if compact else {}
        used.update(_tier_at(tier_of, b, g) for b, g in _entries(panel))
        per_panel.append((tier_of, levels, groups, ghost_levels))
    kept = [t for t in BAND_TIERS if t in used] if drop_empty else list(BAND_TIERS)
    kept = kept or [BAND_TIERS[0]]  # the side column needs a band beside it

    side_counts = [sum(1 for b, g in _entries(panel) if _tier_at(tier_of, b, g) in SIDE_TIERS)
                   for panel, (tier_of, *_) in zip(panels, per_panel, strict=True)]
    # a compact single diagram heads its side column in the first band row when the column fits
    # below it: the row of headings would cost the height of a card row (a slide is short of height)
    stack = compact and stack_side
    inline = compact and len(panels) == 1 and _side_fits_below_heading(panels[0], per_panel[0][0],
                                                                      sum(depth[t] for t in kept), stack)
    cols = cols or len(panels)
    rows: list[Row] = []
    headers: list[int] = []
    bands: list[tuple[Tier, list[int]]] = []
    row_of: list[dict[tuple[Tier, int], int]] = []  # per block
    block_rows: list[list[int]] = []  # per block: its band rows
    for block in range(math.ceil(len(panels) / cols)):
        prefix = f"b{block}." if block else ""
        if len(panels) > 1 or (any(side_counts) and not inline):
            headers.append(len(rows))
            rows.append(Row(f"hdr{block}" if block else "hdr"))
        row_of.append({})
        for tier in kept:
            indices = []
            for level in range(depth[tier]):
                row_of[block][(tier, level)] = len(rows)
                indices.append(len(rows))
                rows.append(Row(f"{prefix}{tier.value}.{level}", tier, level))
            bands.append((tier, indices))
        block_rows.append(list(row_of[block].values()))
    every_band_row = sorted(i for b in block_rows for i in b)

    items: list[Item] = []
    side_columns: list[list[tuple[str, str, list[str]]]] = []
    node_of: list[dict[str, str]] = []
    canonical = len(panels) > 1
    keys = canonical_keys(panels) if canonical else {}
    # side bodies in the order the files list them (first panel first), the same in every panel
    appearance = {i: k for k, i in enumerate(dict.fromkeys(b.id for p in panels for b, _ in _entries(p)))}
    shared = share_side and len(panels) > 1 and _same_side(panels, [t for t, *_ in per_panel])
    for p, (panel, (tier_of, levels, groups, ghost_levels)) in enumerate(zip(panels, per_panel, strict=True)):
        entries = _entries(panel)
        if shared and p != _shared_side_panel(len(panels), cols):
            entries = [e for e in entries if _tier_at(tier_of, *e) not in SIDE_TIERS]
        if canonical:  # ghosts after the live bodies when both claim an id
            entries = sorted(entries, key=lambda e: (keys[e[0].id], e[1]))
            side = sorted((e for e in entries if _tier_at(tier_of, *e) in SIDE_TIERS),
                          key=lambda e: (appearance[e[0].id], e[1]))
            entries = [e for e in entries if _tier_at(tier_of, *e) not in SIDE_TIERS] + side
        names: dict[str, str] = {}
        block = p // cols
        items += _main_items(p, panel, entries, tier_of, levels, row_of[block], names, groups, ghost_levels)
        # a shared side column runs the whole height, beside every block of rows
        side_rows = every_band_row if shared else sorted(block_rows[block])
        side_items, columns = _side_columns(p, panel, entries, tier_of, side_rows, names, compact, inline, stack)
        items += side_items
        side_columns.append(columns)
        node_of.append(names)
    return Grid(rows, bands, items, side_columns, node_of, canonical, cols, headers)


_BAND_ORDER = {t: k for k, t in enumerate(BAND_TIERS)}


def _ghost_levels(panel: Panel, tier_of: dict[str, Tier], levels: dict[str, int], listed: AbstractSet[str],
                  limit: int, depth: dict[Tier, int] | None = None) -> dict[str, int]:
    """The row of its band each removed body's ghost goes to on a compact sheet: the first with
    fewer than ``limit`` cards, live or ghost, else a new row below (a baseline sheet's removed
    committees would otherwise widen their row past the limit, and the whole sheet with it).
    ``depth`` (rows per band) grows to hold them.
    """
    count: dict[tuple[Tier, int], int] = {}
    for body_id, level in levels.items():
        if body_id not in listed and body_id in tier_of:
            key = (tier_of[body_id], level)
            count[key] = count.get(key, 0) + 1
    out = {}
    for ghost in panel.ghosts:
        tier = TIER_OF_KIND[ghost.kind]
        if tier not in _BAND_ORDER:
            continue
        level = 0
        while count.get((tier, level), 0) >= limit:
            level += 1
        out[ghost.id] = level
        if depth is not None:
            depth[tier] = max(depth.get(tier, 1), level + 1)
        count[(tier, level)] = count.get((tier, level), 0) + 1
    return out


def _tier_at(tier_of: dict[str, Tier], body: Body, ghost: bool) -> Tier:
    """The tier a card is drawn in: its own kind's for a ghost (removed here), else as assigned."""
    return TIER_OF_KIND[body.kind] if ghost else tier_of[body.id]


def _main_items(p: int, panel: Panel, entries: list[tuple[Body, bool]], tier_of: dict[str, Tier],
                levels: dict[str, int], row_of: dict[tuple[Tier, int], int], names: dict[str, str],
                groups: list[list[Body]], ghost_levels: dict[str, int] | None = None) -> list[Item]:
    """The cards of panel ``p`` in the bands, in band order; ``names`` gets each live body's node
    (every member of a list card: the list card's); a ghost goes to its row of ``ghost_levels`` (or the first)."""
    items: list[Item] = []
    # ghosts of removed bodies at the end of their band's rows, after the bodies drawn live
    group_of = {b.id: g for g in groups for b in g}
    main = sorted((e for e in entries if _tier_at(tier_of, *e) in _BAND_ORDER),
                  key=lambda e: (_BAND_ORDER[_tier_at(tier_of, *e)], e[1]))
    for body, ghost in main:
        t = _tier_at(tier_of, body, ghost)
        group = () if ghost else tuple(group_of.get(body.id, ()))
        if group and group[0] is not body:
            continue  # listed on the card of its group's first member
        node = f"p{p}_list_{body.id}" if group else node_name(p, body.id, ghost)
        mark = Mark("removed") if ghost else panel.marks.get(body.id)
        level = (ghost_levels or {}).get(body.id, 0) if ghost else levels.get(body.id, 0)
        items.append(Item(node, p, body, t, mark, ghost, False, row_of[(t, level)], group))
        if not ghost:
            names.update({m.id: node for m in group or (body,)})
    return items


def _shared_side_panel(n: int, cols: int) -> int:
    """The panel that draws a shared side column: the last of the top block of rows (rightmost)."""
    return min(n, cols) - 1


def _same_side(panels: list[Panel], tiers: list[dict[str, Tier]]) -> bool:
    """Whether every panel has the same side bodies (ids and names), none of them a ghost or marked
    (but as unchanged against the baseline)."""
    def side(panel: Panel, tier_of: dict[str, Tier]) -> list[tuple[str, str]] | None:
        bodies = [b for b in panel.org.bodies if tier_of[b.id] in SIDE_TIERS]
        marked = any(b.id in panel.marks and panel.marks[b.id].kind != "same" for b in bodies)
        if marked or any(TIER_OF_KIND[g.kind] in SIDE_TIERS for g in panel.ghosts):
            return None
        return [(b.id, b.name()) for b in bodies]

    first = side(panels[0], tiers[0])
    return first is not None and all(side(p, t) == first for p, t in zip(panels, tiers, strict=True))


#: Joins the tiers of a side column that stacks several (its heading names them all).
SIDE_JOIN = "+"


def side_heading(value: str, lang: str) -> str:
    """The heading of a side column from its tier value(s) in ``lang`` ('' for a continued column).

    >>> side_heading("advocacy+external", "fi")
    'Vaikuttamistoimielimet · ulkoiset tahot'
    """
    labels = [Tier(v).label(lang) for v in value.split(SIDE_JOIN) if v]
    return " · ".join([labels[0], *(x[:1].lower() + x[1:] for x in labels[1:])]) if labels else ""


def _side_fits_below_heading(panel: Panel, tier_of: dict[str, Tier], band_rows: int, stack: bool = False) -> bool:
    """Whether each side tier of ``panel`` has a card per band row below the first (its heading's);
    ``stack``: whether they all do, one under the other, or else each of them."""
    counts = [sum(1 for b, g in _entries(panel) if _tier_at(tier_of, b, g) is t) for t in SIDE_TIERS]
    return band_rows >= 2 and any(counts) and (
        max(counts) <= band_rows - 1 or (stack and sum(counts) <= band_rows - 1))


def _side_columns(p: int, panel: Panel, entries: list[tuple[Body, bool]], tier_of: dict[str, Tier],
                  band_rows: list[int], names: dict[str, str], compact: bool = False, inline: bool = False,
                  stack: bool = False) -> tuple[list[Item], list[tuple[str, str, list[str]]]]:
    """The side cards of panel ``p`` and its side columns (heading node, tier for the first column
    of a tier, item nodes), one card per band row; ``names`` gets each live body's node.

    ``compact``: a tier with more bodies than there are band rows keeps to one column of list
    cards (consecutive bodies, ghosts on cards of their own). ``inline``: the heading takes the
    first band row (there is no header row), the cards the rows below it. ``stack``: the tiers
    go one under the other in one column when all their cards fit its rows."""
    if inline:
        band_rows = band_rows[1:]
    items: list[Item] = []
    columns: list[tuple[str, str, list[str]]] = []
    groups = [(t, [e for e in entries if _tier_at(tier_of, *e) is t]) for t in SIDE_TIERS]
    present = [(t, g) for t, g in groups if g]
    if stack and len(present) > 1 and sum(len(g) for _, g in present) <= len(band_rows):
        # a compact drawing stacks the side tiers in one column under one heading when they fit
        # its rows: a second column would cost a card's width (every card prints its kind)
        groups = [(present[0][0], [e for _, g in present for e in g])]
        merged = SIDE_JOIN.join(t.value for t, _ in present)
    else:
        merged = ""
    for side_tier, group in groups:
        cards = _side_cards(group, len(band_rows)) if compact else [[e] for e in group]
        for c in range(math.ceil(len(cards) / len(band_rows))):
            chunk = cards[c * len(band_rows):(c + 1) * len(band_rows)]
            heading = f"p{p}_side_{side_tier.value}_{c}"
            nodes = []
            for k, card in enumerate(chunk):
                body, ghost = card[0]
                members = tuple(b for b, _ in card) if len(card) > 1 else ()
                node = f"p{p}_list_{body.id}" if members else node_name(p, body.id, ghost)
                mark = Mark("removed") if ghost else panel.marks.get(body.id)
                items.append(Item(node, p, body, _tier_at(tier_of, body, ghost), mark, ghost, True, band_rows[k],
                                  members))
                nodes.append(node)
                names.update({b.id: node for b, g in card if not g})
            columns.append((heading, (merged or side_tier.value) if c == 0 else "", nodes))
    return items, columns


def _side_cards(group: list[tuple[Body, bool]], slots: int) -> list[list[tuple[Body, bool]]]:
    """``group`` on at most ``slots`` cards (when it has more live bodies than that): consecutive
    live bodies share a card, each ghost or marked body keeps its own."""
    if len(group) <= slots:
        return [[e] for e in group]
    live = [e for e in group if not e[1]]
    alone = [[e] for e in group if e[1]]
    free = max(slots - len(alone), 1)
    per_card = math.ceil(len(live) / free)
    return [live[k:k + per_card] for k in range(0, len(live), per_card)] + alone
