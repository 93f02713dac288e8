"""The warm-up's quiet-moment rule (pages/ui/activity.py), on a fake clock: no wall-clock time is asserted."""
from __future__ import annotations

import pytest

from pages.ui import activity


class FakeTime:
    """A clock that moves only when the code under test sleeps, and a script of runs along it."""

    def __init__(self, runs: list[tuple[float, float]]) -> None:
        self.now, self.runs = 0.0, runs  # runs: (start, end) in fake seconds

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def read(self) -> tuple[int, int, float]:
        running = sum(1 for start, end in self.runs if start <= self.now < end)
        ended = sum(1 for _, end in self.runs if end <= self.now)
        changes = [t for run in self.runs for t in run if t <= self.now]
        return running, ended, max(changes, default=0.0)


def wait(runs: list[tuple[float, float]], quiet_s: float = 3.0, no_visit_s: float = 20.0) -> float:
    fake = FakeTime(runs)
    return activity.wait_for_quiet(quiet_s, no_visit_s, poll_s=0.05, clock=lambda: fake.now, sleep=fake.sleep,
                                   read=fake.read)


def test_waits_for_the_first_run_to_end_then_for_quiet() -> None:
    assert wait([(2.0, 2.5)]) == pytest.approx(5.5, abs=0.06)


def test_each_new_run_restarts_the_quiet_time() -> None:
    assert wait([(2.0, 2.5), (3.0, 3.4), (5.0, 6.0)]) == pytest.approx(9.0, abs=0.06)


def test_a_long_run_is_never_interrupted() -> None:
    assert wait([(2.0, 30.0)]) == pytest.approx(33.0, abs=0.06)


def test_no_browser_at_all_ends_the_wait_after_the_limit() -> None:
    assert wait([]) == pytest.approx(20.0, abs=0.06)


def test_script_run_counts_runs_that_end_by_an_exception() -> None:
    running, ended, _ = activity.activity()
    with pytest.raises(RuntimeError):
        with activity.script_run():
            assert activity.activity()[0] == running + 1
            raise RuntimeError("st.rerun raises through the run")
    assert activity.activity()[:2] == (running, ended + 1)
