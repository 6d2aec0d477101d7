"""The README's Python example runs as written, against the shipped models."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "the README has no Python example"
    (tmp_path / "models").symlink_to(ROOT / "models")  # the example uses paths relative to the repo
    for block in blocks:
        result = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "pk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_readme_model_example_loads() -> None:
    from orgmodel.io import loads

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```yaml\n(# yaml-language-server.*?)```", readme, flags=re.S)
    org = loads(block, filename="README.md")
    assert [b.id for b in org.bodies] == ["valtuusto", "hallitus", "valitusjaosto"]
    assert [sel for sel, _ in org.variants()] == [{"valitusjaosto": "kylla"}, {"valitusjaosto": "ei"}]


def test_the_readme_lists_every_body_kind_and_relation_type() -> None:
    """Adding a kind means adding it to the README's list too; this test says so when it is missing."""
    import re

    from orgmodel.vocab import BodyKind, RelationType

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    kinds = readme.split("- **Kinds** (closed list):", 1)[1].split("\n- **", 1)[0]
    relations = readme.split("- **Relations**:", 1)[1].split("\n- **", 1)[0]
    listed_kinds = set(re.findall(r"\b[a-z_]+\b", kinds))
    listed_relations = set(re.findall(r"\b[a-z_]+\b", relations))
    assert {k.value for k in BodyKind} <= listed_kinds, "README's kind list lacks some kinds"
    # subordinate_to is the parent: hierarchy, which the README describes separately
    assert {r.value for r in RelationType} - {"subordinate_to"} <= listed_relations
