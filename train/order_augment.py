"""Synthetic training examples in which word order decides the label (a recipe option: `order_augment`).

A bag of words cannot tell "good acting, but a boring story" from "a boring story, but good acting"; a sequence
model can, if its training data ever shows the difference. Built from labelled clauses of the train split only:
- contrasts: two clauses of opposite labels joined by a contrast word; the clause the contrast favours decides
  the label (after "but", "yet", "however"; the main clause of "although"); each such example is emitted with
  its mirror (the clauses swapped), so the two share their words and differ in label;
- negations (English): a sentiment adjective under "not" flips; "not X, actually Y" takes Y's label;
- Korean: "A지만 B" and "A. 하지만 B", the predicate of A turned into its "-지만" form where that is regular.
The shipped minimal-pair test sets (zoo/evalsets) are never read here.
"""
from __future__ import annotations

import random
import re

Pair = tuple[str, str]

EN_CONTRASTS = [  # (template, which clause decides: "a" or "b")
    ("{a} , but {b}", "b"), ("{a} but {b}", "b"), ("{a} ; however , {b}", "b"), ("{a} , yet {b}", "b"),
    ("although {a} , {b}", "b"), ("even though {a} , {b}", "b"), ("{b} , although {a}", "b"),
    ("{b} , even though {a}", "b"), ("{a} . but {b}", "b"), ("{a} , though {b}", "a"),
    ("{a} , and yet {b}", "b"), ("while {a} , {b}", "b"),
]
# a small hand-written sentiment lexicon for the negation templates (not taken from any dataset)
EN_POSITIVE = ("good great excellent wonderful brilliant funny moving fresh clever charming beautiful smart "
               "enjoyable entertaining gripping powerful touching delightful fascinating engaging solid impressive "
               "memorable original witty thoughtful compelling strong satisfying lovely fun exciting").split()
EN_NEGATIVE = ("bad boring dull awful terrible weak stupid tedious bland lame poor silly predictable clumsy "
               "forgettable annoying pointless messy slow flat painful pretentious shallow lifeless dreadful "
               "mediocre disappointing confusing tiresome unfunny").split()
EN_SUBJECTS = ("the movie", "the film", "this film", "the story", "the plot", "the acting", "the script", "the cast",
               "the ending", "the dialogue", "the direction", "the soundtrack", "the performances", "it",
               "the pacing", "the characters", "the jokes", "the sequel", "the first half", "the second half")
EN_NEGATION = [  # (template, label from the adjective: "flip" or "keep")
    ("{s} is not {x}", "flip"), ("{s} was not {x}", "flip"), ("{s} is n't {x}", "flip"), ("{s} was n't {x}", "flip"),
    ("{s} is never {x}", "flip"), ("not {x} at all", "flip"), ("{s} is {x}", "keep"), ("{s} was {x}", "keep"),
    ("{s} is not {y} , it is {x}", "keep"), ("not {y} , actually {x}", "keep"), ("{s} is {x} , not {y}", "keep"),
    ("it starts {y} but ends {x}", "keep"), ("at first {y} , then {x}", "keep"), ("{x} , not {y}", "keep"),
    ("i expected {y} and got {x}", "keep"), ("{s} is far from {x}", "flip"), ("hardly {x}", "flip"),
]
KO_JOINS = ["{a}지만 {b}", "{a}지만, {b}", "{a2}. 하지만 {b}", "{a2}. 그런데 {b}", "{a2} 그러나 {b}", "{a2}. 근데 {b}"]


def _flip(label: str) -> str:
    return "neg" if label == "pos" else "pos"


def clauses(pairs: list[Pair], min_words: int = 2, max_words: int = 12) -> dict[str, list[str]]:
    """{label: texts} of the short, single-clause examples of a labelled split (English)."""
    out: dict[str, list[str]] = {"pos": [], "neg": []}
    for text, label in pairs:
        words = text.strip().rstrip(" .!").split()
        if min_words <= len(words) <= max_words and label in out and not re.search(r"\b(but|although|yet|however)\b", text):
            out[label].append(" ".join(words))
    return out


def english_examples(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic English examples: half contrasts (in mirrored couples), half negation templates."""
    rng = random.Random(seed)
    pool = clauses(pairs)
    out: list[Pair] = []
    while len(out) < n // 2:
        template, decides = rng.choice(EN_CONTRASTS)
        pos, neg = rng.choice(pool["pos"]), rng.choice(pool["neg"])
        for a, b in ((pos, neg), (neg, pos)):  # the mirror: the same words, the other label
            label = ("pos" if a is pos else "neg") if decides == "a" else ("pos" if b is pos else "neg")
            out.append((template.format(a=a, b=b), label))
    while len(out) < n:
        template, rule = rng.choice(EN_NEGATION)
        label = rng.choice(["pos", "neg"])
        x = rng.choice(EN_POSITIVE if label == "pos" else EN_NEGATIVE)
        y = rng.choice(EN_NEGATIVE if label == "pos" else EN_POSITIVE)
        text = template.format(s=rng.choice(EN_SUBJECTS), x=x, y=y)
        out.append((text if rng.random() < 0.5 else text.capitalize(), label if rule == "keep" else _flip(label)))
    rng.shuffle(out)
    return out


def _has_final_n(syllable: str) -> bool:
    """True if a Hangul syllable ends in ㄴ (한, 간: "-ㄴ다" verbs, whose "-지만" form is not the stem + 지만)."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 4


def korean_clauses(pairs: list[Pair], max_chars: int = 30) -> dict[str, list[tuple[str, str]]]:
    """{label: [(clause, its "-지만" stem form)]} of short NSMC-style sentences ending in a plain "-다" predicate."""
    out: dict[str, list[tuple[str, str]]] = {"pos": [], "neg": []}
    for text, label in pairs:
        clause = re.sub(r"[\s.!~?ㅋㅎㅠㅜ^;,]+$", "", text.strip())
        if (4 <= len(clause) <= max_chars and clause.endswith("다") and not clause.endswith("니다")
                and len(clause) > 1 and not _has_final_n(clause[-2]) and label in out):
            out[label].append((clause, clause[:-1]))
    return out


def korean_examples(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic Korean contrasts, in mirrored couples: "A지만 B" takes B's label."""
    rng = random.Random(seed)
    pool = korean_clauses(pairs)
    out: list[Pair] = []
    while len(out) < n:
        template = rng.choice(KO_JOINS)
        pos, neg = rng.choice(pool["pos"]), rng.choice(pool["neg"])
        for (a, a_stem), (b, _), label in ((pos, neg, "neg"), (neg, pos, "pos")):
            out.append((template.format(a=a_stem, a2=a, b=b), label))
    rng.shuffle(out)
    return out


def order_examples(language: str, pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic order-decides examples in the language, built from labelled pairs of a train split."""
    return korean_examples(pairs, n, seed) if language == "ko" else english_examples(pairs, n, seed)
