"""Greedy and beam-search decoding for the attention-free Seq2Seq (length-normalised beams)."""
from __future__ import annotations

import torch
from torch import Tensor

from zoo.models.seq2seq import Seq2Seq


def left_pad(seqs: list[list[int]], pad_id: int) -> Tensor:
    """Sources padded on the left, so the encoder's final state follows each last real token. (B, S)"""
    width = max(len(s) for s in seqs)
    out = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    for row, seq in enumerate(seqs):
        out[row, width - len(seq):] = torch.tensor(seq, dtype=torch.long)
    return out


def _select(state, index: Tensor):
    """Reorder a decoder state (L, B, H) or (h, c) along the batch."""
    if isinstance(state, tuple):
        return tuple(s[:, index] for s in state)
    return state[:, index]


@torch.no_grad()
def greedy_from_context(model: Seq2Seq, context: Tensor, max_len: int) -> list[list[int]]:
    """Most likely token at each step given only context vectors (B, C); outputs exclude BOS/EOS."""
    args = model.args
    state = model.initial_state(context)
    start = model.start(context)
    prev = torch.full((context.shape[0],), args.bos_id, dtype=torch.long, device=context.device)  # (B,)
    outputs: list[list[int]] = [[] for _ in range(context.shape[0])]
    done = [False] * context.shape[0]
    for _ in range(max_len):
        logits, state = model.step(prev, state, start)  # (B, V)
        nxt = logits.argmax(-1)  # (B,)
        for row, token in enumerate(nxt.tolist()):  # one copy per step, not one per row (cheap on a GPU too)
            if token == args.eos_id:
                done[row] = True
            elif not done[row]:
                outputs[row].append(token)
        if all(done):
            break
        prev = nxt
    return outputs


@torch.no_grad()
def greedy(model: Seq2Seq, sources: list[list[int]], max_len: int) -> list[list[int]]:
    """Most likely token at each step, for a batch of sources; outputs exclude BOS/EOS."""
    src = left_pad(sources, model.args.pad_id).to(model.src_embed.weight.device)  # (B, S)
    return greedy_from_context(model, model.encode(src), max_len)


@torch.no_grad()
def beam_search(model: Seq2Seq, source: list[int], beam: int, max_len: int, alpha: float = 1.0) -> list[int]:
    """Best hypothesis for one source by log-probability / length**alpha; excludes BOS/EOS."""
    args = model.args
    device = model.src_embed.weight.device
    context = model.encode(left_pad([source], args.pad_id).to(device))  # (1, C)
    state = model.initial_state(context)
    start = model.start(context)
    hyps: list[list[int]] = [[]]
    scores = torch.zeros(1, device=device)  # (K,) summed log-probs of the live hypotheses
    finished: list[tuple[float, list[int]]] = []
    prev = torch.tensor([args.bos_id], device=device)
    for step in range(max_len):
        logits, state = model.step(prev, state, start)  # (K, V)
        logp = torch.log_softmax(logits, dim=-1)  # (K, V)
        total = (scores[:, None] + logp).view(-1)  # (K*V,)
        top = total.topk(min(beam * 2, total.numel()))
        vocab = logp.shape[1]
        keep_rows, keep_tokens, keep_scores = [], [], []
        for score, flat in zip(top.values.tolist(), top.indices.tolist()):
            row, token = divmod(flat, vocab)
            if token == args.eos_id:
                finished.append((score / max(len(hyps[row]) + 1, 1) ** alpha, hyps[row]))
            else:
                keep_rows.append(row)
                keep_tokens.append(token)
                keep_scores.append(score)
            if len(keep_rows) == beam:
                break
        best_done = max((s for s, _ in finished), default=float("-inf"))
        if not keep_rows or (len(finished) >= beam and best_done >= max(keep_scores) / (step + 2) ** alpha):
            break
        index = torch.tensor(keep_rows, device=device)
        hyps = [hyps[r] + [t] for r, t in zip(keep_rows, keep_tokens)]
        scores = torch.tensor(keep_scores, device=device)
        state = _select(state, index)
        start = start.select(index)
        prev = torch.tensor(keep_tokens, device=device)
    for h, s in zip(hyps, scores.tolist()):
        finished.append((s / max(len(h), 1) ** alpha, h))
    return max(finished, key=lambda item: item[0])[1]
