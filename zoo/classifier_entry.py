"""A loaded classifier entry: predict labels and trace what happens inside, for the app."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from .config import EntryConfig
from .models import SequenceClassifier
from .text_input import Encoded, check_texts, encode, same_length_batches

BATCH = 64


class ClassifierEntry:
    """Many-to-one classifier with its tokenizer, labels and card."""

    def __init__(self, folder: Path, config: EntryConfig, model: SequenceClassifier, tokenizers: dict,
                 card: dict[str, Any]) -> None:
        self.folder, self.config, self.model, self.card = folder, config, model, card
        self.tokenizer = tokenizers["text"]
        self.name, self.task, self.labels = config.name, config.task, list(config.labels)

    def __repr__(self) -> str:
        return f"<ClassifierEntry {self.name} ({self.config.model_args.cell}, {self.task})>"

    @property
    def device(self) -> torch.device:
        """Where the model's weights are (the CPU, unless a training run moved them to a GPU)."""
        return next(self.model.parameters()).device

    def encode(self, text: str) -> Encoded:
        """Token ids of one text, truncated as the card states."""
        return encode(self.tokenizer, text, self.config.max_tokens, self.config.truncation)

    @torch.no_grad()
    def predict(self, texts: str | list[str]) -> list[dict[str, Any]]:
        """[{"label", "probs": {label: p}, "truncated", "n_tokens", "unknown_share"}] per text."""
        texts = check_texts(texts)
        encoded = [self.encode(t) for t in texts]
        probs: list[list[float]] = [[] for _ in encoded]
        device = self.device
        for chunk in same_length_batches([len(e.ids) for e in encoded], BATCH):
            ids = torch.tensor([encoded[i].ids for i in chunk], dtype=torch.long, device=device)  # (B, T)
            lengths = torch.full((len(chunk),), ids.shape[1], device=device)  # (B,), no padding
            for row, p in zip(chunk, torch.softmax(self.model(ids, lengths), dim=-1).tolist()):
                probs[row] = p
        return [self._result(p, e) for p, e in zip(probs, encoded)]

    def _result(self, probs: list[float], enc: Encoded) -> dict[str, Any]:
        best = max(range(len(probs)), key=probs.__getitem__)
        return {"label": self.labels[best], "probs": dict(zip(self.labels, probs)),
                "truncated": enc.truncated, "n_tokens": len(enc.ids), "unknown_share": enc.unknown_share}

    @torch.no_grad()
    def trace(self, text: str) -> dict[str, Any]:
        """Per-step tokens, hidden states (cell states and gates for LSTM), per-prefix predictions, context vector."""
        text = check_texts(text)[0]
        enc = self.encode(text)
        out = self.model.trace(torch.tensor(enc.ids))
        prefix = torch.softmax(out["prefix_logits"], dim=-1)  # (T, K)
        layers = [{k: v.numpy() for k, v in layer.items()} for layer in out["layers"]]
        probs = torch.softmax(out["logits"], dim=-1).tolist()
        return {"tokens": enc.tokens, "ids": enc.ids, "truncated": enc.truncated,
                "unknown_share": enc.unknown_share, "labels": self.labels,
                "hidden": layers[-1]["h"],  # (T, H*dirs) top layer
                "layers": layers, "context": out["context"].numpy(),
                "prefix_probs": prefix.numpy(), "prediction": self._result(probs, enc)}

    @torch.no_grad()
    def contexts(self, texts: list[str]) -> torch.Tensor:
        """Context vectors of many texts, (N, C) (for the 2-D maps)."""
        encoded = [self.encode(t).ids for t in check_texts(texts)]
        out = torch.zeros(len(encoded), self.model.context_dim)
        device = self.device
        for chunk in same_length_batches([len(e) for e in encoded], BATCH):
            ids = torch.tensor([encoded[i] for i in chunk], dtype=torch.long, device=device)  # (B, T)
            out[chunk] = self.model.context(ids, torch.full((len(chunk),), ids.shape[1], device=device)).cpu()
        return out

    def step_influence(self, text: str):
        """(T,) numpy: how strongly each token still moves the final hidden state, ||d h_T / d x_t||."""
        return self.model.step_influence(torch.tensor(self.encode(check_texts(text)[0]).ids)).numpy()
