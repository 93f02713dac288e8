"""Weights on the straight line between a fine-tune's start and its end (recipe fields `blend_alphas`,
`blend_min_pairs`): `start + a * (end - start)` for each `a` tried, one kept on validation (Wortsman et al. 2022,
"Robust fine-tuning of zero-shot models"). A fine-tune that teaches one skill (word order) and costs another
(accuracy) can keep most of both somewhere between its two ends. Also the plain average of several fine-tunes from
one start (recipe field `soup`; Wortsman et al. 2022, "Model soups")."""
from __future__ import annotations

from typing import Any, Callable

import torch

State = dict[str, torch.Tensor]


def snapshot(model: torch.nn.Module) -> State:
    """A detached copy of the model's weights (what the blend starts from)."""
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def blend_states(start: State, end: State, alpha: float) -> State:
    """start + alpha * (end - start) for every floating-point tensor; other tensors (counters) are end's."""
    if start.keys() != end.keys():
        raise ValueError(f"the two weight sets differ in their keys: {sorted(start.keys() ^ end.keys())}")
    return {k: start[k] + alpha * (end[k] - start[k]) if end[k].is_floating_point() else end[k] for k in end}


def average_states(states: list[State]) -> State:
    """The element-wise mean of weight sets with the same keys (a "model soup"); other tensors are the first set's."""
    if not states or any(s.keys() != states[0].keys() for s in states):
        raise ValueError("a weight average needs one or more weight sets with the same keys")
    return {k: (sum(s[k].float() for s in states) / len(states)).to(v.dtype) if v.is_floating_point() else v
            for k, v in states[0].items()}


def choose_blend(model: torch.nn.Module, start: State, alphas: list[float],
                 validate: Callable[[torch.nn.Module], dict[str, float]], min_pairs: float) -> dict[str, Any]:
    """Try each blend of start and the model's own (trained) weights, keep one in the model, and say what was measured.

    Of the blends whose order-validation pair accuracy (validate's "order_dev_pair_accuracy", 0 when absent)
    reaches min_pairs, the one with the highest validation score is kept (ties: the larger alpha); when none does,
    alpha 1 (the weights as trained), which is always tried.
    """
    if any(not 0.0 <= a <= 1.0 for a in alphas):
        raise ValueError(f"blend_alphas must lie in [0, 1], got {alphas}")
    end = snapshot(model)
    tried: dict[float, dict[str, float]] = {}
    model.eval()
    for alpha in sorted({*alphas, 1.0}):
        model.load_state_dict(blend_states(start, end, alpha))
        with torch.no_grad():
            scores = validate(model)
        tried[alpha] = {"score": round(scores["score"], 4),
                        "order_dev_pair_accuracy": round(scores.get("order_dev_pair_accuracy", 0.0), 4)}
        print(f"blend a={alpha:g}: validation {scores['score']:.4f}, order-validation pairs "
              f"{tried[alpha]['order_dev_pair_accuracy']:.4f}", flush=True)
    passing = [a for a, s in tried.items() if s["order_dev_pair_accuracy"] >= min_pairs]
    chosen = max(passing, key=lambda a: (tried[a]["score"], a)) if passing else 1.0
    model.load_state_dict(blend_states(start, end, chosen))
    print(f"blend: kept a={chosen:g}" + ("" if passing else f" (no blend reached the pair floor {min_pairs})"),
          flush=True)
    return {"tried": {str(a): s for a, s in tried.items()}, "chosen": chosen, "min_pairs": min_pairs,
            "score": tried[chosen]["score"]}
