"""Synthetic training examples in which word order decides the label (a recipe option: `order_augment`).

A bag of words cannot tell "good acting, but a boring story" from "a boring story, but good acting"; a sequence
model can, if its training data ever shows the difference. Every example here is emitted with its mirror where
one exists (the two parts swapped: the same words, the other label), so the only way to fit both is to read the
order. Parts come from two sources: short labelled clauses of a train split, and a small hand-written lexicon
(below; written for this project, not taken from any dataset). Kinds:
- contrast: "A, but B", "although A, B", "A; however, B"...: the part the contrast favours decides;
- order: "it starts A and ends B", "first A, then B", "I went in A and came out B": the later state decides;
- negation: "not X" flips X; "not X, Y" and "Y, not X" take Y; "I didn't love it" flips the verb.
The shipped minimal-pair test sets (zoo/evalsets) are never read here.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

Pair = tuple[str, str]
POS, NEG = "pos", "neg"

# --- English lexicon (hand-written) ---------------------------------------------------------------------------
EN_ADJ = {POS: ("good great excellent wonderful brilliant funny moving fresh clever charming beautiful smart "
                "enjoyable entertaining gripping powerful touching delightful fascinating engaging solid impressive "
                "memorable original witty thoughtful compelling strong satisfying lovely fun exciting superb "
                "stunning gorgeous riveting hilarious heartfelt sharp confident elegant tense haunting").split(),
          NEG: ("bad boring dull awful terrible weak stupid tedious bland lame poor silly predictable clumsy "
                "forgettable annoying pointless messy slow flat painful pretentious shallow lifeless dreadful "
                "mediocre disappointing confusing tiresome unfunny sloppy hollow cheap stale dreary sluggish "
                "awkward incoherent irritating plodding").split()}
EN_VERB = {POS: ["works", "shines", "soars", "delivers", "sparkles", "succeeds", "grips you", "comes alive",
                 "pays off", "wins you over", "holds up", "lands"],
           NEG: ["fails", "drags", "stumbles", "falls flat", "disappoints", "falls apart", "bores", "misfires",
                 "goes nowhere", "wears thin", "fizzles", "collapses"]}
EN_LIKE = {POS: ["love", "enjoy", "like", "admire", "recommend", "treasure"],
           NEG: ["hate", "regret", "dislike", "resent", "mind"]}  # "I didn't mind it" reads as mildly positive
EN_FEEL = {POS: ["thrilled", "delighted", "moved", "convinced", "a fan", "smiling", "impressed", "grateful"],
           NEG: ["bored", "annoyed", "disappointed", "a skeptic", "frowning", "unimpressed", "irritated", "numb"]}
EN_SUBJECTS = ["the movie", "the film", "this film", "the story", "the plot", "the acting", "the script", "the cast",
               "the ending", "the dialogue", "the direction", "the soundtrack", "the performances", "it", "the pacing",
               "the characters", "the jokes", "the sequel", "the first half", "the second half", "the score",
               "the premise", "the finale", "the lead", "the camera work", "the villain", "the romance"]
EN_CONTRAST = ["{a}, but {b}", "{a} but {b}", "{a}; however, {b}", "{a}, yet {b}", "although {a}, {b}",
               "though {a}, {b}", "even though {a}, {b}", "while {a}, {b}", "{b}, although {a}", "{b}, even though {a}",
               "{a}; nevertheless, {b}", "{a}; still, {b}", "sure, {a}, but {b}", "{a}. but {b}.", "{a}, and yet {b}",
               "{b}, despite the fact that {a}", "{a}. however, {b}.", "{a}, though in the end {b}"]
EN_ORDER = ["it starts {x} and ends {y}", "it starts {x} but ends {y}", "{x} at first, {y} by the end",
            "first {x}, then {y}", "it goes from {x} to {y}", "{x} in the first half, {y} in the second",
            "a {x} opening gives way to a {y} finale", "what begins {x} turns {y}", "{x} early on, {y} later",
            "the {x} start leads to a {y} ending"]
EN_FEEL_ORDER = ["i went in {x} and came out {y}", "i started {x} and ended {y}", "i walked in {x} and left {y}",
                 "{x} for the first hour, {y} by the credits"]
EN_NEGATION = [  # (template, label rule: "flip" the adjective's label, or "keep" it)
    ("{s} is not {x}", "flip"), ("{s} was not {x}", "flip"), ("{s} isn't {x}", "flip"), ("{s} wasn't {x}", "flip"),
    ("{s} is never {x}", "flip"), ("not {x} at all", "flip"), ("{s} is far from {x}", "flip"), ("hardly {x}", "flip"),
    ("{s} is not {y}; it is {x}", "keep"), ("not {y}, but {x}", "keep"), ("{s} is {x}, not {y}", "keep"),
    ("not {y}, actually {x}", "keep"), ("{s} isn't {y}, it's {x}", "keep"), ("{x}, not {y}", "keep"),
    ("never {y}, always {x}", "keep"), ("{s} is {x}", "keep"), ("{s} was {x}", "keep"),
]
EN_VERB_NEGATION = [("i did not {v} it", "flip"), ("i didn't {v} it", "flip"), ("you won't {v} it", "flip"),
                    ("i {v} it", "keep"), ("i will never {v} it", "flip"), ("i can't say i {v} it", "flip")]

# --- Korean lexicon (hand-written): (plain, past, "-지만" stem of the past) --------------------------------------
KO_PRED = {POS: [("재밌다", "재밌었다", "재밌었"), ("좋다", "좋았다", "좋았"), ("감동적이다", "감동적이었다", "감동적이었"),
                 ("최고다", "최고였다", "최고였"), ("훌륭하다", "훌륭했다", "훌륭했"), ("신선하다", "신선했다", "신선했"),
                 ("멋지다", "멋졌다", "멋졌"), ("웃기다", "웃겼다", "웃겼"), ("아름답다", "아름다웠다", "아름다웠"),
                 ("따뜻하다", "따뜻했다", "따뜻했"), ("볼만하다", "볼만했다", "볼만했"), ("꿀잼이다", "꿀잼이었다", "꿀잼이었"),
                 ("완벽하다", "완벽했다", "완벽했"), ("탄탄하다", "탄탄했다", "탄탄했"), ("인상적이다", "인상적이었다", "인상적이었")],
           NEG: [("지루하다", "지루했다", "지루했"), ("별로다", "별로였다", "별로였"), ("최악이다", "최악이었다", "최악이었"),
                 ("유치하다", "유치했다", "유치했"), ("뻔하다", "뻔했다", "뻔했"), ("어색하다", "어색했다", "어색했"),
                 ("노잼이다", "노잼이었다", "노잼이었"), ("실망스럽다", "실망스러웠다", "실망스러웠"), ("아깝다", "아까웠다", "아까웠"),
                 ("허무하다", "허무했다", "허무했"), ("답답하다", "답답했다", "답답했"), ("엉성하다", "엉성했다", "엉성했"),
                 ("산만하다", "산만했다", "산만했"), ("억지스럽다", "억지스러웠다", "억지스러웠"), ("늘어진다", "늘어졌다", "늘어졌")]}
KO_NEGATABLE = {POS: [("좋", "좋았다"), ("재밌", "재밌었다"), ("웃기", "웃겼다"), ("신선하", "신선했다"), ("훌륭하", "훌륭했다")],
                NEG: [("지루하", "지루했다"), ("유치하", "유치했다"), ("뻔하", "뻔했다"), ("어색하", "어색했다"), ("나쁘", "나빴다")]}
KO_SUBJECTS = ["연기는", "스토리는", "영화는", "초반은", "후반은", "결말은", "음악은", "영상미는", "배우들은", "대사는", "연출은",
               "전개는", "액션은", "캐릭터는", "각본은", "주인공은", "시작은", "마무리는"]
KO_CONTRAST = ["{s1} {a_stem}지만 {s2} {b}", "{s1} {a_stem}지만, {s2} {b}", "{s1} {a}. 하지만 {s2} {b}",
               "{s1} {a}. 그런데 {s2} {b}", "{s1} {a} 그러나 {s2} {b}", "{s1} {a}. 근데 {s2} {b}",
               "{s1} {a} 반면 {s2} {b}"]
KO_ORDER = ["처음엔 {a_stem}는데 갈수록 {b}", "초반은 {a_stem}지만 후반은 {b}", "처음엔 {a}. 근데 끝은 {b}",
            "보기 전엔 {a_stem}을 줄 알았는데 {b}", "초반은 {a}. 후반은 {b}", "{a_stem}지만 결국 {b}",
            "처음엔 {a}고 생각했는데 {b}"]
KO_NEGATION = [("{s} {stem}지 않았다", "flip"), ("{s} 전혀 {stem}지 않았다", "flip"), ("{s} 안 {past}", "flip"),
               ("{s} {past}", "keep"), ("별로 안 {past}", "flip")]


def other_label(label: str) -> str:
    """The opposite sentiment label."""
    return NEG if label == POS else POS


def _style(text: str, rng: random.Random) -> str:
    """Vary the surface: capitalised or not, a final full stop or not, SST-style spaced punctuation sometimes."""
    if rng.random() < 0.3:
        text = re.sub(r"([,;.])", r" \1", text).replace("n't", " n't").replace("'s", " 's")
    if rng.random() < 0.5:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.4 and not text.endswith("."):
        text += "."
    return text


def clauses(pairs: list[Pair], min_words: int = 2, max_words: int = 8) -> dict[str, list[str]]:
    """{label: texts} of the short, single-clause examples of a labelled English split."""
    out: dict[str, list[str]] = {POS: [], NEG: []}
    for text, label in pairs:
        words = text.strip().rstrip(" .!").split()
        if (min_words <= len(words) <= max_words and label in out
                and not re.search(r"\b(but|although|though|yet|however|not|n't|never|no)\b", text)):
            out[label].append(" ".join(words))
    return out


def _en_clause(label: str, pool: dict[str, list[str]], rng: random.Random) -> str:
    """A clause of the given label: a train phrase, or subject + adjective / verb from the lexicon."""
    pick = rng.random()
    if pick < 0.4 and pool[label]:
        return rng.choice(pool[label])
    subject = rng.choice(EN_SUBJECTS)
    if pick < 0.75:
        return f"{subject} {rng.choice(['is', 'was', 'feels', 'seems'])} {rng.choice(EN_ADJ[label])}"
    return f"{subject} {rng.choice(EN_VERB[label])}"


def _mirrored(make: Callable[[str, str], str], first: str, second: str, decides_second: bool,
              labels: tuple[str, str]) -> list[Pair]:
    """The example and its mirror (parts swapped): labels[i] is the label of part i."""
    win = 1 if decides_second else 0
    return [(make(first, second), labels[win]), (make(second, first), labels[1 - win])]


def english_examples(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic English examples: contrasts and orders in mirrored couples, and negations."""
    rng = random.Random(seed)
    pool = clauses(pairs)
    out: list[Pair] = []
    while len(out) < n:
        kind, label = rng.random(), rng.choice([POS, NEG])
        other = other_label(label)
        if kind < 0.4:
            template = rng.choice(EN_CONTRAST)
            a, b = _en_clause(label, pool, rng), _en_clause(other, pool, rng)  # in every contrast, b decides
            out += _mirrored(lambda p, q: template.format(a=p, b=q), a, b, True, (label, other))
        elif kind < 0.6:
            template = rng.choice(EN_ORDER)
            x, y = rng.choice(EN_ADJ[label]), rng.choice(EN_ADJ[other])
            out += _mirrored(lambda p, q: template.format(x=p, y=q), x, y, True, (label, other))
        elif kind < 0.68:
            template = rng.choice(EN_FEEL_ORDER)
            x, y = rng.choice(EN_FEEL[label]), rng.choice(EN_FEEL[other])
            out += _mirrored(lambda p, q: template.format(x=p, y=q), x, y, True, (label, other))
        elif kind < 0.9:
            template, rule = rng.choice(EN_NEGATION)
            x, y = rng.choice(EN_ADJ[label]), rng.choice(EN_ADJ[other])
            out.append((template.format(s=rng.choice(EN_SUBJECTS), x=x, y=y), label if rule == "keep" else other))
        else:
            template, rule = rng.choice(EN_VERB_NEGATION)
            verb = rng.choice(EN_LIKE[label])
            out.append((template.format(v=verb), label if rule == "keep" else other))
    out = [(_style(t, rng), l) for t, l in out[:n]]
    rng.shuffle(out)
    return out


def final_consonant(word: str) -> int:
    """The final consonant index of a word's last Hangul syllable (0: none; 4: ㄴ; 8: ㄹ); 0 for non-Hangul."""
    code = ord(word[-1]) - 0xAC00
    return code % 28 if 0 <= code < 11172 else 0


def _has_final_n(syllable: str) -> bool:
    """True if a Hangul syllable ends in ㄴ (한, 간: "-ㄴ다" verbs, whose "-지만" form is not the stem + 지만)."""
    return final_consonant(syllable) == 4


def korean_clauses(pairs: list[Pair], max_chars: int = 30) -> dict[str, list[tuple[str, str]]]:
    """{label: [(clause, its "-지만" stem)]} of short sentences of a Korean split ending in a plain "-다" predicate."""
    out: dict[str, list[tuple[str, str]]] = {POS: [], NEG: []}
    for text, label in pairs:
        clause = re.sub(r"[\s.!~?ㅋㅎㅠㅜ^;,]+$", "", text.strip())
        if (4 <= len(clause) <= max_chars and clause.endswith("다") and not clause.endswith("니다")
                and not _has_final_n(clause[-2]) and label in out):
            out[label].append((clause, clause[:-1]))
    return out


def _ko_clause(label: str, pool: dict[str, list[tuple[str, str]]], rng: random.Random) -> tuple[str, str, str]:
    """(subject, clause, "-지만" stem) of the given label: a train sentence, or subject + a lexicon predicate."""
    if rng.random() < 0.4 and pool[label]:
        clause, stem = rng.choice(pool[label])
        return "", clause, stem
    plain, past, stem = rng.choice(KO_PRED[label])
    return rng.choice(KO_SUBJECTS), past if rng.random() < 0.7 else plain, stem


def korean_examples(pairs: list[Pair], n: int, seed: int = 13) -> list[Pair]:
    """About n synthetic Korean examples: contrasts and orders in mirrored couples ("A지만 B" takes B's label),
    and negations ("-지 않았다", "안")."""
    rng = random.Random(seed)
    pool = korean_clauses(pairs)
    out: list[Pair] = []
    while len(out) < n:
        kind, label = rng.random(), rng.choice([POS, NEG])
        other = other_label(label)
        if kind < 0.6:
            template = rng.choice(KO_CONTRAST)
            (s1, a, a_stem), (s2, b, b_stem) = _ko_clause(label, pool, rng), _ko_clause(other, pool, rng)
            first = template.format(s1=s1, a=a, a_stem=a_stem, s2=s2, b=b)
            second = template.format(s1=s2, a=b, a_stem=b_stem, s2=s1, b=a)
            out += [(" ".join(first.split()), other), (" ".join(second.split()), label)]
        elif kind < 0.8:
            template = rng.choice(KO_ORDER)
            (_, a, a_stem), (_, b, b_stem) = rng.choice(KO_PRED[label]), rng.choice(KO_PRED[other])
            a_stem = a_stem if "을 줄" not in template else a_stem.rstrip("었였았했")  # keep it simple: plain stems
            out += [(template.format(a=a, a_stem=a_stem, b=b), other),
                    (template.format(a=b, a_stem=b_stem if "을 줄" not in template else b_stem.rstrip("었였았했"),
                                     b=a), label)]
        else:
            template, rule = rng.choice(KO_NEGATION)
            stem, past = rng.choice(KO_NEGATABLE[label])
            text = template.format(s=rng.choice(KO_SUBJECTS), stem=stem, past=past)
            out.append((text, label if rule == "keep" else other))
    out = out[:n]
    rng.shuffle(out)
    return out


def order_examples(language: str, pairs: list[Pair], n: int, seed: int = 13, version: int = 2) -> list[Pair]:
    """About n synthetic order-decides examples in the language, built from labelled pairs of a train split.
    version 3 adds English negation and order frames (train.order_en) or Korean frames (train.order_ko), version 4
    Korean negations (train.order_ko_negation), version 5 Korean verdicts against their strongest word
    (train.order_ko_polarity); English version 4 adds corrections ("not X, actually Y": train.order_en_correction)
    and stops there."""
    if language != "ko":
        if version >= 4:
            from .order_en_correction import english_examples_v4

            return english_examples_v4(pairs, n, seed)
        if version >= 3:
            from .order_en import english_examples_v3

            return english_examples_v3(pairs, n, seed)
        return english_examples(pairs, n, seed)
    if version >= 5:
        from .order_ko_polarity import korean_examples_v5

        return korean_examples_v5(pairs, n, seed)
    if version == 4:
        from .order_ko_negation import korean_examples_v4

        return korean_examples_v4(pairs, n, seed)
    if version >= 3:
        from .order_ko import korean_examples_v3

        return korean_examples_v3(pairs, n, seed)
    return korean_examples(pairs, n, seed)
