"""No output ever replaces an input or a non-regular file; bad output paths are user errors (exit 2).

One test per case of issue 9 item 4: ``-o`` = an input (also through ``extends:`` and a symlink), a symlink
(followed to a regular file; dangling or to a FIFO refused), a FIFO, a device, ``-o -``, ``-`` as input,
an unwritable and a missing folder, no temporary file left after a failing write.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from orgmodel._util import write_atomic
from orgmodel.errors import OutputError

from builders import run_cli

MODEL = """id: m
names: {fi: Malli}
org_type: archetype
law: fi/kuntalaki-410-2015
bodies:
  - {id: v, kind: council, names: {fi: Valtuusto}, seats: 27}
  - {id: h, kind: executive_board, names: {fi: Hallitus}, parent: v, seats: 9}
"""


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "m.yaml"
    path.write_text(MODEL, encoding="utf-8")
    return path


run = run_cli


def cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    done: subprocess.CompletedProcess[bytes] = subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-m", "orgmodel", *args], **streams)
    return done


# --- -o names an input ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["check", "{m}", "-o", "{m}"],
    ["render", "{m}", "-o", "{m}", "--format", "svg"],
    ["sheet", "{m}", "-o", "{m}", "--format", "svg"],
    ["compare", "{m}", "-o", "{m}"],
    ["compare", "{m}", "--chart", "{svg}"],
    ["diff", "{m}", "{m2}", "-o", "{m2}"],
])
def test_an_output_never_replaces_an_input(command: list[str], model: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    second = tmp_path / "m2.yaml"
    second.write_text(MODEL.replace("id: m\n", "id: m2\n"), encoding="utf-8")
    svg_model = tmp_path / "m.svg"  # a model whose name ends in .svg, so that --chart accepts it
    svg_model.write_text(MODEL, encoding="utf-8")
    args = [a.format(m=model if "{svg}" not in command else svg_model, m2=second, svg=svg_model) for a in command]
    before = {p: p.read_bytes() for p in (model, second, svg_model)}
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert "refusing to write over an input of this command" in err
    assert {p: p.read_bytes() for p in before} == before


def test_an_input_reached_through_extends_or_a_symlink_is_refused_too(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "_base.yaml"
    base.write_text(MODEL, encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text("extends: _base.yaml\nid: child\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(child)
    for target in (base, link):
        code, _, err = run(capsys, "check", str(child), "-o", str(target))
        assert code == 2 and "refusing to write over an input" in err, err
    assert base.read_text(encoding="utf-8") == MODEL and link.is_symlink()


# --- what kind of file the output is -----------------------------------------------------------


def test_a_symlink_to_a_regular_file_is_followed_and_stays_a_link(model: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    code, _, err = run(capsys, "check", str(model), "-f", "markdown", "-o", str(link))
    assert code == 1, err  # the model has findings; the report is written
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("## Malli")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # an existing file keeps its mode


def _link_to_fifo(path: Path) -> None:
    os.mkfifo(path.parent / "fifo")
    path.symlink_to(path.parent / "fifo")


@pytest.mark.parametrize("make, words", [
    (lambda p: p.symlink_to(p.parent / "nowhere.md"), "symbolic link to a file that does not exist"),
    (lambda p: os.mkfifo(p), "it is a FIFO (named pipe), not a regular file"),
    (lambda p: _link_to_fifo(p), "FIFO (named pipe)"),
    (lambda p: p.symlink_to(p), "Too many levels of symbolic links"),
])
def test_special_outputs_are_refused_and_left_alone(make: object, words: str, model: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.md"
    make(target)  # type: ignore[operator]
    kind = os.lstat(target).st_mode
    code, _, err = run(capsys, "check", str(model), "-o", str(target))
    assert code == 2 and words in err, err
    assert os.lstat(target).st_mode == kind  # not replaced


def test_a_device_is_refused_and_never_replaced(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Decision: every device is refused, /dev/null too (leave out -o, or redirect the standard output).
    code, _, err = run(capsys, "check", str(model), "-o", "/dev/null")
    assert code == 2 and "/dev/null: it is a device, not a regular file" in err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    with pytest.raises(OutputError, match="a device"):
        write_atomic("/dev/null", "x")


def test_a_folder_is_refused(model: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="it is a folder"):
        write_atomic(tmp_path, "x")


# --- standard output and standard input --------------------------------------------------------


def test_dash_writes_text_to_standard_output(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(model), "-o", "-", "-f", "json")
    assert code == 1 and out.startswith("{") and '"path"' in out
    code, out, err = run(capsys, "render", str(model), "-o", "-")  # SVG unless --format says otherwise
    assert code == 0 and out.lstrip().startswith("<?xml") and out.rstrip().endswith("</svg>")
    assert "-: svg-tiedosto, esitystapa screen" in err  # the summary line moves to standard error
    code, out, _ = run(capsys, "schema", "-o", "-")
    assert code == 0 and '"$schema"' in out
    assert not Path("-").exists()


def test_dash_writes_binary_to_a_pipe_but_not_to_a_terminal(model: Path) -> None:
    piped = cli("render", str(model), "-o", "-", "--format", "png")
    assert piped.returncode == 0 and piped.stdout.startswith(b"\x89PNG")
    main_fd, other_fd = os.openpty()
    try:
        on_tty = cli("render", str(model), "-o", "-", "--format", "png", stdout=other_fd)
    finally:
        os.close(other_fd)
        os.close(main_fd)
    assert on_tty.returncode == 2 and b"this format is binary" in on_tty.stderr


def test_dash_as_input_reads_standard_input_named_stdin(model: Path) -> None:
    shown = cli("show", "-", input=model.read_bytes())
    assert shown.returncode == 0 and b"Valtuusto" in shown.stdout
    bad = cli("check", "-", input=b"id: x\nid: y\n")
    assert bad.returncode == 2 and b"<stdin>:2:1: duplicate key 'id'" in bad.stderr
    drawn = cli("render", "-", "-o", "-", input=model.read_bytes())
    assert drawn.returncode == 0 and b"</svg>" in drawn.stdout


# --- folders -----------------------------------------------------------------------------------


def test_a_missing_folder_is_a_user_error_and_is_not_created(model: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["check", str(model)], ["render", str(model)], ["compare", str(model)]):
        code, _, err = run(capsys, *args, "-o", str(tmp_path / "typo" / "out.svg"))
        assert code == 2 and f"cannot write into {tmp_path / 'typo'}: it does not exist" in err, err
    code, _, err = run(capsys, "compare", str(model), "--chart", str(tmp_path / "typo" / "c.svg"))
    assert code == 2 and "it does not exist" in err
    assert not (tmp_path / "typo").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_an_unwritable_folder_is_a_user_error(model: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        for args in (["check", str(model)], ["render", str(model)], ["schema"]):
            code, _, err = run(capsys, *args, "-o", str(ro / "out.svg"))
            assert code == 2 and f"the folder {ro} is not writable" in err, err
    finally:
        ro.chmod(0o700)


def test_a_failing_write_leaves_the_old_file_and_no_temporary_file(model: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.txt"
    target.write_text("old", encoding="utf-8")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    code, _, err = run(capsys, "check", str(model), "-o", str(target))
    assert code == 2 and f"cannot write {target}: No space left on device" in err and "internal" not in err
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.iterdir()] == ["report.txt"]
    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError):
        write_atomic(out / "new.txt", "x")
    assert [p.name for p in out.iterdir()] == ["report.txt"]
