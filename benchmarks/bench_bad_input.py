"""Bad input is refused fast (issue 2): time `orgmodel check` as a process on hostile files.

    .venv/bin/python benchmarks/bench_bad_input.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n"


def main() -> None:
    exe = Path(sys.executable).parent / "orgmodel"
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "bomb.yaml").write_text(alias_bomb())
        with (d / "huge.yaml").open("wb") as fh:
            fh.write(b"bodies:\n" + b"  - {id: x, kind: council, names: {fi: X}}\n" * (50_000_000 // 42))
        (d / "junk.yaml").write_bytes(os.urandom(1_000_000))
        (d / "empty.yaml").write_text("")
        (d / "notamodel.yaml").write_text("title: slides\nitems: [1, 2, 3]\n")
        for name in ("bomb.yaml", "huge.yaml", "junk.yaml", "empty.yaml", "notamodel.yaml"):
            t = time.perf_counter()
            r = subprocess.run([str(exe), "check", str(d / name)], capture_output=True, text=True)
            dt = time.perf_counter() - t
            first = r.stderr.strip().splitlines()[0].replace(str(d) + "/", "")
            print(f"{name:<15} exit {r.returncode}  {dt:.3f} s  {first[:110]}")


if __name__ == "__main__":
    main()
