"""Korean order-decides examples, version 5 (recipe field `order_version: 5`): version 3's examples (train.order_ko)
for 60%, and for the rest sentences whose verdict is the opposite of a strong word inside them: a complaint word in
a compliment ("지루할 새가 없었다") and praise in a complaint ("좋은 점이라곤 음악뿐"). Each is emitted with a twin of
the other label (the "more of" frames with the same words in another order). The lexicon is written for this project, not
taken from any dataset; the shipped minimal-pair test sets are never read here. Frames:
- more of one than the other: "A보다 B가 더 많았다", "A는 적고 B는 많다", "A는 잠깐, B는 내내": B decides;
- the only one: "X이라곤 Y뿐", "아쉬운 점은 Y 하나": the only good (or bad) point damns (or praises) the film;
- fear and hope proved wrong: "X할까 봐 걱정했는데 괜한 걱정", "X할 줄 알았는데 전혀 아니었다";
- could not help it: "안 X할 수가 없었다" (or "박수 안 칠") takes X's label, "X할 수가 없었다" the other;
- what took the viewer's time: "X만 봤다" (a phone, a clock: neg) and "X 볼 새가 없었다" (pos).
"""
from __future__ import annotations

import random

from .order_augment import NEG, POS, Pair, other_label
from .order_ko import josa, mixed_with_v3, subject, topic

# scenes and moments a comment counts: (good, bad), as "웃긴 장면", "지루한 장면"
KO_MOMENT_ADJ = {POS: ["웃긴", "재밌는", "감동적인", "멋진", "소름 돋는", "설레는", "통쾌한", "빵 터지는"],
                 NEG: ["지루한", "유치한", "억지스러운", "어색한", "뻔한", "오글거리는", "늘어지는", "짜증 나는"]}
KO_MOMENT = ["장면", "순간", "대사", "부분", "씬"]
KO_POINT = {POS: ["장점", "좋은 점", "볼거리", "재미", "감동"], NEG: ["단점", "아쉬운 점", "흠", "불만", "옥에 티"]}
KO_SMALL = ["음악", "포스터", "배경", "주인공 얼굴", "러닝타임", "예고편", "엔딩곡", "영상미", "의상"]
# what a viewer fears and hopes: "지루할까 봐" / "재밌을 줄 알고"
KO_FEAR = ["지루할", "유치할", "뻔할", "신파일", "졸릴", "어려울"]
KO_HOPE = ["재밌을", "감동적일", "신선할", "웃길", "시원할", "짜릿할"]
# "안 X할 수가 없었다": (stem + 을/ㄹ form, the label of doing it)
KO_HELPLESS = {POS: ["웃을", "울", "감탄할", "빠져들", "박수 칠", "몰입할", "반할"],
               NEG: ["졸", "하품할", "시계를 볼", "딴생각할", "한눈팔"]}
KO_DISTRACTION = ["핸드폰", "시계", "천장", "팝콘", "출구", "옆 사람"]


def _more_of(rng: random.Random) -> list[Pair]:
    """Two kinds of moment; the one there is more of decides, in either order."""
    good, bad = rng.choice(KO_MOMENT_ADJ[POS]), rng.choice(KO_MOMENT_ADJ[NEG])
    thing = rng.choice(KO_MOMENT)
    frame = rng.randrange(3)
    if frame == 0:  # "웃긴 장면보다 지루한 장면이 더 많았다" (neg)
        make = lambda few, many: f"{few} {thing}보다 {many} {subject(thing)} 더 많았다"  # noqa: E731
    elif frame == 1:  # "웃긴 장면은 적고 지루한 장면은 많다" (neg)
        make = lambda few, many: f"{few} {topic(thing)} 적고 {many} {topic(thing)} 많다"  # noqa: E731
    else:  # "웃긴 장면은 잠깐, 지루한 장면은 내내" (neg)
        make = lambda few, many: f"{few} {topic(thing)} 잠깐, {many} {topic(thing)} 내내"  # noqa: E731
    return [(make(good, bad), NEG), (make(bad, good), POS)]


def _only_one(rng: random.Random) -> list[Pair]:
    """The only good point damns the film; the only bad point praises it."""
    label = rng.choice([POS, NEG])
    point, small = rng.choice(KO_POINT[label]), rng.choice(KO_SMALL)
    twin_point = rng.choice(KO_POINT[other_label(label)])
    if rng.random() < 0.5:  # "장점이라곤 음악뿐" (neg) / "단점이라곤 음악뿐" (pos)
        make = lambda p: f"{josa(p, '이라곤', '라곤')} {small}뿐"  # noqa: E731
    else:  # "좋은 점은 음악 하나밖에 없다" (neg)
        make = lambda p: f"{topic(p)} {small} 하나밖에 없다"  # noqa: E731
    return [(make(point), other_label(label)), (make(twin_point), label)]


def _proved_wrong(rng: random.Random) -> list[Pair]:
    """A fear proved wrong praises; a hope proved wrong complains."""
    fear, hope = rng.choice(KO_FEAR), rng.choice(KO_HOPE)
    if rng.random() < 0.5:
        return [(f"{fear}까 봐 걱정했는데 괜한 걱정이었다", POS), (f"{hope} 줄 알고 기대했는데 괜한 기대였다", NEG)]
    return [(f"{fear} 줄 알았는데 전혀 아니었다", POS), (f"{hope} 줄 알았는데 전혀 아니었다", NEG)]


def _helpless(rng: random.Random) -> list[Pair]:
    """"안 X할 수가 없었다" takes X's label; "X할 수가 없었다" the other."""
    label = rng.choice([POS, NEG])
    act = rng.choice(KO_HELPLESS[label])
    head, _, verb = act.rpartition(" ")  # "시계를 볼": 안 goes before the verb
    negated = f"{head} 안 {verb}" if head else f"안 {verb}"
    return [(f"{negated} 수가 없었다", label), (f"{act} 수가 없었다", other_label(label))]


def _distraction(rng: random.Random) -> list[Pair]:
    """Watching the phone complains; no time to look at it praises."""
    thing, where = rng.choice(KO_DISTRACTION), rng.choice(["보는 내내", "두 시간 동안", "상영 내내", ""])
    lead = f"{where} " if where else ""
    return [(f"{lead}{thing}만 봤다", NEG), (f"{lead}{thing} 볼 새가 없었다", POS)]


FRAMES = [_more_of, _only_one, _proved_wrong, _helpless, _distraction]


def korean_examples_v5(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic Korean examples: 60% version 3's (korean_examples_v3), the rest the frames above."""
    return mixed_with_v3(pairs, n, seed, 0.6, random.Random(seed + 5), lambda rng: rng.choice(FRAMES)(rng))


__all__ = ["FRAMES", "korean_examples_v5"]
