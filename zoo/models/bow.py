"""A bag-of-words classifier in NumPy: TF-IDF of word terms, L2-normalised, then logistic regression.

    x_j   = (1 + log tf_j) * idf_j       (tf_j: how often term j occurs in the text)
    x     = x / ||x||_2
    logit = coef . x + intercept          (the log-odds of the second label against the first)

Each term's part coef_j * x_j is its contribution; they sum to logit - intercept.
"""
from __future__ import annotations

import numpy as np

from zoo.format.config import BowArgs


class BowNet:
    """Binary TF-IDF + logistic regression, weights idf (V,), coef (V,), intercept (1,)."""

    def __init__(self, args: BowArgs, weights: dict[str, np.ndarray]) -> None:
        self.args = args
        self.idf = weights["idf"].astype(np.float64)  # (V,)
        self.coef = weights["coef"].astype(np.float64).reshape(-1)  # (V,)
        self.intercept = float(weights["intercept"].reshape(-1)[0])

    @staticmethod
    def parameter_shapes(args: BowArgs) -> dict[str, tuple[int, ...]]:
        """{tensor name: shape} the weights file must hold."""
        return {"idf": (args.vocab_size,), "coef": (1, args.vocab_size), "intercept": (1,)}

    def term_contributions(self, counts: dict[int, int]) -> dict[int, float]:
        """{term id: count} of one text -> {term id: coef_j * x_j}, whose sum is logit - intercept."""
        if not counts:
            return {}
        ids = np.fromiter(counts, dtype=np.int64)  # (n,)
        tf = np.fromiter(counts.values(), dtype=np.float64)  # (n,)
        if self.args.sublinear_tf:
            tf = 1.0 + np.log(tf)
        x = tf * self.idf[ids]  # (n,)
        x /= np.linalg.norm(x) or 1.0
        return dict(zip(ids.tolist(), (self.coef[ids] * x).tolist()))

    def logit(self, counts: dict[int, int]) -> float:
        """Log-odds of the second label for one text's term counts."""
        return self.intercept + sum(self.term_contributions(counts).values())
