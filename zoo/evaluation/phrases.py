"""Whole sentences in a phrase treebank's train split, and a validation split that holds whole sentences out.

SST-2's train split holds every sentence of its training trees and also their sub-phrases, each labelled. A
validation split drawn from those rows at random holds mostly short phrases, whose sentences (and the phrases
around them) stay in train: it is easy, and a temperature fitted on it leaves whole, unseen sentences
over-confident. Holding out whole sentences together with every phrase that only they contain gives a validation
split of the same kind as GLUE dev.
"""
from __future__ import annotations

import random

Pair = tuple[str, str]


def _spans(tokens: tuple[str, ...], index: dict[tuple[str, ...], int]) -> list[int]:
    """Indices of the rows whose tokens are a contiguous span of `tokens` (the row itself included)."""
    found = []
    for i in range(len(tokens)):
        for j in range(i + 1, len(tokens) + 1):
            row = index.get(tokens[i:j])
            if row is not None:
                found.append(row)
    return found


def _sentence_spans(texts: list[str]) -> dict[int, list[int]]:
    """{index of a whole sentence: the rows it contains}. Longest first, so a text that lies inside another is
    found among the spans of a longer whole sentence before its own turn (containment is transitive)."""
    tokens = [tuple(t.split()) for t in texts]
    index = {tok: i for i, tok in enumerate(tokens)}  # one row per token sequence: the last
    covered: set[int] = set()
    spans: dict[int, list[int]] = {}
    for i in sorted(range(len(tokens)), key=lambda i: -len(tokens[i])):
        if index[tokens[i]] == i and i not in covered:
            spans[i] = _spans(tokens[i], index)
            covered.update(spans[i])
    return dict(sorted(spans.items()))


def whole_sentences(texts: list[str]) -> list[int]:
    """Indices of the texts whose tokens (split on whitespace) lie inside no other text's tokens."""
    return list(_sentence_spans(texts))


def hold_out_sentences(pairs: list[Pair], fraction: float, seed: int) -> tuple[list[Pair], list[Pair]]:
    """(train, validation): `fraction` of the whole sentences of each label (seed fixed) held out, and dropped from
    train with every phrase that no kept sentence contains; train keeps the rest in a seeded shuffle."""
    spans = _sentence_spans([t for t, _ in pairs])
    rng = random.Random(seed)
    held: list[int] = []
    for label in sorted({pairs[i][1] for i in spans}):
        group = [i for i in spans if pairs[i][1] == label]
        rng.shuffle(group)
        held += group[:round(len(group) * fraction)]
    held_set = set(held)
    covered = {row for i, rows in spans.items() if i not in held_set for row in rows}
    train = [pairs[i] for i in range(len(pairs)) if i in covered]
    validation = [pairs[i] for i in held]
    rng.shuffle(train)
    rng.shuffle(validation)
    return train, validation
