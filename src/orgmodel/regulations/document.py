"""A small document model (headings, paragraphs, tables) and its Markdown, HTML and DOCX writers.

Every document of :mod:`orgmodel.regulations` is built once as a list of blocks and written in
each format from the same blocks, so the Markdown and the DOCX cannot say different things.

>>> doc = Document("Otsikko", lang="fi")
>>> doc.heading(1, "1 luku Johtaminen").para("Teksti.").table(["a", "b"], [["1", "2"]])
Document(title='Otsikko', lang='fi', blocks=3)
>>> print(doc.markdown())
# Otsikko
<BLANKLINE>
## 1 luku Johtaminen
<BLANKLINE>
Teksti.
<BLANKLINE>
| a | b |
|---|---|
| 1 | 2 |
<BLANKLINE>
"""

from __future__ import annotations

import datetime as dt
import html
import io
from dataclasses import dataclass, field
from typing import Any

from ..reproducible import FIXED_DATE, fixed_zip
from ..words import word


@dataclass(frozen=True)
class Heading:
    level: int  # 1: chapter, 2: section, 3: below
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    note: bool = False  # a drafter's note, shown in italics


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Table


@dataclass
class Document:
    """A titled sequence of blocks in one language; ``toc`` puts a table-of-contents field in the DOCX."""

    title: str
    lang: str
    toc: bool = False
    blocks: list[Block] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Document(title={self.title!r}, lang={self.lang!r}, blocks={len(self.blocks)})"

    def heading(self, level: int, text: str) -> Document:
        self.blocks.append(Heading(level, text))
        return self

    def para(self, text: str, *, note: bool = False) -> Document:
        if text:
            self.blocks.append(Para(text, note))
        return self

    def table(self, header: list[str], rows: list[list[str]]) -> Document:
        self.blocks.append(Table(tuple(header), tuple(tuple(r) for r in rows)))
        return self

    # --- writers ---------------------------------------------------------------------------

    def markdown(self) -> str:
        """The document as Markdown (headings one level below the title)."""
        out = [f"# {self.title}", ""]
        for b in self.blocks:
            if isinstance(b, Heading):
                out += ["#" * (b.level + 1) + " " + b.text, ""]
            elif isinstance(b, Para):
                out += [f"*{b.text}*" if b.note else b.text, ""]
            else:
                out.append("| " + " | ".join(_md_cell(c) for c in b.header) + " |")
                out.append("|" + "---|" * len(b.header))
                out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b.rows]
                out.append("")
        return "\n".join(out)

    def html(self) -> str:
        """The document as one self-contained HTML page."""
        e = html.escape
        out = [f'<!DOCTYPE html>\n<html lang="{self.lang}"><head><meta charset="utf-8"><title>{e(self.title)}</title>',
               "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
               "td,th{border:1px solid #999;padding:.3em;vertical-align:top}</style></head><body>",
               f"<h1>{e(self.title)}</h1>"]
        for b in self.blocks:
            if isinstance(b, Heading):
                out.append(f"<h{b.level + 1}>{e(b.text)}</h{b.level + 1}>")
            elif isinstance(b, Para):
                out.append(f"<p><em>{e(b.text)}</em></p>" if b.note else f"<p>{e(b.text)}</p>")
            else:
                out.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in b.header) + "</tr>")
                out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in b.rows]
                out.append("</table>")
        out.append("</body></html>\n")
        return "\n".join(out)

    def docx(self) -> bytes:
        """The document as DOCX: Title and Heading 1-3 styles, a TOC field, tables in 'Table Grid';
        the same bytes every run (fixed core-properties dates and zip timestamps)."""
        import docx

        d = docx.Document()
        d.add_heading(self.title, level=0)
        if self.toc:
            d.add_heading(word("regs.toc", self.lang), level=1)
            _toc_field(d, word("regs.toc_hint", self.lang))
        for b in self.blocks:
            if isinstance(b, Heading):
                d.add_heading(b.text, level=min(b.level, 3))
            elif isinstance(b, Para):
                p = d.add_paragraph()
                run = p.add_run(b.text)
                run.italic = b.note
            else:
                t = d.add_table(rows=1, cols=len(b.header))
                t.style = "Table Grid"
                for cell, text in zip(t.rows[0].cells, b.header, strict=True):
                    cell.text = text
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
                for row in b.rows:
                    for cell, text in zip(t.add_row().cells, row, strict=True):
                        cell.text = text
        props = d.core_properties
        props.author = "orgmodel"
        props.last_modified_by = "orgmodel"
        props.title = self.title
        props.language = self.lang
        props.revision = 1
        when = FIXED_DATE.replace(tzinfo=dt.UTC)
        props.created = when
        props.modified = when
        props.last_printed = when
        raw = io.BytesIO()
        d.save(raw)
        return fixed_zip(raw.getvalue())


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _toc_field(d: Any, hint: str) -> None:
    """A Word TOC field over heading levels 1-3 (Word fills it on F9 / on opening)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = d.add_paragraph()

    def fld(kind: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    runs = [p.add_run() for _ in range(4)]
    runs[0]._r.append(fld("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-3" \\h \\z \\u'
    runs[1]._r.append(instr)
    runs[2]._r.append(fld("separate"))
    runs[2].text = hint
    runs[3]._r.append(fld("end"))


#: Output extension -> how a document is written (text or bytes).
FORMATS = ("md", "html", "docx")


def render(doc: Document, fmt: str) -> str | bytes:
    """``doc`` in the format ``fmt`` (md, html or docx).

    >>> render(Document("T", "fi"), "md")
    '# T\\n'
    """
    if fmt == "md":
        return doc.markdown()
    if fmt == "html":
        return doc.html()
    if fmt == "docx":
        return doc.docx()
    raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
