"""Loading and saving model files (YAML or JSON), with every problem pointing at its line.

>>> from orgmodel.io import loads
>>> loads("id: x\\nnames: {fi: X}\\norg_type: archetype\\nlaw: fi/kuntalaki-410-2015\\n"
...       "bodies:\\n  - {id: v, kind: council, names: {fi: V}}\\n").body("v").kind.value
'council'
>>> try:
...     loads("id: x\\nid: y\\n", filename="bad.yaml")
... except ModelError as e:
...     print(e)
bad.yaml:2:1: duplicate key 'id' (first at line 1)

Problems are collected in one pass and raised together as :class:`~orgmodel.errors.ModelError`;
the CLI prints them and exits with its code 2. Nothing here writes a file except :func:`save`.

The parts, one concern each: :mod:`~orgmodel.io.reading` (bytes to text to data, size and binary
limits), :mod:`~orgmodel.io.yamlsafe` (the safe YAML node converter), :mod:`~orgmodel.io.sourcemap`
(``extends:`` merging and positions), :mod:`~orgmodel.io.explain` (pydantic errors as sentences) and
:mod:`~orgmodel.io.origins` (which file a loaded organisation came from).
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, NamedTuple, overload

import yaml
from pydantic import ValidationError

from .._util import paused_gc as _no_gc
from .._util import write_atomic
from ..errors import ModelError, Problem
from ..model import Organisation
from ..references import reference_problems
from ..variants import alternative_problems
from .explain import explain
from .origins import Located, remember, source_of
from .reading import MAX_BYTES, parse
from .sourcemap import SourceMap, merge_base, read_document

__all__ = [
    "load", "loads", "load_located", "load_folder", "Loaded", "LoadResult", "expand_paths", "is_partial",
    "MODEL_SUFFIXES",
    "dumps", "save", "to_data", "source_of", "Located", "SourceMap", "Problem", "ModelError", "MAX_BYTES",
]

MODEL_SUFFIXES = (".yaml", ".yml", ".json")


# --- one file ---------------------------------------------------------------------------------


def load(path: str | os.PathLike[str], *, allow_extends_outside: bool = False) -> Organisation:
    """Load a model file (.yaml, .yml or .json), resolving ``extends:``; ``-`` reads standard input.

    Raises :class:`~orgmodel.errors.ModelError` listing every problem as ``file:line:column: message``.
    :func:`source_of` tells later where the organisation was loaded from. A base file named by
    ``extends:`` must be a regular file in the model's folder tree (or the current folder's), unless
    ``allow_extends_outside``.
    """
    return load_located(path, allow_extends_outside=allow_extends_outside)[0]


def load_located(path: str | os.PathLike[str], *,
                 allow_extends_outside: bool = False) -> tuple[Organisation, SourceMap]:
    """Like :func:`load`, also returning the source map that turns a path into the model
    (``('bodies', 3)``) into the file, line and column it came from (base files included)."""
    with _no_gc():
        data, smap = read_document(Path(path), allow_outside=allow_extends_outside)
        org = _validate(data, smap)
    remember(org, Located(Path(path), smap))
    return org, smap


def loads(text: str, *, fmt: str = "yaml", filename: str = "<string>",
          allow_extends_outside: bool = False) -> Organisation:
    """Load a model from a string (``extends:`` is resolved against, and kept inside, the current folder)."""
    with _no_gc():
        data, doc = parse(text, filename, fmt)
        merged, smap = merge_base(data, doc, Path.cwd(), (), allow_outside=allow_extends_outside)
        return _validate(merged, smap)


def _validate(data: dict[str, Any], smap: SourceMap) -> Organisation:
    problems = [smap.problem(loc, msg) for loc, msg in reference_problems(data)]
    try:
        org = Organisation.model_validate(data, context={"defer_references": True})
    except ValidationError as e:
        problems += [explain(err, smap) for err in e.errors(include_url=False)]
    else:
        if not problems:  # the file is right as written: now each alternative of its open choices
            problems = [smap.problem(loc, msg) for loc, msg in alternative_problems(org)]
    if problems:
        raise ModelError(_dedupe(problems))
    return org


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    out, seen = [], set()
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return sorted(out, key=lambda p: (p.file, p.line, p.column))


# --- a folder ---------------------------------------------------------------------------------


class Loaded(NamedTuple):
    """One model of :func:`load_folder`: the file, the organisation and its source map."""

    path: Path
    org: Organisation
    source: SourceMap


Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def is_partial(path: Path) -> bool:
    """Files named _*.yaml are bases for 'extends:', never models on their own.

    >>> is_partial(Path("models/archetypes/_base.yaml")), is_partial(Path("models/pirkanmaa-2018.yaml"))
    (True, False)
    """
    return path.name.startswith("_")


def _warn(message: str) -> None:
    warnings.warn(message, stacklevel=4)  # at the caller of load_folder / expand_paths


def expand_paths(paths: Paths, *, note: Callable[[str], None] = _warn) -> list[Path]:
    """Files as given; folders become their model files (sorted, subfolders included).

    Partials are skipped, also when a shell glob such as ``models/archetypes/*.yaml`` names them;
    then ``note`` is called with a sentence saying so (by default a :class:`UserWarning`; the CLI
    prints it on standard error).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("b.yaml", "a.json", "_base.yaml", "notes.txt"):
    ...     _ = (folder / name).write_text("{}")
    >>> [p.name for p in expand_paths(folder)]
    ['a.json', 'b.yaml']
    >>> expand_paths([folder / "_base.yaml"], note=lambda message: print(message.split(": ", 1)[1]))
    files named _*.yaml are bases for 'extends:', not models
    []
    """
    out: list[Path] = []
    for raw in _as_list(paths):
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in MODEL_SUFFIXES and not is_partial(f)))
        elif is_partial(p) and p.suffix in MODEL_SUFFIXES:
            note(f"skipping {p}: files named _*.yaml are bases for 'extends:', not models")
        else:
            out.append(p)
    return out


class LoadResult(NamedTuple):
    """What :func:`load_folder` with ``keep_going`` gives: the models that loaded, and the problems of the
    files that did not (in file order; empty when every file loaded)."""

    loaded: list[Loaded]
    problems: list[Problem]


@overload
def load_folder(paths: Paths, *, note: Callable[[str], None] = ..., keep_going: Literal[False] = ...,
                allow_extends_outside: bool = ...) -> list[Loaded]: ...
@overload
def load_folder(paths: Paths, *, note: Callable[[str], None] = ..., keep_going: Literal[True],
                allow_extends_outside: bool = ...) -> LoadResult: ...


def load_folder(paths: Paths, *, note: Callable[[str], None] = _warn, keep_going: bool = False,
                allow_extends_outside: bool = False) -> list[Loaded] | LoadResult:
    """Load every model file in the given files and folders (see :func:`expand_paths`).

    The problems of all bad files are raised together in one :class:`~orgmodel.errors.ModelError`,
    so one run shows every mistake; finding no model file at all is one too. With ``keep_going``
    nothing is raised for bad files: a :class:`LoadResult` holds the good models and the bad files'
    problems, so a folder run can report on every good file and still name every bad one.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> head = "names: {fi: X}\\norg_type: archetype\\nlaw: fi/kuntalaki-410-2015\\n"
    >>> _ = (folder / "_base.yaml").write_text(head + "bodies:\\n  - {id: v, kind: council, names: {fi: V}}\\n")
    >>> _ = (folder / "a.yaml").write_text("extends: _base.yaml\\nid: a\\n")
    >>> _ = (folder / "b.yaml").write_text("extends: _base.yaml\\nid: b\\n")
    >>> [(m.path.name, m.org.id, len(m.org.bodies)) for m in load_folder(folder)]
    [('a.yaml', 'a', 1), ('b.yaml', 'b', 1)]
    >>> _ = (folder / "c.yaml").write_text("id: c\\nid: d\\n")
    >>> result = load_folder(folder, keep_going=True)
    >>> [m.org.id for m in result.loaded], [str(p).split("/")[-1] for p in result.problems]
    (['a', 'b'], ["c.yaml:2:1: duplicate key 'id' (first at line 1)"])
    """
    loaded: list[Loaded] = []
    problems: list[Problem] = []
    with _no_gc():  # the models already loaded are no garbage: no collector pass over them per file
        for path in expand_paths(paths, note=note):
            try:
                loaded.append(Loaded(path, *load_located(path, allow_extends_outside=allow_extends_outside)))
            except ModelError as e:
                problems.extend(e.problems)
    if not loaded and not problems:
        problems = [Problem(" ".join(map(str, _as_list(paths))) or ".", 0, 0, "no model files found")]
    if keep_going:
        return LoadResult(loaded, problems)
    if problems:
        raise ModelError(problems)
    return loaded


def _as_list(paths: Paths) -> list[str | os.PathLike[str]]:
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of its characters
        return [paths]
    return list(paths)


# --- writing ----------------------------------------------------------------------------------


def to_data(org: Organisation) -> dict[str, Any]:
    """The model as plain JSON-compatible data, without defaults (what a file would say)."""
    data: dict[str, Any] = org.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return data


def dumps(org: Organisation, fmt: str = "yaml") -> str:
    """The model as YAML or JSON text. Loading it again gives an equal model."""
    data = to_data(org)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text: str = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as people write them by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def save(org: Organisation, path: str | os.PathLike[str]) -> None:
    """Write the model to ``path`` (format from the suffix), atomically (see :func:`orgmodel._util.write_atomic`)."""
    p = Path(path)
    write_atomic(p, dumps(org, "json" if p.suffix.lower() == ".json" else "yaml"))
