"""Text for Graphviz HTML-like labels: escaping, and wrapping by measured width.

Graphviz does not wrap text, and Finnish names are long compounds, so names are broken into
lines here: at spaces, after a hyphen or slash, and between the parts of a compound word
(marked with a hyphen, U+2010, so the break reads as Finnish typography and stays recognisable).

>>> wrap("Kokonaisturvallisuuslautakunta", 150, 12)
['Kokonaisturvallisuus‐', 'lautakunta']
>>> escape('A & <B> "c"')
'A &amp; &lt;B&gt; &quot;c&quot;'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from orgmodel.kinds import KIND_SPECS

from .fonts import metrics

#: The hyphen put where a word is broken; the name itself never contains it at a line end.
BREAK_HYPHEN = "\u2010"

# Heads of Finnish administrative compounds: a word may break just before one of these. The
# heads that name a body kind ('lautakunta', 'jaosto', ...) come from the kind specs.
_COMPOUND_HEADS = sorted({
    "neuvosto", "hallinto", "palvelut", "palvelu", "palvelujen",
    "järjestäminen", "kehittäminen", "turvallisuus", "toiminta", "toiminnot",
    "keskus", "ryhmä", "ohjaus", "valvonta", "yhteistyö", "yhteistoiminta",
    "tulevaisuus", "terveys", "huolto", "osasto", "virasto", "strategia", "tuotanto",
    "konserni", "ympäristö", "taso", "yhteisöt", "toimielimet",
    "toimielin", "viranomainen", "viranomaiset",
} | {head for spec in KIND_SPECS.values() for head in spec.word_heads}, key=len, reverse=True)
_HEAD_RE = re.compile("|".join(_COMPOUND_HEADS))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Make user text safe for XML 1.0: tabs become spaces, other control characters U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
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


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points at ``size`` points (newlines kept)."""
    return list(_wrap(text, round(width, 2), size, bold))


def clear_wrap_cache() -> None:
    """Forget the lines already wrapped (so that a benchmark measures the wrapping, not a cache)."""
    _wrap.cache_clear()


@lru_cache(maxsize=8192)
def _wrap(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
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
            # Fill the current line with the front part of the word if the word can break.
            pieces = _pieces(word)
            if line:
                head, rest = _longest_prefix(pieces, fits, line + " ")
                if head:
                    lines.append(f"{line} {head}")
                    pieces = rest
                else:
                    lines.append(line)
            line = ""
            while pieces:
                head, rest = _longest_prefix(pieces, fits, "")
                if not head:  # one piece wider than the line: cut it by characters
                    head, rest = _cut(pieces[0], fits), pieces[1:]
                    remainder = pieces[0][len(head.rstrip(BREAK_HYPHEN)):]
                    rest = [remainder, *rest] if remainder else rest
                if rest:
                    lines.append(head)
                    pieces = rest
                else:
                    line, pieces = head, []
        lines.append(line)
    return tuple(lines)


def _pieces(word: str) -> list[str]:
    """A word cut at its break points; pieces keep their hyphen, inserted breaks end in U+2010."""
    parts: list[str] = []
    start = 0
    for i, ch in enumerate(word[:-1]):
        if ch in "-/" and word[i + 1] not in "-/" and i + 1 - start >= 2:
            parts.append(word[start:i + 1])
            start = i + 1
    parts.append(word[start:])
    out = []
    for part in parts:
        out.extend(_compound_pieces(part))
    return out


def _compound_pieces(part: str) -> list[str]:
    """Break before a compound head that has at least three letters in front of it."""
    pieces, start, lower = [], 0, part.lower()
    for match in _HEAD_RE.finditer(lower, 3):
        at = match.start()
        if at - start >= 3 and at < len(part) - 2 and lower[at - 1].isalpha():
            pieces.append(part[start:at] + BREAK_HYPHEN)
            start = at
    pieces.append(part[start:])
    return pieces


def _longest_prefix(pieces: list[str], fits: Callable[[str], bool], prefix: str) -> tuple[str, list[str]]:
    """The most pieces that fit after ``prefix`` (joined as one word) and the pieces left over."""
    best = 0
    for k in range(1, len(pieces) + 1):
        if fits(prefix + _join(pieces[:k])):
            best = k
        else:
            break
    return _join(pieces[:best]), pieces[best:]


def _join(pieces: list[str]) -> str:
    """Pieces of one word back together; an inserted hyphen only stays at the very end."""
    text = "".join(p.removesuffix(BREAK_HYPHEN) for p in pieces[:-1]) + (pieces[-1] if pieces else "")
    return text


def _cut(piece: str, fits: Callable[[str], bool]) -> str:
    """The longest front part of ``piece`` that fits with a break hyphen (at least one character)."""
    body = piece.removesuffix(BREAK_HYPHEN)
    n = len(body)
    while n > 1 and not fits(body[:n] + BREAK_HYPHEN):
        n -= 1
    return body[:n] + BREAK_HYPHEN
