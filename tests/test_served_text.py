"""Training and serving read the same text: the IMDB entries' tokenizers drop the reviews' HTML line breaks
(`<br />`, in 57% of the test reviews as distributed), as the text they were trained on had them dropped."""
from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

import zoo
from zoo.evaluation.datasets import load_split
from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample

IMDB_ENTRIES = ["lstm.imdb", "gru.imdb", "rnn.imdb"]
RAW_SAMPLE = 400  # test reviews as distributed, fixed seed


@pytest.fixture(scope="module")
def raw_reviews() -> list[tuple[str, str]]:
    root = Path(os.environ.get("ZOO_DATA_DIR", Path(__file__).resolve().parent.parent / "data"))
    if not (root / "imdb").is_dir():
        pytest.skip(f"no IMDB data in {root} (set ZOO_DATA_DIR)")
    return fixed_sample(load_split("imdb", "test", root), RAW_SAMPLE)


@pytest.mark.parametrize("name", IMDB_ENTRIES)
def test_a_line_break_tag_reads_as_a_space(name: str) -> None:
    entry = zoo.load(name)
    assert entry.predict("a<br />b") == entry.predict("a b")
    review = "A fine film.{}The cast was great, the plot less so."
    plain = entry.predict(review.format(" "))
    for tag in ("<br />", "<br/>", "<br>", "<BR />", "<Br/>"):
        assert entry.predict(review.format(tag)) == plain, tag


@pytest.mark.parametrize("name", IMDB_ENTRIES)
def test_raw_reviews_score_as_the_card_says(name: str, raw_reviews: list[tuple[str, str]]) -> None:
    entry = zoo.load(name)
    assert sum("<br />" in text for text, _ in raw_reviews) > RAW_SAMPLE // 3  # the reader keeps the tags
    result = evaluate_pairs(entry, raw_reviews)
    card = entry.card["metrics"]["accuracy"]
    assert abs(result["accuracy"] - card) <= 3 * math.sqrt(card * (1 - card) / RAW_SAMPLE)  # the sample's noise
    tagged = [text for text, _ in raw_reviews if "<br />" in text][:100]
    assert entry.predict(tagged) == entry.predict([text.replace("<br />", " ") for text in tagged])
