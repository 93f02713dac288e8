"""Tokenized, lower-cased text (SST-2's Penn-Treebank style: "it 's not bad , is n't it ?") rewritten as people
type it ("It's not bad, isn't it?"), for rows that join another dataset's training data (recipe field
`extra_form: natural`), so that a model learns one written form of a negation, not two."""
from __future__ import annotations

import re

_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b")
_PUNCT_BEFORE = re.compile(r" ([,.!?;:%]|\.\.\.)(?=\s|$)")
_OPEN_QUOTE = re.compile(r"``\s*")
_CLOSE_QUOTE = re.compile(r"\s*''")
_PRONOUN_I = re.compile(r"\bi\b")


def natural_text(text: str) -> str:
    """The text with clitics and punctuation joined to their word, straight quotes, "I" and a capital first letter."""
    text = _CLITIC.sub(r"\1", text.strip())
    text = _PUNCT_BEFORE.sub(r"\1", text)
    text = _CLOSE_QUOTE.sub('"', _OPEN_QUOTE.sub('"', text))
    text = _PRONOUN_I.sub("I", text)
    return text[:1].upper() + text[1:]
