"""The organisation chapter, the delegation table and the changes document say what the model
states, all of it and nothing more (issue 14 items 2-5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgmodel.io import load, load_folder
from orgmodel.model import Organisation
from orgmodel.regulations import Document, changes_document, delegation_table, organisation_chapter
from orgmodel.regulations.document import Heading, Para, Table
from orgmodel.vocab import Certainty, RelationType
from orgmodel.words import word

from builders import FIXTURES, MODELS

REGS = FIXTURES / "regulations"
SHIPPED = sorted(m.path for m in load_folder(MODELS))
#: Section titles that are not body names (the fixed sections of the chapter).
FIXED = {word(k, "fi") for k in ("regs.sec.system", "regs.sec.executive_office", "regs.sec.others",
                                 "regs.sec.ownership", "regs.sec.group_management", "regs.sec.delegation",
                                 "regs.sec.call_in")}
SECTION = re.compile(r"^### (\d+) § (.+)$")
SUB = re.compile(r"^#### (.+)$")


def sections(md: str) -> dict[str, list[str]]:
    """Heading title -> its paragraphs (a body's own section or its subheading under a jaostot section)."""
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in md.splitlines():
        m = SECTION.match(line) or SUB.match(line)
        if m:
            current = out.setdefault(m.groups()[-1], [])
        elif line.startswith("#"):
            current = []
        elif line.strip():
            current.append(line)
    return out


def power_rows(doc: Document) -> list[tuple[str, ...]]:
    """The rows of the by-holder tables (eight columns)."""
    return [r for b in doc.blocks if isinstance(b, Table) and len(b.header) == 8 for r in b.rows]


def paras(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Para)]


def county() -> Organisation:
    return load(REGS / "county.yaml")


def test_sections_are_numbered_through_the_document() -> None:
    md = organisation_chapter(county(), "fi").markdown()
    numbers = [int(m.group(1)) for line in md.splitlines() if (m := SECTION.match(line))]
    assert numbers == list(range(1, len(numbers) + 1))
    chapters = [line for line in md.splitlines() if line.startswith("## ")]
    assert chapters[0] == "## 1 luku Johtamisjärjestelmä"
    assert chapters[-1] == "## 8 luku Toimivallan siirto ja otto-oikeus"
    assert len(chapters) == 8


def test_county_chapter_states_its_facts_with_the_sections_they_implement() -> None:
    s = sections(organisation_chapter(county(), "fi").markdown())
    assert s["Aluevaltuusto"][:3] == ["Aluevaltuusto käyttää ylintä päätösvaltaa. (hyvinvointialuelaki 22 §)",
                                      "Valtuutettuja on 59. (hyvinvointialuelaki 24 §)",
                                      "Toimielimellä on puheenjohtaja ja 2 varapuheenjohtajaa. "
                                      "(hyvinvointialuelaki 26 §)"]
    assert "Jokaisella jäsenellä on henkilökohtainen varajäsen. (hyvinvointialuelaki 36 § 3 mom)" in s["Aluehallitus"]
    assert ("Puheenjohtaja valitaan emotoimielimen jäsenistä tai varajäsenistä. (hyvinvointialuelaki 36 § 2 mom)"
            in s["Henkilöstöjaosto"])
    assert ("Jäseniä nimeävä taho: Testin yliopisto (2 jäsentä). (hyvinvointialuelaki 95 § 3 mom)"
            in s["Palvelulautakunta"])
    assert "Aluevaltuusto valitsee 9 jäsentä. (hyvinvointialuelaki 22 § 2 mom 10 kohta, 37 § 2 mom)" in \
        s["Palvelulautakunta"]
    assert "Puheenjohtajan tulee olla valtuutettu. (hyvinvointialuelaki 125 §)" in s["Tarkastuslautakunta"]
    assert "Aluehallituksen jaostot" in s  # "N § Aluehallituksen jaostot", as regulations head it


def test_inferred_body_is_marked_and_stated_ones_are_not() -> None:
    s = sections(organisation_chapter(county(), "fi").markdown())
    assert s["Palvelulautakunta"][0] == ("Aluehallituksen alaisuudessa toimii palvelulautakunta. (päätelty) "
                                         "(hyvinvointialuelaki 35 § 2 mom)")
    assert "(päätelty)" not in s["Aluehallitus"][0]


def test_silent_model_gets_placeholders_not_rules() -> None:
    org = load(REGS / "no-powers.yaml")
    md = organisation_chapter(org, "fi").markdown()
    s = sections(md)
    assert "Toimielimessä on [Täydennettävä: jäsenmäärä] jäsentä." in s["Aluehallitus"]
    assert "Jäsenet valitsee [Täydennettävä: jäsenet valitseva toimielin]." in s["Aluehallitus"]
    assert s["Toimivallan siirtäminen"][1:] == [word("regs.no_powers", "fi"), "[Täydennettävä: toimivallan siirrot]"]
    assert s["Otto-oikeus"][1:] == ["[Täydennettävä: otto-oikeuden haltijat]"]
    table = delegation_table(org, "fi").markdown()
    assert word("regs.no_powers", "fi") in table and "|" not in table


def test_delegation_table_rows_chain_and_findings() -> None:
    doc = delegation_table(county(), "fi")
    rows = power_rows(doc)
    by_name = {r[0]: r for r in rows}
    assert len(rows) == 3
    assert by_name["Hankinnoista päättäminen"][4] == (
        "Aluehallitus → Hyvinvointialuejohtaja (peruste: Hallintosääntö 1.6.2025 alkaen; "
        "rajoitukset: alle 200 000 euron hankinnat)")
    assert by_name["Hankinnoista päättäminen"][6] == "Aluehallitus"
    assert by_name["Talousarvion hyväksyminen"][2] == "hyvinvointialuelaki 22 § 2 mom 3 kohta – valtuustolle varattu"
    # the checker says the jaosto's step names no instrument: the finding sits on that power's row
    assert "via" in by_name["Henkilöstöasiat (päätelty)"][7]
    assert by_name["Hankinnoista päättäminen"][7] == "ei havaintoja"
    views = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 2]
    # by holder (file order of first power), then body by body in the model's body order
    assert views == ["Aluehallitus", "Aluevaltuusto",
                     "Aluevaltuusto", "Aluehallitus", "Henkilöstöjaosto", "Hyvinvointialuejohtaja"]


def test_as_of_leaves_out_steps_not_yet_valid() -> None:
    import datetime as dt

    doc = delegation_table(county(), "fi", as_of=dt.date(2025, 5, 1))
    rows = {r[0]: r for r in power_rows(doc)}
    assert rows["Hankinnoista päättäminen"][5] == "Aluehallitus"  # the step starts 1.6.2025


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_model_appears_whole_in_chapter_and_table(path: Path) -> None:
    org = load(path)
    md = organisation_chapter(org, "fi").markdown()
    s = sections(md)
    names = {b.name("fi") for b in org.bodies}
    for b in org.bodies:  # every body is written
        assert b.name("fi") in md, b.id
    jaostot = {f"{t}" for t in s if t.endswith(" jaostot")}
    for title in s:  # nothing is headed that the model does not have
        assert title in names | FIXED | jaostot, title
    for r in org.relations:  # every elects / nominates relation is in the target's section
        if r.type not in (RelationType.ELECTS, RelationType.NOMINATES):
            continue
        target, source = org.body(r.target).name("fi"), org.body(r.source).name("fi")
        said = [p for p in s[target] if source.casefold() in p.casefold() and ("valitsee" in p or "nimeävä" in p)]
        assert said, (r.source, r.target)
        if r.seats is not None:
            assert any(f"{r.seats} jäsentä" in p for p in said)
        if r.certainty is not Certainty.STATED:
            assert any("(päätelty)" in p or "(avoin)" in p for p in said)
    for b in org.bodies:  # seat numbers are the model's
        for p in s.get(b.name("fi"), []):
            if m := re.match(r"Toimielimessä on (\S+) jäsentä", p):
                assert m.group(1) == (str(b.seats) if b.seats is not None else "[Täydennettävä:"), b.id
    table = delegation_table(org, "fi")
    assert len(power_rows(table)) == len(org.powers)
    for power in org.powers:
        assert power.names.get("fi") in md and power.names.get("fi") in table.markdown()


def test_swedish_chapter_uses_swedish_names_and_asks_for_missing_ones() -> None:
    md = organisation_chapter(county(), "sv").markdown()
    assert "## 3 kap. Styrelsen och dess sektioner" in md
    assert "Under Välfärdsområdesfullmäktige verkar Välfärdsområdesstyrelsen. (lagen om välfärdsområden 35 § 1 mom., " \
           "43 §)" in md
    assert "Under Välfärdsområdesstyrelsen verkar Äldrerådet (påverkansorgan). (lagen om välfärdsområden 32 §)" in md
    assert "### 7 § Sektioner under Välfärdsområdesstyrelsen" in md
    assert "Organets beslutanderätt: Godkännande av budgeten (se 14 §)." in md
    assert "### 14 § Delegering av befogenheter" in md
    fi_only = organisation_chapter(load(REGS / "no-powers.yaml"), "sv").markdown()
    assert "[Fylls i: svenskt namn för Aluehallitus]" in fi_only


def test_english_is_marked_as_a_working_translation() -> None:
    assert word("regs.working_translation", "en") in organisation_chapter(county(), "en").markdown()
    assert word("regs.working_translation", "en") not in organisation_chapter(county(), "fi").markdown()


def test_changes_speak_the_council_decision() -> None:
    a = load(REGS / "no-powers.yaml")
    b = county()
    lines = paras(changes_document(a, b, "fi"))
    assert "Aluehallituksen alaisuuteen perustetaan henkilöstöjaosto." in lines
    assert "Aluehallituksen alaisuuteen perustetaan palvelulautakunta. (päätelty)." not in lines
    assert "Aluehallituksen alaisuuteen perustetaan palvelulautakunta (päätelty)." in lines
    assert "Aluehallituksen jäsenmäärä muuttuu: ei mainita → 13." in lines
    assert "Hallintosääntöön lisätään toimivalta: Hankinnoista päättäminen (Aluehallitus)." in lines
    back = paras(changes_document(b, a, "fi"))
    assert "Henkilöstöjaosto lakkautetaan." in back
    assert "Toimivalta poistetaan hallintosäännöstä: Talousarvion hyväksyminen." in back


def test_changes_between_the_archetypes() -> None:
    a = load(MODELS / "archetypes" / "lautakuntamalli-toimialat.yaml")
    b = load(MODELS / "archetypes" / "valiokuntamalli-paattava.yaml")
    lines = paras(changes_document(a, b, "fi"))
    assert "Sosiaali- ja terveyslautakunnan tilalle perustetaan Sosiaali- ja terveysvaliokunta." in lines
    assert "Sosiaali- ja terveysvaliokunnan jäsenten tulee jatkossa olla valtuutettuja tai varavaltuutettuja." in lines
    same = paras(changes_document(a, a, "fi"))
    assert same == [word("regs.chg.none", "fi")]
