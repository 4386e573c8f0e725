"""A per-article time limit for coding: a watchdog that rejects, not a crash.

Why a timer signal: coding is pure Python and spaCy on the main thread, so the
only way to stop a runaway article without a worker process is to interrupt it.
`deadline` arms ``SIGALRM`` (main thread, POSIX) for the given seconds and
raises `ArticleTimeoutError` inside the coder when they run out; the batch runner
catches it like any other coding failure, rejects that article with the reason
and goes on. Elsewhere (another thread, Windows) it does nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class ArticleTimeoutError(Exception):
    """Coding took longer than the `article_seconds` setting allows."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `ArticleTimeoutError` in the block if it runs longer than `seconds` (0 = no limit)."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise ArticleTimeoutError(f"coding took longer than {seconds:g} s (limit article_seconds)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
