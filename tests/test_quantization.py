"""int8 storage: rows round-trip within half a step, and a stored entry loads strictly on both backends."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import zoo
from zoo.format.quantization import SCALE, dequantize, quantize_rows
from zoo.hub.loader import load_folder


def test_rows_round_trip_within_half_a_step() -> None:
    rng = np.random.default_rng(0)
    w = rng.normal(0, 1, size=(50, 30)).astype(np.float32)
    w[3] = 0.0  # an all-zero row keeps a usable scale
    stored = quantize_rows({"w": w, "b": rng.normal(size=30).astype(np.float32)})
    assert stored["w"].dtype == np.int8 and stored["w" + SCALE].shape == (50,) and stored["b"].dtype == np.float16
    back = dequantize(stored, "test")
    step = np.abs(w).max(axis=1, keepdims=True) / 127
    assert np.all(np.abs(back["w"] - w) <= step / 2 + 1e-7)
    assert not np.any(back["w"][3])


def test_an_int8_tensor_without_its_scale_is_refused() -> None:
    stored = quantize_rows({"w": np.ones((2, 3), np.float32)})
    del stored["w" + SCALE]
    with pytest.raises(zoo.ZooError, match="has no"):
        dequantize(stored, "test")
    stored = quantize_rows({"w": np.ones((2, 3), np.float32)})
    stored["w" + SCALE] = np.ones(3, np.float32)
    with pytest.raises(zoo.ZooError, match="does not fit"):
        dequantize(stored, "test")


def test_an_entry_stored_in_int8_answers_alike_on_both_backends(tmp_path: Path) -> None:
    from safetensors.numpy import load_file, save_file

    source = zoo.load("lstm.sms-spam").folder
    copy = tmp_path / "lstm.sms-spam"
    shutil.copytree(source, copy)
    state = {k: v.astype(np.float32) for k, v in load_file(str(copy / "model.safetensors")).items()}
    if not any(k.endswith(SCALE) for k in state):
        save_file(quantize_rows(state), str(copy / "model.safetensors"))
    texts = ["WINNER! claim your free prize now", "see you at lunch?"]
    torch_entry, numpy_entry = load_folder(copy), load_folder(copy, backend="numpy")
    a, b = torch_entry.predict(texts), numpy_entry.predict(texts)
    assert [r["label"] for r in a] == [r["label"] for r in b] == ["spam", "ham"]
    assert a[0]["probs"]["spam"] == pytest.approx(b[0]["probs"]["spam"], abs=1e-4)
