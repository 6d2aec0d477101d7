"""Peers (issue 15, information only): ``orgmodel render`` of a 46-body model against other Python
ways to draw the same bodies as a boxed tree with Graphviz's ``dot``, each as a whole process
(start-up, reading the model, layout, SVG), interleaved in rotating rounds.

The peers: pygraphviz (the project's own environment), and the graphviz, pydot and diagrams
packages (benchmarks/out/peers-venv, calling Debian's ``dot`` unpacked into benchmarks/out/graphviz).
Run benchmarks/peers/setup.sh once first; without it this says so and exits 0.

    .venv/bin/python benchmarks/peers/run_peers.py [ROUNDS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pairing import OUT, ROOT, Target, command, compile_sources, finish, interleave

MODEL = ROOT / "models" / "pirkanmaa-2018.yaml"  # 46 bodies
PEERS_PY = OUT / "peers-venv" / "bin" / "python"
GRAPHVIZ = OUT / "graphviz"
DRAW = Path(__file__).resolve().parent / "draw_peer.py"
ROUNDS = 11


def _multiarch() -> str:
    try:
        return subprocess.run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "x86_64-linux-gnu"


def peer_env() -> dict[str, str]:
    """PATH finds the unpacked ``dot``; it finds its libraries and plugins (absolute: the peers run
    ``dot`` from other folders)."""
    lib = GRAPHVIZ / "usr" / "lib" / _multiarch()
    return {"PATH": f"{GRAPHVIZ / 'usr' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "LD_LIBRARY_PATH": str(lib), "GVBINDIR": str(lib / "graphviz")}


def ready() -> str | None:
    """None when setup.sh has been run, else what is missing."""
    for needed in (PEERS_PY, GRAPHVIZ / "usr" / "bin" / "dot"):
        if not needed.exists():
            return f"{needed.relative_to(ROOT)} is missing"
    return None


def main(rounds: int = ROUNDS) -> int:
    missing = ready()
    if missing is not None:
        print(f"peers: skipped ({missing}); run benchmarks/peers/setup.sh first")
        return 0
    compile_sources()
    compile_sources(str(PEERS_PY), [DRAW.parent])
    exe = str(Path(sys.executable).parent / "orgmodel")
    env = {**os.environ, **peer_env()}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        runners = {"orgmodel render": command([exe, "render", str(MODEL), "-o", str(out / "orgmodel.svg")])}
        for peer in ("pygraphviz", "graphviz", "pydot", "diagrams"):
            py = sys.executable if peer == "pygraphviz" else str(PEERS_PY)
            runners[peer] = command([py, str(DRAW), peer, str(MODEL), str(out / f"{peer}.svg")], env=env)
        for run in runners.values():
            run()  # each draws once before the rounds: a peer that fails stops the benchmark here
        s = interleave(runners, rounds)
    print(f"model: {MODEL.relative_to(ROOT)}; {rounds} rounds; each a whole process")
    return finish("peers", [Target(f"orgmodel render vs {peer}", s["orgmodel render"], s[peer], None)
                            for peer in ("pygraphviz", "graphviz", "pydot", "diagrams")])


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
