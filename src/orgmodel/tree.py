"""A structure as an indented text tree: what ``orgmodel show`` prints.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "t", "names": {"fi": "Testi"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}, "seats": 59, "chairs": 1, "vice_chairs": 2},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v", "seats": 11},
...     {"id": "j", "kind": "subcommittee", "names": {"fi": "Valitusjaosto"}, "parent": "h",
...      "seats": 7, "certainty": "open"}]})
>>> print("\\n".join(tree_lines(org)))
Testi
└── Valtuusto  [valtuusto] 59 jäsentä, pj + 2 vpj
    └── Hallitus  [hallitus] 11 jäsentä
        └── Valitusjaosto (?)  [jaosto] 7 jäsentä
"""

from __future__ import annotations

from .model import Body, Organisation
from .render.labels import seats_text
from .vocab import Certainty, Tier
from .words import word

_MARK = {Certainty.STATED: "", Certainty.INFERRED: " (~)", Certainty.OPEN: " (?)"}


def body_line(body: Body, lang: str = "fi") -> str:
    kind = body.kind.label(lang)
    if body.committee_role is not None:
        kind += f", {body.committee_role.label(lang)}"
    detail = seats_text(body, lang)
    return f"{body.name(lang)}{_MARK[body.certainty]}  [{kind}]" + (f" {detail}" if detail else "")


def tree_lines(org: Organisation, lang: str = "fi") -> list[str]:
    """The hierarchy from each root down, roots in tier order, children in file order."""
    lines = [org.name(lang)]
    tiers = org.tiers()
    order = {t: i for i, t in enumerate(Tier.ordered())}
    roots = sorted(org.children(None), key=lambda b: order[tiers[b.id]])
    seen: set[str] = set()
    # A stack, not recursion: a hierarchy thousands of levels deep must print too.
    stack = [(root, "", i == len(roots) - 1) for i, root in reversed(list(enumerate(roots)))]
    while stack:
        body, prefix, last = stack.pop()
        if body.id in seen:
            continue
        seen.add(body.id)
        lines.append(f"{prefix}{'└── ' if last else '├── '}{body_line(body, lang)}")
        kids = [k for k in org.children(body.id) if k.id not in seen]
        inner = prefix + ("    " if last else "│   ")
        stack.extend((kid, inner, i == len(kids) - 1) for i, kid in reversed(list(enumerate(kids))))
    # Bodies caught in a parent cycle are reachable from no root: list them so nothing hides.
    stray = [b for b in org.bodies if b.id not in seen]
    for b in stray:
        lines.append(f"!   {body_line(b, lang)}  {word('tree.in_cycle', lang)}")
    return lines
