"""``extends:`` is bounded (issue 9 item 5): only regular files, under the size limit, relative to the model
file, inside the model's folder tree (or the current folder's) unless allowed; every refusal is a user
error at the ``extends:`` line. A FIFO or a device is never opened for reading, so nothing hangs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgmodel.errors import ModelError
from orgmodel.io import MAX_BYTES, load, load_folder

EXTENDS = Path(__file__).resolve().parent / "fixtures" / "invalid" / "extends"
BASE = (EXTENDS / "_base.yaml").read_text(encoding="utf-8").replace("seats: lots", "seats: 9")


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from a folder of its own: the current folder's tree is allowed too, and the repository's holds all."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def _message(path: Path, **options: bool) -> str:
    with pytest.raises(ModelError) as caught:
        load(path, **options)
    return str(caught.value)


def _model(folder: Path, extends: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "m.yaml"
    path.write_text(f"id: m\nextends: {extends}\nnames: {{fi: M}}\n", encoding="utf-8")
    return path


def test_a_base_outside_the_models_folder_is_refused_unless_allowed() -> None:
    path = EXTENDS / "outside.yaml"
    assert _message(path) == (f"{path}:2:10: base file '../../compare/diff-a.yaml' is outside the model's folder "
                              f"({EXTENDS}); a base file must be in that folder or below it "
                              "(or allow it: --allow-extends-outside)")
    assert load(path, allow_extends_outside=True).id == "outside"


def test_the_cli_option_allows_a_base_outside() -> None:
    path = str(EXTENDS / "outside.yaml")
    refused = subprocess.run([sys.executable, "-m", "orgmodel", "show", path], capture_output=True, text=True)
    assert refused.returncode == 2 and "is outside the model's folder" in refused.stderr
    allowed = subprocess.run([sys.executable, "-m", "orgmodel", "--allow-extends-outside", "show", path],
                             capture_output=True, text=True)
    assert allowed.returncode == 0, allowed.stderr


def test_dev_zero_is_refused_without_reading_it() -> None:
    path = EXTENDS / "dev-zero.yaml"
    assert "base file '/dev/zero' is outside the model's folder" in _message(path)
    assert _message(path, allow_extends_outside=True) == (
        f"{path}:1:10: base file '/dev/zero' is a device; extends names a regular file")


def test_a_fifo_is_refused_and_nothing_hangs(tmp_path: Path) -> None:
    path = _model(tmp_path / "models", "_pipe.yaml")
    os.mkfifo(path.parent / "_pipe.yaml")
    assert _message(path) == f"{path}:2:10: base file '_pipe.yaml' is a FIFO (named pipe); extends names a regular file"
    os.mkfifo(path.parent / "pipe.yaml")
    done = subprocess.run([sys.executable, "-m", "orgmodel", "check", str(path.parent / "pipe.yaml")],
                          capture_output=True, text=True, timeout=60)  # as a model file itself: refused, no hang
    assert done.returncode == 2 and "is a FIFO (named pipe), not a regular file" in done.stderr


def test_a_symlink_loop_is_a_user_error_at_the_extends_line(tmp_path: Path) -> None:
    path = _model(tmp_path / "models", "_loop.yaml")
    (path.parent / "_loop.yaml").symlink_to(path.parent / "_loop.yaml")
    assert _message(path) == f"{path}:2:10: base file '_loop.yaml' is a symbolic link loop"


def test_a_cycle_through_a_symlink_is_a_cycle(tmp_path: Path) -> None:
    path = _model(tmp_path / "models", "_again.yaml")
    (path.parent / "_again.yaml").symlink_to(path)
    assert _message(path) == f"{path}:2:10: extends '_again.yaml' leads back to a file already being read (a cycle)"


def test_a_base_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _model(tmp_path / "models", "_big.yaml")
    with (path.parent / "_big.yaml").open("wb") as fh:  # sparse: big on paper, nothing on disk
        fh.truncate(MAX_BYTES + 1)
    assert _message(path) == (f"{path}:2:10: base file '_big.yaml' is 16.8 MB; model files may be at most 16 MiB")


@pytest.mark.parametrize("ref, words", [('"a\\0b.yaml"', "cannot contain a NUL character"),
                                        ('""', "the path is empty"),
                                        ("x" * 300 + ".yaml", "the path is too long")])
def test_a_name_that_cannot_be_a_file_is_a_user_error(ref: str, words: str, tmp_path: Path) -> None:
    path = _model(tmp_path / "models", ref)
    message = _message(path)
    assert message.startswith(f"{path}:2:10: ") and words in message, message


def test_a_base_in_a_subfolder_or_reached_by_a_link_inside_the_tree_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    (folder / "bases").mkdir(parents=True)
    (folder / "bases" / "_base.yaml").write_text(BASE, encoding="utf-8")
    (folder / "_link.yaml").symlink_to(folder / "bases" / "_base.yaml")
    assert len(load(_model(folder, "bases/_base.yaml")).bodies) == 2
    assert len(load(_model(folder, "_link.yaml")).bodies) == 2


def test_a_link_inside_the_tree_that_points_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "_base.yaml").write_text(BASE, encoding="utf-8")
    path = _model(tmp_path / "models", "_link.yaml")
    (path.parent / "_link.yaml").symlink_to(outside / "_base.yaml")
    assert "base file '_link.yaml' is outside the model's folder" in _message(path)


def test_the_current_folder_tree_is_allowed(tmp_path: Path, elsewhere: Path) -> None:
    (elsewhere / "_shared.yaml").write_text(BASE, encoding="utf-8")
    path = _model(elsewhere / "models", "../_shared.yaml")
    assert load(path).id == "m"
    assert [m.org.id for m in load_folder(path.parent)] == ["m"]
