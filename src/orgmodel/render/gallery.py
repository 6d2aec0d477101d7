"""The diagrams ``make demo`` writes to ``diagrams/`` (and a test keeps current).

Every model as ``<name>.svg`` and ``<name>.png`` (16:9 slide preset), each as it stood on its
own version date; the archetypes on sheets, the four 2018 regional drafts on one sheet, the
archetypes once more marked against the traditional board model, and the real wellbeing services
counties of ``models/real/`` side by side. Sheets are slides too: two structures side by side,
four as 2 x 2 where that page meets the comparison floor, else pages of two (``<name>-1``,
``<name>-2``, ...; see :func:`orgmodel.render.sheet_pages`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmodel.vocab import OrgType

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from . import Diagram

#: The four regional drafts of 2018 with an organisation chart (in the order of the seed deck).
REGIONAL_DRAFTS = ("pirkanmaa-2018", "pohjois-karjala-2018", "paijat-hame-2018", "luonnos-2018-04-08")
#: The folder of the real structures written from public sources.
REAL_FOLDER = "real"
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
            sheets("sheet-archetypes-vs-lautakuntamalli", orgs, baseline=base,
                   title="Mallit verrattuna lautakuntamalliin (toimialat)")
    regions = [by_stem[s] for s in REGIONAL_DRAFTS if s in by_stem]
    if regions:
        sheets("sheet-regions-2018", regions, title="Maakuntien hallintorakenteet, luonnokset 2018")
    counties = [org for p, org in models
                if p.parent.name == REAL_FOLDER and org.org_type is OrgType.WELLBEING_SERVICES_COUNTY]
    if counties:
        sheets("sheet-counties", counties, title="Hyvinvointialueiden toimielinrakenteet",
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
    return written
