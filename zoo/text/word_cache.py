"""The fast path for ASCII text: words split as the Metaspace pre-tokenizer splits them, each word's BPE ids
read from a per-tokenizer cache, so only words never seen before reach the `tokenizers` library.

Measured in the inference benchmark's pattern (each predict right after a model's forward pass, whose weights
push the tokenizer's tables out of the CPU cache), the full `tokenizers` pipeline took 110-250 us for a 50-token
review: more than a quarter of `rnn.imdb`'s forward pass. Python only joins cached lists here. It applies only
to the setup every zoo tokenizer has (see `_eligible`); anything else, and any text that is not ASCII or that
holds an added token's string, goes through the library (tests/test_tokenization.py checks equal ids).
"""
from __future__ import annotations

import json
import weakref

from tokenizers import Tokenizer, models, normalizers

from zoo.text.tokenization import ascii_steps, cached_per_tokenizer, mutable_settings, replace_normalizer

METASPACE = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}
MAX_WORDS = 50_000  # cache entries per tokenizer; the cache starts afresh when full
MAX_CACHED_WORD = 64  # longer words are tokenized every time rather than stored


class WordCache:
    """BPE ids of Metaspace words, remembered per word; cleanup: the tokenizer's steps that change ASCII text (a
    clean-up's Replace steps, see tokenization.ascii_steps), run on the whole text first."""

    def __init__(self, model: models.BPE, added: tuple[str, ...],
                 cleanup: normalizers.Normalizer | None = None) -> None:
        self.model, self.added, self.cleanup = model, added, cleanup
        self.ids_of: dict[str, list[int]] = {}

    def ids(self, text: str) -> list[int] | None:
        """The ids the tokenizer gives text (no special tokens added), or None where the library must run."""
        if not text.isascii() or any(token in text for token in self.added):
            return None
        if self.cleanup is not None:
            text = self.cleanup.normalize_str(text)
            if any(token in text for token in self.added):
                return None
        words = text.split(" ")  # Metaspace: each space becomes "\u2581" and starts a new piece
        if words[0] == "":  # a leading space is the first piece's own "\u2581": nothing is prepended
            del words[0]
        ids_of, out = self.ids_of, []
        for word in words:
            piece = "\u2581" + word
            ids = ids_of.get(piece)
            if ids is None:
                ids = [token.id for token in self.model.tokenize(piece)]
                if len(piece) <= MAX_CACHED_WORD:
                    if len(ids_of) >= MAX_WORDS:
                        ids_of.clear()
                    ids_of[piece] = ids
            out += ids
        return out


_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # tokenizer -> (settings, WordCache | None)


def word_cache(tok: Tokenizer) -> WordCache | None:
    """tok's word cache, or None when tok's setup is not the one the fast path copies."""
    return cached_per_tokenizer(_caches, tok, mutable_settings(tok), lambda: _build(tok))


def _build(tok: Tokenizer) -> WordCache | None:
    if not _eligible(tok):
        return None
    added = tuple(token.content for token in tok.get_added_tokens_decoder().values())
    return WordCache(tok.model, added, replace_normalizer(ascii_steps(tok.normalizer)))


def _eligible(tok: Tokenizer) -> bool:
    """BPE without dropout, a normalizer that on ASCII text is at most Replace steps, Metaspace splitting, no
    post-processing."""
    pre = tok.pre_tokenizer
    return (isinstance(tok.model, models.BPE) and not tok.model.dropout
            and ascii_steps(tok.normalizer) is not None
            and pre is not None and json.loads(pre.__getstate__()) == METASPACE
            and tok.post_processor is None and tok.truncation is None and tok.padding is None)
