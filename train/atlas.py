"""A 2-D map (PCA) of context vectors, stored with an entry: numbers and labels only, never text."""
from __future__ import annotations

from typing import Any

import torch


def build_atlas(contexts: torch.Tensor, labels: list[str], note: str) -> dict[str, Any]:
    """PCA of (N, C) context vectors; keeps the projection so the app can place new sentences."""
    mean = contexts.mean(dim=0)
    centred = contexts - mean
    _, _, v = torch.linalg.svd(centred, full_matrices=False)
    components = v[:2]  # (2, C)
    points = centred @ components.T  # (N, 2)
    return {"method": "pca", "note": note, "mean": [round(x, 5) for x in mean.tolist()],
            "components": [[round(x, 5) for x in row] for row in components.tolist()],
            "points": [[round(x, 4) for x in row] for row in points.tolist()], "labels": labels}
