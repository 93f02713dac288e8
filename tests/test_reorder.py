"""zoo/text/reorder.py: reorderings of a sentence (shuffles, clauses swapped around a contrast word, a negation
moved), in English and Korean; zoo/text/hangul.py: the few Korean predicate forms they rebuild."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from zoo.text import hangul
from zoo.text.reorder import MAX_VARIANTS, SHUFFLES, variants


def bag(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"\w+", text))


def of_kind(text: str, language: str, kind: str) -> list[str]:
    return [v["text"] for v in variants(text, language) if v["kind"] == kind]


EXAMPLES = [("It starts bad but ends good.", "en"), ("The acting was great. But the story was boring.", "en"),
            ("Although the cast is great, the film is boring.", "en"),
            ("The film is not good, but the music is lovely.", "en"),
            ("I don't like the plot, the acting is great", "en"), ("연기는 좋았지만 스토리가 너무 지루했다", "ko"),
            ("연기는 좋았다. 하지만 스토리가 지루했다.", "ko"), ("음악은 안 좋았지만 연기는 훌륭했어요", "ko"),
            ("배우들은 좋았지만 영화는 재미있지 않았다", "ko")]


@pytest.mark.parametrize("text,language", EXAMPLES)
def test_every_variant_is_well_formed_and_differs_from_the_original(text: str, language: str) -> None:
    found = variants(text, language)
    assert found and len(found) <= MAX_VARIANTS
    assert len({v["text"] for v in found}) == len(found)
    for v in found:
        assert v["kind"] in ("shuffle", "contrast", "negation") and v["note"] and v["text"].strip()
        assert v["text"] != " ".join(text.split())
        assert v["same_words"] == (bag(v["text"]) == bag(text))  # computed, not claimed
        assert isinstance(v["detail"], dict) and all(isinstance(x, str) for x in v["detail"].values())


@pytest.mark.parametrize("text,language", EXAMPLES)
def test_shuffles_keep_exactly_the_same_words(text: str, language: str) -> None:
    shuffles = [v for v in variants(text, language) if v["kind"] == "shuffle"]
    assert 1 <= len(shuffles) <= SHUFFLES
    assert all(v["same_words"] and bag(v["text"]) == bag(text) for v in shuffles)
    assert variants(text, language) == variants(text, language)  # fixed seeds


@pytest.mark.parametrize("text,expected", [
    ("It starts bad but ends good.", "It ends good but starts bad."),
    ("The film is great but the ending is weak.", "The ending is weak but the film is great."),
    ("Tom Hanks is great, but the script is weak!", "The script is weak, but Tom Hanks is great!"),
    ("The acting was great. But the story was boring.", "The story was boring. But the acting was great."),
    ("Although the cast is great, the film is boring.", "Although the film is boring, the cast is great."),
    ("The plot is thin; however, the acting is superb.", "The acting is superb; however, the plot is thin."),
    ("It was fun while it lasted, though the ending is weak.",
     "The ending is weak, though it was fun while it lasted."),  # 'though' is preferred to the temporal 'while'
    ("Great visuals yet a hollow story", "A hollow story yet great visuals"),
    ("The first half drags whereas the second half flies", "The second half flies whereas the first half drags"),
])
def test_english_contrast_swaps_the_clauses_and_keeps_the_words(text: str, expected: str) -> None:
    contrast = [v for v in variants(text, "en") if v["kind"] == "contrast"]
    assert [v["text"] for v in contrast] == [expected]
    assert contrast[0]["same_words"] and contrast[0]["detail"]["marker"]


def test_noun_phrase_markers_are_swapped_and_say_it_may_not_be_grammatical() -> None:
    (v,) = [v for v in variants("I loved it despite the slow start.", "en") if v["kind"] == "contrast"]
    assert v["text"] == "The slow start despite I loved it." and v["how"] == "phrases" and "grammatical" in v["note"]
    (v,) = [v for v in variants("Watch the trailer instead of the film", "en") if v["kind"] == "contrast"]
    assert v["detail"]["marker"] == "instead of" and v["same_words"]


@pytest.mark.parametrize("text,expected,same", [
    ("The film is not good, but the music is lovely.", "The film is good, but the music is not lovely.", True),
    ("This movie is never boring and the jokes are bad.", "This movie is boring and the jokes are never bad.", True),
    ("Not funny, but the music is lovely.", "Funny, but the music is not lovely.", True),
    ("I don't like the plot, the acting is great", "I do like the plot, the acting is not great", False),
    ("The plot isn't clever, the twist predictable", "The plot is clever, the twist not predictable", False),
    ("The plot is not clever, the twist predictable.", "The plot is clever, the twist not predictable.", True),
])
def test_english_negation_moves_to_the_other_clause(text: str, expected: str, same: bool) -> None:
    (v,) = [v for v in variants(text, "en") if v["kind"] == "negation"]
    assert v["text"] == expected and v["same_words"] is same


def test_no_negation_variant_without_a_second_clause_or_with_negations_everywhere() -> None:
    assert not of_kind("This is not a good film.", "en", "negation")
    assert not of_kind("It is not good and not bad.", "en", "negation")


@pytest.mark.parametrize("text,expected,same", [
    ("연기는 좋았지만 스토리가 너무 지루했다", "스토리가 너무 지루했지만 연기는 좋았다", False),
    ("영상미는 좋은데 이야기가 너무 뻔해서 아쉽네요", "이야기가 너무 뻔해서 아쉬운데 영상미는 좋네요", False),
    ("스토리가 지루하지만 연기는 좋아요", "연기는 좋지만 스토리가 지루해요", False),
    ("처음엔 별로였는데 마지막 반전 덕분에 완전히 빠져들었다", "마지막 반전 덕분에 완전히 빠져들었는데 처음엔 별로였다", False),
    ("음악은 좋았지만 결말이 아쉬웠습니다.", "결말이 아쉬웠지만 음악은 좋았습니다.", False),
    ("연기는 좋았다. 하지만 스토리가 지루했다.", "스토리가 지루했다. 하지만 연기는 좋았다.", True),
    ("연기는 좋았다 그런데 결말이 별로다", "결말이 별로다 그런데 연기는 좋았다", True),
])
def test_korean_contrast_moves_the_clauses_and_their_endings(text: str, expected: str, same: bool) -> None:
    contrast = [v for v in variants(text, "ko") if v["kind"] == "contrast"]
    assert contrast[0]["text"] == expected and contrast[0]["same_words"] is same


@pytest.mark.parametrize("text,expected,same", [
    ("음악은 안 좋았지만 연기는 훌륭했어요", "음악은 좋았지만 연기는 안 훌륭했어요", True),
    ("배우는 못 살렸지만 음악은 살렸다", "배우는 살렸지만 음악은 못 살렸다", True),
    ("배우들은 좋았지만 영화는 재미있지 않았다", "배우들은 안 좋았지만 영화는 재미있었다", False),
    ("스토리는 지루하지 않지만 결말이 뻔하다", "스토리는 지루하지만 결말이 안 뻔하다", False),
])
def test_korean_negation_moves_to_the_other_predicate(text: str, expected: str, same: bool) -> None:
    (v,) = [v for v in variants(text, "ko") if v["kind"] == "negation"]
    assert v["text"] == expected and v["same_words"] is same


@pytest.mark.parametrize("text", ["", "   ", "good", "good!", "😀", "😀 🎬 🍿", "great great great", "!!! ???",
                                  "a" * 5000, "ㅋㅋㅋ ㅠㅠ", "but", "but but", "Although, ", ". But .", "지만 는데",
                                  "하지만", "안 못", "not not", "isn't", "\n\t", "좋지 않", "x " * 3, "<br /> but <br />"])
@pytest.mark.parametrize("language", ["en", "ko", "fr"])
def test_odd_input_never_crashes(text: str, language: str) -> None:
    found = variants(text, language)
    assert len(found) <= MAX_VARIANTS
    assert all(v["text"].strip() and v["text"] != " ".join(text.split()) for v in found)


def test_one_word_or_no_words_gives_nothing_and_two_words_one_shuffle() -> None:
    assert variants("", "en") == variants("wonderful", "en") == variants("😀 🎬", "en") == []
    assert [v["text"] for v in variants("really good", "en")] == ["good really"]
    assert [v["text"] for v in variants("Really good!", "en")] == ["Good really!"]
    assert variants(None, "en") == []  # type: ignore[arg-type]


def test_a_very_long_text_gives_a_capped_number_of_variants_quickly() -> None:
    import time

    text = " ".join(["The acting is not great, but the music is lovely and it never drags."] * 400)
    started = time.perf_counter()
    found = variants(text, "en")
    assert time.perf_counter() - started < 2.0
    assert 1 <= len(found) <= MAX_VARIANTS
    assert {v["kind"] for v in found} == {"shuffle", "contrast", "negation"}
    assert all(bag(v["text"]) == bag(text) for v in found if v["kind"] == "shuffle")


@pytest.mark.parametrize("stem,infinitive,past", [("좋", "좋아", "좋았"), ("있", "있어", "있었"), ("하", "해", "했"),
                                                   ("지루하", "지루해", "지루했"), ("보", "봐", "봤"), ("나쁘", "나빠", "나빴"),
                                                   ("마시", "마셔", "마셨"), ("아쉽", "아쉬워", "아쉬웠"), ("다르", "달라", "달랐"),
                                                   ("가", "가", "갔"), ("되", "돼", "됐")])
def test_hangul_forms(stem: str, infinitive: str, past: str) -> None:
    assert hangul.infinitive(stem) == infinitive and hangul.past(stem) == past
    assert hangul.attach(stem, "었다") == past + "다"


def test_hangul_attach_picks_the_form_after_a_vowel_or_a_consonant() -> None:
    assert [hangul.attach(s, "은데") for s in ("좋", "지루하", "없", "좋았", "아쉽")] == [
        "좋은데", "지루한데", "없는데", "좋았는데", "아쉬운데"]
    assert [hangul.attach(s, "습니다") for s in ("좋", "지루하")] == ["좋습니다", "지루합니다"]
    assert hangul.attach("abc", "다") is None and hangul.infinitive("") is None
