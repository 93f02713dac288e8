"""SST-2's validation split holds whole sentences out of train together with the phrases only they contain."""
from __future__ import annotations

from pathlib import Path

import pytest

from zoo.evaluation.datasets import load_split
from zoo.evaluation.phrases import hold_out_sentences, whole_sentences

ROWS = [("a good film", "pos"), ("good", "pos"), ("a good", "pos"), ("film", "neg"),
        ("a dull , long film", "neg"), ("dull , long", "neg"), ("long film", "neg"),
        ("the best", "pos"), ("the best cast", "pos"), ("cast", "pos")]


def test_whole_sentences_are_the_rows_no_other_row_contains() -> None:
    """Containment is by whole tokens: "film" lies inside "a good film", "the best" inside "the best cast"."""
    assert sorted(ROWS[i][0] for i in whole_sentences([t for t, _ in ROWS])) == [
        "a dull , long film", "a good film", "the best cast"]


def test_tokens_not_characters_decide_containment() -> None:
    """"good" is not a phrase of "goodness", so both are whole sentences."""
    assert len(whole_sentences(["goodness", "good"])) == 2


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_held_out_sentences_leave_train_with_the_phrases_only_they_hold(seed: int) -> None:
    """A held-out sentence and every phrase no kept sentence contains leave train; shared phrases stay."""
    train, validation = hold_out_sentences(ROWS, 0.5, seed)
    texts = {t for t, _ in train}
    assert validation and all(len(t.split()) > 2 for t, _ in validation)
    assert not texts & {t for t, _ in validation}
    kept = [t for t in ("a dull , long film", "a good film", "the best cast") if t in texts]
    for text, _ in ROWS:
        inside_kept = any(f" {text} " in f" {s} " for s in kept)
        assert (text in texts) == inside_kept, text


def test_sst2_validation_is_whole_sentences_unseen_in_train(data_root: Path) -> None:
    """On the real data: about 10% of SST-2's sentences, none of them (nor any row holding them) in train."""
    train = load_split("sst2", "train", data_root)
    validation = load_split("sst2", "validation", data_root)
    assert 600 < len(validation) < 800 and {l for _, l in validation} == {"neg", "pos"}
    train_tokens = {tuple(t.split()) for t, _ in train}
    for text, _ in validation:
        assert tuple(text.split()) not in train_tokens
    # whole sentences: every validation row is as long as a typical GLUE dev sentence, not a short phrase
    assert sum(len(t.split()) for t, _ in validation) / len(validation) > 15
