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
    candidate = fig.layout[fig.data[2].coloraxis]  # the tanh candidate uses the -1..1 scale, the gates 0..1
    assert (candidate.cmin, candidate.cmax) == (-1, 1) and fig.layout[fig.data[0].coloraxis].cmin == 0


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
    assert {"a", "man", "&lt;/s&gt;"} <= set(texts) and any("decoder" in (x or "") for x in texts)


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


# --- demo review (issue 23): colours, directions, cell panels, legends, labels ----------------------------------------

def _colours_by_name(fig: go.Figure) -> dict[str, str]:
    """{trace name without ' (test set)': its line or marker colour} of a figure's single-colour traces."""
    out = {}
    for trace in fig.data:
        colour = (trace.line.color if trace.mode and "lines" in trace.mode else None) or trace.marker.color
        if isinstance(colour, str):
            out[str(trace.name).replace(" (test set)", "")] = colour
    return out


def test_one_colour_per_label_in_every_figure() -> None:
    """A label keeps its colour whatever figure draws it and in whatever order the labels come."""
    probs = np.array([[0.6, 0.4], [0.3, 0.7], [0.2, 0.8], [0.1, 0.9]])
    figures = [
        plots.prefix_curve(probs, TOKENS, ["neg", "pos"]),
        plots.context_map([[0, 0], [1, 1], [2, 2]], ["pos", "neg", "pos"]),  # pos comes first here
        plots.sentence_map(np.zeros((3, 2)), ["a", "b", "c"], ["pos", "neg", "pos"], "t"),
        plots.prefix_curve(probs, TOKENS, ["ham", "spam"]),
        plots.context_map([[0, 0], [1, 1]], ["spam", "ham"]),
    ]
    seen: dict[str, set[str]] = {}
    for fig in figures:
        for name, colour in _colours_by_name(fig).items():
            seen.setdefault(name, set()).add(colour)
    assert {k: len(v) for k, v in seen.items()} == {"neg": 1, "pos": 1, "ham": 1, "spam": 1}
    assert seen["pos"] != seen["neg"] and seen["ham"] != seen["spam"]
    stars = plots.context_map([[0, 0], [1, 1]], ["pos", "neg"], np.zeros((1, 2)), ["my text"], ["pos"]).data[-1]
    assert list(stars.marker.color) == [plots.label_colour("pos")]


def test_hidden_heatmap_draws_the_two_directions_apart() -> None:
    hidden = np.zeros((4, 10))
    hidden[:, 2] = 0.9  # forward unit 2
    hidden[:, 5 + 3] = -0.8  # backward unit 3
    fig = plots.hidden_heatmap(hidden, TOKENS, max_units=4, directions=2)
    assert len(fig.data) == 2
    forward, backward = fig.data
    assert forward.y[0] == "unit 2" and backward.y[0] == "unit 3"  # units counted within each direction
    titles = [a.text for a in fig.layout.annotations]
    assert any("forward" in t for t in titles) and any("backward" in t for t in titles)


def test_cell_panels_share_the_units_and_scale_each_quantity_on_its_own_range() -> None:
    rng = np.random.default_rng(0)
    panels = {"h": rng.uniform(-1, 1, (4, 20)), "c": rng.uniform(-3, 3, (4, 20)), "input": rng.random((4, 20)),
              "forget": rng.random((4, 20)), "cell_candidate": rng.uniform(-1, 1, (4, 20)), "output": rng.random((4, 20))}
    units = np.array([7, 3, 11])
    fig = plots.cell_heatmaps(panels, TOKENS, units)
    assert len(fig.data) == 6
    assert all(list(trace.y) == ["unit 7", "unit 3", "unit 11"] for trace in fig.data)  # the same units, every panel
    axes = {trace.name: fig.layout[trace.coloraxis] for trace in fig.data}
    assert len({trace.coloraxis for trace in fig.data}) == 6  # one colour bar per panel
    for gate in ("input", "forget", "output"):
        assert (axes[gate].cmin, axes[gate].cmax) == (0, 1)
    assert (axes["cell_candidate"].cmin, axes["cell_candidate"].cmax) == (-1, 1)
    bound = float(np.abs(panels["c"][:, units]).max())
    assert axes["c"].cmax == pytest.approx(bound) and axes["c"].cmin == pytest.approx(-bound)
    for k in range(1, 7):  # every row labelled
        axis = fig.layout["yaxis" if k == 1 else f"yaxis{k}"]
        assert axis.showticklabels is not False and list(axis.tickvals) == list(fig.data[0].y)


def test_gate_titles_are_whole_phrases_in_the_given_language() -> None:
    text = {"gate.input": "입력 게이트", "gate.forget": "망각 게이트", "gate.cell_candidate": "셀 후보",
            "gate.output": "출력 게이트", "backward": "역방향"}
    panels = {f"{name}_0": np.ones((4, 3)) for name in ("input", "forget", "cell_candidate", "output")}
    titles = [a.text for a in plots.gates_heatmaps(panels, TOKENS, text=text).layout.annotations]
    assert titles[:4] == ["입력 게이트", "망각 게이트", "셀 후보", "출력 게이트"]


@pytest.mark.parametrize("build", [
    lambda: plots.prefix_curve(np.full((4, 2), 0.5), TOKENS, ["neg", "pos"], title="t"),
    lambda: plots.curves_over_steps({"rnn.x": [1, 0.1, 0.01, 0.1], "lstm.x": [1, 0.8, 1, 1]}, TOKENS, "t", "y"),
])
def test_legends_sit_between_title_and_plot(build) -> None:
    fig = build()
    legend, title = fig.layout.legend, fig.layout.title
    assert legend.yanchor == "bottom" and legend.y >= 1.0  # above the plot area, so no curve point under it
    assert title.yref == "container" and title.yanchor == "top" and fig.layout.margin.t >= 80  # title above it


def test_token_labels_are_escaped_and_thinned() -> None:
    axis = plots.token_axis(["<s>", "a", "</s>"])
    assert axis["ticktext"] == ["&lt;s&gt;", "a", "&lt;/s&gt;"]  # plotly reads '</s>' as a tag: it would vanish
    assert len(plots.token_axis([f"t{i}" for i in range(720)], max_ticks=20)["tickvals"]) <= 20
    steps = [{"token": "a", "prob": 0.6, "top": [("a", 0.6), ("the", 0.3)]},
             {"token": "</s>", "prob": 0.9, "top": [("</s>", 0.9), ("man", 0.05)]}]
    cells = plots.decoder_candidates(steps, "t").data[0].text
    assert cells[0][1] == "&lt;/s&gt;"


def test_decoder_candidates_shorten_words_that_would_overlap() -> None:
    steps = [{"token": "w", "prob": 0.5, "top": [("extraordinarily", 0.5), ("w", 0.4)]} for _ in range(16)]
    words = plots.decoder_candidates(steps, "t").data[0].text
    assert all(len(str(w)) <= plots.MAX_CELL_CHARS for row in words for w in row)


def test_curves_over_steps_separates_different_tokenisations() -> None:
    series = {"rnn.x": [1, 0.5, 0.2], "lstm.x": [1, 0.9, 0.8, 0.7, 0.6]}
    tokens = {"rnn.x": ["a", "b", "c"], "lstm.x": ["a", "b", "c", "d", "e"]}
    fig = plots.curves_over_steps(series, tokens, "t", "y")
    assert {t.xaxis for t in fig.data} == {"x", "x2"}  # one panel per tokenisation
    assert list(fig.layout.xaxis.ticktext) == ["a", "b", "c"] and list(fig.layout.xaxis2.ticktext)[-1] == "e"
    same = plots.curves_over_steps(series, {"rnn.x": tokens["lstm.x"], "lstm.x": tokens["lstm.x"]}, "t", "y")
    assert {t.xaxis for t in same.data} == {"x"}


def test_unrolled_diagram_names_the_layers_and_draws_the_pooling() -> None:
    fig = plots.unrolled_diagram([f"t{i}" for i in range(20)], "pos", "t", pooling=("last", "max", "mean"),
                                 context_dim=768)
    texts = " ".join(a.text or "" for a in fig.layout.annotations)
    for layer in ("input layer", "hidden layer", "output layer"):
        assert layer in texts
    assert "max" in texts and "mean" in texts and "768" in texts
    labels = [a.text for a in fig.layout.annotations]
    assert "h" not in labels and "h<sub>19</sub>" in labels  # the arrow into the last cell carries h_19
    fig = plots.unrolled_diagram(["ein", "mann"], "", "t", outputs=["a", "man", "</s>"])
    context = next(a.text for a in fig.layout.annotations if "context" in (a.text or ""))
    assert "<br>" in context  # two short lines: it fits its box
