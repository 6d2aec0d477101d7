"""The benchmarks' harness: paired, interleaved measurements and targets that fail when missed.

A subject is always timed next to a floor (the least the same work could cost: ``import click``
for ``orgmodel --help``, PyYAML's composer for loading YAML). Both run in the same rounds, the
order rotated every round, so that a slow moment of the machine (another job, a frequency step)
falls on both; each round gives one ratio subject / floor, and a target compares the median of
those ratios with its limit. The garbage collector runs between measurements, never inside one.

    runners = {"help": command([ORGMODEL, "--help"]), "click": command([PY, "-c", "import click"])}
    series = interleave(runners, rounds=21)
    sys.exit(finish("start-up", [Target("--help", series["help"], series["click"], 1.1)]))
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
Runner = Callable[[], float]  # does the work once, returns the seconds it took
Clock = Callable[[], float]

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "orgmodel"
OUT = Path(__file__).resolve().parent / "out"
#: When set, finish() also writes its targets there as NAME.json (run_all.py reads them for its summary).
RESULTS_ENV = "ORGMODEL_BENCH_RESULTS"


class TimedOut(Exception):
    """A measurement gave up after ``seconds``: the target it belongs to is missed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"> {seconds:g} s")
        self.seconds = seconds


@dataclass
class Series:
    """One subject's values (seconds, or any unit), one per round; ``over`` when it timed out."""

    label: str
    values: list[float] = field(default_factory=list)
    over: float | None = None
    unit: str = "s"

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    def describe(self) -> str:
        """``min / median / max`` (or ``> 240 s`` when it timed out before any value)."""
        if not self.values:
            return f"> {self.over:g} {self.unit}" if self.over is not None else "no value"
        shown = (self.min, self.median, self.max) if len(self.values) > 1 else self.values  # one value: once
        text = " / ".join(_fmt(v, self.unit) for v in shown)
        return text + (f" (then > {self.over:g} {self.unit})" if self.over is not None else "")


@dataclass
class Target:
    """``subject`` at most ``limit`` times ``floor`` (median of the per-round ratios).

    Without a floor, the subject's median itself is held to ``limit`` (in its unit). A ``limit``
    of None makes the line information only: reported, never missed.
    """

    name: str
    subject: Series
    floor: Series | None
    limit: float | None

    @property
    def ratios(self) -> list[float]:
        """Subject / floor of each round both measured (rounds are paired by position)."""
        if self.floor is None:
            return []
        return [s / f for s, f in zip(self.subject.values, self.floor.values, strict=False)]

    @property
    def figure(self) -> float | None:
        """What the limit is compared with: the median ratio, or the subject's median without a floor."""
        if self.subject.over is not None and not self.subject.values:
            return None
        if self.floor is None:
            return self.subject.median
        ratios = self.ratios
        return statistics.median(ratios) if ratios else None

    @property
    def missed(self) -> bool:
        if self.limit is None:
            return False
        if self.subject.over is not None:  # a timeout misses, whatever the rounds before it said
            return True
        figure = self.figure
        return figure is None or figure > self.limit

    def verdict(self) -> str:
        if self.limit is None:
            return "info"
        return "MISSED" if self.missed else "met"

    def figure_text(self) -> str:
        figure = self.figure
        if figure is None:
            return self.subject.describe() if self.subject.over is not None else "-"
        if self.floor is None:
            return _fmt(figure, self.subject.unit)
        return f"{figure:.2f}x"

    def limit_text(self) -> str:
        if self.limit is None:
            return ""
        return f"<= {self.limit:g}x" if self.floor is not None else f"<= {_fmt(self.limit, self.subject.unit)}"


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.3f} s"
    return f"{value:,.0f} {unit}" if unit == "B" else f"{value:.2f} {unit}"


# --- measuring --------------------------------------------------------------------------------


def rotation(names: Sequence[str], round_no: int) -> list[str]:
    """The order of round ``round_no``: the list rotated by one more place each round.

    >>> rotation(["a", "b", "c"], 0), rotation(["a", "b", "c"], 1), rotation(["a", "b", "c"], 4)
    (['a', 'b', 'c'], ['b', 'c', 'a'], ['b', 'c', 'a'])
    """
    k = round_no % len(names) if names else 0
    return [*names[k:], *names[:k]]


def interleave(runners: Mapping[str, Runner], rounds: int, *, collect: Callable[[], object] = gc.collect,
               log: Callable[[str], None] | None = None) -> dict[str, Series]:
    """Run every runner once per round, the order rotated each round; a Series per runner.

    The collector runs before each measurement (outside it: the runner times only its work). A
    runner that times out keeps its values so far, is marked ``over`` and is not run again.
    """
    series = {name: Series(name) for name in runners}
    for r in range(rounds):
        for name in rotation(list(runners), r):
            s = series[name]
            if s.over is not None:
                continue
            collect()
            try:
                s.values.append(runners[name]())
            except TimedOut as e:
                s.over = e.seconds
        if log is not None:
            log(f"  round {r + 1}/{rounds} done")
    return series


def call(fn: Callable[[], object], *, paused_gc: bool = False, clock: Clock = time.perf_counter) -> Runner:
    """A runner timing ``fn()`` in this process (its result is freed after the clock stops);
    ``paused_gc`` pauses the collector around it.

    Give the floor ``paused_gc=True`` whenever the subject pauses the collector itself (orgmodel's
    loader does): otherwise the floor pays for collector passes the subject skips.
    """
    def run() -> float:
        was_enabled = gc.isenabled()
        if paused_gc:
            gc.disable()
        try:
            start = clock()
            result = fn()
            elapsed = clock() - start
            # freed after the clock stops: a 10k-body result takes tens of ms to free, which no
            # command pays (it exits) and which would land on whichever side made more objects
            del result
            return elapsed
        finally:
            if was_enabled:
                gc.enable()
    return run


def clean_env(base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The environment for a timed child: without PYTHONDONTWRITEBYTECODE, so that it reads the
    cached bytecode (a shell that sets it would have every start-up compile its modules again)."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def compile_sources(python: str = sys.executable, folders: Iterable[Path] = (SRC,)) -> None:
    """Write the .pyc files a start-up reads (a child would otherwise compile from source each time)."""
    subprocess.run([python, "-m", "compileall", "-q", *map(str, folders)], check=True, env=clean_env(),
                   stdout=subprocess.DEVNULL)


def command(argv: Sequence[str], *, ok: Iterable[int] = (0,), timeout: float | None = None,
            env: Mapping[str, str] | None = None, clock: Clock = time.perf_counter) -> Runner:
    """A runner timing ``argv`` as a whole process (start to exit), in :func:`clean_env`.

    An exit code outside ``ok`` is an error (a benchmark of a failing command measures nothing).
    """
    codes, args, child_env = set(ok), list(argv), clean_env(env)

    def run() -> float:
        start = clock()
        try:
            done = subprocess.run(args, env=child_env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TimedOut(timeout or 0) from None
        took = clock() - start
        if done.returncode not in codes:
            raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
        return took
    return run


def reported(argv: Sequence[str], *, timeout: float | None = None, env: Mapping[str, str] | None = None) -> Runner:
    """A runner taking the seconds a child prints as its last line of output (it times its own work,
    past its start-up and warm-up); a child that runs past ``timeout`` is killed and times out."""
    args, child_env = list(argv), clean_env(env)

    def run() -> float:
        try:
            done = subprocess.run(args, env=child_env, capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            raise TimedOut(timeout or 0) from None
        return float(done.stdout.strip().splitlines()[-1])
    return run


def repeated(fn: Callable[[], T], rounds: int, label: str = "", *, paused_gc: bool = False) -> tuple[Series, T]:
    """``fn`` timed ``rounds`` times (a target with a fixed limit); the Series and the last result."""
    results: list[T] = []
    runner = call(lambda: results.append(fn()), paused_gc=paused_gc)
    series = interleave({label or "value": runner}, rounds)
    return next(iter(series.values())), results[-1]


# --- reporting --------------------------------------------------------------------------------


def table(targets: Sequence[Target]) -> str:
    """Name, subject and floor as min / median / max, the figure, its limit and the verdict."""
    rows = [("target", "subject min / median / max", "floor min / median / max", "figure", "limit", "")]
    for t in targets:
        rows.append((t.name, _side(t.subject), _side(t.floor), t.figure_text(), t.limit_text(), t.verdict()))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
                     for row in rows)


def finish(title: str, targets: Sequence[Target], *, out: Callable[[str], None] = print,
           results: Path | None = None) -> int:
    """Print the table and the misses; 1 when any target is missed (each named), else 0.

    The targets also go to ``results`` (default: $ORGMODEL_BENCH_RESULTS/TITLE.json when set).
    """
    out(f"\n== {title} ==")
    out(table(targets))
    missed = [t for t in targets if t.missed]
    if missed:
        out(f"{title}: MISSED {len(missed)} target(s): " + "; ".join(
            f"{t.name} ({t.figure_text()}, limit {t.limit_text()})" for t in missed))
    elif all(t.limit is None for t in targets):
        out(f"{title}: information only, no targets")
    else:
        out(f"{title}: every target met")
    folder = os.environ.get(RESULTS_ENV)
    if results is None and folder:
        results = Path(folder) / f"{title}.json"
    if results is not None:
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps([_record(t) for t in targets], indent=1), encoding="utf-8")
    return 1 if missed else 0


def _side(s: Series | None) -> str:
    if s is None:
        return ""
    return f"{s.label}: {s.describe()}" if s.label else s.describe()


def _record(t: Target) -> dict[str, object]:
    return {"name": t.name, "subject": _side(t.subject), "floor": _side(t.floor),
            "figure": t.figure_text(), "limit": t.limit_text(), "verdict": t.verdict()}
