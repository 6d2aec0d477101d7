"""The benchmarks' timer: the best of a few runs of a function (the least disturbed by other work)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best_of(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The shortest time of ``repeat`` calls of ``fn`` (at least one), and the last call's result."""
    times = []
    for _ in range(repeat - 1):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    result = fn()
    times.append(time.perf_counter() - t)
    return min(times), result


def best(fn: Callable[[], object], repeat: int) -> float:
    """The shortest time of ``repeat`` calls of ``fn`` (at least one)."""
    return best_of(fn, repeat)[0]
