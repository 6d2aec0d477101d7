"""The six archetypes of the 2018 deck (slide 6): the axes order as the deck implies, and each
diff against the reference lautakuntamalli lists exactly what the file's header comment says."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgmodel.compare.axes import scores
from orgmodel.compare.diff import diff_structures
from orgmodel.io import load
from orgmodel.model import Organisation

NAMES = ("lautakuntamalli-toimialat", "lautakuntamalli-prosessit", "valiokuntamalli-valmisteleva",
         "valiokuntamalli-paattava", "yhdistelmamalli", "hallituksen-jaostomalli")
SECTORS = ("sote", "elinvoima", "turvallisuus")


ARCHETYPES = Path(__file__).resolve().parent.parent / "models" / "archetypes"
Scores = dict[str, dict[str, float | None]]  # axis scores by archetype name


@pytest.fixture(scope="module")
def arch() -> dict[str, Organisation]:
    return {n: load(ARCHETYPES / f"{n}.yaml") for n in NAMES}


@pytest.fixture(scope="module")
def axis(arch: dict[str, Organisation]) -> Scores:
    return {n: scores(org) for n, org in arch.items()}


def on_axis(axis: Scores, axis_id: str) -> dict[str, float]:
    """Each archetype's score on one axis; every archetype has one (none is left undefined)."""
    out: dict[str, float] = {}
    for name, s in axis.items():
        value = s[axis_id]
        assert value is not None, f"{name} has no score on {axis_id}"
        out[name] = value
    return out


def test_decision_orders_the_committee_models_as_the_deck_implies(axis: Scores) -> None:
    """Slide 6 attaches question 1's own words to the valiokuntamalli ("Valmisteleva/Päätöksiä
    tekevä") and gives the yhdistelmämalli "Valiokunnat ja lautakunnat erilaisilla rooleilla"."""
    d = on_axis(axis, "decision")
    assert d["valiokuntamalli-valmisteleva"] < d["yhdistelmamalli"] < d["valiokuntamalli-paattava"]
    assert d["valiokuntamalli-valmisteleva"] == 0.0 and d["valiokuntamalli-paattava"] == 1.0


@pytest.mark.parametrize("axis_id", ["council", "preparation", "organiser", "representative", "municipal"])
def test_every_archetype_is_determinable_where_the_deck_implies_no_order(axis: Scores, axis_id: str) -> None:
    """docs/axes.md: the deck implies no order between the archetypes on questions 2-6; the values
    must still exist (the archetypes carry powers, preparation and seats)."""
    assert len(on_axis(axis, axis_id)) == len(NAMES)


def test_the_deck_implied_orders_are_written_down(axis: Scores) -> None:
    doc = (ARCHETYPES.parent.parent / "docs" / "axes.md").read_text(encoding="utf-8")
    assert '"Valmisteleva/Päätöksiä tekevä"' in doc and "valiokuntamalli-valmisteleva < yhdistelmamalli" in doc
    assert doc.count("No order between the archetypes") == 5


def test_jaostomalli_diff_is_exactly_the_header(arch: dict[str, Organisation]) -> None:
    d = diff_structures(arch["lautakuntamalli-toimialat"], arch["hallituksen-jaostomalli"])
    assert d.added == [] and d.removed == [] and d.powers_added == [] and d.powers_removed == []
    assert set(d.changed) == set(SECTORS)
    for body in SECTORS:
        change = d.changed[body]
        assert set(change) == {"kind", "names"}
        assert change["kind"] == ("board", "subcommittee")
        old, new = change["names"]
        assert set(old) == set(new) == {"fi", "en"}
        assert old["fi"].endswith("lautakunta") and new["fi"].endswith("jaosto")
    assert sorted(d.relations_removed) == [("elects", "maakuntavaltuusto", b, None) for b in sorted(SECTORS)]
    assert sorted(d.relations_added) == [("elects", "maakuntahallitus", b, None) for b in sorted(SECTORS)]


@pytest.mark.parametrize("name,role", [("valiokuntamalli-paattava", "decision_making"),
                                       ("valiokuntamalli-valmisteleva", "preparatory")])
def test_valiokuntamalli_diffs_are_exactly_the_header(arch: dict[str, Organisation], name: str, role: str) -> None:
    d = diff_structures(arch["lautakuntamalli-toimialat"], arch[name])
    assert d.added == d.removed == d.powers_added == d.powers_removed == []
    assert set(d.changed) == set(SECTORS)
    for body in SECTORS:
        change = d.changed[body]
        assert set(change) == {"kind", "committee_role", "members_must_be_councillors", "names"}
        assert change["kind"] == ("board", "committee") and change["committee_role"] == (None, role)
        assert change["members_must_be_councillors"] == (None, True)
        assert change["names"][1]["fi"].endswith("valiokunta")
    if role == "preparatory":  # the committees prepare, the executive board decides: delegations move
        assert sorted(d.relations_removed) == [("delegates", "maakuntavaltuusto", b, f"p_{b}") for b in sorted(SECTORS)]
        assert sorted(d.relations_added) == [("delegates", "maakuntavaltuusto", "maakuntahallitus", f"p_{b}")
                                             for b in sorted(SECTORS)]
    else:
        assert d.relations_removed == d.relations_added == []


def test_yhdistelmamalli_diff_is_exactly_the_header(arch: dict[str, Organisation]) -> None:
    d = diff_structures(arch["lautakuntamalli-toimialat"], arch["yhdistelmamalli"])
    assert d.added == d.removed == d.powers_added == d.powers_removed == []
    assert list(d.changed) == ["elinvoima"]
    assert set(d.changed["elinvoima"]) == {"kind", "committee_role", "members_must_be_councillors", "names"}
    assert d.changed["elinvoima"]["committee_role"] == (None, "preparatory")
    assert d.changed["elinvoima"]["names"][1]["fi"] == "Elinvoimavaliokunta"
    assert d.relations_removed == [("delegates", "maakuntavaltuusto", "elinvoima", "p_elinvoima")]
    assert d.relations_added == [("delegates", "maakuntavaltuusto", "maakuntahallitus", "p_elinvoima")]


def test_prosessit_replaces_the_sector_boards(arch: dict[str, Organisation]) -> None:
    d = diff_structures(arch["lautakuntamalli-toimialat"], arch["lautakuntamalli-prosessit"])
    assert sorted(d.removed) == sorted(SECTORS)
    assert sorted(d.added) == ["aikuiset_ikaantyneet", "lapset_perheet", "yritykset_yhteisot"]
    assert d.changed == {}
    assert len(d.relations_removed) == len(d.relations_added) == 9  # elects, prepares_for, delegates x 3
    assert sorted(d.powers_removed) == ["p_elinvoima", "p_sote", "p_turvallisuus"]


def test_the_table_in_docs_axes_is_current(axis: Scores) -> None:
    doc = (ARCHETYPES.parent.parent / "docs" / "axes.md").read_text(encoding="utf-8")
    rows = {cells[0]: cells[1:] for line in doc.splitlines()
            if line.startswith("| ") and (cells := [c.strip() for c in line.strip("|").split("|")])[0] in NAMES}
    assert set(rows) == set(NAMES)
    for name, cells in rows.items():
        assert cells == [f"{v:.2f}" for v in axis[name].values()], name


def test_demo_compare_prints_and_writes_the_archetype_comparison(arch: dict[str, Organisation], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 fixtures_dir: Path) -> None:
    import csv

    from orgmodel.demo import demo_compare

    models = [(ARCHETYPES / f"{n}.yaml", org) for n, org in arch.items()]
    models.append((fixtures_dir / "compare" / "diff-a.yaml", load(fixtures_dir / "compare" / "diff-a.yaml")))
    demo_compare(models, tmp_path)
    out = capsys.readouterr().out
    assert "Johtamismallien vertailu (6 mallia)" in out and "[6] hallituksen-jaostomalli" in out
    rows = list(csv.DictReader((tmp_path / "compare-archetypes.csv").open(encoding="utf-8")))
    assert [r["structure"] for r in rows] == list(NAMES)  # the region fixture is not an archetype
    assert (tmp_path / "compare-archetypes.md").read_text(encoding="utf-8").startswith("| rakenne |")
    assert (tmp_path / "compare-archetypes-axes.svg").read_bytes().startswith(b"<?xml")
    assert (tmp_path / "compare-archetypes-axes.pdf").read_bytes().startswith(b"%PDF")
