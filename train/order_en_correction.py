"""English order-decides examples, version 4 (recipe field `order_version: 4`): version 3's examples (train.order_en)
for 80% of them, and for the rest corrections, where a later part takes back an earlier one ("not X, actually Y" /
"Y, actually not X", "I thought it would be X; it was actually Y"), each with its twin of the other label made of
the same words. A hand-written lexicon, written for this project, not taken from any dataset; the shipped
minimal-pair test sets are never read here."""
from __future__ import annotations

import random

from .order_augment import EN_ADJ, EN_SUBJECTS, Pair, _style, other_label
from .order_en import english_examples_v3

CORRECTION_SHARE = 0.2
# "not A, actually B" (A and B alike: B's label) and its twin "B, actually not A" (the other label)
EN_NOT_ACTUALLY = [("not {a}, actually {b}", "{b}, actually not {a}"),
                   ("not {a} - really {b}", "{b} - really not {a}"),
                   ("not {a}; in fact {b}", "{b}; in fact not {a}"),
                   ("{s} is not {a}, it is actually {b}", "{s} is {b}, it is actually not {a}"),
                   ("not {a}? no, {b}", "{b}? no, not {a}")]
# the later part decides: swapping X and Y swaps the label
EN_TAKEN_BACK = ["i thought it would be {x}; it was actually {y}", "{x}? not at all, {y}",
                 "you'd expect {x}, but it's actually {y}", "calling {s} {x} would be wrong: it is {y}",
                 "{x}, or so i thought; {y}, actually", "{s} looks {x}, yet it is actually {y}",
                 "{x}? no. {y}", "{x} - well, {y} really"]


def _correction(label: str, rng: random.Random) -> list[Pair]:
    """A correction and its twin of the other label, made of the same words."""
    s = rng.choice(EN_SUBJECTS)
    if rng.random() < 0.5:
        a, b = rng.sample(EN_ADJ[label], 2)
        first, twin = rng.choice(EN_NOT_ACTUALLY)
        return [(first.format(a=a, b=b, s=s), label), (twin.format(a=a, b=b, s=s), other_label(label))]
    template = rng.choice(EN_TAKEN_BACK)
    x, y = rng.choice(EN_ADJ[other_label(label)]), rng.choice(EN_ADJ[label])
    return [(template.format(x=x, y=y, s=s), label), (template.format(x=y, y=x, s=s), other_label(label))]


def english_examples_v4(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic English examples: 80% version 3's (english_examples_v3), the rest corrections."""
    rng = random.Random(seed + 4)
    corrections = int(n * CORRECTION_SHARE)
    out = english_examples_v3(pairs, n - corrections, seed)
    made: list[Pair] = []
    while len(made) < corrections:
        made += _correction(rng.choice(sorted(EN_ADJ)), rng)
    out += [(_style(text, rng), lab) for text, lab in made[:corrections]]
    rng.shuffle(out)
    return out


__all__ = ["EN_NOT_ACTUALLY", "EN_TAKEN_BACK", "english_examples_v4"]
