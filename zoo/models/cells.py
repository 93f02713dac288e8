"""The recurrent cells the zoo knows, and their gates (torch-free: the app's teaching text and plots read these)."""
from __future__ import annotations

# Gate activations recorded by a trace, in the order of the weight rows (PyTorch's layout).
GATE_NAMES = {"lstm": ("input", "forget", "cell_candidate", "output"), "gru": ("reset", "update", "candidate"),
              "rnn": ()}
# Blocks of rows in W_x and W_h: the plain RNN has one (its candidate state).
WEIGHT_BLOCKS = {"rnn": 1, "lstm": 4, "gru": 3}
