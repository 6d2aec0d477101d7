"""Where words break: Finnish syllables and compound heads, Swedish and English by pyphen, and wrap() using them.

The expected breaks are hand-checked against the Finnish syllable rules (Kielitoimiston ohjepankki,
"Tavutus") and the bad cases measured in the diagrams review (§3 item 4, §2.1).
"""

from __future__ import annotations

import pytest

from orgmodel.io import load
from orgmodel.render.fonts import metrics
from orgmodel.render.hyphenate import PART, SOFT_HYPHEN, SYLLABLE, break_points, ranked_breaks, soft_hyphenate
from orgmodel.render.text import BREAK_HYPHEN, clean, wrap
from orgmodel.render.theme import PT, Theme
from orgmodel.text import LANGS

from builders import ROOT


def hyphenated(word: str, lang: str) -> str:
    return soft_hyphenate(word, lang).replace(SOFT_HYPHEN, "-")


@pytest.mark.parametrize(("word", "expected"), [
    # the review's bad cases
    ("Ympäristöterveydenhuolto", "Ym-pä-ris-tö-ter-vey-den-huol-to"),
    ("turvallisuus", "tur-val-li-suus"),  # long vowel 'uu' stays, never "turvallisu-us"
    ("Kaupunginteatterin", "Kau-pun-gin-te-at-te-rin"),  # 'ea' is no diphthong: te-at
    ("tarkastuslautakunnan", "tar-kas-tus-lau-ta-kun-nan"),
    ("pelastuslautakunnan", "pe-las-tus-lau-ta-kun-nan"),
    # diphthongs and long vowels together, other vowel pairs apart
    ("Maakuntahallitus", "Maa-kun-ta-hal-li-tus"),
    ("Valinnanvapauden", "Va-lin-nan-va-pau-den"),
    ("hyvinvointialueen", "hy-vin-voin-ti-alu-een"),  # 'a-lu' would leave one letter: joined
    ("lukiossa", "lu-ki-os-sa"),
    # 'ie', 'uo', 'yö' are diphthongs only in a part's first syllable
    ("tietoja", "tie-to-ja"),
    ("huolto", "huol-to"),
    ("hyöty", "hyö-ty"),
    ("lukiessa", "lu-ki-es-sa"),
    # ä, ö, y are vowels like the others
    ("yhtiökokous", "yh-tiö-ko-kous"),
    ("Ympäristö", "Ym-pä-ris-tö"),
    # loanword clusters: an initial cluster stays, stop + r/l begin a syllable together
    ("strategia", "stra-te-gia"),
    ("administraatio", "ad-mi-nis-traa-tio"),
    # compound heads split before syllables would: konserni-ohjaus, not konser-niohjaus
    ("Konserniohjausjaosto", "Kon-ser-ni-oh-jaus-ja-os-to"),
    ("Yhteisohjaus", "Yh-teis-oh-jaus"),  # a syllable rule alone would give "Yh-tei-soh-jaus"
    # acronyms and words with explicit hyphens
    ("ELY-keskus", "ELY-kes-kus"),
    ("Pohjois-Karjalan", "Poh-jois-Kar-ja-lan"),
    ("Sosiaali-", "So-si-aa-li-"),
])
def test_finnish_syllables_and_compounds(word: str, expected: str) -> None:
    assert hyphenated(word, "fi") == expected


@pytest.mark.parametrize(("word", "head_at"), [
    ("tarkastuslautakunnan", 9),   # inflected heads: -lautakunnan
    ("aluehallituksen", 4),        # -hallituksen
    ("rakennusjaoston", 8),        # -jaoston
    ("pelastuslaitoksen", 8),      # -laitoksen
    ("nuorisovaltuuston", 7),      # -valtuuston
    ("kehittämistoimikunnan", 10),  # -toimikunnan
    ("vanhusneuvoston", 6),        # -neuvoston
    ("tytäryhtiön", 5),            # -yhtiön
    ("kulttuurisäätiön", 9),       # -säätiön
])
def test_inflected_compound_heads_are_part_breaks(word: str, head_at: int) -> None:
    assert (head_at, PART) in ranked_breaks(word, "fi")


@pytest.mark.parametrize(("word", "expected", "head_at"), [
    ("Stadsmiljönämnden", "Stads-mil-jö-nämn-den", 10),
    ("utbildningsnämnden", "ut-bild-nings-nämn-den", 11),
    ("Koncernsammanslutningar", "Kon-cern-sam-man-slut-ning-ar", 7),
    ("Välfärdsområdesfullmäktige", "Väl-färds-om-rå-des-full-mäk-ti-ge", 15),
])
def test_swedish_by_pyphen_with_compound_heads_first(word: str, expected: str, head_at: int) -> None:
    assert hyphenated(word, "sv") == expected
    assert (head_at, PART) in ranked_breaks(word, "sv")


def test_english_by_pyphen() -> None:
    assert hyphenated("committee", "en") == "com-mit-tee"
    assert hyphenated("administration", "en") == "ad-min-is-tra-tion"


@pytest.mark.parametrize("word", ["radio", "Regional", "aie", "Oy", "ELY", "maahanmuuttoasioiden", "A" * 9])
@pytest.mark.parametrize("lang", LANGS)
def test_no_break_leaves_fewer_than_two_letters(word: str, lang: str) -> None:
    cuts = [0, *break_points(word, lang), len(word)]
    assert all(b - a >= 2 for a, b in zip(cuts, cuts[1:], strict=False)), (word, cuts)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        break_points("Ausschuss", "de")


def test_soft_hyphens_mark_every_break_and_nothing_else() -> None:
    text = "Sosiaali- ja terveyslautakunta"
    soft = soft_hyphenate(text, "fi")
    assert soft.replace(SOFT_HYPHEN, "") == text
    assert soft.split(" ")[2].split(SOFT_HYPHEN) == ["ter", "veys", "lau", "ta", "kun", "ta"]
    assert "-" + SOFT_HYPHEN not in soft  # no soft hyphen after a hyphen the text already has
    assert soft_hyphenate(soft, "fi") == soft  # soft hyphens already there are not doubled


def test_svg_text_carries_no_soft_hyphens() -> None:
    assert clean("lauta\u00adkunta") == "lautakunta"
    assert all(SOFT_HYPHEN not in line for line in wrap("lauta\u00adkunta", 40, 12))


def _at_width_of(text: str) -> float:
    return metrics().width(text, 12, bold=True) + 0.01  # wrap() rounds widths to 0.01 pt


@pytest.mark.parametrize(("text", "old_first_line", "lang", "expected"), [
    ("turvallisuus", "turvallisu‐", "fi", ["turvalli‐", "suus"]),
    ("Ympäristöterveydenhuolto", "Ympäristöterveyd‐", "fi", ["Ympäristö‐", "terveydenhuolto"]),
    ("Stadsmiljönämnden", "Stadsmiljönämnde‐", "sv", ["Stadsmiljö‐", "nämnden"]),
    ("utbildningsnämnden", "utbildningsnämnd‐", "sv", ["utbildnings‐", "nämnden"]),
    ("Koncernsammanslutningar", "Koncernsamma‐", "sv", ["Koncern‐", "sammanslut‐", "ningar"]),
])
def test_the_reviews_bad_breaks_are_gone(text: str, old_first_line: str, lang: str, expected: list[str]) -> None:
    """At the width where the old wrap cut by characters ("turvallisu‐ / us"), the break is a syllable or a head."""
    assert wrap(text, _at_width_of(old_first_line), 12, bold=True, lang=lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Helsingin Kaupunginteatterin Säätiö sr", ["Helsingin", "Kaupungin‐", "teatterin Säätiö sr"]),
    ("Kaupunkiympäristölautakunnan rakennusjaosto", ["Kaupunki‐", "ympäristö‐", "lautakunnan", "rakennusjaosto"]),
    ("pelastuslautakunnan", ["pelastus‐", "lautakunnan"]),
    ("Ympäristöterveydenhuollon", ["Ympäristö‐", "terveydenhuollon"]),
])
def test_card_names_break_between_compound_parts(text: str, expected: list[str]) -> None:
    t = Theme()
    assert wrap(text, t.card_width * PT - 2 * t.card_margin_pt, t.name_size, bold=True) == expected


def test_a_shared_line_ends_only_at_a_compound_part() -> None:
    # "lautakunnan ja‐ / osto" would fit, but a syllable break is kept for a word on its own line
    assert wrap("Tarkastuslautakunnan jaosto", 100, 12) == ["Tarkastus‐", "lautakunnan", "jaosto"]
    width = metrics().width("Kaupungin ympäristö‐", 12) + 0.01  # wrap() rounds widths to 0.01 pt
    assert wrap("Kaupungin ympäristölautakunta", width, 12) == ["Kaupungin ympäristö‐", "lautakunta"]
    assert wrap("Kaupungin ympäristölautakunta", width - 1, 12) == ["Kaupungin", "ympäristölautakunta"]


def test_the_language_decides_the_breaks() -> None:
    width = _at_width_of("Koncernsamma‐")
    assert wrap("Koncernsammanslutningar", width, 12, True) == ["Koncernsam‐", "manslutningar"]  # Finnish syllables
    assert wrap("Koncernsammanslutningar", width, 12, True, lang="sv") == ["Koncern‐", "sammanslut‐", "ningar"]


def test_a_finnish_name_in_a_swedish_diagram_breaks_the_finnish_way() -> None:
    """Names fall back to Finnish when a model gives no Swedish one: a Finnish head says which it is."""
    assert ranked_breaks("Tarkastuslautakunta", "sv") == ranked_breaks("Tarkastuslautakunta", "fi")
    assert ranked_breaks("Välfärdsområdesstyrelsen", "sv") != ranked_breaks("Välfärdsområdesstyrelsen", "fi")


def test_a_break_that_leaves_a_short_ending_is_avoided() -> None:
    # "epäjärjestelmälli‐ / nen" fits, but a three-letter ending alone reads badly
    width = _at_width_of("epäjärjestelmälli‐")
    assert wrap("epäjärjestelmällinen", width, 12, True) == ["epäjärjestelmäl‐", "linen"]
    # ... and a compound part beats a longer syllable break: "eläkeläis‐ / järjestöjen"
    width = _at_width_of("eläkeläisjärjestö‐")
    assert wrap("eläkeläisjärjestöjen", width, 12, True) == ["eläkeläis‐", "järjestöjen"]


def test_a_word_without_a_fitting_break_is_cut_leaving_two_letters() -> None:
    lines = wrap("Xkcdqwrtzpfnml", _at_width_of("Xkc‐"), 12, bold=True)
    assert all(len(line.removesuffix(BREAK_HYPHEN)) >= 2 for line in lines)
    assert "".join(line.removesuffix(BREAK_HYPHEN) for line in lines) == "Xkcdqwrtzpfnml"


def _names() -> list[tuple[str, str]]:
    names = set()
    for path in sorted((ROOT / "models").rglob("*.yaml")):
        if path.name.startswith("_"):
            continue
        for body in load(path).bodies:
            for lang in LANGS:
                names.add((body.name(lang), lang))
    return sorted(names)


def test_no_card_name_of_a_shipped_model_breaks_off_a_single_letter() -> None:
    t = Theme()
    width = t.card_width * PT - 2 * t.card_margin_pt
    checked = 0
    for name, lang in _names():
        lines = wrap(name, width, t.name_size, bold=True, lang=lang)
        assert "".join(lines).replace(BREAK_HYPHEN, "").replace(" ", "") == name.replace(" ", ""), name
        for line, after in zip(lines, lines[1:], strict=False):
            if line.endswith(BREAK_HYPHEN):
                assert len(line.split()[-1]) > 2 and len(after.split()[0]) >= 2, (name, lines)
                assert [*ranked_breaks(line.split()[-1][:-1] + after.split()[0], lang)], name
        checked += 1
    assert checked > 100


def test_syllable_breaks_rank_below_compound_parts() -> None:
    assert ranked_breaks("Sote-jaosto", "fi") == ((2, SYLLABLE), (5, PART), (7, SYLLABLE), (9, SYLLABLE))
