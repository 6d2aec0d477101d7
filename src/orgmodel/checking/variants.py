"""Legal findings that appear only when another alternative of an open choice is picked.

The model's body list states the first alternative of every choice, and that is what the main
run checks. Each other combination is checked too; a finding (rule and body) that the main run
did not make is reported once, tagged with the alternatives that produce it, so that staff see
what each open choice would mean legally. "Cannot check" notes are left out: they say the same
in every variant.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

from ..text import concat
from ..variants import MAX_VARIANTS  # beyond this many combinations only the first are checked (meta says so)
from .findings import Finding, ReportMeta

if TYPE_CHECKING:
    from ..model import Organisation



def findings_of_other_variants(org: Organisation, law_id: str, on: date | None, seen: list[Finding],
                               meta: ReportMeta) -> list[Finding]:
    """The findings of the other variants that ``seen`` (the main run's) lacks; sets ``meta['variants_checked']``."""
    from ..rules import run_rules

    if not org.choices:
        return []
    known = {(f.code, f.body) for f in seen}
    found: dict[tuple[str, str | None], tuple[Finding, list[str]]] = {}
    index = {b.id: i for i, b in enumerate(org.bodies)}
    checked = 0
    for selection, variant in islice(org.variants(max_variants=None), MAX_VARIANTS):  # none built beyond the cap
        checked += 1
        if all(selection[c.id] == c.alternatives[0].id for c in org.choices):
            continue  # the main run
        label = ", ".join(f"{k}={v}" for k, v in selection.items()
                          if v != next(c for c in org.choices if c.id == k).alternatives[0].id)
        for f in run_rules(variant, law_id, on)[0]:
            key = (f.code, f.body)
            if f.cannot_check or key in known:
                continue
            found.setdefault(key, (f, []))[1].append(label)
    meta["variants_checked"] = checked
    out = []
    for f, labels in found.values():
        where = " | ".join(labels)
        # positions of a variant's relations shift when bodies are removed; bodies keep theirs
        loc = ("bodies", index[f.body]) if f.body in index else None
        # the tag is the model's own choice and alternative ids: the same in every language
        out.append(replace(f, in_variant=where, loc=loc, message=concat(f"[{where}] ", f.message)))
    return out
