"""A loaded classifier entry whose network runs on torch: predict, trace, contexts, and gradients for the app."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import torch

from zoo.inference.classifier_base import ClassifierBase
from zoo.format.config import EntryConfig
from zoo.models.classifier import SequenceClassifier
from zoo.text.text_input import check_texts


class ClassifierEntry(ClassifierBase):
    """Many-to-one classifier with its tokenizer, labels and card; `model` is the torch network."""

    backend = "torch"

    def __init__(self, folder: Path, config: EntryConfig, model: SequenceClassifier, tokenizers: dict,
                 card: dict[str, Any]) -> None:
        super().__init__(folder, config, tokenizers, card)
        self.model = model

    @property
    def device(self) -> torch.device:
        """Where the model's weights are (the CPU, unless a training run moved them to a GPU)."""
        return self.model.head.weight.device  # one attribute read: predict asks on every call

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{tensor name: shape} of the loaded weights."""
        return {k: tuple(v.shape) for k, v in self.model.state_dict().items()}

    @property
    def context_dim(self) -> int:
        """Length of the context vector the output layer reads."""
        return self.model.context_dim

    def contexts(self, texts: list[str]) -> torch.Tensor:
        """Context vectors of many texts, (N, C) (for the 2-D maps)."""
        return torch.from_numpy(self.context_array(texts))

    def step_influence(self, text: str) -> np.ndarray:
        """(T,) numpy: how strongly each token still moves the final hidden state, ||d h_T / d x_t||."""
        return self.model.step_influence(torch.tensor(self.encode(check_texts(text)[0]).ids)).numpy()

    def _tensor(self, array: np.ndarray) -> torch.Tensor:
        x = torch.from_numpy(array)  # shares the array's memory
        return x if self.device.type == "cpu" else x.to(self.device)

    @torch.no_grad()
    def _logit_rows(self, ids: list[list[int]]) -> list[list[float]]:
        x = torch.tensor(ids, dtype=torch.int64, device=self.device)  # (B, T); a given dtype skips a pass over ids
        return self.model(x).tolist()  # (B, K); no lengths: no row is padded

    @torch.no_grad()
    def _contexts(self, ids: np.ndarray) -> np.ndarray:
        return _numpy(self.model.context(self._tensor(ids)))  # no lengths: no row is padded

    @torch.no_grad()
    def _head_logits(self, contexts: np.ndarray) -> np.ndarray:
        return _numpy(self.model.head(self._tensor(contexts)))

    @torch.no_grad()
    def _trace(self, ids: np.ndarray, prefix_lengths: np.ndarray | None = None) -> dict[str, Any]:
        lengths = None if prefix_lengths is None else torch.from_numpy(prefix_lengths)
        out = self.model.trace(torch.from_numpy(ids), lengths)
        return {"layers": [{k: v.numpy() for k, v in layer.items()} for layer in out["layers"]],
                "context": out["context"].numpy(), "logits": out["logits"].numpy(),
                "prefix_logits": out["prefix_logits"].numpy()}


def _numpy(x: torch.Tensor) -> np.ndarray:
    """x as float32 NumPy, with no conversion call when it already is float32 on the CPU."""
    return x.numpy() if x.dtype == torch.float32 and x.device.type == "cpu" else x.float().cpu().numpy()
