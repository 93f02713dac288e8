"""zoo.plots.language_model: the next-word page's figures from plain numbers and token strings (no model)."""
from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from zoo.plots import language_model as lm

TOKENS = [" the", " film", " was", " the"]  # a repeated token stays its own step
TOP = [[(" the", 0.2), (" a", 0.1)], [(" film", 0.3), (" movie", 0.2)], [(" is", 0.4), (" was", 0.3)],
       [(" the", 0.5), (" a", 0.2)], [(" end", 0.6), (".", 0.1)]]  # after <s> and after each token


def test_visible_marks_word_starts_and_control_characters() -> None:
    assert lm.visible(" film") == "▁film" and lm.visible("ing") == "ing" and lm.visible("") == "∅"
    assert lm.visible("a\nb\t") == "a\\nb\\t" and lm.visible("</s>") == "</s>"


def test_next_token_bars_rank_the_candidates_likeliest_on_top() -> None:
    fig = lm.next_token_bars([(" the", 0.5), ("the", 0.25), ("<0xEC>", 0.125)], "next")
    bar = fig.data[0]
    assert isinstance(fig, go.Figure) and list(bar.x) == [0.5, 0.25, 0.125]
    assert list(bar.y) == ["1. ▁the", "2. the", "3. &lt;0xEC&gt;"]  # two tokens that read alike stay two rows
    assert fig.layout.yaxis.autorange == "reversed" and fig.layout.xaxis.range[1] <= 1


def test_step_predictions_has_one_column_per_step_and_outlines_what_was_written() -> None:
    fig = lm.step_predictions(["<s>", *TOKENS], TOP, TOKENS, "steps", text={"rank": "순위"})
    heat, hits = fig.data
    z = np.asarray(heat.z, dtype=float)
    assert z.shape == (2, 5) and z[0, 4] == 0.6 and z[1, 0] == 0.1  # rows: ranks; columns: <s> + 4 tokens
    assert list(heat.y) == ["순위 1", "순위 2"]
    # written next: " the" after <s> (rank 1), " film" (rank 1), " was" (rank 2), " the" (rank 1); the last step has
    # nothing written after it
    assert list(hits.x) == [0, 1, 2, 3] and list(hits.y) == ["순위 1", "순위 1", "순위 2", "순위 1"]
    assert list(fig.layout.xaxis.ticktext) == ["&lt;s&gt;", "▁the", "▁film", "▁was", "▁the"]


def test_step_predictions_without_a_hit_draws_no_marker() -> None:
    fig = lm.step_predictions(["<s>", " zz"], TOP[:2], [" zz"], "steps")
    assert len(fig.data[1].x) == 0 and not fig.layout.showlegend


def test_surprisal_bars_one_bar_per_written_token_with_the_mean() -> None:
    probs = [0.5, 0.25, 0.125, 1 / 1024]
    bits = [-np.log2(p) for p in probs]
    fig = lm.surprisal_bars(TOKENS, bits, probs, "surprisal", text={"surprisal": "놀라움 (비트)"})
    assert np.allclose(fig.data[0].y, [1, 2, 3, 10]) and list(fig.data[0].x) == [0, 1, 2, 3]
    assert fig.layout.yaxis.title.text == "놀라움 (비트)"
    assert fig.layout.shapes[0].y0 == np.mean([1, 2, 3, 10])  # the mean line


def test_generation_states_draws_units_by_generated_steps_under_the_token_probabilities() -> None:
    rng = np.random.default_rng(0)
    hidden = rng.normal(0, 0.1, (6, 40))
    hidden[:, 9] = 0.95  # the most active unit comes first
    fig = lm.generation_states(hidden, [" a", " b", " c", " d", " e", " f"], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], "gen",
                               max_units=12)
    bars, heat = fig.data
    assert np.asarray(heat.z).shape == (12, 6) and heat.y[0] == "unit 9"
    assert list(bars.y) == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
    assert list(fig.layout.xaxis2.ticktext) == ["▁a", "▁b", "▁c", "▁d", "▁e", "▁f"]


def test_generation_states_single_step() -> None:
    fig = lm.generation_states(np.ones((1, 5)), ["."], [0.9], "gen")
    assert np.asarray(fig.data[1].z).shape == (5, 1)


def test_step_predictions_colour_scale_ends_at_the_likeliest_candidate() -> None:
    fig = lm.step_predictions(["<s>", " the"], [[(" the", 0.08)], [(" end", 0.02)]], [" the"], "steps")
    assert fig.data[0].zmin == 0 and fig.data[0].zmax == 0.08  # not 1: every cell would look alike
