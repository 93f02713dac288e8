"""Tokenizers: exact round trips in English, Korean and emoji; byte fallback; truncation."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoo.inference.classifier_base import softmax, softmax_row
from zoo.errors import ZooError
from zoo.text.text_input import check_texts, encode
from zoo.text.tokenization import SPECIALS, ascii_twin, byte_token_ids, train_tokenizer, truncate
from zoo.text.word_cache import word_cache

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


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(str.strip))
def test_fast_encoding_matches_the_tokenizers_own(tok, text: str) -> None:
    """encode() uses the batch call without offsets; ids and tokens must be what tok.encode gives."""
    full = tok.encode(text, add_special_tokens=False)  # st.text draws no lone surrogates
    enc = encode(tok, text, 10_000, "head")
    assert enc.ids == full.ids and enc.tokens == full.tokens and not enc.truncated


def test_tokens_follow_truncation(tok) -> None:
    enc = encode(tok, "the film was wonderful " * 10 + "a dull, slow film", 6, "head_tail")
    assert enc.tokens == [tok.id_to_token(i) for i in enc.ids] and len(enc.tokens) == 6


def test_softmax_row_matches_the_array_softmax() -> None:
    rows = np.array([[0.0, 0.0], [3.5, -2.0], [800.0, -800.0], [1.0, 2.0]], dtype=np.float32)
    for row, expected in zip(rows.tolist(), softmax(rows).tolist()):
        assert softmax_row(row) == pytest.approx(expected, abs=1e-7)
        assert sum(softmax_row(row)) == pytest.approx(1.0)


ASCII_SAMPLES = ["<s> call now </s> <pad><unk> <0x41>", "Tabs\tand\nnewlines  and   spaces ", "FREE!!! 50% off $$$",
                 "~`^|\\{}[]\x00\x07\x7f", "the film was wonderful"]


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(st.characters(max_codepoint=127), min_size=1, max_size=200),
                      st.sampled_from(ASCII_SAMPLES)).filter(str.strip))
def test_ascii_text_gets_the_tokenizers_own_ids_from_the_twin_and_the_word_cache(tok, text: str) -> None:
    expected = tok.encode(text, add_special_tokens=False).ids
    assert ascii_twin(tok) is not tok and ascii_twin(tok).normalizer is None
    assert ascii_twin(tok).encode(text, add_special_tokens=False).ids == expected
    cached = word_cache(tok).ids(text)
    assert cached == expected or (cached is None and any(s in text for s in SPECIALS))
    assert encode(tok, text, 10_000, "head").ids == expected


def test_ascii_fast_paths_of_every_bundled_tokenizer_give_the_same_ids() -> None:
    from pathlib import Path

    from zoo.text.tokenization import load_tokenizer

    files = sorted((Path(__file__).parent.parent / "zoo" / "entries").glob("*/tokenizer*.json"))
    assert files
    for path in files:
        tok = load_tokenizer(path)
        for text in ASCII_SAMPLES + [s.upper() for s in ASCII_SAMPLES]:
            expected = tok.encode(text, add_special_tokens=False).ids
            assert ascii_twin(tok).encode(text, add_special_tokens=False).ids == expected, (path.parent.name, text)
            assert encode(tok, text, 10_000, "head").ids == expected, (path.parent.name, text)
            if not any(s in text for s in SPECIALS):
                assert word_cache(tok).ids(text) == expected, (path.parent.name, text)


def test_a_normalizer_that_changes_ascii_is_kept(tok) -> None:
    from tokenizers import Tokenizer, normalizers

    lower = Tokenizer.from_str(tok.to_str())
    lower.normalizer = normalizers.Lowercase()
    assert ascii_twin(lower) is lower
    assert encode(lower, "THE FILM", 64, "head").ids == encode(tok, "the film", 64, "head").ids


def test_ascii_twin_follows_a_dropout_set_in_place(tok) -> None:
    from tokenizers import Tokenizer

    noisy = Tokenizer.from_str(tok.to_str())
    assert ascii_twin(noisy).model.dropout is None
    noisy.model.dropout = 0.5
    text = "the film was wonderful and the cast was great " * 3
    assert ascii_twin(noisy).model.dropout == pytest.approx(0.5)
    assert len({tuple(encode(noisy, text, 1000, "head").ids) for _ in range(20)}) > 1


def test_the_word_cache_leaves_what_it_cannot_copy_to_the_tokenizer(tok) -> None:
    from tokenizers import Tokenizer, pre_tokenizers

    assert word_cache(tok).ids("the film") is not None
    assert word_cache(tok).ids("the film 영화") is None  # not ASCII
    assert word_cache(tok).ids("the <s> film") is None  # an added token's string
    other = Tokenizer.from_str(tok.to_str())
    other.pre_tokenizer = pre_tokenizers.Whitespace()
    assert word_cache(other) is None
    other = Tokenizer.from_str(tok.to_str())
    assert word_cache(other) is not None
    other.model.dropout = 0.5  # set in place, as train/augment.py does
    assert word_cache(other) is None
    other.model.dropout = None
    other.add_tokens(["film"])  # added after the cache was built: the text now needs the full pipeline
    assert word_cache(other).ids("the film") is None
    assert encode(other, "the film", 64, "head").ids == other.encode("the film", add_special_tokens=False).ids


def test_the_word_cache_stays_bounded_and_right(tok, monkeypatch) -> None:
    from tokenizers import Tokenizer

    import zoo.text.word_cache as module

    monkeypatch.setattr(module, "MAX_WORDS", 10)
    fresh = Tokenizer.from_str(tok.to_str())
    words = [f"w{i}x" for i in range(40)] + ["a" * 200]
    for word in words:
        text = f"the {word} film"
        assert word_cache(fresh).ids(text) == fresh.encode(text, add_special_tokens=False).ids
    cache = word_cache(fresh)
    assert 0 < len(cache.ids_of) <= 10 and all(len(w) <= module.MAX_CACHED_WORD for w in cache.ids_of)


BREAKS = ["<br />", "<BR/>", "<br>", "<br/>", "<Br  />", "<br\t/>", "<br", "br />", "<b r/>", "<<br />/>", "<br<br />/>",
          "<s><br /></s>", "＜ｂｒ＞", "<br />\u00e9"]


@pytest.fixture(scope="module")
def tok_br():
    """A tokenizer with the IMDB clean-up: HTML line breaks become spaces (zoo.text.normalization)."""
    return train_tokenizer(CORPUS + ["the film<br /><br />was great"] * 3, vocab_size=400, cleanup="html-breaks")


def _with_breaks(alphabet: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(st.one_of(st.text(alphabet, max_size=12), st.sampled_from(BREAKS)), min_size=1, max_size=12).map(
        "".join).filter(str.strip)


def test_the_html_break_clean_up_is_in_the_tokenizer(tok_br) -> None:
    ids = tok_br.encode("the film was great", add_special_tokens=False).ids
    for text in ("the film<br />was great", "the film<BR/>was great", "the film<br>was great"):
        assert tok_br.encode(text, add_special_tokens=False).ids == ids
    assert ascii_twin(tok_br) is not tok_br and ascii_twin(tok_br).normalizer is not None  # the Replace step stays


@settings(max_examples=300, deadline=None)
@given(text=_with_breaks(st.characters(max_codepoint=127)))
def test_ascii_fast_paths_apply_the_clean_up(tok_br, text: str) -> None:
    expected = tok_br.encode(text, add_special_tokens=False).ids
    if text.isascii():
        assert ascii_twin(tok_br).encode(text, add_special_tokens=False).ids == expected
        cached = word_cache(tok_br).ids(text)
        assert cached == expected or (cached is None and any(s in text for s in SPECIALS))
    assert encode(tok_br, text, 10_000, "head").ids == expected


@settings(max_examples=200, deadline=None)
@given(text=_with_breaks(st.characters(blacklist_categories=("Cs",))))
def test_any_text_with_breaks_gets_the_tokenizers_own_ids(tok_br, text: str) -> None:
    assert encode(tok_br, text, 10_000, "head").ids == tok_br.encode(text, add_special_tokens=False).ids


def test_fast_paths_step_aside_for_a_normalizer_step_they_do_not_know(tok) -> None:
    from tokenizers import Regex, Tokenizer, normalizers

    other = Tokenizer.from_str(tok.to_str())
    other.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(Regex("x"), "\u00e9")])
    assert ascii_twin(other) is other and word_cache(other) is None  # the Replace makes ASCII into non-ASCII
    other.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace("film", "movie")])
    assert word_cache(other).ids("the film") == other.encode("the film", add_special_tokens=False).ids
    other.normalizer = normalizers.NFKC()  # swapped in place: the cache and the twin follow
    assert word_cache(other).ids("the film") == tok.encode("the film", add_special_tokens=False).ids
    assert ascii_twin(other).normalizer is None
