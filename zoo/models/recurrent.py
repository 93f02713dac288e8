"""Recurrent layers, and a step-by-step unroll of them that exposes cell states and gates.

PyTorch's fused nn.RNN/LSTM/GRU return only the hidden states of the top layer. For teaching we
need every time step of every layer, the LSTM cell state and the gate activations, so `unroll`
recomputes the same network one step at a time from the module's own weights (tests check that
it matches the fused module to float precision).
"""
from __future__ import annotations

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from zoo.models.cells import GATE_NAMES

RNN_CLASSES = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


def make_rnn(cell: str, input_dim: int, hidden_dim: int, num_layers: int, dropout: float,
             bidirectional: bool = False) -> nn.RNNBase:
    """A batch-first fused recurrent layer stack of the given cell type."""
    return RNN_CLASSES[cell](input_dim, hidden_dim, num_layers=num_layers, batch_first=True,
                             bidirectional=bidirectional, dropout=dropout if num_layers > 1 else 0.0)


def cell_step(cell: str, x_proj: Tensor, h: Tensor, c: Tensor | None, w_hh: Tensor, b_hh: Tensor):
    """One time step. x_proj: (..., H*gates) = W_ih x + b_ih; h, c: (..., H). Returns h, c (LSTM, else None), gates.

    Written with as few tensor operations as the math allows: at one sentence per call, each
    operation's fixed cost outweighs its arithmetic.
    """
    h_proj = F.linear(h, w_hh, b_hh)  # (..., H*gates)
    hidden = h.shape[-1]
    if cell == "rnn":
        return torch.tanh(x_proj + h_proj), None, {}
    if cell == "lstm":
        pre = x_proj + h_proj  # (..., 4H): input, forget, candidate, output
        gates = torch.sigmoid(pre)
        i, f, o = gates[..., :hidden], gates[..., hidden:2 * hidden], gates[..., 3 * hidden:]
        g = torch.tanh(pre[..., 2 * hidden:3 * hidden])
        c_new = torch.addcmul(f * c, i, g)
        h_new = o * torch.tanh(c_new)
        return h_new, c_new, {"input": i, "forget": f, "cell_candidate": g, "output": o}
    rz = torch.sigmoid(x_proj[..., :2 * hidden] + h_proj[..., :2 * hidden])  # (..., 2H): reset, update
    r, z = rz[..., :hidden], rz[..., hidden:]
    n = torch.tanh(torch.addcmul(x_proj[..., 2 * hidden:], r, h_proj[..., 2 * hidden:]))
    h_new = torch.lerp(n, h, z)  # (1 - z) * n + z * h
    return h_new, None, {"reset": r, "update": z, "candidate": n}


@torch.no_grad()
def unroll(rnn: nn.RNNBase, cell: str, x: Tensor, h0: Tensor | None = None, c0: Tensor | None = None) -> list[dict]:
    """Run one sequence x: (T, in) through every layer and direction, one step at a time.

    h0/c0: (layers*dirs, H) initial states or None for zeros. Returns one dict per layer with
    "h": (T, H*dirs), and for each direction d: "h_d": (T, H), "c_d" (LSTM) and gate arrays.
    """
    dirs = 2 if rnn.bidirectional else 1
    hidden = rnn.hidden_size
    layers = []
    inp = x
    for layer in range(rnn.num_layers):
        per_dir_h = []
        record: dict[str, Tensor] = {}
        for d in range(dirs):
            sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")
            w_ih, w_hh = getattr(rnn, "weight_ih" + sfx), getattr(rnn, "weight_hh" + sfx)
            b_ih, b_hh = getattr(rnn, "bias_ih" + sfx), getattr(rnn, "bias_hh" + sfx)
            x_proj = inp @ w_ih.T + b_ih  # (T, H*gates)
            idx = layer * dirs + d
            h = h0[idx] if h0 is not None else x.new_zeros(hidden)
            c = (c0[idx] if c0 is not None else x.new_zeros(hidden)) if cell == "lstm" else None
            steps = range(x.shape[0] - 1, -1, -1) if d == 1 else range(x.shape[0])
            hs, cs, gates = {}, {}, {name: {} for name in GATE_NAMES[cell]}
            for t in steps:
                h, c, g = cell_step(cell, x_proj[t], h, c, w_hh, b_hh)
                hs[t] = h
                if c is not None:
                    cs[t] = c
                for name, val in g.items():
                    gates[name][t] = val
            order = range(x.shape[0])
            h_seq = torch.stack([hs[t] for t in order]) if hs else x.new_zeros(0, hidden)
            per_dir_h.append(h_seq)
            record[f"h_{d}"] = h_seq
            if cs:
                record[f"c_{d}"] = torch.stack([cs[t] for t in order])
            for name, vals in gates.items():
                if vals:
                    record[f"{name}_{d}"] = torch.stack([vals[t] for t in order])
        record["h"] = torch.cat(per_dir_h, dim=-1)  # (T, H*dirs)
        layers.append(record)
        inp = record["h"]
    return layers
