"""The model files in models/: each loads, matches the seed slides body by body, and checks clean.

Expectations are written out by hand from the seed transcripts (../shared/seeds/) and
../shared/domain/seed-structures.md, not read back from the files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from orgmodel.checking import check
from orgmodel.io import dumps, load, loads
from orgmodel.model import Body, Choice, Instrument, Organisation, Power, Relation, SeatRange
from orgmodel.vocab import BodyKind, Certainty, RelationType

from builders import MODELS

SEEDS = {"002_a684198da9f503e5", "000_9094e06259d1983f"}
SEED_FILES = [
    "pirkanmaa-2018.yaml",
    "pohjois-karjala-2018.yaml",
    "paijat-hame-2018.yaml",
    "luonnos-2018-04-08.yaml",
    "keski-suomi-konserni-2018.yaml",
    "pohjois-karjala-strategia-2017.yaml",
]
ARCHETYPES = [
    "lautakuntamalli-toimialat.yaml",
    "lautakuntamalli-prosessit.yaml",
    "valiokuntamalli-valmisteleva.yaml",
    "valiokuntamalli-paattava.yaml",
    "yhdistelmamalli.yaml",
    "hallituksen-jaostomalli.yaml",
]
ALL_FILES = SEED_FILES + [f"archetypes/{name}" for name in ARCHETYPES]
#: Folders of models that are not seeds: the real structures and the made-up examples (tests/test_real_models.py).
OTHERS = ("real", "examples")
SECTORS = ("sote", "elinvoima", "turvallisuus")
PROCESSES = ("lapset_perheet", "aikuiset_ikaantyneet", "yritykset_yhteisot")


def model(rel: str) -> Organisation:
    """A fresh load for every caller: a memoised, shared model could carry state from one test into
    the next (checking or drawing it once made its round trip compare unequal)."""
    return load(MODELS / rel)


def kinds(org: Organisation, kind: str) -> list[str]:
    return [b.id for b in org.bodies_of_kind(kind)]


def relations(org: Organisation, rtype: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in org.relations if r.type is RelationType(rtype)}


# --- every file ---------------------------------------------------------------------------------


def test_the_models_folder_holds_exactly_the_expected_files() -> None:
    found = sorted(str(p.relative_to(MODELS)) for p in MODELS.rglob("*.yaml")
                   if not p.name.startswith("_") and p.parent.name not in OTHERS)
    assert found == sorted(ALL_FILES)
    assert (MODELS / "archetypes" / "_base.yaml").is_file()


@pytest.mark.parametrize("rel", ALL_FILES + ["archetypes/_base.yaml"])
def test_file_starts_with_a_schema_comment_that_points_at_the_schema(rel: str) -> None:
    first = (MODELS / rel).read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    schema = MODELS.parent / "schema" / "orgmodel.schema.json"
    assert ((MODELS / rel).parent / first[len(prefix):]).resolve() == schema.resolve()


@pytest.mark.parametrize("rel", ALL_FILES + ["archetypes/_base.yaml"])
def test_file_reads_the_same_in_every_yaml_parser_and_fits_the_schema_on_its_own(rel: str) -> None:
    """libyaml accepts some flow-style text that stricter parsers (and editors) reject;
    and an editor validates each file alone, without its base, against the schema."""
    import json

    import yaml

    jsonschema = pytest.importorskip("jsonschema")
    text = (MODELS / rel).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=yaml.SafeLoader)
    assert data == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schema = json.loads((MODELS.parent / "schema" / "orgmodel.schema.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(json.dumps(data, default=str))))
    assert [e.message for e in errors] == []


@pytest.mark.parametrize("rel", ALL_FILES)
def test_round_trip_gives_an_equal_model(rel: str) -> None:
    org = model(rel)
    assert loads(dumps(org), filename=rel) == org


@pytest.mark.parametrize("rel", ALL_FILES)
def test_no_structural_or_stale_suppression_findings_in_any_variant(rel: str) -> None:
    org = model(rel)
    for selection, variant in org.variants():
        codes = [f.code for f in check(variant).findings if f.code.startswith(("STRUCT", "SUPPRESS"))]
        assert codes == [], (selection, codes)


@pytest.mark.parametrize("rel", ALL_FILES)
def test_everything_carries_provenance_from_a_seed(rel: str) -> None:
    org = model(rel)
    items: list[Body | Relation | Power | Instrument | Choice] = [
        *org.bodies, *org.relations, *org.powers, *org.instruments, *org.choices]
    for item in items:
        assert item.provenance is not None and item.provenance.source in SEEDS, item


#: Each seed document's title as its transcript gives it (its first line; for 000 the line
#: "Esitys aiheesta: ..."), written out by hand.
SEED_TITLES = {"002_a684198da9f503e5": "Maakuntien poliittinen johtaminen - malleja maakunnista",
               "000_9094e06259d1983f": "Maakuntastrategia Uuden toimintamallin kuvaus"}


@pytest.mark.parametrize("rel", ALL_FILES)
def test_the_model_names_its_seed_by_the_documents_title(rel: str) -> None:
    from orgmodel.render.scene import subtitle_of

    org = model(rel)
    assert org.provenance is not None and org.provenance.source is not None
    title = SEED_TITLES[org.provenance.source]
    assert org.provenance.title == title
    for lang in ("fi", "sv", "en"):  # the diagram's source line: the title, never the file hash
        line = subtitle_of(org, lang)
        assert title in line and org.provenance.source not in line, line

@pytest.mark.parametrize("rel", ALL_FILES)
def test_what_is_not_stated_says_why(rel: str) -> None:
    org = model(rel)
    items: list[Body | Power | Instrument] = [*org.bodies, *org.powers, *org.instruments]
    for item in items:
        if item.certainty is not Certainty.STATED:
            assert item.note, f"{item.id} is {item.certainty.value} without a note"


@pytest.mark.parametrize("rel", ALL_FILES)
def test_matter_and_topic_codes_are_the_rule_catalogue_s(rel: str) -> None:
    """A code the rules do not know is silently unchecked: keep the files on the shared vocabulary."""
    from orgmodel.rules.catalogue import MATTERS, TOPICS

    org = model(rel)
    assert {p.matter for p in org.powers if p.matter} <= set(MATTERS)
    assert {a.topic for i in org.instruments for a in i.content_areas} <= set(TOPICS)


@pytest.mark.parametrize("rel", SEED_FILES)
def test_seed_models_are_2018_style_regional_drafts_without_population(rel: str) -> None:
    org = model(rel)
    assert org.org_type.value == "region"
    assert org.law == "fi/maakuntalaki-he-15-2017"
    assert org.version is not None and org.version.status.value == "draft"
    assert org.population is None  # the seeds state none


def test_check_command_on_the_folder_never_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    from orgmodel.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(MODELS)])
    out = capsys.readouterr().out
    assert exit_info.value.code in (0, 1)
    summaries = [line for line in out.splitlines() if line.startswith(str(MODELS)) and ".yaml: " in line]
    seeds = [line.split(": ")[0] for line in summaries if Path(line.split(": ")[0]).parent.name not in OTHERS]
    assert sorted(seeds) == sorted(str(MODELS / rel) for rel in ALL_FILES)
    assert not [f.code for rel in ALL_FILES for f in check(model(rel)).findings if f.code.startswith("STRUCT-")]


# --- Pohjois-Karjala 2018: every seat count ----------------------------------------------------

PK_SEATS = {  # id: (kind, seats, chairs, vice_chairs, certainty)
    "maakuntavaltuusto": ("council", 59, 1, 2, "stated"),
    "maakuntahallitus": ("executive_board", 11, 1, 2, "stated"),
    "tarkastuslautakunta": ("audit_committee", 7, None, None, "stated"),
    "vaalilautakunta": ("election_board", 5, None, None, "stated"),
    "strategia_tulevaisuusvaliokunta": ("committee", 11, None, None, "stated"),
    "yhteistoimintavaliokunta": ("committee", 11, None, None, "stated"),
    "hyvinvointilautakunta": ("board", 11, None, None, "stated"),
    "elinvoimalautakunta": ("board", 11, None, None, "stated"),
    "konserni_ohjausjaosto": ("subcommittee", 7, None, None, "stated"),
    "valitusjaosto": ("subcommittee", 7, None, None, "open"),
}


@pytest.mark.parametrize("body_id", sorted(PK_SEATS))
def test_pohjois_karjala_seats(body_id: str) -> None:
    kind, seats, chairs, vice_chairs, certainty = PK_SEATS[body_id]
    b = model("pohjois-karjala-2018.yaml").body(body_id)
    assert ((b.kind.value, b.seats, b.chairs, b.vice_chairs, b.certainty.value)
            == (kind, seats, chairs, vice_chairs, certainty))


def test_pohjois_karjala_structure() -> None:
    org = model("pohjois-karjala-2018.yaml")
    johtokunta = org.body("liikelaitoksen_johtokunta")
    assert johtokunta.seats == SeatRange(min=7, max=11)
    assert (johtokunta.seats_min, johtokunta.seats_max) == (7, 11)
    assert [b.id for b in org.children("maakuntavaltuusto")] == [
        "strategia_tulevaisuusvaliokunta", "yhteistoimintavaliokunta", "tarkastuslautakunta",
        "vaalilautakunta", "maakuntahallitus"]
    assert {b.id for b in org.children("maakuntahallitus")} >= {
        "konserni_ohjausjaosto", "valitusjaosto", "hyvinvointilautakunta", "elinvoimalautakunta"}
    assert sorted(kinds(org, "advocacy_body")) == sorted(
        ["nuorisovaltuusto", "vammaisneuvosto", "vanhusneuvosto", "jane", "muut_maakunnalliset", "liikuntaneuvosto"])
    assert org.body("muut_maakunnalliset").certainty is Certainty.OPEN
    assert sorted(kinds(org, "cooperation_forum")) == ["kuntayhteistyo", "maakuntien_yhteistoiminta", "myr"]
    for forum in ("kuntayhteistyo", "myr", "maakuntien_yhteistoiminta"):
        assert ("maakuntahallitus", forum) in relations(org, "cooperates_with")
    assert all(r.label for r in org.relations if r.type is RelationType.COOPERATES_WITH)
    assert org.version is not None and org.version.date is not None
    assert org.version.date.isoformat() == "2018-05-16"


def test_pohjois_karjala_appeals_subcommittee_is_a_choice() -> None:
    org = model("pohjois-karjala-2018.yaml")
    variants = dict((tuple(sel.items()), v) for sel, v in org.variants())
    assert set(variants) == {(("valitusjaosto", "perustetaan"),), (("valitusjaosto", "ei_perusteta"),)}
    with_it = variants[(("valitusjaosto", "perustetaan"),)]
    without = variants[(("valitusjaosto", "ei_perusteta"),)]
    assert with_it.has_body("valitusjaosto") and not without.has_body("valitusjaosto")
    assert len(without.bodies) == len(org.bodies) - 1
    assert not any("valitusjaosto" in (r.source, r.target) for r in without.relations)


# --- Pirkanmaa 2018 --------------------------------------------------------------------------------


def test_pirkanmaa_political_bodies() -> None:
    org = model("pirkanmaa-2018.yaml")
    assert [org.body(i).name() for i in kinds(org, "committee")] == [
        "Hyte- ja kokonaisturvallisuusvaliokunta", "Kasvu- ja elinympäristövaliokunta",
        "Palveluvaliokunta", "Tulevaisuus- ja tutkimusvaliokunta"]
    assert kinds(org, "subcommittee") == ["konsernijaosto", "sisainen_valvonta_riskienhallinta", "jaostot_toimikunnat"]
    assert kinds(org, "commission") == ["toimikunta_1", "toimikunta_2"]
    assert (sorted(b.advocacy.value if b.advocacy else "" for b in org.bodies_of_kind("advocacy_body"))
            == ["disability", "elderly", "youth"])
    assert all(b.seats is None for b in org.bodies)  # the slide gives no counts
    assert {b.id for b in org.bodies if b.certainty is Certainty.OPEN} == {
        "jaostot_toimikunnat", "toimikunta_1", "toimikunta_2", "muut_saatiot"}


def test_pirkanmaa_production_and_group() -> None:
    org = model("pirkanmaa-2018.yaml")
    assert kinds(org, "business_enterprise") == ["pela_liikelaitos", "sote_liikelaitos"]
    assert [b.id for b in org.children("sote_liikelaitos")] == [
        "sote_johtokunta", "sote_tj", "tays_palvelut", "sote_keskus_palvelut", "suun_th_palvelut", "muut_sote_palvelut"]
    assert [b.id for b in org.children("pela_liikelaitos")] == ["pela_johtokunta", "pela_tj"]
    assert kinds(org, "subsidiary") == [
        "coxa_oy", "tays_sydansairaala_oy", "fimlab_laboratoriot_oy", "keiturin_sote_oy", "finnhems_oy"]
    assert kinds(org, "associated_company") == [
        "tullinkulman_tyoterveys_oy", "pirkanmaan_monetra_oy", "istekki_oy", "pikassos_oy",
        "pirkanmaan_voimia_oy", "tuomi_logistiikka_oy"]
    assert kinds(org, "foundation") == ["tays_tukisaatio", "muut_saatiot"]
    # "*" = status estimated -> inferred; "**" = still to be founded -> note
    group = kinds(org, "subsidiary") + kinds(org, "associated_company")
    assert {i for i in group if org.body(i).certainty is Certainty.INFERRED} == {"finnhems_oy", "tuomi_logistiikka_oy"}
    assert ({i for i in group if "perustettava" in (org.body(i).note or "")}
            == {"pirkanmaan_monetra_oy", "pirkanmaan_voimia_oy"})
    owned = {t for s, t in relations(org, "owns") if s == "maakunta"}  # the region owns, its board steers
    assert owned == set(group)
    assert org.version is not None and org.version.date is not None
    assert org.version.date.isoformat() == "2018-05-15"


def test_pirkanmaa_jaosto_or_toimikunta_choice() -> None:
    org = model("pirkanmaa-2018.yaml")
    got = {sel["sisainen_valvonta_tyyppi"]: v.body("sisainen_valvonta_riskienhallinta") for sel, v in org.variants()}
    assert {alt: (b.kind.value, b.name()) for alt, b in got.items()} == {
        "jaosto": ("subcommittee", "Sisäisen valvonnan ja riskienhallinnan jaosto"),
        "toimikunta": ("commission", "Sisäisen valvonnan ja riskienhallinnan toimikunta"),
    }


# --- the unnamed draft of 08.04.2018 --------------------------------------------------------------


def test_luonnos_2018_04_08() -> None:
    org = model("luonnos-2018-04-08.yaml")
    assert [org.body(i).name() for i in kinds(org, "board")] == [
        "Asiakkuus ja palvelut -lautakunta", "Elinvoima ja kansainvälisyys -lautakunta",
        "Kokonaisturvallisuuslautakunta"]
    hallitus_jaostot = [b.id for b in org.children("maakuntahallitus") if b.kind is BodyKind.SUBCOMMITTEE]
    assert hallitus_jaostot == ["konserniohjaus_jaosto", "lupa_valvontajaosto"]
    for board in kinds(org, "board"):  # each board: "tarpeelliset jaostot", open
        assert [(b.kind.value, b.certainty.value) for b in org.children(board)] == [("subcommittee", "open")]
    assert {b.id for b in org.bodies if b.voluntary} == {"osallisuus_jarjestoneuvosto", "kuntaneuvosto"}
    assert len(org.bodies_of_kind("advocacy_body")) == 5
    # statutory boards are only "Lakisääteiset lautakunnat" on the slide
    assert org.body("tarkastuslautakunta").certainty is Certainty.INFERRED
    assert kinds(org, "subsidiary") == ["tahe", "tukipalvelut"]
    assert kinds(org, "associated_company") == ["tilakeskus", "vimana", "sote_digi"]
    assert kinds(org, "balance_sheet_unit") == ["sotekeskus", "muut_taseyksikot"]
    assert org.body("liikelaitoksen_johtokunta").parent == "liikelaitos"
    assert org.body("liikelaitos").parent is None  # production sits outside the organiser's hierarchy
    steered = {r.target for r in org.relations if r.type is RelationType.STEERS and r.label == "Omistajaohjaus"}
    assert steered == {"liikelaitos", "sotekeskus", "muut_taseyksikot", "tahe", "tukipalvelut", "tilakeskus", "vimana",
                       "sote_digi"}


# --- Päijät-Häme 2018 ------------------------------------------------------------------------------

PH_OPEN = ("valiokunta_lautakunta_1", "valiokunta_lautakunta_2", "valiokunta_lautakunta_3")


def test_paijat_hame_two_variants_committee_or_board() -> None:
    org = model("paijat-hame-2018.yaml")
    got = {sel["valiokunta_vai_lautakunta"]: [v.body(i).kind.value for i in PH_OPEN] for sel, v in org.variants()}
    assert got == {"valiokunta": ["committee"] * 3, "lautakunta": ["board"] * 3}


def test_paijat_hame_bodies() -> None:
    org = model("paijat-hame-2018.yaml")
    assert (sorted(b.advocacy.value if b.advocacy else "" for b in org.bodies_of_kind("advocacy_body"))
            == ["disability", "elderly", "residents", "youth"])
    assert [b.name() for b in org.children("johtamisen_tuen_palvelut")] == [
        "HR", "Tietohallinto", "Talouspalvelut", "Laki- ja kilpailutuspalvelut", "Viestintä ja osallisuus",
        "Strateginen suunnittelu ja kehittäminen"]
    assert org.body("jarjestajatoiminnot").certainty is Certainty.OPEN
    assert kinds(org, "business_enterprise") == ["palveluliikelaitos", "valinnanvapauden_liikelaitos"]
    assert [org.body(i).name() for i in kinds(org, "associated_company")] == [
        "Maakuntien Tilakeskus Oy", "Sote-Digi Oy", "Vimana Oy"]
    assert kinds(org, "executive") == ["maakuntajohtaja"]
    names = {b.name() for b in org.bodies}
    assert not names & {"Sakupe Oy", "Monetra Keski-Suomi Oy", "Sovatek sr."}  # those are Keski-Suomi's


# --- Keski-Suomi: the partial group list ------------------------------------------------------------


def test_keski_suomi_partial_group_list() -> None:
    org = model("keski-suomi-konserni-2018.yaml")
    companies = [org.body(i).name() for i in kinds(org, "associated_company")]
    assert companies == ["Monetra Keski-Suomi Oy", "Sakupe Oy", "Fimlab Oy", "Ruokapalvelut Oy", "2M IT Oy",
                         "Istekki Oy", "Vitapolis Oy", "Jokilaakson Terveys Oy", "Cefic Oy", "UNA Oy"]
    assert ([org.body(i).name() for i in kinds(org, "foundation")]
            == ["Gerocenter sr.", "KSKS Tukisäätiö sr.", "Sovatek sr."])
    assert kinds(org, "cooperative") == ["suomen_biopankkiosuuskunta"]
    assert "osittainen" in org.name().lower() and "Osittainen" in (org.note or "")
    # council and executive board only carry the ownership: inferred
    assert {b.id: b.certainty.value for b in org.bodies if b.kind.value in ("council", "executive_board")} == {
        "maakuntavaltuusto": "inferred", "maakuntahallitus": "inferred"}
    group = {b.id for b in org.bodies if b.kind.value not in ("council", "executive_board", "organisation")}
    linked = ({t for s, t in relations(org, "owns") if s == "maakunta"}
              | {t for s, t in relations(org, "steers") if s == "maakuntahallitus"})
    assert linked == group and len(group) == 14


# --- the 2017 strategy setting ---------------------------------------------------------------------


def test_strategy_instrument_and_interfaces() -> None:
    org = model("pohjois-karjala-strategia-2017.yaml")
    (strategy,) = org.instruments
    assert strategy.kind.value == "strategy"
    assert (strategy.prepared_by, strategy.adopted_by) == ("maakuntahallitus", "maakuntavaltuusto")
    assert [a.topic for a in strategy.content_areas] == [
        "welfare", "services", "living_environment_vitality", "ownership_policy", "personnel_policy", "participation"]
    assert {b.id: b.certainty.value for b in org.bodies if b.kind.value in ("council", "executive_board")} == {
        "maakuntavaltuusto": "inferred", "maakuntahallitus": "inferred"}
    externals = {b.id: b.external_type.value if b.external_type else None for b in org.bodies_of_kind("external_party")}
    assert externals == {
        "ministeriot": "state_authority", "lupa_valvontaviranomainen": "state_authority",
        "valtakunnalliset_palvelukeskukset": "national_company", "kunnat": "municipality",
        "muut_maakunnat": "other_region", "maakuntaliitto": "other", "siun_sote": "other",
        "ely_keskus": "state_authority"}
    coop = [r for r in org.relations if r.type is RelationType.COOPERATES_WITH]
    assert {r.target for r in coop} == set(externals)
    assert all(r.label for r in coop)
    assert sorted(r.label or "" for r in coop if r.target == "kunnat") == [
        "Elinvoima", "Terveyden ja hyvinvoinnin edistäminen", "Valtuustokausittainen neuvottelu yhdyspinnoista",
        "Yhteiset palvelukeskukset", "Yhteyshenkilöt kansalaisille"]


# --- archetypes -------------------------------------------------------------------------------------

ARCH_BODIES: dict[str, dict[str, tuple[str, str | None]]] = {  # file: {id: (kind, committee_role)}
    "lautakuntamalli-toimialat.yaml": {s: ("board", None) for s in SECTORS},
    "lautakuntamalli-prosessit.yaml": {p: ("board", None) for p in PROCESSES},
    "valiokuntamalli-valmisteleva.yaml": {s: ("committee", "preparatory") for s in SECTORS},
    "valiokuntamalli-paattava.yaml": {s: ("committee", "decision_making") for s in SECTORS},
    "yhdistelmamalli.yaml": {"sote": ("board", None), "elinvoima": ("committee", "preparatory"),
                             "turvallisuus": ("board", None)},
    "hallituksen-jaostomalli.yaml": {s: ("subcommittee", None) for s in SECTORS},
}


def base() -> Organisation:
    return model("archetypes/_base.yaml")


def test_archetype_base_inventory() -> None:
    b = base()
    got = {x.id: (x.kind.value, x.parent, x.seats) for x in b.bodies}
    assert got == {
        "maakuntavaltuusto": ("council", None, 59),
        "tarkastuslautakunta": ("audit_committee", "maakuntavaltuusto", 7),
        "vaalilautakunta": ("election_board", "maakuntavaltuusto", 5),
        "maakuntahallitus": ("executive_board", "maakuntavaltuusto", 11),
        "nuorisovaltuusto": ("advocacy_body", None, None),
        "vanhusneuvosto": ("advocacy_body", None, None),
        "vammaisneuvosto": ("advocacy_body", None, None),
        "maakuntajohtaja": ("executive", "maakuntahallitus", None),
        "maakuntahallinto": ("administration", "maakuntajohtaja", None),
        "sote_liikelaitos": ("business_enterprise", "maakuntahallitus", None),
        "sote_johtokunta": ("enterprise_board", "sote_liikelaitos", 9),
        "sote_toimitusjohtaja": ("executive", "sote_liikelaitos", None),
        "pelastusliikelaitos": ("business_enterprise", "maakuntahallitus", None),
        "pelastus_johtokunta": ("enterprise_board", "pelastusliikelaitos", 9),
        "pelastusjohtaja": ("executive", "pelastusliikelaitos", None),
        "tukipalvelut_oy": ("subsidiary", None, None),
        "tilakeskus_oy": ("associated_company", None, None),
        "maakunta": ("organisation", None, None),
    }
    assert all(x.certainty is Certainty.INFERRED for x in b.bodies)  # the slide only names the models
    assert {(i.kind.value, i.prepared_by, i.adopted_by) for i in b.instruments} == {
        (k, "maakuntahallitus", "maakuntavaltuusto")
        for k in ("strategy", "administrative_regulations", "budget", "group_guideline")}
    assert {p.matter for p in b.powers if p.holder == "maakuntavaltuusto"} == {
        "strategy", "administrative_regulations", "budget", "ownership_steering"}
    (strategy,) = [i for i in b.instruments if i.kind.value == "strategy"]
    assert [a.topic for a in strategy.content_areas] == [
        "welfare", "services", "service_strategy", "service_promise", "living_environment_vitality",
        "ownership_policy", "personnel_policy", "participation"]
    for company in ("tukipalvelut_oy", "tilakeskus_oy"):
        assert ("maakunta", company) in relations(b, "owns") and ("maakuntahallitus", company) in relations(b, "steers")
    for adv in ("nuorisovaltuusto", "vanhusneuvosto", "vammaisneuvosto"):
        assert (adv, "maakuntahallitus") in relations(b, "advises")


@pytest.mark.parametrize("name", ARCHETYPES)
def test_archetype_is_an_illustrative_region_on_the_shared_base(name: str) -> None:
    org, b = model(f"archetypes/{name}"), base()
    assert org.org_type.value == "archetype"
    assert org.version is not None and org.version.status.value == "illustrative"
    assert org.law == "fi/maakuntalaki-he-15-2017"
    assert org.bodies[: len(b.bodies)] == b.bodies  # the very same base bodies, in order
    assert org.instruments == b.instruments
    assert org.powers[: len(b.powers)] == b.powers
    leadership = {x.id for x in org.bodies[len(b.bodies):]}
    assert leadership == set(ARCH_BODIES[name])
    # the base part is untouched: every relation that involves neither a leadership body nor
    # a leadership power is the base's
    own_powers = {p.id for p in org.powers[len(b.powers):]}
    assert [r for r in org.relations
            if not {r.source, r.target} & leadership and r.power not in own_powers] == b.relations


@pytest.mark.parametrize("name", ARCHETYPES)
def test_archetype_leadership_bodies(name: str) -> None:
    org = model(f"archetypes/{name}")
    elected = relations(org, "elects")
    delegated = {r.target: r for r in org.relations if r.type is RelationType.DELEGATES}
    for body_id, (kind, role) in ARCH_BODIES[name].items():
        b = org.body(body_id)
        assert (b.kind.value, b.committee_role.value if b.committee_role else None) == (kind, role)
        assert b.parent == "maakuntahallitus" and b.certainty is Certainty.INFERRED
        assert ("maakuntahallitus" if kind == "subcommittee" else "maakuntavaltuusto", body_id) in elected
        assert (body_id, "maakuntahallitus") in relations(org, "prepares_for")
        assert not any(p.holder == body_id for p in org.powers)  # powers start with the council
        (power,) = [p for p in org.powers if p.id == f"p_{body_id}"]
        assert power.holder == "maakuntavaltuusto"
        (r,) = [r for r in org.relations if r.type is RelationType.DELEGATES and r.power == power.id]
        # a deciding body gets its sector's power in the hallintosääntö; for a preparatory
        # committee the executive board decides what the committee prepares
        expected_target = "maakuntahallitus" if role == "preparatory" else body_id
        assert (r.source, r.target, r.via) == ("maakuntavaltuusto", expected_target, "hallintosaanto")
        assert (body_id in delegated) is (role != "preparatory")


Triple = tuple[str, str, str, str | None]  # a relation: type, source, target, power


def _differences(a: Organisation, b: Organisation) -> dict[str, object]:
    """What changes from a to b: per shared body the fields that differ, plus added/removed
    bodies, relations (type, source, target, power) and power ids."""
    ab, bb = {x.id: x for x in a.bodies}, {x.id: x for x in b.bodies}
    changed: dict[str, set[str]] = {}
    for i in ab.keys() & bb.keys():
        da, db = ab[i].model_dump(), bb[i].model_dump()
        fields = {k for k in da if da[k] != db[k]}
        if fields:
            changed[i] = fields

    def rel(o: Organisation) -> set[Triple]:
        return {(r.type.value, r.source, r.target, r.power) for r in o.relations}

    def pw(o: Organisation) -> dict[str, Power]:
        return {p.id: p for p in o.powers}

    return {
        "changed": changed,
        "bodies_added": set(bb) - set(ab), "bodies_removed": set(ab) - set(bb),
        "relations_added": rel(b) - rel(a), "relations_removed": rel(a) - rel(b),
        "powers_added": set(pw(b)) - set(pw(a)), "powers_removed": set(pw(a)) - set(pw(b)),
        "powers_changed": {i for i in pw(a).keys() & pw(b).keys() if pw(a)[i] != pw(b)[i]},
    }


def _expect(changed: dict[str, set[str]] | None = None, bodies_added: Iterable[str] = (),
            bodies_removed: Iterable[str] = (), relations_added: Iterable[Triple] = (),
            relations_removed: Iterable[Triple] = (), powers_added: Iterable[str] = (),
            powers_removed: Iterable[str] = ()) -> dict[str, object]:
    return {"changed": changed or {}, "bodies_added": set(bodies_added), "bodies_removed": set(bodies_removed),
            "relations_added": set(relations_added), "relations_removed": set(relations_removed),
            "powers_added": set(powers_added), "powers_removed": set(powers_removed), "powers_changed": set()}


_COMMITTEE = {"kind", "committee_role", "members_must_be_councillors", "names"}
# What each archetype's header comment says it changes, relative to lautakuntamalli-toimialat.
EXPECTED_DIFFERENCES = {
    "hallituksen-jaostomalli.yaml": _expect(
        changed={s: {"kind", "names"} for s in SECTORS},
        relations_removed=[("elects", "maakuntavaltuusto", s, None) for s in SECTORS],
        relations_added=[("elects", "maakuntahallitus", s, None) for s in SECTORS]),
    "valiokuntamalli-paattava.yaml": _expect(changed={s: _COMMITTEE for s in SECTORS}),
    "valiokuntamalli-valmisteleva.yaml": _expect(
        changed={s: _COMMITTEE for s in SECTORS},
        relations_removed=[("delegates", "maakuntavaltuusto", s, f"p_{s}") for s in SECTORS],
        relations_added=[("delegates", "maakuntavaltuusto", "maakuntahallitus", f"p_{s}") for s in SECTORS]),
    "yhdistelmamalli.yaml": _expect(
        changed={"elinvoima": _COMMITTEE},
        relations_removed=[("delegates", "maakuntavaltuusto", "elinvoima", "p_elinvoima")],
        relations_added=[("delegates", "maakuntavaltuusto", "maakuntahallitus", "p_elinvoima")]),
    "lautakuntamalli-prosessit.yaml": _expect(
        bodies_removed=SECTORS, bodies_added=PROCESSES,
        relations_removed=[(t, s, x, p) for x in SECTORS for (t, s, p) in (
            ("elects", "maakuntavaltuusto", None), ("delegates", "maakuntavaltuusto", f"p_{x}"))]
        + [("prepares_for", x, "maakuntahallitus", None) for x in SECTORS],
        relations_added=[(t, s, x, p) for x in PROCESSES for (t, s, p) in (
            ("elects", "maakuntavaltuusto", None), ("delegates", "maakuntavaltuusto", f"p_{x}"))]
        + [("prepares_for", x, "maakuntahallitus", None) for x in PROCESSES],
        powers_removed=[f"p_{s}" for s in SECTORS], powers_added=[f"p_{p}" for p in PROCESSES]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_DIFFERENCES))
def test_archetype_differs_from_the_board_model_only_as_its_header_says(name: str) -> None:
    reference = model("archetypes/lautakuntamalli-toimialat.yaml")
    assert _differences(reference, model(f"archetypes/{name}")) == EXPECTED_DIFFERENCES[name]


def test_the_difference_helper_sees_a_single_changed_field() -> None:
    """Guards the helper above: one edited seat count must show up, and nothing else."""
    reference = model("archetypes/lautakuntamalli-toimialat.yaml")
    data = reference.model_dump(by_alias=True)
    next(b for b in data["bodies"] if b["id"] == "sote")["seats"] = 11
    assert _differences(reference, Organisation.model_validate(data)) == _expect(changed={"sote": {"seats"}})


def test_archetype_partial_is_not_loaded_by_folder_expansion() -> None:
    from orgmodel.io import expand_paths

    names = [p.name for p in expand_paths((str(MODELS / "archetypes"),))]
    assert sorted(names) == sorted(ARCHETYPES)


def test_archetype_base_is_shared_by_path_not_copied() -> None:
    for name in ARCHETYPES:
        text = (MODELS / "archetypes" / name).read_text(encoding="utf-8")
        assert "\nextends: _base.yaml\n" in text
        assert "id: maakuntavaltuusto" not in text  # the council comes only from the base
