"""Text for Graphviz HTML-like labels: escaping, and wrapping by measured width.

Graphviz does not wrap text, and Finnish names are long compounds, so names are broken into
lines here: at spaces, after a hyphen or slash, and inside words at the break points of
:mod:`orgmodel.render.hyphenate` (compound parts first, then syllables; Swedish and English by
pyphen). An inserted break is marked with a hyphen, U+2010, so it reads as Finnish typography.

>>> wrap("Kokonaisturvallisuuslautakunta", 150, 12)
['Kokonaisturvallisuus‐', 'lautakunta']
>>> wrap("Ympäristöterveydenhuolto", 90, 12)
['Ympäristö‐', 'terveyden‐', 'huolto']
>>> wrap("Stadsmiljönämnden", 80, 12, lang="sv")
['Stadsmiljö‐', 'nämnden']
>>> escape('A & <B> "c"')
'A &amp; &lt;B&gt; &quot;c&quot;'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from orgmodel.text import DEFAULT_LANG, Lang

from .fonts import metrics
from .hyphenate import PART, SOFT_HYPHEN, SYLLABLE, ranked_breaks

#: The hyphen put where a word is broken; the name itself never contains it at a line end.
BREAK_HYPHEN = "\u2010"

#: How much worse a break is when it leaves only a short ending on the next line.
_SHORT_REST = 2
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Make user text safe for XML 1.0: tabs become spaces, other control characters U+FFFD.

    Soft hyphens are dropped: a diagram places its own breaks, and SVG text carries none.

    >>> clean("lauta" + chr(0xAD) + "kunta" + chr(9) + "1")
    'lautakunta 1'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace(SOFT_HYPHEN, "")
    return _CONTROL.sub("\ufffd", text)


def escape(text: str) -> str:
    r"""Escape text for a Graphviz HTML-like label.

    Besides the XML characters, a backslash needs care: Graphviz expands ``\N`` (the node's
    name), ``\G`` and friends even inside HTML labels, and no escaping survives both of its
    passes. A backslash alone in its own text span has nothing to combine with, so it stays.

    >>> escape("a" + chr(92) + "Nb")
    'a<FONT>\\</FONT>Nb'
    """
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;").replace("\\", "<FONT>\\</FONT>"))


def wrap(text: str, width: float, size: float, bold: bool = False, lang: Lang | str = DEFAULT_LANG) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points at ``size`` points (newlines kept).

    Words break in ``lang``'s way. A break that ends a shared line (``"Kaupungin ympäristö‐"``) is
    only ever between compound parts; a word on a line of its own may also break between syllables.
    No line is a single letter of a broken word, and only a word with no break that fits is cut
    by characters (still leaving two letters on each side).

    >>> wrap("Tarkastuslautakunnan jaosto", 100, 12)
    ['Tarkastus‐', 'lautakunnan', 'jaosto']
    >>> wrap("Koncernsammanslutningar", 90, 12, True, lang="sv")
    ['Koncern‐', 'samman‐', 'slutningar']
    """
    return list(_wrap(text, round(width, 2), size, bold, lang))


def clear_wrap_cache() -> None:
    """Forget the lines already wrapped (so that a benchmark measures the wrapping, not a cache)."""
    _wrap.cache_clear()
    ranked_breaks.cache_clear()


@lru_cache(maxsize=8192)
def _wrap(text: str, width: float, size: float, bold: bool, lang: str) -> tuple[str, ...]:
    m = metrics()

    def fits(s: str) -> bool:
        return m.width(s, size, bold) <= width

    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            pieces = _pieces(word, lang)
            if line:  # fill the current line with the word's first compound parts, if any fit
                head, rest = _best_prefix(pieces, fits, line + " ", PART)
                if head:
                    lines.append(f"{line} {head}")
                    pieces = rest
                else:
                    lines.append(line)
            line = ""
            while pieces:
                head, rest = _best_prefix(pieces, fits, "", SYLLABLE + _SHORT_REST)
                if not head:  # one piece wider than the line: cut it by characters
                    head, remainder = _cut(pieces[0][0], fits)
                    rest = [(remainder, pieces[0][1]), *pieces[1:]] if remainder else pieces[1:]
                if rest:
                    lines.append(head)
                    pieces = rest
                else:
                    line, pieces = head, []
        lines.append(line)
    return tuple(lines)


#: A piece of a word: its text, ending in :data:`BREAK_HYPHEN` where a break needs one, and the
#: rank of the break after it (the last piece's rank is never used).
Piece = tuple[str, int]


def _pieces(word: str, lang: str) -> list[Piece]:
    """``word`` cut at all its break points."""
    pieces: list[Piece] = []
    last = 0
    for at, rank in ranked_breaks(word, lang):
        text = word[last:at]
        pieces.append((text if text[-1] in "-/" else text + BREAK_HYPHEN, rank))
        last = at
    pieces.append((word[last:], PART))
    return pieces


def _best_prefix(pieces: list[Piece], fits: Callable[[str], bool], prefix: str,
                 worst: int) -> tuple[str, list[Piece]]:
    """The best front part of the word that fits after ``prefix``, and the pieces left over.

    The whole rest of the word if it fits; else the break of the best rank no worse than
    ``worst`` (compound parts before syllables, and either before a break that leaves only an
    ending of under four letters, "lautakun‐ / ta") and, among equals, the one that fills the most.
    """
    whole = _join(pieces)
    if fits(prefix + whole):
        return whole, []
    rest_len = [0] * (len(pieces) + 1)  # letters from piece k to the word's end
    for k in range(len(pieces) - 1, -1, -1):
        rest_len[k] = rest_len[k + 1] + len(pieces[k][0].removesuffix(BREAK_HYPHEN))
    best, best_rank, front = 0, worst, prefix
    for k in range(1, len(pieces)):
        piece, rank = pieces[k - 1]
        if not fits(front + piece):
            break
        rank += _SHORT_REST if rest_len[k] < 4 else 0
        if rank <= best_rank:
            best, best_rank = k, rank
        front += piece.removesuffix(BREAK_HYPHEN)
    return _join(pieces[:best]), pieces[best:]


def _join(pieces: list[Piece]) -> str:
    """Pieces of one word back together; an inserted hyphen only stays at the very end."""
    if not pieces:
        return ""
    return "".join(p.removesuffix(BREAK_HYPHEN) for p, _ in pieces[:-1]) + pieces[-1][0]


def _cut(piece: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """The longest front part of ``piece`` that fits with a break hyphen, and the rest.

    Both keep at least two letters; a piece too short for that stays whole (and overflows).
    """
    body = piece.removesuffix(BREAK_HYPHEN)
    if len(body) < 4:
        return piece, ""
    n = len(body) - 2
    while n > 2 and not fits(body[:n] + BREAK_HYPHEN):
        n -= 1
    return body[:n] + BREAK_HYPHEN, piece[n:]
