"""zoo.load: resolve a name, folder or hf:// id; verify; build; cache."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoo.format.card import read_card
from zoo.format.checksums import verify
from zoo.format.config import EntryConfig
from zoo.format.entry import CARD, WEIGHTS, read_config, read_model, read_tokenizers
from zoo.errors import ZooError
from zoo.hub.fetch import download
from zoo.hub.registry import entry_folder, read_index, unknown_name_error, zoo_dir

if TYPE_CHECKING:  # the torch entry classes import torch: load_folder imports them when it builds a model
    from zoo.inference.classifier_entry import ClassifierEntry
    from zoo.inference.numpy_entry import NumpyClassifierEntry
    from zoo.inference.translator_entry import TranslatorEntry
    from zoo.inference.bow_entry import BowEntry
    from zoo.inference.lm_entry import LanguageModelEntry

    Entry = ClassifierEntry | NumpyClassifierEntry | TranslatorEntry | BowEntry | LanguageModelEntry
BACKENDS = ("torch", "numpy")
_cache: dict[tuple, "Entry"] = {}
_lock = threading.Lock()


def resolve(name_or_path: str | os.PathLike, revision: str | None = None) -> tuple[Path, list[dict], str]:
    """(folder, accepted sha256 manifests, label) for a zoo name, a folder path or hf://org/name."""
    text = str(name_or_path)
    if text.startswith("hf://"):
        return download(text, revision), [], text
    index = read_index()
    if text in index:
        record = index[text]
        accepted = [record["files"]] + ([record["previous_files"]] if record.get("previous_files") else [])
        return entry_folder(text), accepted, text
    path = Path(text).expanduser()
    if path.is_dir():
        return path.resolve(), [], str(path)
    raise unknown_name_error(text)


@dataclass(frozen=True)
class EntryFacts:
    """What a catalogue shows of an entry: its files checked against the index, the model not built."""

    name: str
    folder: Path
    config: EntryConfig
    card: dict[str, Any]

    @property
    def task(self) -> str:
        """The entry's task (sentiment, spam, translation)."""
        return self.config.task


def read_facts(name: str) -> EntryFacts:
    """An entry's config and card, after the same checksum check zoo.load makes; no weights are loaded."""
    folder, accepted, label = resolve(name)
    if accepted:
        verify(folder, accepted, label)
    config = read_config(folder)
    return EntryFacts(config.name, folder, config, _read_card(folder))


def _read_card(folder: Path) -> dict[str, Any]:
    """The card's facts, with the weights' size on disk when the card does not state it."""
    card = read_card(folder / CARD)
    card.setdefault("size_bytes", (folder / WEIGHTS).stat().st_size)
    return card


def load_folder(folder: Path, accepted: list[dict] | None = None, label: str | None = None,
                backend: str = "torch") -> Entry:
    """Verify (when a manifest is known) and build an entry from a folder, strictly, on the given backend."""
    _check_backend(backend)
    label = label or str(folder)
    if accepted:
        verify(folder, accepted, label)
    config = read_config(folder)
    if config.architecture == "bow":  # NumPy on either backend: there is no network to run on torch
        from zoo.inference.bow_entry import read_bow

        return read_bow(folder, config, _read_card(folder))
    tokenizers = read_tokenizers(folder, config)
    if backend == "numpy":  # classifiers only; imports no torch
        from zoo.inference.numpy_entry import NumpyClassifierEntry, read_numpy_net

        cls, network = NumpyClassifierEntry, read_numpy_net(folder, config)
    else:
        from zoo.inference.classifier_entry import ClassifierEntry
        from zoo.inference.translator_entry import TranslatorEntry

        if config.architecture == "lm":
            from zoo.inference.lm_entry import LanguageModelEntry

            cls = LanguageModelEntry
        else:
            cls = ClassifierEntry if config.architecture == "classifier" else TranslatorEntry
        network = read_model(folder, config)
    card = _read_card(folder)
    expected_roles = {"text"} if config.architecture in ("classifier", "lm") else {"source", "target"}
    if set(tokenizers) != expected_roles:
        raise ZooError(f"{label}: config.json tokenizer_files must name {sorted(expected_roles)}")
    _check_vocab_sizes(config, tokenizers, label)
    return cls(folder, config, network, tokenizers, card)


def _check_backend(backend: str) -> None:
    if backend not in BACKENDS:
        raise ZooError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")


def _check_vocab_sizes(config, tokenizers: dict, label: str) -> None:
    """Each tokenizer must have exactly the vocabulary its embedding was built for (ids past it crashed predict)."""
    args = config.model_args
    sizes = ({"text": args.vocab_size} if config.architecture in ("classifier", "lm")
             else {"source": args.src_vocab_size, "target": args.tgt_vocab_size})
    for role, size in sizes.items():
        have = tokenizers[role].get_vocab_size()
        if have != size:
            raise ZooError(f"{label}: {config.tokenizer_files[role]} has {have} tokens but config.json "
                           f"model_args say {size}: the tokenizer does not belong to these weights")


def load(name_or_path: str | os.PathLike, revision: str | None = None, backend: str = "torch") -> Entry:
    """Load an entry: zoo name, local folder, or hf://org/name. Verified, strict, cached.

    backend="numpy" runs a classifier's network on NumPy (zoo.models.numpy_net): same answers, no torch import.
    """
    _check_backend(backend)
    folder, accepted, label = resolve(name_or_path, revision)
    weights = folder / WEIGHTS
    stamp = weights.stat().st_mtime_ns if weights.exists() else None
    key = (str(folder), stamp, str(zoo_dir()), backend)
    with _lock:
        if key not in _cache:
            _cache[key] = load_folder(folder, accepted, label, backend)
        return _cache[key]
