"""English order-decides examples, version 3 (recipe field `order_version: 3`): version 2's kinds
(train.order_augment.english_examples) for 40% of the examples, and for the rest frames that version 2 lacks, each
emitted with a twin of the other label (a hand-written lexicon, written for this project, not taken from any
dataset; the shipped minimal-pair test sets are never read here):
- negation: scope words other than "not" ("nothing about it is X" / "everything about it is X", "anything but X" /
  "nothing but X", "never fails to" / "fails to", "not a single X moment", "has no X" / "is full of X", "I'd never
  watch it again" / "I'd watch it again", "not as X as I feared", "I wouldn't call it X", "it never stops being X" /
  "it soon stops being X", "could not have been better / worse");
- order and role: the part that decides comes first as often as last ("it ends Y after starting X", "more Y than
  X", "instead of X it is Y", "I expected X and got Y", "the trailer looked X; the film is Y").
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

from .order_augment import (EN_ADJ, EN_SUBJECTS, NEG, POS, Pair, _mirrored, _style, english_examples,
                            other_label)

# what a film is full of or lacks
EN_NOUN = {POS: ["charm", "heart", "humor", "tension", "suspense", "energy", "wit", "imagination", "soul", "style",
                 "great moments", "real laughs", "good ideas", "warmth", "surprises"],
           NEG: ["cliches", "filler", "plot holes", "bad jokes", "dead spots", "dull stretches", "cheap scares",
                 "wooden lines", "clumsy scenes", "padding", "nonsense", "boring scenes", "flaws", "cringe"]}
# what a viewer does after a film: something good to say of it, or something bad
EN_ACT = {POS: ["watch it again", "recommend it", "see it twice", "buy it on blu-ray", "pay to see it again",
                "show it to my friends", "call it a classic"],
          NEG: ["walk out", "fall asleep", "check my watch", "ask for my money back", "get bored", "roll my eyes",
                "reach for my phone"]}
EN_SKILL = ["impress", "entertain", "surprise", "move me", "make me laugh", "hold my attention", "deliver", "amaze",
            "keep me hooked", "win me over"]
EN_THING = ["film", "movie", "story", "sequel", "script", "cast", "ending", "performance", "comedy", "thriller"]

Twins = list[Pair]


def _negation(label: str, other: str, rng: random.Random) -> Twins:
    """A negated sentence and its twin without (or with another) negator: the negation flips the label."""
    x, s, thing = rng.choice(EN_ADJ[label]), rng.choice(EN_SUBJECTS), rng.choice(EN_THING)
    frame = rng.randrange(11)
    if frame == 0:
        return [(f"nothing about {s} is {x}", other), (f"everything about {s} is {x}", label)]
    if frame == 1:
        return [(f"{s} is anything but {x}", other), (f"{s} is nothing but {x}", label)]
    if frame == 2:
        skill = rng.choice(EN_SKILL)
        return [(f"{s} never fails to {skill}", POS), (f"{s} fails to {skill}", NEG)]
    if frame == 3:
        return [(f"there is not a single {x} moment in {s}", other), (f"every moment of {s} is {x}", label)]
    if frame == 4:
        noun = rng.choice(EN_NOUN[label])
        have = rng.choice([("has no", "is full of"), ("lacks", "is packed with"), ("is free of", "is loaded with")])
        return [(f"the {thing} {have[0]} {noun}", other), (f"the {thing} {have[1]} {noun}", label)]
    if frame == 5:
        act = rng.choice(EN_ACT[label])
        neg = rng.choice([("i would never", "i would"), ("i wouldn't", "i would"), ("no way i would", "i would"),
                          ("i never wanted to", "i wanted to"), ("i did not", "i did")])
        return [(f"{neg[0]} {act}", other), (f"{neg[1]} {act}", label)]
    if frame == 6:
        expect = rng.choice(["i feared", "i expected", "i hoped", "the trailer promised", "people said"])
        return [(f"{s} is not as {x} as {expect}", other), (f"{s} is even more {x} than {expect}", label)]
    if frame == 7:
        verb = rng.choice([("i wouldn't call it", "i would call it"), ("i can't say it was", "i must say it was"),
                           ("i don't think it is", "i think it is"), ("nobody could call it", "anybody would call it")])
        return [(f"{verb[0]} {x}", other), (f"{verb[1]} {x}", label)]
    if frame == 8:
        return [(f"{s} soon stops being {x}", other), (f"{s} never stops being {x}", label)]
    if frame == 9:
        good, bad = rng.choice([("better", "worse"), ("more fun", "more dull"), ("more enjoyable", "more tedious")])
        return [(f"the {thing} could not have been {good}", POS), (f"the {thing} could not have been {bad}", NEG)]
    y = rng.choice(EN_ADJ[label])
    return [(f"the {thing} is neither {x} nor {y}", other), (f"the {thing} is both {x} and {y}", label)]


EN_ORDER_V3 = ["it ends {y} after starting {x}", "{y} by the end, despite a {x} start", "i expected {x} and got {y}",
               "i expected a {x} film and got a {y} one", "the trailer looked {x}; the film is {y}",
               "at first i thought it was {x}, but it turned out {y}", "{x} for an hour, then {y} until the end",
               "i used to think it was {x}; now i think it is {y}", "it was {y} after a {x} opening",
               "the first ten minutes are {x}, the other two hours are {y}", "a {x} book became a {y} film",
               "the reviews said {x}; i found it {y}", "it turns {y} once the {x} setup is over",
               "{x} on paper, {y} on screen"]
EN_CONTRAST_V3 = ["more {y} than {x}", "less {x} than {y}", "instead of {x}, it is {y}", "it is {y} instead of {x}",
                  "rather than {x}, it's {y}", "{y} rather than {x}", "not so much {x} as {y}",
                  "despite the {x} cast, the film is {y}", "the film is {y}, despite the {x} cast",
                  "{x} in places but {y} overall", "{y} overall, if {x} in places"]


def _order(label: str, other: str, rng: random.Random) -> Twins:
    """An order or contrast frame (the deciding part first or last) and its mirror."""
    template = rng.choice(EN_ORDER_V3 + EN_CONTRAST_V3)
    return _mirrored(lambda x, y: template.format(x=x, y=y), rng.choice(EN_ADJ[other]), rng.choice(EN_ADJ[label]),
                     True, (other, label))


def _articles(text: str) -> str:
    """"a" before a vowel becomes "an" ("an awful start")."""
    return re.sub(r"\ba (?=[aeiou])", "an ", text)


def english_examples_v3(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic English examples: 40% version 2's (english_examples), the rest the frames above."""
    rng = random.Random(seed + 3)
    out: list[Pair] = english_examples(pairs, int(n * 0.4), seed)
    made: list[Pair] = []
    while len(out) + len(made) < n:
        label = rng.choice([POS, NEG])
        frame: Callable[[str, str, random.Random], Twins] = _negation if rng.random() < 0.55 else _order
        made += frame(label, other_label(label), rng)
    out += [(_style(_articles(text), rng), lab) for text, lab in made]
    out = out[:n]
    rng.shuffle(out)
    return out


__all__ = ["EN_ACT", "EN_NOUN", "english_examples_v3"]
