"""Shared pieces of the benchmarks: the machine description, timing, text sources, tables, results.md.

Every figure is a ratio or a percentile measured side by side in one run; the thread count and the
machine's load at the time are recorded with it (these machines also train models in the background).
"""
from __future__ import annotations

import os
import platform
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.md"

# Written for the benchmark (never dataset text): used when the data directory is absent.
WRITTEN = [
    "The film starts slowly, but the second half is gripping and the two leads are wonderful together; "
    "I left the cinema smiling and would happily watch it again with friends next weekend.",
    "Are we still meeting for lunch tomorrow at the usual place? I can bring the notes from class and we "
    "could go over the homework together before the exam on Friday afternoon.",
    "URGENT! Your mobile number has won a 2000 pound cash prize. To claim, call 09061234567 before midnight "
    "tonight; standard rates apply, reply STOP to opt out of further messages from us.",
    "A dull, overlong mess: the plot makes no sense, the jokes fall flat and even the music is annoying.",
]


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or platform's guess)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(threads: int | str | None = None) -> str:
    """One line: CPU model, cores, torch version and threads (a number, or words), and the load average now."""
    import torch

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = "/".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    threads = threads if isinstance(threads, str) else f"{threads or torch.get_num_threads()} torch thread(s)"
    return (f"{cpu_model()}, {cores} cores ({os.cpu_count()} online), Python {platform.python_version()}, "
            f"torch {torch.__version__}, {threads}, load average {load} (1/5/15 min)")


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def data_texts(dataset: str, split: str, n: int, seed: int = 0) -> list[str]:
    """n texts (inputs) of a dataset split read at run time from the data directory, fixed seed; [] if absent."""
    from zoo.evaluation.datasets import load_split
    from zoo.errors import ZooError

    try:
        pairs = load_split(dataset, split)
    except (ZooError, OSError):
        return []
    texts = [t for t, _ in pairs if t.strip()]
    random.Random(seed).shuffle(texts)
    return texts[:n]


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table (also readable as plain text)."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda items: "| " + " | ".join(s.ljust(w) for s, w in zip(items, widths)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells)])


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("meets" if ok else "MISSES")


def write_section(name: str, text: str) -> None:
    """Replace (or add) one benchmark's section of bench/results.md, keeping the others."""
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{text.strip()}\n{end}"
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else (
        "# Benchmark results\n\nWritten by `python -m bench` (each section by its own benchmark; rerun one with "
        "`python -m bench NAME`). Figures are ratios or percentiles measured side by side in one run; every "
        "section states its machine, threads and the load average at the time.\n")
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    new = pattern.sub(lambda _: block, old) if pattern.search(old) else old.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(new, encoding="utf-8")
