"""zoo.plots: figure builders take plain arrays and return plotly figures of the right shape."""
from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from zoo import plots

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
