"""Subword tokenizers (Hugging Face `tokenizers`): BPE with byte fallback, so any text round-trips.

Characters never seen in training become byte tokens (<0xNN>) rather than one lossy [UNK]; the
share of such tokens tells how foreign a text is to the model.
"""
from __future__ import annotations

import json
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from zoo.text.normalization import tokenizer_normalizer

PAD, UNK, BOS, EOS = "<pad>", "<unk>", "<s>", "</s>"
SPECIALS = [PAD, UNK, BOS, EOS]  # ids 0..3, the same in every tokenizer
BYTE_TOKENS = [f"<0x{b:02X}>" for b in range(256)]


def train_tokenizer(texts: Iterable[str], vocab_size: int, min_frequency: int = 2,
                    limit_alphabet: int = 1000, cleanup: str = "") -> Tokenizer:
    """Train a byte-fallback BPE tokenizer on texts (training split only); its normalizer is NFKC then the
    dataset's clean-up (zoo.text.normalization), so it learns from and serves the same text."""
    base = Tokenizer(models.BPE(unk_token=UNK))
    base.normalizer = tokenizer_normalizer(cleanup)
    base.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.BpeTrainer(vocab_size=max(vocab_size - len(BYTE_TOKENS), len(SPECIALS) + 1),
                                  min_frequency=min_frequency, special_tokens=SPECIALS,
                                  limit_alphabet=limit_alphabet, show_progress=False)
    base.train_from_iterator(texts, trainer=trainer)
    vocab = base.get_vocab()
    merges = [tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m)
              for m in _merges_of(base)]
    for tok in BYTE_TOKENS:
        vocab.setdefault(tok, len(vocab))
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token=UNK, byte_fallback=True))
    tok.normalizer = base.normalizer
    tok.pre_tokenizer = base.pre_tokenizer
    tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(),
                                     decoders.Fuse(), decoders.Strip(" ", 1, 0)])
    for special in SPECIALS:
        tok.add_special_tokens([special])
    return tok


def _merges_of(tok: Tokenizer) -> list:
    return json.loads(tok.to_str())["model"]["merges"]


def load_tokenizer(path: Path) -> Tokenizer:
    """Read a tokenizer.json file."""
    return Tokenizer.from_file(str(path))


def cached_per_tokenizer(cache: weakref.WeakKeyDictionary, tok: Tokenizer, key: object,
                         build: Callable[[], Any]) -> Any:
    """cache[tok]'s value if it was built under the same key, else build() stored under key."""
    cached = cache.get(tok)
    if cached is None or cached[0] != key:
        cached = (key, build())
        cache[tok] = cached
    return cached[1]


def mutable_settings(tok: Tokenizer) -> tuple:
    """The settings of tok that can change in place and that a copy or cache made from it depends on.

    Vocabulary size, BPE dropout, normalizer state, pre-tokenizer state, post-processor, truncation and padding;
    a few microseconds to read (tens of microseconds right after a forward pass, hence TextEncoder).
    """
    pre, norm = tok.pre_tokenizer, tok.normalizer
    return (tok.get_vocab_size(), getattr(tok.model, "dropout", None), None if norm is None else norm.__getstate__(),
            None if pre is None else pre.__getstate__(), tok.post_processor is None,
            tok.truncation is None and tok.padding is None)


_byte_ids: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # tokenizer -> (vocab size, ids)


def byte_token_ids(tok: Tokenizer) -> frozenset[int]:
    """Ids of the byte-fallback tokens (characters the tokenizer never learned).

    Cached per tokenizer object (rebuilt if its vocabulary grows): building it reads the whole
    vocabulary, which took longer than a small model's forward pass on every predict call.
    """
    def build() -> frozenset[int]:
        vocab = tok.get_vocab()
        return frozenset(vocab[t] for t in BYTE_TOKENS if t in vocab)

    return cached_per_tokenizer(_byte_ids, tok, tok.get_vocab_size(), build)


# Normalizer steps that map every ASCII text to itself: on ASCII input the tokenizer gives the same ids without them.
ASCII_STABLE = ("NFKC", "NFC", "NFKD", "NFD")
_ascii_twins: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # tokenizer -> (settings, twin)


def ascii_steps(norm: normalizers.Normalizer | None) -> list[dict] | None:
    """The steps of a normalizer that matter on ASCII text (JSON form): its Replace steps with ASCII content, once
    the steps that leave ASCII unchanged (NFKC and its kin) are dropped. None when some step is of another kind,
    which might turn ASCII into something else: then only the whole normalizer is right."""
    if norm is None:
        return []
    state = json.loads(norm.__getstate__())
    kept = []
    for step in state["normalizers"] if state["type"] == "Sequence" else [state]:
        if step["type"] in ASCII_STABLE:
            continue
        if step["type"] != "Replace" or not step["content"].isascii():
            return None
        kept.append(step)
    return kept


def replace_normalizer(steps: list[dict]) -> normalizers.Normalizer | None:
    """A normalizer of the Replace steps ascii_steps returned, in order (None for none)."""
    built = [normalizers.Replace(Regex(s["pattern"]["Regex"]) if "Regex" in s["pattern"] else s["pattern"]["String"],
                                 s["content"]) for s in steps]
    return None if not built else built[0] if len(built) == 1 else normalizers.Sequence(built)


def ascii_twin(tok: Tokenizer) -> Tokenizer:
    """The tokenizer to run on ASCII-only text: a copy whose normalizer keeps only the steps that can change ASCII
    (a clean-up's Replace steps; none for plain NFKC), else tok itself.

    The NFKC pass was about 70% of encoding a 50-token English review; ASCII text is its own NFKC form, so
    the copy gives the same ids (tests/test_tokenization.py checks it). Cached per tokenizer object, rebuilt
    when its mutable settings change (train/augment.py sets a BPE dropout on a copy, for one).
    """
    steps = ascii_steps(tok.normalizer)
    if steps is None or tok.normalizer is None:
        return tok

    def build() -> Tokenizer:
        twin = Tokenizer.from_str(tok.to_str())
        twin.normalizer = replace_normalizer(steps)
        return twin

    return cached_per_tokenizer(_ascii_twins, tok, mutable_settings(tok), build)


def truncate(ids: list[int], max_tokens: int, mode: str) -> list[int]:
    """Keep at most max_tokens ids: the head, the head and tail halves ("head_tail"), or the tail ("tail")."""
    if len(ids) <= max_tokens:
        return ids
    if mode == "tail":
        return ids[len(ids) - max_tokens:]
    if mode == "head_tail":
        head = max_tokens // 2
        return ids[:head] + ids[len(ids) - (max_tokens - head):]
    return ids[:max_tokens]
