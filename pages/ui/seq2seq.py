"""Mixtures of two context vectors, for the translate page's interpolation (no streamlit here).

Decoding them is the library's `TranslatorEntry.decode_contexts`.
"""
from __future__ import annotations

import numpy as np


def mixtures(a: np.ndarray, b: np.ndarray, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Weights α = 0..1 (steps of them) and the mixtures (1-α)·a + α·b, (steps, C)."""
    alphas = np.linspace(0.0, 1.0, steps)
    return alphas, (1 - alphas)[:, None] * np.asarray(a)[None] + alphas[:, None] * np.asarray(b)[None]
