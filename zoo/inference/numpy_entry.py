"""A loaded classifier entry whose network runs on NumPy (zoo.models.numpy_net): the same answers as torch, no torch."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from zoo.inference.classifier_base import ClassifierBase
from zoo.format.config import EntryConfig
from zoo.format.entry import TensorFacts, check_weights, read_safetensors
from zoo.errors import ZooError
from zoo.format.quantization import dequantize, is_quantized
from zoo.models.numpy_net import NumpyClassifierNet, parameter_shapes


class NumpyClassifierEntry(ClassifierBase):
    """Many-to-one classifier with its tokenizer, labels and card; `net` is the NumPy network.

    Everything it returns is NumPy. It has no gradients: step_influence needs the torch backend.
    """

    backend = "numpy"

    def __init__(self, folder: Path, config: EntryConfig, net: NumpyClassifierNet, tokenizers: dict,
                 card: dict[str, Any]) -> None:
        super().__init__(folder, config, tokenizers, card)
        self.net = net

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{tensor name: shape} of the loaded weights."""
        return parameter_shapes(self.config.model_args)

    @property
    def context_dim(self) -> int:
        """Length of the context vector the output layer reads."""
        return self.net.context_dim

    def contexts(self, texts: list[str]) -> np.ndarray:
        """Context vectors of many texts, (N, C) (for the 2-D maps)."""
        return self.context_array(texts)

    def _logit_rows(self, ids: list[list[int]]) -> list[list[float]]:
        return self.net.logits(self._contexts(np.array(ids, dtype=np.int64))).tolist()

    def _head_logits(self, contexts: np.ndarray) -> np.ndarray:
        return self.net.logits(contexts)

    def _contexts(self, ids: np.ndarray) -> np.ndarray:
        return self.net.context(ids, np.full(ids.shape[0], ids.shape[1]))

    def _trace(self, ids: np.ndarray, prefix_lengths: np.ndarray | None = None) -> dict[str, Any]:
        return self.net.trace(ids, prefix_lengths)


def read_numpy_net(folder: Path, config: EntryConfig) -> NumpyClassifierNet:
    """Read a classifier's safetensors weights with NumPy, as strictly as zoo.format.entry.read_model does with torch."""
    from safetensors.numpy import load_file

    if config.architecture != "classifier":
        raise ZooError(f"{config.name} is a {config.architecture}: the numpy backend runs classifiers only "
                       "(load it with backend='torch')")
    state = read_safetensors(folder, load_file)
    if is_quantized(state) or any(a.dtype == np.int8 for a in state.values()):  # int8 rows: back to float32
        state = dequantize(state, f"{folder}")
    check_weights({key: TensorFacts(tuple(a.shape), str(a.dtype), np.issubdtype(a.dtype, np.floating),
                                    bool(np.isfinite(a).all()) if np.issubdtype(a.dtype, np.floating) else True)
                   for key, a in state.items()}, parameter_shapes(config.model_args), folder)
    return NumpyClassifierNet(config.model_args, state)
