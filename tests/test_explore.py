"""The explorer page's data and file, without a browser (tests/test_explore_browser.py drives one).

Expectations are read off tests/fixtures/explore/city.yaml and city-2026.yaml by hand."""

from __future__ import annotations

import base64
import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from orgmodel.cli import main
from orgmodel.explore import explorer_page, page_data
from orgmodel.io import load, load_folder

from builders import FIXTURES, MODELS, words_of

CITY = FIXTURES / "explore" / "city.yaml"
CITY_2026 = FIXTURES / "explore" / "city-2026.yaml"


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return page_data([load(CITY), load(CITY_2026)])


def bodies(data: dict[str, Any], structure: int = 0, variant: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = data["structures"][structure]["variants"][variant]["bodies"]
    return found


def test_every_variant_of_every_structure_is_a_view(data: dict[str, Any]) -> None:
    [first, second] = data["structures"]
    assert first["name"]["sv"] == "Exempelstad"
    assert [v["label"]["en"] for v in first["variants"]] == ["Board", "Section"]
    assert [v["selection"] for v in first["variants"]] == [{"lautakunta": "ltk"}, {"lautakunta": "jaosto"}]
    assert len(second["variants"]) == 2


def test_each_view_is_drawn_in_each_language_with_a_card_per_body(data: dict[str, Any]) -> None:
    view = data["structures"][0]["variants"][0]
    svgs = view["svg"]
    shown = {lang: words_of(svg) for lang, svg in svgs.items()}
    assert "Tekninen lautakunta" in shown["fi"] and "Tekniska nämnden" in shown["sv"]
    assert "Technical board" in shown["en"] and "Technical board" not in shown["fi"]
    assert set(view["cards"]) == {"valtuusto", "hallitus", "tekninen", "tarkastus", "vaali", "johtaja", "nuoret",
                                  "yhdistys"}
    for body_id, card in view["cards"].items():
        assert re.search(rf'<g id="{card}" class="node card', svgs["fi"]), body_id


def test_electors_and_nominators_with_their_seats(data: dict[str, Any]) -> None:
    tekninen = bodies(data)["tekninen"]
    assert tekninen["elected_by"] == [{"id": "valtuusto", "seats": 7}]
    assert tekninen["nominated_by"] == [{"id": "yhdistys", "seats": 2}]
    assert tekninen["seats"] == "9" and tekninen["kind"]["fi"] == "lautakunta"
    assert tekninen["certainty"]["fi"] == "päätelty"
    [seats] = tekninen["fact_certainty"]
    assert (seats["field"]["fi"], seats["certainty"]["fi"], seats["certainty"]["en"]) == ("paikat", "avoin", "open")
    hallitus = bodies(data)["hallitus"]
    assert (hallitus["chairs"], hallitus["vice_chairs"], hallitus["parent"]) == (1, 2, "valtuusto")


def test_powers_held_and_delegated_with_their_chain(data: dict[str, Any]) -> None:
    b = bodies(data)
    [held] = b["hallitus"]["powers_held"]
    assert held["name"]["en"] == "Procurement" and held["chains"] == [["hallitus", "tekninen", "johtaja"]]
    assert b["hallitus"]["powers_delegated"] == []
    [to_board] = b["tekninen"]["powers_delegated"]
    assert to_board["chains"] == [["hallitus", "tekninen"]]
    assert to_board["limits"] == [{"fi": "alle 100 000 euroa", "sv": "under 100 000 euro", "en": "below 100 000 euros"}]
    [to_manager] = b["johtaja"]["powers_delegated"]
    assert to_manager["chains"] == [["hallitus", "tekninen", "johtaja"]] and to_manager["limits"] == []
    assert b["valtuusto"]["powers_held"] == b["valtuusto"]["powers_delegated"] == []


def test_provenance_links_only_a_web_address(data: dict[str, Any]) -> None:
    own = bodies(data)["hallitus"]["provenance"]
    assert own["url"] == "https://example.fi/hallitus" and own["quote"] == "13 jäsentä" and not own["inherited"]
    assert (own["date"]["fi"], own["date"]["en"]) == ("1.6.2025", "1 June 2025")
    inherited = bodies(data)["tarkastus"]["provenance"]
    assert inherited["source"] == "seed_document_1" and inherited["url"] is None and inherited["inherited"]


def test_the_checkers_findings_on_the_body(data: dict[str, Any]) -> None:
    findings = bodies(data)["hallitus"]["findings"]
    majority = [f for f in findings if f["code"] == "EXEC-MAJ"]
    assert [f["severity"] for f in majority] == ["error"]
    assert "7 of 13" in majority[0]["text"]["en"] and majority[0]["citation"].startswith("Kuntalaki 410/2015 73 §")
    # a finding summing up several bodies shows on each of them; one on the whole structure on none
    assert "DEPUTIES" in {f["code"] for f in findings}
    assert all(f["code"] != "ELEC-BODY" for b in bodies(data).values() for f in b["findings"])


def test_differences_from_the_first_view(data: dict[str, Any]) -> None:
    [first, second] = data["structures"]
    assert first["variants"][0]["diff"] is None
    assert first["variants"][1]["diff"] == {"added": [], "removed": [], "changed": {"tekninen": {
        "fi": "laji lautakunta → jaosto", "sv": "typ nämnd → sektion", "en": "kind board → subcommittee"}}}
    diff = second["variants"][0]["diff"]
    assert diff["added"] == ["hyvinvointi"] and diff["changed"]["tarkastus"]["fi"] == "paikat 7 → 9"
    assert [r["fi"] for r in diff["removed"]] == ["Nuorisovaltuusto"]


class _Resources(HTMLParser):
    """Every address the page would fetch: script, link, img, iframe sources."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.scripts += tag == "script"
        for key in ("src", "href") if tag in ("script", "link", "img", "iframe", "source") else ():
            if a.get(key):
                self.fetched.append(str(a[key]))


def test_the_page_fetches_nothing_and_carries_the_licence() -> None:
    page = explorer_page([load(CITY)])
    parser = _Resources()
    parser.feed(page)
    assert parser.fetched == [] and parser.scripts == 3
    assert "Copyright 2009-2010 Andrea Leofreddi" in page and "svg-pan-zoom v3.6.2" in page
    assert page.count("</script>") == 3  # nothing in the data closes a script early
    packed = re.search(r'<script id="data" type="application/gzip\+base64">([^<]*)</script>', page)
    assert packed is not None
    data = json.loads(gzip.decompress(base64.b64decode(packed.group(1))))
    assert data["lang"] == "fi" and data["structures"][0]["id"] == "kaupunki"
    assert page == explorer_page([load(CITY)])  # same input, same bytes


def test_every_shipped_model_has_its_bodies_and_cards() -> None:
    orgs = [m.org for m in load_folder(MODELS)]
    data = page_data(orgs)
    assert len(data["structures"]) == len(orgs)
    for org, structure in zip(orgs, data["structures"], strict=True):
        for view in structure["variants"]:
            assert set(view["bodies"]) <= {b.id for b in org.bodies}, org.id
            assert set(view["cards"]) == set(view["bodies"]), org.id


def test_the_largest_shipped_model_makes_a_page_under_a_megabyte() -> None:
    largest = max((m.org for m in load_folder(MODELS)), key=lambda org: len(org.bodies))
    assert len(largest.bodies) == 46  # pirkanmaa-2018: two variants, three languages each
    assert len(explorer_page([largest]).encode()) < 1_000_000


def test_cli_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    with pytest.raises(SystemExit) as done:
        main(["explore", str(CITY), str(CITY_2026), "-o", str(out), "--lang", "en"])
    assert done.value.code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page and "Structure explorer" in page
    assert capsys.readouterr().out.startswith(f"{out}: explorer page, 2 structures, 4 views, ")


def test_cli_refuses_another_suffix_and_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["explore", str(CITY), "-o", str(tmp_path / "page.svg")])
    assert done.value.code == 2 and "name the output *.html" in capsys.readouterr().err
    copy = tmp_path / "city.html"
    copy.write_bytes(CITY.read_bytes())
    with pytest.raises(SystemExit) as done:
        main(["explore", str(copy), "-o", str(copy)])
    assert done.value.code == 2 and copy.read_bytes() == CITY.read_bytes()
