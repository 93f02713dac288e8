"""The loop's passes (FitConfig.pass_tokens): a batch run in pieces gives the same loss, gradients and training."""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from train.batching import split_rows
from train.loop import FitConfig, Task, backward_in_passes, fit
from zoo.format.config import ClassifierArgs
from zoo.models.build import build_model


def test_split_rows_cuts_every_tensor_into_near_equal_passes() -> None:
    ids, labels = torch.arange(50).reshape(10, 5), torch.arange(10)
    passes = split_rows((ids, labels), pass_tokens=20)  # 20 // width 5 = 4 rows a pass -> 3 passes
    assert [p[0].shape[0] for p in passes] == [4, 3, 3]
    assert torch.equal(torch.cat([p[0] for p in passes]), ids)
    assert torch.equal(torch.cat([p[1] for p in passes]), labels)
    assert len(split_rows((ids, labels), pass_tokens=0)) == 1
    assert len(split_rows((ids, labels), pass_tokens=50)) == 1
    assert [p[0].shape[0] for p in split_rows((ids, labels), pass_tokens=3)] == [1] * 10  # at least one row


def _grads(model: nn.Module) -> dict[str, torch.Tensor]:
    grads = {k: p.grad.clone() for k, p in model.named_parameters() if p.grad is not None}
    model.zero_grad(set_to_none=True)
    return grads


def test_a_classifier_batch_in_passes_gets_the_same_gradients() -> None:
    torch.manual_seed(0)
    args = ClassifierArgs(vocab_size=50, num_labels=2, cell="lstm", embed_dim=8, hidden_dim=6, num_layers=1,
                          bidirectional=True, dropout=0.0, pooling="concat")
    model = build_model(args).train()
    lengths = torch.tensor([9, 9, 8, 8, 7, 9, 6, 9, 5, 9, 8, 9])
    ids = torch.randint(1, 50, (12, 9)) * (torch.arange(9)[None] < lengths[:, None])  # (12, 9) right-padded
    batch = (ids, lengths, torch.randint(0, 2, (12,)))
    task = Task([], lambda _: batch, lambda net, b: F.cross_entropy(net(b[0], b[1]), b[2]), lambda _: {})
    whole_loss = backward_in_passes(model, task, batch, pass_tokens=0)
    whole = _grads(model)
    parts_loss = backward_in_passes(model, task, batch, pass_tokens=27)  # 3 rows a pass: 4 passes
    parts = _grads(model)
    assert abs(whole_loss - parts_loss) < 1e-6
    assert whole.keys() == parts.keys() and len(whole) > 0
    for name in whole:
        assert torch.allclose(whole[name], parts[name], atol=1e-6), name


def test_a_token_averaged_loss_weights_each_pass_by_its_tokens() -> None:
    """A translator's loss averages over target tokens: passes must be weighted by tokens, not rows."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Embedding(20, 4), nn.Linear(4, 20))
    targets = torch.tensor([[1, 2, 3, 4, 5, 6], [7, 8, 0, 0, 0, 0], [9, 1, 2, 3, 0, 0], [4, 0, 0, 0, 0, 0]])
    batch = (targets,)

    def loss(net: nn.Module, b: tuple[torch.Tensor, ...]) -> torch.Tensor:
        logits = net(b[0])  # (B, T, V): predict each token from itself, a stand-in for teacher forcing
        return F.cross_entropy(logits.reshape(-1, 20), b[0].reshape(-1), ignore_index=0)

    by_tokens = Task([], lambda _: batch, loss, lambda _: {}, weight=lambda b: float((b[0] != 0).sum()))
    by_rows = Task([], lambda _: batch, loss, lambda _: {})
    whole_loss = backward_in_passes(model, by_tokens, batch, pass_tokens=0)
    whole = _grads(model)
    assert abs(backward_in_passes(model, by_tokens, batch, pass_tokens=12) - whole_loss) < 1e-6  # 2 rows a pass
    for name, grad in _grads(model).items():
        assert torch.allclose(grad, whole[name], atol=1e-6), name
    assert abs(backward_in_passes(model, by_rows, batch, pass_tokens=12) - whole_loss) > 1e-3  # rows: wrong mean


def test_training_in_passes_follows_the_same_path() -> None:
    """No dropout: fit with passes and fit without end at the same weights (float rounding apart)."""
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(64, 2, generator=generator)
    y = x @ torch.tensor([1.0, -2.0])
    task = Task(lengths=[1] * 64, make_batch=lambda index: (x[index], y[index]),
                loss=lambda net, b: ((net(b[0]).squeeze(1) - b[1]) ** 2).mean(),
                validate=lambda net: {"score": -float(((net(x).squeeze(1) - y) ** 2).mean())})
    results = []
    for pass_tokens in (0, 4):  # 4 // width 2: passes of 2 rows
        torch.manual_seed(1)
        results.append(fit(nn.Linear(2, 1), task, FitConfig(epochs=2, batch_size=16, lr=0.05,
                                                            pass_tokens=pass_tokens)))
    whole, parts = results
    assert torch.allclose(whole.best_state["weight"], parts.best_state["weight"], atol=1e-5)
    assert abs(whole.history[-1]["train_loss"] - parts.history[-1]["train_loss"]) < 1e-5
