"""Just enough Korean morphology to rebuild a predicate after its ending or negation moved (zoo/text/reorder.py).

Hangul syllables are composed arithmetically (U+AC00 + (initial * 21 + vowel) * 28 + final), so adding or
removing a final consonant and contracting a stem with -아/-어 need no dictionary. Irregular stems (ㅂ, ㄷ, ㅅ,
르) are not handled: they are rare in the sentences this serves, and a variant's note says what was rebuilt.
"""
from __future__ import annotations

_BASE, _LAST = 0xAC00, 0xD7A3
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
          "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
REGULAR_B = set("좁입잡씹뽑업집굽")  # ㅂ-final stems that keep their ㅂ (most ㅂ adjectives turn it into 우: 아쉽 -> 아쉬워)
_CONTRACT = {"ㅏ": "ㅏ", "ㅓ": "ㅓ", "ㅗ": "ㅘ", "ㅜ": "ㅝ", "ㅣ": "ㅕ", "ㅐ": "ㅐ", "ㅔ": "ㅔ", "ㅚ": "ㅙ", "ㅕ": "ㅕ"}


def is_syllable(ch: str) -> bool:
    """True for one precomposed Hangul syllable (가..힣)."""
    return len(ch) == 1 and _BASE <= ord(ch) <= _LAST


def parts(ch: str) -> tuple[int, str, str]:
    """(initial index, vowel, final) of a syllable."""
    code = ord(ch) - _BASE
    return code // 588, VOWELS[(code % 588) // 28], FINALS[code % 28]


def compose(initial: int, vowel: str, final: str = "") -> str:
    """The syllable of an initial index, a vowel and a final consonant."""
    return chr(_BASE + (initial * 21 + VOWELS.index(vowel)) * 28 + FINALS.index(final))


def final_of(ch: str) -> str:
    """The final consonant of a syllable ('' when it ends in a vowel or is not a syllable)."""
    return parts(ch)[2] if is_syllable(ch) else ""


def with_final(ch: str, final: str) -> str:
    """The syllable with its final consonant replaced ('' removes it)."""
    initial, vowel, _ = parts(ch)
    return compose(initial, vowel, final)


def infinitive(stem: str) -> str | None:
    """The -아/-어 form of a predicate stem: 좋 -> 좋아, 있 -> 있어, 하 -> 해, 보 -> 봐, 나쁘 -> 나빠, 마시 -> 마셔;
    None when the stem does not end in a Hangul syllable."""
    if not stem or not is_syllable(stem[-1]):
        return None
    last = stem[-1]
    initial, vowel, final = parts(last)
    if final == "ㅂ" and last not in REGULAR_B:  # 아쉽 -> 아쉬워, 즐겁 -> 즐거워
        return stem[:-1] + with_final(last, "") + "워"
    if final:
        return stem + ("아" if vowel in "ㅏㅗ" and final != "ㅆ" else "어")
    if last == "르" and len(stem) > 1 and is_syllable(stem[-2]) and not final_of(stem[-2]):  # 다르 -> 달라
        before = parts(stem[-2])[1]
        return stem[:-2] + with_final(stem[-2], "ㄹ") + ("라" if before in ("ㅏ", "ㅗ") else "러")
    if last == "하":
        return stem[:-1] + "해"
    if vowel == "ㅡ":  # 나쁘 -> 나빠, 예쁘 -> 예뻐, 쓰 -> 써
        before = parts(stem[-2])[1] if len(stem) > 1 and is_syllable(stem[-2]) else ""
        return stem[:-1] + compose(initial, "ㅏ" if before in ("ㅏ", "ㅗ") else "ㅓ")
    if vowel in _CONTRACT and not (vowel == "ㅣ" and initial == 11):  # 11: ㅇ (이 -> 이어, not 여)
        return stem[:-1] + compose(initial, _CONTRACT[vowel])
    return stem + "어"


def past(stem: str) -> str | None:
    """The past stem: 좋 -> 좋았, 하 -> 했, 보 -> 봤, 있 -> 있었 (None when it cannot be built)."""
    inf = infinitive(stem)
    return inf[:-1] + with_final(inf[-1], "ㅆ") if inf else None


def attach(stem: str, ending: str) -> str | None:
    """stem + ending, choosing the ending's form after a vowel or a consonant where Korean does.

    Endings: 다, 지만, 고, 네요, 죠, 는데, 은데 (-ㄴ데 after a vowel, -는데 after 있/없 and the past), 는다 (-ㄴ다
    after a vowel), 습니다 (-ㅂ니다 after a vowel), 어요 (the stem's -아/-어 form + 요), 었 (past: the past stem +
    the rest, e.g. 었다). None when it cannot be built.
    """
    if not stem or not is_syllable(stem[-1]):
        return None
    last, has_final = stem[-1], bool(final_of(stem[-1]))
    if ending.startswith("었") or ending.startswith("았"):
        stem_past = past(stem)
        return stem_past + ending[1:] if stem_past else None
    if ending.startswith("어") or ending.startswith("아"):  # 어요, 아요, 어서
        inf = infinitive(stem)
        return inf + ending[1:] if inf else None
    if ending == "습니다" or ending == "ㅂ니다":
        return stem + "습니다" if has_final else stem[:-1] + with_final(last, "ㅂ") + "니다"
    if ending.startswith("은") or ending.startswith("ㄴ"):  # 은데, 은: 좋은데, 지루한데, 아쉬운데; 좋았는데, 없는데
        rest = ending[1:]
        if final_of(last) == "ㅆ" or last in ("있", "없"):
            return stem + "는" + rest
        if final_of(last) == "ㅂ" and last not in REGULAR_B:
            return stem[:-1] + with_final(last, "") + "운" + rest
        return stem + "은" + rest if has_final else stem[:-1] + with_final(last, "ㄴ") + rest
    if ending == "는다":  # 먹는다, 간다
        return stem + "는다" if has_final else stem[:-1] + with_final(last, "ㄴ") + "다"
    return stem + ending
