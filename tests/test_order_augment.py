"""The synthetic order-decides examples (train.order_augment, train.order_ko): mirrored, balanced, seeded, and
never the shipped minimal pairs."""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from train.order_augment import order_examples
from train.order_ko import josa, korean_examples_v3
from train.order_ko_negation import negation_twins

SOURCE = {"en": [("a sharp , funny script", "pos"), ("the pacing is dreadful", "neg")] * 20,
          "ko": [("연기가 정말 좋았다", "pos"), ("스토리가 너무 지루했다", "neg")] * 20}
EVALSETS = Path(__file__).resolve().parents[1] / "zoo" / "evalsets"


def _words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("language, version", [("en", 2), ("en", 3), ("en", 4), ("ko", 2), ("ko", 3), ("ko", 4), ("ko", 5)])
def test_examples_are_seeded_balanced_and_never_the_test_pairs(language: str, version: int) -> None:
    """The same seed gives the same examples; labels are about even; no shipped minimal-pair sentence appears."""
    made = order_examples(language, SOURCE[language], 2000, 13, version)
    assert made == order_examples(language, SOURCE[language], 2000, 13, version)
    assert made != order_examples(language, SOURCE[language], 2000, 14, version)
    assert len(made) == 2000 and 0.4 < sum(l == "pos" for _, l in made) / len(made) < 0.6
    shipped = {json.loads(line)["text"].lower().strip(" .!")
               for line in (EVALSETS / f"minimal_pairs.{language}.jsonl").read_text(encoding="utf-8").splitlines()}
    assert not {t.lower().strip(" .!") for t, _ in made} & shipped


def test_korean_v3_mirrors_carry_both_labels_with_the_same_words() -> None:
    """Most of version 3's examples have a mirror: the same words (particles aside) under the other label."""
    made = korean_examples_v3(SOURCE["ko"], 3000, 13)
    labels_by_words: dict[str, set[str]] = {}
    for text, label in made:
        key = " ".join(sorted(re.sub(r"(으로|로|은|는|이|가)$", "", w) for w in re.findall(r"[가-힣A-Za-z]+", text)))
        labels_by_words.setdefault(key, set()).add(label)
    mirrored = sum(len(v) == 2 for v in labels_by_words.values())
    assert mirrored > 0.25 * len(labels_by_words)


@pytest.mark.parametrize("word, particle, expected", [
    ("명작", ("은", "는"), "명작은"), ("최고", ("은", "는"), "최고는"), ("노잼", ("이", "가"), "노잼이"),
    ("대박", ("으로", "로"), "대박으로"), ("최고", ("으로", "로"), "최고로"), ("억지", ("으로", "로"), "억지로"), ("결말", ("으로", "로"), "결말로"),
    ("OST", ("은", "는"), "OST는")])
def test_particles_follow_the_last_syllable(word: str, particle: tuple[str, str], expected: str) -> None:
    """은/는, 이/가 and 으로/로 follow the final consonant (ㄹ takes 로)."""
    assert josa(word, *particle) == expected


def test_korean_v4_negations_come_with_a_twin_of_the_other_label() -> None:
    """Every version 4 negation is emitted with its twin (no negator, or a second one) under the other label."""
    import random

    rng = random.Random(5)
    for _ in range(500):
        (first, a), (second, b) = negation_twins(rng)
        assert {a, b} == {"pos", "neg"} and first != second


def test_english_v3_frames_come_in_twins_of_both_labels() -> None:
    """Version 3's own frames (60% of its examples) come with a twin under the other label: the mirrored orders
    with the same words, the negations with one scope word changed."""
    from train.order_en import english_examples_v3

    made = english_examples_v3(SOURCE["en"], 3000, 13)
    labels_by_words: dict[str, set[str]] = {}
    for text, label in made:
        labels_by_words.setdefault(" ".join(sorted(_words(text).elements())), set()).add(label)
    mirrored = sum(len(v) == 2 for v in labels_by_words.values())
    assert mirrored > 0.2 * len(labels_by_words)
    assert any(t.lower().startswith(("nothing about", "everything about")) for t, _ in made)


def test_english_v4_corrections_come_in_twins_of_the_same_words_and_both_labels() -> None:
    """Version 4's corrections (a fifth of its examples): each with a twin of the same words and the other label."""
    from train.order_en_correction import CORRECTION_SHARE, _correction

    rng = random.Random(5)
    for _ in range(500):
        (text, label), (twin, twin_label) = _correction(rng.choice(["pos", "neg"]), rng)
        assert _words(text) == _words(twin) and text != twin and {label, twin_label} == {"pos", "neg"}
    made = order_examples("en", SOURCE["en"], 3000, 13, 4)
    corrections = [t for t, _ in made if re.search(r"actually|\?|in fact|really|would be wrong", t.lower())]
    assert len(corrections) >= CORRECTION_SHARE * len(made)
    dev = Path(__file__).resolve().parents[1] / "train" / "order_dev" / "order_dev_correction.en.jsonl"
    held_out = {json.loads(line)["text"].lower().strip(" .!") for line in dev.read_text().splitlines()}
    assert not {t.lower().strip(" .!") for t, _ in made} & held_out  # the selection pairs are never trained on


def test_korean_v5_frames_come_in_twins_of_both_labels() -> None:
    """Every version 5 frame is emitted with a twin under the other label, and the "more of" frame's twin has the
    same words in another order."""
    import random

    from train.order_ko_polarity import FRAMES

    rng = random.Random(5)
    for frame in FRAMES:
        for _ in range(200):
            (first, a), (second, b) = frame(rng)
            assert {a, b} == {"pos", "neg"} and first != second
    (first, _), (second, _) = FRAMES[0](rng)
    assert _words(first) == _words(second)
