"""Train a bag-of-words entry, the zoo's order-blind rival: `python -m train.bow bow.imdb`.

TF-IDF of per-word terms (zoo.text.bow_features, the same code the entry runs at inference) and a logistic
regression, fitted with scikit-learn; the regularisation C is chosen on the validation split, and then the
temperature (train.remeasure.amend_folder, which also measures the minimal pairs). The entry stores
the vocabulary in vocab.json and idf, coef and intercept in safetensors: no pickle and no scikit-learn at inference.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from zoo.evaluation.datasets import load_split
from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample
from zoo.format.config import BowArgs, EntryConfig
from zoo.format.entry import CARD, CONFIG, HISTORY, WEIGHTS, write_json
from zoo.hub.loader import load_folder
from zoo.hub.publish import publish_local
from zoo.hub.registry import zoo_dir
from zoo.inference.bow_entry import VOCAB
from zoo.text.bow_features import TextFeatures

from .bow_card import bow_card
from .presets import BOW_PRESETS
from .remeasure import amend_folder

C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
CI_SAMPLE = 2000


def fit_bow(train: list, features: TextFeatures, max_features: int, c: float, positive: str):
    """A fitted (vectorizer, logistic regression) pair on train pairs; labels: positive vs the rest."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True, max_features=max_features,
                          dtype=np.float64)
    x = vec.fit_transform([t for t, _ in train])
    clf = LogisticRegression(C=c, max_iter=3000).fit(x, [int(l == positive) for _, l in train])
    return vec, clf


def write_bow_folder(folder: Path, config: EntryConfig, vec, clf) -> None:
    """config.json, vocab.json (terms in index order) and model.safetensors (idf, coef, intercept) of an entry."""
    from safetensors.numpy import save_file

    terms = [None] * len(vec.vocabulary_)
    for term, index in vec.vocabulary_.items():
        terms[index] = term
    write_json(folder / CONFIG, config.to_dict())
    write_json(folder / VOCAB, {"terms": terms})
    save_file({"idf": vec.idf_.astype(np.float32), "coef": clf.coef_.astype(np.float32),
               "intercept": clf.intercept_.astype(np.float32)}, str(folder / WEIGHTS), metadata={"format": "np"})


def train_bow(name: str, preset: dict[str, Any], data: str | None, runs: Path, publish: bool) -> Path:
    """Fit, choose C on validation, evaluate the stored entry on the reported split, write and publish it."""
    started = time.time()
    splits = {s: load_split(preset["dataset"], s, data) for s in ("train", "validation", "test")}
    train, val, test = splits["train"], splits["validation"], splits["test"]
    print(f"{name}: {len(train)} train / {len(val)} validation / {len(test)} test", flush=True)
    labels, positive = preset["labels"], preset["positive_label"]
    features = TextFeatures(preset["analyzer"], preset["ngram_min"], preset["ngram_max"])
    runs.mkdir(parents=True, exist_ok=True)
    history, best = [], None
    for c in C_GRID:  # the entry as stored (float32, our own features) is what validation scores
        vec, clf = fit_bow(train, features, preset["max_features"], c, positive)
        entry, folder = _scratch_entry(name, preset, vec, clf, runs)
        score = evaluate_pairs(entry, val)
        shutil.rmtree(folder)
        history.append({"C": c, "val_accuracy": round(score["accuracy"], 4), "val_f1": round(score["f1"], 4)})
        print(f"C={c}: validation accuracy {score['accuracy']:.4f} F1 {score['f1']:.4f}", flush=True)
        metric = score["f1" if preset["task"] == "spam" else "accuracy"]
        if best is None or metric > best[0]:
            best = (metric, c, vec, clf)
    _, c, vec, clf = best
    seconds = time.time() - started
    with tempfile.TemporaryDirectory(dir=runs) as tmp:
        folder = Path(tmp)
        config = _config(name, preset, len(vec.vocabulary_))
        write_bow_folder(folder, config, vec, clf)
        write_json(folder / HISTORY, history)
        (folder / CARD).write_text("---\nzoo: {}\n---\n", encoding="utf-8")
        entry = load_folder(folder)
        measured = evaluate_pairs(entry, test)
        ci_pairs = fixed_sample(test, CI_SAMPLE)
        sample = measured if ci_pairs is test else evaluate_pairs(entry, ci_pairs)
        facts = {"measured": measured, "sample": sample, "C": c, "history": history, "seconds": seconds,
                 "train_size": len(train), "val_size": len(val), "vocab_size": len(vec.vocabulary_)}
        (folder / CARD).write_text(bow_card(name, preset, facts, folder), encoding="utf-8")
        cal = amend_folder(folder, data)["calibration"]  # temperature, ECE and minimal pairs, as remeasure does
        target = publish_local(folder, zoo_dir() if publish else runs / "entries", name)
    print(f"{name}: C={c}, test accuracy {measured['accuracy']:.4f} F1 {measured['f1']:.4f}, T={cal['temperature']:.3f} "
          f"ECE {cal['ece_before']:.4f} -> {cal['ece_after']:.4f}; {target}", flush=True)
    return target


def _config(name: str, preset: dict[str, Any], vocab_size: int) -> EntryConfig:
    args = BowArgs(vocab_size=vocab_size, num_labels=2, analyzer=preset["analyzer"], ngram_min=preset["ngram_min"],
                   ngram_max=preset["ngram_max"], sublinear_tf=True)
    labels = preset["labels"]
    return EntryConfig(name=name, architecture="bow", task=preset["task"], model_args=args,
                       tokenizer_files={"vocab": VOCAB}, max_tokens=1, labels=labels, language=preset["language"],
                       dataset=preset["dataset"], positive_label=preset["positive_label"])


def _scratch_entry(name: str, preset: dict[str, Any], vec, clf, runs: Path):
    """The candidate as an entry loaded from a scratch folder (so validation measures what would be stored)."""
    folder = Path(tempfile.mkdtemp(dir=runs))
    write_bow_folder(folder, _config(name, preset, len(vec.vocabulary_)), vec, clf)
    (folder / CARD).write_text("---\nzoo: {}\n---\n", encoding="utf-8")
    return load_folder(folder), folder


def main(argv: list[str] | None = None) -> int:
    """Command line: train bag-of-words entries by name (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.bow", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", help=f"entries: {', '.join(BOW_PRESETS)}, or 'all'")
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for scratch files and unpublished entries")
    parser.add_argument("--no-publish", action="store_true", help="write into RUNS/entries, not the zoo")
    args = parser.parse_args(argv)
    names = list(BOW_PRESETS) if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in BOW_PRESETS]
    if unknown:
        print(f"error: unknown recipe(s) {', '.join(unknown)}; known: {', '.join(BOW_PRESETS)}", file=sys.stderr)
        return 2
    for name in names:
        train_bow(name, {**BOW_PRESETS[name], "reproduce": f"python -m train.bow {name}"}, args.data_dir,
                  Path(args.runs), not args.no_publish)
    return 0


if __name__ == "__main__":
    sys.exit(main())
