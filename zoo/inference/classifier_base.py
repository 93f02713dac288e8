"""What every loaded classifier entry does, whichever library runs its network: text in, labels and traces out.

zoo.inference.classifier_entry.ClassifierEntry runs the network with torch, zoo.inference.numpy_entry.NumpyClassifierEntry with
NumPy. Each supplies the network's functions (_logit_rows, _contexts, _head_logits, _trace); the checks of
the input, its encoding, the batching and the shape of every result live here once, so both backends answer
alike.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from zoo.format.config import EntryConfig
from zoo.text.text_input import Encoded, TextEncoder, check_texts, same_length_batches

BATCH = 64


class ClassifierBase:
    """Many-to-one classifier with its tokenizer, labels and card."""

    backend = ""

    def __init__(self, folder: Path, config: EntryConfig, tokenizers: dict, card: dict[str, Any]) -> None:
        self.folder, self.card = folder, card
        self.tokenizer = tokenizers["text"]
        self.config = config  # also builds the encoder and reads the temperature (see the setter)
        self.name, self.task, self.labels = config.name, config.task, list(config.labels)

    @property
    def config(self) -> EntryConfig:
        """The entry's configuration. Setting a new one (training tries read limits and temperatures this way)
        rebuilds the text encoder for its token limit and truncation and takes its temperature."""
        return self._config

    @config.setter
    def config(self, value: EntryConfig) -> None:
        self._config = value
        self._encoder = TextEncoder(self.tokenizer, value.max_tokens, value.truncation)
        self.temperature = value.temperature  # logits / T: calibrated on the validation split (see the card)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} ({self.config.model_args.cell}, {self.task})>"

    def encode(self, text: str) -> Encoded:
        """Token ids of one text, truncated as the card states."""
        return self._encoder.encode(text)

    def predict(self, texts: str | list[str]) -> list[dict[str, Any]]:
        """[{"label", "probs": {label: p}, "truncated", "n_tokens", "unknown_share"}] per text (probabilities
        calibrated: the logits are divided by the entry's temperature)."""
        encoded = [self.encode(t) for t in check_texts(texts)]
        probs: list[list[float]] = [[] for _ in encoded]
        for chunk in same_length_batches([len(e.ids) for e in encoded], BATCH):
            rows = self._logit_rows([encoded[i].ids for i in chunk])  # B lists of T ids: same length, no padding
            t = self.temperature
            for row, logits in zip(chunk, rows):
                probs[row] = softmax_row(logits if t == 1.0 else [x / t for x in logits])
        return [self._result(p, e) for p, e in zip(probs, encoded)]

    def logits(self, texts: str | list[str]) -> np.ndarray:
        """(N, K) logits before the temperature (what calibration is fitted on)."""
        encoded = [self.encode(t).ids for t in check_texts(texts)]
        out = np.zeros((len(encoded), len(self.labels)), np.float64)
        for chunk in same_length_batches([len(e) for e in encoded], BATCH):
            out[chunk] = self._logit_rows([encoded[i] for i in chunk])
        return out

    def _result(self, probs: list[float], enc: Encoded) -> dict[str, Any]:
        best = max(range(len(probs)), key=probs.__getitem__)
        return {"label": self.labels[best], "probs": dict(zip(self.labels, probs)),
                "truncated": enc.truncated, "n_tokens": len(enc.ids), "unknown_share": enc.unknown_share}

    def trace(self, text: str, max_prefixes: int | None = None) -> dict[str, Any]:
        """Per-step tokens, hidden states (cell states and gates for LSTM), per-prefix predictions, context vector.

        Every array is NumPy: "hidden" (T, H*dirs) of the top layer; "layers" one dict per layer ("h", and per
        direction d "h_d", "c_d" for LSTM, "{gate}_d"), each (T, ...); "context" (C,); "prefix_probs" (P, K)
        after the prefixes ending at the steps "prefix_steps" (P,), 0-based. That is every step (P = T) unless
        max_prefixes is given: then at most that many, evenly spaced, the whole text last. A bidirectional
        network re-reads every prefix backwards, T²/2 steps in all (720 tokens: 260,000), so a page thins them.
        """
        enc = self.encode(check_texts(text)[0])
        steps = prefix_steps(len(enc.ids), max_prefixes)
        out = self._trace(np.array(enc.ids, dtype=np.int64), None if max_prefixes is None else steps + 1)
        layers = out["layers"]
        return {"tokens": enc.tokens, "ids": enc.ids, "truncated": enc.truncated,
                "unknown_share": enc.unknown_share, "labels": self.labels,
                "hidden": layers[-1]["h"], "layers": layers, "context": out["context"],
                "prefix_probs": softmax(out["prefix_logits"] / self.temperature), "prefix_steps": steps,
                "prediction": self._result(softmax(out["logits"] / self.temperature).tolist(), enc)}

    def context_array(self, texts: list[str]) -> np.ndarray:
        """Context vectors of many texts as NumPy, (N, C) (for the 2-D maps)."""
        encoded = [self.encode(t).ids for t in check_texts(texts)]
        out = np.zeros((len(encoded), self.context_dim), np.float32)
        for chunk in same_length_batches([len(e) for e in encoded], BATCH):
            out[chunk] = self._contexts(np.array([encoded[i] for i in chunk], dtype=np.int64))
        return out

    def contexts_and_labels(self, texts: list[str]) -> tuple[np.ndarray, list[str]]:
        """Context vectors (N, C) of many texts and the label the output layer gives each, from one pass."""
        contexts = self.context_array(texts)
        return contexts, [self.labels[i] for i in self._head_logits(contexts).argmax(axis=-1).tolist()]

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{tensor name: shape} of the loaded weights."""
        raise NotImplementedError

    @property
    def context_dim(self) -> int:
        """Length of the context vector the output layer reads."""
        raise NotImplementedError

    def _logit_rows(self, ids: list[list[int]]) -> list[list[float]]:
        """B lists of T ids (unpadded) -> B lists of K logits: plain lists, as predict reads them."""
        raise NotImplementedError

    def _contexts(self, ids: np.ndarray) -> np.ndarray:
        """ids: (B, T) unpadded -> context vectors (B, C)."""
        raise NotImplementedError

    def _head_logits(self, contexts: np.ndarray) -> np.ndarray:
        """contexts: (B, C) -> logits (B, K): the output layer alone."""
        raise NotImplementedError

    def _trace(self, ids: np.ndarray, prefix_lengths: np.ndarray | None = None) -> dict[str, Any]:
        """ids: (T,) -> {"layers": [{name: (T, ...)}], "context": (C,), "logits": (K,), "prefix_logits": (T, K)}
        (with prefix_lengths (P,): (P, K), after the prefixes of those lengths only)."""
        raise NotImplementedError


def prefix_steps(steps: int, most: int | None = None) -> np.ndarray:
    """The 0-based last steps of the prefixes a trace predicts after: all of 0..steps-1, or at most `most` of them,
    evenly spaced and always ending at the last step."""
    if most is None or steps <= most:
        return np.arange(steps, dtype=np.int64)
    return np.unique(np.linspace(0, steps - 1, max(most, 2)).round().astype(np.int64))


def softmax_row(logits: list[float]) -> list[float]:
    """Probabilities of one row of logits, in Python floats (for a handful of labels this beats any array call)."""
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis, computed in float64 and returned as float32."""
    shifted = np.asarray(logits, dtype=np.float64)
    shifted = np.exp(shifted - shifted.max(axis=-1, keepdims=True))
    return (shifted / shifted.sum(axis=-1, keepdims=True)).astype(np.float32)
