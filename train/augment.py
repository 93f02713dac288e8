"""Training-time input noise for classifiers: BPE-dropout and token dropout (both off by default).

BPE-dropout (Provilkov et al. 2020) skips each BPE merge with probability p while encoding a training
text, so the model sees the same words split in several ways; token dropout replaces tokens with <unk>.
Neither touches validation, test or inference, which always use the plain tokenizer.
"""
from __future__ import annotations

import torch
from tokenizers import Tokenizer
from torch import Tensor

from zoo.text.tokenization import SPECIALS, UNK

UNK_ID = SPECIALS.index(UNK)


def with_bpe_dropout(tok: Tokenizer, p: float) -> Tokenizer:
    """A copy of tok that skips each merge with probability p (the original is left unchanged)."""
    noisy = Tokenizer.from_str(tok.to_str())
    noisy.model.dropout = p
    return noisy


def drop_tokens(ids: Tensor, lengths: Tensor, p: float) -> Tensor:
    """ids: (B, T) right-padded -> a copy with each real token replaced by <unk> with probability p.

    Draws from torch's global generator, which the training loop seeds and checkpoints.
    """
    if p <= 0:
        return ids
    real = torch.arange(ids.shape[1])[None, :] < lengths[:, None]  # (B, T)
    hit = (torch.rand(ids.shape) < p) & real
    return ids.masked_fill(hit, UNK_ID)
