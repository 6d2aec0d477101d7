"""The benchmarks' harness (benchmarks/pairing.py): the figures it reports and the exit code it gives.

Fake runners and clocks give hand-computed figures; the real benchmarks are never run here.
"""

from __future__ import annotations

import doctest
import gc
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from builders import benchmark_module

pairing = benchmark_module("pairing.py")


def scripted(values: list[float], log: list[str] | None = None, name: str = "") -> Callable[[], float]:
    """A runner that 'takes' the given seconds, one per call, noting its name in ``log``."""
    it: Iterator[float] = iter(values)

    def run() -> float:
        if log is not None:
            log.append(name)
        return next(it)
    return run


def test_the_figure_is_the_median_of_the_per_round_ratios_not_the_ratio_of_medians() -> None:
    runners = {"subject": scripted([2.0, 3.0, 10.0]), "floor": scripted([1.0, 2.0, 2.0])}
    s = pairing.interleave(runners, rounds=3, collect=lambda: None)
    t = pairing.Target("t", s["subject"], s["floor"], 1.8)
    # rounds 2/1, 3/2, 10/2 -> ratios 2.0, 1.5, 5.0 -> median 2.0 (the medians' ratio would be 3/2 = 1.5)
    assert t.ratios == [2.0, 1.5, 5.0]
    assert t.figure == 2.0
    assert (s["subject"].min, s["subject"].median, s["subject"].max) == (2.0, 3.0, 10.0)
    assert (s["floor"].min, s["floor"].median, s["floor"].max) == (1.0, 2.0, 2.0)
    assert t.missed and t.verdict() == "MISSED"
    assert not pairing.Target("t", s["subject"], s["floor"], 2.0).missed  # at the limit is met


def test_rounds_rotate_the_order_and_collect_outside_each_measurement() -> None:
    log: list[str] = []
    runners = {n: scripted([1.0] * 4, log, n) for n in ("a", "b", "c")}
    pairing.interleave(runners, rounds=4, collect=lambda: log.append("gc"))
    assert [x for x in log if x != "gc"] == list("abc" "bca" "cab" "abc")
    assert log[:4] == ["gc", "a", "gc", "b"] and log.count("gc") == 12


def test_rotation_doctest() -> None:
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for test in finder.find(pairing.rotation, "rotation"):
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_finish_returns_1_and_names_every_miss_but_not_the_met_or_info_lines(tmp_path: Path) -> None:
    def series(label: str, *values: float) -> Any:
        return pairing.Series(label, list(values))

    floor = series("floor", 1.0, 1.0, 1.0)
    targets = [
        pairing.Target("fast enough", series("a", 1.0, 1.1, 1.2), floor, 1.5),
        pairing.Target("too slow", series("b", 2.0, 2.0, 2.0), floor, 1.5),
        pairing.Target("far too slow", series("c", 9.0, 9.0, 9.0), floor, 1.5),
        pairing.Target("for information", series("d", 50.0, 50.0, 50.0), floor, None),
    ]
    lines: list[str] = []
    code = pairing.finish("demo", targets, out=lines.append, results=tmp_path / "demo.json")
    assert code == 1
    summary = lines[-1]
    assert "too slow (2.00x" in summary and "far too slow (9.00x" in summary
    assert "fast enough" not in summary and "for information" not in summary
    verdicts = {r["name"]: r["verdict"] for r in json.loads((tmp_path / "demo.json").read_text())}
    assert verdicts == {"fast enough": "met", "too slow": "MISSED", "far too slow": "MISSED",
                        "for information": "info"}
    assert pairing.finish("demo", [targets[0], targets[3]], out=lines.append) == 0


def test_a_timeout_is_a_miss_shown_as_over_the_limit_and_is_not_run_again() -> None:
    calls: list[str] = []

    def slow() -> float:
        calls.append("slow")
        if len(calls) > 1:
            raise pairing.TimedOut(240)
        return 1.0

    s = pairing.interleave({"slow": slow, "floor": scripted([1.0] * 3)}, rounds=3, collect=lambda: None)
    assert calls == ["slow", "slow"] and s["slow"].values == [1.0] and s["slow"].over == 240
    assert len(s["floor"].values) == 3
    t = pairing.Target("render", s["slow"], s["floor"], 2.0)
    assert t.missed  # the one round that finished was within the limit: the timeout still misses
    never = pairing.Target("render", pairing.Series("x", [], over=240), s["floor"], 2.0)
    assert never.missed and never.figure is None and never.figure_text() == "> 240 s"


def test_a_target_without_floor_holds_the_median_to_the_limit() -> None:
    t = pairing.Target("diff", pairing.Series("diff", [0.5, 0.9, 2.0]), None, 1.0)
    assert t.figure == 0.9 and not t.missed
    assert pairing.Target("diff", pairing.Series("diff", [0.5, 1.1, 2.0]), None, 1.0).missed


@pytest.mark.parametrize("paused", [True, False])
def test_call_pauses_the_collector_only_when_asked_and_restores_it(paused: bool) -> None:
    seen: list[bool] = []
    ticks = iter([10.0, 10.25])
    run = pairing.call(lambda: seen.append(gc.isenabled()), paused_gc=paused, clock=lambda: next(ticks))
    assert gc.isenabled()
    assert run() == 0.25
    assert seen == [not paused] and gc.isenabled()


def test_call_frees_the_result_after_the_clock_stops() -> None:
    events: list[str] = []

    class Result:
        def __del__(self) -> None:
            events.append("freed")

    def clock() -> float:
        events.append("clock")
        return float(len(events))

    pairing.call(Result, clock=clock)()
    assert events == ["clock", "clock", "freed"]


def test_call_leaves_a_paused_collector_paused() -> None:
    gc.disable()
    try:
        pairing.call(lambda: None, paused_gc=True)()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_child_environment_has_no_dont_write_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pairing.clean_env({"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/bin"}) == {"PATH": "/bin"}
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    probe = "import os, sys; sys.exit(3 if 'PYTHONDONTWRITEBYTECODE' in os.environ else 0)"
    assert pairing.command([sys.executable, "-c", probe])() > 0  # exit 3 would raise


def test_command_refuses_an_unexpected_exit_code_and_accepts_the_listed_ones() -> None:
    argv = [sys.executable, "-c", "import sys; sys.exit(1)"]
    with pytest.raises(RuntimeError, match="exited 1"):
        pairing.command(argv)()
    assert pairing.command(argv, ok=(0, 1))() > 0


def test_a_child_past_its_timeout_times_out() -> None:
    argv = [sys.executable, "-c", "import time; time.sleep(10)"]
    with pytest.raises(pairing.TimedOut):
        pairing.command(argv, timeout=0.3)()
    with pytest.raises(pairing.TimedOut):
        pairing.reported(argv, timeout=0.3)()


def test_reported_takes_the_seconds_the_child_prints_last() -> None:
    run = pairing.reported([sys.executable, "-c", "print('warming up'); print(0.125)"])
    assert run() == 0.125
