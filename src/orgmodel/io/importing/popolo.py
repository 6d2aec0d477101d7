"""Popolo JSON back into model data: organizations as bodies, organisation-to-organisation
memberships as relations (the mapping of ``docs/popolo.md``, read in reverse).

A classification that is no orgmodel kind, or a role that is no relation type, is a problem naming
the organization or membership by its place in the file and saying what would be valid.
"""

from __future__ import annotations

import json
import os
from typing import Any

from orgmodel.errors import ModelError, Problem
from orgmodel.vocab import RelationType
from orgmodel.words import word

from .vocabulary import kind_of, member_of, valid_kinds

__all__ = ["read_popolo"]


def _body(org: dict[str, Any]) -> dict[str, Any]:
    extra = org.get("orgmodel") or {}
    names: dict[str, Any] = {"fi": org.get("name")}
    for other in org.get("other_names") or []:
        lang = other.get("lang") or other.get("note")
        if lang in ("sv", "en") and other.get("name"):
            names[lang] = other["name"]
    body: dict[str, Any] = {"id": org.get("id"), "kind": org.get("classification")}
    if extra.get("named") is not False:
        body["names"] = names
    seats = org.get("seats")
    if seats is None and "seats_min" in extra:
        seats = {"min": extra["seats_min"], "max": extra["seats_max"]}
    pairs = (("parent", org.get("parent_id")), ("seats", seats), ("valid_from", org.get("founding_date")),
             ("valid_to", org.get("dissolution_date")), ("certainty", extra.get("certainty")),
             ("note", extra.get("note")))
    body.update({k: v for k, v in pairs if v is not None})
    sources = org.get("sources") or []
    if sources and sources[0].get("url"):
        body["provenance"] = {k: v for k, v in (("source", sources[0]["url"]), ("quote", sources[0].get("note")))
                              if v is not None}
    return body


def _relation(m: dict[str, Any]) -> dict[str, Any]:
    extra = m.get("orgmodel") or {}
    rel: dict[str, Any] = {"type": m.get("role"), "source": (m.get("member") or {}).get("id"),
                           "target": m.get("organization_id")}
    if m.get("id"):
        rel["id"] = m["id"]
    for key in ("seats", "share", "power", "via", "certainty", "note"):
        if extra.get(key) is not None:
            rel[key] = extra[key]
    for key, ours in (("start_date", "valid_from"), ("end_date", "valid_to")):
        if m.get(key):
            rel[ours] = m[key]
    return rel


def read_popolo(path: str | os.PathLike[str], lang: str) -> tuple[dict[str, Any], list[Problem]]:
    """The model data of a Popolo file (``orgmodel`` meta, bodies, relations) and its problems."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError([Problem(name, 0, 0, word("import.bad_json", lang, file=name, problem=e))]) from e
    if not isinstance(doc, dict) or not isinstance(doc.get("organizations"), list):
        problem = "no 'organizations' list"
        raise ModelError([Problem(name, 0, 0, word("import.bad_json", lang, file=name, problem=problem))])
    problems: list[Problem] = []
    bodies = []
    for i, org in enumerate(doc["organizations"]):
        body = _body(org if isinstance(org, dict) else {})
        kind = kind_of(str(body.get("kind") or ""))
        if kind is None:
            message = word("import.unknown_kind", lang, value=body.get("kind"), valid=valid_kinds())
            problems.append(Problem(name, 0, 0, f"organizations[{i}] ({body.get('id')}): classification: {message}"))
        else:
            body["kind"] = kind.value
        bodies.append(body)
    relations = []
    for i, m in enumerate(doc.get("memberships") or []):
        if not isinstance(m, dict) or "person_id" in m:  # a person's membership: not a body relation
            continue
        rel = _relation(m)
        if member_of(RelationType, str(rel["type"] or "")) is None:
            valid = ", ".join(t.value for t in RelationType if t is not RelationType.SUBORDINATE_TO)
            message = word("import.unknown_choice", lang, value=rel["type"], valid=valid)
            problems.append(Problem(name, 0, 0, f"memberships[{i}]: role: {message}"))
            continue
        rel["type"] = str(member_of(RelationType, str(rel["type"])).value)  # type: ignore[union-attr]
        relations.append(rel)
    meta = doc.get("orgmodel") if isinstance(doc.get("orgmodel"), dict) else {}
    return {"meta": meta, "bodies": bodies, "relations": relations}, problems
