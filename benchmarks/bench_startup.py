"""Start-up benchmark (issue 15): orgmodel's commands as whole processes against the imports they
cannot do without, interleaved in rotating rounds.

Targets (median of the per-round ratios):
- ``orgmodel --help`` <= 1.1x ``python -c "import click"``;
- ``python -c "import orgmodel; orgmodel.load(F)"`` <= 1.3x ``python -c "import click, yaml, pydantic"``;
- ``orgmodel check F`` <= 1.2x and ``orgmodel render F -o x.svg`` <= 1.3x that load-only process;
- each against ``python -c pass`` for information.

    .venv/bin/python benchmarks/bench_startup.py [ROUNDS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pairing import ROOT, Target, command, compile_sources, finish, interleave

MODEL = ROOT / "models" / "pohjois-karjala-2018.yaml"
ROUNDS = 21


def main(rounds: int = ROUNDS) -> int:
    compile_sources()  # the children read cached bytecode, as an installed orgmodel does
    py = sys.executable
    exe = str(Path(py).parent / "orgmodel")
    with tempfile.TemporaryDirectory() as tmp:
        runners = {
            "pass": command([py, "-c", "pass"]),
            "import click": command([py, "-c", "import click"]),
            "import click, yaml, pydantic": command([py, "-c", "import click, yaml, pydantic"]),
            "load": command([py, "-c", f"import orgmodel; orgmodel.load({str(MODEL)!r})"]),
            "--help": command([exe, "--help"]),
            "check": command([exe, "check", str(MODEL)], ok=(0, 1)),  # 1: the model has findings
            "render": command([exe, "render", str(MODEL), "-o", str(Path(tmp) / "kaavio.svg")]),
        }
        s = interleave(runners, rounds)
    print(f"model: {MODEL.relative_to(ROOT)}; {rounds} rounds, order rotated each round")
    targets = [
        Target("orgmodel --help vs import click", s["--help"], s["import click"], 1.1),
        Target("import orgmodel + load vs import click, yaml, pydantic", s["load"], s["import click, yaml, pydantic"],
               1.3),
        Target("orgmodel check vs load-only process", s["check"], s["load"], 1.2),
        Target("orgmodel render vs load-only process", s["render"], s["load"], 1.3),
    ]
    targets += [Target(f"{name} vs python -c pass", s[name], s["pass"], None)
                for name in ("--help", "load", "check", "render")]
    return finish("startup", targets)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
