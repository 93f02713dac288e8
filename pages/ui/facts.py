"""Plain facts about a loaded classifier for the teaching text: its real sizes and matrix shapes."""
from __future__ import annotations

from typing import Any

GATES = {"rnn": 1, "lstm": 4, "gru": 3}


def cell_facts(model: Any) -> dict[str, Any]:
    """Cell type, sizes and the shapes of W_x, W_h, b and the output layer of a classifier entry."""
    args = model.config.model_args
    rnn, head = model.model.rnn, model.model.head
    return {"cell": args.cell, "embed_dim": args.embed_dim, "hidden_dim": args.hidden_dim,
            "num_layers": args.num_layers, "bidirectional": args.bidirectional, "gates": GATES[args.cell],
            "w_x": tuple(rnn.weight_ih_l0.shape), "w_h": tuple(rnn.weight_hh_l0.shape),
            "b": tuple(rnn.bias_ih_l0.shape), "pooling": args.pooling,
            "context_dim": model.model.context_dim, "head": tuple(head.weight.shape),
            "vocab_size": args.vocab_size, "labels": list(model.labels)}


def gate_arrays(layer: dict[str, Any], cell: str, direction: int | None = 0) -> dict[str, Any]:
    """The gate activations (T, H) of one traced layer, e.g. {"input_0": ..., "forget_0": ...}; {} for a plain RNN.

    direction 0 keeps the forward direction only (a bidirectional layer has both), None keeps both.
    """
    from zoo.models.recurrent import GATE_NAMES  # imports torch, which the trace given here has needed already

    names = GATE_NAMES.get(cell, ())
    return {k: v for k, v in layer.items() if k.rpartition("_")[0] in names
            and (direction is None or k.rpartition("_")[2] == str(direction))}


def context_parts(facts: dict[str, Any], words: dict[str, str]) -> list[tuple[str, int]]:
    """The pieces of a classifier's context vector [(name, size)]: last state, then max and mean for concat pooling."""
    state = facts["hidden_dim"] * (2 if facts["bidirectional"] else 1)
    if facts["pooling"] == "concat":
        return [(words["last"], state), (words["max"], state), (words["mean"], state)]
    return [(words["last"], state)]
