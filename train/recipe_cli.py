"""The command-line options every recipe script shares, and the resolving of recipe names and --set overrides."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

import torch

from zoo.errors import ZooError


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir, --runs, --resume, --no-publish, --epochs, --max-steps and --threads."""
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for checkpoints and unpublished entries")
    parser.add_argument("--resume", action="store_true", help="continue from the last epoch checkpoint")
    parser.add_argument("--no-publish", action="store_true", help="write into RUNS/entries, not the zoo")
    parser.add_argument("--epochs", type=int, help="override the preset's epoch count")
    parser.add_argument("--max-steps", type=int, help="stop after N optimizer steps (smoke tests)")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")


def add_set_option(parser: argparse.ArgumentParser, example: str) -> None:
    """--set KEY=VALUE, repeatable."""
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help=f"override a recipe field, e.g. {example}")


def parse_overrides(items: list[str], known: set[str]) -> dict[str, Any]:
    """KEY=VALUE strings -> {key: JSON value (or the raw string)}; keys must exist in the recipes."""
    out: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or key not in known:
            raise ValueError(f"--set {item!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(known))}")
        try:
            out[key] = json.loads(raw)
        except json.JSONDecodeError:
            out[key] = raw
    return out


def chosen_recipes(args: argparse.Namespace, presets: dict[str, dict[str, Any]]
                   ) -> tuple[list[str], dict[str, Any]] | int:
    """(recipe names, --set overrides) from the parsed options, with torch's threads set; or exit status 2 after
    one error line (an unknown recipe or field)."""
    names = list(presets) if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in presets]
    if unknown:
        print(f"error: unknown recipe(s) {', '.join(unknown)}; known: {', '.join(presets)}", file=sys.stderr)
        return 2
    try:
        overrides = parse_overrides(args.set, set(next(iter(presets.values()))))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.threads:
        torch.set_num_threads(args.threads)
    return names, overrides


def run_recipes(names: list[str], train_one: Callable[[str], Any], failure_code: int = 1) -> int:
    """Train each named recipe in turn; a ZooError stops the run with its message (no traceback) and failure_code."""
    try:
        for name in names:
            train_one(name)
    except ZooError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return failure_code
    return 0
