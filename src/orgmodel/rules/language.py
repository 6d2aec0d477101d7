"""Check functions for the language boards' members (611/2021 33 §).

33 § 1 mom: "Lautakunnan jäseniksi valitaan hyvinvointialueen kielivähemmistöön kuuluvia henkilöitä."
33 § 6 mom: the saamen kielen lautakunta's members are Sámi-speaking ("saamenkielisiä henkilöitä"), and
"vähintään 40 prosenttia lautakunnan jäsenistä on nimettävä saamelaiskäräjien sekä kolttalain (235/1995)
42 §:ssä tarkoitetun kyläkokouksen esittämistä henkilöistä siten, että kyläkokous esittää näistä yhtä
henkilöä" (read in the original text, eliask/finlex-data ``asd20210611.xml``; statutes.md 2.2).

Whether a board exists, and is a board, is LANG-HVA's (:func:`~orgmodel.rules.completeness.language_boards`);
this module reads who sits on it. As elsewhere, what the model does not say gives "cannot check".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..text import Text
from ..vocab import BodyKind as K
from ..vocab import LanguageBody, LanguageGroup, RelationType
from .base import Ctx, Fact, Hit, Rule, cannot, rule_check, violation

if TYPE_CHECKING:
    from ..model import Body

#: 33 § 6 mom: at least 40 % of the Sámi board's members from the proposals, as a fraction (2/5).
SAMI_SHARE = (2, 5)

# What a "cannot check" note asks for, where the key alone would not say it.
ALL_MEMBERS = Text(fi="composition.language_groups (kaikkien jäsenten kieliryhmä)",
                   sv="composition.language_groups (språkgruppen för alla ledamöter)",
                   en="composition.language_groups (the language group of every member)")
NOMINATIONS = Text(fi="nominates-suhteet lautakuntaan (saamelaiskäräjät ja kolttien kyläkokous), paikkamäärineen "
                      "(seats)",
                   sv="nominates-relationer till nämnden (Sametinget och skolternas byastämma), med antal platser "
                      "(seats)",
                   en="nominates relations into the board (the Sámi Parliament and the Skolt village meeting), with "
                      "their seats")
NOMINATED_SEATS = Text(fi="seats (kuinka monta jäsentä ehdotetaan)", sv="seats (hur många ledamöter som föreslås)",
                       en="seats (how many members are proposed)")


def needed_nominees(seats: int) -> int:
    """The fewest members that are at least 40 % of ``seats`` (33 § 6 mom).

    >>> needed_nominees(9), needed_nominees(10), needed_nominees(7)
    (4, 4, 3)
    """
    num, den = SAMI_SHARE
    return -(-seats * num // den)


def _one_number(body: Body) -> int | None:
    low, high = body.seats_min, body.seats_max
    return low if low is not None and low == high else None


def _members_outside(ctx: Ctx, body: Body, group: LanguageGroup, variant: str, section: str) -> Iterator[Hit]:
    """The members of ``body`` outside ``group``: a violation when composition.language_groups counts any;
    "cannot check" when it is not given, or counts fewer members than the body has seats."""
    groups = body.composition.language_groups if body.composition is not None else None
    if groups is None:
        yield cannot("composition.language_groups", body.id, section=section)
        return
    outside = sum(n for g, n in groups.items() if g is not group)
    counted = sum(groups.values())
    facts: tuple[Fact, ...] = (("body", body.id, "composition"),)
    if outside:
        yield violation(variant, body.id, facts=facts, section=section, outside=outside, counted=counted,
                        group=group.text())
        return
    seats = _one_number(body)
    if seats is None or counted < seats:
        yield cannot(ALL_MEMBERS, body.id, section=section)


def _sami_nominees(ctx: Ctx, body: Body, section: str) -> Iterator[Hit]:
    """At least 40 % of the Sámi board's seats from the proposals: the seats of every ``nominates``
    relation an external party has into the board. The model cannot tell the Sámi Parliament and the
    Skolt village meeting from other outside parties except by name, so every outside nominator counts
    (the reading most favourable to the model); nor does it check that the village meeting proposes one."""
    seats = _one_number(body)
    if seats is None:
        yield cannot("seats", body.id, section=section)
        return
    found = [(i, r) for i, r in ctx.rel(RelationType.NOMINATES)
             if r.target == body.id and r.source in ctx.bodies and ctx.kind(r.source) is K.EXTERNAL_PARTY]
    if not found:
        yield cannot(NOMINATIONS, body.id, section=section)
        return
    unknown = [i for i, r in found if r.seats is None]
    for i in unknown:
        yield cannot(NOMINATED_SEATS, body.id, ("relations", i), section=section)
    if unknown:
        return
    nominated = sum(r.seats or 0 for _, r in found)
    needed = needed_nominees(seats)
    if nominated < needed:
        facts: list[Fact] = [("body", body.id, "seats")]
        facts += [("relation", i, None) for i, _ in found]
        facts += [("relation", i, "seats") for i, _ in found]
        yield violation("sami_nominees", body.id, facts=facts, section=section, nominated=nominated, seats=seats,
                        needed=needed, share=round(100 * nominated / seats) if seats else 0)


@rule_check(
    title=Text(fi="kielilautakuntien jäsenet", sv="språknämndernas ledamöter", en="members of the language boards"),
    messages={
        "minority": Text(
            fi="{name}: {outside} jäsentä {counted}:stä ei kuulu hyvinvointialueen kielivähemmistöön "
               "({group}); kansalliskielilautakunnan jäsenet valitaan kielivähemmistöön kuuluvista.",
            sv="{name}: {outside} av {counted} ledamöter hör inte till välfärdsområdets språkliga minoritet "
               "({group}); nationalspråksnämndens ledamöter väljs bland dem som hör till minoriteten.",
            en="{name}: {outside} of {counted} members are not of the county's language minority ({group}); the "
               "national-language board's members are chosen from the minority."),
        "sami_members": Text(
            fi="{name}: {outside} jäsentä {counted}:stä ei ole saamenkielisiä; saamen kielen lautakunnan jäsenet "
               "valitaan saamenkielisistä.",
            sv="{name}: {outside} av {counted} ledamöter är inte samiskspråkiga; ledamöterna i nämnden för "
               "samiska språket väljs bland samiskspråkiga.",
            en="{name}: {outside} of {counted} members are not Sámi-speaking; the Sámi-language board's members "
               "are Sámi-speaking."),
        "sami_nominees": Text(
            fi="{name}: {nominated}/{seats} jäsentä ({share} %) nimetään saamelaiskäräjien ja kolttien kyläkokouksen "
               "esittämistä; vähintään 40 % eli {needed} on nimettävä niiden esittämistä henkilöistä.",
            sv="{name}: {nominated}/{seats} ledamöter ({share} %) utses bland dem som Sametinget och skolternas "
               "byastämma föreslår; minst 40 %, det vill säga {needed}, ska utses bland deras förslag.",
            en="{name}: {nominated} of {seats} members ({share} %) are named from persons the Sámi Parliament and "
               "the Skolt village meeting propose; at least 40 %, that is {needed}, must be."),
    },
    hint=Text(fi="Valitse kielilautakunnan jäsenet laissa sanotusta kieliryhmästä (composition.language_groups); "
                 "saamen kielen lautakuntaan vähintään 40 % saamelaiskäräjien ja kolttien kyläkokouksen esittämistä "
                 "(nominates ... seats).",
              sv="Välj språknämndens ledamöter ur den språkgrupp lagen anger (composition.language_groups); till "
                 "nämnden för samiska språket minst 40 % bland dem som Sametinget och skolternas byastämma föreslår "
                 "(nominates ... seats).",
              en="Choose the language board's members from the group the law names (composition.language_groups); "
                 "for the Sámi-language board, at least 40 % from the Sámi Parliament's and the Skolt village "
                 "meeting's proposals (nominates ... seats)."),
)
def language_board_members(ctx: Ctx, rule: Rule) -> Iterator[Hit]:
    """The kansalliskielilautakunta of a bilingual county (33 § 1 mom) is of the minority named by
    ``minority_language`` (never guessed: not stated is "cannot check"); the saamen kielen lautakunta of
    a county with a Sámi-homeland municipality (6 mom) is Sámi-speaking, with at least 40 % nominated."""
    national, sami = rule.sections["minority"], rule.sections["sami_members"]
    for body in ctx.org.bodies:
        if body.language_body is LanguageBody.NATIONAL_LANGUAGE and ctx.org.bilingual:
            minority = ctx.org.minority_language
            if minority is None:  # which language is the minority is not guessed
                given = body.composition is not None and body.composition.language_groups is not None
                yield cannot("minority_language" if given else "minority_language, composition.language_groups",
                             body.id, section=national)
                continue
            yield from _members_outside(ctx, body, minority, "minority", national)
        elif body.language_body is LanguageBody.SAMI_LANGUAGE and ctx.org.sami_homeland:
            yield from _members_outside(ctx, body, LanguageGroup.SAMI, "sami_members", sami)
            yield from _sami_nominees(ctx, body, rule.sections["sami_nominees"])
