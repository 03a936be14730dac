"""Exhaustive checks spread over the machine's cores.

The suite runs one test at a time, so a test that tries every pattern on every text leaves
the other cores idle. ``fan_out`` runs such a check in a forked pool: the workers share what
the parent process compiled and loaded, and only indices and findings cross between them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any

_CHECK: Callable[[int], list[Any]] | None = None  # set before the pool forks


def _run(i: int) -> list[Any]:
    assert _CHECK is not None
    return _CHECK(i)


def fan_out(check: Callable[[int], list[Any]], n: int) -> list[Any]:
    """``check(i)`` for every i in range(n), on every core: their results joined, in order
    (``check`` returns plain data; it may be a closure, as the pool is forked)."""
    global _CHECK
    workers = min(os.cpu_count() or 1, n)
    if workers < 2:
        return [r for i in range(n) for r in check(i)]
    _CHECK = check
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_run, range(n), chunksize=max(1, n // (workers * 16)))
    finally:
        _CHECK = None
    return [r for part in parts for r in part]
