"""The one exception tree of orgmodel. Each class carries the exit code the CLI ends with (click's pattern).

::

    OrgmodelError                 exit 3   anything of ours not classified below
    ├── UserError                 exit 2   bad input or options: the message is for the person at the keyboard
    │   ├── ModelError                     a file that cannot be understood as a model (``problems`` lists all)
    │   ├── UnknownLaw                     a law id or short name that names no law
    │   ├── UnknownAlternative             a variant selection naming a choice or alternative the model lacks
    │   ├── BadOption                      an option value of the wrong form
    │   └── OutputError                    an output that must not or cannot be written (also an OSError)
    └── InternalError             exit 3   a bug of ours (please report it)
        └── RenderError                    Graphviz failed on a graph we built

Exit code 1 is not an error: ``orgmodel check`` ends with it when it finds errors in a model.
A notebook user catches :class:`UserError` for everything that is the input's fault:

>>> from orgmodel.io import loads
>>> try:
...     loads("id: x\\nid: y\\n", filename="bad.yaml")
... except UserError as e:
...     print(e, "->", e.exit_code)
bad.yaml:2:1: duplicate key 'id' (first at line 1) -> 2

This module imports nothing of orgmodel, so every other module can import it at the top.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, NamedTuple

__all__ = [
    "OrgmodelError", "UserError", "ModelError", "Problem", "UnknownLaw", "UnknownAlternative", "BadOption",
    "OutputError", "InternalError", "RenderError",
]


class OrgmodelError(Exception):
    """Base of every exception orgmodel raises on purpose. ``exit_code`` is what the CLI exits with."""

    exit_code: ClassVar[int] = 3


class UserError(OrgmodelError):
    """Bad input or options: the message is for the person at the keyboard."""

    exit_code: ClassVar[int] = 2


class Problem(NamedTuple):  # a NamedTuple, not a dataclass: ``orgmodel --help`` need not import dataclasses
    """One thing wrong with an input file, at a position (1-based; 0 when unknown).

    >>> print(Problem("a.yaml", 3, 5, "unknown key 'seets'"), Problem("b.yaml", 0, 0, "file is empty"), sep="\\n")
    a.yaml:3:5: unknown key 'seets'
    b.yaml: file is empty
    """

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}: {self.message}"
        return f"{self.file}: {self.message}"


class ModelError(UserError):
    """Input that cannot be understood as a model. ``problems`` lists every reason found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownLaw(UserError):
    """A law id or short name (``--law``, ``check(law=...)``) that names no known law."""


class UnknownAlternative(UserError, ValueError):
    """A selection names a choice or an alternative the model does not have.

    Also a :class:`ValueError`, as it was before the tree existed, so older ``except ValueError`` still works.
    """


class BadOption(UserError):
    """An option value of the wrong form, such as ``--variant`` without ``CHOICE=ALTERNATIVE``."""


class OutputError(UserError, OSError):
    """An output that must not or cannot be written: an input of the same command, a path that is not a
    regular file, a missing or unwritable folder, a full disk. Also an :class:`OSError`, which it was before."""


class InternalError(OrgmodelError, RuntimeError):
    """A bug of ours, not the user's input; the CLI asks for a report. Also a :class:`RuntimeError`."""

    exit_code: ClassVar[int] = 3


class RenderError(InternalError):
    """Graphviz failed on a graph we built: a bug of ours, with Graphviz's own message."""
