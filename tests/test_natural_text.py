"""train.natural_text: SST-2's tokenized, lower-cased text rewritten as people type it, for extra training rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from train.natural_text import natural_text


@pytest.mark.parametrize("tokenized, typed", [
    ("it 's not bad , is n't it ?", "It's not bad, isn't it?"),
    ("i ca n't believe it wo n't end ...", "I can't believe it won't end..."),
    ("they 're fine ; i 'm not", "They're fine; I'm not"),
    ("`` the movie '' is good .", '"the movie" is good.'),
    ("unflinchingly bleak and desperate ", "Unflinchingly bleak and desperate"),
    ("a -- b", "A -- b"),
])
def test_tokenized_text_is_rewritten_as_typed(tokenized: str, typed: str) -> None:
    """Clitics and punctuation join their word, quotes are straight, "i" is "I", the first letter a capital."""
    assert natural_text(tokenized) == typed


def test_typed_text_is_left_as_it_is() -> None:
    """Text already in the typed form comes back unchanged (words like "is" and "india" keep their "i")."""
    text = "It isn't bad, it's India's best film; I'm sure."
    assert natural_text(text) == text


def test_extra_rows_in_the_natural_form(data_root: Path) -> None:
    """extra_form "natural" rewrites the extra rows and keeps their labels, order and count."""
    from train.classify import extra_rows
    from train.presets import PRESETS

    preset = {**PRESETS["lstm.imdb"], "extra_train": "sst2", "extra_rows": 200}
    plain, natural = extra_rows({**preset, "extra_form": ""}, str(data_root)), extra_rows(
        {**preset, "extra_form": "natural"}, str(data_root))
    assert [l for _, l in natural] == [l for _, l in plain] and len(natural) == 200
    assert natural == [(natural_text(t), l) for t, l in plain]
    assert not any(" n't" in t or " 's" in t for t, _ in natural) and any(" n't" in t for t, _ in plain)
