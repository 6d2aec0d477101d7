"""The one word table (orgmodel.words), the vocabulary labels, and translatable text in model files."""

from __future__ import annotations

import pytest

from orgmodel import vocab
from orgmodel.compare.axes import AXES
from orgmodel.compare.diff import COMPARED_FIELDS
from orgmodel.compare.tables import SCALARS
from orgmodel.io import dumps, load, loads
from orgmodel.model import Choice, LocalText
from orgmodel.render.theme import DEFAULT_THEME
from orgmodel.text import LANGS, Text
from orgmodel.words import WORDS, word

from builders import MODELS, make_org

LABELLED = [e for e in vars(vocab).values() if isinstance(e, type) and issubclass(e, vocab._Labelled)
            and e is not vocab._Labelled]


@pytest.mark.parametrize("key", list(WORDS))
def test_every_word_has_finnish_swedish_and_english(key: str) -> None:
    text = WORDS[key]
    assert isinstance(text, Text)
    assert all(text.get(lang).strip() for lang in LANGS)


def test_swedish_and_english_are_not_copies_of_finnish() -> None:
    # a few words are the same in two languages (',' or a loan word); most must differ
    same_sv = [k for k, t in WORDS.items() if t.sv == t.fi]
    same_en = [k for k, t in WORDS.items() if t.en == t.fi]
    assert len(same_sv) <= len(WORDS) // 20, same_sv
    assert len(same_en) <= len(WORDS) // 20, same_en


def test_every_word_a_module_asks_for_is_in_the_table() -> None:
    wanted = [f"metric.{k}" for k in SCALARS] + [f"diff.field.{f}" for f in COMPARED_FIELDS]
    wanted += [f"axis.{a.id}.{part}" for a in AXES for part in ("question", "high", "low")]
    wanted += [key for ms in DEFAULT_THEME.marks.values() for key in (ms.badge, ms.legend) if key]  # "same": no badge
    assert [k for k in wanted if k not in WORDS] == []


def test_a_missing_translation_is_refused() -> None:
    with pytest.raises(ValueError, match="has no sv version"):
        Text("sana", "", "word")


def test_placeholders_are_filled_in_the_language_asked_for() -> None:
    assert word("cli.variant_line", "fi", selection="c=a", n=3) == "c=a: 3 toimielintä ja yksikköä"
    assert word("cli.open_choice", "sv", id="c", question="Q?") == "öppet val c: Q?"


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_vocabulary_member_has_a_label_in_every_language(enum: type[vocab._Labelled]) -> None:
    for member in enum:
        text = member.text()
        assert isinstance(text, Text)
        assert [member.label(lang) for lang in LANGS] == [text.fi, text.sv, text.en]


# --- translatable text in model files ------------------------------------------------------------

CHOICE = {"id": "c", "question": "Perustetaanko jaosto?", "alternatives": [
    {"id": "on", "label": {"fi": "perustetaan", "sv": "inrättas", "en": "set up"}},
    {"id": "ei", "label": "ei perusteta", "remove": ["j"]}]}


def test_a_plain_string_is_finnish_and_falls_back_along_the_chain() -> None:
    choice = Choice.model_validate(CHOICE)
    assert choice.question == LocalText(fi="Perustetaanko jaosto?")
    assert [choice.question.get(lang) for lang in LANGS] == ["Perustetaanko jaosto?"] * 3
    assert [choice.alternatives[0].label.get(lang) for lang in LANGS] == ["perustetaan", "inrättas", "set up"]
    assert LocalText(fi="Valiokunnat", en="Committees").get("sv") == "Valiokunnat"  # sv: fi before en


def test_translated_text_round_trips_and_finnish_only_text_stays_a_plain_string() -> None:
    org = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}},
                    {"id": "j", "kind": "subcommittee", "names": {"fi": "J"}, "parent": "v"}], choices=[CHOICE])
    text = dumps(org)
    assert "question: Perustetaanko jaosto?" in text and "label: ei perusteta" in text
    assert loads(text) == org


def test_the_shipped_model_gives_its_choice_in_three_languages() -> None:
    org = load(MODELS / "paijat-hame-2018.yaml")
    choice = org.choices[0]
    assert choice.question.en and choice.question.sv
    assert all(a.label.en and a.label.sv for a in choice.alternatives)
    assert org.version is not None and org.version.label is not None
    assert org.version.label.get("fi") == "Päijät-Häme 2018"
    assert org.version.label.get("sv") == "Päijänne-Tavastland 2018"
