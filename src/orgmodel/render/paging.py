"""A slide that cannot hold the whole at its type floor becomes pages that can (issue 11).

On a preset with a type floor (``slide``), a structure whose card names come out below the floor
on one drawing is drawn as its named views instead, one page each, in the order political,
administration, group (:data:`orgmodel.render.views.VIEWS`): together they show every body. Two
or more consecutive views that still meet the floor together share a page; a view that misses
it on a page of its own is split once more into its parts (:data:`~orgmodel.render.views.PARTS`:
the political level as the council and the executive board with the side column of advocacy
bodies and outside parties, then the boards and subcommittees) when each part is more legible.
The type is never shrunk to fit: a page that misses its floor even so is kept, as the most
legible there is.

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "Valtuusto"}},
...     {"id": "h", "kind": "executive_board", "names": {"fi": "Hallitus"}, "parent": "v"}]})
>>> [p.view for p in pages_of(org, preset="slide").pages]  # fits on one slide: the whole
[None]
>>> len(slide_pages(org, preset="screen"))  # no floor: the whole
1
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .views import JOIN, own_parts, own_views, view_of, view_part

if TYPE_CHECKING:
    from orgmodel.model import Organisation

    from . import Diagram
    from .theme import Preset


@dataclass(frozen=True)
class Page:
    """One drawing to write: the view it shows (``None``: the whole) and the diagram."""

    view: str | None
    diagram: Diagram


@dataclass(frozen=True)
class Paging:
    """The pages a structure is drawn on, and its whole on one drawing (measured: its
    :attr:`~orgmodel.render.Diagram.fit` says why it was split, when it was)."""

    whole: Diagram
    pages: list[Page]


def pages_of(org: Organisation, *, lang: str = "fi", preset: str | Preset = "slide", title: str | None = None,
             variant: dict[str, str] | None = None, footnote: str = "", legend: bool = True,
             dpi: int | None = None) -> Paging:
    """The pages ``org`` is best drawn on (see :func:`slide_pages`), each with the view it shows."""
    from . import diagram

    whole = diagram(org, lang=lang, preset=preset, variant=variant, title=title, footnote=footnote,
                    legend=legend, dpi=dpi)
    if not whole.preset.width_px or whole.fit.fits:
        return Paging(whole, [Page(None, whole)])
    drawn = org.variant(variant or {}) if org.choices else org
    views = own_views(drawn)
    if not views:
        return Paging(whole, [Page(None, whole)])
    name = title or drawn.name(lang)

    def page(view: str) -> Page:
        return Page(view, diagram(view_of(drawn, view), lang=lang, preset=preset,
                                  title=f"{name} – {view_part(drawn, view, lang)}", footnote=footnote,
                                  legend=legend, dpi=dpi))

    def split(p: Page) -> list[Page]:
        """A page that misses its floor as the pages of its view's parts, when they are all more legible."""
        if p.diagram.fit.fits or p.view is None:
            return [p]
        parts = [page(part) for part in own_parts(drawn, p.view)]
        if parts and min(q.diagram.fit.name_px for q in parts) > p.diagram.fit.name_px:
            return parts
        return [p]

    pages = [page(views[0])]
    for view in views[1:]:  # join a view to the page before while the two together meet the floor
        last = pages[-1]
        joined = page(f"{last.view}{JOIN}{view}")
        # held to the floor of the smaller part: joining never lowers the bar (46 bodies have 18 px)
        floor = whole.preset.name_floor(min(last.diagram.fit.bodies, len(view_of(drawn, view).bodies)))
        if last.diagram.fit.fits and joined.diagram.fit.name_px >= max(floor, joined.diagram.fit.floor_px):
            pages[-1] = joined
        else:
            pages.append(page(view))
    pages = [q for p in pages for q in split(p)]
    if len(pages) == 1 or min(p.diagram.fit.name_px for p in pages) <= whole.fit.name_px:
        return Paging(whole, [Page(None, whole)])  # no split helps: the whole is as legible as its parts
    return Paging(whole, pages)


def slide_pages(org: Organisation, *, lang: str = "fi", preset: str | Preset = "slide", title: str | None = None,
                variant: dict[str, str] | None = None, footnote: str = "", legend: bool = True,
                dpi: int | None = None) -> list[Diagram]:
    """``[the whole]`` when it meets the preset's type floor (:attr:`~orgmodel.render.Diagram.fit`)
    or the preset has none; otherwise its named views with bodies of their own
    (:func:`~orgmodel.render.views.own_views`) as pages, in the order political, administration,
    group, each titled '<title> – <view>'. Together they show every body of the whole;
    consecutive views that meet the floor together share a page. A page that misses its floor
    is kept (the most legible there is); when no split is more legible than the whole, or there
    are no views to split into, the whole is the one page.

    >>> from orgmodel.model import Organisation
    >>> org = Organisation.model_validate({"id": "g", "names": {"fi": "G"}, "org_type": "archetype",
    ...     "law": "fi/kuntalaki-410-2015", "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}}]})
    >>> [d.title for d in slide_pages(org)]  # the structure's name
    ['G']
    """
    return [p.diagram for p in pages_of(org, lang=lang, preset=preset, title=title, variant=variant,
                                        footnote=footnote, legend=legend, dpi=dpi).pages]
