"""A user's own labelled file (CSV, TSV or JSON Lines) as train/validation/test splits."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from zoo.evaluation.datasets import Pair, stratified_split
from zoo.errors import ZooError


def read_labelled(path: Path, text_col: str, label_col: str) -> list[Pair]:
    """(text, label) pairs from a .csv/.tsv (header row) or .jsonl file; errors name the file and row."""
    if not path.is_file():
        raise ZooError(f"{path} not found")
    rows: list[dict[str, Any]]
    with open(path, encoding="utf-8", newline="") as fh:
        if path.suffix in (".jsonl", ".json"):
            rows = []
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError:
                        raise ZooError(f"{path} line {number}: not JSON") from None
        else:
            rows = list(csv.DictReader(fh, delimiter="\t" if path.suffix == ".tsv" else ","))
    pairs = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or text_col not in row or label_col not in row:
            raise ZooError(f"{path} row {number}: needs columns {text_col!r} and {label_col!r} (see --text-col/--label-col)")
        text, label = str(row[text_col] or ""), str(row[label_col]).strip()
        if text.strip() and label:
            pairs.append((text, label))
    if len({l for _, l in pairs}) < 2:
        raise ZooError(f"{path}: need at least two different labels in column {label_col!r}")
    return pairs


def user_splits(train: Path, text_col: str, label_col: str, valid: Path | None = None,
                test: Path | None = None) -> dict[str, list[Pair]]:
    """Splits from the user's files; what is not given is carved from train (stratified, seed 13)."""
    pairs = read_labelled(train, text_col, label_col)
    carved = stratified_split(pairs, (0.0 if valid else 0.1, 0.0 if test else 0.1), seed=13)
    return {"train": carved["train"],
            "validation": read_labelled(valid, text_col, label_col) if valid else carved["validation"],
            "test": read_labelled(test, text_col, label_col) if test else carved["test"]}
