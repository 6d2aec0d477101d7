"""The delegation table (toimivaltaluettelo): every power with its matter, legal basis, holder,
delegation chain, call-in holders and the checker's findings; grouped by holder, and a
body-by-body view of what each body decides.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "wellbeing_services_county",
...     "law": "fi/hyvinvointialuelaki-611-2021", "bodies": [
...     {"id": "av", "kind": "council", "names": {"fi": "Aluevaltuusto"}},
...     {"id": "ah", "kind": "executive_board", "names": {"fi": "Aluehallitus"}, "parent": "av"},
...     {"id": "hj", "kind": "executive", "names": {"fi": "Hyvinvointialuejohtaja"}, "parent": "ah"}],
...     "powers": [{"id": "p", "names": {"fi": "Hankinnat"}, "holder": "ah", "call_in": ["ah"]}],
...     "relations": [{"type": "delegates", "power": "p", "source": "ah", "target": "hj",
...                    "valid_from": "2025-06-01"}]})
>>> row = power_rows(org, "fi")[0]
>>> row.chain, row.final_names, row.call_in
('Aluehallitus → Hyvinvointialuejohtaja (1.6.2025 alkaen)', 'Hyvinvointialuejohtaja', 'Aluehallitus')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..compare.diff import delegation_paths
from ..model import Organisation, Power, Relation
from ..rules.catalogue import MATTERS
from ..rules.registry import RULESETS
from ..vocab import RelationType
from ..words import date_text, word
from .common import body_name, mark
from .document import Document
from .law_refs import ACTS


@dataclass
class PowerRow:
    """One power as the table and the chapter write it (all text in one language)."""

    id: str
    holder: str  # the holder's id
    name: str
    matter: str
    basis: str
    holder_name: str
    chain: str
    finals: list[str]
    final_names: str
    call_in: str
    findings: list[str]
    held_sentence: str
    step_sentences: list[str] = field(default_factory=list)
    call_in_sentence: str = ""

    def cells(self, lang: str) -> list[str]:
        return [self.name, self.matter, self.basis, self.holder_name, self.chain, self.final_names, self.call_in,
                "; ".join(self.findings) or word("regs.no_findings", lang)]


def _steps(org: Organisation, power: Power) -> dict[tuple[str, str], Relation]:
    return {(r.source, r.target): r for r in org.relations
            if r.type is RelationType.DELEGATES and r.power == power.id}


def _step_details(org: Organisation, r: Relation, lang: str) -> str:
    """'; siirtoasiakirja Hallintosääntö 1.6.2025 alkaen; rajoitukset: ...' from the step's facts."""
    out = ""
    if r.via:
        inst = next((i for i in org.instruments if i.id == r.via), None)
        out += word("regs.via", lang, name=inst.names.get(lang) if inst else r.via)
    if r.valid_from:
        out += word("regs.from", lang, date=date_text(r.valid_from, lang))
    if r.limits:
        out += word("regs.limits", lang, limits="; ".join(lim.text.get(lang) for lim in r.limits))
    return out + mark(r.certainty, lang)


def legal_basis(org: Organisation, power: Power, on: dt.date | None, lang: str) -> str:
    """The law and section the power rests on: the law's reservation of its matter to the council,
    else the power's own ``legal_basis``, else 'not stated'."""
    rs = RULESETS[org.law]
    reservation = rs.reserved.get(power.matter or "")
    if reservation is not None and reservation.applies(on or org.version_date):
        act = ACTS.get(org.law)
        title = act.get(lang) if act else rs.title.get(lang)
        return (f"{title} {reservation.section}" if reservation.section
                else word("regs.unconfirmed", lang, act=title)) + f" – {word('regs.reserved', lang)}"
    if power.legal_basis is not None:
        return f"{power.legal_basis.act} {power.legal_basis.section}"
    return word("regs.not_stated", lang)


def power_rows(org: Organisation, lang: str = "fi", *, as_of: dt.date | None = None,
               findings: dict[str, list[str]] | None = None) -> list[PowerRow]:
    """Every power of ``org`` (the structure on ``as_of`` when given), in file order."""
    if as_of is not None:
        org = org.as_of(as_of)
    found = findings if findings is not None else {}
    rows: list[PowerRow] = []
    for p in org.powers:
        steps = _steps(org, p)
        paths = delegation_paths(org, p)
        chains = []
        sentences = []
        for path in paths:
            parts = [body_name(org, path[0], lang)]
            for a, b in zip(path, path[1:], strict=False):
                parts.append(body_name(org, b, lang) + _bracket(_step_details(org, steps[(a, b)], lang)))
            chains.append(" → ".join(parts))
        for (a, b), r in steps.items():
            sentences.append(word("regs.power_step", lang, power=p.names.get(lang), source=body_name(org, a, lang),
                                  target=body_name(org, b, lang), details=_step_details(org, r, lang)))
        order = {b.id: i for i, b in enumerate(org.bodies)}
        finals = sorted({path[-1] for path in paths}, key=lambda f: (order.get(f, len(order)), f))
        name = p.names.get(lang) + mark(p.certainty, lang)
        matter = MATTERS[p.matter].names.get(lang) if p.matter in MATTERS else (p.matter or
                                                                                word("regs.not_stated", lang))
        if p.call_in is None:
            what = f"{word('regs.call_in_what', lang)}: {p.names.get(lang)}"
            call_in, call_sentence = word("regs.not_stated", lang), word("regs.fill", lang, what=what)
        elif not p.call_in:
            call_in, call_sentence = word("regs.nobody", lang), word("regs.call_in_none", lang, power=name)
        else:
            holders = ", ".join(body_name(org, c, lang) for c in p.call_in)
            call_in = holders + mark(p.certainty_of("call_in"), lang)
            call_sentence = word("regs.call_in_holders", lang, power=name, holders=call_in)
        rows.append(PowerRow(
            id=p.id, holder=p.holder, name=name, matter=matter, basis=legal_basis(org, p, as_of, lang),
            holder_name=body_name(org, p.holder, lang) + mark(p.certainty_of("holder"), lang),
            chain="; ".join(chains), finals=finals, final_names=", ".join(body_name(org, f, lang) for f in finals),
            call_in=call_in, findings=found.get(p.id, []),
            held_sentence=word("regs.power_held", lang, power=name, holder=body_name(org, p.holder, lang)),
            step_sentences=sentences, call_in_sentence=call_sentence))
    return rows


def _bracket(details: str) -> str:
    text = details.lstrip("; ").strip()
    return f" ({text})" if text else ""


def power_findings(org: Organisation, lang: str, as_of: dt.date | None = None) -> dict[str, list[str]]:
    """Power id -> the checker's findings on it (on the power itself or on one of its delegation
    steps), as 'severity: message (section)'."""
    from ..checking import check

    report = check(org, as_of=as_of)
    index = {i: p.id for i, p in enumerate(org.powers)}
    by_relation = {j: r.power for j, r in enumerate(org.relations) if r.type is RelationType.DELEGATES and r.power}
    out: dict[str, list[str]] = {}
    for f in report.findings:
        loc = f.loc or ()
        pid = None
        if len(loc) >= 2 and loc[0] == "powers" and isinstance(loc[1], int):
            pid = index.get(loc[1])
        elif len(loc) >= 2 and loc[0] == "relations" and isinstance(loc[1], int):
            pid = by_relation.get(loc[1])
        if pid is None:
            continue
        text = f"{word('severity.' + f.severity, lang)}: {f.text(lang)}"
        if f.citation:
            text += f" ({f.citation})"
        out.setdefault(pid, []).append(text)
    return out


def delegation_table(org: Organisation, lang: str = "fi", *, as_of: dt.date | None = None) -> Document:
    """The delegation table of ``org`` as a :class:`~orgmodel.regulations.document.Document`."""
    shown = org.as_of(as_of) if as_of is not None else org
    rows = power_rows(shown, lang, findings=power_findings(org, lang, as_of))
    doc = Document(word("regs.table_title", lang, org=org.name(lang)), lang)
    if lang == "en":
        doc.para(word("regs.working_translation", lang), note=True)
    if as_of is not None:
        doc.para(word("regs.as_of", lang, date=date_text(as_of, lang)))
    if not rows:
        doc.para(word("regs.no_powers", lang))
        return doc
    header = [word(f"regs.col.{c}", lang) for c in
              ("power", "matter", "basis", "holder", "chain", "final", "call_in", "findings")]
    doc.heading(1, word("regs.by_holder", lang))
    for holder in dict.fromkeys(r.holder for r in rows):
        doc.heading(2, body_name(shown, holder, lang))
        doc.table(header, [r.cells(lang) for r in rows if r.holder == holder])
    doc.heading(1, word("regs.by_body", lang))
    order = {b.id: i for i, b in enumerate(shown.bodies)}
    for body_id, entries in sorted(by_body(rows, lang).items(), key=lambda kv: order.get(kv[0], len(order))):
        doc.heading(2, body_name(shown, body_id, lang))
        doc.table([word("regs.col.power", lang), word("regs.col.role", lang), word("regs.col.basis", lang)], entries)
    return doc


def by_body(rows: list[PowerRow], lang: str) -> dict[str, list[list[str]]]:
    """Body id -> [power, 'päättää' or 'siirtänyt edelleen', basis] for each power it holds or decides."""
    out: dict[str, list[list[str]]] = {}
    for r in rows:
        if r.holder not in r.finals:
            out.setdefault(r.holder, []).append([r.name, word("regs.delegated_on", lang), r.basis])
        for f in r.finals:
            out.setdefault(f, []).append([r.name, word("regs.decides", lang), r.basis])
    return out
