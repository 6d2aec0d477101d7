"""Every word orgmodel itself prints or draws, in Finnish, Swedish and English: the one table.

Diagram words, card words, metric and table labels, chart titles, the six axes' questions and
poles, diff headings, check report headings and the CLI's own printed lines are :class:`~orgmodel.text.Text` entries of
:data:`WORDS`, under dotted keys that say where they are used (``diagram.*``, ``mark.*``,
``card.*``, ``table.*``, ``metric.*``, ``chart.*``, ``axis.*``, ``diff.*``, ``tree.*``, ``cli.*``,
``report.*``, ``severity.*``, ``check.*``, ``instruments.*``).
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
    "mark.changed.legend": _T("muuttunut (laji, rooli tai paikat)", "ändrad (typ, roll eller platser)",
                                "changed (kind, role or seats)"),
    "mark.removed": _T("poistunut", "borttagen", "removed"),
    "mark.removed.legend": _T("poistunut vertailukohdasta", "borttagen från basen", "removed from the baseline"),
    # the seats line of a card and of `show`: '11 jäsentä, pj + 2 vpj'
    "card.members": _T("jäsentä", "ledamöter", "members"),
    "card.unnamed": _T("(nimeämätön {kind})", "({kind}, namn okänt)", "(unnamed {kind})"),
    "card.chair": _T("pj", "ordf.", "chair"),
    "card.vice_chairs": _T("vpj", "vice ordf.", "vice-chairs"),
    # --- cards (slides): role badges, dates, list cards, baseline marks (orgmodel.render.labels) --
    # the role badge of a leadership body (orgmodel.compare.metrics.decision_role)
    "role.decision_making": _T("päättää", "beslutar", "decides"),
    "role.preparatory": _T("valmistelee", "bereder", "prepares"),
    # validity on a card: '1.1.2019 alkaen', '31.12.2020 asti', '1.1.2019–31.12.2020'
    "card.valid_from": _T("{date} alkaen", "från {date}", "from {date}"),
    "card.valid_to": _T("{date} asti", "till {date}", "until {date}"),
    "card.valid_span": _T("{start}–{end}", "{start}–{end}", "{start}–{end}"),
    # a list card's heading: 'Tytäryhtiöt (5)'
    "card.list_heading": _T("{what} ({n})", "{what} ({n})", "{what} ({n})"),
    "card.list_mixed": _T("Toimielimet ja yksiköt", "Organ och enheter", "Bodies and units"),
    # the plural of every body kind (orgmodel.kinds), for list-card headings
    "kind.plural.council": _T("Valtuustot", "Fullmäktige", "Councils"),
    "kind.plural.executive_board": _T("Hallitukset", "Styrelser", "Executive boards"),
    "kind.plural.board": _T("Lautakunnat", "Nämnder", "Boards"),
    "kind.plural.committee": _T("Valiokunnat", "Utskott", "Committees"),
    "kind.plural.subcommittee": _T("Jaostot", "Sektioner", "Subcommittees"),
    "kind.plural.commission": _T("Toimikunnat", "Kommissioner", "Commissions"),
    "kind.plural.audit_committee": _T("Tarkastuslautakunnat", "Revisionsnämnder", "Audit committees"),
    "kind.plural.election_board": _T("Vaalilautakunnat", "Valnämnder", "Election boards"),
    "kind.plural.advocacy_body": _T("Vaikuttamistoimielimet", "Påverkansorgan", "Advocacy bodies"),
    "kind.plural.executive": _T("Johtajat", "Direktörer", "Executives"),
    "kind.plural.administration": _T("Toimialat", "Verksamhetsområden", "Administration units"),
    "kind.plural.business_enterprise": _T("Liikelaitokset", "Affärsverk", "Business enterprises"),
    "kind.plural.enterprise_board": _T("Johtokunnat", "Direktioner", "Enterprise boards"),
    "kind.plural.balance_sheet_unit": _T("Taseyksiköt", "Balansenheter", "Balance-sheet units"),
    "kind.plural.subsidiary": _T("Tytäryhtiöt", "Dotterbolag", "Subsidiaries"),
    "kind.plural.associated_company": _T("Osakkuusyhtiöt", "Intressebolag", "Associated companies"),
    "kind.plural.foundation": _T("Säätiöt", "Stiftelser", "Foundations"),
    "kind.plural.cooperative": _T("Osuuskunnat", "Andelslag", "Cooperatives"),
    "kind.plural.external_party": _T("Ulkoiset tahot", "Externa parter", "External parties"),
    "kind.plural.cooperation_forum": _T("Yhteistyöelimet", "Samarbetsorgan", "Cooperation forums"),
    "kind.plural.joint_body": _T("Yhteiset toimielimet", "Gemensamma organ", "Joint bodies"),
    "kind.plural.election_committee": _T("Vaalivaliokunnat", "Valutskott", "Election committees"),
    "kind.plural.internal_audit": _T("Sisäiset tarkastukset", "Internrevisioner", "Internal audits"),
    "kind.plural.organisation": _T("Organisaatiot", "Organisationer", "Organisations"),
    # baseline marks: unchanged cards faded, added and removed relations (orgmodel.render.theme)
    "mark.same.legend": _T("ennallaan (haalistettu)", "oförändrad (blekt)", "unchanged (faded)"),
    "relation.added.legend": _T("uusi suhde", "ny relation", "added relation"),
    "relation.removed.legend": _T("poistunut suhde", "borttagen relation", "removed relation"),
    # the change summary of a compared panel, at most three lines (orgmodel.render.scene)
    "summary.bodies": _T("Toimielimet: {parts}", "Organ: {parts}", "Bodies: {parts}"),
    "summary.roles": _T("Roolit: {parts}", "Roller: {parts}", "Roles: {parts}"),
    "summary.relations": _T("Suhteet: {parts}", "Relationer: {parts}", "Relations: {parts}"),
    "summary.added": _T("+{n} uutta", "+{n} nya", "+{n} added"),
    "summary.added.one": _T("+1 uusi", "+1 ny", "+1 added"),
    "summary.removed": _T("−{n} poistunutta", "−{n} borttagna", "−{n} removed"),
    "summary.removed.one": _T("−1 poistunut", "−1 borttagen", "−1 removed"),
    "summary.changed": _T("{n} muuttunutta", "{n} ändrade", "{n} changed"),
    "summary.changed.one": _T("1 muuttunut", "1 ändrad", "1 changed"),
    "summary.none": _T("ei muutoksia", "inga ändringar", "no changes"),
    # --- text (slides): the instrument view (orgmodel.render.instruments) -----------------------
    "instruments.title": _T("Ohjausasiakirjat", "Styrdokument", "Instruments"),
    "instruments.prepares": _T("valmistelee", "bereder", "prepares"),
    "instruments.adopts": _T("hyväksyy", "godkänner", "adopts"),
    "instruments.content_areas": _T("Sisältöalueet", "Innehållsområden", "Content areas"),
    "instruments.adopted_on": _T("hyväksytty {date}", "godkänd {date}", "adopted {date}"),
    "instruments.none": _T(
        "{model}: mallissa ei ole ohjausasiakirjoja, joten asiakirjanäkymää ei voi piirtää. Lisää "
        "instruments-kohtaan asiakirja (id, kind: strategy tai muu laji, names, prepared_by, adopted_by, "
        "content_areas) tai valitse toinen näkymä.",
        "{model}: modellen har inga styrdokument, så dokumentvyn kan inte ritas. Lägg under instruments "
        "till ett dokument (id, kind: strategy eller en annan typ, names, prepared_by, adopted_by, "
        "content_areas) eller välj en annan vy.",
        "{model}: the model has no instruments, so the instrument view cannot be drawn. Add one under "
        "instruments (id, kind: strategy or another kind, names, prepared_by, adopted_by, content_areas), "
        "or choose another view."),
    # --- comparison tables (orgmodel.compare.tables) -------------------------------------------
    "table.structure": _T("rakenne", "struktur", "structure"),
    "table.seats": _T("paikat", "platser", "seats"),
    "metric.bodies": _T("toimielimiä ja yksiköitä", "organ och enheter", "bodies"),
    "metric.relations": _T("suhteita", "relationer", "relations"),
    "metric.elected_bodies": _T("luottamushenkilötoimielimiä", "förtroendeorgan", "elected bodies"),
    "metric.seats_min": _T("paikkoja (väh.)", "platser (min)", "seats (min)"),
    "metric.seats_max": _T("paikkoja (enint.)", "platser (max)", "seats (max)"),
    "metric.seats_known": _T("tiedossa olevat paikat", "kända platser", "known seats"),
    "metric.seats_known_min": _T("tiedossa olevia paikkoja (väh.)", "kända platser (min)", "known seats (min)"),
    "metric.seats_known_max": _T("tiedossa olevia paikkoja (enint.)", "kända platser (max)", "known seats (max)"),
    # the identity columns of the corpus table (orgmodel.compare.codebook)
    "column.structure": _T("rivi", "rad", "row"),
    "column.id": _T("tunnus", "id", "id"),
    "column.name": _T("nimi", "namn", "name"),
    "column.variant": _T("vaihtoehto", "variant", "variant"),
    "column.law": _T("laki", "lag", "law"),
    "column.org_type": _T("organisaation tyyppi", "typ av organisation", "organisation type"),
    "column.status": _T("versio", "version", "version status"),
    "column.version_date": _T("päivämäärä", "datum", "date"),
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
    "chart.profile_note": _T(
        "1 = otsikon ensimmäinen vaihtoehto, 0 = jälkimmäinen; – = ei määritettävissä mallista",
        "1 = rubrikens första alternativ, 0 = det senare; – = kan inte bestämmas ur modellen",
        "1 = the first option of the heading, 0 = the second; – = not determinable from the model"),
    "chart.seats_known": _T("tiedossa olevat paikat (osa paikkaluvuista puuttuu)",
                            "kända platser (en del antal saknas)", "known seats (some counts missing)"),
    "chart.seats_unknown": _T("{n} ilman paikkalukua", "{n} utan antal platser", "{n} without a seat count"),
    "chart.seats_not_known": _T("paikkaluvut eivät ole tiedossa", "antalet platser är inte känt",
                                "seat counts not known"),
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
    # what an axis measured ("reason") and, when it cannot answer, what the model would need ("needs")
    "axis.decision.reason": _T(
        "{d} johtamistoimielintä saa päätösvaltaa (toimivallan ketjussa), {p} vain valmistelee, {u} ei kumpaakaan",
        "{d} ledningsorgan får beslutanderätt (i delegeringskedjan), {p} bereder bara, {u} ingetdera",
        "{d} leadership bodies receive decision power (on a delegation chain), {p} only prepare, {u} neither"),
    "axis.council.reason": _T(
        "{k}/{n} toimivaltaa päättää lopulta valtuusto tai pelkistä valtuutetuista koottu toimielin",
        "{k}/{n} befogenheter avgörs till sist av fullmäktige eller av ett organ med enbart fullmäktigeledamöter",
        "{k}/{n} powers are finally decided by the council or by a body made only of councillors"),
    "axis.preparation.reason": _T(
        "{p}/{t} valtuuston ulkopuolista luottamushenkilöpaikkaa on toimielimissä, jotka valmistelevat toiselle",
        "{p}/{t} förtroendeplatser utanför fullmäktige finns i organ som bereder ärenden för ett annat organ",
        "{p}/{t} elected seats outside the council sit in bodies that prepare matters for another body"),
    "axis.organiser.reason": _T(
        "{o} toimivaltaa päätyy järjestäjälle, {r} tuottajalle ({c} tuottajan toimivallasta otto-oikeus järjestäjällä)",
        "{o} befogenheter hamnar hos anordnaren, {r} hos producenten (anordnaren har övertagningsrätt i {c})",
        "{o} powers end on the organiser side, {r} on the producer side (organiser call-in on {c} of them)"),
    "axis.representative.reason": _T(
        "{e} vaaleilla valittua toimielintä; lakisääteisen vähimmäistason ylittävät osallistumiskanavat painoin {w}",
        "{e} valda organ; deltagandekanaler utöver lagens minimum med vikt {w}",
        "{e} elected bodies; participation channels beyond the statutory minimum weigh {w}"),
    "axis.municipal.reason": _T(
        "{x}/{n} toimielintä on sellaisia, joita kuntalain mallissa ei ole (kielilautakunta, kielivähemmistön "
        "vaikuttamistoimielin)",
        "{x}/{n} organ saknar motsvarighet i kommunallagens modell (språknämnd, påverkansorgan för "
        "språkminoriteten)",
        "{x}/{n} bodies have no counterpart in the Local Government Act's template (language board, "
        "language-minority advocacy body)"),
    "axis.needs.powers": _T(
        "ei määritettävissä: tarvitaan hallintosäännön toimivaltamääräykset (toimivallat ja delegoinnit)",
        "kan inte bestämmas: förvaltningsstadgans bestämmelser om befogenheter (befogenheter och delegering) behövs",
        "not determinable: needs the administrative regulations' powers and delegations"),
    "axis.needs.roles": _T(
        "ei määritettävissä: tarvitaan, mitkä johtamistoimielimet saavat toimivaltaa ja mitkä valmistelevat",
        "kan inte bestämmas: det behövs vilka ledningsorgan som får befogenheter och vilka som bereder",
        "not determinable: needs which leadership bodies receive powers and which prepare"),
    "axis.needs.preparation": _T(
        "ei määritettävissä: tarvitaan, mitkä toimielimet valmistelevat asioita toisille (valmistelusuhteet)",
        "kan inte bestämmas: det behövs vilka organ som bereder ärenden för andra (beredningsrelationer)",
        "not determinable: needs which bodies prepare matters for others (prepares_for relations)"),
    "axis.needs.seats": _T(
        "ei määritettävissä: tarvitaan jäsenmäärät ({bodies})",
        "kan inte bestämmas: antalet ledamöter behövs ({bodies})",
        "not determinable: needs the seat counts ({bodies})"),
    "axis.needs.sides": _T(
        "ei määritettävissä: yksikään toimivalta ei päädy järjestäjälle tai tuottajalle",
        "kan inte bestämmas: ingen befogenhet hamnar hos anordnaren eller producenten",
        "not determinable: no power ends on the organiser or the producer side"),
    "axis.needs.elected": _T(
        "ei määritettävissä: tarvitaan vaaleilla valitut toimielimet ja vaikuttamistoimielimet",
        "kan inte bestämmas: de valda organen och påverkansorganen behövs",
        "not determinable: needs the elected bodies and the advocacy bodies"),
    "axis.needs.bodies": _T(
        "ei määritettävissä: rakenteessa ei ole toimielimiä",
        "kan inte bestämmas: strukturen har inga organ",
        "not determinable: the structure has no bodies"),
    # --- diff (comparison): orgmodel.compare.diff, diff_report, diff_xlsx, series, timeline ------
    "diff.title": _T("Rakenteiden ero", "Skillnad mellan strukturer", "Structural diff"),
    "diff.matched": _T("yhdistetty", "matchade", "matched"),
    "diff.none": _T("ei eroja", "inga skillnader", "no differences"),
    "diff.model": _T("Malli", "Modellen", "Model"),
    "diff.nobody": _T("ei kenelläkään", "ingen", "nobody"),
    "diff.part.relations": _T("suhteet", "relationer", "relations"),
    "diff.part.powers": _T("toimivallat", "befogenheter", "powers"),
    "diff.part.instruments": _T("asiakirjat", "styrdokument", "instruments"),
    "diff.part.model": _T("mallin tiedot", "uppgifter om modellen", "model fields"),
    "diff.added": _T("Lisätyt toimielimet", "Tillagda organ", "Added bodies"),
    "diff.removed": _T("Poistuneet toimielimet", "Borttagna organ", "Removed bodies"),
    "diff.changed": _T("Muuttuneet toimielimet", "Ändrade organ", "Changed bodies"),
    "diff.rel_added": _T("Lisätyt suhteet", "Tillagda relationer", "Added relations"),
    "diff.rel_removed": _T("Poistuneet suhteet", "Borttagna relationer", "Removed relations"),
    "diff.rel_changed": _T("Muuttuneet suhteet", "Ändrade relationer", "Changed relations"),
    "diff.pow_added": _T("Lisätyt toimivallat", "Tillagda befogenheter", "Added powers"),
    "diff.pow_removed": _T("Poistuneet toimivallat", "Borttagna befogenheter", "Removed powers"),
    "diff.pow_changed": _T("Muuttuneet toimivallat", "Ändrade befogenheter", "Changed powers"),
    "diff.ins_added": _T("Lisätyt asiakirjat", "Tillagda styrdokument", "Added instruments"),
    "diff.ins_removed": _T("Poistuneet asiakirjat", "Borttagna styrdokument", "Removed instruments"),
    "diff.ins_changed": _T("Muuttuneet asiakirjat", "Ändrade styrdokument", "Changed instruments"),
    # the xlsx sheets and columns of a diff (orgmodel.compare.diff_xlsx)
    "diff.sheet.summary": _T("Yhteenveto", "Sammanfattning", "Summary"),
    "diff.sheet.changes": _T("Muutokset", "Ändringar", "Changes"),
    "diff.col.step": _T("vaihe", "steg", "step"),
    "diff.col.from": _T("mistä", "från", "from"),
    "diff.col.to": _T("mihin", "till", "to"),
    "diff.col.area": _T("kohde", "område", "area"),
    "diff.col.id": _T("tunniste", "id", "id"),
    "diff.col.what": _T("mikä", "vad", "what"),
    "diff.col.change": _T("muutos", "ändring", "change"),
    "diff.col.field": _T("tieto", "uppgift", "field"),
    "diff.col.old": _T("ennen", "före", "before"),
    "diff.col.new": _T("jälkeen", "efter", "after"),
    "diff.col.count": _T("lukumäärä", "antal", "count"),
    "diff.area.model": _T("malli", "modell", "model"),
    "diff.area.body": _T("toimielin", "organ", "body"),
    "diff.area.relation": _T("suhde", "relation", "relation"),
    "diff.area.power": _T("toimivalta", "befogenhet", "power"),
    "diff.area.instrument": _T("asiakirja", "styrdokument", "instrument"),
    "diff.change.added": _T("lisätty", "tillagd", "added"),
    "diff.change.removed": _T("poistunut", "borttagen", "removed"),
    "diff.change.changed": _T("muuttunut", "ändrad", "changed"),
    # the counts of a diff (StructureDiff.counts)
    "diff.count.matched": _T("yhdistetyt toimielimet", "matchade organ", "bodies matched"),
    "diff.count.added": _T("lisätyt toimielimet", "tillagda organ", "bodies added"),
    "diff.count.removed": _T("poistuneet toimielimet", "borttagna organ", "bodies removed"),
    "diff.count.changed": _T("muuttuneet toimielimet", "ändrade organ", "bodies changed"),
    "diff.count.relations_added": _T("lisätyt suhteet", "tillagda relationer", "relations added"),
    "diff.count.relations_removed": _T("poistuneet suhteet", "borttagna relationer", "relations removed"),
    "diff.count.relations_changed": _T("muuttuneet suhteet", "ändrade relationer", "relations changed"),
    "diff.count.powers_added": _T("lisätyt toimivallat", "tillagda befogenheter", "powers added"),
    "diff.count.powers_removed": _T("poistuneet toimivallat", "borttagna befogenheter", "powers removed"),
    "diff.count.powers_changed": _T("muuttuneet toimivallat", "ändrade befogenheter", "powers changed"),
    "diff.count.instruments_added": _T("lisätyt asiakirjat", "tillagda styrdokument", "instruments added"),
    "diff.count.instruments_removed": _T("poistuneet asiakirjat", "borttagna styrdokument", "instruments removed"),
    "diff.count.instruments_changed": _T("muuttuneet asiakirjat", "ändrade styrdokument", "instruments changed"),
    "diff.count.model_changed": _T("muuttuneet mallin tiedot", "ändrade uppgifter om modellen",
                                   "model fields changed"),
    # the fields a diff compares (orgmodel.compare.diff: BODY_FIELDS, RELATION_FIELDS, POWER_FIELDS,
    # INSTRUMENT_FIELDS, MODEL_FIELDS); one word per field name, whatever it belongs to
    "diff.field.kind": _T("laji", "typ", "kind"),
    "diff.field.committee_role": _T("rooli", "roll", "role"),
    "diff.field.advocacy": _T("vaikuttamistoimielimen laji", "typ av påverkansorgan", "advocacy type"),
    "diff.field.executive_type": _T("johdon laji", "typ av ledning", "executive type"),
    "diff.field.external_type": _T("ulkopuolisen laji", "typ av extern part", "external type"),
    "diff.field.language_body": _T("kielellinen tehtävä", "språklig uppgift", "language task"),
    "diff.field.language_group": _T("kieliryhmä", "språkgrupp", "language group"),
    "diff.field.seats": _T("paikat", "platser", "seats"),
    "diff.field.chairs": _T("puheenjohtajat", "ordförande", "chairs"),
    "diff.field.vice_chairs": _T("varapuheenjohtajat", "vice ordförande", "vice-chairs"),
    "diff.field.chaired_by": _T("puheenjohtajuus toimielimeltä", "ordförandeskap från organ", "chaired by"),
    "diff.field.members_must_be_councillors": _T("vain valtuutettuja", "endast fullmäktigeledamöter",
                                                "councillors only"),
    "diff.field.voluntary": _T("vapaaehtoinen", "frivilligt", "voluntary"),
    "diff.field.competitive_market": _T("kilpailutilanne markkinoilla", "konkurrens på marknaden",
                                        "competitive market"),
    "diff.field.parent": _T("ylempi toimielin", "överordnat organ", "parent"),
    "diff.field.parent_certainty": _T("alaisuuden varmuus", "underställningens säkerhet", "certainty of parent"),
    "diff.field.names": _T("nimi", "namn", "name"),
    "diff.field.valid_from": _T("voimassa alkaen", "gäller från", "valid from"),
    "diff.field.valid_to": _T("voimassa asti", "gäller till", "valid to"),
    "diff.field.certainty": _T("varmuus", "säkerhet", "certainty"),
    "diff.field.fact_certainty": _T("tietojen varmuus", "uppgifternas säkerhet", "certainty of facts"),
    "diff.field.composition.women": _T("naisia", "kvinnor", "women"),
    "diff.field.composition.men": _T("miehiä", "män", "men"),
    "diff.field.composition.councillors": _T("valtuutettuja", "fullmäktigeledamöter", "councillors"),
    "diff.field.composition.employees": _T("henkilöstön edustajia", "personalföreträdare", "employees"),
    "diff.field.composition.chair_is_councillor": _T("puheenjohtaja valtuutettu", "ordföranden fullmäktigeledamot",
                                                     "chair a councillor"),
    "diff.field.composition.vice_chairs_are_councillors": _T("varapuheenjohtajat valtuutettuja",
                                                            "vice ordförandena fullmäktigeledamöter",
                                                            "vice-chairs councillors"),
    "diff.field.composition.executive_board_members": _T("hallituksen jäseniä", "styrelseledamöter",
                                                         "executive board members"),
    "diff.field.composition.personal_deputies": _T("henkilökohtaiset varajäsenet", "personliga ersättare",
                                                   "personal deputies"),
    "diff.field.composition.chair_from_parent_body": _T("puheenjohtaja emotoimielimestä",
                                                        "ordföranden från det överordnade organet",
                                                        "chair from the parent body"),
    "diff.field.composition.deputy_women": _T("naisia varajäsenissä", "kvinnor bland ersättarna", "deputy women"),
    "diff.field.composition.deputy_men": _T("miehiä varajäsenissä", "män bland ersättarna", "deputy men"),
    "diff.field.composition.language_groups": _T("jäsenet kieliryhmittäin", "ledamöter per språkgrupp",
                                                 "members by language group"),
    "diff.field.composition.min_councillor_share": _T("valtuutettujen vähimmäisosuus", "minsta andel fullmäktige",
                                                      "least councillor share"),
    "diff.field.composition.councillor_share_counts_deputies": _T(
        "varavaltuutetut lasketaan osuuteen", "ersättare räknas in i andelen", "deputies count in the share"),
    "diff.field.share": _T("omistusosuus", "ägarandel", "ownership share"),
    "diff.field.via": _T("asiakirja", "styrdokument", "instrument"),
    "diff.field.limits": _T("rajoitukset", "begränsningar", "limits"),
    "diff.field.label": _T("selite", "etikett", "label"),
    "diff.field.matter": _T("asia", "ärende", "matter"),
    "diff.field.legal_basis": _T("oikeusperusta", "rättslig grund", "legal basis"),
    "diff.field.coercion": _T("hallintopakko", "förvaltningstvång", "administrative coercion"),
    "diff.field.holder": _T("haltija", "innehavare", "holder"),
    "diff.field.call_in": _T("otto-oikeus", "upptagningsrätt", "call-in"),
    "diff.field.chain": _T("delegointiketju", "delegeringskedja", "delegation chain"),
    "diff.field.final": _T("lopullinen päättäjä", "slutlig beslutsfattare", "final decision-maker"),
    "diff.field.reserved": _T("varattu valtuustolle", "förbehållet fullmäktige", "reserved to the council"),
    "diff.field.prepared_by": _T("valmistelija", "beredare", "prepared by"),
    "diff.field.adopted_by": _T("hyväksyjä", "antas av", "adopted by"),
    "diff.field.adopted_on": _T("hyväksytty", "antaget", "adopted on"),
    "diff.field.content_areas": _T("sisältöalueet", "innehållsområden", "content areas"),
    "diff.field.version.status": _T("tila", "status", "status"),
    "diff.field.version.date": _T("version päivä", "versionens datum", "version date"),
    "diff.field.version.label": _T("version nimi", "versionens namn", "version label"),
    "diff.field.law": _T("laki", "lag", "law"),
    "diff.field.scope": _T("kattavuus", "omfattning", "scope"),
    # versions over time (orgmodel.compare.series, orgmodel.compare.timeline)
    "diff.timeline": _T("Muutokset ajassa", "Ändringar över tid", "Changes over time"),
    "diff.step": _T("Vaihe {n}: {old} → {new}", "Steg {n}: {old} → {new}", "Step {n}: {old} → {new}"),
    "diff.on_day": _T("Muutokset {day}", "Ändringar {day}", "Changes on {day}"),
    "diff.no_dates": _T("mallissa ei ole päivättyjä toimielimiä, suhteita, toimivaltoja tai asiakirjoja",
                        "modellen har inga daterade organ, relationer, befogenheter eller styrdokument",
                        "the model has no dated bodies, relations, powers or instruments"),
    "diff.starts_only": _T("rakenne alkaa {day}, eikä mikään muutu sen jälkeen",
                           "strukturen börjar {day} och ändras inte därefter",
                           "the structure begins on {day} and nothing changes after that"),
    "diff.date_unknown": _T("päivä ei tiedossa", "datum okänt", "date unknown"),
    "diff.before": _T("ennen {day}", "före {day}", "before {day}"),
    "diff.chart.bodies": _T("Toimielimet", "Organ", "Bodies"),
    "diff.chart.present": _T("olemassa", "finns", "present"),
    "diff.chart.seats_unknown": _T("? = paikkamäärä ei tiedossa", "? = antal platser okänt", "? = seats unknown"),
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
    # --- explorer (orgmodel explore: the interactive page) ------------------------------------
    "explore.title": _T("Rakenteiden selain", "Strukturutforskare", "Structure explorer"),
    "explore.structure": _T("Rakenne", "Struktur", "Structure"),
    "explore.variant": _T("Vaihtoehto", "Alternativ", "Variant"),
    "explore.language": _T("Kieli", "Språk", "Language"),
    "explore.search": _T("Hae nimellä", "Sök på namn", "Search by name"),
    "explore.hits.one": _T("{n} osuma", "{n} träff", "{n} match"),
    "explore.hits.many": _T("{n} osumaa", "{n} träffar", "{n} matches"),
    "explore.differences": _T("Korosta erot rakenteeseen {name}", "Markera skillnader mot {name}",
                              "Highlight differences from {name}"),
    "explore.added": _T("uusi", "ny", "added"),
    "explore.changed": _T("muuttunut", "ändrad", "changed"),
    "explore.removed": _T("Puuttuu tästä rakenteesta", "Saknas i denna struktur", "Not in this structure"),
    "explore.changed_fields": _T("Muuttuneet tiedot", "Ändrade uppgifter", "Changed facts"),
    "explore.hint": _T("Valitse toimielin kaaviosta (hiirellä tai sarkaimella ja Enterillä).",
                       "Välj ett organ i diagrammet (med musen eller med tabb och Enter).",
                       "Pick a body in the diagram (with the mouse, or Tab and Enter)."),
    "explore.close": _T("Sulje", "Stäng", "Close"),
    "explore.kind": _T("Laji", "Typ", "Kind"),
    "explore.parent": _T("Alaisuus", "Underställd", "Subordinate to"),
    "explore.seats": _T("Jäsenet", "Ledamöter", "Seats"),
    "explore.chairs": _T("Puheenjohtajat", "Ordförande", "Chairs"),
    "explore.vice_chairs": _T("Varapuheenjohtajat", "Vice ordförande", "Vice-chairs"),
    "explore.chaired_by": _T("Puheenjohtajana", "Ordförande är", "Chaired by"),
    "explore.elected_by": _T("Valitsee", "Väljs av", "Elected by"),
    "explore.nominated_by": _T("Nimeää", "Nomineras av", "Nominated by"),
    "explore.of_seats": _T("{n} paikkaa", "{n} platser", "{n} seats"),
    "explore.powers_held": _T("Toimivalta (alkuperäinen)", "Behörighet (ursprunglig)", "Powers held"),
    "explore.powers_delegated": _T("Siirretty toimivalta", "Delegerad behörighet", "Powers delegated to it"),
    "explore.chain": _T("Siirtoketju", "Delegeringskedja", "Delegation chain"),
    "explore.limits": _T("Rajat", "Gränser", "Limits"),
    "explore.certainty": _T("Varmuus", "Säkerhet", "Certainty"),
    "explore.fact_certainty": _T("Varmuus ({field})", "Säkerhet ({field})", "Certainty ({field})"),
    "explore.source": _T("Lähde", "Källa", "Source"),
    "explore.structure_source": _T("rakenteen lähde", "strukturens källa", "the structure's source"),
    "explore.slide": _T("dia {n}", "bild {n}", "slide {n}"),
    "explore.quote": _T("Lainaus", "Citat", "Quote"),
    "explore.note": _T("Huomautus", "Anmärkning", "Note"),
    "explore.findings": _T("Tarkistuksen havainnot", "Kontrollens iakttagelser", "The checker's findings"),
    "explore.no_findings": _T("ei havaintoja", "inga iakttagelser", "no findings"),
    "explore.none": _T("ei tiedossa", "inte känt", "not stated"),
    "explore.print": _T("Tulosta", "Skriv ut", "Print"),
    "explore.fit": _T("Koko kaavio", "Hela diagrammet", "Whole diagram"),
    "explore.written": _T("{path}: selainsivu, rakenteita {n}, näkymiä {views}, {kb} kt",
                          "{path}: utforskarsida, strukturer {n}, vyer {views}, {kb} kB",
                          "{path}: explorer page, {n} structures, {views} views, {kb} KB"),
    # --- output (slides) ----------------------------------------------------------------------
    "render.bitmap_shrunk": _T(
        "PNG piirrettiin {got} dpi:n tarkkuudella eikä pyydetyllä {asked} dpi:llä: Graphviz ei piirrä näin suurta "
        "bittikarttaa; käytä valitsinta --dpi {got} tai pienempää, tai SVG- tai PDF-muotoa",
        "PNG-filen ritades med {got} dpi, inte med de begärda {asked} dpi: Graphviz ritar inte så stora "
        "bitmappar; använd --dpi {got} eller mindre, eller SVG eller PDF",
        "the PNG was drawn at {got} dpi, not the {asked} dpi asked for: Graphviz cannot draw a bitmap that large; "
        "use --dpi {got} or less, or SVG or PDF"),
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
