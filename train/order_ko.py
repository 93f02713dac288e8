"""Korean order-decides examples, version 3 (recipe field `order_version: 3`): version 2's kinds
(train.order_augment.korean_examples) for 40% of the examples, and for the rest the frames of everyday Korean
movie comments, with a hand-written lexicon of verdict nouns (written for this project, not taken from any
dataset; the shipped minimal-pair test sets are never read here):
- contrast: "A는데 B", "A긴 했지만 B", "A. 그래도 B", "A은커녕 B", "A보다는 B에 가깝다": B decides;
- order: "초반 A 후반 B", "A로 시작해서 B로 끝남", "A인 줄 알았는데 B", "기대는 A, 결과는 B": the later one decides;
- negation: "A가 아니라 B" takes B; "A는 아님", "A라고 할 순 없다", "하나도 A지 않았다", "X 없는 영화", "X 안 함",
  "A지 않은 영화" flip A (and "A지 않은 영화는 아니었다" flips it back).
Every contrast and order example comes with its mirror (the parts swapped, the other label).
"""
from __future__ import annotations

import random
from typing import Callable

from .order_augment import (KO_NEGATABLE, KO_PRED, KO_SUBJECTS, NEG, POS, Pair, final_consonant, korean_examples,
                            other_label)

# verdict nouns: a whole judgement in one word, as comments use them ("노잼", "인생영화")
KO_NOUN = {POS: ["꿀잼", "명작", "걸작", "수작", "최고", "대박", "감동", "인생영화", "띵작", "힐링", "명품", "레전드",
                 "흥미진진", "볼만함", "만족"],
           NEG: ["노잼", "졸작", "망작", "태작", "최악", "쓰레기", "실망", "시간낭비", "돈낭비", "흑역사", "지루함", "억지",
                 "유치함", "발연기", "불만"]}
KO_ASPECTS = ["연기", "스토리", "영상미", "음악", "결말", "연출", "대사", "전개", "캐릭터", "액션", "각본", "분위기", "OST"]
KO_TAILS = ["", "", "", ".", "ㅋㅋ", "ㅠㅠ", "!", "..."]


def josa(word: str, with_batchim: str, without: str) -> str:
    """The word with the particle form its last syllable takes (은/는, 이/가, 으로/로: ㄹ takes 로)."""
    final = final_consonant(word)
    if with_batchim == "으로":
        return word + ("으로" if final not in (0, 8) else "로")
    return word + (with_batchim if final else without)


def subject(word: str) -> str:
    """The word with 이/가."""
    return josa(word, "이", "가")


def topic(word: str) -> str:
    """The word with 은/는."""
    return josa(word, "은", "는")


def mixed_with_v3(pairs: list[Pair], n: int, seed: int, share_v3: float, rng: random.Random,
                  make_twins: Callable[[random.Random], list[Pair]]) -> list[Pair]:
    """About n examples: share_v3 of them version 3's (korean_examples_v3), the rest make_twins(rng) with a tail."""
    out = korean_examples_v3(pairs, int(n * share_v3), seed)
    while len(out) < n:
        out += [(text + rng.choice(KO_TAILS), label) for text, label in make_twins(rng)]
    out = out[:n]
    rng.shuffle(out)
    return out


def _copula(word: str) -> str:
    """The "-이라고" form of a noun: 명작이라고, 최고라고."""
    return word + ("이라고" if final_consonant(word) else "라고")


def _mirror(make, a: str, b: str, label_of_b: str, label_of_a: str) -> list[Pair]:
    """make(a, b) takes b's label; its mirror make(b, a) takes a's."""
    return [(make(a, b), label_of_b), (make(b, a), label_of_a)]


def _contrast(label: str, other: str, rng: random.Random) -> list[Pair]:
    """A is `label`, B `other`: the examples take B's label, their mirrors A's."""
    frame = rng.randrange(5)
    if frame == 0:  # "연기는 좋았는데 스토리가 지루했다"
        (_, a, a_stem), (_, b, b_stem) = rng.choice(KO_PRED[label]), rng.choice(KO_PRED[other])
        s1, s2 = rng.sample(KO_ASPECTS, 2)
        return [(f"{josa(s1, '은', '는')} {a_stem}는데 {josa(s2, '은', '는')} {b}", other),
                (f"{josa(s1, '은', '는')} {b_stem}는데 {josa(s2, '은', '는')} {a}", label)]
    if frame == 1:  # "재밌긴 했지만 너무 뻔했다"
        (a_stem, a), (b_stem, b) = rng.choice(KO_NEGATABLE[label]), rng.choice(KO_NEGATABLE[other])
        return [(f"{a_stem}긴 했지만 {b}", other), (f"{b_stem}긴 했지만 {a}", label)]
    a, b = rng.choice(KO_NOUN[label]), rng.choice(KO_NOUN[other])
    if frame == 2:  # "스토리는 노잼. 그래도 연기는 명품"
        s1, s2 = rng.sample(KO_ASPECTS, 2)
        return _mirror(lambda p, q: f"{josa(s1, '은', '는')} {p}. 그래도 {josa(s2, '은', '는')} {q}", a, b, other, label)
    if frame == 3:  # "꿀잼은커녕 노잼" (far from A: B)
        return _mirror(lambda p, q: f"{josa(p, '은', '는')}커녕 {q}", a, b, other, label)
    return _mirror(lambda p, q: f"{josa(p, '이라기', '라기')}보다는 {q}에 가깝다", a, b, other, label)


def _order(label: str, other: str, rng: random.Random) -> list[Pair]:
    """The later verdict decides: A first (label), B last (other)."""
    a, b = rng.choice(KO_NOUN[label]), rng.choice(KO_NOUN[other])
    frames = [lambda p, q: f"초반 {p} 후반 {q}", lambda p, q: f"처음엔 {p}, 끝은 {q}",
              lambda p, q: f"{josa(p, '으로', '로')} 시작해서 {josa(q, '으로', '로')} 끝남",
              lambda p, q: f"{p}인 줄 알았는데 {q}", lambda p, q: f"기대는 {p}, 결과는 {q}",
              lambda p, q: f"보기 전엔 {p}, 보고 나니 {q}"]
    return _mirror(rng.choice(frames), a, b, other, label)


def _negation(label: str, other: str, rng: random.Random) -> list[Pair]:
    """Negation flips what it scopes over; "A가 아니라 B" takes B."""
    frame = rng.randrange(7)
    if frame >= 4:
        return _absence(label, other, frame, rng)
    a, b = rng.choice(KO_NOUN[label]), rng.choice(KO_NOUN[other])
    if frame == 0:  # "노잼이 아니라 꿀잼"
        return _mirror(lambda p, q: f"{josa(p, '이', '가')} 아니라 {q}", a, b, other, label)
    if frame == 1:  # "명작은 아님" (neg) / "명작임" (pos)
        return [(f"{josa(a, '은', '는')} 아님", other), (f"{a}임", label)]
    if frame == 2:  # "명작이라고 할 순 없다"
        return [(f"{_copula(a)} 할 순 없다", other), (f"{_copula(a)} 할 만하다", label)]
    stem, past = rng.choice(KO_NEGATABLE[label])  # "하나도 재밌지 않았다" / "재밌었다"
    subject = josa(rng.choice(KO_ASPECTS), "은", "는")
    return [(f"{subject} 하나도 {stem}지 않았다", other), (f"{subject} 정말 {past}", label)]


def _absence(label: str, other: str, frame: int, rng: random.Random) -> list[Pair]:
    """"X 없는 영화", "X 안 함", "X지 않은 영화": the label is X's, flipped; each with its plain twin."""
    if frame == 4:  # "감동 없는 영화" (neg) / "감동 있는 영화" (pos); "억지 없는 전개" (pos)
        thing, place = rng.choice(KO_HAVE[label]), rng.choice(["영화", "전개", "스토리", "작품", "결말"])
        verb = rng.choice([("없는", "있는"), ("없음", "있음"), ("없었다", "있었다")])
        return [(f"{thing} {verb[0]} {place}" if verb[0] == "없는" else f"{thing} {verb[0]}", other),
                (f"{thing} {verb[1]} {place}" if verb[1] == "있는" else f"{thing} {verb[1]}", label)]
    if frame == 5:  # "추천 안 함" (neg) / "추천함" (pos); "후회 안 함" (pos)
        act = rng.choice(KO_ACT[label])
        tense = rng.choice([("안 함", "함"), ("안 했다", "했다"), ("안 합니다", "합니다")])
        return [(f"{act} {tense[0]}", other), (f"{act}{tense[1]}", label)]
    stem, _ = rng.choice(KO_NEGATABLE[label])  # "지루하지 않은 영화" (pos) / "지루하지 않은 영화는 아니었다" (neg)
    place = rng.choice(["영화", "작품", "스토리", "두 시간"])
    return [(f"{stem}지 않은 {place}", other), (f"{stem}지 않은 {josa(place, '은', '는')} 아니었다", label)]


# what a film has or lacks ("X 없는 영화" flips X) and what a viewer does ("X 안 함" flips X)
KO_HAVE = {POS: ["감동", "재미", "긴장감", "여운", "웃음", "반전", "매력", "개연성"],
           NEG: ["억지", "군더더기", "지루함", "허점", "신파", "오글거림", "구멍", "민폐 캐릭터"]}
KO_ACT = {POS: ["추천", "재관람", "강추", "소장", "박수"], NEG: ["후회", "실망", "하품", "졸음", "짜증"]}


def korean_examples_v3(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic Korean examples: 40% version 2's (korean_examples), the rest the frames above."""
    rng = random.Random(seed + 3)
    out: list[Pair] = korean_examples(pairs, int(n * 0.4), seed)
    while len(out) < n:
        kind, label = rng.random(), rng.choice([POS, NEG])
        other = other_label(label)
        made = (_contrast(label, other, rng) if kind < 0.4 else _order(label, other, rng) if kind < 0.7
                else _negation(label, other, rng))
        out += [(text + rng.choice(KO_TAILS), lab) for text, lab in made]
    out = out[:n]
    rng.shuffle(out)
    return out


__all__ = ["KO_ASPECTS", "KO_NOUN", "KO_SUBJECTS", "josa", "korean_examples_v3", "mixed_with_v3", "subject", "topic"]
