"""Metrics reported in cards and by `zoo eval`: accuracy, F1 of the positive class, sacreBLEU."""
from __future__ import annotations

from collections.abc import Sequence


def accuracy(gold: list[str], pred: list[str]) -> float:
    """Share of exact label matches."""
    return sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)


def f1(gold: list[str], pred: list[str], positive: str) -> float:
    """F1 of one class (the positive one: pos, spam)."""
    tp = sum(g == p == positive for g, p in zip(gold, pred))
    fp = sum(p == positive != g for g, p in zip(gold, pred))
    fn = sum(g == positive != p for g, p in zip(gold, pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bleu(refs: Sequence[str | Sequence[str]], hyps: list[str], lowercase: bool = False) -> float:
    """Corpus sacreBLEU (13a tokenization), optionally lower-cased; refs[i] is one reference or a list of them."""
    import sacrebleu

    sets = [[r] if isinstance(r, str) else list(r) for r in refs]
    width = max((len(s) for s in sets), default=1)
    streams = [[s[k] if k < len(s) else None for s in sets] for k in range(width)]  # None: no k-th reference
    return sacrebleu.corpus_bleu(hyps, streams, tokenize="13a", lowercase=lowercase).score
