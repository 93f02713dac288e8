"""Card parts shared by training and re-measuring: calibration and minimal pairs, measured and rendered.

Both are measured on a loaded classifier entry (recurrent or bag-of-words), so a fresh training run and the
re-measuring of a published entry (train.remeasure) write the same keys and the same prose.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from zoo.evaluation.calibration import expected_calibration_error, fit_temperature, softmax_rows
from zoo.evaluation.evaluate import EVAL_BATCH, evaluate_pairs
from zoo.hub.registry import BUNDLED_DIR

from .provenance import measured_stamp, stamp_sentence

EVALSETS = BUNDLED_DIR.parent / "evalsets"
BINS = 10
CI_SAMPLE = 2000  # the card's fixed-seed sample of a large test split (seed 0), as CI re-measures it


def logits_of(entry: Any, texts: list[str]) -> np.ndarray:
    """(N, K) logits before the temperature, in batches."""
    return np.concatenate([entry.logits(texts[i:i + EVAL_BATCH]) for i in range(0, len(texts), EVAL_BATCH)])


def calibrate(entry: Any, val: list, test: list, val_logits: np.ndarray | None = None,
              test_logits: np.ndarray | None = None) -> dict[str, Any]:
    """Fit a temperature on the validation pairs; the test split's ECE (10 bins) before and after. Logits already
    computed for the pairs (before any temperature) may be passed in."""
    index = {label: i for i, label in enumerate(entry.labels)}
    val_logits = logits_of(entry, [t for t, _ in val]) if val_logits is None else val_logits
    test_logits = logits_of(entry, [t for t, _ in test]) if test_logits is None else test_logits
    val_gold = np.array([index[l] for _, l in val])
    test_gold = np.array([index[l] for _, l in test])
    temperature = fit_temperature(val_logits, val_gold)
    return {"temperature": round(temperature, 4), "bins": BINS, "split": "test", "n": len(test),
            "ece_before": round(expected_calibration_error(softmax_rows(test_logits), test_gold, BINS), 4),
            "ece_after": round(expected_calibration_error(softmax_rows(test_logits / temperature), test_gold, BINS), 4),
            "fitted_on": "validation", "fitted_n": len(val), "measured": measured_stamp()}


def calibrate_with_sample(entry: Any, val: list, test: list, sample_size: int = CI_SAMPLE,
                          test_logits: np.ndarray | None = None) -> dict[str, Any]:
    """calibrate(), plus the ECE before and after on the fixed-seed sample of the test split that CI re-measures.

    test_logits: the test pairs' logits, when the caller has them (each text is read once)."""
    from zoo.evaluation.evaluate import fixed_sample

    test_logits = logits_of(entry, [t for t, _ in test]) if test_logits is None else test_logits
    val_logits = logits_of(entry, [t for t, _ in val])
    cal = calibrate(entry, val, test, val_logits, test_logits)
    if len(test) > sample_size:  # the same rows fixed_sample(test, sample_size) picks
        rows = fixed_sample(list(range(len(test))), sample_size)
        sample = calibrate(entry, val, [test[i] for i in rows], val_logits, test_logits[rows])
    else:
        sample = cal
    cal["sample"] = {"n": sample["n"], "seed": 0, "ece_before": sample["ece_before"], "ece_after": sample["ece_after"]}
    return cal


def calibration_section(cal: dict[str, Any], sentiment: bool) -> str:
    """The card's prose on calibration."""
    return (f"Probabilities are calibrated: the logits are divided by a temperature T = {cal['temperature']:.3f}, "
            f"fitted on the {cal['fitted_on']} split ({cal['fitted_n']} examples) by minimising the negative "
            "log-likelihood (it changes no label, only how sure the model says it is). Expected calibration error on "
            f"the test split ({cal['n']} examples, {cal['bins']} equal-width bins): **{cal['ece_before']:.4f} before, "
            f"{cal['ece_after']:.4f} after**. A calibrated model can still be confidently wrong"
            + (", e.g. on sentences whose word order decides the meaning (see the minimal pairs)." if sentiment else ".")
            + " " + stamp_sentence(cal["measured"]))


def minimal_pairs_file(language: str) -> Path:
    """The shipped minimal-pair test set of a language."""
    return EVALSETS / f"minimal_pairs.{language}.jsonl"


def measure_minimal_pairs(entry: Any, language: str) -> dict[str, Any] | None:
    """Accuracy and pair accuracy (both sentences of a pair right) on the language's minimal pairs, overall and
    on the pairs that use exactly the same words; None if there is no set for the language."""
    path = minimal_pairs_file(language)
    if not path.is_file():
        return None
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs, groups = [(r["text"], r["label"]) for r in records], [r["pair"] for r in records]
    whole = evaluate_pairs(entry, pairs, groups=groups)
    same = [i for i, r in enumerate(records) if r["same_words"]]
    part = evaluate_pairs(entry, [pairs[i] for i in same], groups=[groups[i] for i in same])
    return {"file": path.name, "n_pairs": whole["n_pairs"], "accuracy": round(whole["accuracy"], 4),
            "pair_accuracy": round(whole["pair_accuracy"], 4), "same_words_pairs": part["n_pairs"],
            "same_words_pair_accuracy": round(part["pair_accuracy"], 4), "measured": measured_stamp()}


def minimal_pairs_with_rival(entry: Any) -> dict[str, Any] | None:
    """A sentiment entry's minimal-pair figures (measure_minimal_pairs) with its dataset's bag-of-words entry's
    beside them under "bow"; None for other tasks or languages without a set."""
    if entry.task != "sentiment" or not entry.config.language:
        return None
    from zoo.hub.loader import load_folder
    from zoo.hub.registry import entry_folder, read_index

    mp = measure_minimal_pairs(entry, entry.config.language[0])
    bow_name = f"bow.{entry.config.dataset}"
    if mp and entry.config.architecture != "bow" and bow_name in read_index():
        bow = measure_minimal_pairs(load_folder(entry_folder(bow_name)), entry.config.language[0])
        mp["bow"] = {"name": bow_name, **{k: bow[k] for k in ("accuracy", "pair_accuracy", "same_words_pair_accuracy")}}
    return mp


def minimal_pairs_section(mp: dict[str, Any], bow: dict[str, Any] | None, bow_name: str) -> str:
    """The card's prose and table on the minimal pairs, next to the bag-of-words entry's figures."""
    rows = [f"| this entry | {100 * mp['accuracy']:.1f}% | {100 * mp['pair_accuracy']:.1f}% | "
            f"{100 * mp['same_words_pair_accuracy']:.1f}% |"]
    if bow:
        rows.append(f"| `{bow_name}` (bag of words) | {100 * bow['accuracy']:.1f}% | {100 * bow['pair_accuracy']:.1f}% | "
                    f"{100 * bow['same_words_pair_accuracy']:.1f}% |")
    return (f"On `zoo/evalsets/{mp['file']}`, {mp['n_pairs']} pairs of sentences written for this project, where word "
            "order, the scope of a negation or a contrast decides the label (e.g. \"It starts bad but ends good.\" / "
            "\"It starts good but ends bad.\"); pair accuracy counts a pair only when both of its sentences are right, "
            f"and {mp['same_words_pairs']} pairs use exactly the same words, where a bag of words can get at most one "
            "sentence right.\n\n| model | accuracy | pair accuracy | pair accuracy, same-words pairs |\n|---|---|---|---|\n"
            + "\n".join(rows) + f"\n\n`python -m zoo eval NAME --file zoo/evalsets/{mp['file']} --json` re-measures them; "
            "these pairs are a test set, never used for training or selection. " + stamp_sentence(mp["measured"]))


def upsert_section(body: str, title: str, text: str, before: str = "## Data and split") -> str:
    """The card body with section `## title` replaced by text, or inserted before `before` (else at the end)."""
    block = f"## {title}\n{text.strip()}\n\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(body):
        return pattern.sub(lambda _: block, body, count=1)
    at = body.find(before)
    return body[:at] + block + body[at:] if at >= 0 else body.rstrip() + "\n\n" + block
