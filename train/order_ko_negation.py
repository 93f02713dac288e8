"""Korean order-decides examples, version 4 (recipe field `order_version: 4`): version 3's examples
(train.order_ko) for 70%, and for the rest negations that version 3 lacks, each with its twin (the same frame
without the negator, or with a second one, and the other label). The lexicon is written for this project, not taken
from any dataset; the shipped minimal-pair test sets are never read here. Frames:
- failing to: "끝까지 몰입하지 못했다" (neg) / "끝까지 몰입했다" (pos); "몰입이 안 됐다" / "몰입이 잘 됐다";
- double negation: "재미가 없진 않았다" takes 재미's label, "재미가 없었다" flips it;
  "명작이 아닐 수 없다" takes 명작's, "명작은 아니다" flips it; "추천할 수밖에 없다" / "추천할 수 없다";
- no room for: "지루할 틈이 없었다" (pos) / "지루할 때가 많았다" (neg);
- not wasted: "시간이 아깝지 않았다" (pos) / "시간이 아까웠다" (neg);
- never again: "다시는 안 볼 영화" (neg) / "또 보고 싶은 영화" (pos).
"""
from __future__ import annotations

import random

from .order_augment import NEG, POS, Pair, other_label
from .order_ko import KO_HAVE, KO_NOUN, josa, mixed_with_v3, subject

# what a viewer manages or fails to do: (verb stem for "-지 못했다", its past form)
KO_ABLE = [("몰입하", "몰입했다"), ("집중하", "집중했다"), ("공감하", "공감했다"), ("감동받", "감동받았다"),
           ("빠져들", "빠져들었다"), ("웃", "웃었다")]
KO_GOES = ["몰입", "집중", "공감", "이해", "감정이입"]  # "몰입이 안 됐다" / "몰입이 잘 됐다"
KO_MUST = ["추천할", "감탄할", "인정할", "박수칠", "극찬할"]  # "추천할 수밖에 없다" (pos) / "추천할 수 없다" (neg)
KO_NO_ROOM = ["지루할", "졸", "한눈팔", "딴생각할", "하품할"]  # "지루할 틈이 없었다" (pos)
KO_WASTED = ["시간이", "돈이", "표값이", "두 시간이", "주말이"]  # "시간이 아깝지 않았다" (pos)
KO_AGAIN = {POS: ["또 보고 싶은", "다시 보고 싶은", "두 번 볼", "n차 관람할"],
            NEG: ["다시는 안 볼", "두 번은 안 볼", "다시 볼 일 없는", "두 번 다시 안 볼"]}
KO_PLACES = ["영화", "작품"]
KO_LEADS = {NEG: ["", "", "끝까지 ", "도무지 ", "전혀 ", "솔직히 "], POS: ["", "", "끝까지 ", "완전히 ", "솔직히 "]}


def negation_twins(rng: random.Random) -> list[Pair]:
    """One negated example and its twin with the other label."""
    frame = rng.randrange(8)
    if frame == 0:
        stem, past = rng.choice(KO_ABLE)
        return [(f"{rng.choice(KO_LEADS[NEG])}{stem}지 못했다", NEG), (f"{rng.choice(KO_LEADS[POS])}{past}", POS)]
    if frame == 1:
        thing = rng.choice(KO_GOES)
        return [(f"{subject(thing)} 안 됐다", NEG), (f"{subject(thing)} 잘 됐다", POS)]
    if frame == 2:  # "재미가 없진 않았다": the thing's own label; "재미가 없었다": flipped
        label = rng.choice([POS, NEG])
        thing = rng.choice(KO_HAVE[label])
        return [(f"{subject(thing)} 없진 않았다", label), (f"{subject(thing)} 없었다", other_label(label))]
    if frame == 3:  # "명작이 아닐 수 없다" / "명작은 아니다"
        label = rng.choice([POS, NEG])
        noun = rng.choice(KO_NOUN[label])
        return [(f"{subject(noun)} 아닐 수 없다", label), (f"{josa(noun, '은', '는')} 아니다", other_label(label))]
    if frame == 4:
        act = rng.choice(KO_MUST)
        return [(f"{act} 수밖에 없다", POS), (f"{act} 수 없다", NEG)]
    if frame == 5:
        what = rng.choice(KO_NO_ROOM)
        return [(f"{what} 틈이 없었다", POS), (f"{what} 때가 많았다", NEG)]
    if frame == 6:
        what = rng.choice(KO_WASTED)
        return [(f"{what} 아깝지 않았다", POS), (f"{what} 아까웠다", NEG)]
    place = rng.choice(KO_PLACES)
    return [(f"{rng.choice(KO_AGAIN[POS])} {place}", POS), (f"{rng.choice(KO_AGAIN[NEG])} {place}", NEG)]


def korean_examples_v4(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic Korean examples: 70% version 3's (korean_examples_v3), the rest the negations above."""
    return mixed_with_v3(pairs, n, seed, 0.7, random.Random(seed + 4), negation_twins)


__all__ = ["korean_examples_v4", "negation_twins"]
