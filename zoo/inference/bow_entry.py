"""A loaded bag-of-words entry: the TF-IDF + logistic-regression rival as a zoo classifier (NumPy, no torch).

It answers `predict` like the recurrent classifiers, and `trace` shows what a bag of words "sees": each word's
contribution to the logit. Reordering the words of a text changes none of them.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from zoo.errors import ZooError
from zoo.format.config import EntryConfig
from zoo.format.entry import read_json
from zoo.inference.classifier_base import softmax_row
from zoo.models.bow import BowNet
from zoo.text.bow_features import TextFeatures, words
from zoo.text.text_input import check_texts

VOCAB = "vocab.json"
MAX_CHARS = 200_000  # a bag of words reads every word; beyond this the text is cut (and `truncated` says so)


def read_vocab(path: Path, size: int) -> dict[str, int]:
    """{term: index} from vocab.json ({"terms": [...]} in index order), checked against the config's size."""
    raw = read_json(path)
    terms = raw.get("terms") if isinstance(raw, dict) else None
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ZooError(f"{path.name} in {path.parent}: expected an object with a list of strings under 'terms'")
    if len(terms) != size or len(set(terms)) != size:
        raise ZooError(f"{path.name} in {path.parent}: {len(terms)} terms ({len(set(terms))} distinct) but "
                       f"config.json model_args say vocab_size {size}: the vocabulary does not belong to these weights")
    return {t: i for i, t in enumerate(terms)}


class BowEntry:
    """Bag-of-words classifier with its vocabulary, labels and card."""

    backend = "numpy"

    def __init__(self, folder: Path, config: EntryConfig, net: BowNet, vocab: dict[str, int],
                 card: dict[str, Any]) -> None:
        self.folder, self.config, self.net, self.vocab, self.card = folder, config, net, vocab, card
        self.name, self.task, self.labels = config.name, config.task, list(config.labels)
        args = config.model_args
        self.features = TextFeatures(args.analyzer, args.ngram_min, args.ngram_max)

    def __repr__(self) -> str:
        return f"<BowEntry {self.name} ({self.task})>"

    def _words(self, text: str) -> tuple[list[str], bool]:
        return words(text[:MAX_CHARS]), len(text) > MAX_CHARS

    def _word_terms(self, word: str) -> list[int]:
        return [self.vocab[t] for t in self.features.terms_of_word(word) if t in self.vocab]

    def _scored(self, text: str) -> tuple[list[str], list[list[int]], Counter, dict[int, float], bool]:
        """(words, each word's term ids, term counts, each term's part of the logit, truncated)."""
        found, truncated = self._words(text)
        per_word = [self._word_terms(w) for w in found]
        counts = Counter(j for terms in per_word for j in terms)
        return found, per_word, counts, self.net.term_contributions(counts), truncated

    def _result(self, logit: float, n_words: int, known: int, truncated: bool) -> dict[str, Any]:
        z = logit / self.config.temperature
        probs = softmax_row([0.0, z])
        best = 1 if z > 0 else 0
        return {"label": self.labels[best], "probs": dict(zip(self.labels, probs)), "truncated": truncated,
                "n_tokens": n_words, "unknown_share": 0.0 if not n_words else round(1 - known / n_words, 4)}

    def predict(self, texts: str | list[str]) -> list[dict[str, Any]]:
        """[{"label", "probs": {label: p}, "truncated", "n_tokens" (words), "unknown_share"}] per text."""
        out = []
        for text in check_texts(texts):
            found, per_word, _, parts, truncated = self._scored(text)
            out.append(self._result(self.net.intercept + sum(parts.values()), len(found),
                                    sum(1 for t in per_word if t), truncated))
        return out

    def logits(self, texts: str | list[str]) -> np.ndarray:
        """(N, 2) logits before the temperature: [0, log-odds of labels[1]] per text."""
        return np.array([[0.0, self.net.intercept + sum(self._scored(t)[3].values())] for t in check_texts(texts)])

    def trace(self, text: str) -> dict[str, Any]:
        """Each word's contribution to the logit (log-odds of labels[1]); they and the intercept sum to it.

        {"tokens": words, "contributions": [float per word], "intercept", "logit", "labels", "prediction"}.
        A term that several words share splits its part between them by how often each produced it.
        """
        found, per_word, counts, parts, truncated = self._scored(check_texts(text)[0])
        contributions = [sum(parts[j] / counts[j] for j in terms) for terms in per_word]
        logit = self.net.intercept + sum(parts.values())
        return {"tokens": found, "contributions": contributions, "intercept": self.net.intercept,
                "logit": logit, "labels": self.labels, "temperature": self.config.temperature,
                "prediction": self._result(logit, len(found), sum(1 for t in per_word if t), truncated)}

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """{tensor name: shape} of the loaded weights."""
        return BowNet.parameter_shapes(self.config.model_args)


def read_bow(folder: Path, config: EntryConfig, card: dict[str, Any]) -> BowEntry:
    """Build a bag-of-words entry from its folder: weights (safetensors, checked strictly) and vocab.json."""
    from safetensors.numpy import load_file

    from zoo.format.entry import TensorFacts, check_weights, read_safetensors

    if config.model_args.num_labels != 2:
        raise ZooError(f"{config.name}: a bag-of-words entry has exactly 2 labels")
    fname = config.tokenizer_files.get("vocab")
    if set(config.tokenizer_files) != {"vocab"}:
        raise ZooError(f"{folder / 'config.json'}: tokenizer_files of a bag-of-words entry must name only 'vocab'")
    vocab = read_vocab(folder / fname, config.model_args.vocab_size)
    state = read_safetensors(folder, load_file)
    check_weights({k: TensorFacts(tuple(v.shape), str(v.dtype), np.issubdtype(v.dtype, np.floating),
                                  bool(np.isfinite(v).all()) if np.issubdtype(v.dtype, np.floating) else True)
                   for k, v in state.items()}, BowNet.parameter_shapes(config.model_args), folder)
    return BowEntry(folder, config, BowNet(config.model_args, state), vocab, card)
