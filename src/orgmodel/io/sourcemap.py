"""``extends:`` merging, and the source map that says where each part of the merged document came from.

A file may say ``extends: _base.yaml``: the base's bodies, relations, powers, instruments, choices and
suppressions come first, this file's after them, and this file's scalar keys win. The source map
follows a path into the merged document back to the file, line and column it was written at.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "_base.yaml").write_text("law: fi/kuntalaki-410-2015\\nbodies:\\n  - {id: v, kind: council}\\n")
>>> _ = (folder / "m.yaml").write_text("extends: _base.yaml\\nid: m\\nbodies:\\n  - {id: h, kind: board}\\n")
>>> data, smap = read_document(folder / "m.yaml")
>>> [b["id"] for b in data["bodies"]]
['v', 'h']
>>> [f"{pathlib.Path(file).name}:{line}" for file, line, _ in (smap.locate(("bodies", 0)), smap.locate(("bodies", 1)))]
['_base.yaml:3', 'm.yaml:4']
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._util import file_kind
from ..errors import ModelError, Problem
from .reading import MAX_BYTES, STDIN, STDIN_NAME, is_stdin, parse, read_text
from .yamlsafe import Doc

__all__ = ["SourceMap", "read_document", "merge_base", "resolve_base", "MODEL_KEYS", "LIST_KEYS"]

MODEL_KEYS = frozenset({"id", "names", "org_type", "law", "bodies", "extends"})
LIST_KEYS = ("bodies", "relations", "powers", "instruments", "choices", "suppressions")


@dataclass
class SourceMap:
    """Maps a path in the merged document, such as ('bodies', 12, 'kind'), to file:line:column."""

    doc: Doc
    base: SourceMap | None = None
    base_counts: dict[str, int] = field(default_factory=dict)
    own_keys: set[str] = field(default_factory=set)

    def locate(self, loc: tuple[Any, ...], at_key: bool = False) -> tuple[str, int, int]:
        """file, line, column of the value at ``loc`` (of its key, with ``at_key``)."""
        if self.base is not None and loc:
            head = loc[0]
            if head in self.base_counts and len(loc) > 1 and isinstance(loc[1], int):
                n = self.base_counts[head]
                if loc[1] < n:  # an item of the base file's list
                    return self.base.locate(loc, at_key)
                loc = (head, loc[1] - n, *loc[2:])
            elif head not in self.own_keys:  # a key only the base file sets
                return self.base.locate(loc, at_key)
        return self._walk(loc, at_key)

    def _walk(self, loc: tuple[Any, ...], at_key: bool = False) -> tuple[str, int, int]:
        line, column = self.doc.locate(loc, at_key)
        return self.doc.filename, line, column

    def problem(self, loc: tuple[Any, ...], message: str, at_key: bool = False) -> Problem:
        """A :class:`~orgmodel.errors.Problem` at the place ``loc`` was written."""
        file, line, column = self.locate(loc, at_key)
        return Problem(file, line, column, message)


def read_document(path: Path, stack: tuple[Path, ...] = (), *, roots: tuple[Path, ...] = (),
                  allow_outside: bool = False) -> tuple[Any, SourceMap]:
    """Read one file, resolving 'extends:' into the merged data and its source map.

    ``stack`` holds the files being read further up, to refuse a cycle of ``extends:``. A base file must
    lie in one of the folder trees ``roots`` (by default the model file's folder and the current folder)
    unless ``allow_outside``. ``-`` reads standard input; its bases are looked for in the current folder.
    """
    if is_stdin(path):
        name, folder, here = STDIN_NAME, Path.cwd(), Path.cwd() / STDIN
    else:
        name, folder, here = str(path), path.parent, Path(os.path.realpath(path))
    roots = roots or _default_roots(folder)
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    data, doc = parse(read_text(path), name, fmt)
    return merge_base(data, doc, folder, stack + (here,), roots=roots, allow_outside=allow_outside)


def _default_roots(folder: Path) -> tuple[Path, ...]:
    """The model's own folder tree, and the current folder's (the project one works in)."""
    return tuple(dict.fromkeys((Path(os.path.realpath(folder)), Path.cwd().resolve())))


def merge_base(data: Any, doc: Doc, folder: Path, stack: tuple[Path, ...], *, roots: tuple[Path, ...] = (),
               allow_outside: bool = False) -> tuple[dict[str, Any], SourceMap]:
    """The document's data with its ``extends:`` base (looked for relative to ``folder``) merged in.

    ``roots`` and ``allow_outside`` bound where the base may be, as in :func:`read_document`.
    """
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("str", "a text").replace("list", "a list").replace("int", "a number")
        raise ModelError([Problem(doc.filename, 1, 1, f"top level is {kind}, not a mapping; a model file starts "
                                                      "with keys such as id:, names:, org_type:, law: and bodies:")])
    smap = SourceMap(doc, own_keys=set(data))
    if not set(data) & MODEL_KEYS:
        found = ", ".join(sorted(map(str, data))[:8]) or "nothing"
        raise _error_at(smap, (), "this is YAML, but not an orgmodel model: it has none of the keys "
                                   f"{', '.join(sorted(MODEL_KEYS))} (found: {found})")
    base_ref = data.pop("extends", None)
    if base_ref is None:
        return data, smap
    if not isinstance(base_ref, str):
        raise _error_at(smap, ("extends",), "extends must be the path of a base file, relative to this file")
    roots = roots or _default_roots(folder)
    base_path = resolve_base(smap, base_ref, folder, stack, roots, allow_outside)
    base_data, base_map = read_document(base_path, stack, roots=roots, allow_outside=allow_outside)
    merged = dict(base_data)
    counts = {}
    for key, value in data.items():
        if key in LIST_KEYS and isinstance(value, list) and isinstance(base_data.get(key), list):
            merged[key] = base_data[key] + value
        else:
            merged[key] = value
    for key in LIST_KEYS:
        if isinstance(base_data.get(key), list):
            counts[key] = len(base_data[key])
    smap.base = base_map
    smap.base_counts = counts
    return merged, smap


def resolve_base(smap: SourceMap, ref: str, folder: Path, stack: tuple[Path, ...], roots: tuple[Path, ...],
                 allow_outside: bool) -> Path:
    """The base file that ``extends: ref`` names, relative to ``folder``; every reason it cannot be read is a
    :class:`ModelError` at the ``extends:`` line: a missing file, a symlink loop, a cycle of ``extends:``, a
    path outside ``roots`` (unless ``allow_outside``), a file that is not regular (a FIFO would hang the
    reader, ``/dev/zero`` would never end) or one over the size limit."""
    at = ("extends",)
    bad_name = _bad_base_name(ref)
    if bad_name:
        raise _error_at(smap, at, f"extends {_shown(ref)}: {bad_name}")
    base_path = folder / ref
    try:
        real = Path(os.path.realpath(base_path, strict=True))
    except FileNotFoundError:
        raise _error_at(smap, at, f"base file {ref!r} not found (looked in {folder})") from None
    except OSError as e:
        why = "is a symbolic link loop" if e.errno == errno.ELOOP else f"cannot be read: {e.strerror or e}"
        raise _error_at(smap, at, f"base file {ref!r} {why}") from None
    if real in stack:
        raise _error_at(smap, at, f"extends {ref!r} leads back to a file already being read (a cycle)")
    if not allow_outside and not any(real.is_relative_to(root) for root in roots):
        raise _error_at(smap, at, f"base file {ref!r} is outside the model's folder ({roots[0]}); a base file "
                                  "must be in that folder or below it (or allow it: --allow-extends-outside)")
    st = os.stat(real)
    if not stat.S_ISREG(st.st_mode):
        raise _error_at(smap, at, f"base file {ref!r} is {file_kind(st.st_mode)}; extends names a regular file")
    if st.st_size > MAX_BYTES:
        raise _error_at(smap, at, f"base file {ref!r} is {st.st_size / 1e6:.1f} MB; "
                                  f"model files may be at most {MAX_BYTES // 2**20} MiB")
    return base_path


#: Longest file name and path the loader asks the system about (Linux's NAME_MAX and PATH_MAX).
_NAME_MAX, _PATH_MAX = 255, 4096


def _bad_base_name(ref: str) -> str:
    """Why ``ref`` cannot name a base file ('' if it can): checked before the file system is asked."""
    if "\0" in ref:
        return "a file name cannot contain a NUL character"
    if not ref.strip():
        return "the path is empty; write the base file's name, such as _base.yaml"
    if len(ref.encode("utf-8", "surrogatepass")) > _PATH_MAX or any(
            len(part.encode("utf-8", "surrogatepass")) > _NAME_MAX for part in ref.split("/")):
        return f"the path is too long (file names have at most {_NAME_MAX} bytes, paths {_PATH_MAX})"
    return ""


def _shown(ref: str) -> str:
    text = repr(ref)
    return text if len(text) <= 80 else text[:77] + "..."


def _error_at(smap: SourceMap, loc: tuple[Any, ...], message: str) -> ModelError:
    return ModelError([smap.problem(loc, message)])
