"""Where a word may break across lines: Finnish by compound heads and syllables, Swedish and English by pyphen.

The break points are a function of the text layer: the diagrams' line wrapping uses them, and
editable exports carry them as soft hyphens (U+00AD, :func:`soft_hyphenate`). SVG text and data
formats never contain soft hyphens.

Finnish has no hyphenation dictionary in pyphen, and administrative names are long compounds, so a
Finnish word breaks first between the parts of a compound (before a known head such as
*lautakunta*, in its inflected forms too: *lautakunnan*, *hallituksen*, *jaoston*), then inside each
part by the syllable rules (a consonant before a vowel starts a syllable; long vowels and
diphthongs stay together; other vowel pairs split). Swedish also breaks before its compound heads
first (*nämnd*, *sammanslutning*), then by pyphen's dictionary. No break leaves fewer than two
letters on either side or makes a one-letter piece.

>>> break_points("Ympäristöterveydenhuolto", "fi")
[2, 4, 7, 9, 12, 15, 18, 22]
>>> soft_hyphenate("tarkastuslautakunnan jaosto", "fi").replace(SOFT_HYPHEN, "-")
'tar-kas-tus-lau-ta-kun-nan ja-os-to'
>>> soft_hyphenate("Stadsmiljönämnden", "sv").replace(SOFT_HYPHEN, "-")
'Stads-mil-jö-nämn-den'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from orgmodel.kinds import KIND_SPECS
from orgmodel.text import Lang

#: Where a line may break invisibly: the mark editable formats (PPTX, DOCX, HTML) understand.
SOFT_HYPHEN = "\u00ad"

#: How good a break is: between the parts of a word (a hyphen, a slash, a compound head) or in a part.
PART, SYLLABLE = 0, 1

#: The fewest letters a break may leave on either side, and in any piece between two breaks.
MIN_PIECE = 2

_VOWELS = frozenset("aeiouyäöåéü")
# Diphthongs of Finnish; 'ie', 'uo' and 'yö' are diphthongs only in a part's first syllable.
_DIPHTHONGS = frozenset({"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy"})
_FIRST_SYLLABLE_DIPHTHONGS = frozenset({"ie", "uo", "yö"})
# A stop or f followed by r or l begins a syllable together in loanwords (ad-mi-nis-traa-ti-o).
_LOAN_ONSETS = frozenset(a + b for a in "bdfgkpt" for b in "lr")

# Finnish nouns that end administrative compounds; the kinds' own heads come from the kind specs.
_FI_HEADS = (
    "neuvosto", "hallinto", "palvelu", "palvelut", "palvelujen", "järjestäminen", "kehittäminen",
    "turvallisuus", "toiminta", "toiminnot", "keskus", "ryhmä", "ohjaus", "valvonta", "yhteistyö",
    "yhteistoiminta", "tulevaisuus", "terveys", "huolto", "osasto", "virasto", "toimisto", "strategia",
    "tuotanto", "konserni", "ympäristö", "taso", "yhteisöt", "toimielin", "toimielimet", "viranomainen",
    "viranomaiset", "yhtymä", "kuntayhtymä", "alue", "teatteri", "kokous", "järjestö", "liikenne",
    "suunnittelu", "kokonaisuus", "kiinteistö", "osallisuus", "demokratia", "työllisyys",
)
# Swedish heads (five letters or more: a short one like 'råd' would also match inside 'områden').
_SV_HEADS = (
    "nämnd", "fullmäktige", "styrelse", "utskott", "sektion", "kommission", "sammanslutning", "förvaltning",
    "område", "samarbete", "stiftelse", "direktör", "kontor", "sektor", "tjänster", "bolag",
    "strategi", "program", "verksamhet", "enhet",
)

_GRADATION = (("nt", "nn"), ("lt", "ll"), ("rt", "rr"), ("nk", "ng"), ("kk", "k"), ("pp", "p"), ("tt", "t"))


def inflected(head: str) -> tuple[str, ...]:
    """A Finnish compound head with its genitive and nominative plural (the forms names use).

    >>> inflected("lautakunta"), inflected("hallitus")
    (('lautakunta', 'lautakunnan', 'lautakunnat'), ('hallitus', 'hallituksen', 'hallitukset'))
    >>> inflected("laitos")[1], inflected("turvallisuus")[1], inflected("yksikkö")[1], inflected("huolto")[1]
    ('laitoksen', 'turvallisuuden', 'yksikön', 'huollon')
    >>> inflected("palvelut")
    ('palvelut',)
    """
    if head.endswith(("t", "en")) and not head.endswith("inen"):
        return (head,)  # already a plural or a genitive
    if head.endswith("inen"):
        genitive = head[:-3] + "sen"
    elif head.endswith(("uus", "yys", "eys")):
        genitive = head[:-1] + "den"
    elif head.endswith(("us", "ys", "os", "ös")):
        genitive = head[:-1] + "ksen"
    elif head.endswith("in"):
        genitive = head[:-1] + "men"
    elif head.endswith("e"):
        genitive = head + "en"
    else:
        stem = head
        for strong, weak in _GRADATION:
            if head[:-1].endswith(strong):
                stem = head[:-1 - len(strong)] + weak + head[-1]
                break
        genitive = stem + "n"
    return head, genitive, genitive[:-1] + "t"


def _heads_pattern(heads: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(heads, key=len, reverse=True)))


_KIND_HEADS = {head for spec in KIND_SPECS.values() for head in spec.word_heads}
_HEADS: dict[str, re.Pattern[str]] = {
    "fi": _heads_pattern({form for head in (*_FI_HEADS, *_KIND_HEADS) for form in inflected(head)}),
    "sv": _heads_pattern({*_SV_HEADS, *(spec.labels.sv for spec in KIND_SPECS.values() if len(spec.labels.sv) >= 5
                                       and " " not in spec.labels.sv)}),
}
_PYPHEN_DICTS = {"sv": "sv", "en": "en_GB"}
_WORD_PART = re.compile(r"[^\W\d_]+")


def break_points(word: str, lang: Lang | str = "fi") -> list[int]:
    """Indexes where ``word`` may break with an added hyphen (``word[:i]`` + hyphen, ``word[i:]``).

    A break after a hyphen or slash the word already has is not listed: every renderer breaks there.

    >>> break_points("Kaupunginteatterin", "fi")
    [3, 6, 9, 11, 13, 15]
    >>> break_points("turvallisuus", "fi")
    [3, 6, 8]
    >>> break_points("Koncernsammanslutningar", "sv")
    [3, 7, 10, 13, 17, 21]
    >>> break_points("ELY-keskus", "fi")
    [7]
    """
    return [at for at, _ in ranked_breaks(word, lang) if word[at - 1] not in "-/"]


def soft_hyphenate(text: str, lang: Lang | str = "fi") -> str:
    """``text`` with a soft hyphen (U+00AD) at every break point, for editable formats.

    >>> soft_hyphenate("Kokonaisturvallisuuslautakunta", "fi").split(SOFT_HYPHEN)
    ['Ko', 'ko', 'nais', 'tur', 'val', 'li', 'suus', 'lau', 'ta', 'kun', 'ta']
    >>> soft_hyphenate("Audit committee", "en").split(SOFT_HYPHEN)
    ['Audit com', 'mit', 'tee']
    """
    def hyphenate(match: re.Match[str]) -> str:
        word, out, last = match.group(), [], 0
        for at in break_points(word, lang):
            out.append(word[last:at])
            last = at
        out.append(word[last:])
        return SOFT_HYPHEN.join(out)

    return re.sub(r"\S+", hyphenate, text.replace(SOFT_HYPHEN, ""))


@lru_cache(maxsize=16384)
def ranked_breaks(word: str, lang: Lang | str = "fi") -> tuple[tuple[int, int], ...]:
    """Every break point of ``word`` with its rank, :data:`PART` (better) or :data:`SYLLABLE`.

    >>> ranked_breaks("Sote-jaosto", "fi")
    ((2, 1), (5, 0), (7, 1), (9, 1))
    """
    if lang not in ("fi", "sv", "en"):
        raise ValueError(f"no hyphenation for language {lang!r}; known: fi, sv, en")
    found: dict[int, int] = {}
    for at, ch in enumerate(word[:-1], start=1):
        if ch in "-/" and word[at] not in "-/":
            found[at] = PART
    for match in _WORD_PART.finditer(word):
        start, letters = match.start(), match.group()
        if len(letters) < 2 * MIN_PIECE or (letters.isupper() and len(letters) <= 5):
            continue  # too short to break, or an acronym (ELY, KELA)
        for at, rank in _letter_breaks(letters, lang):
            found.setdefault(start + at, rank)
    return _spaced(sorted(found.items()), word)


def _letter_breaks(letters: str, lang: str) -> list[tuple[int, int]]:
    """Break points of a run of letters: compound heads first, then syllables inside each part."""
    lower = letters.lower()
    if lang != "fi" and _HEADS["fi"].search(lower):
        lang = "fi"  # a Finnish name shown in a Swedish or English diagram (names fall back to Finnish)
    heads = _HEADS.get(lang)
    bounds = [0]
    if heads is not None:
        for match in heads.finditer(lower, MIN_PIECE + 1):
            at = match.start()
            if at - bounds[-1] > MIN_PIECE and len(lower) - at >= MIN_PIECE and lower[at - 1].isalpha():
                bounds.append(at)
    out = [(at, PART) for at in bounds[1:]]
    for lo, hi in zip(bounds, [*bounds[1:], len(lower)], strict=True):
        out.extend((lo + at, SYLLABLE) for at in _syllables(lower[lo:hi], lang)
                   if lo + at >= MIN_PIECE and len(lower) - lo - at >= MIN_PIECE)
    return out


def _syllables(part: str, lang: str) -> list[int]:
    if lang == "fi":
        return finnish_syllables(part)
    return [int(at) for at in _pyphen(_PYPHEN_DICTS[lang]).positions(part)]


@lru_cache(maxsize=4)
def _pyphen(dictionary: str) -> Any:
    # imported here: it costs 40 ms at start-up, and Finnish (the default) never needs it
    import pyphen  # type: ignore[import-untyped]  # pyphen ships no type information

    return pyphen.Pyphen(lang=dictionary, left=MIN_PIECE, right=MIN_PIECE)


def finnish_syllables(part: str) -> list[int]:
    """Syllable boundaries inside one part of a Finnish compound (lower case).

    >>> finnish_syllables("ympäristö"), finnish_syllables("huolto"), finnish_syllables("lukiossa")
    ([2, 4, 7], [4], [2, 4, 6])
    >>> finnish_syllables("teatterin"), finnish_syllables("maailma"), finnish_syllables("administraatio")
    ([2, 4, 6], [3, 5], [2, 4, 7, 11, 13])
    """
    cuts: list[int] = []
    first_vowel = next((i for i, ch in enumerate(part) if ch in _VOWELS), None)
    if first_vowel is None:
        return cuts
    i = first_vowel
    while i < len(part):
        if part[i] in _VOWELS:
            j = i
            while j < len(part) and part[j] in _VOWELS:
                j += 1
            cuts.extend(_vowel_run_cuts(part[i:j], i, first=i == first_vowel))
            i = j
        else:
            j = i
            while j < len(part) and part[j] not in _VOWELS:
                j += 1
            if j < len(part):  # consonants before a vowel: the last one (or a loan onset) starts a syllable
                onset = 2 if j - i >= 3 and part[j - 2:j] in _LOAN_ONSETS else 1
                cuts.append(j - onset)
            i = j
    return cuts


def _vowel_run_cuts(run: str, offset: int, first: bool) -> list[int]:
    """Cuts inside a run of vowels: long vowels and diphthongs stay together, other pairs split."""
    cuts, k = [], 0
    while k < len(run):
        pair = run[k:k + 2]
        together = len(pair) == 2 and (
            pair[0] == pair[1] or pair in _DIPHTHONGS or (first and k == 0 and pair in _FIRST_SYLLABLE_DIPHTHONGS))
        k += 2 if together else 1
        if k < len(run):
            cuts.append(offset + k)
    return cuts


def _spaced(points: list[tuple[int, int]], word: str) -> tuple[tuple[int, int], ...]:
    """Drop breaks that would leave fewer than two letters: a short piece joins the piece before it.

    When two breaks are too close, the better ranked one stays; of equals, the later one.
    """
    kept: list[tuple[int, int]] = []
    for at, rank in points:
        if at < MIN_PIECE or len(word) - at < MIN_PIECE:
            continue
        if kept and at - kept[-1][0] < MIN_PIECE:
            if rank <= kept[-1][1]:
                kept[-1] = (at, rank)
            continue
        kept.append((at, rank))
    return tuple(kept)
