"""A classifier network in NumPy: the equations and weights of zoo.models.SequenceClassifier, without torch.

Why a second implementation: importing torch takes about 2 s of a core here, and on a fresh app server that
import competed with the browser loading the page. The app's classifier pages run on this network instead
(`zoo.load(name, backend="numpy")`), so their first answer needs no torch. It is also the cell written out
as the textbook writes it. tests/test_numpy_backend.py checks it against the torch network, entry by entry.
Inference only: no dropout (eval mode), no gradients.
"""
from __future__ import annotations

import numpy as np

from zoo.models.cells import GATE_NAMES, WEIGHT_BLOCKS
from zoo.format.config import ClassifierArgs

Array = np.ndarray
PROJECT_AT_ONCE = 1 << 24  # input projections (floats) computed in one product; more go step by step


def parameter_shapes(args: ClassifierArgs) -> dict[str, tuple[int, ...]]:
    """{tensor name: shape} of a classifier's weights, named as SequenceClassifier's state_dict names them."""
    dirs = 2 if args.bidirectional else 1
    rows = WEIGHT_BLOCKS[args.cell] * args.hidden_dim
    shapes = {"embed.weight": (args.vocab_size, args.embed_dim)}
    for layer in range(args.num_layers):
        width = args.embed_dim if layer == 0 else args.hidden_dim * dirs
        for suffix in _suffixes(layer, dirs):
            shapes["rnn.weight_ih" + suffix] = (rows, width)
            shapes["rnn.weight_hh" + suffix] = (rows, args.hidden_dim)
            shapes["rnn.bias_ih" + suffix] = (rows,)
            shapes["rnn.bias_hh" + suffix] = (rows,)
    state = args.hidden_dim * dirs
    context = state * (3 if args.pooling == "concat" else 1)
    shapes["head.weight"] = (args.num_labels, context)
    shapes["head.bias"] = (args.num_labels,)
    return shapes


def _suffixes(layer: int, dirs: int) -> list[str]:
    return [f"_l{layer}" + ("_reverse" if d == 1 else "") for d in range(dirs)]


def sigmoid(x: Array) -> Array:
    """1 / (1 + e^-x), written with tanh so that no exponential overflows."""
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def cell_step(cell: str, x_proj: Array, h: Array, c: Array | None, w_hh_t: Array,
              b_hh: Array) -> tuple[Array, Array | None, dict[str, Array]]:
    """One time step. x_proj: (B or 1, G*H) = x W_ih^T + b_ih; h, c: (B, H); w_hh_t: (H, G*H).

    Returns the new h (B, H), the new c (LSTM, else None) and the gate activations {name: (B, H)}.
    """
    h_proj = h @ w_hh_t + b_hh  # (B, G*H)
    size = h.shape[-1]
    if cell == "rnn":
        return np.tanh(x_proj + h_proj), None, {}
    if cell == "lstm":
        pre = x_proj + h_proj  # (B, 4H): input, forget, candidate, output
        gates = sigmoid(pre)  # one call for all four blocks; the candidate's block is replaced by its tanh
        i, f, o = gates[..., :size], gates[..., size:2 * size], gates[..., 3 * size:]
        g = np.tanh(pre[..., 2 * size:3 * size])
        c_new = f * c + i * g  # the cell state: keep part of the old, add part of the candidate
        h_new = o * np.tanh(c_new)
        return h_new, c_new, {"input": i, "forget": f, "cell_candidate": g, "output": o}
    rz = sigmoid(x_proj[..., :2 * size] + h_proj[..., :2 * size])  # (B, 2H): reset, update
    r, z = rz[..., :size], rz[..., size:]
    n = np.tanh(x_proj[..., 2 * size:] + r * h_proj[..., 2 * size:])  # the candidate state
    return (1.0 - z) * n + z * h, None, {"reset": r, "update": z, "candidate": n}


class NumpyClassifierNet:
    """Embeddings -> RNN/LSTM/GRU layers over time -> context vector -> labels, on NumPy float32 arrays."""

    def __init__(self, args: ClassifierArgs, weights: dict[str, Array]) -> None:
        self.args = args
        self.dirs = 2 if args.bidirectional else 1
        self.state_dim = args.hidden_dim * self.dirs
        self.context_dim = self.state_dim * (3 if args.pooling == "concat" else 1)
        w = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in weights.items()}
        self.embedding = w["embed.weight"]  # (V, E)
        self.head_t, self.head_b = w["head.weight"].T.copy(), w["head.bias"]  # (C, K), (K,)
        self.layers = [[(w["rnn.weight_ih" + s].T.copy(), w["rnn.bias_ih" + s],  # (in, G*H), (G*H,)
                         w["rnn.weight_hh" + s].T.copy(), w["rnn.bias_hh" + s])  # (H, G*H), (G*H,)
                        for s in _suffixes(layer, self.dirs)] for layer in range(args.num_layers)]

    def run_layers(self, ids: Array, lengths: Array, record: bool = False) -> list[dict[str, Array]]:
        """ids: (B, T), or (1, T) shared by every row; lengths: (B,) -> one dict per layer.

        Each holds "h": (B, T, H*dirs), zero past a row's length, and per direction d "h_d"; with record, also
        the cell states "c_d" (LSTM) and the gates "{name}_d", all (B, T, H). A row of length L reads positions
        0..L-1; its backward direction starts at L-1, as a packed sequence does in PyTorch.
        """
        inp = self.embedding[ids]  # (B or 1, T, E)
        out = []
        for directions in self.layers:
            record_of_layer: dict[str, Array] = {}
            for d, weights in enumerate(directions):
                states, extra = _run_direction(self.args.cell, inp, lengths, weights, reverse=d == 1, record=record)
                record_of_layer[f"h_{d}"] = states
                record_of_layer.update({f"{name}_{d}": v for name, v in extra.items()})
            record_of_layer["h"] = np.concatenate([record_of_layer[f"h_{d}"] for d in range(self.dirs)], axis=-1)
            out.append(record_of_layer)
            inp = record_of_layer["h"]  # (B, T, H*dirs): the next layer's input
        return out

    def pool(self, states: Array, lengths: Array) -> Array:
        """states: (B, T, D), lengths: (B,) -> context vectors (B, C): last state (+ max and mean for concat)."""
        batch, steps, _ = states.shape
        size = self.args.hidden_dim
        last = states[np.arange(batch), np.maximum(lengths - 1, 0)]  # (B, D): the forward direction's end
        if self.args.bidirectional:  # the backward direction ends at the first token
            last = np.concatenate([last[:, :size], states[:, 0, size:]], axis=-1)
        if self.args.pooling == "last":
            return last
        mask = (np.arange(steps)[None, :] < lengths[:, None])[..., None]  # (B, T, 1)
        max_pool = np.where(mask, states, -np.inf).max(axis=1)  # (B, D)
        mean_pool = (states * mask).sum(axis=1) / np.maximum(lengths, 1)[:, None]  # (B, D)
        return np.concatenate([last, max_pool, mean_pool], axis=-1).astype(np.float32)  # (B, 3D)

    def context(self, ids: Array, lengths: Array) -> Array:
        """ids: (B, T), lengths: (B,) -> the context vectors the output layer receives (B, C)."""
        return self.pool(self.run_layers(ids, lengths)[-1]["h"], lengths)

    def logits(self, context: Array) -> Array:
        """context: (B, C) -> logits (B, K)."""
        return context @ self.head_t + self.head_b

    def prefix_logits(self, ids: Array, lengths: Array | None = None) -> Array:
        """ids: (T,) one sequence -> logits after each prefix (T, K); with lengths (P,), only after the prefixes of
        those lengths (P, K)."""
        steps = ids.shape[0]
        if lengths is not None and not self.args.bidirectional:
            return self.prefix_logits(ids)[np.asarray(lengths) - 1]
        lengths = np.arange(1, steps + 1) if lengths is None else np.asarray(lengths)
        if self.args.bidirectional:  # the backward direction must re-read each prefix: one batch of all of them
            states = self.run_layers(ids[None], lengths)[-1]["h"]  # (T prefixes, T, D)
            return self.logits(self.pool(states, lengths))
        states = self.run_layers(ids[None], lengths[-1:])[-1]["h"][0]  # (T, D)
        if self.args.pooling == "last":
            return self.logits(states)
        max_pool = np.maximum.accumulate(states, axis=0)  # (T, D)
        mean_pool = np.cumsum(states, axis=0) / lengths[:, None]  # (T, D)
        return self.logits(np.concatenate([states, max_pool, mean_pool], axis=-1).astype(np.float32))

    def trace(self, ids: Array, prefix_lengths: Array | None = None) -> dict:
        """ids: (T,) -> every layer's per-step states and gates, the context vector and per-prefix logits (after
        every prefix, or only after those of prefix_lengths)."""
        length = np.array([ids.shape[0]])
        layers = [{k: v[0] for k, v in layer.items()} for layer in self.run_layers(ids[None], length, record=True)]
        context = self.pool(layers[-1]["h"][None], length)[0]  # (C,)
        return {"layers": layers, "context": context, "logits": self.logits(context[None])[0],
                "prefix_logits": self.prefix_logits(ids, prefix_lengths)}


def _run_direction(cell: str, x: Array, lengths: Array, weights: tuple[Array, Array, Array, Array],
                   reverse: bool, record: bool) -> tuple[Array, dict[str, Array]]:
    """x: (B, T, in), or (1, T, in) shared by all rows; lengths: (B,) -> states (B, T, H) and, with record,
    {"c": ..., gate: ...} (B, T, H). Rows are run longest-first: at step t only rows longer than t are computed."""
    w_ih_t, b_ih, w_hh_t, b_hh = weights
    batch, steps, size = lengths.shape[0], x.shape[1], w_hh_t.shape[0]
    order = np.argsort(lengths, kind="stable")  # rows by length, ascending: the active rows are a suffix
    if x.shape[0] == 1:  # one input shared by every row (the prefixes of one sentence): project it once
        proj = (x[0] @ w_ih_t + b_ih)[None]  # (1, T, G*H)
    elif x.size // x.shape[-1] * w_ih_t.shape[1] <= PROJECT_AT_ONCE:
        proj = x[order] @ w_ih_t + b_ih  # (B, T, G*H), rows sorted
    else:  # a large batch of distinct inputs: project step by step, only the active rows
        proj, x = None, x[order]
    h = np.zeros((batch, size), np.float32)
    c = np.zeros((batch, size), np.float32) if cell == "lstm" else None
    states = np.zeros((batch, steps, size), np.float32)
    names = (("c",) if cell == "lstm" else ()) + GATE_NAMES[cell] if record else ()
    extra = {name: np.zeros((batch, steps, size), np.float32) for name in names}
    firsts = np.searchsorted(lengths[order], np.arange(steps), side="right").tolist()  # rows[first:] are longer than t
    for t in range(steps - 1, -1, -1) if reverse else range(steps):
        first = firsts[t]
        if first == batch:
            continue
        if proj is None:
            step_in = x[first:, t] @ w_ih_t + b_ih  # (n, G*H)
        else:
            step_in = proj[0, t][None] if proj.shape[0] == 1 else proj[first:, t]  # (1 or n, G*H)
        h_new, c_new, gates = cell_step(cell, step_in, h[first:], None if c is None else c[first:], w_hh_t, b_hh)
        h[first:] = states[first:, t] = h_new
        if c is not None:
            c[first:] = c_new
        if record:
            for name, value in (({"c": c_new} if c is not None else {}) | gates).items():
                extra[name][first:, t] = value
    back = np.argsort(order)  # sorted position of each original row
    return states[back], {name: value[back] for name, value in extra.items()}
