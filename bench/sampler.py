"""A small sampling profiler for code that runs in other threads (Streamlit's AppTest runs the page script in
its own thread, which cProfile does not see): every few milliseconds it reads every thread's stack and
counts, per function, the samples whose stack contains it (inclusive time share).
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from pathlib import Path

REPO = str(Path(__file__).resolve().parents[1])
# our code, and the libraries' work on it (figures, element marshalling), not the runners around it
INCLUDE = ("zoo/", "pages/", "plotly/", "streamlit/elements/", "streamlit/runtime/caching/", "torch/nn/")


class Sampler:
    """`with Sampler(marker) as s: ...`, then `s.top(n)`: functions by share of the samples taken while a
    thread was inside a file whose path contains `marker` (e.g. "/pages/")."""

    def __init__(self, marker: str, interval_s: float = 0.002) -> None:
        self.marker, self.interval = marker, interval_s
        self.counts: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()

    def _name(self, code) -> str:
        path = code.co_filename
        if "site-packages/" in path:
            short = path.split("site-packages/", 1)[1]
        else:
            short = path[len(REPO) + 1:] if path.startswith(REPO) else "/".join(Path(path).parts[-2:])
        return f"{short}:{code.co_name}"

    def _run(self) -> None:
        own = threading.get_ident()
        while not self._stop.wait(self.interval):
            for tid, frame in sys._current_frames().items():
                if tid == own:
                    continue
                names, inside = set(), False
                while frame is not None:
                    inside = inside or self.marker in frame.f_code.co_filename
                    names.add(self._name(frame.f_code))
                    frame = frame.f_back
                if inside:
                    self.samples += 1
                    self.counts.update(names)

    def __enter__(self) -> "Sampler":
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def top(self, n: int = 15, include: tuple[str, ...] = INCLUDE) -> list[tuple[str, float]]:
        """The n functions (in files whose path starts with one of include) with the largest inclusive share."""
        rows = [(name, count / max(self.samples, 1)) for name, count in self.counts.most_common()
                if name.startswith(include)]
        return rows[:n]


def timed_runs(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out
