"""Bag-of-words entries: what they see (per-word contributions that sum to the logit), order blindness, strict files."""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

import zoo
from train.bow import _config, fit_bow, write_bow_folder
from zoo.format.entry import CARD
from zoo.hub.loader import load_folder
from zoo.hub.registry import read_index
from zoo.text.bow_features import TextFeatures, words

POS = "great wonderful moving funny brilliant charming".split()
NEG = "dull boring awful tedious weak clumsy".split()
FILLER = "the film story acting plot was and a it this cast ending".split()


def _made_up(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """Made-up labelled sentences (no dataset text)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        label = rng.choice(["pos", "neg"])
        cue = rng.choice(POS if label == "pos" else NEG)
        out.append((" ".join(rng.sample(FILLER, 4) + [cue]), label))
    return out


@pytest.fixture(scope="module", params=[("word", 1, 1), ("char_wb", 2, 4)])
def tiny_bow(request, tmp_path_factory) -> object:
    analyzer, low, high = request.param
    preset = {"analyzer": analyzer, "ngram_min": low, "ngram_max": high, "labels": ["neg", "pos"],
              "positive_label": "pos", "task": "sentiment", "language": ["en"], "dataset": ""}
    vec, clf = fit_bow(_made_up(300), TextFeatures(analyzer, low, high), 10_000, 3.0, "pos")
    folder = tmp_path_factory.mktemp(f"bow-{analyzer}")
    write_bow_folder(folder, _config("bow.tiny", preset, len(vec.vocabulary_)), vec, clf)
    (folder / CARD).write_text("---\nzoo: {}\n---\n# bow.tiny\n", encoding="utf-8")
    entry = load_folder(folder)
    entry.sklearn = (vec, clf)
    return entry


def test_predict_matches_scikit_learn(tiny_bow) -> None:
    vec, clf = tiny_bow.sklearn
    texts = ["the acting was brilliant", "a dull and tedious plot", "words it never saw", "great<br />film"]
    ours = [r["probs"]["pos"] for r in tiny_bow.predict(texts)]
    theirs = clf.predict_proba(vec.transform(texts))[:, 1]
    assert np.allclose(ours, theirs, atol=1e-5)


def test_trace_contributions_sum_to_the_logit(tiny_bow) -> None:
    trace = tiny_bow.trace("the the cast was charming but the ending was dull, dull")
    assert trace["tokens"] == words("the the cast was charming but the ending was dull, dull")
    assert len(trace["contributions"]) == len(trace["tokens"])
    assert trace["intercept"] + sum(trace["contributions"]) == pytest.approx(trace["logit"], abs=1e-9)
    z = trace["logit"] / trace["temperature"]
    assert trace["prediction"]["probs"]["pos"] == pytest.approx(1 / (1 + np.exp(-z)))
    charming = trace["contributions"][trace["tokens"].index("charming")]
    dull = trace["contributions"][trace["tokens"].index("dull")]
    assert charming > 0 > dull


def test_every_reordering_of_the_words_scores_the_same(tiny_bow) -> None:
    text = "It starts dull but ends brilliant, the cast is charming"
    tokens = text.split()
    for seed in range(5):
        shuffled = tokens[:]
        random.Random(seed).shuffle(shuffled)
        assert tiny_bow.predict(" ".join(shuffled))[0]["probs"]["pos"] == pytest.approx(
            tiny_bow.predict(text)[0]["probs"]["pos"], abs=1e-12)


def test_a_vocabulary_that_does_not_fit_the_weights_is_refused(tiny_bow, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(tiny_bow.folder, copy)
    vocab = json.loads((copy / "vocab.json").read_text())
    (copy / "vocab.json").write_text(json.dumps({"terms": vocab["terms"][:-1]}))
    with pytest.raises(zoo.ZooError, match="does not belong"):
        load_folder(copy)


def test_temperature_softens_without_changing_the_label(tiny_bow) -> None:
    from dataclasses import replace

    before = tiny_bow.predict("a brilliant and charming film")[0]
    tiny_bow.config = replace(tiny_bow.config, temperature=3.0)
    try:
        after = tiny_bow.predict("a brilliant and charming film")[0]
    finally:
        tiny_bow.config = replace(tiny_bow.config, temperature=1.0)
    assert after["label"] == before["label"] == "pos"
    assert 0.5 < after["probs"]["pos"] < before["probs"]["pos"]


BOW_ENTRIES = [n for n, e in read_index().items() if e["architecture"] == "bow"]


@pytest.mark.parametrize("name", BOW_ENTRIES)
def test_bundled_bow_entries_trace_and_fit_their_budget(name: str) -> None:
    entry = zoo.load(name)
    sentence = "연기는 좋았지만 스토리가 너무 지루했다" if "ko" in entry.config.language else "not good, actually great"
    trace = entry.trace(sentence)
    assert trace["intercept"] + sum(trace["contributions"]) == pytest.approx(trace["logit"], abs=1e-9)
    assert sum(p.stat().st_size for p in entry.folder.iterdir()) <= 8_000_000


def test_the_four_rivals_are_in_the_zoo() -> None:
    assert {"bow.imdb", "bow.sst2", "bow.nsmc", "bow.sms-spam"} <= set(zoo.list_models())
