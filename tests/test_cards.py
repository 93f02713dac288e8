"""Cards are the truth: every entry's card is re-measured and checked against the real model."""
from __future__ import annotations

from pathlib import Path

import pytest

import zoo
from zoo.format.card import read_card
from zoo.format.checksums import manifest_of
from zoo.evaluation.evaluate import evaluate_pairs, evaluation_pairs
from zoo.hub.registry import BUNDLED_DIR, read_index

ENTRIES = zoo.list_models()
CI_SAMPLE = 2000  # classifiers: the card's fixed-seed sample (or the whole split when smaller)


def test_the_zoo_is_not_empty() -> None:
    assert "lstm.sms-spam" in ENTRIES


@pytest.mark.parametrize("name", ENTRIES)
def test_index_lists_every_file_with_its_checksum(name: str) -> None:
    assert read_index()[name]["files"] == manifest_of(BUNDLED_DIR / name)


ENTRY_LIMIT_BYTES = {"classifier": 8_000_000, "bow": 8_000_000, "seq2seq": 16_000_000, "lm": 16_000_000}  # size budget, per entry folder
ZOO_LIMIT_BYTES = 100_000_000


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("name", ENTRIES)
def test_entry_fits_its_size_budget(name: str) -> None:
    limit = ENTRY_LIMIT_BYTES[read_index()[name]["architecture"]]
    assert _folder_bytes(BUNDLED_DIR / name) <= limit, f"{name} is over {limit / 1e6:g} MB on disk"


def test_whole_zoo_fits_its_size_budget() -> None:
    assert sum(_folder_bytes(BUNDLED_DIR / name) for name in ENTRIES) <= ZOO_LIMIT_BYTES


@pytest.mark.parametrize("name", ENTRIES)
def test_card_metadata_matches_the_model(name: str) -> None:
    entry = zoo.load(name)
    card = entry.card
    if entry.config.architecture == "bow":  # coef and intercept are its parameters (idf is a fixed statistic)
        assert card["num_params"] == entry.config.model_args.vocab_size + 1
    else:
        assert card["num_params"] == sum(p.numel() for p in entry.model.parameters())
    assert card["size_bytes"] == (entry.folder / "model.safetensors").stat().st_size
    meta = read_card(entry.folder / "README.md")
    assert meta["license"] and meta["datasets"] and meta["language"] == entry.config.language
    text = (entry.folder / "README.md").read_text()
    assert "model-index:" in text and card["reproduce"] in text
    if entry.config.is_classifier:
        assert card["positive_label"] in entry.labels
        assert entry.labels == sorted(entry.labels, key=entry.labels.index)  # labels present, order kept
        assert f"F1 ({card['positive_label']})" in text


@pytest.mark.parametrize("name", [n for n in ENTRIES if read_index()[n]["architecture"] in ("classifier", "bow")])
def test_classifier_card_metrics_are_remeasured(name: str, data_root: Path) -> None:
    entry = zoo.load(name)
    sample = entry.card["sample_metrics"]
    pairs = evaluation_pairs(entry, entry.card["split"], limit=CI_SAMPLE, data=data_root)
    assert len(pairs) == sample["n"] == min(CI_SAMPLE, entry.card["n_eval"])
    result = evaluate_pairs(entry, pairs)
    assert abs(result["accuracy"] - sample["accuracy"]) <= 0.005
    assert abs(result["f1"] - sample["f1"]) <= 0.005
    if sample["n"] == entry.card["n_eval"]:  # the whole split was re-measured: it is the headline figure
        assert abs(result["accuracy"] - entry.card["metrics"]["accuracy"]) <= 0.005
        assert abs(result["f1"] - entry.card["metrics"]["f1"]) <= 0.005


TRANSLATORS = [n for n in ENTRIES if read_index()[n]["architecture"] == "seq2seq"]


@pytest.mark.parametrize("name", TRANSLATORS)
def test_translator_decodes_at_its_cards_beam_by_default(name: str) -> None:
    entry = zoo.load(name)
    assert entry.config.beam == entry.card["beam"] == entry.card["sample_metrics"]["beam"]


@pytest.mark.parametrize("name", TRANSLATORS)
def test_translator_card_bleu_is_remeasured(name: str, data_root: Path) -> None:
    entry = zoo.load(name)
    card = entry.card
    sample = card["sample_metrics"]
    pairs = evaluation_pairs(entry, card["split"], limit=sample["n"], data=data_root)
    assert len(pairs) == sample["n"] >= min(500, card["n_eval"])
    result = evaluate_pairs(entry, pairs, max_len=card["max_len"])  # no beam given: the entry's own
    assert result["beam"] == card["beam"]
    assert abs(result["bleu"] - sample["bleu"]) <= 1.0
    assert abs(result["bleu_lc"] - sample["bleu_lc"]) <= 1.0
    for key in ("bleu_multi", "bleu_multi_lc"):  # sources with several references (Tatoeba)
        assert (key in result) == (key in sample)
        if key in sample:
            assert abs(result[key] - sample[key]) <= 1.0
    assert card["bleu_by_length"], "the card must show BLEU by source length"


LANGUAGE_MODELS = [n for n in ENTRIES if read_index()[n]["architecture"] == "lm"]


@pytest.mark.parametrize("name", LANGUAGE_MODELS)
def test_language_model_card_perplexity_is_remeasured(name: str, data_root: Path) -> None:
    """The card's fixed sample of the test text (seed 0), re-measured: perplexity within 2%."""
    entry = zoo.load(name)
    sample = entry.card["sample_metrics"]
    pairs = evaluation_pairs(entry, entry.card["split"], limit=sample["n"], data=data_root)
    result = evaluate_pairs(entry, pairs)
    assert result["n"] == sample["n"] and result["tokens"] == sample["tokens"] and result["words"] == sample["words"]
    assert abs(result["perplexity"] / sample["perplexity"] - 1) <= 0.02
    assert abs(result["word_perplexity"] / sample["word_perplexity"] - 1) <= 0.02
    assert entry.card["metrics"]["perplexity"] > 1 and entry.config.truncation == "tail"
