"""The Word order page's figures (zoo.plots.variant_bars, word_contributions, prefix_pair) on real numbers: a bag of
words' bars are level across every reordering of the same words; and the page's dataset line-up helpers."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest

from pages.ui import order_models as om
from tests.tiny_entries import REVIEWS, TINY_BOW, write_tiny_bow
from zoo import plots
from zoo.hub.loader import load, load_folder
from zoo.hub.registry import BUNDLED_DIR, read_index
from zoo.text.reorder import variants

SENTENCE = "The acting is not great, but the music is lovely and the ending works."


@pytest.fixture(scope="module", params=["tiny", "bundled"])
def bow(request, tmp_path_factory):
    """The tiny bag-of-words entry, and the bundled bow.imdb when the zoo has it."""
    if request.param == "tiny":
        return load_folder(write_tiny_bow(tmp_path_factory.mktemp("bow") / TINY_BOW, TINY_BOW, REVIEWS, "en"))
    if read_index(BUNDLED_DIR).get("bow.imdb", {}).get("architecture") != "bow":
        pytest.skip("no bundled bow.imdb")
    return load("bow.imdb")


def test_bag_of_words_bars_are_level_across_same_words_variants(bow) -> None:
    rows = [{"text": SENTENCE, "same_words": True}, *variants(SENTENCE, "en")]
    assert sum(r["same_words"] for r in rows) >= 4  # the original, shuffles, the clause swap, the moved 'not'
    texts = [r["text"] for r in rows]
    scores = {bow.name: om.scores(bow, texts), "lstm.fake": list(np.linspace(0.1, 0.9, len(texts)))}
    fig = plots.variant_bars(scores, [f"v{i}" for i in range(len(texts))], texts, "P(pos)", "P(pos)")
    assert isinstance(fig, go.Figure) and fig.layout.barmode == "group"
    bars = {trace.name: list(trace.y) for trace in fig.data}
    level = [y for y, r in zip(bars[bow.name], rows) if r["same_words"]]
    assert max(level) - min(level) < 1e-12
    assert fig.data[0].marker.color == plots.BOW_COLOUR and fig.data[1].marker.color == plots.CELL_COLOURS["lstm"]
    assert list(fig.data[0].customdata) == [plots._short(t, 90) for t in texts]


def test_word_contributions_add_up_to_the_logit(bow) -> None:
    trace = bow.trace(SENTENCE)
    fig = plots.word_contributions(trace["tokens"], trace["contributions"], trace["intercept"], "parts",
                                   text={"intercept": "(절편)"})
    y = list(fig.data[0].y)
    assert len(y) == len(trace["tokens"]) + 1 and sum(y) == pytest.approx(trace["logit"], abs=1e-6)
    assert list(fig.data[0].customdata)[-1] == "(절편)"
    shuffled = bow.trace(" ".join(reversed(SENTENCE.split())))
    assert sorted(shuffled["contributions"]) == pytest.approx(sorted(trace["contributions"]), abs=1e-12)


def test_prefix_pair_overlays_two_tokenisations_on_two_axes() -> None:
    fig = plots.prefix_pair(("original", [0.2, 0.4, 0.7], ["a", "b", "c"]),
                            ("shuffle 1", [0.5, 0.3], ["c", "a"]), "curves", "P(pos)")
    assert [t.xaxis for t in fig.data] == ["x", "x2"]
    assert list(fig.layout.xaxis.ticktext) == ["a", "b", "c"] and list(fig.layout.xaxis2.ticktext) == ["c", "a"]
    assert fig.layout.xaxis2.overlaying == "x" and list(fig.layout.xaxis.range) == list(fig.layout.xaxis2.range)


def test_line_ups_group_cells_and_bag_of_words_by_dataset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.tiny_entries import REVIEWS_KO, write_tiny_classifier
    from zoo.hub.publish import publish_local

    zoo_folder = tmp_path / "zoo"
    publish_local(write_tiny_bow(tmp_path / "b1", "bow.films", REVIEWS, "en"), zoo_folder)
    publish_local(write_tiny_classifier(tmp_path / "c1", "gru.films", REVIEWS, "en", "gru"), zoo_folder)
    publish_local(write_tiny_classifier(tmp_path / "c2", "lstm.films", REVIEWS, "en", "lstm"), zoo_folder)
    publish_local(write_tiny_classifier(tmp_path / "c3", "lstm.nsmc", REVIEWS_KO, "ko", "lstm"), zoo_folder)
    monkeypatch.setenv("ZOO_DIR", str(zoo_folder))
    found = om.lineups()
    assert found["films"].names == ["lstm.films", "gru.films", "bow.films"] and found["nsmc"].bow is None
    assert found["films"].label() == "films (LSTM, GRU, BoW)" and found["nsmc"].language == "ko"
    assert om.ordered(found, "en") == ["films", "nsmc"] and om.ordered(found, "ko") == ["nsmc", "films"]
