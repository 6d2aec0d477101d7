"""What the regulations would change from draft A to draft B, section by section, in the words of
a council decision's justification ("Aluehallituksen alaisuuteen perustetaan ..."), built on
:func:`orgmodel.compare.diff.diff_structures`.

>>> from orgmodel.model import Organisation
>>> def org(bodies):
...     return Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "wellbeing_services_county",
...         "law": "fi/hyvinvointialuelaki-611-2021", "bodies": bodies})
>>> base = [{"id": "av", "kind": "council", "names": {"fi": "Aluevaltuusto"}},
...         {"id": "ah", "kind": "executive_board", "names": {"fi": "Aluehallitus"}, "parent": "av", "seats": 11}]
>>> a = org(base)
>>> b = org([base[0], {**base[1], "seats": 13},
...          {"id": "hj", "kind": "subcommittee", "names": {"fi": "Henkilöstöjaosto"}, "parent": "ah"}])
>>> [p.text for p in changes_document(a, b, "fi").blocks if hasattr(p, "note")]
['Aluehallituksen alaisuuteen perustetaan henkilöstöjaosto.', 'Aluehallituksen jäsenmäärä muuttuu: 11 → 13.']
"""

from __future__ import annotations

from typing import Any

from ..compare.diff import StructureDiff, diff_structures
from ..model import Organisation
from ..vocab import Certainty, RelationType
from ..words import word
from .common import body_name, kind_suffix, mark, mid, of_body, sentence
from .document import Document

#: Body fields the composition section words by name (others as 'composition (field)').
_NAMED_FIELDS = ("chairs", "vice_chairs", "members_must_be_councillors", "committee_role")
#: Fields that are bookkeeping of the model, not provisions of the regulations.
_SKIPPED = ("names", "kind", "parent", "seats", "certainty", "fact_certainty", "parent_certainty")


def _value(value: Any, lang: str) -> str:
    if value is None:
        return word("regs.not_stated", lang)
    if isinstance(value, bool):
        return word("regs.yes" if value else "regs.no", lang)
    label = getattr(value, "label", None)
    if callable(label):
        return str(label(lang))
    if isinstance(value, dict):
        return ", ".join(f"{_value(k, lang)} {_value(v, lang)}" for k, v in value.items())
    return str(value)


def changes_document(a: Organisation, b: Organisation, lang: str = "fi", *,
                     diff: StructureDiff | None = None) -> Document:
    """The changes from ``a`` to ``b`` as a document with one section per part of the regulations."""
    d = diff or diff_structures(a, b)
    doc = Document(word("regs.changes_title", lang, a=a.name(lang), b=b.name(lang)), lang)
    if lang == "en":
        doc.para(word("regs.working_translation", lang), note=True)
    sections = [("regs.chg.bodies", _bodies(a, b, d, lang)), ("regs.chg.composition", _composition(a, b, d, lang)),
                ("regs.chg.relations", _relations(a, b, d, lang)), ("regs.chg.powers", _powers(a, b, d, lang))]
    if not any(lines for _, lines in sections):
        doc.para(word("regs.chg.none", lang))
        return doc
    n = 0
    for key, lines in sections:
        if not lines:
            continue
        n += 1
        doc.heading(1, word("regs.section", lang, n=n, title=word(key, lang)))
        for line in lines:
            doc.para(line)
    return doc


def _name_in(org: Organisation, body_id: str, lang: str) -> str:
    return body_name(org, body_id, lang)


def _bodies(a: Organisation, b: Organisation, d: StructureDiff, lang: str) -> list[str]:
    out = []
    for bid in d.added:
        body = b.body(bid)
        m = mark(body.certainty, lang)
        if body.parent and b.has_body(body.parent):
            out.append(word("regs.chg.added", lang, parent=sentence(of_body(_name_in(b, body.parent, lang), lang)),
                            name=mid(body.name(lang), lang), kind=kind_suffix(body, lang)).rstrip(".") + m + ".")
        else:
            out.append(word("regs.chg.added_root", lang, name=body.name(lang), kind=kind_suffix(body, lang)))
    for aid in d.removed:
        body = a.body(aid)
        out.append(sentence(word("regs.chg.removed", lang, name=body.name(lang), kind=kind_suffix(body, lang))))
    for bid, changes in d.changed.items():
        body = b.body(bid)
        old_name = a.body(_a_id(d, bid)).name(lang)
        if "names" in changes and "kind" in changes:
            out.append(sentence(word("regs.chg.replaced", lang, before=of_body(old_name, lang),
                                     after=mid(body.name(lang), lang), kind=kind_suffix(body, lang))))
        elif "names" in changes:
            out.append(word("regs.chg.renamed", lang, before=old_name, after=body.name(lang)))
        elif "kind" in changes:
            before, after = changes["kind"]
            out.append(word("regs.chg.kind", lang, name=body.name(lang), before=_value(before, lang),
                            after=_value(after, lang)))
        if "parent" in changes:
            before, after = changes["parent"]
            out.append(word("regs.chg.parent", lang, name=body.name(lang),
                            before=of_body(_name_in(a, before, lang), lang) if before else "—",
                            after=of_body(_name_in(b, after, lang), lang) if after else "—"))
    return out


def _composition(a: Organisation, b: Organisation, d: StructureDiff, lang: str) -> list[str]:
    out = []
    for bid, changes in d.changed.items():
        body = b.body(bid)
        for fld, (before, after) in changes.items():
            if fld == "seats":
                out.append(sentence(word("regs.chg.seats", lang, name=of_body(body.name(lang), lang),
                                         before=_value(before, lang), after=_value(after, lang))))
            elif fld in _SKIPPED or fld in ("valid_from", "valid_to", "chaired_by"):
                continue
            elif fld == "members_must_be_councillors" and after is True:
                out.append(sentence(word("regs.chg.councillors_only", lang, name=of_body(body.name(lang), lang))))
            else:
                label = (word(f"regs.field.{fld}", lang) if fld in _NAMED_FIELDS
                         else word("regs.field.other", lang, field=fld.removeprefix("composition.")))
                key = "regs.chg.field_set" if before is None else "regs.chg.field"
                out.append(word(key, lang, name=body.name(lang), field=label, before=_value(before, lang),
                                after=_value(after, lang)))
    return out


def _relations(a: Organisation, b: Organisation, d: StructureDiff, lang: str) -> list[str]:
    seat_types = (RelationType.ELECTS.value, RelationType.NOMINATES.value, RelationType.SETS_UP.value)
    out = []
    for ref in d.relations_added:
        if ref.type in seat_types:
            out.append(word("regs.chg.rel_added", lang, source=_name_in(b, ref.source, lang),
                            target=_name_in(b, ref.target, lang), type=RelationType(ref.type).label(lang)))
    for ref in d.relations_removed:
        if ref.type in seat_types:
            out.append(word("regs.chg.rel_removed", lang, source=_name_in(a, ref.source, lang),
                            target=_name_in(a, ref.target, lang), type=RelationType(ref.type).label(lang)))
    return out


def _powers(a: Organisation, b: Organisation, d: StructureDiff, lang: str) -> list[str]:
    out = []
    a_powers = {p.id: p for p in a.powers}
    for p in b.powers:
        if p.id in d.powers_added:
            inferred = mark(p.certainty, lang) if p.certainty is not Certainty.STATED else ""
            out.append(word("regs.chg.power_added", lang, power=p.names.get(lang) + inferred,
                            holder=_name_in(b, p.holder, lang)))
        elif p.id in d.powers_changed:
            changes = d.powers_changed[p.id]
            for fld in ("holder", "final"):
                if fld in changes:
                    before, after = changes[fld]
                    names_a = ", ".join(_name_in(a, x, lang) for x in _ids(before)) or "—"
                    names_b = ", ".join(_name_in(b, x, lang) for x in _ids(after)) or "—"
                    out.append(word("regs.chg.power_moved", lang, power=p.names.get(lang), before=names_a,
                                    after=names_b))
            rest = [f for f in changes if f not in ("holder", "final", "chain", "certainty", "fact_certainty")]
            if rest:
                out.append(word("regs.chg.power_field", lang, power=p.names.get(lang), field=", ".join(rest)))
    for pid in d.powers_removed:
        out.append(word("regs.chg.power_removed", lang, power=a_powers[pid].names.get(lang)))
    return out


def _a_id(d: StructureDiff, b_id: str) -> str:
    """The id in A of the body matched to ``b_id``."""
    return next(a_id for a_id, matched in d.matches.items() if matched == b_id)


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
