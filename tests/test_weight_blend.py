"""Weight blending (train.weight_blend): the arithmetic of the line between two weight sets, and which blend is kept."""
from __future__ import annotations

import pytest
import torch

from train.weight_blend import blend_states, choose_blend, snapshot


def test_blend_states_lies_on_the_line_and_keeps_counters() -> None:
    start = {"w": torch.tensor([0.0, 2.0]), "steps": torch.tensor(3)}
    end = {"w": torch.tensor([4.0, -2.0]), "steps": torch.tensor(7)}
    assert torch.equal(blend_states(start, end, 0.0)["w"], start["w"])
    assert torch.equal(blend_states(start, end, 1.0)["w"], end["w"])
    assert torch.allclose(blend_states(start, end, 0.25)["w"], torch.tensor([1.0, 1.0]))
    assert int(blend_states(start, end, 0.5)["steps"]) == 7  # integer tensors are not blended
    with pytest.raises(ValueError, match="differ in their keys"):
        blend_states(start, {"w": end["w"]}, 0.5)


def _linear_from(start: float, end: float) -> tuple[torch.nn.Linear, dict]:
    """A one-weight model holding `end`, and the snapshot of `start`."""
    model = torch.nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        model.weight.fill_(start)
    first = snapshot(model)
    with torch.no_grad():
        model.weight.fill_(end)
    return model, first


def _measure(model: torch.nn.Module) -> dict[str, float]:
    """Validation falls as the weight moves from 0 to 1; the pairs rise with it."""
    w = float(model.weight.detach())
    return {"score": 0.9 - 0.1 * w, "order_dev_pair_accuracy": 0.4 + 0.2 * w}


def test_choose_blend_keeps_the_best_validation_among_those_reaching_the_pair_floor() -> None:
    model, start = _linear_from(0.0, 1.0)
    kept = choose_blend(model, start, [0.25, 0.5, 0.75], _measure, min_pairs=0.5)
    # pairs 0.45 / 0.5 / 0.55 / 0.6 for a = 0.25 / 0.5 / 0.75 / 1: a = 0.5 is the first to reach 0.5
    assert kept["chosen"] == 0.5 and float(model.weight.detach()) == pytest.approx(0.5)
    assert set(kept["tried"]) == {"0.25", "0.5", "0.75", "1.0"}  # a = 1 is always tried
    assert kept["score"] == pytest.approx(0.85)


def test_choose_blend_falls_back_to_the_trained_weights() -> None:
    model, start = _linear_from(0.0, 1.0)
    kept = choose_blend(model, start, [0.5], _measure, min_pairs=0.99)
    assert kept["chosen"] == 1.0 and float(model.weight.detach()) == pytest.approx(1.0)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        choose_blend(model, start, [1.5], _measure, min_pairs=0.0)


def test_average_states_is_the_mean_and_keeps_dtypes() -> None:
    from train.weight_blend import average_states

    a = {"w": torch.tensor([0.0, 3.0]), "n": torch.tensor(2)}
    b = {"w": torch.tensor([2.0, 0.0]), "n": torch.tensor(5)}
    c = {"w": torch.tensor([1.0, 0.0]), "n": torch.tensor(9)}
    mean = average_states([a, b, c])
    assert torch.allclose(mean["w"], torch.tensor([1.0, 1.0])) and int(mean["n"]) == 2
    with pytest.raises(ValueError, match="same keys"):
        average_states([a, {"w": b["w"]}])
