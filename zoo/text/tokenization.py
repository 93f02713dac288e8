"""Subword tokenizers (Hugging Face `tokenizers`): BPE with byte fallback, so any text round-trips.

Characters never seen in training become byte tokens (<0xNN>) rather than one lossy [UNK]; the
share of such tokens tells how foreign a text is to the model.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

PAD, UNK, BOS, EOS = "<pad>", "<unk>", "<s>", "</s>"
SPECIALS = [PAD, UNK, BOS, EOS]  # ids 0..3, the same in every tokenizer
BYTE_TOKENS = [f"<0x{b:02X}>" for b in range(256)]


def train_tokenizer(texts: Iterable[str], vocab_size: int, min_frequency: int = 2,
                    limit_alphabet: int = 1000) -> Tokenizer:
    """Train a byte-fallback BPE tokenizer on texts (training split only)."""
    base = Tokenizer(models.BPE(unk_token=UNK))
    base.normalizer = normalizers.NFKC()
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
    import json

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

    Vocabulary size, BPE dropout, normalizer type, pre-tokenizer state, post-processor, truncation and padding;
    about 2 us to read (tens of microseconds right after a forward pass, hence TextEncoder).
    """
    pre, norm = tok.pre_tokenizer, tok.normalizer
    return (tok.get_vocab_size(), getattr(tok.model, "dropout", None), type(norm),
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


# Normalizers that map every ASCII text to itself: on ASCII input the tokenizer gives the same ids without them.
ASCII_STABLE = (normalizers.NFKC, normalizers.NFC, normalizers.NFKD, normalizers.NFD)
_ascii_twins: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # tokenizer -> (settings, twin)


def ascii_twin(tok: Tokenizer) -> Tokenizer:
    """The tokenizer to run on ASCII-only text: a copy without its Unicode normalizer when that normalizer
    leaves ASCII unchanged (NFKC and its kin), else tok itself.

    The NFKC pass was about 70% of encoding a 50-token English review; ASCII text is its own NFKC form, so
    the copy gives the same ids (tests/test_tokenization.py checks it). Cached per tokenizer object, rebuilt
    when its mutable settings change (train/augment.py sets a BPE dropout on a copy, for one).
    """
    if not isinstance(tok.normalizer, ASCII_STABLE):
        return tok

    def build() -> Tokenizer:
        twin = Tokenizer.from_str(tok.to_str())
        twin.normalizer = None
        return twin

    return cached_per_tokenizer(_ascii_twins, tok, mutable_settings(tok), build)


def truncate(ids: list[int], max_tokens: int, mode: str) -> list[int]:
    """Keep at most max_tokens ids: the head, or the head and tail halves ("head_tail")."""
    if len(ids) <= max_tokens:
        return ids
    if mode == "head_tail":
        head = max_tokens // 2
        return ids[:head] + ids[len(ids) - (max_tokens - head):]
    return ids[:max_tokens]
