"""Tokenizers: exact round trips in English, Korean and emoji; byte fallback; truncation."""
from __future__ import annotations

import pytest

from zoo.errors import ZooError
from zoo.text_input import check_texts, encode
from zoo.tokenization import byte_token_ids, train_tokenizer, truncate

CORPUS = ["the film was wonderful and the cast was great", "a dull, slow film", "영화가 정말 재미있어요",
          "배우들의 연기가 좋았다", "call now to claim your prize", "see you at lunch tomorrow"] * 5


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer(CORPUS, vocab_size=400)


@pytest.mark.parametrize("text", ["the film was great", "Hello,  World!  Tabs\tand\nnewlines",
                                  "영화가 정말 재미있어요", "이 영화 최고 👍🏽🎬", "emoji only 😀🙃🔥",
                                  "mixed 한국어 and English", "Ünïcödé ñ ß ﬁ"])
def test_round_trip_is_exact(tok, text: str) -> None:
    import unicodedata

    ids = tok.encode(text, add_special_tokens=False).ids
    assert tok.decode(ids) == unicodedata.normalize("NFKC", text)


def test_unseen_characters_become_bytes_not_unk(tok) -> None:
    ids = tok.encode("🦜", add_special_tokens=False).ids
    assert ids[0] == tok.token_to_id("▁")  # the word marker, then the 4 UTF-8 bytes
    assert len(ids) == 5 and set(ids[1:]) <= byte_token_ids(tok)
    assert tok.token_to_id("<unk>") not in ids


def test_special_ids_are_fixed(tok) -> None:
    assert [tok.token_to_id(t) for t in ("<pad>", "<unk>", "<s>", "</s>")] == [0, 1, 2, 3]


def test_truncation_modes() -> None:
    ids = list(range(10))
    assert truncate(ids, 4, "head") == [0, 1, 2, 3]
    assert truncate(ids, 4, "head_tail") == [0, 1, 8, 9]
    assert truncate(ids, 20, "head") == ids


def test_encode_reports_truncation_and_unknown_share(tok) -> None:
    long = encode(tok, "the film " * 500, 16, "head")
    assert long.truncated and len(long.ids) == 16 and long.n_tokens_before > 16
    foreign = encode(tok, "Ελληνικά γράμματα", 64, "head")
    assert foreign.unknown_share > 0.5
    assert encode(tok, "the film", 64, "head").unknown_share == 0.0


def test_huge_input_is_clipped_before_tokenizing(tok) -> None:
    enc = encode(tok, "a" * 1_000_000, 8, "head_tail")
    assert enc.truncated and len(enc.ids) == 8


@pytest.mark.parametrize("bad", ["", "   \n\t", [], [""], [3]])
def test_bad_texts_are_clear_errors(bad) -> None:
    with pytest.raises(ZooError):
        check_texts(bad)
