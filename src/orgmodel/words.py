"""Every word orgmodel itself prints or draws, in Finnish, Swedish and English: the one table.

Diagram words, card words, metric and table labels, chart titles, the six axes' questions and
poles, diff headings, check report headings and the CLI's own printed lines are :class:`~orgmodel.text.Text` entries of
:data:`WORDS`, under dotted keys that say where they are used (``diagram.*``, ``mark.*``,
``card.*``, ``table.*``, ``metric.*``, ``chart.*``, ``axis.*``, ``diff.*``, ``tree.*``, ``cli.*``,
``report.*``, ``severity.*``, ``check.*``).
Labels of the closed vocabularies are elsewhere, one place each: body kinds, relation types and
organisation types in :mod:`orgmodel.kinds`, the other enums in :mod:`orgmodel.vocab`. Rule
messages live with their rules. Text from a model file (names, questions) is not here: see
:func:`orgmodel.text.pick` and its fallback chain.

>>> word("diagram.legend", "sv")
'Förklaring'
>>> word("cli.variant_line", "en", selection="c=a", n=3)
'c=a: 3 bodies'
>>> date_text(dt.date(2018, 5, 16), "fi"), date_text(dt.date(2018, 5, 16), "en")
('16.5.2018', '16 May 2018')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from .text import Text

_T = Text  # short, for the table below

WORDS: Final[Mapping[str, Text]] = MappingProxyType({
    # --- diagrams (orgmodel.render) ------------------------------------------------------------
    "diagram.source": _T("Lähde", "Källa", "Source"),
    # sv: "Teckenförklaring" does not fit the band-label column and broke as "Teckenförklarin-g"
    "diagram.legend": _T("Selite", "Förklaring", "Legend"),
    "diagram.baseline": _T("vertailukohta", "jämförelsebas", "baseline"),
    "diagram.open_choice": _T("Avoin valinta", "Öppet val", "Open choice"),
    "diagram.drawn": _T("kuvassa", "i bilden", "drawn"),
    "diagram.variant": _T("Vaihtoehto", "Alternativ", "Variant"),
    "diagram.sheet_title": _T("Rakenteiden vertailu", "Jämförelse av strukturer", "Structures compared"),
    "diagram.compared": _T("Muutokset suhteessa rakenteeseen", "Ändringar jämfört med", "Changes against"),
    "diagram.hierarchy": _T("alaisuus (hierarkia)", "underställd (hierarki)", "hierarchy (subordinate to)"),
    "diagram.light_edge": _T("päätelty tai avoin yhteys", "härledd eller öppen förbindelse", "inferred or open link"),
    "diagram.inferred_bodies": _T("Kaikki elimet päätelty", "Alla organ härledda", "All bodies inferred"),
    "diagram.inferred_links": _T("Yhteydet päätelty", "Förbindelserna härledda", "Links inferred"),
    "diagram.inferred_both": _T("Kaikki elimet ja yhteydet päätelty", "Alla organ och förbindelser härledda",
                               "All bodies and links inferred"),
    "diagram.seats": _T("paikat", "platser", "seats"),
    # --- layout (slides) --------------------------------------------------------------------------
    "diagram.list_heading": _T("{kind} ({n})", "{kind} ({n})", "{kind} ({n})"),
    "view.political": _T("poliittinen johto", "politisk ledning", "political level"),
    "view.administration": _T("johto, hallinto ja tuotanto", "ledning, förvaltning och produktion",
                              "management, administration and production"),
    "view.group": _T("konserniyhteisöt", "koncernsammanslutningar", "group entities"),
    "view.subtree": _T("{name} ja sen alaiset", "{name} och dess underställda", "{name} and below"),
    "cli.below_floor": _T(
        "huomio: korttien nimet ovat dialla {px} px, alle vähimmän {floor} px ({bodies} toimielintä).",
        "obs: kortens namn är {px} px på bilden, under minimet {floor} px ({bodies} organ).",
        "note: card names are {px} px on the slide, below the floor of {floor} px ({bodies} bodies)."),
    "cli.pages": _T(
        "{n} rakennetta ei mahdu yhdelle dialle: {pages} sivua, enintään 4 rakennetta kullakin.",
        "{n} strukturer ryms inte på en bild: {pages} sidor, högst 4 strukturer på varje.",
        "{n} structures do not fit one slide: {pages} pages of at most 4 structures each."),
    "cli.views_fit": _T("Luettavat näkymät: {views}", "Läsbara vyer: {views}", "Views that fit: {views}"),
    "cli.no_view_fits": _T(
        "Mikään näkymä ei yllä vähimpään; kokeile --view subtree:<toimielin>.",
        "Ingen vy når minimet; prova --view subtree:<organ>.",
        "No view reaches the floor; try --view subtree:<body-id>."),
    # marks on cards: the badge word and the legend's text (orgmodel.render.theme.MarkStyle)
    "mark.open": _T("avoin", "öppen", "open"),
    "mark.open.legend": _T("avoin tai epävarma", "öppen eller osäker", "open or uncertain"),
    "mark.inferred": _T("päätelty", "härledd", "inferred"),
    "mark.inferred.legend": _T("päätelty, ei lähteessä", "härledd, ej i källan", "inferred, not in the source"),
    "mark.choice": _T("vaihtoehto", "alternativ", "alternative"),
    "mark.choice.legend": _T("riippuu avoimesta valinnasta", "beror på ett öppet val", "depends on an open choice"),
    "mark.added": _T("uusi", "ny", "added"),
    "mark.added.legend": _T("uusi verrattuna vertailukohtaan", "ny jämfört med basen", "added against the baseline"),
    "mark.changed": _T("muuttunut", "ändrad", "changed"),
    "mark.changed.legend": _T("muuttunut (laji tai paikat)", "ändrad (typ eller platser)", "changed (kind or seats)"),
    "mark.removed": _T("poistunut", "borttagen", "removed"),
    "mark.removed.legend": _T("poistunut vertailukohdasta", "borttagen från basen", "removed from the baseline"),
    # the seats line of a card and of `show`: '11 jäsentä, pj + 2 vpj'
    "card.members": _T("jäsentä", "ledamöter", "members"),
    "card.unnamed": _T("(nimeämätön {kind})", "({kind}, namn okänt)", "(unnamed {kind})"),
    "card.chair": _T("pj", "ordf.", "chair"),
    "card.vice_chairs": _T("vpj", "vice ordf.", "vice-chairs"),
    # --- comparison tables (orgmodel.compare.tables) -------------------------------------------
    "table.structure": _T("rakenne", "struktur", "structure"),
    "table.seats": _T("paikat", "platser", "seats"),
    "metric.bodies": _T("toimielimiä ja yksiköitä", "organ och enheter", "bodies"),
    "metric.relations": _T("suhteita", "relationer", "relations"),
    "metric.elected_bodies": _T("luottamushenkilötoimielimiä", "förtroendeorgan", "elected bodies"),
    "metric.seats_min": _T("paikkoja (väh.)", "platser (min)", "seats (min)"),
    "metric.seats_max": _T("paikkoja (enint.)", "platser (max)", "seats (max)"),
    "metric.seats_unknown": _T("toimielimiä ilman paikkalukua", "organ utan antal platser",
                              "elected bodies without seats"),
    "metric.decision_making_bodies": _T("päättäviä toimielimiä", "beslutande organ", "decision-making bodies"),
    "metric.preparatory_bodies": _T("valmistelevia toimielimiä", "beredande organ", "preparatory bodies"),
    "metric.role_unset": _T("valiokuntia ilman roolia", "utskott utan roll", "committees without role"),
    "metric.leadership_bodies": _T("lautakuntia, valiokuntia, jaostoja, toimikuntia", "nämnder, utskott, sektioner",
                                  "boards, committees, subcommittees"),
    "metric.hierarchy_depth": _T("hierarkian syvyys", "hierarkins djup", "hierarchy depth"),
    "metric.span_max": _T("suurin alaisten määrä", "största kontrollspann", "span of control (max)"),
    "metric.span_mean": _T("alaisia keskimäärin", "kontrollspann (medel)", "span of control (mean)"),
    "metric.span_executive_board": _T("hallituksen alaisia", "underställda styrelsen", "under the executive board"),
    "metric.council_level_committees": _T("valtuuston alaisia ltk/vk", "nämnder under fullmäktige",
                                         "council-level committees"),
    "metric.board_level_committees": _T("hallituksen alaisia ltk/vk", "nämnder under styrelsen",
                                       "board-level committees"),
    "metric.advocacy_bodies": _T("vaikuttamistoimielimiä", "påverkansorgan", "advocacy bodies"),
    "metric.advocacy_statutory": _T("lakisääteisiä vaikuttamistoimielimiä", "lagstadgade påverkansorgan",
                                   "statutory advocacy bodies"),
    "metric.advocacy_voluntary": _T("muita vaikuttamistoimielimiä", "frivilliga påverkansorgan",
                                   "voluntary advocacy bodies"),
    "metric.cooperation_forums": _T("yhteistyöelimiä", "samarbetsorgan", "cooperation forums"),
    "metric.powers": _T("toimivaltoja", "befogenheter", "powers"),
    "metric.powers_organiser": _T("toimivaltaa järjestäjällä", "befogenheter hos anordnaren", "powers, organiser side"),
    "metric.powers_producer": _T("toimivaltaa tuottajalla", "befogenheter hos producenten", "powers, producer side"),
    "metric.powers_external": _T("toimivaltaa ulkoisilla", "befogenheter hos externa", "powers, external"),
    "metric.organiser_share": _T("järjestäjän osuus", "anordnarens andel", "organiser share"),
    "metric.producer_share": _T("tuottajan osuus", "producentens andel", "producer share"),
    "metric.delegations": _T("delegointeja", "delegeringar", "delegations"),
    "metric.delegation_chain_max": _T("pisin delegointiketju", "längsta delegeringskedja", "longest delegation chain"),
    "metric.delegation_chain_mean": _T("delegointiketju keskim.", "delegeringskedja (medel)",
                                      "delegation chain (mean)"),
    "metric.open_items": _T("avoimia kohtia", "öppna punkter", "open items"),
    "metric.inferred_items": _T("pääteltyjä kohtia", "härledda punkter", "inferred items"),
    "metric.choices": _T("avoimia valintoja", "öppna val", "open choices"),
    "metric.variants": _T("vaihtoehtoja", "varianter", "variants"),
    # --- charts (orgmodel.compare.charts) ------------------------------------------------------
    "chart.profile": _T("Johtamismallin valinnat", "Ledningsmodellens val", "Leadership model choices"),
    "chart.seats": _T("Luottamushenkilöpaikat tasoittain", "Förtroendeplatser per nivå", "Elected seats by tier"),
    "chart.kinds": _T("Toimielimet lajeittain", "Organ per typ", "Bodies by kind"),
    "chart.seats_axis": _T("paikkoja", "platser", "seats"),
    "chart.bodies_axis": _T("toimielimiä", "organ", "bodies"),
    "chart.range": _T("vaihteluväli (enint.)", "intervall (max)", "range (max)"),
    "number.decimal_point": _T(",", ",", "."),
    # --- the six design-choice axes (orgmodel.compare.axes): question, pole scored 1, pole scored 0
    "axis.decision.question": _T("Päätöksiä tekevä vs. valmisteleva toimielin",
                                "Beslutande kontra beredande organ",
                                "Decision-making vs. preparatory bodies"),
    "axis.decision.high": _T("Päättävät toimielimet", "Beslutande organ", "Decision-making bodies"),
    "axis.decision.low": _T("valmistelevat toimielimet", "beredande organ", "preparatory bodies"),
    "axis.council.question": _T("Valtuuston vallan korostaminen vs. laaja osallistuminen",
                               "Betoning av fullmäktiges makt kontra brett deltagande",
                               "Emphasis on the council's power vs. broad participation"),
    "axis.council.high": _T("Valtuuston valta", "Fullmäktiges makt", "Council's power"),
    "axis.council.low": _T("laaja osallistuminen", "brett deltagande", "broad participation"),
    "axis.preparation.question": _T("Virkamiesvalmistelu vs. päätöksentekijöiden osallistuminen valmisteluun",
                                   "Tjänstemannaberedning kontra beslutsfattarnas deltagande i beredningen",
                                   "Preparation by civil servants vs. decision-makers taking part in preparation"),
    "axis.preparation.high": _T("Virkamiesvalmistelu", "Tjänstemannaberedning", "Civil-servant preparation"),
    "axis.preparation.low": _T("luottamushenkilöt valmistelussa", "förtroendevalda i beredningen",
                              "elected officials in preparation"),
    "axis.organiser.question": _T("Vahva tilaaja vs. tuottajalle delegoitu valta",
                                 "Stark beställare kontra makt delegerad till producenten",
                                 "Strong purchaser vs. power delegated to the producer"),
    "axis.organiser.high": _T("Vahva järjestäjä", "Stark anordnare", "Strong organiser"),
    "axis.organiser.low": _T("valta tuottajalla", "makt hos producenten", "power delegated to the producer"),
    "axis.representative.question": _T("Edustuksellinen vs. suora demokratia", "Representativ kontra direkt demokrati",
                                      "Representative vs. direct democracy"),
    "axis.representative.high": _T("Edustuksellinen demokratia", "Representativ demokrati",
                                  "Representative democracy"),
    "axis.representative.low": _T("suora demokratia", "direkt demokrati", "direct democracy"),
    "axis.municipal.question": _T("Kuntajärjestelmä vs. (uuden) maakunnan järjestelmä",
                                 "Kommunsystemet kontra det (nya) landskapssystemet",
                                 "Municipal system vs. the (new) regional system"),
    "axis.municipal.high": _T("Kuntajärjestelmä", "Kommunsystemet", "Municipal system"),
    "axis.municipal.low": _T("uusi maakunnan järjestelmä", "nytt landskapssystem", "new regional system"),
    # --- structural diffs (orgmodel.compare.diff) ----------------------------------------------
    "diff.title": _T("Rakenteiden ero", "Skillnad mellan strukturer", "Structural diff"),
    "diff.matched": _T("yhdistetty", "matchade", "matched"),
    "diff.none": _T("ei eroja", "inga skillnader", "no differences"),
    "diff.added": _T("Lisätyt toimielimet", "Tillagda organ", "Added bodies"),
    "diff.removed": _T("Poistuneet toimielimet", "Borttagna organ", "Removed bodies"),
    "diff.changed": _T("Muuttuneet toimielimet", "Ändrade organ", "Changed bodies"),
    "diff.rel_added": _T("Lisätyt suhteet", "Tillagda relationer", "Added relations"),
    "diff.rel_removed": _T("Poistuneet suhteet", "Borttagna relationer", "Removed relations"),
    "diff.pow_added": _T("Lisätyt toimivallat", "Tillagda befogenheter", "Added powers"),
    "diff.pow_removed": _T("Poistuneet toimivallat", "Borttagna befogenheter", "Removed powers"),
    # the body fields a diff compares (orgmodel.compare.diff.COMPARED_FIELDS)
    "diff.field.kind": _T("laji", "typ", "kind"),
    "diff.field.seats": _T("paikat", "platser", "seats"),
    "diff.field.parent": _T("ylempi toimielin", "överordnat organ", "parent"),
    "diff.field.committee_role": _T("rooli", "roll", "role"),
    "diff.field.members_must_be_councillors": _T("vain valtuutettuja", "endast fullmäktigeledamöter",
                                                "councillors only"),
    "diff.field.names": _T("nimi", "namn", "name"),
    "yes": _T("kyllä", "ja", "yes"),
    "no": _T("ei", "nej", "no"),
    # --- the text tree of `orgmodel show` (orgmodel.tree) --------------------------------------
    "tree.in_cycle": _T("(kehämäisessä alaisuusketjussa)", "(i en cirkulär underställningskedja)",
                        "(in a parent cycle)"),
    # --- lines the CLI prints itself -------------------------------------------------------------
    "cli.open_choice": _T("avoin valinta {id}: {question}", "öppet val {id}: {question}",
                         "open choice {id}: {question}"),
    "cli.alternatives": _T("vaihtoehdot: {alternatives}", "alternativ: {alternatives}", "alternatives: {alternatives}"),
    "cli.variant_line": _T("{selection}: {n} toimielintä ja yksikköä", "{selection}: {n} organ och enheter",
                          "{selection}: {n} bodies"),
    "cli.no_choices": _T("(ei avoimia valintoja)", "(inga öppna val)", "(no open choices)"),
    "cli.written": _T("{path}: {format}-tiedosto, esitystapa {preset}", "{path}: {format}-fil, förinställning {preset}",
                     "{path}: {format}, {preset}"),
    "cli.chart_written": _T("kaavio: {path}", "diagram: {path}", "chart: {path}"),
    # --- check reports (orgmodel.checking) ----------------------------------------------------------
    "report.error": _T("Virheet", "Fel", "Errors"),
    "report.warning": _T("Varoitukset", "Varningar", "Warnings"),
    "report.info": _T("Huomautukset", "Anmärkningar", "Notes"),
    "report.suppressed": _T("Vaiennetut säännöt", "Undertryckta regler", "Suppressed rules"),
    "report.law": _T("Laki", "Lag", "Law"),
    "report.as_of": _T("Tilanne", "Tidpunkt", "As of"),
    "report.current": _T("uusimmat säännöt", "senaste reglerna", "latest rules"),
    "report.version": _T("mallin versiopäivä", "modellens versionsdatum", "model version date"),
    "report.option": _T("valittu päivä", "valt datum", "chosen date"),
    "report.hint": _T("Korjaus", "Åtgärd", "Fix"),
    "report.code": _T("Koodi", "Kod", "Code"),
    "report.target": _T("Kohde", "Objekt", "Where"),
    "report.citation": _T("Säännös", "Bestämmelse", "Provision"),
    "report.finding": _T("Havainto", "Iakttagelse", "Finding"),
    "report.fix": _T("Korjausehdotus", "Förslag till åtgärd", "Suggested fix"),
    "report.off": _T("pois päältä", "avstängd", "off"),
    "report.downgraded": _T("lievennetty", "nedgraderad till", "downgraded to"),
    "report.none": _T("Ei havaintoja.", "Inga iakttagelser.", "No findings."),
    "report.source": _T("Lähde", "Källa", "Source"),
    "report.was": _T("oli", "var", "was"),
    "report.severity": _T("Vakavuus", "Allvarlighet", "Severity"),
    "report.confidence": _T("Varmuus", "Säkerhet", "Confidence"),
    "report.body": _T("Toimielin", "Organ", "Body"),
    "report.count.error.one": _T("{n} virhe", "{n} fel", "{n} error"),
    "report.count.error.many": _T("{n} virhettä", "{n} fel", "{n} errors"),
    "report.count.warning.one": _T("{n} varoitus", "{n} varning", "{n} warning"),
    "report.count.warning.many": _T("{n} varoitusta", "{n} varningar", "{n} warnings"),
    "report.count.info.one": _T("{n} huomautus", "{n} anmärkning", "{n} note"),
    "report.count.info.many": _T("{n} huomautusta", "{n} anmärkningar", "{n} notes"),
    "report.count.finding.one": _T("{n} havainto", "{n} iakttagelse", "{n} finding"),
    "report.count.finding.many": _T("{n} havaintoa", "{n} iakttagelser", "{n} findings"),
    "severity.error": _T("virhe", "fel", "error"),
    "severity.warning": _T("varoitus", "varning", "warning"),
    "severity.info": _T("huomautus", "anmärkning", "info"),
    "check.cannot_check": _T(
        "Ei voida tarkistaa ({title}){name}: mallista puuttuu {needs}.",
        "Kan inte kontrolleras ({title}){name}: modellen anger inte {needs}.",
        "Cannot check ({title}){name}: the model does not give {needs}."),
    "check.cannot_check_hint": _T(
        "Lisää malliin {needs}, niin sääntö voidaan tarkistaa.",
        "Lägg till {needs} i modellen, så kan regeln kontrolleras.",
        "Add {needs} to the model so that the rule can be checked."),
    # a finding that rests on an inferred or open fact (orgmodel.rules: at most a warning)
    "check.rests_on": _T(
        "Havainto perustuu epävarmaan tietoon: {facts}; siksi se on enintään varoitus.",
        "Iakttagelsen bygger på osäkra uppgifter: {facts}; därför är den högst en varning.",
        "The finding rests on an uncertain fact: {facts}; so it is at most a warning."),
    "check.fact.body": _T("toimielin {name} ({certainty})", "organet {name} ({certainty})",
                          "body {name} ({certainty})"),
    "check.fact.body_field": _T("toimielimen {name} tieto {field} ({certainty})",
                                "uppgiften {field} om {name} ({certainty})",
                                "{field} of {name} ({certainty})"),
    "check.fact.relation": _T("suhde {source} → {target}: {type} ({certainty})",
                              "relationen {source} → {target}: {type} ({certainty})",
                              "relation {source} → {target}: {type} ({certainty})"),
    "check.fact.power": _T("toimivalta {name} ({certainty})", "behörigheten {name} ({certainty})",
                           "power {name} ({certainty})"),
    "check.fact.power_field": _T("toimivallan {name} tieto {field} ({certainty})",
                                 "uppgiften {field} om behörigheten {name} ({certainty})",
                                 "{field} of power {name} ({certainty})"),
    "check.cannot_check_many": _T(
        "Ei voida tarkistaa ({title}) {n} kohdassa ({shown}): mallista puuttuu {needs}.",
        "Kan inte kontrolleras ({title}) på {n} ställen ({shown}): modellen anger inte {needs}.",
        "Cannot check ({title}) in {n} places ({shown}): the model does not give {needs}."),
})

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def word(key: str, lang: str, **values: Any) -> str:
    """The entry ``key`` of :data:`WORDS` in ``lang``, with ``{placeholders}`` filled from ``values``
    (vocabulary members and :class:`~orgmodel.text.Text` values in the same language).

    >>> word("diagram.variant", "fi")
    'Vaihtoehto'
    """
    text = WORDS[key]
    return text.format(lang, values) if values else text.get(lang)


def text_of(key: str) -> Text:
    """The :class:`~orgmodel.text.Text` itself, for callers that choose the language later."""
    return WORDS[key]


def date_text(date: dt.date, lang: str) -> str:
    """16.5.2018 in Finnish and Swedish, 16 May 2018 in English.

    >>> date_text(dt.date(2018, 5, 16), "sv")
    '16.5.2018'
    """
    if lang == "en":
        return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"
    return f"{date.day}.{date.month}.{date.year}"
