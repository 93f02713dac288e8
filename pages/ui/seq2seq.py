"""Decoding from a given context vector, for the translate page's interpolation (no streamlit here).

Belongs in the library (zoo.translator_entry, e.g. `TranslatorEntry.decode_contexts`); kept here until then.
It reuses the model's own `initial_state` and `decode`, exactly as zoo.decoding.greedy does after encoding.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import torch


@torch.no_grad()
def decode_contexts(entry: Any, contexts: np.ndarray, max_len: int = 40) -> list[str]:
    """Greedy translations decoded from context vectors (N, C) alone: the decoder gets nothing else."""
    model, args = entry.model, entry.model.args
    context = torch.as_tensor(np.atleast_2d(contexts), dtype=torch.float32)  # (N, C)
    state = model.initial_state(context)
    prev = torch.full((context.shape[0], 1), args.bos_id, dtype=torch.long)
    outputs: list[list[int]] = [[] for _ in range(context.shape[0])]
    done = torch.zeros(context.shape[0], dtype=torch.bool)
    for _ in range(max_len):
        logits, state, _ = model.decode(prev, context, state)  # (N, 1, V)
        nxt = logits[:, -1].argmax(-1)
        for row in range(context.shape[0]):
            if not done[row] and int(nxt[row]) != args.eos_id:
                outputs[row].append(int(nxt[row]))
        done |= nxt == args.eos_id
        if bool(done.all()):
            break
        prev = nxt[:, None]
    return [entry.tgt_tok.decode(o) for o in outputs]


def mixtures(a: np.ndarray, b: np.ndarray, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Weights α = 0..1 (steps of them) and the mixtures (1-α)·a + α·b, (steps, C)."""
    alphas = np.linspace(0.0, 1.0, steps)
    return alphas, (1 - alphas)[:, None] * np.asarray(a)[None] + alphas[:, None] * np.asarray(b)[None]
