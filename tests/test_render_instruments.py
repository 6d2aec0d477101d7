"""The instrument view: instruments with content areas, who prepares and who adopts, read back from DOT and SVG."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

import pytest

from orgmodel.errors import UserError
from orgmodel.io import load
from orgmodel.model import Organisation
from orgmodel.render.hyphenate import SOFT_HYPHEN
from orgmodel.render.instruments import InstrumentDiagram, instrument_diagram
from orgmodel.render.text import BREAK_HYPHEN
from orgmodel.text import LANGS

from builders import ROOT, SVG, body, groups, make_org, parse_svg, run_cli, text_of

STRATEGY_MODEL = ROOT / "models" / "pohjois-karjala-strategia-2017.yaml"
BODIES = [body("valtuusto", "council", seats=43), body("hallitus", "executive_board", "valtuusto", seats=13)]


def with_instruments(*instruments: Mapping[str, object]) -> Organisation:
    return make_org(BODIES, instruments=list(instruments), name="Testimaakunta")


def strategy(**fields: object) -> dict[str, object]:
    return {"id": "strategia", "kind": "strategy", "names": {"fi": "Maakuntastrategia", "sv": "Landskapsstrategi"},
            "prepared_by": "hallitus", "adopted_by": "valtuusto", **fields}


@pytest.fixture(scope="module")
def drawn() -> tuple[InstrumentDiagram, ET.Element]:
    d = instrument_diagram(load(STRATEGY_MODEL))
    return d, parse_svg(d.data("svg"))


def _flat(text: str) -> str:
    return re.sub(rf"[\s{BREAK_HYPHEN}]", "", text)


def test_the_strategy_its_content_areas_preparer_and_adopter_are_drawn(
        drawn: tuple[InstrumentDiagram, ET.Element]) -> None:
    d, root = drawn
    org = load(STRATEGY_MODEL)
    [ins] = org.instruments
    cards = groups(root, "instrument")
    assert list(cards) == ["instrument_maakuntastrategia"]
    card = text_of(cards["instrument_maakuntastrategia"])
    assert "strategia" in card and _flat("Maakuntastrategia") in _flat(card)
    assert len(ins.content_areas) == 6
    for n, area in enumerate(ins.content_areas, start=1):
        assert f"{n}." in card and _flat(area.name) in _flat(card)
    edges = groups(root, "edge")
    assert set(edges) == {"prepares_maakuntahallitus_maakuntastrategia", "adopts_maakuntavaltuusto_maakuntastrategia"}
    assert text_of(edges["prepares_maakuntahallitus_maakuntastrategia"]) == "valmistelee"
    assert text_of(edges["adopts_maakuntavaltuusto_maakuntastrategia"]) == "hyväksyy"
    # the edges run from the bodies' cards to the instrument (Graphviz names them tail->head)
    titles = {g.get("id"): g.findtext(f"{SVG}title") for g in edges.values()}
    tail_head = "body_maakuntahallitus->instrument_maakuntastrategia"
    assert titles["prepares_maakuntahallitus_maakuntastrategia"] == tail_head
    # the bodies are the structure diagram's cards, inferred badge included
    assert set(groups(root, "card")) == {"body_maakuntahallitus", "body_maakuntavaltuusto"}
    assert "päätelty" in text_of(groups(root, "card")["body_maakuntavaltuusto"])


def _text_px(root: ET.Element) -> list[tuple[float, float]]:
    """Every text's font size as written (points) and in px on a 1920-wide slide."""
    graph = root.find(f"{SVG}g")
    assert graph is not None
    found = re.search(r"scale\(([\d.]+)", graph.get("transform", ""))
    assert found is not None
    px_per_pt = float(found.group(1)) * 1920 / float(root.get("width", "").removesuffix("pt"))
    return [(float(t.get("font-size", "0")), float(t.get("font-size", "0")) * px_per_pt)
            for t in root.iter(f"{SVG}text")]


def _with_instruments() -> list[Path]:
    return [p for p in sorted((ROOT / "models").rglob("*.yaml")) if not p.name.startswith("_") and load(p).instruments]


def test_slide_page(drawn: tuple[InstrumentDiagram, ET.Element]) -> None:
    _, root = drawn
    assert root.get("width") == "960pt" and root.get("height") == "540pt"


@pytest.mark.parametrize("path", _with_instruments(), ids=lambda p: p.stem)
def test_slide_type_floor_on_every_shipped_model(path: Path) -> None:
    """Names at least 24 px, the title at least 40 px, nothing under 16 px on a 1920 x 1080 slide."""
    d = instrument_diagram(load(path))
    sizes = _text_px(parse_svg(d.data("svg")))
    name_pt = float(int(d.theme.name_size))  # Graphviz writes whole points into SVG: 15.6 as 15
    names = [px for pt, px in sizes if pt == name_pt]
    assert names and min(names) >= 24
    assert max(px for _, px in sizes) >= 40
    assert min(px for _, px in sizes) >= 16


def test_shipped_models_with_instruments_are_found() -> None:
    assert len(_with_instruments()) >= 10  # the strategy model, the archetypes, the real structures


@pytest.mark.parametrize("lang", LANGS)
def test_a_model_without_instruments_is_told_so_in_its_language(lang: str) -> None:
    org = make_org(BODIES, name="Testikunta")
    with pytest.raises(UserError) as err:
        instrument_diagram(org, lang=lang)
    message = str(err.value)
    assert message.startswith("Testikunta: ")
    assert {"fi": "ohjausasiakirjoja", "sv": "styrdokument", "en": "no instruments"}[lang] in message
    assert "instruments" in message and "adopted_by" in message  # what would be valid


def test_every_format_is_written(tmp_path: Path, drawn: tuple[InstrumentDiagram, ET.Element]) -> None:
    d, _ = drawn
    png = d.save(tmp_path / "s.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1920, 1080)
    assert d.save(tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert "instrument_maakuntastrategia" in d.save(tmp_path / "s.svg").read_text(encoding="utf-8")
    assert d.warnings == []
    with pytest.raises(UserError, match="suffix"):
        d.save(tmp_path / "s.txt")


def test_shared_preparer_is_one_card_and_a_missing_adopter_no_line() -> None:
    budget: dict[str, object] = {"id": "talousarvio", "kind": "budget", "names": {"fi": "Talousarvio"},
                                 "prepared_by": "hallitus"}
    d = instrument_diagram(with_instruments(strategy(), budget))
    assert d.edges == [("hallitus", "prepares", "strategia"), ("valtuusto", "adopts", "strategia"),
                       ("hallitus", "prepares", "talousarvio")]
    dot = d.dot
    assert dot.count('"body_hallitus" [id="body_hallitus"') == 1
    assert 'id="prepares_hallitus_talousarvio"' in dot and 'adopts_valtuusto_talousarvio' not in dot
    # the second instrument goes left of the bodies: its line is declared from it, drawn with its arrow back
    assert re.search(r'"instrument_talousarvio" -> "body_hallitus" \[id="prepares_hallitus_talousarvio"[^]]*'
                     r'dir="back", arrowtail="vee"', dot)


def test_an_inferred_instrument_has_light_lines_and_a_badge() -> None:
    stated = instrument_diagram(with_instruments(strategy())).dot
    inferred = instrument_diagram(with_instruments(strategy(certainty="inferred"))).dot
    assert "päätelty" in inferred and "päätelty" not in stated
    colour = re.search(r'"body_valtuusto" -> "instrument_strategia" \[[^]]*color="(#[0-9A-Fa-f]+)"', inferred)
    assert colour is not None and len(colour.group(1)) == 9  # with an alpha: drawn at half strength


def test_adoption_day_and_languages() -> None:
    org = with_instruments(strategy(adopted_on="2018-06-11"))
    assert "hyväksytty 11.6.2018" in instrument_diagram(org).dot
    sv = instrument_diagram(org, lang="sv").dot
    assert "godkänd 11.6.2018" in sv and "bereder" in sv and "godkänner" in sv
    assert "Landskaps‐<BR" in sv  # broken where the Swedish compound joins, if at all
    assert "adopted 11 June 2018" in instrument_diagram(org, lang="en").dot


def test_same_input_same_dot_and_no_soft_hyphens(drawn: tuple[InstrumentDiagram, ET.Element]) -> None:
    d, _ = drawn
    assert instrument_diagram(load(STRATEGY_MODEL)).dot == d.dot
    assert SOFT_HYPHEN not in d.svg()


def test_the_kind_line_is_dropped_when_the_name_says_it() -> None:
    regulations = {"id": "hs", "kind": "administrative_regulations", "names": {"fi": "Hallintosääntö"},
                   "adopted_by": "valtuusto"}
    story = {"id": "tarina", "kind": "strategy", "names": {"fi": "Kuntatarina"}, "adopted_by": "valtuusto"}
    dot = instrument_diagram(with_instruments(regulations, story)).dot
    unwrapped = dot.replace('‐<BR ALIGN="LEFT"/>', "")  # the name may break at a syllable on a slide's type
    assert ">hallintosääntö<" not in unwrapped and ">Hallintosääntö<" in unwrapped
    assert ">strategia<" in dot  # 'Kuntatarina' does not say it is a strategy


def test_the_cli_draws_the_instrument_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "asiakirjat.svg"
    code, _, _ = run_cli(capsys, "render", str(ROOT / "models" / "pohjois-karjala-strategia-2017.yaml"),
                         "--view", "instruments", "--preset", "slide", "-o", str(out))
    assert code == 0
    shown = text_of(parse_svg(out.read_bytes()))
    assert "Maakuntastrategia" in shown and "Sisältöalueet" in shown and "hyväksyy" in shown
    code, _, err = run_cli(capsys, "render", str(ROOT / "models" / "real" / "etela-karjala.yaml"),
                           "--view", "instruments", "-o", str(tmp_path / "x.svg"), "--lang", "en")
    assert code == 2 and "has no instruments" in err and not (tmp_path / "x.svg").exists()
    code, _, err = run_cli(capsys, "render", str(ROOT / "models" / "pohjois-karjala-strategia-2017.yaml"),
                           "--view", "instruments", "--pages", "-o", str(tmp_path / "y.svg"))
    assert code == 2 and "--pages" in err
