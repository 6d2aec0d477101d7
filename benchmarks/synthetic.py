"""Synthetic structures for benchmarks: a national structure of about 10,000 bodies.

21 wellbeing services counties and about 300 municipalities, each with the bodies such an
organisation usually has, as one model. Deterministic: the same arguments give the same file.

    python benchmarks/synthetic.py out/national.yaml      # writes YAML (or .json)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

COUNTY_BOARDS = ["sote", "pelastus", "talous", "henkilosto", "kielet"]
MUNICIPAL_BOARDS = ["sivistys", "tekninen", "ymparisto", "vapaa-aika", "rakennus", "elinvoima"]


def _body(bid: str, kind: str, name: str, parent: str | None = None, **extra: Any) -> dict[str, Any]:
    b: dict[str, Any] = {"id": bid, "kind": kind, "names": {"fi": name}}
    if parent:
        b["parent"] = parent
    b.update(extra)
    return b


def _organisation_bodies(prefix: str, label: str, boards: list[str], units: int
                         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    p = prefix
    bodies = [
        _body(f"{p}-valtuusto", "council", f"{label} valtuusto", seats=59, chairs=1, vice_chairs=2),
        _body(f"{p}-hallitus", "executive_board", f"{label} hallitus", f"{p}-valtuusto", seats=13),
        _body(f"{p}-tarkastus", "audit_committee", f"{label} tarkastuslautakunta", f"{p}-valtuusto", seats=7),
        _body(f"{p}-vaali", "election_board", f"{label} keskusvaalilautakunta", f"{p}-valtuusto", seats=5),
        _body(f"{p}-nuoriso", "advocacy_body", f"{label} nuorisovaltuusto", advocacy="youth"),
        _body(f"{p}-vanhus", "advocacy_body", f"{label} vanhusneuvosto", advocacy="elderly"),
        _body(f"{p}-vammais", "advocacy_body", f"{label} vammaisneuvosto", advocacy="disability"),
        _body(f"{p}-johtaja", "executive", f"{label} johtaja", f"{p}-hallitus", executive_type="director"),
        _body(f"{p}-konsernijaosto", "subcommittee", f"{label} konsernijaosto", f"{p}-hallitus", seats=5),
        _body(f"{p}-liikelaitos", "business_enterprise", f"{label} liikelaitos", f"{p}-hallitus"),
        _body(f"{p}-johtokunta", "enterprise_board", f"{label} liikelaitoksen johtokunta", f"{p}-liikelaitos",
              seats="7-9"),
        _body(f"{p}-yhtio", "subsidiary", f"{label} Palvelut Oy"),
    ]
    relations: list[dict[str, Any]] = [
        {"type": "elects", "source": f"{p}-valtuusto", "target": f"{p}-hallitus"},
        {"type": "advises", "source": f"{p}-nuoriso", "target": f"{p}-hallitus"},
        {"type": "advises", "source": f"{p}-vanhus", "target": f"{p}-hallitus"},
        {"type": "advises", "source": f"{p}-vammais", "target": f"{p}-hallitus"},
        {"type": "owns", "source": f"{p}-hallitus", "target": f"{p}-yhtio", "share": 100},
    ]
    for b in boards:
        bodies.append(_body(f"{p}-{b}", "board", f"{label} {b}lautakunta", f"{p}-hallitus", seats=11))
        bodies.append(_body(f"{p}-{b}-jaosto", "subcommittee", f"{label} {b}jaosto", f"{p}-{b}", seats=5))
        relations.append({"type": "elects", "source": f"{p}-valtuusto", "target": f"{p}-{b}"})
    for i in range(units):
        bodies.append(_body(f"{p}-toimiala-{i}", "administration", f"{label} toimiala {i}", f"{p}-johtaja"))
    return bodies, relations


def national_structure(municipalities: int = 300, units: int = 7) -> dict[str, Any]:
    """About 10,000 bodies with the defaults (21 counties x 34 + 300 municipalities x 31)."""
    bodies: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for c in range(21):
        b, r = _organisation_bodies(f"ha{c:02d}", f"Hyvinvointialue {c}", COUNTY_BOARDS, units + 5)
        bodies += b
        relations += r
    for m in range(municipalities):
        b, r = _organisation_bodies(f"k{m:03d}", f"Kunta {m}", MUNICIPAL_BOARDS, units)
        bodies += b
        relations += r
    return {
        "id": "suomi-synteettinen", "names": {"fi": "Synteettinen kansallinen rakenne"},
        "org_type": "archetype", "law": "fi/kuntalaki-410-2015",
        "version": {"status": "illustrative"}, "bodies": bodies, "relations": relations,
    }


def sized_structure(n_bodies: int) -> dict[str, Any]:
    """A structure of about ``n_bodies`` bodies (whole organisations, so never fewer than 31)."""
    per_municipality = 12 + 2 * len(MUNICIPAL_BOARDS) + 7
    data = national_structure(municipalities=0)
    data["bodies"], data["relations"] = [], []
    for m in range(max(1, round(n_bodies / per_municipality))):
        b, r = _organisation_bodies(f"k{m:03d}", f"Kunta {m}", MUNICIPAL_BOARDS, 7)
        data["bodies"] += b
        data["relations"] += r
    return data


def write(data: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/out/national.yaml")
    d = national_structure()
    write(d, out)
    print(f"{out}: {len(d['bodies'])} bodies, {len(d['relations'])} relations, {out.stat().st_size / 1e6:.2f} MB")
