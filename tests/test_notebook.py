"""notebooks/leadership-models.ipynb is stored without outputs and runs from top to bottom.

The kernel is this interpreter (the project's venv), whatever kernels the machine has installed:
the test writes its own kernel spec into a temporary Jupyter path and points the notebook at it,
with IPython's profile and Jupyter's runtime files in temporary folders too, so a clean clone
needs nothing but ``pip install -e '.[dev]'``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from nbformat import NotebookNode

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "leadership-models.ipynb"
KERNEL = "orgmodel-test-venv"


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    assert all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.fixture
def venv_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "orgmodel test kernel", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    return KERNEL


def _text(cell: NotebookNode) -> str:
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif "data" in out:
            parts.extend(str(v) for k, v in out.data.items() if k.startswith("text/"))
    return "\n".join(parts)


def test_notebook_runs(venv_kernel: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=venv_kernel, timeout=180,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails

    cells = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in cells for o in c.outputs if o.output_type == "error"]
    assert errors == []
    text = "\n".join(_text(c) for c in cells)
    # loaded every model, checked them, compared, diffed, drew
    assert "lautakuntamalli-toimialat" in text and "pohjois-karjala-2018" in text
    assert "Päättävät toimielimet" in text                      # the comparison table (HTML)
    assert "Sosiaali- ja terveysjaosto" in text                 # the diff of the two archetypes
    assert "paijat-hame-2018 [valiokunta_vai_lautakunta=lautakunta]" in text  # variants expanded
    images = [o for c in cells for o in c.outputs if "data" in o and "image/png" in o.data]
    assert len(images) >= 2                                     # the profile and the kinds chart
    assert any("image/svg+xml" in o.data for c in cells for o in c.outputs if "data" in o)  # the sheet
