"""The organisation chapters of the hallintosääntö, written from a model.

The chapter order follows the county regulations modelled on Kuntaliitto's template for wellbeing
services counties (as published by Kymenlaakso, 20.6.2023: leadership, the bodies and their
powers, group steering), split into the chapters the issue names: leadership system; council and
the bodies it sets up; executive board and its subcommittees; boards, committees and sections;
advocacy bodies; business enterprises; group and ownership steering; delegation and call-in.
Sections are numbered through the document ("12 § Aluehallituksen jaostot"). Every sentence
comes from a fact of the model; where the model is silent the text shows a placeholder
(:func:`~orgmodel.regulations.common.fill`), and an inferred fact carries "(päätelty)".

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "Esimerkkialue"},
...     "org_type": "wellbeing_services_county", "law": "fi/hyvinvointialuelaki-611-2021", "bodies": [
...     {"id": "av", "kind": "council", "names": {"fi": "Aluevaltuusto"}, "seats": 59},
...     {"id": "ah", "kind": "executive_board", "names": {"fi": "Aluehallitus"}, "parent": "av", "seats": 13},
...     {"id": "hj", "kind": "subcommittee", "names": {"fi": "Henkilöstöjaosto"}, "parent": "ah"}]})
>>> doc = organisation_chapter(org, "fi")
>>> [b.text for b in doc.blocks if getattr(b, "level", 0) == 2][2:4]
['3 § Aluevaltuusto', '4 § Aluehallitus']
>>> "5 § Aluehallituksen jaostot" in [getattr(b, "text", "") for b in doc.blocks]
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Body, Organisation, Relation
from ..rules.registry import RULESETS
from ..vocab import BodyKind, Certainty, LanguageBody, RelationType
from ..words import date_text, word
from .common import body_name, fill, kind_suffix, mark, mid, of_body, sentence
from .document import Document
from .law_refs import cite_text
from .powers import PowerRow, power_rows

K = BodyKind
COUNCIL_KINDS = (K.COUNCIL, K.AUDIT_COMMITTEE, K.ELECTION_BOARD, K.ELECTION_COMMITTEE)
BOARD_KINDS = (K.BOARD, K.COMMITTEE, K.SUBCOMMITTEE, K.COMMISSION, K.JOINT_BODY)
ENTERPRISE_KINDS = (K.BUSINESS_ENTERPRISE, K.ENTERPRISE_BOARD, K.BALANCE_SHEET_UNIT)
GROUP_KINDS = (K.SUBSIDIARY, K.ASSOCIATED_COMPANY, K.FOUNDATION, K.COOPERATIVE)
LEADING_KINDS = (K.EXECUTIVE, K.ADMINISTRATION, K.INTERNAL_AUDIT)
#: Bodies of members, whose composition the regulations state (seats, chairs, who elects).
COLLEGIAL = (K.COUNCIL, K.EXECUTIVE_BOARD, K.BOARD, K.COMMITTEE, K.SUBCOMMITTEE, K.COMMISSION, K.AUDIT_COMMITTEE,
             K.ELECTION_BOARD, K.ELECTION_COMMITTEE, K.ENTERPRISE_BOARD, K.JOINT_BODY)

#: Body kind -> the provision of law_refs its first sentence cites.
KIND_PROVISION: dict[BodyKind, str] = {
    K.COUNCIL: "council", K.EXECUTIVE_BOARD: "executive_board", K.BOARD: "boards", K.COMMITTEE: "committee",
    K.SUBCOMMITTEE: "jaostot", K.COMMISSION: "commission", K.AUDIT_COMMITTEE: "audit_committee",
    K.ELECTION_BOARD: "election_board", K.ELECTION_COMMITTEE: "election_committee", K.ADVOCACY_BODY: "advocacy",
    K.BUSINESS_ENTERPRISE: "enterprise", K.ENTERPRISE_BOARD: "enterprise", K.EXECUTIVE: "director",
    K.SUBSIDIARY: "group", K.ASSOCIATED_COMPANY: "group", K.FOUNDATION: "group", K.COOPERATIVE: "group",
}


@dataclass
class _Writer:
    """Numbers sections through the document and remembers where each body is written."""

    org: Organisation
    lang: str
    doc: Document
    number: int = 0
    chapter_no: int = 0
    body_section: dict[str, int] = field(default_factory=dict)

    def chapter(self, key: str) -> None:
        self.chapter_no += 1
        self.doc.heading(1, word("regs.chapter", self.lang, n=self.chapter_no, title=word(key, self.lang)))

    def section(self, title: str) -> int:
        self.number += 1
        self.doc.heading(2, word("regs.section", self.lang, n=self.number, title=title))
        return self.number

    def cite(self, provision: str) -> str:
        found = cite_text(self.org.law, provision, self.lang)
        return f" {found}" if found else ""

    def say(self, key: str, provision: str | None = None, certainty: Certainty = Certainty.STATED,
            **values: object) -> None:
        self.doc.para(sentence(word(key, self.lang, **values)) + mark(certainty, self.lang)
                      + (self.cite(provision) if provision else ""))

    def name(self, body_id: str) -> str:
        return body_name(self.org, body_id, self.lang)


def organisation_chapter(org: Organisation, lang: str = "fi", *, source: str | None = None) -> Document:
    """The organisation chapters of the regulations for ``org`` in ``lang`` (fi, sv; en is marked
    as a working translation). ``source`` names the model file in the drafter's note."""
    title = word("regs.chapter_title", lang, org=org.name(lang))
    doc = Document(title, lang, toc=True)
    w = _Writer(org, lang, doc)
    if lang == "en":
        doc.para(word("regs.working_translation", lang), note=True)
    doc.para(word("regs.generated", lang, model=source or org.id), note=True)
    rows = power_rows(org, lang)
    delegation_no = _section_count_before_delegation(org)
    decides = _decides(rows)

    def body(b: Body) -> None:
        _body_section(w, b, decides.get(b.id, []), delegation_no)

    placed: set[str] = set()
    w.chapter("regs.ch.leadership")
    _leadership(w, placed)
    w.chapter("regs.ch.council")
    _bodies(w, [b for b in org.bodies if b.kind in COUNCIL_KINDS], body, placed)
    w.chapter("regs.ch.executive")
    boards = org.bodies_of_kind(K.EXECUTIVE_BOARD)
    _bodies(w, boards, body, placed, with_sections=True)
    w.chapter("regs.ch.boards")
    _bodies(w, [b for b in org.bodies if b.kind in BOARD_KINDS and b.id not in placed], body, placed,
            with_sections=True)
    w.chapter("regs.ch.advocacy")
    _bodies(w, org.bodies_of_kind(K.ADVOCACY_BODY), body, placed)
    w.chapter("regs.ch.enterprises")
    _bodies(w, [b for b in org.bodies if b.kind in ENTERPRISE_KINDS], body, placed)
    w.chapter("regs.ch.group")
    _group(w, placed)
    w.chapter("regs.ch.delegation")
    _delegation(w, rows)
    return doc


def _decides(rows: list[PowerRow]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        for final in row.finals:
            out.setdefault(final, []).append(row.name)
    return out


def _section_count_before_delegation(org: Organisation) -> int:
    """The number the delegation section will get: counted by a dry run of the same writer."""
    dry = _Writer(org, "fi", Document("", "fi"))
    placed: set[str] = set()
    _leadership(dry, placed)

    def noop(b: Body) -> None:
        dry.section(b.name("fi"))

    _bodies(dry, [b for b in org.bodies if b.kind in COUNCIL_KINDS], noop, placed)
    _bodies(dry, org.bodies_of_kind(K.EXECUTIVE_BOARD), noop, placed, with_sections=True)
    _bodies(dry, [b for b in org.bodies if b.kind in BOARD_KINDS and b.id not in placed], noop, placed,
            with_sections=True)
    _bodies(dry, org.bodies_of_kind(K.ADVOCACY_BODY), noop, placed)
    _bodies(dry, [b for b in org.bodies if b.kind in ENTERPRISE_KINDS], noop, placed)
    _group(dry, placed)
    return dry.number + 1


def _bodies(w: _Writer, bodies: Iterable[Body], write: Callable[[Body], None], placed: set[str], *,
            with_sections: bool = False) -> None:
    todo = [b for b in bodies if b.id not in placed]
    if not todo:
        w.doc.para(word("regs.none_in_chapter", w.lang))
        return
    for b in todo:
        if b.id in placed:
            continue
        placed.add(b.id)
        write(b)
        if not with_sections:
            continue
        subs = [s for s in w.org.children(b.id) if s.kind is K.SUBCOMMITTEE and s.id not in placed]
        if subs:
            owner = of_body(b.name(w.lang), w.lang)
            w.section(sentence(word("regs.sec.jaostot", w.lang, body=owner)))
            for s in subs:
                placed.add(s.id)
                w.doc.heading(3, s.name(w.lang))
                _body_facts(w, s, [], 0)


def _body_section(w: _Writer, b: Body, decides: list[str], delegation_no: int) -> None:
    w.body_section[b.id] = w.section(b.name(w.lang))
    _body_facts(w, b, decides, delegation_no)


def _provision(org: Organisation, b: Body) -> str | None:
    """The provision a body's first sentence cites (by its kind, its language task, its parent)."""
    if b.language_body is not None:
        return "language_board"
    if b.kind is K.EXECUTIVE:
        parent_kind = org.body(b.parent).kind if b.parent and org.has_body(b.parent) else None
        return ("enterprise_director" if parent_kind in ENTERPRISE_KINDS
                else "director" if parent_kind is K.EXECUTIVE_BOARD else None)
    return KIND_PROVISION.get(b.kind)


def _body_facts(w: _Writer, b: Body, decides: list[str], delegation_no: int) -> None:
    org, lang = w.org, w.lang
    _missing_name(w, b)
    provision = _provision(org, b)
    if b.parent and org.has_body(b.parent):
        w.say("regs.under", provision, b.certainty if b.certainty is not Certainty.STATED else b.parent_certainty,
              parent=sentence(of_body(w.name(b.parent), lang)), name=mid(b.name(lang), lang),
              kind=kind_suffix(b, lang))
    elif b.kind is K.COUNCIL:
        w.say("regs.council_is", "council", b.certainty, name=b.name(lang))
    else:
        w.say("regs.is_kind", provision, b.certainty, kind=b.kind.label(lang))
    _seats_and_chairs(w, b)
    _relations(w, b, b.kind in COLLEGIAL)
    _qualities(w, b)
    if decides:
        w.say("regs.decides_see", None, powers="; ".join(decides), sec=delegation_no)


def _missing_name(w: _Writer, b: Body) -> None:
    """A placeholder for the name in the document's language, when the model gives only Finnish."""
    if w.lang != "fi" and b.names is not None and getattr(b.names, w.lang) is None:
        w.doc.para(word("regs.fill", w.lang, what=word("regs.name_missing", w.lang, name=b.name(w.lang))))


def _seats_and_chairs(w: _Writer, b: Body) -> None:
    org, lang = w.org, w.lang
    collegial, council = b.kind in COLLEGIAL, b.kind is K.COUNCIL
    if b.seats is not None:
        w.say("regs.council_seats" if council else "regs.seats", "council_size" if council else None,
              b.certainty_of("seats"), n=str(b.seats))
    elif collegial:
        w.doc.para(word("regs.seats", lang, n=fill("regs.seats_what", lang)))
    if b.composition is not None and b.composition.personal_deputies:
        w.say("regs.deputies", "deputies", b.certainty_of("composition"))
    if b.vice_chairs is not None:
        w.say("regs.chairs", "council_chairs" if council else "chairs", b.certainty_of("vice_chairs"),
              n=b.vice_chairs)
    elif collegial:
        w.doc.para(word("regs.chairs", lang, n=fill("regs.vice_chairs_what", lang)))
    if b.chaired_by:
        chair = org.body(b.chaired_by) if org.has_body(b.chaired_by) else None
        mayor = chair is not None and chair.executive_type is not None and chair.executive_type.value == "mayor"
        w.say("regs.chaired_by", "mayor" if mayor else None, b.certainty_of("chaired_by"),
              name=mid(w.name(b.chaired_by), lang))


def _qualities(w: _Writer, b: Body) -> None:
    lang = w.lang
    if b.members_must_be_councillors:
        w.say("regs.councillors_only", "committee", b.certainty_of("members_must_be_councillors"))
    if b.composition is not None:
        _composition(w, b)
    if b.language_body is not None:
        w.say("regs.language_task", "language_board" if b.language_body is LanguageBody.NATIONAL_LANGUAGE
              else "sami_nominees", b.certainty_of("language_body"))
    if b.language_group is not None:
        w.say("regs.language_group", "language_section", b.certainty_of("language_group"),
              group=b.language_group.label(lang))
    if b.committee_role is not None:
        w.say("regs.role", None, b.certainty_of("committee_role"), role=b.committee_role.label(lang))
    if b.valid_from:
        w.say("regs.valid_from", None, b.certainty_of("valid_from"), date=date_text(b.valid_from, lang))
    if b.valid_to:
        w.say("regs.valid_to", None, b.certainty_of("valid_to"), date=date_text(b.valid_to, lang))


def _relations(w: _Writer, b: Body, collegial: bool) -> None:
    org, lang = w.org, w.lang
    elected = False
    for r in org.relations:
        if r.target != b.id:
            continue
        src = mid(w.name(r.source), lang)
        if r.type is RelationType.ELECTS and b.kind is K.EXECUTIVE:
            w.say("regs.elects_person", "director" if b.executive_type is not None else None, r.certainty,
                  source=src, name=sentence(of_body(b.name(lang), lang)))
        elif r.type is RelationType.ELECTS:
            elected = True
            provision = "elections" if org.has_body(r.source) and org.body(r.source).kind is K.COUNCIL else (
                "advocacy" if b.kind is K.ADVOCACY_BODY else "jaosto_electors" if b.kind is K.SUBCOMMITTEE
                else "other_electors" if b.kind is K.ENTERPRISE_BOARD else None)
            key = "regs.elects_n" if r.seats is not None else "regs.elects"
            w.say(key, provision, r.certainty, source=src, n=r.seats)
        elif r.type is RelationType.NOMINATES:
            w.say("regs.nominates_n" if r.seats is not None else "regs.nominates", _nomination_provision(org, r, b),
                  r.certainty, source=src, n=r.seats)
        elif r.type is RelationType.SETS_UP:
            elected = True
            w.say("regs.sets_up", "advocacy" if b.kind is K.ADVOCACY_BODY else None, r.certainty, source=src)
    if collegial and not elected and b.kind is not K.COUNCIL:
        w.doc.para(word("regs.elects", lang, source=fill("regs.electing_what", lang)))


def _nomination_provision(org: Organisation, r: Relation, b: Body) -> str | None:
    source = org.body(r.source) if org.has_body(r.source) else None
    if source is not None and source.external_type is not None and source.external_type.value == "university":
        return "university"
    if b.language_body is LanguageBody.SAMI_LANGUAGE:
        return "sami_nominees"
    if b.kind is K.ADVOCACY_BODY:
        return "advocacy"
    return {K.ENTERPRISE_BOARD: "other_electors", K.SUBCOMMITTEE: "jaosto_electors"}.get(b.kind)


def _composition(w: _Writer, b: Body) -> None:
    comp, lang = b.composition, w.lang
    assert comp is not None
    m = b.certainty_of("composition")
    if comp.min_councillor_share is not None:
        deputies = word("regs.and_deputies", lang) if comp.councillor_share_counts_deputies else ""
        pct = f"{comp.min_councillor_share * 100:g}"
        w.say("regs.councillor_share", None, m, pct=pct, deputies=deputies)
    if comp.councillors is not None:
        w.say("regs.councillors", None, m, n=comp.councillors)
    if comp.chair_is_councillor:
        w.say("regs.chair_councillor", "audit_chair" if b.kind is K.AUDIT_COMMITTEE else None, m)
    if comp.vice_chairs_are_councillors:
        w.say("regs.vice_councillors", "audit_chair" if b.kind is K.AUDIT_COMMITTEE else None, m)
    if comp.chair_from_parent_body:
        w.say("regs.chair_from_parent", "jaosto_chair", m)
    if comp.executive_board_members is not None:
        w.say("regs.exec_members", None, m, n=comp.executive_board_members)
    if comp.language_groups:
        groups = ", ".join(f"{g.label(lang)} {n}" for g, n in comp.language_groups.items())
        w.say("regs.language_groups", "language_board" if b.language_body else None, m, groups=groups)
    if comp.women is not None and comp.men is not None:
        w.say("regs.gender", "gender", m, women=comp.women, men=comp.men)


def _leadership(w: _Writer, placed: set[str]) -> None:
    org, lang = w.org, w.lang
    w.section(word("regs.sec.system", lang))
    w.doc.para(word("regs.law", lang, law=RULESETS[org.law].title.get(lang)))
    top = [b for b in org.bodies if b.kind not in (*GROUP_KINDS, *LEADING_KINDS, K.EXTERNAL_PARTY, K.ORGANISATION,
                                                   K.BUSINESS_ENTERPRISE, K.BALANCE_SHEET_UNIT)]
    w.doc.para(word("regs.org_system", lang, bodies=", ".join(b.name(lang) for b in top)) + w.cite("leadership"))
    strategies = [i for i in org.instruments if i.kind.value == "strategy"]
    name = strategies[0].names.get(lang) if strategies else fill("regs.strategy_what", lang)
    w.doc.para(word("regs.led_by_strategy", lang, name=name))
    w.section(word("regs.sec.executive_office", lang))
    leading = [b for b in org.bodies if b.kind in LEADING_KINDS]
    if not leading:
        w.doc.para(word("regs.executive_leads", lang, name=fill("regs.executive_what", lang),
                        kind="", parent=of_body(_executive_board_name(w), lang)))
    for b in leading:
        placed.add(b.id)
        w.doc.heading(3, b.name(lang))
        leads = b.executive_type is not None and b.executive_type.value in ("director", "mayor")
        if b.kind is K.EXECUTIVE and leads and b.parent and org.has_body(b.parent) \
                and org.body(b.parent).kind is K.EXECUTIVE_BOARD:
            label = (b.executive_type or b.kind).label(lang)
            _missing_name(w, b)
            w.say("regs.executive_leads", "mayor" if b.executive_type and b.executive_type.value == "mayor"
                  else "director", b.certainty, name=b.name(lang),
                  kind="" if label.casefold() in b.name(lang).casefold() else f" ({label})",
                  parent=of_body(mid(w.name(b.parent), lang), lang))
            _relations(w, b, False)
            _qualities(w, b)
        else:
            _body_facts(w, b, [], 0)
    others = [b for b in org.bodies if b.kind in (K.EXTERNAL_PARTY, K.COOPERATION_FORUM, K.ORGANISATION)]
    if others:
        w.section(word("regs.sec.others", lang))
        for b in others:
            placed.add(b.id)
            _entity(w, b)


def _entity(w: _Writer, b: Body) -> None:
    """A body outside the political organisation (a company, an outside party): its kind and who
    elects or nominates its members, under a subheading of its name."""
    w.doc.heading(3, b.name(w.lang))
    _missing_name(w, b)
    w.say("regs.entity_kind", None, b.certainty, kind=b.kind.label(w.lang))
    _relations(w, b, False)


def _executive_board_name(w: _Writer) -> str:
    boards = w.org.bodies_of_kind(K.EXECUTIVE_BOARD)
    return boards[0].name(w.lang) if boards else K.EXECUTIVE_BOARD.label(w.lang)


def _group(w: _Writer, placed: set[str]) -> None:
    org, lang = w.org, w.lang
    w.section(word("regs.sec.ownership", lang))
    entities = [b for b in org.bodies if b.kind in GROUP_KINDS]
    placed.update(b.id for b in entities)
    if entities:
        w.doc.para(word("regs.group_entities", lang, entities=", ".join(
            b.name(lang) + kind_suffix(b, lang) + mark(b.certainty, lang) for b in entities)) + w.cite("group"))
    for b in entities:
        _entity(w, b)
        for r in org.relations:
            if r.target != b.id:
                continue
            if r.type is RelationType.OWNS:
                key = "regs.owns" if r.share is not None else "regs.owns_plain"
                w.say(key, None, r.certainty, source=w.name(r.source), target=b.name(lang),
                      share=f"{r.share:g}" if r.share is not None else "")
            elif r.type is RelationType.STEERS:
                w.say("regs.steers", None, r.certainty, source=w.name(r.source), target=b.name(lang))
    for i in org.instruments:
        if i.kind.value == "group_guideline":
            name = i.names.get(lang)
            w.say("regs.group_guideline", None, i.certainty,
                  name="" if name.casefold() == word("regs.group_guideline_word", lang) else f" ({name})",
                  adopter=mid(w.name(i.adopted_by), lang) if i.adopted_by else fill("regs.adopter_what", lang))
    if not entities:
        w.doc.para(word("regs.none_in_chapter", lang))
    w.section(word("regs.sec.group_management", lang))
    w.doc.para(fill("regs.group_management_what", lang) + w.cite("group_management"))


def _delegation(w: _Writer, rows: list[PowerRow]) -> None:
    lang = w.lang
    w.section(word("regs.sec.delegation", lang))
    w.doc.para(word("regs.delegation_lead", lang) + w.cite("delegation"))
    if not rows:
        w.doc.para(word("regs.no_powers", lang))
        w.doc.para(fill("regs.powers_what", lang))
    for row in rows:
        w.doc.para(row.held_sentence)
        for step in row.step_sentences:
            w.doc.para(step)
    w.section(word("regs.sec.call_in", lang))
    w.doc.para(word("regs.call_in_lead", lang) + w.cite("call_in"))
    if not rows:
        w.doc.para(fill("regs.call_in_what", lang))
    delegated = [row for row in rows if row.step_sentences]
    if rows and not delegated:
        w.doc.para(word("regs.nothing_delegated", lang))
    for row in delegated:
        w.doc.para(row.call_in_sentence)

