"""The diagrams ``make demo`` writes to ``diagrams/`` (and a test keeps current).

Every model as ``<name>.svg`` and ``<name>.png`` (16:9 slide preset), each as it stood on its
own version date (a structure too large for one legible slide as the pages of its views); the
archetypes on sheets; and side by side in their political view, the archetypes marked against the
traditional board model, the four 2018 regional drafts and the real wellbeing services counties of
``models/real/``. Sheets are slides too: two structures side by side,
four as 2 x 2 where that page meets the comparison floor, else pages of two (``<name>-1``,
``<name>-2``, ...; see :func:`orgmodel.render.sheet_pages`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmodel.vocab import OrgType
from orgmodel.words import word

from .views import view_of

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from . import Diagram

#: The four regional drafts of 2018 with an organisation chart (in the order of the seed deck).
REGIONAL_DRAFTS = ("pirkanmaa-2018", "pohjois-karjala-2018", "paijat-hame-2018", "luonnos-2018-04-08")
#: The folder of the real structures written from public sources.
REAL_FOLDER = "real"
#: The view the regional drafts, the real counties and the archetypes against their baseline are
#: compared in (orgmodel.render.views).
SHEET_VIEW = "political"
#: The archetype the others are compared against: boards by traditional sectors.
BASELINE_ARCHETYPE = "lautakuntamalli-toimialat"


def names(models: list[tuple[Path, Organisation]]) -> list[str]:
    """File names for the models: the file's stem, with its folder when two stems clash."""
    stems = [p.stem for p, _ in models]
    return [p.stem if stems.count(p.stem) == 1 else f"{p.parent.name}-{p.stem}" for p, _ in models]


def gallery(models: list[tuple[Path, Organisation]]) -> list[tuple[str, Diagram]]:
    """(file name without suffix, diagram) for everything the demo draws. Only the models are laid
    out yet (measured, to tell whether one goes on pages: :func:`.paging.slide_pages`)."""
    from . import sheet_pages
    from .paging import slide_pages

    models = [(p, org.as_of(org.version_date)) for p, org in models]
    out: list[tuple[str, Diagram]] = []
    for name, (_, org) in zip(names(models), models, strict=True):  # one name per model
        # a model too large for one legible slide goes on pages, one view each: <name>-1, <name>-2, ...
        drawn = slide_pages(org, preset="slide")
        out.extend((name if len(drawn) == 1 else f"{name}-{k}", d) for k, d in enumerate(drawn, 1))
    by_stem = {p.stem: org for p, org in models}

    def sheets(name: str, orgs: list[Organisation], **options: Any) -> None:
        pages = sheet_pages(orgs, preset="slide", **options)
        out.extend((name if len(pages) == 1 else f"{name}-{k}", d) for k, d in enumerate(pages, 1))

    archetypes = [(p.stem, org) for p, org in models if org.org_type is OrgType.ARCHETYPE]
    if archetypes:
        orgs = [org for _, org in archetypes]
        sheets("sheet-archetypes", orgs, title="Poliittisen johtamisen mallit (arkkityypit)")
        base = by_stem.get(BASELINE_ARCHETYPE)
        if base is not None and len(orgs) > 1:
            # the archetypes differ only in their political bodies: marked against the baseline in
            # that view, each pair of whole structures would repeat the same administration twice
            sheets("sheet-archetypes-vs-lautakuntamalli", [view_of(o, SHEET_VIEW) for o in orgs],
                   baseline=view_of(base, SHEET_VIEW), title="Mallit verrattuna lautakuntamalliin (toimialat)")
    # the drafts and the counties side by side in their political view (SHEET_VIEW): two whole
    # structures of up to 46 bodies do not fit one slide at the comparison floor, their councils,
    # boards and committees do, and they are what these comparisons are about
    regions = [view_of(by_stem[s], SHEET_VIEW) for s in REGIONAL_DRAFTS if s in by_stem]
    if regions:
        sheets("sheet-regions-2018", regions, title="Maakuntien poliittiset rakenteet, luonnokset 2018")
    counties = [view_of(org, SHEET_VIEW) for p, org in models
                if p.parent.name == REAL_FOLDER and org.org_type is OrgType.WELLBEING_SERVICES_COUNTY]
    if counties:
        sheets("sheet-counties", counties, title="Hyvinvointialueiden poliittiset toimielimet",
               subtitle="Kukin rakenne lähteidensä viimeisimpänä päivänä (version.date)")
    return out


def write_gallery(models: list[tuple[Path, Organisation]], out_dir: Path) -> list[Path]:
    """Render the gallery into ``out_dir`` as SVG and PNG; return the files written."""
    written = []
    for name, d in gallery(models):
        d.render("svg", "png")
        for fmt in ("svg", "png"):
            written.append(d.save(out_dir / f"{name}.{fmt}"))
        for line in d.warnings:
            print(f"warning: graphviz ({name}): {line}")
        if d.preset.width_px and not d.fit.fits:  # never silently under the floor
            print(f"{name}: " + word("cli.below_floor", "fi", px=f"{d.fit.name_px:.1f}", floor=f"{d.fit.floor_px:.0f}",
                                     bodies=d.fit.bodies), file=sys.stderr)
    return written
