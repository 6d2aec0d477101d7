"""The explorer page: one self-contained HTML file (styles, scripts and drawings inline; nothing
fetched when it is opened).

>>> explorer_page([])
Traceback (most recent call last):
orgmodel.errors.UserError: explore needs at least one structure
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from orgmodel.compare.diff import diff_structures
from orgmodel.errors import UserError
from orgmodel.text import LANGS
from orgmodel.words import WORDS

from .details import texts
from .views import differences, structure_views

if TYPE_CHECKING:
    from collections.abc import Sequence

    from orgmodel.model import Organisation

#: The vendored pan-zoom library (svg-pan-zoom 3.6.2, BSD-2-Clause; its licence is shipped beside it).
PAN_ZOOM, PAN_ZOOM_LICENSE = "svg-pan-zoom.min.js", "svg-pan-zoom.LICENSE"


def asset(name: str) -> str:
    """One file of the package's ``explore/assets``."""
    return (files("orgmodel.explore") / "assets" / name).read_text(encoding="utf-8")


def page_words() -> dict[str, dict[str, str]]:
    """The page's own words (``explore.*`` and the severities) in every language."""
    keys = [k for k in WORDS if k.startswith(("explore.", "severity."))]
    return {lang: {k: WORDS[k].get(lang) for k in keys} for lang in LANGS}


def page_data(orgs: Sequence[Organisation]) -> dict[str, Any]:
    """Every structure with its variants; each view after the first carries its differences from the first."""
    if not orgs:
        raise UserError("explore needs at least one structure")
    structures: list[dict[str, Any]] = []
    baseline: Organisation | None = None
    for org in orgs:
        views = []
        for variant, data in structure_views(org):
            if baseline is None:
                baseline, data["diff"] = variant, None
            else:
                data["diff"] = differences(diff_structures(baseline, variant), baseline, variant)
            views.append(data)
        structures.append({"id": org.id, "name": texts(org.names), "variants": views})
    return {"langs": list(LANGS), "words": page_words(), "baseline": structures[0]["name"],
            "structures": structures}


def _licensed(script: str, licence: str) -> str:
    """A vendored script with its licence in a comment before it (the licence asks for its notice)."""
    notice = asset(licence).replace("*/", "* /")
    return f"/*\n{notice}*/\n" + asset(script).replace("</script", "<\\/script")


def pack(data: Any) -> str:
    """The page's data as JSON, gzip-compressed (no timestamp: same input, same bytes) and
    base64-encoded; the page inflates it with the browser's ``DecompressionStream``. The drawings
    of a structure in three languages and its variants repeat each other, so the whole compresses
    about tenfold; base64 has no character that could end the ``<script>`` holding it.

    >>> json.loads(gzip.decompress(base64.b64decode(pack({"a": "</script>"}))))
    {'a': '</script>'}
    >>> pack([1]) == pack([1])
    True
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return base64.b64encode(gzip.compress(text.encode(), compresslevel=9, mtime=0)).decode("ascii")


def explorer_page(orgs: Sequence[Organisation], *, lang: str = "fi", title: str | None = None) -> str:
    """The page for ``orgs`` (the first is the baseline of the comparison), opening in ``lang``."""
    data = page_data(orgs)
    data["lang"] = lang
    heading = title or WORDS["explore.title"].get(lang)
    return (asset("page.html")
            .replace("{{lang}}", html.escape(lang))
            .replace("{{title_word}}", "" if title else ' data-w="explore.title"')  # the default follows --lang
            .replace("{{title}}", html.escape(heading))
            .replace("/*{{css}}*/", asset("explorer.css"))
            .replace("/*{{panzoom}}*/", _licensed(PAN_ZOOM, PAN_ZOOM_LICENSE))
            .replace("/*{{script}}*/", asset("explorer.js"))
            .replace("{{data}}", pack(data)))
