"""``orgmodel check --lang fi|sv|en``: each report speaks one language.

Swedish output has Swedish headings, rule messages and structural findings; English output has
no Finnish words and Finnish output no English prose, once the strings that come from the model
files themselves (names, ids, reasons, notes) and the legal citations are taken out. Each language
detector is first shown to fire on the other language's output, so a check that finds nothing
means something. Every translated text of the checks exists in all three languages, and the
Swedish is not a copy of the Finnish or the English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from orgmodel.checking import report as report_module
from orgmodel.checking import structural, suppress
from orgmodel.cli import main
from orgmodel.io import load_folder
from orgmodel.rules import CONFIDENCE_TEXT, MATTERS, RULESETS, TOPICS, all_rules, completeness
from orgmodel.text import LANGS, Text
from orgmodel.words import WORDS

from builders import FIXTURES, MODELS

FOLDERS = (MODELS, FIXTURES / "rules")

# A board with no parent (STRUCT-NO-PARENT), a council without advocacy bodies (rule messages),
# an unknown suppression (SUPPRESS-UNKNOWN) and a downgraded one (severity words).
STRUCTURAL = """\
id: kunta
names: {fi: Pikkukunta}
org_type: municipality
law: fi/kuntalaki-410-2015
population: {count: 4000}
bodies:
  - {id: valtuusto, kind: council, names: {fi: Valtuusto}, seats: 13}
  - {id: hallitus, kind: executive_board, names: {fi: Kunnanhallitus}, parent: valtuusto}
  - {id: ltk, kind: board, names: {fi: Sivistyslautakunta}}
suppressions:
  - {code: MAND-AUDT, reason: "kirjoitusvirhe"}
  - {code: ADV-ELDER, severity: info, reason: "yhteinen vanhusneuvosto"}
"""

# Finnish words of the checks' own texts (stems, so that inflected and compound forms count).
FINNISH = ("lautakun", "valtuust", "hallitu", "puuttuu", "toimieli", "jaosto", "valiokun", "johtaja", "tarkist",
           "mallista", "huomautu", "virhe", "varoitu", "korjaus", "lähde", "säännö", "toimival", "vaiennu",
           "lievenn", "päältä", "havainto", "asiakirja", "vähintään", "kunnan", "laissa", "lisää ", "valitse")
# The English texts name four Finnish statutory terms on purpose, as glosses.
GLOSSES = ("(valiokunta)", "(lautakunta)", "(johtokunta)", "language jaostot")
# English prose (not the model-file tokens such as 'kind: board' that hints quote on purpose).
ENGLISH = ("is missing", "cannot check", "the model", " has no ", "must ", "connected to", "did you mean",
           "downgraded", "suppression", "warning", "error", "notes", "latest rules", "provision", "add a ",
           "give it", "remove it", "correct the", " the ")
SWEDISH = ("saknas", "kan inte kontrolleras", "modellen", "fullmäktige", "nämnd", "lägg till", "åtgärd",
           "anmärkning", "varning", " och ", "lyder under")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return int(exit_info.value.code or 0), out


@pytest.fixture(scope="module")
def structural_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "pikkukunta.yaml"
    path.write_text(STRUCTURAL, encoding="utf-8")
    return path


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def model_strings(*paths: Path) -> list[str]:
    """Every string of the models under ``paths`` and every legal citation: what a report may quote
    in the model's (or the statute's) own words, longest first."""
    found: set[str] = set()
    for path in paths:
        items = load_folder(path) if path.is_dir() else load_folder(path.parent)
        for item in items:
            found.update(_strings(item.org.model_dump(mode="json")))
            found.add(str(item.path))
    for rule in all_rules():  # the citations, and the rule codes (stable ids, some of them Finnish)
        c = rule.citation
        found.update(s for s in (rule.code, str(c), c.act, c.section_text, c.source) if s)
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def without(text: str, strings: list[str]) -> str:
    """``text`` with every one of ``strings`` taken out where it stands as a whole (not inside a word);
    each distinct line once, with only the strings it contains (a report repeats its lines)."""
    ordered = sorted(set(strings), key=len, reverse=True)
    done: dict[str, str] = {}
    for line in text.splitlines():
        if line not in done:
            here = [s for s in ordered if s in line]
            pattern = "|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in here)
            done[line] = re.sub(pattern, " ", line) if here else line
    return "\n".join(done.values())


def words_found(text: str, markers: tuple[str, ...]) -> list[str]:
    low = text.lower()
    return sorted({m for m in markers if m in low})


def lines_with(text: str, markers: tuple[str, ...]) -> list[str]:
    return [line for line in text.splitlines() if words_found(line, markers)][:5]


@pytest.fixture(scope="module")
def quoted(structural_model: Path) -> list[str]:
    return model_strings(*FOLDERS, structural_model)


_OUTPUTS: dict[tuple[str, Path], str] = {}


def outputs(capsys: pytest.CaptureFixture[str], lang: str, extra: Path) -> str:
    """The text and Markdown reports in ``lang`` of models/, the rule fixtures and ``extra`` (made once)."""
    if (lang, extra) not in _OUTPUTS:
        _OUTPUTS[lang, extra] = "".join(run(capsys, str(path), "--lang", lang, "-f", fmt)[1]
                                        for path in (*FOLDERS, extra) for fmt in ("text", "markdown"))
    return _OUTPUTS[lang, extra]


# --- whole reports ------------------------------------------------------------------------------------


def test_swedish_report_has_swedish_headings_rule_messages_and_structural_findings(
        capsys: pytest.CaptureFixture[str], structural_model: Path) -> None:
    code, out = run(capsys, str(structural_model), "--lang", "sv")
    assert code == 1
    assert "Lag: Kommunallag 410/2015 · Tidpunkt: senaste reglerna" in out
    assert "  5 fel, 3 varningar, 5 anmärkningar" in out
    assert "  FEL (5)" in out and "  VARNINGAR (3)" in out and "  ANMÄRKNINGAR (5)" in out
    assert "  UNDERTRYCKTA REGLER (2)" in out
    # a structural finding, a rule message and its fix, a downgrade, an unknown code
    assert "nämnd 'ltk' lyder inte under något organ (parent saknas)" in out
    assert "organet 'ltk' är inte kopplat till något" in out
    assert "Ett lagstadgat påverkansorgan saknas: ungdomsfullmäktige." in out
    assert "Åtgärd: Lägg till ett organ med kind: advocacy_body och advocacy: youth." in out
    assert "(nedgraderad till anmärkning, var fel: yhteinen vanhusneuvosto)" in out
    assert "undertryckningen anger en okänd regel: 'MAND-AUDT' (menade du MAND-AUDIT?)" in out
    assert "ADV-ELDER: nedgraderad till anmärkning, 1 iakttagelse — yhteinen vanhusneuvosto" in out


def test_swedish_markdown_memo(capsys: pytest.CaptureFixture[str], structural_model: Path) -> None:
    _, out = run(capsys, str(structural_model), "--lang", "sv", "-f", "markdown")
    assert "### Fel" in out and "### Varningar" in out and "### Undertryckta regler" in out
    assert "| Kod | Objekt | Bestämmelse | Iakttagelse | Förslag till åtgärd |" in out


def test_finnish_report_has_no_english_and_says_structure_in_finnish(
        capsys: pytest.CaptureFixture[str], structural_model: Path, quoted: list[str]) -> None:
    _, english = run(capsys, str(structural_model), "--lang", "en")
    assert words_found(english, ENGLISH), "the English detector finds nothing in English output"
    _, out = run(capsys, str(structural_model), "--lang", "fi")
    assert "lautakunta 'ltk' ei ole minkään toimielimen alainen (parent puuttuu)" in out
    assert "(lievennetty huomautus, oli virhe: yhteinen vanhusneuvosto)" in out
    assert "(tarkoititko MAND-AUDIT?)" in out
    rest = without(outputs(capsys, "fi", structural_model), quoted)
    assert not words_found(rest, ENGLISH), lines_with(rest, ENGLISH)


def test_english_report_has_no_finnish_words_outside_model_names(
        capsys: pytest.CaptureFixture[str], structural_model: Path, quoted: list[str]) -> None:
    strings = quoted
    finnish = without(outputs(capsys, "fi", structural_model), strings)
    assert len(words_found(finnish, FINNISH)) > 10, "the Finnish detector finds too little in Finnish output"
    english = outputs(capsys, "en", structural_model)
    rest = without(english, quoted + list(GLOSSES))
    assert not words_found(rest, FINNISH), lines_with(rest, FINNISH)


def test_swedish_report_is_swedish_throughout(
        capsys: pytest.CaptureFixture[str], structural_model: Path, quoted: list[str]) -> None:
    rest = without(outputs(capsys, "sv", structural_model), quoted)
    assert len(words_found(rest, SWEDISH)) == len(SWEDISH)
    assert not words_found(rest, FINNISH), lines_with(rest, FINNISH)
    assert not words_found(rest, ("is missing", "cannot check", "the model", "downgraded", "did you mean",
                                  "latest rules", "suppression")), rest[:2000]


def test_lang_choices_come_from_the_language_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(MODELS), "--lang", "de"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert all(f"'{lang}'" in err for lang in LANGS), err


def test_list_rules_speaks_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    outs = {lang: run(capsys, "--list-rules", "--law", "611/2021", "--lang", lang)[1] for lang in LANGS}
    assert outs["fi"].startswith("fi/hyvinvointialuelaki-611-2021: Laki hyvinvointialueesta 611/2021")
    assert outs["sv"].startswith("fi/hyvinvointialuelaki-611-2021: Lag om välfärdsområden 611/2021")
    assert "pakollinen toimielin" in outs["fi"] and "obligatoriskt organ" in outs["sv"]
    assert "mandatory body" in outs["en"]
    matters = run(capsys, "--list-matters", "--lang", "sv")[1]
    assert "förvaltningsstadga" in matters and "[fullmäktige:" in matters and "otto" not in matters


def test_json_carries_every_language(capsys: pytest.CaptureFixture[str], structural_model: Path) -> None:
    import json

    _, out = run(capsys, str(structural_model), "-f", "json")
    report = json.loads(out)["reports"][0]
    assert report["meta"]["law_title_sv"] == "Kommunallag 410/2015"
    orphan = next(f for f in report["findings"] if f["code"] == "STRUCT-NO-PARENT")
    assert orphan["message"] == "board 'ltk' has no parent in the hierarchy"  # English, as before
    assert orphan["message_fi"].startswith("lautakunta 'ltk'") and orphan["message_sv"].startswith("nämnd 'ltk'")
    assert orphan["hint_sv"] and orphan["hint_fi"] and orphan["hint"]


# --- every text of the checks ------------------------------------------------------------------------


def _texts(value: Any, where: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield where, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{where}[{k}]")
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _texts(v, f"{where}[{i}]")


def _module_texts(module: ModuleType) -> Iterator[tuple[str, Text]]:
    for name, value in vars(module).items():
        if not name.startswith("__"):
            yield from _texts(value, f"{module.__name__}.{name}")


def every_text() -> list[tuple[str, Text]]:
    import orgmodel.rules as rules_package

    found: list[tuple[str, Text]] = []
    for rule in all_rules():
        where = f"{rule.law.split('/')[1]}:{rule.code}"
        found.append((f"{where} title", rule.the_title))
        found.append((f"{where} hint", rule.the_hint))
        found += _texts({**rule.check.messages, **rule.messages}, f"{where} messages")
        found += _texts(dict(rule.params), f"{where} params")
    for rs in RULESETS.values():
        found.append((f"{rs.law_id} title", rs.title))
        if rs.caveat is not None:
            found.append((f"{rs.law_id} caveat", rs.caveat))
    found += _texts(dict(CONFIDENCE_TEXT), "CONFIDENCE_TEXT")
    found += [(f"matter {m.code}", m.names) for m in MATTERS.values()]
    found += _texts(dict(TOPICS), "TOPICS")
    for module in (rules_package, completeness, structural, suppress, report_module):
        found += _module_texts(module)
    found += _texts({k: v for k, v in WORDS.items() if k.startswith(("report.", "severity.", "check."))}, "words")
    return found


# Texts that are rightly the same in two languages (checked by hand).
SAME_ON_PURPOSE = {"Kommunallag 410/2015"}


def test_every_text_of_the_checks_is_in_three_languages_and_the_swedish_is_its_own() -> None:
    texts = every_text()
    assert len(texts) > 300
    copies = []
    for where, text in texts:
        assert all(text.get(lang).strip() for lang in LANGS), where
        if len(text.sv) > 3 and text.sv not in SAME_ON_PURPOSE and text.sv in (text.fi, text.en):
            copies.append((where, text.sv))
    assert not copies, copies


def test_swedish_texts_use_the_statutes_terms() -> None:
    sv = " ".join(text.sv for _, text in every_text())
    for term in ("fullmäktige", "kommunstyrelse", "nämnd", "sektion", "direktion", "affärsverk", "revisionsnämnd",
                 "valnämnd", "kommundirektör", "borgmästare", "förvaltningsstadga", "ägarstyrning", "koncerndirektiv",
                 "ungdomsfullmäktige", "äldreråd", "råd för personer med funktionsnedsättning", "påverkansorgan",
                 "välfärdsområdesfullmäktige", "välfärdsområdesstyrelse", "välfärdsområdesdirektör",
                 "nationalspråksnämnd", "nämnd för samiska språket", "utskott"):
        assert term in sv, term
    for finnish_term in ("lautakunta", "valtuusto", "hallitus", "jaosto"):
        assert finnish_term not in sv, finnish_term
