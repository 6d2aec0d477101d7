"""Structure-aware fuzzer: mutate the shipped models and fixtures, run each case through load, check,
variants and render, and classify what happens.

    .venv/bin/python benchmarks/fuzz.py -n 20000 --seed 1 -j 2        # or: make fuzz N=20000 SEED=1

Every case is derived from (seed, case number) alone, so ``--case K`` rebuilds case K exactly
(``--keep DIR`` writes it there). Outcomes:

- ``loaded``: loaded, checked, expanded and rendered without complaint
- ``user error``: a :class:`~orgmodel.errors.UserError` at some stage (the input's fault, said clearly)
- ``crash``: any other exception (its site: type and innermost orgmodel frame, deduplicated)
- ``hang``: over the CPU limit (``RLIMIT_CPU``, 5 s by default) or the wall limit (a blocked read)
- ``malformed``: an SVG that is not well-formed XML, a PNG Pillow cannot open, a PDF whose
  cross-reference table does not point at its objects, or a problem without ``file:line:column``
  although it is not about the file as a whole

Each batch of cases runs in a fresh forked worker with ``RLIMIT_AS`` (memory) and a per-case
``RLIMIT_CPU`` soft limit, so a hang or a memory blow-up costs one case, not the run.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CPU_SECONDS = 5
WALL_SECONDS = 20  # a blocked read uses no CPU, C code ignores SIGXCPU: the parent kills the worker after this
MEMORY_BYTES = 2 * 1024**3  # on top of what the worker already maps when it starts
BATCH = 20
VARIANT_LIMIT = 64  # variants expanded per case (the library's own cap where it has one)
SHEET_VARIANTS = 8  # a sheet of all variants is drawn up to this many (64 panels are seconds of honest work)
RENDER_EVERY_FORMAT = 40  # every this-many loaded cases also render PNG and PDF

CLASSES = ("loaded", "user error", "crash", "hang", "malformed")

# Messages about a file as a whole, which rightly have no line (Problem line 0).
WHOLE_FILE = ("file is empty", "cannot read the file", "is a folder", "file is ", "model files may be at most",
              "nesting is too deep", "no model files found", "is not a regular file", "too large")


# --- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    data: Any  # None when the file is not YAML/JSON at all

    @property
    def fmt(self) -> str:
        return "json" if self.path.suffix == ".json" else "yaml"


def corpus(root: Path = ROOT) -> list[Source]:
    """The shipped models and the test fixtures: every .yaml, .yml and .json file, sorted."""
    files = sorted(p for base in (root / "models", root / "tests" / "fixtures") for p in base.rglob("*")
                   if p.suffix in (".yaml", ".yml", ".json") and p.is_file())
    out = []
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        try:
            data = yaml.safe_load(text)
        except (yaml.YAMLError, ValueError):  # broken on purpose (a fixture): text-level edits only
            data = None
        out.append(Source(p, text, data))
    return out


# --- mutations --------------------------------------------------------------------------------

WRONG_VALUES: list[Any] = [5, -1, 0, True, False, None, 1.5, 10**30, "x", "", [], ["x"], [1, [2]], {}, {"a": 1},
                           "RAW:.nan", "RAW:.inf", "RAW:~", "RAW:0x1F", "RAW:1e400", "RAW:[1]", "RAW:{id: [1]}"]
BAD_DATES = ["2018-02-30", "2018-13-45", "2019-02-29", "2018-00-10", "2018-02-30T25:61:00", "0000-01-01",
             "9999-12-31", "2018-1-1", "2018-02-28 99:00:00"]
HOSTILE = [
    "   ", "\t", " \u00a0 ", "\u200b", "", "x" * 401, "y" * 10_240, "<B></B>", "</text><script>x</script>",
    "&amp;&lt;&#0;", "]]>", "\"'\\", "{}[]|>*&!%@`", "\x1b]0;pwned\x07\x1b[2J", "a\x00b", "\x01\x02\x03\x7f",
    "\u202eevil\u202c", "e\u0301\u0301\u0301", "👪🏳️‍🌈", "line\u2028sep\u2029", "soft\u00adhyphen", "%s %d {0}",
    "$(rm -rf /); `id`", "RAW:\"\\ud800\"", "RAW:\"\\0\"", "RAW:\"\\x85\"", "a" + "\u0308" * 500, "\n\n\n",
    "Lautakunta", "valtuusto " * 60,
]
QUALIFIERS = ("committee_role", "advocacy", "executive_type", "external_type", "language_body")
KINDS = ("council", "executive_board", "board", "committee", "subcommittee", "executive", "office",
         "advocacy_body", "enterprise", "company", "external_party", "lautakunta", "Board", "")
LIST_KEYS = ("bodies", "relations", "powers", "instruments", "choices", "suppressions")


@dataclass
class Case:
    """One generated input: where it came from, what was done to it, and its bytes."""

    number: int
    source: Source
    suffix: str
    mutations: list[str] = field(default_factory=list)
    raw: bytes = b""
    special: str | None = None  # "fifo": the case's extends: target is to be made a FIFO
    allow_special: bool = True  # may extends: name a device or a FIFO (off where no worker limits apply)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*here, i))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        node = node[p]
    return node


def _set(node: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(node, path[:-1])[path[-1]] = value


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    seq = data.get(key)
    return [x for x in seq if isinstance(x, dict)] if isinstance(seq, list) else []


def _body_ids(data: dict[str, Any]) -> list[str]:
    return [b["id"] for b in _items(data, "bodies") if isinstance(b.get("id"), str)] or ["v"]


def m_wrong_type(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    paths = [p for p in _paths(data) if p]
    if paths:
        _set(data, rng.choice(paths), copy.deepcopy(rng.choice(WRONG_VALUES)))


SHAPED_KEYS = ("call_in", "remove", "set", "alternatives", "bodies", "relations", "powers", "names",
               "content_areas", "composition", "provenance", "version", "population")


def m_shape_slip(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    """A list or mapping key given a scalar, the other kind of container, or a bare id."""
    ids = _body_ids(data)
    slip = rng.choice([5, True, "", rng.choice(ids), [rng.choice(ids)], {rng.choice(ids): 1}, None])
    paths = [p for p in _paths(data) if p and p[-1] in SHAPED_KEYS]
    if paths and rng.random() < 0.7:
        _set(data, rng.choice(paths), slip)
    else:  # few sources have call-in rights: give one a power whose call_in has the wrong shape
        powers = data["powers"] = _items(data, "powers")
        powers.append({"id": "slip", "names": {"fi": "P"}, "holder": rng.choice(ids), "call_in": slip})


def m_bad_date(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    raw = "RAW:" + rng.choice(BAD_DATES)
    where = rng.choice(["version", "population", "provenance", "body"])
    if where == "body" and _items(data, "bodies"):
        rng.choice(_items(data, "bodies")).setdefault("provenance", {})["date"] = raw
    elif where == "population":
        data["population"] = {"count": 1000, "date": raw}
    else:
        target = data.get(where)
        data[where] = {**(target if isinstance(target, dict) else {}), "date": raw}


def m_hostile_string(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    strings = [p for p in _paths(data) if p and isinstance(_get(data, p), str)]
    names = [p for p in strings if "names" in p or p[-1] in ("label", "question", "note", "source", "reason")]
    pool = names if names and rng.random() < 0.7 else strings
    if pool:
        _set(data, rng.choice(pool), rng.choice(HOSTILE))


def m_capital_key(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    maps = [p for p in _paths(data) if isinstance(_get(data, p), dict) and _get(data, p)]
    if maps:
        node = _get(data, rng.choice(maps))
        key = rng.choice(list(node))
        if isinstance(key, str):
            node[rng.choice([key.capitalize(), key.upper(), key + " ", key.replace("_", "-")])] = node.pop(key)


def m_drop_key(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    maps = [p for p in _paths(data) if isinstance(_get(data, p), dict) and _get(data, p)]
    if maps:
        node = _get(data, rng.choice(maps))
        node.pop(rng.choice(list(node)))


def m_id_collision(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    key = rng.choice(LIST_KEYS)
    items = [x for x in _items(data, key) if "id" in x]
    if len(items) >= 2:
        a, b = rng.sample(items, 2)
        b["id"] = a["id"]
    elif items:
        data[key].append(copy.deepcopy(items[0]))


def m_cycle(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    bodies = [b for b in _items(data, "bodies") if isinstance(b.get("id"), str)]
    if not bodies:
        return
    b = rng.choice(bodies)
    style = rng.randrange(3)
    if style == 0:
        b["parent"] = b["id"]
    elif style == 1 and len(bodies) >= 2:
        c = rng.choice([x for x in bodies if x is not b])
        b["parent"], c["parent"] = c["id"], b["id"]
    else:  # the root under its own descendant
        kids = [x for x in bodies if x.get("parent") == b["id"]]
        if kids:
            b["parent"] = rng.choice(kids)["id"]


def m_unknown_ref(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    refs = [p for p in _paths(data) if p and p[-1] in ("parent", "source", "target", "holder", "prepared_by",
                                                           "adopted_by", "body", "power", "via")]
    if refs:
        p = rng.choice(refs)
        value = _get(data, p)
        _set(data, p, (value[:-1] if isinstance(value, str) and len(value) > 1 else "nobody"))


def m_seats(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    bodies = _items(data, "bodies")
    if bodies:
        rng.choice(bodies)["seats"] = rng.choice(["²", "7-", "11-7", "7–11", " 9 ", -3, 10**20, {"min": 5},
                                                  {"min": 3, "max": 3}, "RAW:1e400", "١٢", "0x10", True])


def _shape_slip(rng: random.Random, data: dict[str, Any], other: dict[str, Any], style: int) -> dict[str, Any] | None:
    """An alternative (or a whole choice) of the wrong shape; None when the style is not one of these."""
    target = rng.choice(_body_ids(data))
    if style == 0:
        other["set"] = rng.choice([[target], 5, target, True, None, {target: 5}, {target: [1]}])
    elif style == 1:
        other["remove"] = rng.choice([5, True, target, {target: 1}, [[target]], ["ei-ole"]])
    elif style == 2:
        other["id"] = rng.choice([[1], {"a": 1}, 5, "a"])
    elif style == 3:
        return {"id": "c", "question": "?", "alternatives": rng.choice([True, 5, "a", [], [1, 2], [{"id": "a"}]])}
    elif style == 8:
        other["set"] = {"ei-ole": {"kind": "board"}}
    elif style == 9:
        other["set"] = {target: {"names": {"fi": rng.choice(HOSTILE)}, "seats": rng.choice(["x", -1, "9-3", 5])}}
    elif style == 10:
        other["set"] = {target: {rng.choice(["Kind", "parnet", "executive_type", "id"]): "board"}}
    return None


def _structure_slip(rng: random.Random, data: dict[str, Any], other: dict[str, Any], style: int) -> None:
    """An alternative of the right shape whose variant may be invalid (or, for the last styles, is fine)."""
    ids = _body_ids(data)
    bodies = _items(data, "bodies")
    target = rng.choice(ids)
    if style == 4:  # switch the kind of a body that carries a kind-specific field
        qualified = [b for b in bodies if any(q in b for q in QUALIFIERS)] or bodies
        if qualified:
            switched = rng.choice(qualified)
            body_id = switched.get("id", target)  # an earlier mutation may have made it a list or a number
            other["set"] = {str(body_id): {"kind": rng.choice(KINDS[:11])}}
    elif style == 5:
        other["set"] = {target: {"parent": target}}
    elif style == 6 and len(ids) >= 2:  # a parent cycle made only by the alternative
        a, b = rng.sample(ids, 2)
        other["set"] = {a: {"parent": b}, b: {"parent": a}}
    elif style == 7:  # remove a body others need: a power holder, the council, a relation end
        holders = [p.get("holder") for p in _items(data, "powers")] + [ids[0]]
        other["remove"] = [rng.choice([h for h in holders if isinstance(h, str)] or ids)]
    elif style == 11:
        other["remove"] = list(ids)
    elif style == 12:
        other["set"] = {target: {"kind": "committee", "committee_role": "preparatory"}}
    else:  # a valid alternative: the model should still load
        other["set"] = {target: {"seats": rng.randrange(1, 20)}} if rng.random() < 0.5 else {}
        if rng.random() < 0.3 and len(ids) > 1:
            other["remove"] = [ids[-1]]


def _choice_template(rng: random.Random, data: dict[str, Any]) -> dict[str, Any]:
    other: dict[str, Any] = {"id": "b", "label": "B"}
    style = rng.randrange(16)
    if style in (0, 1, 2, 3, 8, 9, 10):
        whole = _shape_slip(rng, data, other, style)
        if whole is not None:
            return whole
    else:
        _structure_slip(rng, data, other, style)
    return {"id": rng.choice(["c", "c2", "valinta"]), "question": "?",
            "alternatives": [{"id": "a", "label": "A"}, other]}


def m_broken_choice(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    choices = data.get("choices")
    if not isinstance(choices, list):
        choices = data["choices"] = []
    choices.append(_choice_template(rng, data))


def m_many_choices(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    ids = _body_ids(data)
    choices = data["choices"] = [] if not isinstance(data.get("choices"), list) else data["choices"]
    for k in range(rng.randrange(6, 22)):
        choices.append({"id": f"c{k}", "question": "?", "alternatives": [
            {"id": "a", "label": "A"}, {"id": "b", "label": "B", "set": {rng.choice(ids): {"seats": k + 1}}}]})


def m_deep_chain(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    bodies = data["bodies"] = _items(data, "bodies") or [{"id": "v", "kind": "council", "names": {"fi": "V"}}]
    parent = bodies[0].get("id", "v")
    for k in range(rng.randrange(20, 300)):
        bodies.append({"id": f"d{k}", "kind": "board", "names": {"fi": f"D{k}"}, "parent": parent})
        parent = f"d{k}"


def m_extends(rng: random.Random, data: dict[str, Any], case: Case) -> None:
    siblings = sorted(p.name for p in case.source.path.parent.iterdir() if p.suffix in (".yaml", ".json"))
    target = rng.choice([
        "_base.yaml", rng.choice(siblings) if siblings else "x.yaml", "_base\0.yaml", "x" * 300, "a/" * 2100 + "b",
        "no-such-base.yaml", "", ".", "..", "/etc/passwd", "../../../../etc/hostname", "/dev/null", 5, ["a"],
        {"a": 1}, None, f"case-{case.number}{case.suffix}", "./././" + f"case-{case.number}{case.suffix}",
        *(("/dev/zero", "FIFO") if case.allow_special else ()),
    ])
    if target == "FIFO":
        case.special, target = "fifo", "fifo.yaml"
    data["extends"] = target


DATA_MUTATIONS: list[tuple[Callable[[random.Random, dict[str, Any], Case], None], float]] = [
    (m_wrong_type, 3), (m_shape_slip, 1), (m_bad_date, 1), (m_hostile_string, 3), (m_capital_key, 1.5), (m_drop_key, 1),
    (m_id_collision, 1), (m_cycle, 1), (m_unknown_ref, 1), (m_seats, 1), (m_broken_choice, 3),
    (m_many_choices, 0.4), (m_deep_chain, 0.3), (m_extends, 1),
]


def t_truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[:rng.randrange(len(raw) + 1)]


def t_flip(rng: random.Random, raw: bytes) -> bytes:
    b = bytearray(raw)
    for _ in range(rng.randrange(1, 4)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def t_bom(rng: random.Random, raw: bytes) -> bytes:
    bom = "\ufeff".encode()
    if rng.random() < 0.7:
        return bom + raw
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + bom + raw[at:]


def t_crlf(rng: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r"]))


def t_control(rng: random.Random, raw: bytes) -> bytes:
    at = rng.randrange(len(raw) + 1)
    char = rng.choice(["\x03", "\x1b[31m", "\x7f", "\x85", "\u2028", "\x0c", "\t", "\x00", "\ud800"])
    return raw[:at] + char.encode("utf-8", "surrogatepass") + raw[at:]


def t_lines(rng: random.Random, raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    i = rng.randrange(len(lines))
    op = rng.randrange(3)
    if op == 0:
        lines.insert(i, lines[i])  # a duplicated line: a duplicate key, or a repeated item
    elif op == 1:
        lines[i] = b" " + lines[i]
    else:
        lines[i] = lines[i].replace(b": ", b":", 1)
    return b"\n".join(lines)


TEXT_MUTATIONS: list[tuple[Callable[[random.Random, bytes], bytes], float]] = [
    (t_truncate, 1), (t_flip, 1), (t_bom, 0.6), (t_crlf, 0.6), (t_control, 1), (t_lines, 1),
]


def _weighted(rng: random.Random, table: list[tuple[Any, float]]) -> Any:
    return rng.choices([f for f, _ in table], weights=[w for _, w in table])[0]


_RAW = re.compile(r"""(['"]?)RAW:((?:[^'"\n\\]|\\.)*?)\1(?=$|[,}\]\n])""", re.M)


def _dump(data: Any, fmt: str, rng: random.Random) -> bytes:
    """YAML (or JSON) text of ``data``; strings 'RAW:x' become the raw YAML ``x`` (an unquoted date, a tag...)."""
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]), default=str)
        text = re.sub(r'"RAW:([^"]*)"', lambda m: json.dumps(m.group(1)), text)  # JSON has no raw YAML values
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=rng.choice([80, 10**6]),
                              default_flow_style=rng.choice([False, None]))
        text = _RAW.sub(lambda m: m.group(2).replace("\\\\", "\\").replace('\\"', '"'), text)
    return text.encode("utf-8", "surrogatepass")


def make_case(seed: int, number: int, sources: list[Source], *, allow_special: bool = True) -> Case:
    """Case ``number`` of run ``seed``: a source, one to three edits, maybe a text-level edit on top.

    ``allow_special=False`` keeps devices and FIFOs out of ``extends:`` (for runs without a worker's limits).
    """
    rng = random.Random(f"{seed}-{number}")
    src = rng.choice(sources)
    suffix = src.path.suffix if rng.random() < 0.9 else rng.choice([".yaml", ".json"])
    case = Case(number, src, suffix, allow_special=allow_special)
    if src.data is not None and isinstance(src.data, dict) and rng.random() < 0.8:
        data = copy.deepcopy(src.data)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            mutation = _weighted(rng, DATA_MUTATIONS)
            mutation(rng, data, case)
            case.mutations.append(mutation.__name__)
        raw = _dump(data, "json" if suffix == ".json" else "yaml", rng)
        if rng.random() < 0.2:
            mutation = _weighted(rng, TEXT_MUTATIONS)
            raw = mutation(rng, raw)
            case.mutations.append(mutation.__name__)
    else:
        raw = src.text.encode("utf-8")
        mutation = _weighted(rng, TEXT_MUTATIONS)
        raw = mutation(rng, raw)
        case.mutations.append(mutation.__name__)
    case.raw = raw
    return case


# --- running one case -------------------------------------------------------------------------


@dataclass
class Outcome:
    number: int
    kind: str
    stage: str = ""
    site: str = ""
    detail: str = ""
    mutations: tuple[str, ...] = ()
    source: str = ""
    seconds: float = 0.0


class CaseTimeout(BaseException):  # not an Exception: no library handler may swallow it
    pass


def _on_xcpu(signum: int, frame: Any) -> None:
    raise CaseTimeout()


def crash_site(exc: BaseException) -> str:
    """'TypeError at orgmodel/references.py:92 _alternatives': the type and the innermost orgmodel frame."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/orgmodel/" in f.filename.replace(os.sep, "/")]
    if not frames:
        return f"{type(exc).__name__} (no orgmodel frame)"
    f = frames[-1]
    where = f.filename.replace(os.sep, "/").rsplit("/src/", 1)[-1]
    return f"{type(exc).__name__} at {where}:{f.lineno} {f.name}"


def _positions_ok(exc: Exception) -> str:
    """'' when every problem has file:line:column (or is about the whole file), else the first bad one."""
    for p in getattr(exc, "problems", ()) or ():
        if p.line <= 0 and not any(w in p.message for w in WHOLE_FILE):
            return f"no line: {p}"
        if not p.file:
            return f"no file: {p}"
    return ""


def _check_svg(text: str) -> str:
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        return f"SVG not well-formed: {e}"
    return ""


def _check_png(data: bytes) -> str:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.verify()
    except Exception as e:  # noqa: BLE001 - any failure of Pillow's reader is what we classify
        return f"PNG unreadable: {type(e).__name__}: {e}"
    return ""


def _check_pdf(data: bytes) -> str:
    """Header, trailer, and a cross-reference table (or stream) whose offsets point at their objects."""
    if not data.startswith(b"%PDF-"):
        return "PDF without %PDF- header"
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        return "PDF without %%EOF"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF", tail)
    if not m or int(m.group(1)) >= len(data):
        return "PDF startxref missing or out of range"
    at = int(m.group(1))
    if data.startswith(b"xref", at):
        entries = re.finditer(rb"(\d{10}) (\d{5}) n", data[at:at + 20 * 100_000])
        for n, e in enumerate(entries):
            off = int(e.group(1))
            if not re.match(rb"\d+ \d+ obj", data[off:off + 24]):
                return f"PDF xref entry {n} points at no object"
        return ""
    if re.match(rb"\d+ \d+ obj", data[at:at + 24]):  # a cross-reference stream
        return ""
    return "PDF startxref points at neither a table nor a stream"


def _variants(org: Any) -> list[Any]:
    try:
        it = org.variants(max_variants=VARIANT_LIMIT)
    except TypeError:  # a library without the cap: take the first ones only
        it = org.variants()
    return [v for _, v in islice(it, VARIANT_LIMIT)]


def run_case(case: Case, folder: Path, formats: tuple[str, ...] = (), *, render: bool = True) -> Outcome:
    """Write the case beside copies of its source's siblings (for extends:) and run every stage
    (load, check, variants, then unless ``render`` is false an SVG and ``formats``)."""
    import orgmodel
    from orgmodel.errors import UserError
    from orgmodel.io import load
    from orgmodel.render import diagram

    path = folder / f"case-{case.number}{case.suffix}"
    path.write_bytes(case.raw)
    if case.special == "fifo" and not (folder / "fifo.yaml").exists():
        os.mkfifo(folder / "fifo.yaml")
    out = Outcome(case.number, "loaded", mutations=tuple(case.mutations),
                  source=str(case.source.path.relative_to(ROOT)))
    stage = "load"
    try:
        org = load(path)
        stage = "check"
        orgmodel.check(org)
        stage = "variants"
        variants = _variants(org)
        if not render:
            return out
        stage = "render svg"
        d = diagram(org)
        bad = _check_svg(d.svg())
        for fmt in formats:
            stage = f"render {fmt}"
            bad = bad or (_check_png(d.png()) if fmt == "png" else _check_pdf(d.pdf()))
        if 1 < len(variants) <= SHEET_VARIANTS and case.number % 4 == 0:
            from orgmodel.render import variants_sheet

            stage = "render variants"
            bad = bad or _check_svg(variants_sheet(org).svg())
        if bad:
            out.kind, out.stage, out.site, out.detail = "malformed", stage, bad.split(":")[0], bad
    except CaseTimeout:
        out.kind, out.stage, out.site = "hang", stage, f"over {CPU_SECONDS} s CPU in {stage}"
    except UserError as e:
        out.kind, out.stage = "user error", stage
        bad = _positions_ok(e)
        if bad:
            out.kind, out.site, out.detail = "malformed", "message without file:line:column", bad[:300]
        else:
            out.detail = str(e).splitlines()[0][:300] if str(e) else ""
    except Exception as e:  # noqa: BLE001 - everything else is what the fuzzer looks for
        out.kind, out.stage, out.site = "crash", stage, crash_site(e)
        out.detail = f"{type(e).__name__}: {e}"[:300]
    finally:
        path.unlink(missing_ok=True)
    return out


# --- workers ----------------------------------------------------------------------------------


def mirror(src_folder: Path, root: Path) -> Path:
    """``src_folder``'s place in a private copy of models/ and tests/fixtures/ (made on first use), so that
    extends: finds its bases, also '../shared/_min.yaml', and nothing is ever written into the repository."""
    if not (root / "models").exists():
        for tree in ("models", "tests/fixtures"):
            shutil.copytree(ROOT / tree, root / tree, symlinks=True, dirs_exist_ok=True)
    return root / src_folder.relative_to(ROOT)


def _vm_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _worker(seed: int, numbers: list[int], sources: list[Source], conn: Any, scratch: str, every: int,
            special: bool) -> None:
    signal.signal(signal.SIGXCPU, _on_xcpu)
    limit = _vm_bytes() + MEMORY_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    root = Path(scratch) / f"w{os.getpid()}"
    hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)[1]
    for n in numbers:
        case = make_case(seed, n, sources, allow_special=special)
        folder = mirror(case.source.path.parent, root)
        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(used.ru_utime + used.ru_stime) + 1
        # the soft limit only: SIGXCPU raises CaseTimeout; a worker stuck in C code is killed by the parent
        resource.setrlimit(resource.RLIMIT_CPU, (spent + CPU_SECONDS, hard_cpu))
        conn.send(("start", n))
        t = time.perf_counter()
        formats = ("png", "pdf") if every and n % every == 0 else ()
        out = run_case(case, folder, formats)
        out.seconds = time.perf_counter() - t
        conn.send(("done", out))
    conn.send(("end", None))
    conn.close()


def run(seed: int, count: int, jobs: int, every: int = RENDER_EVERY_FORMAT, start: int = 0,
        progress: bool = True, special: bool = True) -> list[Outcome]:
    """Run cases ``start .. start+count-1`` of ``seed`` with ``jobs`` workers; one :class:`Outcome` each."""
    sources = corpus()
    ctx = mp.get_context("fork")
    pending = [list(range(i, min(i + BATCH, start + count))) for i in range(start, start + count, BATCH)]
    results: dict[int, Outcome] = {}
    active: list[dict[str, Any]] = []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="orgmodel-fuzz-") as scratch:
        while pending or active:
            while pending and len(active) < jobs:
                numbers = pending.pop(0)
                parent, child = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_worker, daemon=True,
                                   args=(seed, numbers, sources, child, scratch, every, special))
                proc.start()
                child.close()
                active.append({"proc": proc, "conn": parent, "numbers": numbers, "current": None,
                               "since": time.monotonic(), "seed": seed, "sources": sources, "special": special})
            for w in list(active):
                _drain(w, results, pending, active)
            if progress and results and len(results) % 500 < jobs:
                _progress(results, count, began)
            time.sleep(0.01)
    return [results[n] for n in sorted(results)]


def _drain(w: dict[str, Any], results: dict[int, Outcome], pending: list[list[int]],
           active: list[dict[str, Any]]) -> None:
    conn, proc = w["conn"], w["proc"]
    try:
        while conn.poll():
            tag, value = conn.recv()
            w["since"] = time.monotonic()
            if tag == "start":
                w["current"] = value
            elif tag == "done":
                results[value.number] = value
                w["current"] = None
            else:
                proc.join()
                active.remove(w)
                return
    except (EOFError, OSError):
        pass
    stuck = time.monotonic() - w["since"] > WALL_SECONDS
    if proc.is_alive() and not stuck:
        return
    if proc.is_alive():
        proc.kill()
    proc.join()
    current = w["current"]
    if current is None:  # died between cases: charge the next one, so that the run always moves on
        current = next((n for n in w["numbers"] if n not in results), None)
    if current is not None and current not in results:
        code = proc.exitcode or 0
        if stuck or code in (-signal.SIGKILL, -signal.SIGXCPU):
            out = Outcome(current, "hang", site="over the wall limit (blocked)" if stuck
                          else f"killed at the CPU limit ({CPU_SECONDS} s)")
        else:
            out = Outcome(current, "crash", site=f"worker died (exit {code})")
        case = make_case(w["seed"], current, w["sources"], allow_special=w["special"])
        out.mutations, out.source = tuple(case.mutations), str(case.source.path.relative_to(ROOT))
        results[current] = out
    rest = [n for n in w["numbers"] if n not in results and n != current]
    if rest:
        pending.insert(0, rest)
    active.remove(w)


def _progress(results: dict[int, Outcome], count: int, began: float) -> None:
    c = Counter(o.kind for o in results.values())
    rate = len(results) / max(time.perf_counter() - began, 1e-9)
    print(f"  {len(results):>6}/{count}  {rate:5.1f} cases/s  " + "  ".join(f"{k}: {c[k]}" for k in CLASSES),
          file=sys.stderr, flush=True)


# --- the report -------------------------------------------------------------------------------


def report(seed: int, outcomes: list[Outcome], seconds: float) -> str:
    c = Counter(o.kind for o in outcomes)
    n = len(outcomes) or 1
    lines = [f"seed {seed}: {len(outcomes)} cases in {seconds:.0f} s",
             "  ".join(f"{k}: {c[k]} ({100 * c[k] / n:.1f} %)" for k in CLASSES)]
    for kind in ("crash", "hang", "malformed"):
        sites: dict[str, list[Outcome]] = {}
        for o in outcomes:
            if o.kind == kind:
                sites.setdefault(o.site, []).append(o)
        if sites:
            lines.append(f"{kind} sites ({len(sites)}):")
        for site, group in sorted(sites.items(), key=lambda kv: -len(kv[1])):
            first = group[0]
            lines.append(f"  {len(group):>5}  {site}  [{first.stage}] e.g. case {first.number} "
                         f"({first.source}; {', '.join(first.mutations)}): {first.detail[:160]}")
    slow = max(outcomes, key=lambda o: o.seconds, default=None)
    if slow is not None:
        lines.append(f"slowest case: {slow.number} ({slow.seconds:.2f} s, {slow.kind})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=None, help="default: a random one (printed)")
    ap.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--start", type=int, default=0, help="first case number")
    ap.add_argument("--every", type=int, default=RENDER_EVERY_FORMAT,
                    help="render PNG and PDF every N-th case (0: never)")
    ap.add_argument("--case", type=int, help="rebuild and run one case in this process")
    ap.add_argument("--keep", type=Path, help="with --case: write the case file into this folder")
    ap.add_argument("--no-special", action="store_true", help="no devices or FIFOs as extends: targets")
    ap.add_argument("--json", type=Path, help="also write every outcome as JSON lines here")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    if args.case is not None:
        case = make_case(seed, args.case, corpus(), allow_special=not args.no_special)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"case-{args.case}{case.suffix}").write_bytes(case.raw)
        with tempfile.TemporaryDirectory() as tmp:
            out = run_case(case, mirror(case.source.path.parent, Path(tmp)), ("png", "pdf"))
        print(json.dumps(out.__dict__, ensure_ascii=False, indent=2))
        return 0
    print(f"seed {seed}", flush=True)
    began = time.perf_counter()
    outcomes = run(seed, args.cases, args.jobs, args.every, args.start, special=not args.no_special)
    if args.json:
        args.json.write_text("".join(json.dumps(o.__dict__, ensure_ascii=False) + "\n" for o in outcomes))
    print(report(seed, outcomes, time.perf_counter() - began))
    bad = sum(o.kind in ("crash", "hang", "malformed") for o in outcomes)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
