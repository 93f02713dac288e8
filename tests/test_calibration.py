"""Calibration arithmetic: the temperature fit, the expected calibration error, and predict applying T."""
from __future__ import annotations

import numpy as np
import pytest

from zoo.evaluation.calibration import expected_calibration_error, fit_temperature, nll, softmax_rows


def test_fit_recovers_the_temperature_that_made_the_labels() -> None:
    rng = np.random.default_rng(0)
    true_logits = rng.normal(0, 2, size=(20_000, 2))
    gold = np.array([rng.choice(2, p=p) for p in softmax_rows(true_logits)])
    overconfident = true_logits * 3.0  # the model's logits: 3x too sure
    t = fit_temperature(overconfident, gold)
    assert t == pytest.approx(3.0, rel=0.08)
    assert nll(overconfident, gold, t) < nll(overconfident, gold, 1.0)


def test_ece_by_hand() -> None:
    # two bins used: confidences 0.95 (2 examples, 1 right) and 0.65 (2 examples, 2 right)
    probs = np.array([[0.95, 0.05], [0.95, 0.05], [0.35, 0.65], [0.35, 0.65]])
    gold = np.array([0, 1, 1, 1])
    expected = 0.5 * abs(0.5 - 0.95) + 0.5 * abs(1.0 - 0.65)
    assert expected_calibration_error(probs, gold, bins=10) == pytest.approx(expected)


def test_a_perfectly_calibrated_model_has_small_ece() -> None:
    rng = np.random.default_rng(1)
    logits = rng.normal(0, 2, size=(50_000, 2))
    gold = np.array([rng.choice(2, p=p) for p in softmax_rows(logits)])
    assert expected_calibration_error(softmax_rows(logits), gold) < 0.01


def test_predict_divides_the_logits_by_the_entry_temperature() -> None:
    import zoo

    entry = zoo.load("lstm.sms-spam")
    logits = entry.logits(["WINNER! claim your free prize now"])[0]
    probs = entry.predict(["WINNER! claim your free prize now"])[0]["probs"]
    expected = softmax_rows(logits[None, :] / entry.config.temperature)[0]
    assert [probs[l] for l in entry.labels] == pytest.approx(expected.tolist(), abs=1e-6)
    trace = entry.trace("WINNER! claim your free prize now")
    assert trace["prediction"]["probs"][entry.labels[1]] == pytest.approx(expected[1], abs=1e-5)


def test_a_new_config_changes_the_read_limit_and_the_temperature() -> None:
    """Training tries read limits by setting entry.config: the encoder must follow (it once kept the first limit)."""
    from dataclasses import replace

    import zoo
    from zoo.hub.loader import load_folder

    entry = load_folder(zoo.load("lstm.sms-spam").folder)  # a private copy: the cached entry stays as it is
    text = "win " * 300
    assert len(entry.encode(text).ids) == entry.config.max_tokens
    entry.config = replace(entry.config, max_tokens=10, temperature=2.0)
    assert len(entry.encode(text).ids) == 10 and entry.encode(text).truncated
    assert entry.temperature == 2.0


def test_logits_read_once_give_what_separate_passes_give(data_root) -> None:
    """Training reads each test text once: its scores, card ECE and CI-sample ECE equal those of separate passes."""
    from train.card_sections import calibrate, calibrate_with_sample, logits_of
    from train.classify import scores_of
    from zoo.evaluation.datasets import load_split
    from zoo import load
    from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample

    entry = load("lstm.sms-spam")
    val, test = (load_split("sms-spam", s, data_root) for s in ("validation", "test"))
    logits = logits_of(entry, [t for t, _ in test])
    assert scores_of(test, logits, entry.labels, "spam") == evaluate_pairs(entry, test)
    once = calibrate_with_sample(entry, val, test, sample_size=100, test_logits=logits)
    apart = calibrate(entry, val, fixed_sample(test, 100))
    assert once["sample"]["ece_before"] == apart["ece_before"] and once["sample"]["ece_after"] == apart["ece_after"]
    assert once["ece_after"] == calibrate(entry, val, test)["ece_after"]
