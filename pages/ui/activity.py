"""Whether the server is busy with script runs: the warm-up imports torch only in a quiet moment.

app.py wraps every script run in `script_run()`. `wait_for_quiet` returns once at least one run has ended and
none has started or ended for a while (or, when no browser comes at all, after a time limit).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_runs_ended = 0
_last_change = time.monotonic()


@contextmanager
def script_run() -> Iterator[None]:
    """Count one script run as running until it ends, however it ends (rerun and stop raise through here)."""
    global _running, _runs_ended, _last_change
    with _lock:
        _running += 1
        _last_change = time.monotonic()
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            _runs_ended += 1
            _last_change = time.monotonic()


def activity() -> tuple[int, int, float]:
    """(runs running now, runs ended so far, monotonic time of the last start or end)."""
    with _lock:
        return _running, _runs_ended, _last_change


def wait_for_quiet(quiet_s: float, no_visit_s: float, poll_s: float = 0.05,
                   clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                   read: Callable[[], tuple[int, int, float]] = activity) -> float:
    """Block until a run has ended and nothing ran for quiet_s, or no run ended within no_visit_s; seconds waited."""
    started = clock()
    while True:
        running, ended, last_change = read()
        now = clock()
        if not running and (ended and now - last_change >= quiet_s or not ended and now - started >= no_visit_s):
            return now - started
        sleep(poll_s)
