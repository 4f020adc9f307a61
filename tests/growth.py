"""Growth-ratio checks: an extractor must run in linear time, even on adversarial text.

This is not a speed test: it compares the same function on input of size n and 4n, and
fails only when the time grows far faster than the input (quadratic growth gives a ratio
near 16; linear near 4). Best-of-several timings keep machine noise out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Ratio of times for 4x the input above which we call the growth super-linear.
MAX_RATIO_FOR_4X = 9.0


def best_time(func: Callable[[str], object], text: str, repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - started)
    return best


def growth_ratio(func: Callable[[str], object], make_text: Callable[[int], str],
                 size: int = 50_000) -> float:
    """Time on ``make_text(4 * size)`` divided by time on ``make_text(size)``."""
    func(make_text(1000))  # warm up caches, lazy imports, compiled regexes
    small = best_time(func, make_text(size))
    large = best_time(func, make_text(4 * size))
    return large / max(small, 1e-6)


def assert_linear_time(func: Callable[[str], object], make_text: Callable[[int], str],
                       size: int = 50_000) -> None:
    """Fail if ``func`` grows clearly faster than linearly on ``make_text`` input.

    ``make_text(n)`` must return a text of about ``n`` characters.
    """
    ratio = growth_ratio(func, make_text, size)
    for _ in range(2):
        if ratio <= MAX_RATIO_FOR_4X:
            break
        # Retry: a slow run on a busy machine should not fail the suite; a quadratic
        # algorithm fails every time.
        ratio = min(ratio, growth_ratio(func, make_text, size))
    assert ratio <= MAX_RATIO_FOR_4X, (
        f"4x the input took {ratio:.1f}x the time (linear is ~4, quadratic ~16)"
    )
