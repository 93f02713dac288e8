"""Length-bucketed batches: sort by length within large shuffled pools, so padding stays small.

Measured on these CPUs (DESIGN.md): padding to the batch's own max after bucketing beats
pack_padded_sequence; `bench/` compares this against shuffled batches padded to the longest.
"""
from __future__ import annotations

import random

import torch
from torch import Tensor

POOL_BATCHES = 50  # sort within pools of this many batches


def bucket_batches(lengths: list[int], batch_size: int, seed: int, rank: int = 0, world: int = 1) -> list[list[int]]:
    """Index batches of similar length, in a seed-determined order; each of world ranks gets the same number of
    batches (every rank must take the same steps), none dropped: the first few repeat to fill the last round."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * POOL_BATCHES
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start:start + pool], key=lengths.__getitem__)
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    if batches and world > 1:
        batches += [batches[i % len(batches)] for i in range(-len(batches) % world)]
    return batches[rank::world]


def shuffled_batches(n: int, batch_size: int, seed: int) -> list[list[int]]:
    """The common tutorial recipe (for the benchmark): random batches, no bucketing."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]


def pad_right(seqs: list[list[int]], pad_id: int = 0, width: int | None = None) -> tuple[Tensor, Tensor]:
    """(B, T) right-padded ids and (B,) lengths; T is the batch's own max unless width is given."""
    lengths = torch.tensor([len(s) for s in seqs])
    out = torch.full((len(seqs), width or int(lengths.max())), pad_id, dtype=torch.long)
    for row, seq in enumerate(seqs):
        out[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
    return out, lengths


def split_rows(batch: tuple[Tensor, ...], pass_tokens: int) -> list[tuple[Tensor, ...]]:
    """Cut a batch into passes of about pass_tokens padded positions each (rows x the width of batch[0], a (B, T)
    tensor); every tensor of the batch is cut along its first dimension, in near-equal pieces. The whole batch
    when pass_tokens is 0 or the batch already fits."""
    rows = batch[0].shape[0]
    width = batch[0].shape[1] if batch[0].dim() > 1 else 1
    per_pass = max(1, pass_tokens // max(width, 1)) if pass_tokens > 0 else rows
    if per_pass >= rows:
        return [batch]
    pieces = -(-rows // per_pass)  # ceil
    return list(zip(*(t.tensor_split(pieces) for t in batch)))
