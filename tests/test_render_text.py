"""Text for labels: wrapping by measured width, escaping, the font, and catching Graphviz's warnings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgmodel.render.fonts import FILES, font_dir, fontconfig_text, install_fontconfig, metrics
from orgmodel.render.graphviz import engine
from orgmodel.render.text import BREAK_HYPHEN, clean, escape, wrap


@pytest.mark.parametrize("text", [
    "Kokonaisturvallisuuslautakunta",
    "Sosiaali- ja terveyspalvelujen järjestäminen",
    "Strategia-/tulevaisuusvaliokunta",
    "Sisäisen valvonnan ja riskienhallinnan jaosto/toimikunta",
    "A" * 120,
    "lyhyt",
])
def test_wrapped_lines_fit_and_lose_nothing(text: str) -> None:
    lines = wrap(text, 130, 12, bold=True)
    assert all(metrics().width(line, 12, bold=True) <= 130 for line in lines)
    joined = "".join(line.removesuffix(BREAK_HYPHEN) for line in lines)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_compounds_break_between_their_parts() -> None:
    assert wrap("Kokonaisturvallisuuslautakunta", 150, 12) == ["Kokonaisturvallisuus\u2010", "lautakunta"]
    # after an existing hyphen or slash, no hyphen is added
    assert wrap("Strategia-/tulevaisuusvaliokunta", 100, 12)[0] == "Strategia-/"
    # a word that fits is never broken
    assert wrap("Valinnanvapauden liikelaitos", 178, 15.6, True) == ["Valinnanvapauden", "liikelaitos"]


def test_newlines_are_kept_and_control_characters_replaced() -> None:
    assert wrap("Rivi yksi\nRivi kaksi", 500, 12) == ["Rivi yksi", "Rivi kaksi"]
    assert clean("a\x00b\tc\r\nd") == "a\ufffdb c\nd"


def test_escape_covers_xml_and_graphviz_backslash_escapes() -> None:
    assert escape('<&>"\'') == "&lt;&amp;&gt;&quot;&#39;"
    assert escape("a\\Nb") == "a<FONT>\\</FONT>Nb"


def test_measuring_is_proportional() -> None:
    m = metrics()
    assert m.width("WWWW", 10) > 2 * m.width("iiii", 10)
    assert m.width("abc", 20) == pytest.approx(2 * m.width("abc", 10))
    assert m.width("abc", 10, bold=True) > m.width("abc", 10)


def test_fontconfig_offers_only_dejavu_sans_from_matplotlib() -> None:
    text = fontconfig_text(font_dir(), None)
    assert f"<dir>{font_dir()}</dir>" in text
    for name in FILES:
        assert f"*/{name}" in text
    conf = install_fontconfig()
    assert os.environ["FONTCONFIG_FILE"] == str(conf)
    assert Path(conf).read_text(encoding="utf-8").startswith("<?xml")


def test_graphviz_warnings_are_captured() -> None:
    """The capture the tests rely on: a label too big for a fixed-size node makes Graphviz warn."""
    import pygraphviz
    from pygraphviz import graphviz as gv

    engine._ensure_ready()
    with engine._captured_stderr() as said:
        g = pygraphviz.AGraph(string='digraph { a [label="a label far too long", fixedsize=true, width=0.2] }')
        gvc = gv.gvContextWithBuiltins()
        gv.gvLayout(gvc, g.handle, b"dot")
        gv.gvRenderData(gvc, g.handle, b"svg")
        gv.gvFreeLayout(gvc, g.handle)
        gv.gvFreeContext(gvc)
    assert any("too small" in line for line in said), said
