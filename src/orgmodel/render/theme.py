"""Every visual decision of a diagram in one object: colours, shapes, fonts, sizes, edge styles.

Colours come from Paul Tol's colour-blind-safe "bright" scheme: one hue per family of bodies
(council level, executive board, boards, committees, subcommittees, advocacy, offices, production,
group entities, outside parties) as the border, with a pale tint of it as the fill so that the
dark text stays readable. Every card also prints its kind, so colour is never the only cue.
Relation types differ by colour *and* line pattern *and* arrowhead, for the same reason.

>>> t = DEFAULT_THEME
>>> t.kind(BodyKind.BOARD).border != t.kind(BodyKind.COMMITTEE).border
True
>>> t.scaled(1.5).name_size
18.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from orgmodel.errors import UserError
from orgmodel.kinds import KIND_SPECS, RELATION_SPECS
from orgmodel.vocab import BodyKind, RelationType

from .fonts import FAMILY

# Paul Tol, "bright" qualitative scheme (colour-blind safe), plus darker shades for borders.
BLUE, CYAN, GREEN, YELLOW, RED, PURPLE = "#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677", "#AA3377"
GREY = "#BBBBBB"
ORANGE, TEAL = "#EE7733", "#009988"  # from Tol's "vibrant" scheme
#: Points per inch: a theme's sizes are in inches unless their name ends in _size or _pt.
PT = 72.0


@dataclass(frozen=True)
class KindStyle:
    """How a card of one body kind looks."""

    fill: str
    border: str
    rounded: bool = True  # elected bodies are rounded; offices, units and companies square
    penwidth: float = 1.4


@dataclass(frozen=True)
class MarkStyle:
    """How a card with a mark (open, inferred, choice, added, changed, removed) looks, and the
    legend's sample of it: the sample is drawn with the very same line, so the two cannot drift.

    ``None`` keeps what the card's kind has (border, line width, fill) or the theme's text colour.
    ``penwidth`` is in points at the theme's default name size and grows with the type
    (:meth:`Theme.mark_penwidth`), so that an outline stays as visible as the names it frames.
    """

    symbol: str  # before the badge's word: '? avoin'
    badge: str  # the key of the badge's word in orgmodel.words.WORDS; '' for no badge
    legend: str  # the key of the legend sample's text in orgmodel.words.WORDS
    dash: str = ""  # '', 'dashed' or 'dotted'
    colour: str | None = None  # border and badge; None: the kind's border, a muted badge
    penwidth: float | None = None
    fill: str | None = None
    text: str | None = None
    fade: str = ""  # an alpha (hex) for the kind's fill and border: a faded card; '' keeps them


@dataclass(frozen=True)
class RoleStyle:
    """The role badge of a leadership body ('päättää', 'valmistelee'): a pill in the card's top row.

    Deciding bodies get a solid pill and preparing ones an outlined one, so the two differ in
    print, in grey and for colour-blind viewers, not by hue alone.
    """

    fill: str
    text: str
    border: str


@dataclass(frozen=True)
class RelationChangeStyle:
    """How a relation added or removed against the baseline is drawn over its type's own style."""

    penwidth_factor: float = 1.0  # times the type's line width
    colour: str | None = None  # None keeps the type's colour
    dash: str | None = None  # None keeps the type's pattern


@dataclass(frozen=True)
class EdgeStyle:
    """How one relation type is drawn."""

    color: str
    style: str = "solid"  # solid, dashed, dotted, bold
    arrowhead: str = "normal"
    arrowtail: str = "none"
    penwidth: float = 1.3

    @property
    def dir(self) -> str:
        if self.arrowtail != "none":
            return "both" if self.arrowhead != "none" else "back"
        return "forward" if self.arrowhead != "none" else "none"


#: Card styles by slot; each body kind names its slot in its spec (orgmodel.kinds), so a new kind
#: that looks like an existing one needs no entry here.
_KINDS: dict[str, KindStyle] = {
    "council": KindStyle("#D5E1EE", BLUE, penwidth=2.0),
    "council_body": KindStyle("#EAF0F7", BLUE),
    "executive_board": KindStyle("#EFD9E5", PURPLE, penwidth=2.0),
    "board": KindStyle("#DDF2FA", "#2E9CC5"),
    "committee": KindStyle("#D9EBDB", GREEN),
    "subcommittee": KindStyle("#F4F0D8", "#A89A2C"),
    "commission": KindStyle("#FAF7E8", "#A89A2C"),
    "advocacy": KindStyle("#FBE0E3", "#D9485A"),
    "office": KindStyle("#E6E6E6", "#666666", rounded=False),
    "unit": KindStyle("#F3F3F3", "#8C8C8C", rounded=False),
    "enterprise": KindStyle("#FBE2D3", ORANGE, rounded=False, penwidth=1.8),
    "enterprise_board": KindStyle("#FDF0E8", ORANGE),
    "balance_sheet_unit": KindStyle("#FDF0E8", ORANGE, rounded=False),
    "company": KindStyle("#D1EDEA", TEAL, rounded=False),
    "associated_company": KindStyle("#E9F6F4", TEAL, rounded=False),
    "foundation": KindStyle("#E9F6F4", "#4FA89E", rounded=False),
    "external": KindStyle("#FFFFFF", "#888888", rounded=False),
    "forum": KindStyle("#FFFFFF", "#888888"),
    "organisation": KindStyle("#FFFFFF", TEAL, rounded=False, penwidth=2.0),
}

#: By mark kind (orgmodel.render.scene.MARK_KINDS), in the order the legend shows them.
_MARKS: dict[str, MarkStyle] = {
    "open": MarkStyle("?", "mark.open", "mark.open.legend", "dashed"),
    "inferred": MarkStyle("~", "mark.inferred", "mark.inferred.legend", "dotted"),
    "choice": MarkStyle("◇", "mark.choice", "mark.choice.legend", "dashed"),
    "added": MarkStyle("+", "mark.added", "mark.added.legend", colour=GREEN, penwidth=4.4),
    "changed": MarkStyle("±", "mark.changed", "mark.changed.legend", colour=ORANGE, penwidth=4.4),
    "removed": MarkStyle("−", "mark.removed", "mark.removed.legend", "dashed", colour="#CC3311", penwidth=2.0,
                         fill="#FFFFFF", text="#8A8A8A"),
    "same": MarkStyle("", "", "mark.same.legend", text="#8A8A8A", fade="66"),
}

#: Role badges by role token (orgmodel.compare.metrics.decision_role).
_ROLES: dict[str, RoleStyle] = {
    "decision_making": RoleStyle("#3B4A5C", "#FFFFFF", "#3B4A5C"),
    "preparatory": RoleStyle("#FFFFFF", "#3B4A5C", "#3B4A5C"),
}

#: Relations added against the baseline: the type's line three times as strong; removed ones: a
#: ghost in the removed cards' colour, dashed, at two thirds of its strength.
_RELATION_CHANGES: dict[str, RelationChangeStyle] = {
    "added": RelationChangeStyle(penwidth_factor=3.0),
    "removed": RelationChangeStyle(penwidth_factor=2.0, colour="#CC3311AA", dash="dashed"),
}

#: Line width of the heavy solid pattern, points: apart from thin solid, dashed and dotted lines.
HEAVY = 2.4

#: Edge styles by slot; each relation type names its slot in its spec (orgmodel.kinds).
#: Colours that a deuteranope sees alike never share a line pattern (thin solid, heavy solid,
#: dashed, dotted): green prepares_for is dashed, red advises dotted, orange steers solid; blue
#: elects dashed, audits dotted, nominates heavy; purple delegates (grey to a deuteranope) heavy,
#: beside grey cooperation dashed. Greys alike for everyone differ by arrowhead.
_RELATIONS: dict[str, EdgeStyle] = {
    "hierarchy": EdgeStyle("#5A5A5A", arrowhead="none", penwidth=1.5),
    "elects": EdgeStyle(BLUE, "dashed", arrowhead="normal"),
    "prepares_for": EdgeStyle(GREEN, "dashed", arrowhead="vee"),
    "reports_to": EdgeStyle("#777777", "dotted", arrowhead="vee"),
    "steers": EdgeStyle(ORANGE, "solid", arrowhead="normal", penwidth=2.0),
    "owns": EdgeStyle(TEAL, "solid", arrowhead="normal", arrowtail="diamond"),
    "audits": EdgeStyle("#2F5F8F", "dotted", arrowhead="odot", penwidth=1.6),
    "advises": EdgeStyle("#D9485A", "dotted", arrowhead="vee", penwidth=1.6),
    "cooperates_with": EdgeStyle("#888888", "dashed", arrowhead="none", penwidth=1.6),
    "delegates": EdgeStyle(PURPLE, "solid", arrowhead="empty", penwidth=HEAVY),
    "nominates": EdgeStyle(BLUE, "solid", arrowhead="vee", penwidth=HEAVY),
    "sets_up": EdgeStyle("#5A5A5A", "dotted", arrowhead="normal"),
}


@dataclass(frozen=True)
class Theme:
    """Fonts (points), sizes (inches unless named _pt), colours and styles of a diagram."""

    font: str = FAMILY
    name_size: float = 12.0
    kind_size: float = 9.0
    detail_size: float = 10.0
    band_label_size: float = 12.0
    panel_title_size: float = 16.0
    title_size: float = 24.0
    subtitle_size: float = 12.0
    footnote_size: float = 9.0
    legend_size: float = 10.0
    card_width: float = 2.1
    card_min_height: float = 0.85
    card_margin_pt: float = 7.0
    band_label_width: float = 1.75
    side_card_scale: float = 1.0  # the side column's cards, as a share of card_width
    nodesep: float = 0.22
    ranksep: float = 0.4
    text: str = "#1A1A1A"
    muted_text: str = "#555555"
    background: str = "#FFFFFF"
    band_fill: str = "#EEF1F5"
    band_fill_alt: str = "#F6F7F9"
    band_text: str = "#3B4A5C"
    side_fill: str = "#FFFFFF"
    side_border: str = "#C9CED6"
    separator: str = "#B8BFC9"
    mark_sample: str = "#666666"  # the legend's outline of a mark that keeps the kind's border
    mark_sample_penwidth: float = 1.6  # ... and of one that keeps the kind's line width
    #: Alpha appended to a colour drawn at about half strength (inferred or open connections).
    light_alpha: str = "88"
    light_edge_sample: str = "#555555"  # the legend's sample of a light connection (drawn light)
    hollow_arrow_fill: str = "#FFFFFF"  # inside of open arrowheads and diamonds drawn after layout
    #: style slot -> look; a kind's and a relation type's slot is named in its spec (orgmodel.kinds)
    kinds: Mapping[str, KindStyle] = field(default_factory=lambda: MappingProxyType(dict(_KINDS)))
    relations: Mapping[str, EdgeStyle] = field(default_factory=lambda: MappingProxyType(dict(_RELATIONS)))
    marks: Mapping[str, MarkStyle] = field(default_factory=lambda: MappingProxyType(dict(_MARKS)))
    roles: Mapping[str, RoleStyle] = field(default_factory=lambda: MappingProxyType(dict(_ROLES)))
    #: the divider between a structure's organiser and producer sides (:class:`~orgmodel.model.Sides`)
    split: EdgeStyle = EdgeStyle("#3B4A5C", "dashed", arrowhead="none", penwidth=3.0)
    role_badge_border: float = 1.5  # points: the outline of a role badge
    role_badge_scale: float = 0.9  # the role badge's type, relative to the card name's
    relation_changes: Mapping[str, RelationChangeStyle] = field(
        default_factory=lambda: MappingProxyType(dict(_RELATION_CHANGES)))

    def kind(self, kind: BodyKind) -> KindStyle:
        """The card style of a body kind (its spec's slot)."""
        return self.kinds[KIND_SPECS[kind].style]

    def relation(self, rtype: RelationType) -> EdgeStyle:
        """The edge style of a relation type (its spec's slot)."""
        return self.relations[RELATION_SPECS[rtype].style]

    def mark(self, kind: str) -> MarkStyle:
        """The style of mark ``kind``.

        >>> DEFAULT_THEME.mark("added").penwidth
        4.4
        """
        return self.marks[kind]

    @property
    def role_badge_size(self) -> float:
        """The role badge's type in points: nearly the name's, so that the role reads as far as the name.

        >>> DEFAULT_THEME.role_badge_size
        10.8
        """
        return round(self.name_size * self.role_badge_scale, 2)

    def mark_penwidth(self, style: MarkStyle, default: float) -> float:
        """The outline of a marked card, grown with the names (``default``: the kind's own line).

        >>> DEFAULT_THEME.scaled(1.5).mark_penwidth(DEFAULT_THEME.mark("changed"), 1.4)
        6.6
        """
        if style.penwidth is None:
            return default
        return round(style.penwidth * self.name_size / DEFAULT_NAME_SIZE, 2)

    def changed_relation(self, style: EdgeStyle, status: str) -> EdgeStyle:
        """``style`` as a relation ``status`` ('added', 'removed') against the baseline draws it; '' keeps it.

        >>> DEFAULT_THEME.changed_relation(DEFAULT_THEME.relation(RelationType.DELEGATES), "added").penwidth
        7.2
        """
        change = self.relation_changes.get(status)
        if change is None:
            return style
        return replace(style, penwidth=round(style.penwidth * change.penwidth_factor, 2),
                       color=change.colour or style.color, style=change.dash or style.style)

    def light(self, colour: str) -> str:
        """``colour`` at about half strength; colours that already carry an alpha stay as they are.

        >>> DEFAULT_THEME.light("#4477AA")
        '#4477AA88'
        """
        return colour + self.light_alpha if len(colour) == 7 else colour

    def scaled(self, factor: float) -> Theme:
        """The same theme with every font and size multiplied by ``factor``."""
        sizes = ("name_size", "kind_size", "detail_size", "band_label_size", "panel_title_size", "title_size",
                 "subtitle_size", "footnote_size", "legend_size", "card_width", "card_min_height",
                 "card_margin_pt", "band_label_width", "nodesep", "ranksep")
        return replace(self, **{k: round(getattr(self, k) * factor, 4) for k in sizes})


DEFAULT_THEME = Theme()
#: The default theme's name size: mark outlines are given at this size (:meth:`Theme.mark_penwidth`).
DEFAULT_NAME_SIZE = DEFAULT_THEME.name_size


@dataclass(frozen=True)
class Preset:
    """Where the file goes: page size and shape, font scale, raster resolution, type floor.

    ``size`` is the drawing's box in inches; with ``fill`` the drawing is stretched to that
    shape and scaled to fill it (a 16:9 slide), otherwise only shrunk when larger. A ``compact``
    preset lists childless siblings on one card, drops empty bands from single diagrams and
    leaves the kind swatches out of the legend (cards print their kind); ``card_width`` and
    ``band_label_width`` (inches after scaling) give names more of the width.

    >>> PRESETS["slide"].name_floor(30), PRESETS["slide"].name_floor(46), PRESETS["screen"].name_floor(5)
    (24.0, 18.0, 0.0)
    """

    name: str
    scale: float
    size: tuple[float, float] | None
    fill: bool
    dpi: int
    ranksep: float | None = None  # inches after scaling; None keeps the theme's, scaled
    summary: str = ""  # one line for --help
    compact: bool = False
    card_width: float | None = None
    band_label_width: float | None = None
    nodesep: float | None = None
    card_min_height: float | None = None
    side_card_scale: float | None = None  # None keeps the theme's
    #: the card names' type after scaling (points); None keeps the theme's, scaled. A slide sets
    #: the names larger than the scale alone would: they are what must read from the back of the room.
    name_size: float | None = None
    sheet_name_size: float | None = None  # ... on a sheet (panels share the page: names larger still)
    row_limit: int = 8  # cards in a row before it wraps
    width_px: int = 0  # the page's width in px that the floor is measured at (0: no floor)
    floor_px: float = 0.0  # least card-name size, px at width_px
    dense_floor_px: float = 0.0  # ... for structures of more than dense_bodies bodies, and on sheets
    dense_bodies: int = 45
    title_floor_px: float = 0.0
    text_floor_px: float = 0.0  # no text smaller

    def apply(self, theme: Theme, sheet: bool = False) -> Theme:
        """The theme as this preset draws it (``sheet``: several structures side by side)."""
        out = theme.scaled(self.scale) if self.scale != 1 else theme
        name_size = self.sheet_name_size if sheet and self.sheet_name_size is not None else self.name_size
        overrides: dict[str, Any] = {"ranksep": self.ranksep, "card_width": self.card_width,
                     "name_size": name_size, "band_label_width": self.band_label_width, "nodesep": self.nodesep,
                     "card_min_height": self.card_min_height, "side_card_scale": self.side_card_scale}
        return replace(out, **{k: v for k, v in overrides.items() if v is not None})

    def name_floor(self, bodies: int, panels: int = 1) -> float:
        """The least card-name size (px at :attr:`width_px`) for ``bodies`` on ``panels`` panels."""
        return self.dense_floor_px if bodies > self.dense_bodies or panels > 1 else self.floor_px


PRESETS: dict[str, Preset] = {
    # A 16:9 slide (13.33 x 7.5 in, 960 x 540 pt): 1920 x 1080 PNG, 2 px per pt. Compact, and
    # held to the floor of issue 11: names >= 24 px (12 pt) up to 45 bodies, >= 18 px beyond
    # and on comparison slides, title >= 40 px, no text < 16 px.
    "slide": Preset("slide", 1.3, (13.333, 7.5), True, 144, ranksep=0.22, summary="16:9, large type",
                    compact=True, card_width=2.4, band_label_width=1.2, nodesep=0.16, card_min_height=0.6, row_limit=6,
                    side_card_scale=0.8, name_size=19.5, sheet_name_size=23.5,
                    width_px=1920, floor_px=24.0, dense_floor_px=18.0, title_floor_px=40.0, text_floor_px=16.0),
    # Landscape A4 less 1 cm margins, for papers and handouts.
    "a4": Preset("a4", 0.9, (10.9, 7.48), False, 300, summary="landscape page"),
    # Natural size for screens and notebooks.
    "screen": Preset("screen", 1.0, None, False, 96, summary="natural size"),
}


def preset(name: str) -> Preset:
    """The preset called ``name`` (slide, a4 or screen)."""
    try:
        return PRESETS[name]
    except KeyError:
        raise UserError(f"unknown preset {name!r}; valid: {', '.join(PRESETS)}") from None
