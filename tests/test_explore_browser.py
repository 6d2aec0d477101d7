"""The explorer page in a real browser: Debian's Chromium driven through Playwright's Python API.

Playwright's own browser download is not available here, so the tests launch the system's
Chromium by its path (``ORGMODEL_CHROMIUM``, else /usr/bin/chromium) and skip, with the reason,
when there is none (``.ci/run`` installs it when it runs as root). Screenshots go to the test's
temporary folder, or to ``ORGMODEL_SCREENSHOTS`` when set, to be looked at.

Expectations are read off tests/fixtures/explore/city.yaml and city-2026.yaml by hand.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from orgmodel.explore import explorer_page
from orgmodel.io import load

from builders import FIXTURES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path(os.environ.get("ORGMODEL_CHROMIUM", "/usr/bin/chromium"))
#: The measured recipe (review/ecosystem.md §4): no sandbox as root, no GPU, nothing fetched in the background.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set ORGMODEL_CHROMIUM)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')")

CITY, CITY_2026 = FIXTURES / "explore" / "city.yaml", FIXTURES / "explore" / "city-2026.yaml"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explore") / "city.html"
    path.write_text(explorer_page([load(CITY), load(CITY_2026)]), encoding="utf-8")
    return path


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ORGMODEL_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser: Browser, page_file: Path) -> Iterator[Page]:
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    tab = context.new_page()
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.goto(page_file.as_uri())
    ready(tab, "0/0/fi")
    yield tab
    assert errors == []
    context.close()


def ready(tab: Page, view: str) -> None:
    """Wait until the page shows ``structure/variant/lang``."""
    tab.wait_for_function(f"document.body.dataset.ready === {view!r}")


def open_card(tab: Page, body_id: str) -> None:
    card = tab.locator(f'g.card[data-body="{body_id}"]')
    card.focus()  # focus pans the card into view; then the pointer can reach it
    card.click()
    tab.wait_for_function(f"document.getElementById('body').dataset.body === {body_id!r}")


def facts(tab: Page) -> dict[str, str]:
    """The details panel's first list, term -> description."""
    pairs: list[list[str]] = tab.evaluate("""() => [...document.querySelectorAll('#body dl.facts dt')]
        .map(dt => [dt.textContent, dt.nextElementSibling.textContent])""")
    return dict((k, v) for k, v in pairs)


def test_search_click_and_the_details_panel(page: Page, shots: Path) -> None:
    page.screenshot(path=str(shots / "explore-initial.png"))
    page.fill("#q", "lautakunta")
    assert page.inner_text("#n") == "3 osumaa"
    hits = page.eval_on_selector_all("g.card.hit", "gs => gs.map(g => g.dataset.body).sort()")
    assert hits == ["tarkastus", "tekninen", "vaali"]
    open_card(page, "tekninen")
    assert page.inner_text("#body h2") == "Tekninen lautakunta"
    assert facts(page) == {"Laji": "lautakunta", "Alaisuus": "Kaupunginhallitus", "Jäsenet": "9",
                           "Valitsee": "Kaupunginvaltuusto (7 paikkaa)", "Nimeää": "Asukasyhdistys (2 paikkaa)",
                           "Varmuus": "päätelty", "Varmuus (paikat)": "avoin"}
    text = page.inner_text("#body")
    assert "Siirretty toimivalta" in text and "Hankinnat" in text
    assert "Siirtoketju: Kaupunginhallitus → Tekninen lautakunta" in text
    assert "Rajat: alle 100 000 euroa" in text
    page.screenshot(path=str(shots / "explore-search-click.png"))


def test_source_link_and_findings(page: Page) -> None:
    open_card(page, "hallitus")
    assert page.get_attribute("#body a", "href") == "https://example.fi/hallitus"
    assert "13 jäsentä" in page.inner_text("#body blockquote")
    errors = page.eval_on_selector_all("#body ul.findings li", """lis => lis
        .filter(li => li.querySelector('.sev-error')).map(li => li.querySelector('code').textContent)""")
    assert errors == ["EXEC-MAJ"]
    assert "Siirtoketju: Kaupunginhallitus → Tekninen lautakunta → Kaupunginjohtaja" in page.inner_text("#body")


def test_language_and_variant(page: Page, shots: Path) -> None:
    open_card(page, "tekninen")
    page.select_option("#lang", label="EN")
    ready(page, "0/0/en")
    assert page.inner_text("#body h2") == "Technical board"
    assert facts(page)["Kind"] == "board"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.is_hidden("#diff-box")  # the first view is the baseline: nothing to compare
    page.select_option("#variant", label="Section")
    ready(page, "0/1/en")
    assert facts(page)["Kind"] == "subcommittee" and facts(page)["Changed facts"] == "kind board → subcommittee"
    assert page.inner_text("#body h2 .badge") == "changed"
    classes = page.eval_on_selector('g.card[data-body="tekninen"]', "g => [...g.classList]")
    assert {"subcommittee", "changed", "selected"} <= set(classes) and "added" not in classes
    page.select_option("#lang", label="SV")
    ready(page, "0/1/sv")
    assert page.inner_text("#body h2").startswith("Tekniska nämnden")
    page.screenshot(path=str(shots / "explore-variant-sv.png"))


def test_switch_structure_highlights_the_differences(page: Page, shots: Path) -> None:
    page.select_option("#structure", index=1)
    ready(page, "1/0/fi")
    assert page.is_visible("#diff-box")
    assert page.inner_text("#diff-label") == "Korosta erot rakenteeseen Esimerkkikaupunki"
    marked = page.evaluate("""() => Object.fromEntries(['added', 'changed'].map(c =>
        [c, [...document.querySelectorAll('body.diff g.card.' + c)].map(g => g.dataset.body)]))""")
    assert marked == {"added": ["hyvinvointi"], "changed": ["tarkastus"]}
    assert page.inner_text("#removed") == "Puuttuu tästä rakenteesta: Nuorisovaltuusto"
    page.screenshot(path=str(shots / "explore-compare.png"))
    page.uncheck("#diff")
    assert page.evaluate("document.querySelectorAll('body.diff').length") == 0
    assert page.inner_text("#removed") == ""


def test_keyboard_tab_to_a_card_and_enter(page: Page) -> None:
    page.focus("#print")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('g.card')"):
            break
    body_id = page.evaluate("document.activeElement.dataset.body")
    assert body_id == "valtuusto"  # the first card in the drawing's order
    page.keyboard.press("Enter")
    assert page.inner_text("#body h2") == "Kaupunginvaltuusto"
    assert page.evaluate("document.querySelectorAll('g.card:not([tabindex=\"0\"])').length") == 0


def test_readable_at_first_paint_and_text_inside_cards(page: Page) -> None:
    # on-screen size of every card's type: its font size times the drawing's scale on the screen
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll('g.card text')].map(t =>
        parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a))""")
    assert smallest >= 10.99
    over = page.evaluate("""() => [...document.querySelectorAll('g.card')].flatMap(g => {
        const box = g.querySelector('path,polygon').getBBox();
        return [...g.querySelectorAll('text')].filter(t => { const bb = t.getBBox();
          return bb.x < box.x - .5 || bb.x + bb.width > box.x + box.width + .5; }).map(t => t.textContent); })""")
    assert over == []


def test_zoom_and_print(page: Page, shots: Path) -> None:
    before = page.evaluate("window.pz.getSizes().realZoom")
    page.click("#fit")
    fitted = page.evaluate("window.pz.getSizes().realZoom")
    page.evaluate("window.pz.zoomBy(2)")
    assert page.evaluate("window.pz.getSizes().realZoom") == pytest.approx(2 * fitted)
    assert fitted <= before
    page.emulate_media(media="print")
    assert page.is_hidden("#q") and page.is_hidden("#structure")
    assert page.evaluate("getComputedStyle(document.querySelector('.svg-pan-zoom-control')).display") == "none"
    # on paper the whole drawing, refitted, at its own aspect ratio (not a strip of the zoomed view)
    page.wait_for_function("""() => { const svg = document.querySelector('#stage svg').getBoundingClientRect();
        const drawn = document.querySelector('#stage .svg-pan-zoom_viewport').getBoundingClientRect();
        return drawn.width <= svg.width + 1 && drawn.height <= svg.height + 1; }""")
    width, height, ratio = page.evaluate("""() => { const svg = document.querySelector('#stage svg');
        const r = svg.getBoundingClientRect(); const [w, h] = svg.style.aspectRatio.split('/').map(parseFloat);
        return [r.width, r.height, w / h]; }""")
    assert height == pytest.approx(width / ratio, rel=0.01)
    page.screenshot(path=str(shots / "explore-print.png"), full_page=True)


def test_the_largest_shipped_model_against_an_archetype(browser: Browser, tmp_path: Path, shots: Path) -> None:
    from builders import MODELS

    orgs = [load(MODELS / "archetypes" / "lautakuntamalli-toimialat.yaml"), load(MODELS / "pirkanmaa-2018.yaml")]
    path = tmp_path / "explorer.html"
    path.write_text(explorer_page(orgs), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(path.as_uri())
    ready(tab, "0/0/fi")
    index = next(i for i, org in enumerate(orgs) if org.id == "pirkanmaa-2018")
    tab.select_option("#structure", index=index)
    ready(tab, f"{index}/0/fi")
    tab.select_option("#lang", label="EN")
    ready(tab, f"{index}/0/en")
    open_card(tab, "maakuntahallitus")
    assert tab.inner_text("#body h2").startswith(orgs[index].body("maakuntahallitus").name("en"))
    tab.screenshot(path=str(shots / "explore-pirkanmaa-en.png"))
    assert errors == []
    context.close()
