"""Cards: the box of one body, as a Graphviz HTML-like label (its text: :mod:`orgmodel.render.labels`).

A card reads, top to bottom: the kind in small grey type (what the name does not already say:
office or advocacy group; with a badge on the right for open, inferred or changed bodies), the role
badge of a leadership body ("päättää" solid, "valmistelee" outlined, in bold type nearly as large as
the name), the name in bold (wrapped to the card's width by measured text), the seats ("11 jäsentä,
pj + 2 vpj"), the validity dates, and, on a comparison sheet, what changed. A list card has its
heading in bold and one line per body at the name's size. Every card of a theme has the same width.
On a comparison sheet unchanged cards are faded (their kind's colours at about 40 %, grey text).
"""

from __future__ import annotations

from dataclasses import dataclass

from orgmodel.compare.metrics import decision_role
from orgmodel.model import Body
from orgmodel.words import word

from ..fonts import metrics
from ..labels import CardText
from ..scene import Mark
from ..text import clean, escape, wrap
from ..theme import PT, Theme


def html_lines(lines: list[str], size: float, bold: bool = False, color: str | None = None,
               align: str = "LEFT", strike: bool = False) -> str:
    """Escaped lines in one FONT element, joined by aligned line breaks."""
    body = f'<BR ALIGN="{align}"/>'.join(escape(x) for x in lines)
    if bold:
        body = f"<B>{body}</B>"
    if strike:
        body = f"<S>{body}</S>"
    col = f' COLOR="{color}"' if color else ""
    return f'<FONT POINT-SIZE="{size:g}"{col}>{body}</FONT>'


def text_label(lines: list[str], size: float, bold: bool = False, color: str | None = None,
               padding: int = 0) -> str:
    """A left-aligned block of text as a whole label (an empty block keeps one blank line)."""
    inner = html_lines(lines, size, bold, color) if any(lines) else " "
    return (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="{padding}"><TR>'
            f'<TD ALIGN="LEFT" BALIGN="LEFT">{inner}</TD></TR></TABLE>>')


@dataclass(frozen=True)
class CardStyle:
    fill: str
    border: str
    penwidth: float
    dash: str  # '', 'dashed' or 'dotted'
    badge: str
    badge_color: str
    text: str


def card_style(body: Body, mark: Mark | None, theme: Theme, lang: str) -> CardStyle:
    """Colours, line and badge of a card, from its kind and its mark (:class:`~orgmodel.render.theme.MarkStyle`)."""
    ks = theme.kind(body.kind)
    if mark is None or mark.kind not in theme.marks:
        return CardStyle(ks.fill, ks.border, ks.penwidth, "", "", theme.muted_text, theme.text)
    ms = theme.mark(mark.kind)
    fill, border = (ks.fill + ms.fade, ks.border + ms.fade) if ms.fade else (ks.fill, ks.border)
    badge = f"{ms.symbol} {word(ms.badge, lang)}".strip() if ms.badge else ""
    return CardStyle(ms.fill or fill, ms.colour or border, theme.mark_penwidth(ms, ks.penwidth),
                     ms.dash, badge, ms.colour or theme.muted_text, ms.text or theme.text)


def role_badge(text: str, role: str, theme: Theme, width: float, faded: bool = False, lang: str = "fi") -> str:
    """The role badge as a one-cell table as wide as its words: solid for deciding, outlined for
    preparing bodies; a changed role ('päättää → valmistelee') is drawn in the new role's style."""
    rs = theme.roles[role]
    size, pad = theme.role_badge_size, 4
    width -= 4  # the card table's cell padding round the badge's row
    lines = wrap(text, width - 2 * pad - 2 * theme.role_badge_border, size, bold=True, lang=lang)
    w = max(metrics().width(x, size, bold=True) for x in lines) + 2 * pad + 2 * theme.role_badge_border
    h = len(lines) * size * 1.2 + 2 * pad
    fill, border, colour = (rs.fill, rs.border, rs.text) if not faded else (
        _fade(rs.fill, theme), _fade(rs.border, theme), _fade(rs.text, theme))
    return (f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
            f'<TD BORDER="{theme.role_badge_border:g}" COLOR="{border}" BGCOLOR="{fill}" STYLE="rounded" '
            f'FIXEDSIZE="TRUE" WIDTH="{w:.0f}" HEIGHT="{h:.0f}" ALIGN="CENTER" BALIGN="LEFT">'
            f'{html_lines(lines, size, True, colour)}</TD><TD WIDTH="{max(width - w, 1):.0f}"></TD></TR></TABLE>')


def _fade(colour: str, theme: Theme) -> str:
    return colour + theme.mark("same").fade if len(colour) == 7 and "same" in theme.marks else colour


def card_label(body: Body, mark: Mark | None, text: CardText, theme: Theme, lang: str,
               ghost: bool = False) -> tuple[str, CardStyle]:
    """The HTML-like label of a card saying ``text``, and its style."""
    t = theme
    style = card_style(body, mark, theme, lang)
    inner = t.card_width * PT - 2 * t.card_margin_pt
    badge_w = metrics().width(style.badge, t.kind_size, bold=True) + 6 if style.badge else 0
    kind_lines = wrap(clean(text.kind), max(inner - badge_w, inner / 2), t.kind_size, lang=lang)
    badge = (f'<TD ALIGN="RIGHT" VALIGN="TOP">{html_lines([style.badge], t.kind_size, True, style.badge_color)}</TD>'
             if style.badge else "<TD></TD>")
    kind_html = html_lines(kind_lines, t.kind_size, color=t.muted_text) if text.kind else ""
    rows = [f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{kind_html}</TD>{badge}</TR>'] if kind_html or style.badge else []
    role = _role_token(body, text)
    if role:
        faded = mark is not None and mark.kind in ("same", "removed")
        rows.append(f'<TR><TD ALIGN="LEFT" COLSPAN="2">{role_badge(text.role, role, t, inner, faded, lang)}</TD></TR>')
    name = wrap(text.name, inner, t.name_size, bold=True, lang=lang)
    rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                f'{html_lines(name, t.name_size, True, style.text, strike=ghost)}</TD></TR>')
    if text.items:  # a list card: one line per body, at the name's size
        lines = [x for item in text.items for x in wrap(item, inner, t.name_size, lang=lang)]
        rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                    f'{html_lines(lines, t.name_size, color=style.text)}</TD></TR>')
    for detail in (text.seats, text.dates):
        if detail:
            lines = wrap(detail, inner, t.detail_size, lang=lang)
            rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                        f'{html_lines(lines, t.detail_size, color=style.text)}</TD></TR>')
    if text.note:
        note = wrap(text.note, inner, t.detail_size, bold=True, lang=lang)
        rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                    f'{html_lines(note, t.detail_size, True, t.mark("changed").colour)}</TD></TR>')
    label = (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" WIDTH="{inner:.0f}">'
             + "".join(rows) + "</TABLE>>")
    return label, style


def _role_token(body: Body, text: CardText) -> str:
    """The role whose badge style the card's role text is drawn in (the current one), or ''."""
    return (decision_role(body) or "") if text.role else ""
