"""`python -m bench [inference|training|app|load ...] [--quick]`: run benchmarks, print tables, update
bench/results.md. With no names, all four run (inference, training, app, load).
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")  # before anything imports tqdm: no progress bars in the tables

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from importlib import import_module  # noqa: E402

BENCHMARKS = {"inference": ("bench.inference", "run"), "training": ("bench.training", "run"),
              "app": ("bench.browser", "run_app"), "load": ("bench.browser", "run_load")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run; figures are noisier)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    sections = []
    for name in args.names or list(BENCHMARKS):
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        module, function = BENCHMARKS[name]
        sections.append(getattr(import_module(module), function)(quick=args.quick))
        print(f"({name} took {time.perf_counter() - start:.0f} s)", flush=True)
    print("\n" + "\n\n".join(sections))
    print("\n(written to bench/results.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
