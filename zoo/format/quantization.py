"""int8 storage of weight matrices: one scale per row, dequantised to float32 when an entry is loaded.

A 2-D tensor W is stored as `W` (int8, round(W / s)) and `W.int8_scale` (float32, s = max|row| / 127);
every other tensor stays floating point. Loading multiplies back, so the network computes in float32 as
always: only the stored numbers are coarser (a quarter of float32, half of float16).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from zoo.errors import ZooError

SCALE = ".int8_scale"


def quantize_rows(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Float arrays -> the stored form: int8 rows with their scales for 2-D arrays, float16 for the rest."""
    out: dict[str, np.ndarray] = {}
    for key, value in state.items():
        value = np.asarray(value, dtype=np.float32)
        if value.ndim != 2:
            out[key] = value.astype(np.float16)
            continue
        scale = np.abs(value).max(axis=1) / 127.0  # (rows,)
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        out[key] = np.clip(np.rint(value / scale[:, None]), -127, 127).astype(np.int8)
        out[key + SCALE] = scale
    return out


def dequantize(state: dict[str, Any], where: str) -> dict[str, np.ndarray]:
    """The stored form (NumPy arrays) -> float32 arrays under the network's own names; refuses an int8 tensor
    without its scale, a scale without its tensor, or a scale of the wrong shape."""
    out: dict[str, np.ndarray] = {}
    for key, value in state.items():
        if key.endswith(SCALE):
            if key[:-len(SCALE)] not in state:
                raise ZooError(f"{where}: scale {key} has no int8 tensor {key[:-len(SCALE)]}")
            continue
        if value.dtype != np.int8:
            out[key] = value
            continue
        scale = state.get(key + SCALE)
        if scale is None:
            raise ZooError(f"{where}: int8 tensor {key} has no {key + SCALE}")
        if value.ndim != 2 or scale.shape != (value.shape[0],) or not np.issubdtype(scale.dtype, np.floating):
            raise ZooError(f"{where}: {key + SCALE} does not fit int8 tensor {key} {tuple(value.shape)}")
        out[key] = value.astype(np.float32) * scale.astype(np.float32)[:, None]
    return out


def is_quantized(state: dict[str, Any]) -> bool:
    """True if the stored weights hold int8 rows."""
    return any(key.endswith(SCALE) for key in state)
