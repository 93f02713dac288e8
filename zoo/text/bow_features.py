"""The features a bag-of-words entry reads: normalised words, and per word its terms (the word, or its character
n-grams). Every term comes from one word alone, so the features of a text do not depend on its word order.

Training (scikit-learn's TfidfVectorizer with `analyzer=TextFeatures(...)`) and inference call the same code.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # IMDB's line breaks, as distributed
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """NFKC, HTML line breaks to spaces, lower case."""
    return _BREAK.sub(" ", unicodedata.normalize("NFKC", text)).lower()


def words(text: str) -> list[str]:
    """The text's words (runs of letters, digits and underscores, in any script), normalised, in order."""
    return _WORD.findall(normalize(text))


@dataclass(frozen=True)
class TextFeatures:
    """Callable text -> list of terms (with repeats); `terms_of_word` gives one word's share."""

    analyzer: str = "word"  # "word" or "char_wb"
    ngram_min: int = 1
    ngram_max: int = 1

    def terms_of_word(self, word: str) -> list[str]:
        """The terms one word contributes: itself, or the character n-grams of " word " (char_wb)."""
        if self.analyzer == "word":
            return [word]
        padded = f" {word} "
        out = []
        for n in range(self.ngram_min, self.ngram_max + 1):
            out += [padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]
        return out

    def __call__(self, text: str) -> list[str]:
        return [term for word in words(text) for term in self.terms_of_word(word)]
