"""The loop's weight average (FitConfig.ema): the arithmetic, what validation sees, and resuming it."""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from train.loop import FitConfig, Task, WeightAverage, fit


def test_average_moves_towards_the_weights_with_a_warmed_up_decay() -> None:
    model = nn.Linear(2, 1)
    with torch.no_grad():
        model.weight.fill_(0.0)
    average = WeightAverage(model, decay=0.9)
    with torch.no_grad():
        model.weight.fill_(1.0)
    average.update(model)  # decay min(0.9, 2/11): the early average follows the weights closely
    assert torch.allclose(average.shadow["weight"], torch.full((1, 2), 1 - 2 / 11))
    for _ in range(200):
        average.update(model)
    assert torch.allclose(average.shadow["weight"], torch.ones(1, 2), atol=1e-6)
    assert torch.equal(model.weight, torch.ones(1, 2))  # the model itself is untouched


def tiny_task(seen: list[torch.Tensor]) -> Task:
    """Regress y = x·[1, -2] on 64 fixed points; validate records the weights it is given."""
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(64, 2, generator=generator)
    y = x @ torch.tensor([1.0, -2.0])

    def validate(model: nn.Module) -> dict[str, float]:
        seen.append(model.weight.detach().clone())
        return {"score": -float(((model(x).squeeze(1) - y) ** 2).mean())}

    return Task(lengths=[1] * 64, make_batch=lambda index: (x[index], y[index]),
                loss=lambda net, batch: ((net(batch[0]).squeeze(1) - batch[1]) ** 2).mean(), validate=validate)


def test_validation_scores_the_average_and_a_resumed_run_keeps_it(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    seen_whole: list[torch.Tensor] = []
    torch.manual_seed(1)
    whole = fit(nn.Linear(2, 1), tiny_task(seen_whole), FitConfig(epochs=3, batch_size=8, lr=0.05, ema=0.9))
    # the weights validated (and returned as best) are the average, not the last step's weights
    assert torch.equal(whole.best_state["weight"], seen_whole[whole.best_epoch - 1])

    ckpt = str(tmp_path / "run.ckpt")
    seen_parts: list[torch.Tensor] = []
    torch.manual_seed(1)
    fit(nn.Linear(2, 1), tiny_task(seen_parts),
        FitConfig(epochs=3, batch_size=8, lr=0.05, ema=0.9, checkpoint=ckpt, max_steps=8))  # stops after epoch 1
    torch.manual_seed(1)
    resumed = fit(nn.Linear(2, 1), tiny_task(seen_parts),
                  FitConfig(epochs=3, batch_size=8, lr=0.05, ema=0.9, checkpoint=ckpt, resume=True))
    assert len(seen_parts) == 3
    for a, b in zip(seen_whole, seen_parts):
        assert torch.allclose(a, b, atol=1e-6)
    assert torch.allclose(whole.best_state["weight"], resumed.best_state["weight"], atol=1e-6)


def test_without_average_validation_sees_the_trained_weights() -> None:
    seen: list[torch.Tensor] = []
    torch.manual_seed(1)
    model = nn.Linear(2, 1)
    result = fit(model, tiny_task(seen), FitConfig(epochs=1, batch_size=8, lr=0.05))
    assert torch.equal(seen[0], result.best_state["weight"]) and torch.equal(model.weight.detach(), seen[0])
