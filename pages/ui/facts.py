"""Plain facts about a loaded classifier for the teaching text: its real sizes and matrix shapes."""
from __future__ import annotations

from typing import Any

from zoo.models.cells import GATE_NAMES, WEIGHT_BLOCKS


def cell_facts(model: Any) -> dict[str, Any]:
    """Cell type, sizes and the shapes of W_x, W_h, b and the output layer of a classifier entry (either backend).

    The shapes are those of the loaded weights: both backends refuse weights whose shapes differ from these.
    """
    args = model.config.model_args
    shapes = model.parameter_shapes()
    return {"cell": args.cell, "embed_dim": args.embed_dim, "hidden_dim": args.hidden_dim,
            "num_layers": args.num_layers, "bidirectional": args.bidirectional, "gates": WEIGHT_BLOCKS[args.cell],
            "w_x": shapes["rnn.weight_ih_l0"], "w_h": shapes["rnn.weight_hh_l0"],
            "b": shapes["rnn.bias_ih_l0"], "pooling": args.pooling,
            "context_dim": shapes["head.weight"][1], "head": shapes["head.weight"],
            "vocab_size": args.vocab_size, "labels": list(model.labels)}


def gate_arrays(layer: dict[str, Any], cell: str, direction: int | None = 0) -> dict[str, Any]:
    """The gate activations (T, H) of one traced layer, e.g. {"input_0": ..., "forget_0": ...}; {} for a plain RNN.

    direction 0 keeps the forward direction only (a bidirectional layer has both), None keeps both.
    """
    names = GATE_NAMES.get(cell, ())
    return {k: v for k, v in layer.items() if k.rpartition("_")[0] in names
            and (direction is None or k.rpartition("_")[2] == str(direction))}


def context_parts(facts: dict[str, Any], words: dict[str, str]) -> list[tuple[str, int]]:
    """The pieces of a classifier's context vector [(name, size)]: last state, then max and mean for concat pooling."""
    state = facts["hidden_dim"] * (2 if facts["bidirectional"] else 1)
    if facts["pooling"] == "concat":
        return [(words["last"], state), (words["max"], state), (words["mean"], state)]
    return [(words["last"], state)]


CELL_PANEL_ORDER = {"lstm": ("forget", "input", "cell_candidate", "c", "output", "h"),  # as the equations run
                    "gru": ("reset", "update", "candidate", "h")}


def cell_panels(layer: dict[str, Any], cell: str, direction: int = 0) -> dict[str, Any]:
    """What one direction of a traced layer computes at each step, in the order its equations use it, for the
    cell figure: LSTM f_t, i_t, g_t, c_t, o_t, h_t; GRU r_t, z_t, n_t, h_t; {} for a plain RNN (no gates)."""
    return {name: layer[f"{name}_{direction}"] for name in CELL_PANEL_ORDER.get(cell, ())
            if f"{name}_{direction}" in layer}
