"""``--lang`` on every command that prints or draws: no word of another language outside model text.

The marker words of a language are the words orgmodel itself writes in *other* languages and
never in this one: the tokens of every entry of :data:`orgmodel.words.WORDS` and of every
vocabulary label, in the other languages, minus the tokens of this language. A command's output
(stdout, and the text of a drawn SVG) must contain none of them, once the text the model file
itself provides in that language (names, questions, labels, ids, notes, sources) is set aside.
On the code before the language layer this failed: ``show`` printed "open choice" and
"alternatives" in Finnish output, ``variants`` "bodies" and had no ``--lang``, and English
diagrams of a model with English choice text drew the Finnish question.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from orgmodel import vocab
from orgmodel.cli import cli
from orgmodel.io import load
from orgmodel.text import LANGS, Text, pick
from orgmodel.words import WORDS

from builders import FIXTURES, MODELS

PAIJAT_HAME = MODELS / "paijat-hame-2018.yaml"  # its open choice has fi, sv and en text
REGION = FIXTURES / "render" / "region.yaml"  # its open choice is a plain (Finnish) string
ARCHETYPES = MODELS / "archetypes"
BASELINE = ARCHETYPES / "lautakuntamalli-toimialat.yaml"
OTHER = ARCHETYPES / "hallituksen-jaostomalli.yaml"

TOKEN = re.compile(r"[^\W\d_]{4,}")
PLACEHOLDER = re.compile(r"\{\w+\}")


def tokens(text: str) -> set[str]:
    return {t.casefold() for t in TOKEN.findall(PLACEHOLDER.sub(" ", text))}


def ui_texts() -> list[Text]:
    """Every text orgmodel writes itself: the word table and the labels of every vocabulary."""
    labelled = [e for e in vars(vocab).values() if isinstance(e, type) and issubclass(e, vocab._Labelled)
                and e is not vocab._Labelled]
    return [*WORDS.values(), *(member.text() for enum in labelled for member in enum)]


@cache
def markers(lang: str) -> frozenset[str]:
    """Words that are orgmodel's own in another language and never in ``lang``."""
    own = set().union(*(tokens(t.get(lang)) for t in ui_texts()))
    foreign = set().union(*(tokens(t.get(other)) for t in ui_texts() for other in LANGS if other != lang))
    return frozenset(foreign - own)


def _model_strings(data: Any, lang: str, ids_as_keys: bool = False) -> Iterator[str]:
    """The string values of a dumped model (not its field names), names and text picked for ``lang``."""
    if isinstance(data, dict):
        if "fi" in data and set(data) <= set(LANGS):  # names and translated text: what is shown in lang
            yield pick(data, lang)
            return
        for key, value in data.items():
            if ids_as_keys:  # an alternative's 'set:' is keyed by body ids
                yield str(key)
            yield from _model_strings(value, lang, key == "set")
    elif isinstance(data, list):
        for item in data:
            yield from _model_strings(item, lang)
    elif isinstance(data, str):
        yield data


def model_tokens(paths: list[Path], lang: str) -> set[str]:
    """The words the model files give in ``lang`` (after the fallback chain), ids and free text."""
    files = [p for path in paths for p in (sorted(path.glob("*.yaml")) if path.is_dir() else [path])]
    return set().union(*(tokens(s) for f in files for s in _model_strings(load(f).model_dump(mode="json"), lang)))


def svg_text(path: Path) -> str:
    root = ET.fromstring(path.read_bytes())
    return "\n".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


#: command -> (the arguments before --lang, the model files it reads, the SVG it draws or None)
COMMANDS: dict[str, tuple[list[str], list[Path], str | None]] = {
    "show": (["show", str(PAIJAT_HAME)], [PAIJAT_HAME], None),
    "show-plain": (["show", str(REGION)], [REGION], None),
    "variants": (["variants", str(PAIJAT_HAME)], [PAIJAT_HAME], None),
    "render": (["render", str(PAIJAT_HAME), "-o", "out.svg"], [PAIJAT_HAME], "out.svg"),
    "render-plain": (["render", str(REGION), "-o", "out.svg"], [REGION], "out.svg"),
    "render-each": (["render", str(PAIJAT_HAME), "-o", "out.svg", "--each-variant"], [PAIJAT_HAME], "out.svg"),
    "sheet": (["sheet", str(ARCHETYPES), "-o", "out.svg", "--baseline", str(BASELINE)], [ARCHETYPES], "out.svg"),
    "compare": (["compare", str(ARCHETYPES), str(PAIJAT_HAME)], [ARCHETYPES, PAIJAT_HAME], None),
    "compare-md": (["compare", str(ARCHETYPES), "--format", "markdown"], [ARCHETYPES], None),
    "diff": (["diff", str(BASELINE), str(OTHER)], [BASELINE, OTHER], None),
    "diff-md": (["diff", str(BASELINE), str(OTHER), "--format", "markdown"], [BASELINE, OTHER], None),
}


def output_of(name: str, lang: str, folder: Path) -> str:
    """What the command prints (without the folder's path) and, if it draws, the drawing's text."""
    args, _, svg = COMMANDS[name]
    out = invoke(*(str(folder / a) if a == svg else a for a in args), "--lang", lang).replace(str(folder), "")
    return out if svg is None else out + "\n" + svg_text(folder / svg)


def foreign_words(name: str, lang: str, folder: Path) -> set[str]:
    found = tokens(output_of(name, lang, folder)) & markers(lang)
    given = model_tokens(COMMANDS[name][1], lang)
    # a diagram may break a model's compound name before its head ('Talous-|jaosto'): part of a model word
    return {word for word in found if not any(word in model_word for model_word in given)}


def test_the_markers_can_catch_a_word_of_another_language() -> None:
    # the words the old code printed in the wrong language are markers
    assert {"alternatives", "choice", "bodies"} <= markers("fi")
    assert {"vaihtoehdot", "avoin", "lähde", "selite"} <= markers("en")
    assert {"alternatives", "vaihtoehdot", "avoin", "legend"} <= markers("sv")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_words_of_another_language(name: str, lang: str, tmp_path: Path) -> None:
    assert foreign_words(name, lang, tmp_path) == set()


@pytest.mark.parametrize(("name", "words"), [
    ("show", ["öppet val valiokunta_vai_lautakunta: Är de tre organen utskott eller nämnder?",
              "alternativ: valiokunta (Utskott), lautakunta (Nämnder)", "[fullmäktige]"]),
    ("variants", ["valiokunta_vai_lautakunta=valiokunta: 27 organ och enheter"]),
    ("render", ["Öppet val: Är de tre organen utskott eller nämnder?", "(i bilden: Utskott)", "Förklaring",
                "Päijänne-Tavastland 2018"]),
    ("render-each", ["Alternativ: Utskott", "Alternativ: Nämnder"]),
    ("sheet", ["jämförelsebas", "Ändringar jämfört med"]),
    ("compare", ["organ och enheter", "Beslutande organ – beredande organ", "platser: Produktion"]),
    ("compare-md", ["| struktur |"]),
    ("diff", ["Skillnad mellan strukturer", "matchade"]),
])
def test_swedish_prints_swedish_words(name: str, words: list[str], tmp_path: Path) -> None:
    out = output_of(name, "sv", tmp_path)
    for expected in words:
        assert expected in out


def test_english_subtitles_come_from_the_model_and_a_plain_question_falls_back_to_finnish(tmp_path: Path) -> None:
    english = output_of("render", "en", tmp_path)
    assert "Open choice: Are the three bodies committees or boards?" in english
    assert "(drawn: Committees)" in english and "Ovatko" not in english
    finnish = output_of("render", "fi", tmp_path)
    assert "Avoin valinta: Ovatko kolme toimielintä valiokuntia vai lautakuntia?" in finnish
    assert "(kuvassa: Valiokunnat)" in finnish
    plain = output_of("render-plain", "en", tmp_path)  # question: a plain string, which is Finnish
    assert "Open choice: Onko elinvoima lautakunta vai valiokunta? (drawn: lautakunta)" in plain


def test_every_printing_command_has_the_one_lang_option() -> None:
    context = click.Context(cli)
    for name in ("show", "variants", "render", "sheet", "compare", "diff"):
        command = cli.get_command(context, name)
        assert command is not None
        option = next(p for p in command.params if p.name == "lang")
        assert isinstance(option, click.Option) and isinstance(option.type, click.Choice)
        assert list(option.type.choices) == list(LANGS) and option.default == "fi"
        assert "falls back to fi, then en, then sv" in (option.help or "")
