"""Honest confidence: temperature scaling (Guo et al. 2017) and the expected calibration error.

A classifier's logits are divided by one temperature T fitted on its validation split (T > 1 softens
over-confident probabilities); the label never changes, only how sure the model says it is.
"""
from __future__ import annotations

import math

import numpy as np


def softmax_rows(logits: np.ndarray) -> np.ndarray:
    """(N, K) logits -> (N, K) probabilities, in float64."""
    z = np.asarray(logits, dtype=np.float64)
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def nll(logits: np.ndarray, gold: np.ndarray, temperature: float = 1.0) -> float:
    """Mean negative log-likelihood of the gold labels (N,) under softmax(logits / T)."""
    z = np.asarray(logits, dtype=np.float64) / temperature
    z = z - z.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(gold)), gold].mean())


def fit_temperature(logits: np.ndarray, gold: np.ndarray, low: float = 0.05, high: float = 20.0) -> float:
    """The T in [low, high] minimising the NLL of gold under softmax(logits / T) (golden-section search on log T;
    the NLL is convex in 1/T, so unimodal in log T)."""
    a, b = math.log(low), math.log(high)
    ratio = (math.sqrt(5) - 1) / 2
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = nll(logits, gold, math.exp(c)), nll(logits, gold, math.exp(d))
    for _ in range(80):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = nll(logits, gold, math.exp(c))
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = nll(logits, gold, math.exp(d))
    return math.exp((a + b) / 2)


def expected_calibration_error(probs: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    """ECE: over equal-width bins of the top probability, the gap |accuracy - mean confidence| weighted by the
    share of examples in the bin. probs (N, K), gold (N,)."""
    probs = np.asarray(probs, dtype=np.float64)
    confidence, predicted = probs.max(axis=1), probs.argmax(axis=1)
    right = (predicted == np.asarray(gold)).astype(np.float64)
    which = np.minimum((confidence * bins).astype(int), bins - 1)  # bin i holds (i/bins, (i+1)/bins]
    total = 0.0
    for i in range(bins):
        member = which == i
        if member.any():
            total += member.mean() * abs(right[member].mean() - confidence[member].mean())
    return float(total)
