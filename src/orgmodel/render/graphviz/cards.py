"""Cards: the box of one body, as a Graphviz HTML-like label (its text: :mod:`orgmodel.render.labels`).

A card reads, top to bottom: the kind in small grey type (with the committee role, office or
advocacy group, and a badge on the right for open, inferred or changed bodies), the name in bold
(wrapped to the card's width by measured text), the seats ("11 jäsentä, pj + 2 vpj"), and, on a
comparison sheet, what changed. Every card of a theme has the same width.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    return CardStyle(ms.fill or ks.fill, ms.colour or ks.border, ks.penwidth if ms.penwidth is None else ms.penwidth,
                     ms.dash, f"{ms.symbol} {word(ms.badge, lang)}", ms.colour or theme.muted_text,
                     ms.text or theme.text)


def card_label(body: Body, mark: Mark | None, text: CardText, theme: Theme, lang: str,
               ghost: bool = False) -> tuple[str, CardStyle]:
    """The HTML-like label of a card saying ``text``, and its style."""
    t = theme
    style = card_style(body, mark, theme, lang)
    inner = t.card_width * PT - 2 * t.card_margin_pt
    badge_w = metrics().width(style.badge, t.kind_size, bold=True) + 6 if style.badge else 0
    kind_lines = wrap(clean(text.kind), max(inner - badge_w, inner / 2), t.kind_size)
    badge = (f'<TD ALIGN="RIGHT" VALIGN="TOP">{html_lines([style.badge], t.kind_size, True, style.badge_color)}</TD>'
             if style.badge else "<TD></TD>")
    kind_html = html_lines(kind_lines, t.kind_size, color=t.muted_text)
    rows = [f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{kind_html}</TD>{badge}</TR>']
    name = wrap(text.name, inner, t.name_size, bold=True)
    rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                f'{html_lines(name, t.name_size, True, style.text, strike=ghost)}</TD></TR>')
    detail = text.seats
    if detail:
        rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                    f'{html_lines(wrap(detail, inner, t.detail_size), t.detail_size, color=style.text)}</TD></TR>')
    if text.note:
        note = wrap(text.note, inner, t.detail_size, bold=True)
        rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN="2">'
                    f'{html_lines(note, t.detail_size, True, t.mark("changed").colour)}</TD></TR>')
    label = (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" WIDTH="{inner:.0f}">'
             + "".join(rows) + "</TABLE>>")
    return label, style
