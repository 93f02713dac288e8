"""2-D maps of context vectors: an entry's atlas.json, and PCA / t-SNE / cosine similarity of a few vectors.

atlas.json (written by training) holds numbers and labels only, never dataset text:
{"method": "pca", "note", "mean": [C], "components": [[C], [C]], "points": [[x, y]] * N, "labels": [N]}.
New sentences are placed on it with `project`. For a handful of sentences typed in the app there
is no stored plane, so `pca_2d` and a small exact `tsne_2d` (numpy only) compute one on the spot.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from zoo.format.entry import ATLAS, read_json
from zoo.errors import ZooError

ATLAS_KEYS = ("mean", "components", "points", "labels")
TSNE_MIN_POINTS = 10  # below this t-SNE has too few neighbours to mean anything
LEARNING_RATE = 10.0  # small N: larger steps (e.g. 100) overshoot and scatter the clusters


def read_atlas(folder: Path) -> dict[str, Any] | None:
    """An entry folder's atlas (checked for shape), or None when it ships none."""
    path = Path(folder) / ATLAS
    if not path.is_file():
        return None
    atlas = read_json(path)
    missing = [k for k in ATLAS_KEYS if k not in atlas]
    if missing:
        raise ZooError(f"{path}: atlas lacks {', '.join(missing)}")
    dim = len(atlas["mean"])
    if len(atlas["components"]) != 2 or any(len(c) != dim for c in atlas["components"]):
        raise ZooError(f"{path}: atlas components must be 2 rows of {dim} numbers")
    if len(atlas["points"]) != len(atlas["labels"]):
        raise ZooError(f"{path}: atlas has {len(atlas['points'])} points but {len(atlas['labels'])} labels")
    return atlas


def project(vectors: np.ndarray, mean: Sequence[float], components: Sequence[Sequence[float]]) -> np.ndarray:
    """Project context vectors (N, C) onto a stored 2-D PCA plane: ((v-mean)·c0, (v-mean)·c1) -> (N, 2)."""
    vectors = np.atleast_2d(np.asarray(vectors, dtype=float))
    return (vectors - np.asarray(mean, dtype=float)) @ np.asarray(components, dtype=float).T


def pca_2d(vectors: np.ndarray) -> np.ndarray:
    """The first two principal components of (N, C) vectors -> (N, 2); zeros where N < 2."""
    x = np.atleast_2d(np.asarray(vectors, dtype=float))
    out = np.zeros((x.shape[0], 2))
    if x.shape[0] < 2:
        return out
    centred = x - x.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    for k in range(min(2, vt.shape[0])):
        comp = vt[k] * (1.0 if vt[k][np.argmax(np.abs(vt[k]))] >= 0 else -1.0)  # deterministic sign
        out[:, k] = centred @ comp
    return out


def cosine_matrix(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarity between every pair of rows of (N, C) -> (N, N); a zero vector gets 0."""
    x = np.atleast_2d(np.asarray(vectors, dtype=float))
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    unit = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
    return np.clip(unit @ unit.T, -1.0, 1.0)


def nearest_neighbours(similarity: np.ndarray, k: int = 1) -> list[list[tuple[int, float]]]:
    """For each row, the k most similar other rows as (index, similarity), best first."""
    sim = np.asarray(similarity, dtype=float)
    out = []
    for i in range(sim.shape[0]):
        order = [j for j in np.argsort(-sim[i], kind="stable") if j != i][:k]
        out.append([(int(j), float(sim[i, j])) for j in order])
    return out


def _row_affinities(dist_sq: np.ndarray, perplexity: float, tol: float = 1e-5, steps: int = 60) -> np.ndarray:
    """Conditional p(j|i) with each row's Gaussian width found by bisection to match the perplexity."""
    n = dist_sq.shape[0]
    target = np.log(perplexity)
    p = np.zeros((n, n))
    for i in range(n):
        d = np.delete(dist_sq[i], i)
        lo, hi, beta = 0.0, np.inf, 1.0
        for _ in range(steps):
            w = np.exp(-(d - d.min()) * beta)
            total = w.sum()
            row = w / total
            entropy = -np.sum(row * np.log(np.maximum(row, 1e-12)))
            if abs(entropy - target) < tol:
                break
            if entropy > target:  # too flat: narrow the Gaussian
                lo, beta = beta, beta * 2 if hi == np.inf else (beta + hi) / 2
            else:
                hi, beta = beta, (beta + lo) / 2
        p[i, np.arange(n) != i] = row
    return p


def tsne_2d(vectors: np.ndarray, perplexity: float | None = None, iterations: int = 500,
            seed: int = 0) -> np.ndarray:
    """Exact t-SNE (van der Maaten & Hinton 2008) of a few (N, C) vectors -> (N, 2); deterministic per seed.

    Meant for the tens of sentences typed in the app (O(N²) memory and time). Perplexity defaults to
    min(30, (N-1)/3). Starts from the PCA layout (scaled small) so runs are stable.
    """
    x = np.atleast_2d(np.asarray(vectors, dtype=float))
    n = x.shape[0]
    if n < 3:
        return pca_2d(x)
    perplexity = perplexity or max(2.0, min(30.0, (n - 1) / 3))
    sq = np.sum(x * x, axis=1)
    dist_sq = np.maximum(sq[:, None] + sq[None, :] - 2 * x @ x.T, 0.0)
    scale = np.median(dist_sq[dist_sq > 0]) if np.any(dist_sq > 0) else 1.0
    p = _row_affinities(dist_sq / scale, perplexity)
    p = np.maximum((p + p.T) / (2 * n), 1e-12)
    rng = np.random.default_rng(seed)
    start = pca_2d(x)
    spread = np.abs(start).max()
    y = (start / spread * 1e-2 if spread > 0 else np.zeros_like(start)) + rng.normal(0, 1e-4, (n, 2))
    velocity, gains = np.zeros_like(y), np.ones_like(y)
    for it in range(iterations):
        exaggeration = 4.0 if it < 100 else 1.0
        diff = y[:, None, :] - y[None, :, :]  # (N, N, 2)
        num = 1.0 / (1.0 + np.sum(diff * diff, axis=-1))
        np.fill_diagonal(num, 0.0)
        q = np.maximum(num / num.sum(), 1e-12)
        grad = 4.0 * np.sum(((exaggeration * p - q) * num)[:, :, None] * diff, axis=1)
        momentum = 0.5 if it < 250 else 0.8
        gains = np.where(np.sign(grad) != np.sign(velocity), gains + 0.2, gains * 0.8).clip(0.01)
        velocity = momentum * velocity - LEARNING_RATE * gains * grad
        y = y + velocity
        y = y - y.mean(axis=0)
    return y
