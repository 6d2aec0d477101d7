"""The interactive explorer: one self-contained HTML page of one or more structures.

Pan and zoom (the vendored svg-pan-zoom), search by name, click a card for the body's details
(kind, seats, chairs, who elects and nominates it, its powers with their delegation chains, its
certainty and source, the checker's findings), switch variant, language and structure, with the
differences from the first structure highlighted. The drawings are orgmodel's own SVG.

>>> from orgmodel.io import load
>>> page = explorer_page([load("models/pohjois-karjala-2018.yaml")])  # doctest: +SKIP
>>> open("pk.html", "w").write(page)  # doctest: +SKIP
"""

from __future__ import annotations

from .page import explorer_page, page_data

__all__ = ["explorer_page", "page_data"]
