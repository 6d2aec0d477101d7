"""Data exports (orgmodel export): every format from every shipped model, read back with the format's
own library (networkx, rdflib, openpyxl, json), checked against the model's bodies, relations and names."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from orgmodel.io import expand_paths, load
from orgmodel.io.export import EXPORTS, export_bytes
from orgmodel.model import Organisation
from orgmodel.vocab import Tier

from builders import MODELS, make_org, run_cli

SHIPPED = expand_paths([MODELS])
IDS = [str(p.relative_to(MODELS)) for p in SHIPPED]


@pytest.fixture(scope="module", params=SHIPPED, ids=IDS)
def org(request: pytest.FixtureRequest) -> Organisation:
    path: Path = request.param
    return load(path)


def parents(org: Organisation) -> set[tuple[str, str]]:
    return {(b.id, b.parent) for b in org.bodies if b.parent is not None}


def relations(org: Organisation) -> list[tuple[str, str, str]]:
    return sorted((r.source, r.target, r.type.value) for r in org.relations)


def test_the_shipped_models_are_all_here() -> None:
    assert len(SHIPPED) >= 20 and not any(p.name.startswith("_") for p in SHIPPED)


@pytest.mark.parametrize("ext", [".graphml", ".gexf"])
def test_graph_formats_read_back_with_networkx(org: Organisation, ext: str) -> None:
    data = export_bytes(org, ext)
    g = (nx.read_graphml(io.BytesIO(data), force_multigraph=True) if ext == ".graphml"
         else nx.read_gexf(io.BytesIO(data)))
    assert list(g.nodes) == [b.id for b in org.bodies]
    edges = [(u, v, d["relation"]) for u, v, d in g.edges(data=True)]
    assert sorted(e for e in edges if e[2] != "subordinate_to") == relations(org)
    assert {(u, v) for u, v, t in edges if t == "subordinate_to"} == parents(org)
    for b in org.bodies:
        node = g.nodes[b.id]
        assert node["kind"] == b.kind.value and node["label"] == b.name("fi")
        assert node.get("names_sv") == (b.names.sv if b.names else None)
        if b.seats_min is None:  # unknown is absent, never 0
            assert "seats_min" not in node
        else:
            assert (node["seats_min"], node["seats_max"]) == (b.seats_min, b.seats_max)


def test_graphml_types_are_plain() -> None:
    org = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}, "seats": 43},
                    {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v", "seats": "7-11"}],
                   relations=[{"type": "owns", "source": "v", "target": "h", "share": 51.5}])
    text = export_bytes(org, ".graphml").decode()
    assert '<key id="d' in text and 'attr.name="seats_min" attr.type="long"' in text
    assert 'attr.name="share" attr.type="double"' in text
    g = nx.read_graphml(io.BytesIO(text.encode()), force_multigraph=True)
    assert (g.nodes["h"]["seats_min"], g.nodes["h"]["seats_max"]) == (7, 11)
    assert g.get_edge_data("v", "h", "r0")["share"] == 51.5


def test_mermaid_has_one_subgraph_per_tier(org: Organisation) -> None:
    text = export_bytes(org, ".mmd").decode()
    assert text.splitlines()[1] == "flowchart TD"
    tiers = org.tiers()
    groups = re.findall(r'subgraph tier_(\w+)\["[^"]*"\]\n((?:    .*\n)*?)  end', text)
    assert [t for t, _ in groups] == [t.value for t in Tier.ordered() if t in set(tiers.values())]
    members = {m: t for t, block in groups for m in re.findall(r"^    (\w+)\[", block, re.M)}
    assert len(members) == len(org.bodies)
    from orgmodel.io.export.mermaid import mermaid_id
    for b in org.bodies:
        assert members[mermaid_id(b.id)] == tiers[b.id].value
    assert len(re.findall(r"^  \w+ --> \w+$", text, re.M)) == len(parents(org))
    assert len(re.findall(r"^  \w+ -\.->\|[^|]+\| \w+$", text, re.M)) == len(org.relations)


def test_mermaid_labels_cannot_break_out() -> None:
    org = make_org([{"id": "a-b", "kind": "council", "names": {"fi": 'A "b" | <c> #d'}},
                    {"id": "a_b", "kind": "executive_board", "names": {"fi": "X"}, "parent": "a-b"}])
    text = export_bytes(org, ".mmd").decode()
    assert 'a_b["A #quot;b#quot; #124; #lt;c#gt; #35;d"]' in text
    assert 'a_b_2["X"]' in text and "a_b --> a_b_2" in text


def test_popolo_reads_back_with_json(org: Organisation) -> None:
    doc = json.loads(export_bytes(org, ".popolo.json"))
    orgs = doc["organizations"]
    assert [o["id"] for o in orgs] == [b.id for b in org.bodies]
    for o, b in zip(orgs, org.bodies, strict=True):
        assert o["classification"] == b.kind.value and o["name"] == b.name("fi")
        assert o.get("parent_id") == b.parent
        other = {n["lang"]: n["name"] for n in o.get("other_names", [])}
        assert other == {lang: getattr(b.names, lang) for lang in ("sv", "en") if b.names and getattr(b.names, lang)}
        assert o.get("seats") == (b.seats if isinstance(b.seats, int) else None)
    got = sorted((m["member"]["id"], m["organization_id"], m["role"]) for m in doc["memberships"])
    assert got == relations(org)
    assert doc["orgmodel"]["id"] == org.id and doc["orgmodel"]["law"] == org.law


@pytest.mark.parametrize("ext,rdf_format", [(".ttl", "turtle"), (".jsonld", "json-ld")])
def test_w3c_org_reads_back_with_rdflib(org: Organisation, ext: str, rdf_format: str) -> None:
    from rdflib import RDF, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import ORG, SKOS

    base = "https://example.org/test/"
    g = Graph().parse(data=export_bytes(org, ext, base_iri=base), format=rdf_format)
    om = Namespace(base + "vocab#")

    def iri(body_id: str) -> URIRef:
        return URIRef(f"{base}body/{body_id}")

    units = set(g.subjects(RDF.type, ORG.OrganizationalUnit))
    assert units == {iri(b.id) for b in org.bodies}
    assert {(str(s), str(o)) for s, o in g.subject_objects(ORG.subOrganizationOf)} == {
        (str(iri(c)), str(iri(p))) for c, p in parents(org)}
    for b in org.bodies:
        assert Literal(b.name("fi"), lang="fi") in set(g.objects(iri(b.id), SKOS.prefLabel))
        if b.names and b.names.sv:
            assert Literal(b.names.sv, lang="sv") in set(g.objects(iri(b.id), SKOS.prefLabel))
    got = sorted((str(g.value(r, om.source)).removeprefix(f"{base}body/"),
                  str(g.value(r, om.target)).removeprefix(f"{base}body/"), str(g.value(r, om.relationType)))
                 for r in g.subjects(RDF.type, om.Relation))
    assert got == relations(org)
    assert all(str(s).startswith(base) for s in g.subjects())


def test_base_iri_defaults_to_a_urn_and_gets_its_slash() -> None:
    org = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}}])
    assert b"<urn:orgmodel:" in export_bytes(org, ".ttl")
    assert b"<https://example.org/x/body/v>" in export_bytes(org, ".ttl", base_iri="https://example.org/x")


def test_xlsx_reads_back_with_openpyxl(org: Organisation) -> None:
    wb = load_workbook(io.BytesIO(export_bytes(org, ".xlsx")))
    assert wb.sheetnames == ["organisation", "bodies", "relations", "powers", "findings"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    rows = list(wb["bodies"].iter_rows(values_only=True))
    head = rows[0]
    cells = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    assert [c["id"] for c in cells] == [b.id for b in org.bodies]
    for c, b in zip(cells, org.bodies, strict=True):
        assert (c["kind"], c["parent"], c["names_fi"]) == (b.kind.value, b.parent, b.names.fi if b.names else None)
        assert c["seats"] == (b.seats if isinstance(b.seats, int) or b.seats is None else str(b.seats))
    rel = list(wb["relations"].iter_rows(values_only=True))
    assert sorted((r[2], r[3], r[1]) for r in rel[1:]) == relations(org)
    assert wb["powers"].max_row == len(org.powers) + 1


def test_unknown_seats_are_empty_cells_never_zero() -> None:
    org = make_org([{"id": "v", "kind": "council", "names": {"fi": "V"}},
                    {"id": "h", "kind": "executive_board", "names": {"fi": "H"}, "parent": "v", "seats": 0}])
    ws = load_workbook(io.BytesIO(export_bytes(org, ".xlsx")))["bodies"]
    seats = [r[6] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert ws["G1"].value == "seats" and seats == [None, 0]


@pytest.mark.parametrize("ext", sorted(EXPORTS))
def test_same_model_same_bytes(ext: str) -> None:
    org = load(MODELS / "pirkanmaa-2018.yaml")
    again = load(MODELS / "pirkanmaa-2018.yaml")
    assert export_bytes(org, ext) == export_bytes(again, ext)


def test_gexf_carries_the_version_date_not_today() -> None:
    org = load(MODELS / "pirkanmaa-2018.yaml")
    assert f'lastmodifieddate="{org.version_date}"'.encode() in export_bytes(org, ".gexf")


def test_cli_writes_each_format_from_the_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = MODELS / "pohjois-karjala-2018.yaml"
    for ext in EXPORTS:
        out = tmp_path / f"pk{ext}"
        code, _, err = run_cli(capsys, "export", str(model), "-o", str(out))
        assert code == 0, err
        if ext == ".xlsx":  # the findings sheet of the command has file locations; compare the data sheets
            book, direct = load_workbook(out), load_workbook(io.BytesIO(export_bytes(load(model), ext)))
            for sheet in ("organisation", "bodies", "relations", "powers"):
                assert list(book[sheet].values) == list(direct[sheet].values)
        else:
            assert out.read_bytes() == export_bytes(load(model), ext)


def test_cli_refuses_an_unknown_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "export", str(MODELS / "pirkanmaa-2018.yaml"), "-o", str(tmp_path / "x.svg"))
    assert code == 2 and ".graphml" in err and "Traceback" not in err
    assert not (tmp_path / "x.svg").exists()


def test_cli_never_writes_over_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "m.mmd"
    model.write_bytes((MODELS / "pirkanmaa-2018.yaml").read_bytes())
    before = model.read_bytes()
    code, _, err = run_cli(capsys, "export", str(model), "-o", str(model))
    assert code == 2 and "refusing" in err and model.read_bytes() == before


def test_w3c_org_without_rdflib_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "rdflib", None)  # as if it were not installed
    code, _, err = run_cli(capsys, "export", str(MODELS / "pirkanmaa-2018.yaml"), "-o", str(tmp_path / "x.ttl"))
    assert code == 2 and "pip install 'orgmodel[rdf]'" in err and "Traceback" not in err
    assert not (tmp_path / "x.ttl").exists()


def test_check_writes_findings_as_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from orgmodel.checking import check

    model = MODELS / "pirkanmaa-2018.yaml"
    out = tmp_path / "findings.xlsx"
    code, _, _ = run_cli(capsys, "check", str(model), "-o", str(out), "--lang", "en")
    report = check(load(model))
    assert code == report.exit_code("error")
    ws = load_workbook(out)["findings"]
    rows: list[dict[str, Any]] = [dict(zip([c.value for c in ws[1]], r, strict=True))
                                  for r in ws.iter_rows(min_row=2, values_only=True)]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:N{len(rows) + 1}"
    expected = report.findings + report.suppressed
    assert [r["code"] for r in rows] == [f.code for f in expected]
    assert [r["message"] for r in rows] == [f.text("en") for f in expected]
    assert {r["file"] for r in rows} == {str(model)}


def test_demo_writes_every_format_of_one_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from orgmodel.demo import EXPORT_MODEL, demo_exports

    org = load(MODELS / f"{EXPORT_MODEL}.yaml")
    written = demo_exports([(MODELS / f"{EXPORT_MODEL}.yaml", org)], tmp_path / "exports")
    assert sorted(p.name for p in written) == sorted(f"{EXPORT_MODEL}{ext}" for ext in EXPORTS)
    assert all(p.read_bytes() == export_bytes(org, p.name.removeprefix(EXPORT_MODEL)) for p in written)
    assert demo_exports([], tmp_path / "none") == []
