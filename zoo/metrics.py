"""Metrics reported in cards and by `zoo eval`: accuracy, F1 of the positive class, sacreBLEU."""
from __future__ import annotations


def accuracy(gold: list[str], pred: list[str]) -> float:
    """Share of exact label matches."""
    return sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)


def f1(gold: list[str], pred: list[str], positive: str) -> float:
    """F1 of one class (the positive one: pos, spam)."""
    tp = sum(g == p == positive for g, p in zip(gold, pred))
    fp = sum(p == positive != g for g, p in zip(gold, pred))
    fn = sum(g == positive != p for g, p in zip(gold, pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bleu(refs: list[str], hyps: list[str], lowercase: bool = False) -> float:
    """Corpus sacreBLEU (13a tokenization), optionally lower-cased."""
    import sacrebleu

    return sacrebleu.corpus_bleu(hyps, [refs], tokenize="13a", lowercase=lowercase).score
