"""Mermaid flowchart text (``.mmd``) for Markdown pages: one ``subgraph`` per tier, so the bands stay.

Mermaid lays the chart out itself, so this is a sketch for a wiki page, not orgmodel's comparable
diagram. Hierarchy links run from the parent down (``-->``); other relations are dotted arrows
labelled with their type (``-.->|valitsee|``). Node ids are the body ids with every character
Mermaid does not accept in an id turned into ``_``; labels are escaped with Mermaid's entity codes.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": 'Valtuusto "A"'}},
...     {"id": "h-1", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}]})
>>> print(mermaid_text(org), end="")
%% X
flowchart TD
  subgraph tier_council["Valtuustotaso"]
    v["Valtuusto #quot;A#quot;"]
  end
  subgraph tier_executive_board["Hallitustaso"]
    h_1["Hallitus"]
  end
  v --> h_1
"""

from __future__ import annotations

import re

from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG
from orgmodel.vocab import Tier

__all__ = ["mermaid_text", "mermaid_id", "mermaid_label"]

_NOT_ID = re.compile(r"[^A-Za-z0-9_]")
_ENTITIES = {"#": "#35;", '"': "#quot;", "|": "#124;", "<": "#lt;", ">": "#gt;", "\n": " ", "\r": " "}


def mermaid_id(body_id: str) -> str:
    """A body id as a Mermaid node id.

    >>> mermaid_id("sote.lautakunta-2")
    'sote_lautakunta_2'
    """
    return _NOT_ID.sub("_", body_id)


def mermaid_label(text: str) -> str:
    """Text inside a quoted Mermaid label, with the characters that end or break it as entity codes."""
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def _unique_ids(org: Organisation) -> dict[str, str]:
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for body in org.bodies:
        base = candidate = mermaid_id(body.id)
        n = 2
        while candidate in taken:  # 'a-b' and 'a_b' would meet as 'a_b'
            candidate, n = f"{base}_{n}", n + 1
        ids[body.id] = candidate
        taken.add(candidate)
    return ids


def mermaid_text(org: Organisation, lang: str = DEFAULT_LANG) -> str:
    """The structure as a Mermaid ``flowchart TD`` with names, tier and relation labels in ``lang``."""
    ids = _unique_ids(org)
    tiers = org.tiers()
    lines = [f"%% {mermaid_label(org.name(lang))}", "flowchart TD"]
    for tier in Tier.ordered():
        members = [b for b in org.bodies if tiers[b.id] is tier]
        if not members:
            continue
        lines.append(f'  subgraph tier_{tier.value}["{mermaid_label(tier.label(lang))}"]')
        lines += [f'    {ids[b.id]}["{mermaid_label(b.name(lang))}"]' for b in members]
        lines.append("  end")
    lines += [f"  {ids[b.parent]} --> {ids[b.id]}" for b in org.bodies if b.parent is not None]
    lines += [f"  {ids[r.source]} -.->|{mermaid_label(r.type.label(lang))}| {ids[r.target]}" for r in org.relations]
    return "\n".join(lines) + "\n"
