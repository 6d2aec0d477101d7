"""From model to hallintosääntö: the delegation table, the organisation chapters and what changes
between two drafts, each a :class:`~orgmodel.regulations.document.Document` written as Markdown,
HTML or DOCX (the table also as xlsx).

>>> from orgmodel.regulations import delegation_table, organisation_chapter, changes_document
>>> callable(delegation_table) and callable(organisation_chapter) and callable(changes_document)
True
"""

from .changes import changes_document
from .chapter import organisation_chapter
from .document import Document, render
from .powers import PowerRow, delegation_table, power_rows
from .xlsx import table_workbook_bytes

__all__ = ["Document", "PowerRow", "changes_document", "delegation_table", "organisation_chapter", "power_rows",
           "render", "table_workbook_bytes"]
