"""zoo.plots: figure builders take plain arrays and return plotly figures of the right shape; zoo.inference.atlas: the
numbers behind the maps (stored atlas, PCA, t-SNE, cosine similarity, nearest neighbours)."""
from __future__ import annotations

import json

import numpy as np
import plotly.graph_objects as go
import pytest

from zoo import plots
from zoo.inference import atlas
from zoo.errors import ZooError

TOKENS = ["▁free", "▁prize", "▁free", "▁now"]  # a repeated token must stay a separate column


def test_hidden_heatmap_keeps_most_active_units_first() -> None:
    hidden = np.zeros((4, 50))
    hidden[:, 7] = 0.9
    hidden[:, 3] = -0.5
    fig = plots.hidden_heatmap(hidden, TOKENS, max_units=32)
    heat = fig.data[0]
    assert isinstance(fig, go.Figure) and np.asarray(heat.z).shape == (32, 4)
    assert list(heat.y[:2]) == ["unit 7", "unit 3"]
    assert list(fig.layout.xaxis.ticktext) == TOKENS


def test_prefix_curve_has_one_line_per_label() -> None:
    probs = np.array([[0.9, 0.1], [0.4, 0.6], [0.3, 0.7], [0.2, 0.8]])
    fig = plots.prefix_curve(probs, TOKENS, ["ham", "spam"])
    assert [t.name for t in fig.data] == ["ham", "spam"]
    assert np.allclose(fig.data[1].y, probs[:, 1])


def test_gates_heatmaps_one_panel_per_gate() -> None:
    rng = np.random.default_rng(0)
    gates = {name: rng.random((4, 20)) for name in ("input_0", "forget_0", "cell_candidate_0", "output_0")}
    fig = plots.gates_heatmaps(gates, TOKENS)
    assert len(fig.data) == 4 and np.asarray(fig.data[0].z).shape == (16, 4)
    assert fig.data[2].coloraxis == "coloraxis2"  # the tanh candidate uses the -1..1 scale


def test_gates_heatmaps_single_step() -> None:
    fig = plots.gates_heatmaps({"update_0": np.ones((1, 5))}, ["▁hi"])
    assert np.asarray(fig.data[0].z).shape == (5, 1)


def test_project_and_context_map() -> None:
    mean, components = [1.0, 1.0, 1.0], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]
    xy = plots.project(np.array([[2.0, 3.0, 5.0]]), mean, components)
    assert np.allclose(xy, [[1.0, 2.0]])
    fig = plots.context_map([[0, 0], [1, 1], [2, 2]], ["ham", "spam", "ham"], xy, ["my text"], ["spam"])
    assert [t.name for t in fig.data] == ["ham (test set)", "spam (test set)", "your sentences"]
    assert len(fig.data[0].x) == 2 and len(fig.data[2].x) == 1


def test_text_overrides_reach_the_figure() -> None:
    fig = plots.hidden_heatmap(np.ones((4, 3)), TOKENS, text={"unit": "유닛", "step": "시간 단계"})
    assert fig.data[0].y[0].startswith("유닛") and fig.layout.xaxis.title.text == "시간 단계"


def test_context_map_colours_numeric_labels_on_a_scale() -> None:
    assert plots.as_numbers(["3", 7, 1.5]) == [3.0, 7.0, 1.5] and plots.as_numbers(["ham", "3"]) is None
    fig = plots.context_map([[0, 0], [1, 1]], ["3", "12"], np.array([[0.5, 0.5]]), ["ein mann"], [2])
    assert len(fig.data) == 2 and list(fig.data[0].marker.color) == [3.0, 12.0]


def test_sentence_map_groups_and_numbers() -> None:
    fig = plots.sentence_map(np.zeros((3, 2)), ["a", "b", "c"], ["spam", "ham", "spam"], "t")
    assert [t.name for t in fig.data] == ["spam", "ham"] and list(fig.data[0].text) == ["1", "3"]
    fig = plots.sentence_map(np.zeros((3, 2)), ["a", "b", "c"], [1, 5, 9], "t")
    assert len(fig.data) == 1 and list(fig.data[0].marker.color) == [1.0, 5.0, 9.0]


def test_similarity_heatmap_and_decoder_candidates() -> None:
    fig = plots.similarity_heatmap(np.eye(3), ["a", "b", "c"], "t")
    assert np.asarray(fig.data[0].z).shape == (3, 3)
    steps = [{"token": "a", "prob": 0.6, "top": [("a", 0.6), ("the", 0.3)]},
             {"token": "</s>", "prob": 0.2, "top": [("man", 0.5), ("</s>", 0.2)]}]
    fig = plots.decoder_candidates(steps, "t")
    assert np.asarray(fig.data[0].z).shape == (2, 2) and fig.data[0].text[1][0] == "the"
    assert list(fig.data[1].y) == ["rank 1", "rank 2"]  # the chosen tokens, outlined


def test_bleu_curves_training_and_vector_figures() -> None:
    assert list(plots.bleu_by_length(["1-10", "11+"], [30.0, 12.5], "t").data[0].y) == [30.0, 12.5]
    fig = plots.curves_over_steps({"rnn.x": [1, 0.1, 0.01], "lstm.x": [1, 0.8]}, ["a", "b", "c"], "t", "y",
                                  log_y=True)
    assert [t.name for t in fig.data] == ["rnn.x", "lstm.x"] and fig.layout.yaxis.type == "log"
    history = [{"epoch": 1, "train_loss": 0.5, "val_accuracy": 0.8, "val_score": 0.8},
               {"epoch": 2, "train_loss": 0.3, "val_accuracy": 0.9, "val_score": 0.9}]
    assert [t.name for t in plots.training_curves(history, "t").data] == ["training loss", "val_accuracy"]
    fig = plots.vector_strip(np.arange(6) - 3, "t", [("last", 2), ("max", 2), ("mean", 2)])
    assert np.asarray(fig.data[0].z).shape == (1, 6) and len(fig.layout.annotations) == 3


def test_unrolled_diagram_many_to_one_and_encoder_decoder() -> None:
    fig = plots.unrolled_diagram([f"t{i}" for i in range(20)], "spam", "t")
    texts = [a.text for a in fig.layout.annotations]
    assert "t0" in texts and "…" in texts and "t19" in texts and "t10" not in texts  # long inputs are clipped
    assert any("spam" in (x or "") for x in texts)
    fig = plots.unrolled_diagram(["ein", "mann"], "", "t", outputs=["a", "man", "</s>"])
    texts = [a.text for a in fig.layout.annotations]
    assert {"a", "man", "</s>"} <= set(texts) and any("decoder" in (x or "") for x in texts)


# --- zoo.inference.atlas: the maps' numbers ---------------------------------------------------------------------------------

def clusters(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.array([np.zeros(20), np.full(20, 3.0), np.r_[np.full(10, -3.0), np.zeros(10)]])
    group = np.repeat(np.arange(3), 8)
    return centres[group] + rng.normal(0, 0.3, (24, 20)), group


def test_pca_2d_keeps_the_largest_spread_first() -> None:
    x, _ = clusters()
    y = atlas.pca_2d(x)
    assert y.shape == (24, 2) and y[:, 0].var() >= y[:, 1].var()
    assert abs(float(np.dot(y[:, 0], y[:, 1]))) < 1e-6  # uncorrelated components
    assert np.allclose(atlas.pca_2d(np.ones((1, 5))), 0)


def test_tsne_2d_separates_clusters_and_is_deterministic() -> None:
    x, group = clusters()
    y = atlas.tsne_2d(x)
    assert y.shape == (24, 2) and np.isfinite(y).all()
    assert np.allclose(y, atlas.tsne_2d(x))
    centres = np.array([y[group == g].mean(axis=0) for g in range(3)])
    spread = max(np.linalg.norm(y[group == g] - centres[g], axis=1).mean() for g in range(3))
    gaps = [np.linalg.norm(centres[i] - centres[j]) for i in range(3) for j in range(i + 1, 3)]
    assert min(gaps) > 3 * spread


def test_cosine_matrix_and_nearest_neighbours() -> None:
    v = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.0, 0.0]])
    sim = atlas.cosine_matrix(v)
    assert np.allclose(np.diag(sim)[:3], 1) and sim[3, 3] == 0 and np.allclose(sim, sim.T)
    nearest = atlas.nearest_neighbours(sim, k=1)
    assert nearest[0][0][0] == 1 and nearest[2][0][0] == 1 and all(i != row for row, ((i, _),) in enumerate(nearest))


def test_read_atlas_checks_its_shape(tmp_path) -> None:
    assert atlas.read_atlas(tmp_path) is None
    good = {"mean": [0, 0, 0], "components": [[1, 0, 0], [0, 1, 0]], "points": [[0, 1]], "labels": ["ham"]}
    (tmp_path / "atlas.json").write_text(json.dumps(good))
    assert atlas.read_atlas(tmp_path)["labels"] == ["ham"]
    (tmp_path / "atlas.json").write_text(json.dumps({**good, "labels": []}))
    with pytest.raises(ZooError, match="labels"):
        atlas.read_atlas(tmp_path)
    (tmp_path / "atlas.json").write_text(json.dumps({"mean": [0]}))
    with pytest.raises(ZooError, match="lacks"):
        atlas.read_atlas(tmp_path)


def test_long_token_axes_label_every_nth_step() -> None:
    axis = plots.token_axis([f"t{i}" for i in range(100)])
    assert len(axis["tickvals"]) <= plots.MAX_TICKS and axis["ticktext"][1] == f"t{axis['tickvals'][1]}"
