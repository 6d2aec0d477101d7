"""What a card and a relation line say, and how baseline marks look (read back from the SVG).

Hand-made structures, one per failure mode: a name that says its kind, role badges, a baseline
pair with a moved delegation, a removed election, an added, a removed and a changed body,
relation labels that fit and one that does not, dated bodies, list cards.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from orgmodel.io import load
from orgmodel.model import Body, Organisation
from orgmodel.render import diagram, sheet
from orgmodel.render.graphviz.cards import card_label
from orgmodel.render.labels import card_text, kind_text, list_card_text, role_text
from orgmodel.render.theme import DEFAULT_THEME, PRESETS
from orgmodel.text import LANGS
from orgmodel.vocab import BodyKind, RelationType
from orgmodel.words import word

from builders import MODELS, SVG, body, box, groups, make_org, parse_svg, text_of


def squash(text: str) -> str:
    return re.sub(r"[\s‐]", "", text)


def title_of(g: ET.Element) -> str:
    t = g.find(f"{SVG}title")
    return t.text or "" if t is not None else ""


def sizes(g: ET.Element, words: str) -> list[float]:
    """Font sizes of the text elements of ``g`` that are part of ``words``."""
    return [float(t.get("font-size", "0")) for t in g.iter(f"{SVG}text") if t.text and t.text.strip() in words]


def strokes(g: ET.Element) -> list[ET.Element]:
    return [p for p in g.iter() if p.tag in (f"{SVG}path", f"{SVG}polygon") and p.get("stroke") not in (None, "none")]


# --- the kind line ------------------------------------------------------------------------------

def _b(kind: str, fi: str, sv: str | None = None, en: str | None = None, **fields: object) -> Body:
    names = {"fi": fi, **({"sv": sv} if sv else {}), **({"en": en} if en else {})}
    return Body.model_validate({"id": "x", "kind": kind, "names": names, **fields})


def test_the_kind_line_says_only_what_the_name_does_not() -> None:
    council = _b("council", "Maakuntavaltuusto", "Landskapsfullmäktige", "Regional council")
    assert [kind_text(council, lang) for lang in LANGS] == ["", "", ""]
    board = _b("board", "Tekninen ltk", "Tekniska nämnden", "Technical services")
    assert [kind_text(board, lang) for lang in LANGS] == ["lautakunta", "", "board"]
    # the office's qualifier stays when the name says only the kind
    director = _b("executive", "Pelastusjohtaja", executive_type="managing_director")
    assert kind_text(director, "fi") == "toimitusjohtaja"
    # an audit committee's name says its kind, a board's name of another kind word does not
    assert kind_text(_b("audit_committee", "Tarkastuslautakunta"), "fi") == ""
    assert kind_text(_b("committee", "Tarkastuslautakunta", committee_role="preparatory"), "fi") == "valiokunta"


def test_a_card_whose_name_says_its_kind_has_no_kind_line() -> None:
    org = make_org([body("v", "council", names={"fi": "Kaupunginvaltuusto"}),
                    body("h", "executive_board", "v", names={"fi": "Johtoryhmä"})])
    cards = groups(parse_svg(diagram(org).svg()), "card")
    assert squash(text_of(cards["p0_v"])) == "Kaupunginvaltuusto"
    assert squash(text_of(cards["p0_h"])) == "hallitusJohtoryhmä"


# --- role badges ----------------------------------------------------------------------------------

def _roles_org() -> Organisation:
    return make_org([
        body("v", "council", names={"fi": "Valtuusto"}),
        body("h", "executive_board", "v", names={"fi": "Hallitus"}),
        body("ltk", "board", "h", names={"fi": "Tekninen lautakunta"}),
        body("vk", "committee", "h", names={"fi": "Elinvoimavaliokunta"}, committee_role="preparatory"),
        body("auki", "committee", "h", names={"fi": "Avoin valiokunta"}),  # no role given: no badge
        body("tark", "audit_committee", "v", names={"fi": "Tarkastuslautakunta"}),  # not a leadership body
    ])


def test_role_badges_on_leadership_cards_in_three_languages() -> None:
    org = _roles_org()
    expected = {"fi": ("päättää", "valmistelee"), "sv": ("beslutar", "bereder"), "en": ("decides", "prepares")}
    for lang, (decides, prepares) in expected.items():
        cards = groups(parse_svg(diagram(org, lang=lang).svg()), "card")
        assert decides in text_of(cards["p0_ltk"]) and prepares not in text_of(cards["p0_ltk"])
        assert prepares in text_of(cards["p0_vk"])
        for other in ("p0_auki", "p0_tark", "p0_h"):
            assert decides not in text_of(cards[other]) and prepares not in text_of(cards[other]), (lang, other)


def test_a_role_badge_is_set_nearly_as_large_as_the_name() -> None:
    cards = groups(parse_svg(diagram(_roles_org(), preset="slide").svg()), "card")
    badge = sizes(cards["p0_vk"], "valmistelee")
    name = sizes(cards["p0_vk"], "Elinvoimavaliokunta Elinvoima‐ valiokunta")
    assert badge and name
    assert min(badge) >= 0.85 * max(name)


def test_role_text_names_a_change_of_role() -> None:
    board = _b("board", "Tekninen lautakunta")
    assert role_text(board, "fi", was="preparatory") == "valmistelee → päättää"
    assert role_text(board, "fi", was="decision_making") == "päättää"  # the same role: no arrow


# --- baseline marks ------------------------------------------------------------------------------

def _pair() -> tuple[Organisation, Organisation]:
    """A delegation moved from a board to the executive board, the board turned into a preparatory
    committee, one board removed (with the council's election of it), one board added."""
    powers = [{"id": "p_tek", "names": {"fi": "Tekniset päätökset"}, "holder": "v"}]
    shared = [body("v", "council", names={"fi": "Valtuusto"}, seats=21),
              body("h", "executive_board", "v", names={"fi": "Hallitus"}, seats=9),
              body("sivistys", "board", "h", names={"fi": "Sivistyslautakunta"}, seats=9)]
    base = make_org([*shared, body("tekninen", "board", "h", names={"fi": "Tekninen lautakunta"}, seats=9),
                     body("vapaa", "board", "h", names={"fi": "Vapaa-aikalautakunta"}, seats=7)],
                    relations=[{"type": "delegates", "source": "v", "target": "tekninen", "power": "p_tek"},
                               {"type": "elects", "source": "v", "target": "vapaa"}],
                    powers=powers, id="base", name="Lautakunnat")
    new = make_org([*shared, body("tekninen", "committee", "h", names={"fi": "Tekninen valiokunta"}, seats=9,
                                  committee_role="preparatory"),
                    body("ymparisto", "board", "h", names={"fi": "Ympäristölautakunta"}, seats=9)],
                   relations=[{"type": "delegates", "source": "v", "target": "h", "power": "p_tek"}],
                   powers=powers, id="new", name="Valiokunnat")
    return base, new


@pytest.fixture(scope="module")
def marked() -> ET.Element:
    base, new = _pair()
    return parse_svg(sheet([base, new], baseline=base).svg())


def test_an_added_relation_is_a_strong_line_with_its_label(marked: ET.Element) -> None:
    added = groups(marked, "relation-added")
    assert [title_of(g) for g in added.values()] == ["p1_v->p1_h"]
    (line,) = added.values()
    normal = DEFAULT_THEME.relation(RelationType.DELEGATES)
    assert max(float(p.get("stroke-width", "1")) for p in strokes(line)) == pytest.approx(3 * normal.penwidth)
    assert "+delegoi:Teknisetpäätökset" in squash(text_of(line))


def test_removed_relations_are_ghost_lines_to_the_live_body_or_the_ghost(marked: ET.Element) -> None:
    removed = groups(marked, "relation-removed")
    assert sorted(title_of(g) for g in removed.values()) == ["p1_v->p1_ghost_vapaa", "p1_v->p1_tekninen"]
    for g in removed.values():
        path = next(p for p in g.iter(f"{SVG}path"))
        assert path.get("stroke") == "#cc3311" and path.get("stroke-dasharray")
        assert 0.5 < float(path.get("stroke-opacity", "1")) < 1
    assert sorted(squash(text_of(g)) for g in removed.values()) == ["−delegoi", "−valitsee"]
    assert not any("relation-" in (g.get("class") or "") for k, g in groups(marked, "edge").items() if "_p0_" in k)


def test_a_changed_role_is_the_badge_change_and_unchanged_cards_fade(marked: ET.Element) -> None:
    cards = groups(marked, "card")
    assert "päättää→valmistelee" in squash(text_of(cards["p1_tekninen"]))
    assert "mark-changed" in (cards["p1_tekninen"].get("class") or "")
    assert "päättää" in text_of(cards["p0_tekninen"]) and "→" not in text_of(cards["p0_tekninen"])
    for node in ("p1_v", "p1_h", "p1_sivistys"):
        assert "mark-same" in (cards[node].get("class") or ""), node
        outline = strokes(cards[node])[0]
        assert float(outline.get("fill-opacity", "1")) == pytest.approx(0x66 / 255, abs=0.01)
    for node in ("p0_v", "p0_sivistys", "p1_ymparisto", "p1_tekninen"):  # the baseline and the changes stay strong
        assert float(strokes(cards[node])[0].get("fill-opacity", "1")) == 1.0, node


def test_a_removed_body_stands_at_the_end_of_its_row_without_a_hierarchy_line(marked: ET.Element) -> None:
    cards = groups(marked, "card")
    ghost = box(cards["p1_ghost_vapaa"])
    for live in ("p1_sivistys", "p1_tekninen", "p1_ymparisto"):
        assert box(cards[live])[2] < ghost[0], live
    assert not [k for k in groups(marked, "edge") if "ghost" in k and k.endswith("_parent")]


def test_the_legend_explains_added_and_removed_relations(marked: ET.Element) -> None:
    legend = groups(marked, "legend-relation")
    assert {"lg_rel_added", "lg_rel_removed"} <= set(legend)
    labels = "".join(text_of(g) for g in groups(marked, "legend-label").values())
    assert "uusi suhde" in labels and "poistunut suhde" in labels


def test_the_change_summary_says_what_changed_in_three_lines() -> None:
    base, new = _pair()
    d = sheet([base, new], baseline=base)
    assert d.panels[0].summary == []  # the baseline itself
    assert d.panels[1].summary == ["Toimielimet: +1 uusi, −1 poistunut, 1 muuttunut",
                                   "Roolit: 1 × päättää → valmistelee",
                                   "Suhteet: +1 uusi, −2 poistunutta (delegoi, valitsee)"]
    en = sheet([base, new], baseline=base, lang="en").panels[1].summary
    assert en[1] == "Roles: 1 × decides → prepares"


def _px_at_1080p(root: ET.Element, width: float) -> float:
    """A line ``width`` of the drawing in pixels of the 1920 x 1080 slide."""
    scale = float(re.findall(r"scale\(([\d.]+)", root.find(f"{SVG}g").get("transform", ""))[0])  # type: ignore[union-attr]
    page = float(root.get("width", "0").removesuffix("pt"))
    return width * scale * 1920 / page


def test_the_archetype_baseline_shows_moved_delegations_role_badges_and_strong_outlines() -> None:
    arch = MODELS / "archetypes"
    base, other = load(arch / "lautakuntamalli-toimialat.yaml"), load(arch / "valiokuntamalli-valmisteleva.yaml")
    root = parse_svg(sheet([base, other], baseline=base, preset="slide").svg())
    titles = {title_of(g) for g in groups(root, "relation-added").values()}
    assert titles == {"p1_maakuntavaltuusto->p1_maakuntahallitus"}
    removed = {title_of(g) for g in groups(root, "relation-removed").values()}
    assert removed == {f"p1_maakuntavaltuusto->p1_{s}" for s in ("sote", "elinvoima", "turvallisuus")}
    cards = groups(root, "card")
    for s in ("sote", "elinvoima", "turvallisuus"):
        assert "päättää" in text_of(cards[f"p0_{s}"])
        assert "päättää→valmistelee" in squash(text_of(cards[f"p1_{s}"]))
        outline = max(float(p.get("stroke-width", "0")) for p in strokes(cards[f"p1_{s}"]))
        assert _px_at_1080p(root, outline) >= 4.0, s
    assert PRESETS["slide"].size == (13.333, 7.5)  # 1920 px across: the yardstick above


# --- relation labels --------------------------------------------------------------------------------

def _labelled(long_label: str = "") -> Organisation:
    return make_org([
        body("v", "council", names={"fi": "Valtuusto"}),
        body("h", "executive_board", "v", names={"fi": "Hallitus"}),
        body("a", "board", "h", names={"fi": "Tekninen lautakunta"}, seats=9),
        body("b", "board", "h", names={"fi": "Sivistyslautakunta"}, seats=9),
    ], relations=[
        {"type": "cooperates_with", "source": "a", "target": "b", "label": "Yhteiset hankkeet"},
        {"type": "nominates", "source": "v", "target": "a", "seats": 3},
        *([{"type": "steers", "source": "h", "target": "b", "label": long_label}] if long_label else []),
    ])


def test_relation_labels_where_they_fit() -> None:
    edges = groups(parse_svg(diagram(_labelled()).svg()), "edge")
    by_title = {title_of(g): text_of(g) for g in edges.values() if not g.get("id", "").endswith("_parent")}
    assert by_title["p0_a->p0_b"] == "Yhteiset hankkeet"
    assert squash(by_title["p0_v->p0_a"]) == "3/9"  # 3 of the board's 9 seats


def test_a_label_that_does_not_fit_is_left_out() -> None:
    long_label = "Omistajaohjaus, konsernistrategia, talousarvion tavoitteet ja niiden seuranta, " * 3
    steers = {k: g for k, g in groups(parse_svg(diagram(_labelled(long_label)).svg()), "steers").items()
              if not k.startswith("lg_")}
    assert [title_of(g) for g in steers.values()] == ["p0_h->p0_b"]
    assert text_of(next(iter(steers.values()))) == ""


# --- dates and list cards ------------------------------------------------------------------------------

def test_validity_dates_on_cards() -> None:
    org = make_org([body("v", "council", names={"fi": "Valtuusto"}),
                    body("j", "board", "v", names={"fi": "Jaostolautakunta"}, valid_from="2019-01-01"),
                    body("k", "board", "v", names={"fi": "Kulttuurilautakunta"}, valid_from="2019-01-01",
                         valid_to="2020-12-31")])
    cards = groups(parse_svg(diagram(org).svg()), "card")
    assert "1.1.2019 alkaen" in text_of(cards["p0_j"])
    assert "1.1.2019–31.12.2020" in text_of(cards["p0_k"])
    assert card_text(org.body("k"), None, "en").dates == "1 January 2019–31 December 2020"


def test_list_card_text_heading_and_lines() -> None:
    companies = [_b("subsidiary", f"Yhtiö {n} Oy", en=f"Company {n} Ltd") for n in range(1, 6)]
    text = list_card_text(companies, "fi")
    assert text.name == "Tytäryhtiöt (5)" and text.items == tuple(f"Yhtiö {n} Oy" for n in range(1, 6))
    assert list_card_text(companies, "en").name == "Subsidiaries (5)"
    mixed = [companies[0], _b("foundation", "Säätiö sr")]
    assert list_card_text(mixed, "fi").name == "Konserniyhteisöt (2)"  # one tier: its label
    assert list_card_text([companies[0], _b("board", "Tekninen lautakunta")], "fi").name == \
        "Toimielimet ja yksiköt (2)"
    # drawn: every line at the card name's size
    theme = PRESETS["slide"].apply(DEFAULT_THEME)
    label, _ = card_label(companies[0], None, text, theme, "fi")
    blocks = re.findall(rf'<FONT POINT-SIZE="{theme.name_size:g}"[^>]*>(.*?)</FONT>', label)
    assert any(all(f"Yhtiö {n} Oy" in x for n in range(1, 6)) and "<B>" not in x for x in blocks)


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_has_a_plural_for_list_cards(lang: str) -> None:
    for kind in BodyKind:
        plural = word(f"kind.plural.{kind.value}", lang)
        assert plural and plural[0].isupper(), (kind, lang)
