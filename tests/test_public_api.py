"""The top-level API: every public name resolves, and tab completion (dir) shows them."""

from __future__ import annotations

import subprocess
import sys

import orgmodel


def test_every_public_name_resolves_and_dir_lists_it() -> None:
    for name in orgmodel.__all__:
        assert getattr(orgmodel, name) is not None
        assert name in dir(orgmodel)
    assert {"load", "check", "diagram", "sheet", "Report", "UserError"} <= set(orgmodel.__all__)


def test_importing_orgmodel_loads_nothing_heavy() -> None:
    code = ("import sys, orgmodel\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'click', 'networkx', 'matplotlib'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr
