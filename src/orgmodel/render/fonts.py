"""The one font of every diagram: DejaVu Sans as shipped inside matplotlib.

Graphviz measures and draws text through pango and fontconfig. Pointed at the system's fonts,
the same file would draw differently on every machine (and an older fontconfig bundled in the
pygraphviz wheel complains about a newer system configuration). So the renderer gives fontconfig
a configuration of its own that contains exactly the four DejaVu Sans files matplotlib ships,
and measures text for wrapping from the same files' advance widths.

>>> m = metrics()
>>> round(m.width("Valtuusto", 12), 1) > 0
True
>>> m.width("iii", 12) < m.width("WWW", 12)
True
"""

from __future__ import annotations

import importlib.util
import os
import struct
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from orgmodel.errors import UserError

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
# pango's hinted advances run about 1.5 % wider than the font's design widths; wrap with room.
SAFETY = 1.04


def font_dir() -> Path:
    """matplotlib's folder of TrueType fonts, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("drawing needs matplotlib's DejaVu Sans fonts: pip install matplotlib")
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    if not (folder / FILES[0]).is_file():
        raise UserError(f"DejaVu Sans not found in {folder}; reinstall matplotlib")
    return folder


def fontconfig_text(folder: Path, cache: Path | None) -> str:
    """A fontconfig configuration that offers DejaVu Sans and nothing else."""
    accept = "".join(f"<glob>*/{name}</glob>" for name in FILES)
    cachedir = f"  <cachedir>{_xml(str(cache))}</cachedir>\n" if cache else ""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{_xml(str(folder))}</dir>\n{cachedir}"
        f"  <selectfont><rejectfont><glob>*</glob></rejectfont><acceptfont>{accept}</acceptfont></selectfont>\n"
        "</fontconfig>\n"
    )


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=1)
def install_fontconfig() -> Path:
    """Write the configuration to a cache folder and point fontconfig at it (once per process).

    Must run before Graphviz first draws text: fontconfig reads FONTCONFIG_FILE when it starts.
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "orgmodel"
    try:
        base.mkdir(parents=True, exist_ok=True)
        probe = base / ".probe"
        probe.write_text("")
        probe.unlink()
    except OSError:  # a read-only home: a private temporary folder will do
        base = Path(tempfile.mkdtemp(prefix="orgmodel-fonts-"))
    cache = base / "fontconfig"
    cache.mkdir(exist_ok=True)
    conf = base / "fonts.conf"
    text = fontconfig_text(font_dir(), cache)
    if not conf.is_file() or conf.read_text(encoding="utf-8") != text:
        from orgmodel._util import write_atomic

        write_atomic(conf, text)
    os.environ["FONTCONFIG_FILE"] = str(conf)
    return conf


class _Face:
    """Advance widths per character, in font units (characters the font lacks: glyph 0's)."""

    def __init__(self, units_per_em: int, advances: tuple[int, ...], glyph_of: dict[int, int]) -> None:
        self.units_per_em = units_per_em
        last = len(advances) - 1
        table = {chr(code): advances[min(glyph, last)] for code, glyph in glyph_of.items()}
        self._advance: defaultdict[str, int] = defaultdict(lambda: advances[0], table)

    def width(self, text: str, size: float) -> float:
        return sum(map(self._advance.__getitem__, text)) * size / self.units_per_em


@dataclass(frozen=True)
class Metrics:
    """Advance widths of DejaVu Sans regular and bold, in points, with a little room added."""

    regular: _Face
    bold: _Face

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of one line of ``text`` at ``size`` points."""
        return (self.bold if bold else self.regular).width(text, size) * SAFETY


@lru_cache(maxsize=1)
def metrics() -> Metrics:
    """The metrics, read once from the TrueType files (about 10 ms)."""
    folder = font_dir()
    return Metrics(_read_face(folder / FILES[0]), _read_face(folder / FILES[1]))


def _read_face(path: Path) -> _Face:
    """Read unitsPerEm, the horizontal advances and the Unicode character map of a TrueType file."""
    data = path.read_bytes()
    tables = {}
    for i in range(struct.unpack_from(">H", data, 4)[0]):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = offset
    units = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
    n_metrics = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
    hmtx = tables[b"hmtx"]
    advances = tuple(struct.unpack_from(">H", data, hmtx + 4 * i)[0] for i in range(n_metrics))
    return _Face(units, advances, _read_cmap(data, tables[b"cmap"]))


def _read_cmap(data: bytes, cmap: int) -> dict[int, int]:
    glyphs: dict[int, int] = {}
    subtables = []
    for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        subtables.append((platform, encoding, cmap + offset))
    for platform, encoding, at in subtables:
        fmt = struct.unpack_from(">H", data, at)[0]
        if fmt == 4 and (platform, encoding) in ((3, 1), (0, 3)):
            seg2 = struct.unpack_from(">H", data, at + 6)[0]
            n = seg2 // 2
            ends = struct.unpack_from(f">{n}H", data, at + 14)
            starts = struct.unpack_from(f">{n}H", data, at + 16 + seg2)
            deltas = struct.unpack_from(f">{n}h", data, at + 16 + 2 * seg2)
            ranges_at = at + 16 + 3 * seg2
            offsets = struct.unpack_from(f">{n}H", data, ranges_at)
            for s in range(n):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if offsets[s] == 0:
                        glyph = (code + deltas[s]) & 0xFFFF
                    else:
                        glyph_at = ranges_at + 2 * s + offsets[s] + 2 * (code - starts[s])
                        glyph = struct.unpack_from(">H", data, glyph_at)[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    glyphs.setdefault(code, glyph)
        elif fmt == 12:
            n_groups = struct.unpack_from(">I", data, at + 12)[0]
            for g in range(n_groups):
                first, last, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
                for code in range(first, last + 1):
                    glyphs.setdefault(code, glyph + code - first)
    return glyphs
