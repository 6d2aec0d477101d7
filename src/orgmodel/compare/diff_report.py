"""A diff as words: the lines of ``orgmodel diff`` (text and Markdown) and each change as a row.

Values are shown in the reader's language: vocabulary members by their labels, dates as
16.5.2018, body ids by the body's name in its own structure, an unknown value as "—".

>>> from orgmodel.model import Organisation
>>> def org(status, holder):
...     return Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...         "law": "fi/kuntalaki-410-2015", "version": {"status": status},
...         "bodies": [{"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
...                    {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}],
...         "powers": [{"id": "s", "names": {"fi": "Strategia"}, "holder": holder}]})
>>> from orgmodel.compare.diff import diff_structures
>>> print(diff_structures(org("draft", "v"), org("adopted", "h")).to_text("en"))  # doctest: +NORMALIZE_WHITESPACE
Structural diff: X → X
matched 2, +0, −0, ~0; powers +0, −0, ~1; model fields ~1
<BLANKLINE>
Model:
  ~ status draft → adopted
<BLANKLINE>
Changed powers:
  ~ Strategia (s): holder Valtuusto → Hallitus; delegation chain Valtuusto → Hallitus;
    final decision-maker Valtuusto → Hallitus
<BLANKLINE>
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from orgmodel.words import date_text, word

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from .diff import Changes, RelationRef, StructureDiff


def _body_name(org: Organisation | None, body_id: str, lang: str) -> str:
    return org.body(body_id).name(lang) if org is not None and org.has_body(body_id) else body_id


def show(field_name: str, value: Any, lang: str, org: Organisation | None = None) -> str:
    """A field's value as the reader sees it; ids of bodies by name in ``org`` (their structure).

    >>> show("valid_from", dt.date(2025, 6, 1), "fi"), show("seats", None, "en"), show("voluntary", True, "sv")
    ('1.6.2025', '—', 'ja')
    >>> show("call_in", [], "en"), show("limits", [{"text": "alle 200 000 euroa", "amount_eur": 200000}], "fi")
    ('nobody', 'alle 200 000 euroa (200000 €)')
    """
    if value is None:
        return "—"
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if isinstance(value, Enum) and hasattr(value, "label"):
        label: str = value.label(lang)
        return label
    if isinstance(value, dt.date):
        return date_text(value, lang)
    return _show_structured(field_name, value, lang, org)


def _show_structured(field_name: str, value: Any, lang: str, org: Organisation | None) -> str:
    """:func:`show` for what is not a plain scalar: ids, chains, limits, names, maps and lists."""
    from .diff import ID_FIELDS

    if field_name == "call_in" and not value:  # [] is stated: nobody may call it in (None: not stated)
        return word("diff.nobody", lang)
    if field_name == "limits" or field_name == "content_areas":  # each by its words (and amount)
        return "; ".join(_limit_or_area(item, lang) for item in value) if value else "—"
    if field_name == "chain":  # steps by '>', so that '→' stays the old → new of the report
        return " | ".join(" > ".join(_body_name(org, b, lang) for b in path) for path in value)
    if field_name in ID_FIELDS:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(_body_name(org, b, lang) for b in ids) if ids else "[]"
    if field_name == "names":
        names: dict[str, str] = value
        return names.get(lang) or names["fi"]
    if isinstance(value, dict):
        if set(value) <= {"fi", "sv", "en"} and "fi" in value:  # a text in three languages
            return str(value.get(lang) or value["fi"])
        return ", ".join(f"{show(field_name, k, lang)}: {show(field_name, v, lang)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(show(field_name, v, lang) for v in value) if value else "[]"
    return str(value)


def _limit_or_area(item: dict[str, Any], lang: str) -> str:
    """A delegation limit ('alle 200 000 euroa (200000 €)') or a content area ('name [topic]')."""
    text = item.get("text", item.get("name", ""))
    shown = str(text.get(lang) or text["fi"]) if isinstance(text, dict) else str(text)
    if item.get("amount_eur") is not None:
        shown += f" ({item['amount_eur']} €)"
    if item.get("topic"):
        shown += f" [{item['topic']}]"
    return shown


def field_label(name: str, lang: str) -> str:
    """The word for a compared field (``diff.field.<name>``)."""
    return word(f"diff.field.{name}", lang)


def changes_text(changes: Changes, lang: str, a: Organisation | None, b: Organisation | None) -> str:
    """'field old → new; ...', old values read in ``a``, new ones in ``b``."""
    return "; ".join(f"{field_label(name, lang)} {show(name, old, lang, a)} → {show(name, new, lang, b)}"
                     for name, (old, new) in changes.items())


def body_label(org: Organisation | None, body_id: str, lang: str) -> str:
    """A body as a report names it: name (kind, id); the bare id when ``org`` lacks it."""
    if org is not None and org.has_body(body_id):
        body = org.body(body_id)
        return f"{body.name(lang)} ({body.kind.label(lang)}, {body_id})"
    return body_id


def relation_label(org: Organisation | None, t: RelationRef, lang: str) -> str:
    from orgmodel.vocab import RelationType

    what = f" ({t.power})" if t.power else ""
    return (f"{_body_name(org, t.source, lang)} —{RelationType(t.type).label(lang)}{what}→ "
            f"{_body_name(org, t.target, lang)}")


def power_label(org: Organisation | None, pid: str, lang: str) -> str:
    found = [p for p in org.powers if p.id == pid] if org is not None else []
    return f"{found[0].names.get(lang)} ({pid})" if found else pid


def instrument_label(org: Organisation | None, iid: str, lang: str) -> str:
    found = [i for i in org.instruments if i.id == iid] if org is not None else []
    return f"{found[0].names.get(lang)} ({found[0].kind.label(lang)}, {iid})" if found else iid


@dataclass(frozen=True)
class ChangeRow:
    """One change as a table row: area (model, body, relation, power, instrument), the id, what it
    is called, the change (added, removed, changed), and for a changed field its name and values."""

    area: str
    id: str
    what: str
    change: str
    field: str = ""
    old: str = ""
    new: str = ""


def change_rows(d: StructureDiff, lang: str) -> Iterator[ChangeRow]:
    """Every change of ``d``, one row per added or removed entry and per changed field."""
    a, b = d.a, d.b

    def fields(area: str, ident: str, what: str, ch: Changes) -> Iterator[ChangeRow]:
        for name, (old, new) in ch.items():
            yield ChangeRow(area, ident, what, "changed", name, show(name, old, lang, a), show(name, new, lang, b))

    yield from fields("model", b.id if b else "", b.name(lang) if b else "", d.model_changed)
    yield from (ChangeRow("body", i, body_label(b, i, lang), "added") for i in d.added)
    yield from (ChangeRow("body", i, body_label(a, i, lang), "removed") for i in d.removed)
    for bid, ch in d.changed.items():
        yield from fields("body", bid, body_label(b, bid, lang), ch)
    yield from (ChangeRow("relation", _ref_id(t), relation_label(b, t, lang), "added") for t in d.relations_added)
    yield from (ChangeRow("relation", _ref_id(t), relation_label(a, t, lang), "removed") for t in d.relations_removed)
    for t, ch in d.relations_changed:
        yield from fields("relation", _ref_id(t), relation_label(b, t, lang), ch)
    yield from (ChangeRow("power", p, power_label(b, p, lang), "added") for p in d.powers_added)
    yield from (ChangeRow("power", p, power_label(a, p, lang), "removed") for p in d.powers_removed)
    for pid, ch in d.powers_changed.items():
        yield from fields("power", pid, power_label(b, pid, lang), ch)
    yield from (ChangeRow("instrument", i, instrument_label(b, i, lang), "added") for i in d.instruments_added)
    yield from (ChangeRow("instrument", i, instrument_label(a, i, lang), "removed") for i in d.instruments_removed)
    for iid, ch in d.instruments_changed.items():
        yield from fields("instrument", iid, instrument_label(b, iid, lang), ch)


def _ref_id(t: RelationRef) -> str:
    return f"{t.type}:{t.source}>{t.target}" + (f":{t.power}" if t.power else "")


def report_lines(d: StructureDiff, lang: str, markdown: bool) -> list[str]:
    """The report of one diff: a heading, the counts, then one section per kind of change."""
    def w(key: str) -> str:
        return word(f"diff.{key}", lang)

    a, b = d.a, d.b
    a_name = a.name(lang) if a is not None else "a"
    b_name = b.name(lang) if b is not None else "b"
    head = f"{w('title')}: {a_name} → {b_name}"
    out = [f"# {head}" if markdown else head]
    counts = d.counts()
    summary = f"{w('matched')} {counts['matched']}, +{counts['added']}, −{counts['removed']}, ~{counts['changed']}"
    for part in ("relations", "powers", "instruments"):  # the other parts, where anything changed
        n = [counts[f"{part}_{k}"] for k in ("added", "removed", "changed")]
        if any(n):
            summary += f"; {w('part.' + part)} +{n[0]}, −{n[1]}, ~{n[2]}"
    if counts["model_changed"]:
        summary += f"; {w('part.model')} ~{counts['model_changed']}"
    out.append(summary)
    if d.is_empty:
        out.append(w("none"))
        return out
    bullet = "- " if markdown else "  "

    def section(title: str, mark: str, items: list[str]) -> None:
        if not items:
            return
        out.append("")
        out.append(f"## {title}" if markdown else f"{title}:")
        out.extend(f"{bullet}{'' if markdown else mark + ' '}{item}" for item in items)

    section(w("model"), "~", [changes_text({k: v}, lang, a, b) for k, v in d.model_changed.items()])
    section(w("added"), "+", [body_label(b, i, lang) for i in d.added])
    section(w("removed"), "-", [body_label(a, i, lang) for i in d.removed])
    section(w("changed"), "~", [f"{body_label(b, bid, lang)}: {changes_text(ch, lang, a, b)}"
                                for bid, ch in d.changed.items()])
    section(w("rel_added"), "+", [relation_label(b, t, lang) for t in d.relations_added])
    section(w("rel_removed"), "-", [relation_label(a, t, lang) for t in d.relations_removed])
    section(w("rel_changed"), "~", [f"{relation_label(b, t, lang)}: {changes_text(ch, lang, a, b)}"
                                    for t, ch in d.relations_changed])
    section(w("pow_added"), "+", [power_label(b, p, lang) for p in d.powers_added])
    section(w("pow_removed"), "-", [power_label(a, p, lang) for p in d.powers_removed])
    section(w("pow_changed"), "~", [f"{power_label(b, p, lang)}: {changes_text(ch, lang, a, b)}"
                                    for p, ch in d.powers_changed.items()])
    section(w("ins_added"), "+", [instrument_label(b, i, lang) for i in d.instruments_added])
    section(w("ins_removed"), "-", [instrument_label(a, i, lang) for i in d.instruments_removed])
    section(w("ins_changed"), "~", [f"{instrument_label(b, i, lang)}: {changes_text(ch, lang, a, b)}"
                                    for i, ch in d.instruments_changed.items()])
    return out
