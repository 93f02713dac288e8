"""Turning user text into token ids: validation, clipping of huge input, truncation, unknown share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tokenizers import Tokenizer

from .errors import ZooError
from .tokenization import ascii_twin, byte_token_ids, truncate

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


def encode(tok: Tokenizer, text: str, max_tokens: int, mode: str) -> Encoded:
    """Tokenize one text and keep at most max_tokens tokens (head, or head and tail)."""
    limit = max_tokens * CHARS_PER_TOKEN_BOUND
    clipped = len(text) > 2 * limit
    if clipped:  # never tokenize megabytes only to throw them away
        text = text[:limit] + " " + text[-limit:] if mode == "head_tail" else text[:limit]
    runner = ascii_twin(tok) if text.isascii() else tok  # same ids; skips a normalizer that cannot change ASCII
    # the batch call without offsets: the same ids as tok.encode in about two thirds of the time
    all_ids = runner.encode_batch_fast([_without_lone_surrogates(text)], add_special_tokens=False)[0].ids
    ids = truncate(all_ids, max_tokens, mode)
    if not ids:
        raise ZooError("the text has no tokens the model can read")
    byte_ids = byte_token_ids(tok)
    unknown = sum(1 for i in ids if i in byte_ids) / len(ids)
    return Encoded(ids, len(all_ids), clipped or len(all_ids) > max_tokens, unknown, tok)


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
