"""The grid every diagram shares: rows for the tier bands, side columns, and who sits where.

Pure data, no Graphviz: the DOT builder turns a :class:`Grid` into ranks and ordering edges, and
the engine paints bands from it after layout.

Rows, top to bottom: an optional header row (sheet column titles, side-column headings), then
each tier of :data:`BAND_TIERS` in order with one or more rows (a body under a superior of the
same tier goes a row lower, up to the band's depth; a row of more than :data:`ROW_LIMIT` cards
without children of their own wraps onto the next row of its band). Every band has at least one
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
#: Cards in one row before childless ones wrap onto the band's next row.
ROW_LIMIT = 8


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
    body: Body
    tier: Tier
    mark: Mark | None
    ghost: bool = False
    side: bool = False
    row: int = 0


@dataclass
class Grid:
    rows: list[Row]
    bands: list[tuple[Tier, list[int]]]  # tier -> indices of its rows
    items: list[Item]  # declaration order: panel, band, file order
    side_columns: list[list[tuple[str, str, list[str]]]]  # panel -> columns (heading node, text, item nodes)
    node_of: list[dict[str, str]] = field(default_factory=list)  # panel -> body id -> node
    canonical: bool = False  # a sheet: every row in canonical order (see :func:`canonical_keys`), kept as is

    @property
    def has_header(self) -> bool:
        return bool(self.rows) and self.rows[0].key == "hdr"

    def band_rows(self) -> list[int]:
        return [i for _, rows in self.bands for i in rows]


def node_name(panel: int, body_id: str, ghost: bool = False) -> str:
    """The DOT node of a body (body ids are [A-Za-z0-9_.-], so these are safe everywhere)."""
    return f"p{panel}_ghost_{body_id}" if ghost else f"p{panel}_{body_id}"


def _levels(org: Organisation, tier_of: dict[str, Tier]) -> dict[str, int]:
    """Row within its band: one more than the nearest superior of the same tier, capped."""
    ancestors = structure(org).ancestors
    levels: dict[str, int] = {}
    for body in org.bodies:
        t = tier_of[body.id]
        if t in BAND_DEPTH:
            levels[body.id] = _same_tier_superiors(ancestors[body.id], tier_of, t, BAND_DEPTH[t] - 1)
    return levels


def _same_tier_superiors(ancestors: Iterable[str], tier_of: dict[str, Tier], tier: Tier, cap: int) -> int:
    """How many of the nearest ``ancestors`` in an unbroken line are of ``tier``, at most ``cap``."""
    same_tier = itertools.takewhile(lambda a: tier_of.get(a) is tier, ancestors)
    return sum(1 for _ in itertools.islice(same_tier, cap))


def _wrap_rows(org: Organisation, tier_of: dict[str, Tier], levels: dict[str, int]) -> None:
    """Move childless cards of over-full rows down a row of their band, keeping file order."""
    has_same_tier_child = {b.parent for b in org.bodies if b.parent and tier_of.get(b.parent) is tier_of[b.id]}
    for tier in BAND_TIERS:
        for level in range(BAND_DEPTH[tier] - 1):
            row = [b for b in org.bodies if tier_of[b.id] is tier and levels.get(b.id) == level]
            movable = [b for b in row if b.id not in has_same_tier_child]
            below = sum(1 for b in org.bodies if tier_of[b.id] is tier and levels.get(b.id) == level + 1)
            excess = len(row) - ROW_LIMIT
            if excess <= 0 or below + excess > ROW_LIMIT:
                continue
            for body in movable[-excess:]:
                levels[body.id] = level + 1


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


def plan_grid(panels: list[Panel]) -> Grid:
    """Rows, items and side columns for ``panels`` drawn side by side."""
    per_panel = []
    depth = {t: 1 for t in BAND_TIERS}
    for panel in panels:
        tier_of = dict(assign_tiers(panel.org))
        levels = _levels(panel.org, tier_of)
        _wrap_rows(panel.org, tier_of, levels)
        for body_id, level in levels.items():
            depth[tier_of[body_id]] = max(depth[tier_of[body_id]], level + 1)
        per_panel.append((tier_of, levels))

    # per_panel has one entry per panel
    side_counts = [sum(1 for b, g in _entries(panel) if _tier_at(tier_of, b, g) in SIDE_TIERS)
                   for panel, (tier_of, _) in zip(panels, per_panel, strict=True)]
    rows: list[Row] = []
    if len(panels) > 1 or any(side_counts):
        rows.append(Row("hdr"))
    bands: list[tuple[Tier, list[int]]] = []
    row_of: dict[tuple[Tier, int], int] = {}
    for tier in BAND_TIERS:
        indices = []
        for level in range(depth[tier]):
            row_of[(tier, level)] = len(rows)
            indices.append(len(rows))
            rows.append(Row(f"{tier.value}.{level}", tier, level))
        bands.append((tier, indices))
    band_rows = [i for _, idx in bands for i in idx]

    items: list[Item] = []
    side_columns: list[list[tuple[str, str, list[str]]]] = []
    node_of: list[dict[str, str]] = []
    canonical = len(panels) > 1
    keys = canonical_keys(panels) if canonical else {}
    for p, (panel, (tier_of, levels)) in enumerate(zip(panels, per_panel, strict=True)):
        entries = _entries(panel)
        if canonical:  # ghosts after the live bodies when both claim an id
            entries = sorted(entries, key=lambda e: (keys[e[0].id], e[1]))
        names: dict[str, str] = {}
        items += _main_items(p, panel, entries, tier_of, levels, row_of, names)
        side_items, columns = _side_columns(p, panel, entries, tier_of, band_rows, names)
        items += side_items
        side_columns.append(columns)
        node_of.append(names)
    return Grid(rows, bands, items, side_columns, node_of, canonical)


_BAND_ORDER = {t: k for k, t in enumerate(BAND_TIERS)}


def _tier_at(tier_of: dict[str, Tier], body: Body, ghost: bool) -> Tier:
    """The tier a card is drawn in: its own kind's for a ghost (removed here), else as assigned."""
    return TIER_OF_KIND[body.kind] if ghost else tier_of[body.id]


def _main_items(p: int, panel: Panel, entries: list[tuple[Body, bool]], tier_of: dict[str, Tier],
                levels: dict[str, int], row_of: dict[tuple[Tier, int], int], names: dict[str, str]) -> list[Item]:
    """The cards of panel ``p`` in the bands, in band order; ``names`` gets each live body's node."""
    items: list[Item] = []
    # ghosts of removed bodies at the end of their band's rows, after the bodies drawn live
    main = sorted((e for e in entries if _tier_at(tier_of, *e) in _BAND_ORDER),
                  key=lambda e: (_BAND_ORDER[_tier_at(tier_of, *e)], e[1]))
    for body, ghost in main:
        t = _tier_at(tier_of, body, ghost)
        node = node_name(p, body.id, ghost)
        mark = Mark("removed") if ghost else panel.marks.get(body.id)
        level = 0 if ghost else levels.get(body.id, 0)
        items.append(Item(node, p, body, t, mark, ghost, False, row_of[(t, level)]))
        if not ghost:
            names[body.id] = node
    return items


def _side_columns(p: int, panel: Panel, entries: list[tuple[Body, bool]], tier_of: dict[str, Tier],
                  band_rows: list[int], names: dict[str, str]
                  ) -> tuple[list[Item], list[tuple[str, str, list[str]]]]:
    """The side cards of panel ``p`` and its side columns (heading node, tier for the first column
    of a tier, item nodes), one card per band row; ``names`` gets each live body's node."""
    items: list[Item] = []
    columns: list[tuple[str, str, list[str]]] = []
    for side_tier in SIDE_TIERS:
        group = [e for e in entries if _tier_at(tier_of, *e) is side_tier]
        for c in range(math.ceil(len(group) / len(band_rows))):
            chunk = group[c * len(band_rows):(c + 1) * len(band_rows)]
            heading = f"p{p}_side_{side_tier.value}_{c}"
            nodes = []
            for k, (body, ghost) in enumerate(chunk):
                node = node_name(p, body.id, ghost)
                mark = Mark("removed") if ghost else panel.marks.get(body.id)
                items.append(Item(node, p, body, side_tier, mark, ghost, True, band_rows[k]))
                nodes.append(node)
                if not ghost:
                    names[body.id] = node
            columns.append((heading, side_tier.value if c == 0 else "", nodes))
    return items, columns
