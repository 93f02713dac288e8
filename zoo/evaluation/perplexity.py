"""Perplexity of a language model on texts: per token (its own subwords) and per word (whitespace words)."""
from __future__ import annotations

import math
from typing import Any

import torch
from torch import nn
from torch.nn import functional as F
from tokenizers import Tokenizer

PPL_BATCH = 16  # texts per forward pass
SCORE_STEPS = 256  # time steps scored at once: (B, 256, V) logits rather than (B, T, V) for long reviews


def lm_rows(tok: Tokenizer, texts: list[str], bos_id: int, eos_id: int) -> list[list[int]]:
    """Each text as <s> ids </s>: what a language model reads (all but the last) and predicts (all but the first)."""
    return [[bos_id, *enc.ids, eos_id] for enc in tok.encode_batch(texts, add_special_tokens=False)]


@torch.no_grad()
def row_nll(model: nn.Module, rows: list[list[int]], batch: int = PPL_BATCH) -> list[float]:
    """Summed negative log-likelihood (nats) of each row's tokens after the first, each read from a zero state."""
    model.eval()
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
    out = [0.0] * len(rows)
    for start in range(0, len(order), batch):
        index = order[start:start + batch]
        width = max(len(rows[i]) for i in index)
        ids = torch.zeros(len(index), width, dtype=torch.long)  # (B, T+1), right-padded
        for r, i in enumerate(index):
            ids[r, :len(rows[i])] = torch.tensor(rows[i])
        states, _ = model.rnn(model.embed(ids[:, :-1]))  # (B, T, H)
        targets = ids[:, 1:].clone()  # (B, T)
        for r, i in enumerate(index):
            targets[r, len(rows[i]) - 1:] = -100  # padding: not scored
        total = torch.zeros(len(index))
        for t in range(0, width - 1, SCORE_STEPS):
            logits = model.scores(states[:, t:t + SCORE_STEPS])  # (B, S, V)
            nll = F.cross_entropy(logits.transpose(1, 2), targets[:, t:t + SCORE_STEPS], ignore_index=-100,
                                  reduction="none")  # (B, S)
            total += nll.sum(dim=1)
        for r, i in enumerate(index):
            out[i] = float(total[r])
    return out


def perplexity(model: nn.Module, tok: Tokenizer, texts: list[str], bos_id: int, eos_id: int) -> dict[str, Any]:
    """{"n", "tokens", "words", "nll_per_token", "perplexity" (per token), "word_perplexity"} over the texts.

    Tokens count each text's subwords plus its end mark; words count its whitespace-separated words (after the
    tokenizer's own clean-up) plus the end mark. Both perplexities divide the same total log-likelihood.
    """
    texts = [t for t in texts if t.strip()]
    if not texts:
        return {"n": 0, "tokens": 0, "words": 0, "nll_per_token": 0.0, "perplexity": 0.0, "word_perplexity": 0.0}
    rows = lm_rows(tok, texts, bos_id, eos_id)
    nll = sum(row_nll(model, rows))
    tokens = sum(len(r) - 1 for r in rows)
    norm = tok.normalizer
    words = sum(len((norm.normalize_str(t) if norm else t).split()) + 1 for t in texts)
    return {"n": len(texts), "tokens": tokens, "words": words, "nll_per_token": round(nll / tokens, 5),
            "perplexity": round(math.exp(nll / tokens), 3), "word_perplexity": round(math.exp(nll / words), 3)}
