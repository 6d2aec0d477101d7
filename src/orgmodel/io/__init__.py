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

Problems are collected in one pass and raised together as :class:`ModelError`; the CLI prints
them and exits with code 2. Nothing here writes a file except :func:`save` and
:func:`write_atomic`, which write to a temporary file and rename it into place.
"""

from __future__ import annotations

import difflib
import gc
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml
from pydantic import BaseModel, ValidationError

from .errors import UserError
from .model import Organisation, reference_problems
from .vocab import FINNISH_KIND_WORDS

MAX_BYTES = 16 * 1024 * 1024
MAX_VALUES = 2_000_000  # values after alias expansion; far above any real structure
_MODEL_KEYS = {"id", "names", "org_type", "law", "bodies", "extends"}
LIST_KEYS = ("bodies", "relations", "powers", "instruments", "choices", "suppressions")

try:  # libyaml's parser is 7x faster; fall back to the pure-Python one where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, at a position (1-based; 0 when unknown)."""

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


# --- reading text -----------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ModelError([Problem(name, 0, 0, f"cannot read the file: {e.strerror or e}")]) from None
    if path.is_dir():
        raise ModelError([Problem(name, 0, 0, "is a folder; give a model file (.yaml, .yml or .json)")])
    if size > MAX_BYTES:
        raise ModelError([Problem(name, 0, 0, f"file is {size / 1e6:.1f} MB; model files may be at most {MAX_BYTES // 2**20} MiB")])
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ModelError([Problem(name, 0, 0, f"cannot read the file: {e.strerror or e}")]) from None
    return _decode(raw, name)


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:65536]:
        return _not_text(raw, name, raw.index(b"\x00"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return _not_text(raw, name, e.start)
    return text


def _not_text(raw: bytes, name: str, offset: int) -> Any:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    raise ModelError([Problem(name, line, column,
                              f"not a text file: byte 0x{raw[offset]:02x} at offset {offset} is not UTF-8 text; "
                              "a model file is YAML or JSON saved as UTF-8")])


# --- YAML nodes to plain data, keeping the nodes for error positions -------------------------

_scalar_constructor = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_SAFE_SCALAR_TAGS = {
    _STR, "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp",
}


class _Converter:
    """Turns a composed node tree into dicts and lists, finding every duplicate key.

    Aliases are built once and shared; their expanded size is counted so that an alias bomb is
    refused before anything tries to walk it.
    """

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[Problem] = []
        self._memo: dict[int, tuple[Any, int]] = {}

    def convert(self, node: yaml.Node) -> Any:
        value, size = self._convert(node)
        if size > MAX_VALUES:
            self._fail(node, f"the file's aliases expand to more than {MAX_VALUES:,} values "
                             "(an alias bomb?); write the structure out or use 'extends:'")
        return value

    def _fail(self, node: yaml.Node, message: str) -> None:
        raise ModelError([Problem(self.filename, node.start_mark.line + 1, node.start_mark.column + 1, message)])

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        if node.tag in _SAFE_SCALAR_TAGS:
            return _scalar_constructor.construct_object(node)
        self._fail(node, f"unsupported YAML tag {node.tag!r}; model files use plain values")

    def _convert(self, node: yaml.Node) -> tuple[Any, int]:
        if isinstance(node, yaml.ScalarNode):  # the common case: no memo needed, aliases of scalars are cheap
            return self._scalar(node), 1
        key = id(node)
        if key in self._memo:  # an alias: reuse the value built for its anchor
            return self._memo[key]
        size = 1
        if isinstance(node, yaml.SequenceNode):
            items: list[Any] = []
            for child in node.value:
                if isinstance(child, yaml.ScalarNode):
                    items.append(self._scalar(child))
                    size += 1
                    continue
                v, n = self._convert(child)
                items.append(v)
                size += n
                if size > MAX_VALUES:
                    break
            result: tuple[Any, int] = (items, size)
        elif isinstance(node, yaml.MappingNode):
            mapping: dict[str, Any] = {}
            for knode, vnode in node.value:
                if not isinstance(knode, yaml.ScalarNode):
                    self._fail(knode, "a key must be a plain name, not a list or mapping")
                if knode.tag == "tag:yaml.org,2002:merge":
                    self._fail(knode, "YAML merge keys (<<) are not supported; repeat the keys or use 'extends:'")
                k = knode.value
                if k in mapping:
                    first = next(kn for kn, _ in node.value if kn.value == k)
                    self.problems.append(Problem(self.filename, knode.start_mark.line + 1, knode.start_mark.column + 1,
                                                 f"duplicate key {k!r} (first at line {first.start_mark.line + 1})"))
                    continue
                if isinstance(vnode, yaml.ScalarNode):
                    mapping[k] = self._scalar(vnode)
                    size += 1
                    continue
                v, n = self._convert(vnode)
                mapping[k] = v
                size += n
                if size > MAX_VALUES:
                    break
            result = (mapping, size)
        else:  # pragma: no cover - compose yields only these three
            self._fail(node, "unexpected YAML node")
        self._memo[key] = result
        return result


def _compose(text: str, filename: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = " ".join(x for x in (e.context, e.problem) if x)
        raise ModelError([Problem(filename, mark.line + 1 if mark else 0, mark.column + 1 if mark else 0,
                                  f"not valid YAML: {what}")]) from None
    except yaml.YAMLError as e:
        raise ModelError([Problem(filename, 0, 0, f"not valid YAML: {e}")]) from None
    except RecursionError:
        raise ModelError([Problem(filename, 0, 0, "nesting is too deep to be a model file")]) from None


# --- where a location in the merged document came from ---------------------------------------


class _Doc:
    """One file's node tree, for positions. JSON is re-read as YAML only when an error needs a line."""

    def __init__(self, filename: str, root: yaml.Node | None = None, json_text: str | None = None):
        self.filename = filename
        self._root = root
        self._json_text = json_text

    @property
    def root(self) -> yaml.Node | None:
        if self._root is None and self._json_text is not None:
            try:
                self._root = yaml.compose(self._json_text.replace("\t", " "), Loader=_Loader)
            except yaml.YAMLError:
                pass
            self._json_text = None
        return self._root


@dataclass
class SourceMap:
    """Maps a path in the merged document, such as ('bodies', 12, 'kind'), to file:line:column."""

    doc: _Doc
    base: "SourceMap | None" = None
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
        node = self.doc.root
        if node is None:
            return self.doc.filename, 0, 0
        for n, part in enumerate(loc):
            nxt = None
            if isinstance(node, yaml.MappingNode):
                for knode, vnode in node.value:
                    if str(knode.value) == str(part):
                        nxt = knode if at_key and n == len(loc) - 1 else vnode
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                nxt = node.value[part]
            if nxt is None:
                break
            node = nxt
        return self.doc.filename, node.start_mark.line + 1, node.start_mark.column + 1

    def problem(self, loc: tuple[Any, ...], message: str, at_key: bool = False) -> Problem:
        file, line, column = self.locate(loc, at_key)
        return Problem(file, line, column, message)


# --- reading one document ---------------------------------------------------------------------


def _parse(text: str, filename: str, fmt: str) -> tuple[Any, _Doc]:
    if fmt == "json":
        return _parse_json(text, filename)
    root = _compose(text, filename)
    if root is None:
        raise ModelError([Problem(filename, 0, 0, "file is empty; a model needs at least id, names, org_type, law and bodies")])
    conv = _Converter(filename)
    data = conv.convert(root)
    if conv.problems:
        raise ModelError(conv.problems)
    return data, _Doc(filename, root)


def _parse_json(text: str, filename: str) -> tuple[Any, _Doc]:
    if not text.strip():
        raise ModelError([Problem(filename, 0, 0, "file is empty; a model needs at least id, names, org_type, law and bodies")])
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        d = dict(items)
        if len(d) != len(items):
            seen: set[str] = set()
            duplicates.extend(k for k, _ in items if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return d

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as e:
        raise ModelError([Problem(filename, e.lineno, e.colno, f"not valid JSON: {e.msg}")]) from None
    except RecursionError:
        raise ModelError([Problem(filename, 0, 0, "nesting is too deep to be a model file")]) from None
    doc = _Doc(filename, json_text=text)
    if duplicates:
        # YAML reads JSON too: let the YAML converter find each duplicate with its position.
        if doc.root is not None:
            conv = _Converter(filename)
            conv.convert(doc.root)
            if conv.problems:
                raise ModelError(conv.problems)
        raise ModelError([Problem(filename, 0, 0, f"duplicate key {k!r}") for k in duplicates])
    return data, doc


def _read(path: Path, stack: tuple[Path, ...] = ()) -> tuple[Any, SourceMap]:
    """Read one file, resolving 'extends:' into the merged data and its source map."""
    name = str(path)
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    data, doc = _parse(_read_text(path), name, fmt)
    return _merge_base(data, doc, path.parent, stack + (path.resolve(),))


def _merge_base(data: Any, doc: _Doc, folder: Path, stack: tuple[Path, ...]) -> tuple[Any, SourceMap]:
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("str", "a text").replace("list", "a list").replace("int", "a number")
        raise ModelError([Problem(doc.filename, 1, 1, f"top level is {kind}, not a mapping; a model file starts "
                                                      "with keys such as id:, names:, org_type:, law: and bodies:")])
    smap = SourceMap(doc, own_keys=set(data))
    if not set(data) & _MODEL_KEYS:
        found = ", ".join(sorted(map(str, data))[:8]) or "nothing"
        raise _error_at(smap, (), "this is YAML, but not an orgmodel model: it has none of the keys "
                                   f"{', '.join(sorted(_MODEL_KEYS))} (found: {found})")
    base_ref = data.pop("extends", None)
    if base_ref is None:
        return data, smap
    if not isinstance(base_ref, str):
        raise _error_at(smap, ("extends",), "extends must be the path of a base file, relative to this file")
    base_path = (folder / base_ref)
    if base_path.resolve() in stack:
        raise _error_at(smap, ("extends",), f"extends {base_ref!r} leads back to a file already being read (a cycle)")
    if not base_path.exists():
        raise _error_at(smap, ("extends",), f"base file {base_ref!r} not found (looked in {folder})")
    base_data, base_map = _read(base_path, stack)
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


def _error_at(smap: SourceMap, loc: tuple[Any, ...], message: str) -> ModelError:
    return ModelError([smap.problem(loc, message)])


# --- validation -------------------------------------------------------------------------------


def _validate(data: dict[str, Any], smap: SourceMap) -> Organisation:
    problems = [smap.problem(loc, msg) for loc, msg in reference_problems(data)]
    try:
        org = Organisation.model_validate(data, context={"defer_references": True})
    except ValidationError as e:
        problems += [_explain(err, smap) for err in e.errors(include_url=False)]
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


def _explain(err: dict[str, Any], smap: SourceMap) -> Problem:
    """One pydantic error as a sentence a person editing the file can act on."""
    loc = tuple(err["loc"])
    # pydantic adds union and validator names to locations ('int', 'SeatRange', 'function-after[...]')
    doc_loc = tuple(p for p in loc if not (isinstance(p, str) and (p[:1].isupper() or p in ("int", "str") or "[" in p)))
    path = _dotted(doc_loc)
    kind, value = err["type"], err.get("input")
    if kind == "extra_forbidden":
        key = str(doc_loc[-1])
        valid = _valid_keys(doc_loc[:-1])
        hint = _did_you_mean(key, valid)
        return smap.problem(doc_loc, f"unknown key {key!r}{hint}; valid keys here: {', '.join(valid)}", at_key=True)
    elif kind == "missing":
        msg = f"missing required key {str(doc_loc[-1])!r}" + (f" in {_dotted(doc_loc[:-1])}" if len(doc_loc) > 1 else "")
        doc_loc = doc_loc[:-1]
    elif kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        hint = ""
        if isinstance(value, str) and value.lower() in FINNISH_KIND_WORDS and path.endswith("kind"):
            hint = f"; for a {value.lower()} write {FINNISH_KIND_WORDS[value.lower()]!r}"
        elif isinstance(value, str):
            hint = _did_you_mean(value, [s.strip(" '") for s in expected.replace(" or ", ", ").split(",")])
        msg = f"{path}: {_show(value)} is not valid{hint}; valid: {expected}"
    else:
        text = err["msg"].removeprefix("Value error, ")
        msg = f"{path}: {text}" + (f" (got {_show(value)})" if _scalar(value) else "") if path else text
    return smap.problem(doc_loc, msg)


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) or value is None


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _valid_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys the model accepts at a document path, found by walking the model classes."""
    cls: Any = Organisation
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
            # dict[str, Model] entries (alternative 'set') step over their key
            continue
        info = cls.model_fields.get(part) or next(
            (f for f in cls.model_fields.values() if f.alias == part), None)
        if info is None:
            return []
        cls = _inner_model(info.annotation)
    if isinstance(cls, type) and issubclass(cls, BaseModel):
        return [f.alias or name for name, f in cls.model_fields.items()]
    return []


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    meta = getattr(annotation, "__origin__", None)
    if meta is not None:
        return _inner_model(meta)
    return None


# --- public API -------------------------------------------------------------------------------


@contextmanager
def _no_gc() -> Iterator[None]:
    """Building a big tree of new objects makes the cyclic GC rescan it again and again;
    nothing built here is garbage until loading ends, so pause the collector meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(path: str | os.PathLike[str]) -> Organisation:
    """Load a model file (.yaml, .yml or .json), resolving ``extends:``.

    Raises :class:`ModelError` listing every problem as ``file:line:column: message``.
    """
    return load_located(path)[0]


def load_located(path: str | os.PathLike[str]) -> tuple[Organisation, SourceMap]:
    """Like :func:`load`, also returning the source map that turns a path into the model
    (``('bodies', 3)``) into the file, line and column it came from (base files included)."""
    with _no_gc():
        data, smap = _read(Path(path))
        return _validate(data, smap), smap


def loads(text: str, *, fmt: str = "yaml", filename: str = "<string>") -> Organisation:
    """Load a model from a string (``extends:`` is resolved against the current folder)."""
    with _no_gc():
        data, doc = _parse(text, filename, fmt)
        data, smap = _merge_base(data, doc, Path.cwd(), ())
        return _validate(data, smap)


def to_data(org: Organisation) -> dict[str, Any]:
    """The model as plain JSON-compatible data, without defaults (what a file would say)."""
    return org.model_dump(mode="json", by_alias=True, exclude_defaults=True)


def dumps(org: Organisation, fmt: str = "yaml") -> str:
    """The model as YAML or JSON text. Loading it again gives an equal model."""
    data = to_data(org)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as people write them by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def save(org: Organisation, path: str | os.PathLike[str]) -> None:
    """Write the model to ``path`` (format from the suffix), atomically."""
    p = Path(path)
    write_atomic(p, dumps(org, "json" if p.suffix.lower() == ".json" else "yaml"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write a file so that readers see the old one or the new one, never half of either."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give what a plain open() would
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
