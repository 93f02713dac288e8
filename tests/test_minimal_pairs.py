"""The minimal-pair sets: well formed, their same-words claims true, kept apart from the selection sets; and every
sentiment card's minimal-pair and calibration figures re-measured."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import zoo
from zoo.evaluation.calibration import expected_calibration_error, softmax_rows
from zoo.evaluation.evaluate import evaluate_pairs, evaluation_rows, fixed_sample
from zoo.hub.registry import BUNDLED_DIR, read_index

ROOT = Path(__file__).resolve().parent.parent
TEST_SETS = {"en": BUNDLED_DIR.parent / "evalsets" / "minimal_pairs.en.jsonl",
             "ko": BUNDLED_DIR.parent / "evalsets" / "minimal_pairs.ko.jsonl"}
DEV_SETS = {lang: ROOT / "train" / "order_dev" / f"order_dev.{lang}.jsonl" for lang in TEST_SETS}
CORRECTION_DEV = ROOT / "train" / "order_dev" / "order_dev_correction.en.jsonl"  # English, kind "correction"
MINIMUM_PAIRS = {"en": 300, "ko": 150}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _words(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"\w+", text))


@pytest.mark.parametrize("path", [*TEST_SETS.values(), *DEV_SETS.values(), CORRECTION_DEV], ids=lambda p: p.name)
def test_pair_file_is_well_formed_and_its_same_words_claims_hold(path: Path) -> None:
    rows = _rows(path)
    by_pair: dict[str, list[dict]] = {}
    for row in rows:
        assert set(row) == {"text", "label", "pair", "kind", "same_words"}, row
        assert row["label"] in ("pos", "neg") and row["kind"] in ("contrast", "negation", "order", "correction")
        assert isinstance(row["text"], str) and row["text"].strip() and isinstance(row["same_words"], bool)
        by_pair.setdefault(row["pair"], []).append(row)
    for pair, members in by_pair.items():
        assert len(members) == 2 and {m["label"] for m in members} == {"pos", "neg"}, pair
        same = _words(members[0]["text"]) == _words(members[1]["text"])
        assert members[0]["same_words"] == members[1]["same_words"] == same, pair
    assert len({r["text"] for r in rows}) == len(rows)


@pytest.mark.parametrize("lang", TEST_SETS)
def test_test_sets_are_big_enough_and_apart_from_the_selection_sets(lang: str) -> None:
    test_rows, dev_rows = _rows(TEST_SETS[lang]), _rows(DEV_SETS[lang])
    assert len({r["pair"] for r in test_rows}) >= MINIMUM_PAIRS[lang]
    assert not {r["text"] for r in test_rows} & {r["text"] for r in dev_rows}
    if lang == "en":
        assert not {r["text"].lower() for r in test_rows} & {r["text"].lower() for r in _rows(CORRECTION_DEV)}
    assert any(r["same_words"] for r in test_rows)


def test_eval_reports_pair_accuracy_for_rows_with_pairs(tmp_path: Path) -> None:
    entry = zoo.load("lstm.sst2")
    rows = _rows(TEST_SETS["en"])[:20]
    pairs, groups = evaluation_rows(entry, file=TEST_SETS["en"], limit=10)
    assert len(pairs) == 20 and len(set(groups)) == 10  # whole pairs are sampled
    result = evaluate_pairs(entry, [(r["text"], r["label"]) for r in rows], groups=[r["pair"] for r in rows])
    right = [p["label"] == r["label"] for p, r in zip(entry.predict([r["text"] for r in rows]), rows)]
    expected = np.mean([right[i] and right[i + 1] for i in range(0, 20, 2)])
    assert result["n_pairs"] == 10 and result["pair_accuracy"] == pytest.approx(expected)


SENTIMENT = [n for n in zoo.list_models(task="sentiment")]


@pytest.mark.parametrize("name", SENTIMENT)
def test_card_minimal_pair_figures_are_remeasured(name: str) -> None:
    entry = zoo.load(name)
    card = entry.card["minimal_pairs"]
    path = TEST_SETS[entry.config.language[0]]
    rows = _rows(path)
    result = evaluate_pairs(entry, [(r["text"], r["label"]) for r in rows], groups=[r["pair"] for r in rows])
    assert card["n_pairs"] == result["n_pairs"]
    assert abs(card["accuracy"] - result["accuracy"]) <= 0.002
    assert abs(card["pair_accuracy"] - result["pair_accuracy"]) <= 0.004


CALIBRATED = [n for n, e in read_index().items() if e["architecture"] in ("classifier", "bow")]


@pytest.mark.parametrize("name", CALIBRATED)
def test_card_calibration_is_remeasured(name: str, data_root: Path) -> None:
    entry = zoo.load(name)
    cal = entry.card["calibration"]
    assert entry.config.temperature == cal["temperature"]
    assert cal["ece_after"] <= cal["ece_before"] + 0.005
    sample = cal["sample"]
    pairs = fixed_sample(evaluation_rows(entry, "test", data=data_root)[0], sample["n"]) if sample["n"] < cal["n"] \
        else evaluation_rows(entry, "test", data=data_root)[0]
    index = {label: i for i, label in enumerate(entry.labels)}
    gold = np.array([index[l] for _, l in pairs])
    probs = np.array([[r["probs"][l] for l in entry.labels] for r in entry.predict([t for t, _ in pairs])])
    logits = np.concatenate([entry.logits([t for t, _ in pairs[i:i + 256]]) for i in range(0, len(pairs), 256)])
    assert abs(expected_calibration_error(probs, gold) - sample["ece_after"]) <= 0.005
    assert abs(expected_calibration_error(softmax_rows(logits), gold) - sample["ece_before"]) <= 0.005
