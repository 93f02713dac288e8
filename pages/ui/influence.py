"""How much the last hidden state still depends on each input step: ‖∂h_T/∂x_t‖ (no streamlit here).

This is the vanishing-gradient picture: for a vanilla RNN the influence of early tokens on h_T
decays roughly geometrically with distance, while LSTM/GRU gates keep paths open. It runs the
classifier's own fused recurrent layers with autograd (forward direction, top layer, dropout off).
Belongs in the library (e.g. zoo.classifier_entry `ClassifierEntry.step_influence`); kept here until then.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import torch


def step_influence(entry: Any, text: str) -> np.ndarray:
    """(T,) Frobenius norms of the Jacobian ∂h_T/∂x_t of the forward top-layer final state w.r.t. each input."""
    net = entry.model
    ids = torch.tensor([entry.encode(text).ids])  # (1, T)
    hidden = net.args.hidden_dim
    with torch.enable_grad():  # one batched pass: copy b of the input carries the gradient of unit b of h_T
        x = net.embed(ids).detach().expand(hidden, -1, -1).clone().requires_grad_(True)  # (H, T, E)
        out, _ = net.rnn(x)  # (H, T, H*dirs)
        last = out[:, -1, :hidden]  # (H, H): forward direction's final state h_T, per copy
        (jac,) = torch.autograd.grad(last.diagonal().sum(), x)  # (H, T, E): row b = ∂h_T[b]/∂x
    return jac.pow(2).sum(dim=(0, 2)).sqrt().numpy()
