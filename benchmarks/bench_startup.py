"""Start-up benchmark (issue 15): orgmodel's commands as whole processes against the imports they
cannot do without, interleaved in rotating rounds.

Targets (median of the per-round ratios):
- ``orgmodel --help`` <= 1.1x ``python -c "import click"``;
- ``python -c "import orgmodel; orgmodel.load(F)"`` <= 1.3x ``python -c "import click, yaml, pydantic"``;
- ``orgmodel check F`` <= 1.2x and ``orgmodel render F -o x.svg`` <= 1.3x that load-only process;
- each against ``python -c pass`` for information, and three floors that say where the time goes
  (information too): a bare click group printing its ``--help`` (click's own help formatting pulls
  in gettext, locale, shutil and textwrap), the floor imports plus one trivial pydantic model built
  and validated (pydantic's first model scans the plugin entry points), and the load-only process
  plus ``import pygraphviz`` (the wheel's bundled Graphviz libraries).

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
#: A click group with nothing in it printing its help: what click's help formatting costs.
BARE_GROUP_HELP = "import click; click.Group('orgmodel', help='x').main(['--help'])"
#: What any program that validates with pydantic pays once: its first model class built and used.
PYDANTIC_FIRST_MODEL = ("import click, yaml, pydantic\n"
                        "class M(pydantic.BaseModel):\n    x: int\n"
                        "M.model_validate({'x': 1})")


def main(rounds: int = ROUNDS) -> int:
    compile_sources()  # the children read cached bytecode, as an installed orgmodel does
    py = sys.executable
    exe = str(Path(py).parent / "orgmodel")
    load = f"import orgmodel; orgmodel.load({str(MODEL)!r})"
    with tempfile.TemporaryDirectory() as tmp:
        runners = {
            "pass": command([py, "-c", "pass"]),
            "import click": command([py, "-c", "import click"]),
            "import click, yaml, pydantic": command([py, "-c", "import click, yaml, pydantic"]),
            "load": command([py, "-c", load]),
            "--help": command([exe, "--help"]),
            "check": command([exe, "check", str(MODEL)], ok=(0, 1)),  # 1: the model has findings
            "render": command([exe, "render", str(MODEL), "-o", str(Path(tmp) / "kaavio.svg")]),
            "click group --help": command([py, "-c", BARE_GROUP_HELP]),
            "floor + one pydantic model": command([py, "-c", PYDANTIC_FIRST_MODEL]),
            "load + import pygraphviz": command([py, "-c", f"import pygraphviz; {load}"]),
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
    targets += [
        Target("orgmodel --help vs a bare click group's --help", s["--help"], s["click group --help"], None),
        Target("a bare click group's --help vs import click", s["click group --help"], s["import click"], None),
        Target("floor + one pydantic model vs import click, yaml, pydantic", s["floor + one pydantic model"],
               s["import click, yaml, pydantic"], None),
        Target("import orgmodel + load vs floor + one pydantic model", s["load"], s["floor + one pydantic model"],
               None),
        Target("orgmodel render vs load + import pygraphviz", s["render"], s["load + import pygraphviz"], None),
    ]
    return finish("startup", targets)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
