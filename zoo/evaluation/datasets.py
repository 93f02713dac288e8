"""Readers and fixed-seed splits of the datasets in the data directory (never bundled with the code).

The data directory is --data-dir, else ZOO_DATA_DIR, else data/ beside the zoo package.
Classification examples are (text, label) pairs; translation examples are (source, target) pairs.
"""
from __future__ import annotations

import csv
import functools
import gzip
import io
import os
import random
from collections.abc import Callable
from pathlib import Path

from zoo.errors import ZooError
from zoo.evaluation.phrases import hold_out_sentences

Pair = tuple[str, str]
SPLITS = ("train", "validation", "test")


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """Resolve the data directory from the argument, ZOO_DATA_DIR, or data/ in the checkout."""
    if explicit:
        return Path(explicit)
    if os.environ.get("ZOO_DATA_DIR"):
        return Path(os.environ["ZOO_DATA_DIR"])
    return Path(__file__).resolve().parents[2] / "data"


def _open_text(path: Path) -> io.TextIOBase:
    if not path.is_file():
        raise ZooError(f"dataset file {path} not found; point --data-dir or ZOO_DATA_DIR at the data folder")
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def stratified_split(pairs: list[Pair], fractions: tuple[float, float], seed: int) -> dict[str, list[Pair]]:
    """Split into train/validation/test keeping label shares; fractions are (validation, test)."""
    by_label: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_label.setdefault(pair[1], []).append(pair)
    out: dict[str, list[Pair]] = {s: [] for s in SPLITS}
    rng = random.Random(seed)
    for label in sorted(by_label):
        group = by_label[label]
        rng.shuffle(group)
        n_val, n_test = round(len(group) * fractions[0]), round(len(group) * fractions[1])
        out["test"] += group[:n_test]
        out["validation"] += group[n_test:n_test + n_val]
        out["train"] += group[n_test + n_val:]
    for split in SPLITS:
        rng.shuffle(out[split])
    return out


def _dedupe(pairs: list[Pair]) -> list[Pair]:
    seen: dict[str, Pair] = {}
    for text, label in pairs:
        seen.setdefault(text, (text, label))
    return list(seen.values())


def _carve(train: list[Pair], test: list[Pair], val_fraction: float, seed: int) -> dict[str, list[Pair]]:
    parts = stratified_split(train, (val_fraction, 0.0), seed)
    return {"train": parts["train"], "validation": parts["validation"], "test": test}


def sms_spam(root: Path) -> dict[str, list[Pair]]:
    """SMS Spam Collection: exact duplicates removed, then a stratified 80/10/10 split, seed 13."""
    with _open_text(root / "sms-spam" / "SMSSpamCollection") as fh:
        pairs = [tuple(line.rstrip("\n").split("\t", 1)) for line in fh if line.strip()]
    return stratified_split(_dedupe([(t, l) for l, t in pairs]), (0.1, 0.1), seed=13)


def _imdb_file(path: Path) -> list[Pair]:
    with _open_text(path) as fh:
        return [(row["text"], row["label"]) for row in csv.DictReader(fh)]


def imdb(root: Path) -> dict[str, list[Pair]]:
    """IMDB: 10% of train (stratified, seed 13) for validation; the official 25k test.

    The reviews are as distributed, HTML line breaks (<br />) and all: the IMDB entries' tokenizers remove them
    (their normalizer, the recipes' "html-breaks" clean-up), so evaluation reads what users paste.
    """
    return _carve(_imdb_file(root / "imdb" / "train.csv.gz"), _imdb_file(root / "imdb" / "test.csv.gz"), 0.1, 13)


def _tsv(path: Path, text_col: str, label_col: str) -> list[Pair]:
    names = {"0": "neg", "1": "pos"}
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row[text_col] or "", names[row[label_col]]) for row in reader if (row[text_col] or "").strip()]


def sst2(root: Path) -> dict[str, list[Pair]]:
    """SST-2: 10% of the train split's whole sentences (stratified, seed 13) held out for validation, with every
    phrase only they contain (zoo.evaluation.phrases); the GLUE dev set (872 sentences) as the reported split."""
    path = root / "sst2" / "train.tsv.gz"
    stat = path.stat() if path.is_file() else None
    train, validation = _sst2_train_split(str(path.resolve()), stat.st_mtime_ns if stat else 0)
    return {"train": list(train), "validation": list(validation),
            "test": _tsv(root / "sst2" / "dev.tsv", "sentence", "label")}


@functools.lru_cache(maxsize=2)
def _sst2_train_split(path: str, mtime_ns: int) -> tuple[tuple[Pair, ...], tuple[Pair, ...]]:
    """SST-2's train/validation split, computed once per file version (about 2 s)."""
    train, validation = hold_out_sentences(_dedupe(_tsv(Path(path), "sentence", "label")), 0.1, 13)
    return tuple(train), tuple(validation)


def nsmc(root: Path) -> dict[str, list[Pair]]:
    """NSMC: 5% of the rebuilt train file for validation (seed 13); the official 50k test."""
    train = _tsv(root / "nsmc" / "ratings_train_rebuilt.txt.gz", "document", "label")
    return _carve(train, _tsv(root / "nsmc" / "ratings_test.txt.gz", "document", "label"), 0.05, 13)


def _lines(path: Path) -> list[str]:
    with _open_text(path) as fh:
        return [line.rstrip("\n") for line in fh]


def multi30k(root: Path, src: str, tgt: str) -> dict[str, list[Pair]]:
    """Multi30k: official train / val / test_2016_flickr, line-aligned."""
    files = {"train": "train", "validation": "val", "test": "test_2016_flickr"}
    return {split: list(zip(_lines(root / "multi30k" / f"{stem}.{src}.gz"), _lines(root / "multi30k" / f"{stem}.{tgt}.gz")))
            for split, stem in files.items()}


def tatoeba(root: Path, folder: str, file: str) -> dict[str, list[Pair]]:
    """Tatoeba English->X: split 90/5/5 by English sentence (all its translations on one side), seed 13."""
    path = root / folder / file
    pairs = [tuple(line.split("\t")[:2]) for line in _lines(path) if "\t" in line]
    english = sorted({en for en, _ in pairs})
    random.Random(13).shuffle(english)
    n = len(english)
    side = {en: ("test" if i < n * 0.05 else "validation" if i < n * 0.10 else "train") for i, en in enumerate(english)}
    out: dict[str, list[Pair]] = {s: [] for s in SPLITS}
    for en, other in pairs:
        out[side[en]].append((en, other))
    return out


DATASETS: dict[str, Callable[[Path], dict[str, list[Pair]]]] = {
    "sms-spam": sms_spam,
    "imdb": imdb,
    "sst2": sst2,
    "nsmc": nsmc,
    "multi30k-de-en": lambda r: multi30k(r, "de", "en"),
    "multi30k-en-de": lambda r: multi30k(r, "en", "de"),
    "tatoeba-en-fr": lambda r: tatoeba(r, "tatoeba-eng-fra", "fra.txt.gz"),
    "tatoeba-en-ko": lambda r: tatoeba(r, "tatoeba-eng-kor", "kor.txt"),
}


def load_split(dataset: str, split: str, root: str | os.PathLike | None = None) -> list[Pair]:
    """One split of a named dataset from the data directory."""
    if dataset not in DATASETS:
        raise ZooError(f"unknown dataset {dataset!r} (known: {', '.join(DATASETS)})")
    if split not in SPLITS:
        raise ZooError(f"unknown split {split!r} (known: {', '.join(SPLITS)})")
    return DATASETS[dataset](data_dir(root))[split]
