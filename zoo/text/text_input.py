"""Turning user text into token ids: validation, clipping of huge input, truncation, unknown share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tokenizers import Tokenizer

from zoo.errors import ZooError
from zoo.text.tokenization import ascii_twin, byte_token_ids, truncate
from zoo.text.word_cache import word_cache

CHARS_PER_TOKEN_BOUND = 64  # no token is longer than this, so clipping to max_tokens*64 chars loses nothing used


@dataclass(frozen=True)
class Encoded:
    """Token ids of one text, after truncation, with what was done to it."""

    ids: list[int]
    n_tokens_before: int
    truncated: bool
    unknown_share: float  # share of tokens for characters the tokenizer never learned
    tokenizer: Tokenizer = field(repr=False, compare=False)

    @property
    def tokens(self) -> list[str]:
        """The tokens' strings, looked up on demand (predict never needs them)."""
        return [self.tokenizer.id_to_token(i) for i in self.ids]


def check_texts(texts: str | list[str]) -> list[str]:
    """A list of non-empty strings, or a ZooError that says which one is wrong."""
    if isinstance(texts, str):
        texts = [texts]
    if not isinstance(texts, (list, tuple)) or not texts:
        raise ZooError("expected a non-empty list of texts")
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise ZooError(f"text {i} is a {type(text).__name__}, not a string")
        if not text.strip():
            raise ZooError("empty text: type at least one word" + (f" (text {i})" if len(texts) > 1 else ""))
    return list(texts)


class TextEncoder:
    """Tokenizes texts with one tokenizer, keeping at most max_tokens tokens (head, or head and tail).

    Its fast paths (the word cache, the byte-token ids, and on first need the normalizer-free twin, which takes
    20-60 ms to build) are looked up once: a loaded entry keeps one for its tokenizer, which its files fix.
    Reading a tokenizer's settings costs tens of microseconds right after a forward pass, a tenth of a small
    model's.
    """

    def __init__(self, tok: Tokenizer, max_tokens: int, mode: str) -> None:
        self.tok, self.max_tokens, self.mode = tok, max_tokens, mode
        self.words, self.byte_ids = word_cache(tok), byte_token_ids(tok)
        self._twin: Tokenizer | None = None

    def encode(self, text: str) -> Encoded:
        """Token ids of one text, truncated; ZooError if no token is left."""
        limit = self.max_tokens * CHARS_PER_TOKEN_BOUND
        clipped = len(text) > 2 * limit
        if clipped:  # never tokenize megabytes only to throw them away
            text = {"head_tail": text[:limit] + " " + text[-limit:], "tail": text[-limit:]}.get(self.mode, text[:limit])
        all_ids = None if self.words is None else self.words.ids(text)  # English text: cached ids per word
        if all_ids is None:
            runner = self._ascii_runner() if text.isascii() else self.tok  # same ids, without a needless normalizer
            # the batch call without offsets: the same ids as tok.encode in about two thirds of the time
            all_ids = runner.encode_batch_fast([_without_lone_surrogates(text)], add_special_tokens=False)[0].ids
        ids = truncate(all_ids, self.max_tokens, self.mode)
        if not ids:
            raise ZooError("the text has no tokens the model can read")
        byte_ids = self.byte_ids
        unknown = sum(1 for i in ids if i in byte_ids) / len(ids)
        return Encoded(ids, len(all_ids), clipped or len(all_ids) > self.max_tokens, unknown, self.tok)

    def _ascii_runner(self) -> Tokenizer:
        if self._twin is None:
            self._twin = ascii_twin(self.tok)
        return self._twin


def encode(tok: Tokenizer, text: str, max_tokens: int, mode: str) -> Encoded:
    """Tokenize one text with a tokenizer whose settings may change between calls (training's BPE-dropout copy)."""
    return TextEncoder(tok, max_tokens, mode).encode(text)


def _without_lone_surrogates(text: str) -> str:
    """Lone surrogates (e.g. undecodable bytes in a command-line argument) become U+FFFD.

    The tokenizer accepts only valid Unicode and raised TypeError on them.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def same_length_batches(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Indices grouped by exact length, so no input is padded and results never depend on batch-mates."""
    groups: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        groups.setdefault(n, []).append(i)
    return [idx[i:i + batch_size] for n in sorted(groups) for idx in [groups[n]] for i in range(0, len(idx), batch_size)]
