"""Variants of a sentence that change its word order: what a sequence model reads and a bag of words cannot.

    variants("It starts bad but ends good.", "en")
    -> [{"kind": "shuffle", "text": "Good starts ends but it bad.", ...},
        {"kind": "contrast", "text": "It ends good but starts bad.", ...}, ...]

Three kinds, each a dict {"kind", "text", "note" (English, what was done), "how" and "detail" (the same, as a
code and its parts, for an interface that words it in its own language), "same_words" (True when the variant
has exactly the original's words, \\w+ runs lower-cased, as a bag of words reads them: then a bag of words
gives it the very same score)}:

- "shuffle": the words in a random order (fixed seeds, a few). Always the same words.
- "contrast": the clauses around a contrast word swapped. English: but, yet, however, although, though,
  despite, while, whereas, instead of (in a sentence, or "S1. But S2." as two sentences); Korean: the words
  하지만, 그런데, 그러나, 근데, 그렇지만 (same words), or the endings -지만 / -는데 (-은데, -ㄴ데): "연기는 좋았지만
  스토리가 지루했다" -> "스토리가 지루했지만 연기는 좋았다", the ending moved to the other predicate and the sentence's
  own ending (-다, -어요, -습니다, -네요) to the first; the words change form, so they are not the same words.
- "negation": a negation moved to the other clause. English "not" / "never" (same words) or a contraction
  ("isn't" -> "is", then "not" goes to the other clause); Korean "안" / "못" (same words) or "-지 않-" (the
  predicate made positive, "안" put before the other clause's predicate). In a clause without an auxiliary the
  English "not" goes before the clause's last word.

Pure text, no model: rules, not a parser. Variants identical to the original are dropped; at most
MAX_VARIANTS are returned, whatever the text's length.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

from zoo.text import hangul
from zoo.text.bow_features import words

MAX_VARIANTS = 8
SHUFFLES = 3
SHUFFLE_TRIES = 20
_CHUNK = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)  # a whitespace-separated chunk: leading punct, core, trailing punct
_SENTENCE_END = re.compile(r"[.!?…。]")
_CLAUSE_END = re.compile(r"[,;:.!?…。]")

# plus "instead of"; in order of preference: "while" is often about time, "despite" and "instead of" take a noun
EN_MARKERS = ("but", "however", "yet", "although", "though", "whereas", "despite", "while")
EN_NOUN_MARKERS = ("despite", "instead of")
EN_LEADING = ("although", "though", "despite", "while", "whereas")  # "Although A, B." -> "Although B, A."
EN_LINKING = ("but", "yet", "however", "though")  # "S1. But S2." -> "S2. But S1."
EN_CLAUSE_WORDS = set(EN_MARKERS) | {"and", "or", "so", "because", "instead"}
EN_PRONOUNS = ("i", "you", "he", "she", "it", "we", "they", "this", "that")
EN_SUBJECT_STARTS = set(EN_PRONOUNS) | {
    "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "these", "those", "there", "some",
    "most", "all", "every", "everything", "nothing", "everyone", "nobody", "no", "one", "what", "i'm", "it's",
    "that's", "there's", "he's", "she's", "you're", "we're", "they're"}
EN_FIRST_PERSON = ("i", "i'm", "i've", "i'd", "i'll")
EN_NEGATORS = ("not", "never")
EN_CONTRACTIONS = {"isn't": "is", "wasn't": "was", "aren't": "are", "weren't": "were", "don't": "do",
                   "doesn't": "does", "didn't": "did", "can't": "can", "couldn't": "could", "won't": "will",
                   "wouldn't": "would", "shouldn't": "should", "haven't": "have", "hasn't": "has", "hadn't": "had",
                   "mustn't": "must"}
EN_AUX = {"is", "was", "are", "were", "am", "be", "do", "does", "did", "can", "could", "will", "would", "should",
          "has", "have", "had", "must", "may", "might", "it's", "that's", "there's", "he's", "she's", "i'm",
          "you're", "we're", "they're", "what's"}

KO_WORDS = ("하지만", "그런데", "그러나", "근데", "그렇지만")  # contrast words standing on their own
KO_CLAUSE_WORDS = set(KO_WORDS) | {"그리고", "그래서"}
KO_CONNECTIVES = ("지만", "는데", "은데", "고", "서", "니까", "면서")  # endings that close a clause


def variants(text: str, language: str = "en") -> list[dict[str, Any]]:
    """Reorderings of TEXT (see the module docstring); language "ko" uses the Korean rules, anything else English."""
    if not isinstance(text, str):
        return []
    chunks = text.split()
    korean = str(language).lower().startswith("ko")
    found = _shuffles(chunks, korean)
    found += _contrasts(chunks, korean)
    negation = _ko_negation(chunks) if korean else _en_negation(chunks)
    found += [negation] if negation else []
    original, seen, out = " ".join(chunks), set(), []
    bag = Counter(words(text))
    for variant in found:
        key = variant["text"]
        if key == original or key in seen or not key.strip():
            continue
        seen.add(key)
        out.append({**variant, "same_words": Counter(words(key)) == bag})
        if len(out) == MAX_VARIANTS:
            break
    return out


def _variant(kind: str, new: list[str], how: str, note: str, **detail: str) -> dict[str, Any]:
    return {"kind": kind, "text": " ".join(c for c in new if c), "note": note, "how": how, "detail": detail}


# --- chunks: a whitespace-separated piece, split into leading punctuation, core and trailing punctuation ----------

def _split(chunk: str) -> tuple[str, str, str]:
    m = _CHUNK.match(chunk)
    return m.group(1), m.group(2), m.group(3)


def _core(chunk: str) -> str:
    return _split(chunk)[1].lower().replace("\u2019", "'")


def _trail(chunk: str) -> str:
    return _split(chunk)[2]


def _with_trail(chunk: str, trail: str) -> str:
    lead, core, _ = _split(chunk)
    return lead + core + trail


def _is_word(chunk: str) -> bool:
    return bool(_split(chunk)[1])


def _sentences(chunks: list[str]) -> list[tuple[int, int]]:
    """[start, end) ranges of the chunks of each sentence (a chunk whose trailing punctuation has . ! ? ends one)."""
    out, start = [], 0
    for i, chunk in enumerate(chunks):
        if _SENTENCE_END.search(_trail(chunk)) or i == len(chunks) - 1:
            out.append((start, i + 1))
            start = i + 1
    return out


def _lowered_first(chunks: list[str]) -> list[str]:
    """The chunks with a sentence's capitalised first word lowered, as it will stand inside the new sentence
    ('The' -> 'the', 'Great' -> 'great'); 'I', acronyms and two-word names ('Tom Hanks') keep their capitals."""
    if not chunks:
        return chunks
    lead, core, trail = _split(chunks[0])
    following = _split(chunks[1])[1] if len(chunks) > 1 else ""
    if (core[:1].isupper() and not core.isupper() and _core(chunks[0]) not in EN_FIRST_PERSON
            and not following[:1].isupper()):
        return [lead + core[0].lower() + core[1:] + trail] + chunks[1:]
    return chunks


def _cap(chunk: str) -> str:
    lead, core, trail = _split(chunk)
    return lead + core[:1].upper() + core[1:] + trail


def _recase(new: list[str], starts_upper: bool) -> list[str]:
    """Raise the first letter of a rebuilt sentence when the original sentence started upper case."""
    return [_cap(new[0])] + new[1:] if starts_upper and new else new


def _starts_upper(chunk: str) -> bool:
    return _split(chunk)[1][:1].isupper()


# --- shuffles --------------------------------------------------------------------------------------------------------

def _shuffles(chunks: list[str], korean: bool) -> list[dict[str, Any]]:
    first = chunks[0] if chunks else ""
    if not korean:
        chunks = [c for start, end in _sentences(chunks) for c in _lowered_first(chunks[start:end])]
    cores = [_split(c)[1] for c in chunks if _is_word(c)]
    if len(set(c.lower() for c in cores)) < 2:
        return []
    end = _SENTENCE_END.findall(_trail(chunks[-1]))
    upper = not korean and _starts_upper(first)
    out: list[dict[str, Any]] = []
    for seed in range(SHUFFLE_TRIES):
        order = list(range(len(cores)))
        random.Random(seed).shuffle(order)
        if order == sorted(order):
            continue
        new = [cores[i] for i in order]
        new = _recase(new, upper) if not korean else new
        new[-1] += end[-1] if end else ""
        variant = _variant("shuffle", new, "shuffle", f"the {len(cores)} words in a random order (seed {seed})",
                           n=str(len(out) + 1))
        if all(v["text"] != variant["text"] for v in out):
            out.append(variant)
        if len(out) == SHUFFLES:
            break
    return out


# --- contrasts -------------------------------------------------------------------------------------------------------

def _contrasts(chunks: list[str], korean: bool) -> list[dict[str, Any]]:
    out = []
    swapped = _swap_around_marker(chunks, KO_WORDS if korean else EN_MARKERS, korean)
    if swapped:
        out.append(swapped)
    if korean:
        ending = _ko_ending_swap(chunks)
        if ending:
            out.append(ending)
    return out


def _marker_at(chunks: list[str], i: int, end: int, markers: tuple[str, ...], korean: bool) -> int:
    """How many chunks the contrast marker starting at i spans (0: none there)."""
    core = _core(chunks[i])
    if _split(chunks[i])[0]:
        return 0
    if core in markers:
        return 1
    if not korean and core == "instead" and i + 1 < end and _core(chunks[i + 1]) == "of" and not _trail(chunks[i]):
        return 2
    return 0


def _marker_words(chunks: list[str], i: int, end: int, markers: tuple[str, ...], korean: bool) -> str:
    return " ".join(_core(c) for c in chunks[i:i + _marker_at(chunks, i, end, markers, korean)])


def _swap_around_marker(chunks: list[str], markers: tuple[str, ...], korean: bool) -> dict[str, Any] | None:
    """The first contrast marker whose two sides can be swapped: inside a sentence ("A but B" -> "B but A"),
    starting a later sentence ("A. But B." -> "B. But A.") or starting the first one ("Although A, B." ->
    "Although B, A.")."""
    sentences = _sentences(chunks)
    hits = [(si, i) for si, (start, end) in enumerate(sentences) for i in range(start, end)
            if _marker_at(chunks, i, end, markers, korean)]
    rank = {m: k for k, m in enumerate(markers + ("instead of",))}
    hits.sort(key=lambda hit: (rank[_marker_words(chunks, hit[1], sentences[hit[0]][1], markers, korean)], hit))
    for si, i in hits:  # the strongest marker first (but before while), then the first in the text
        start, end = sentences[si]
        span = _marker_at(chunks, i, end, markers, korean)
        marker = _marker_words(chunks, i, end, markers, korean)
        if i > start:
            new = _swap_inside(chunks[start:i], chunks[i:i + span], chunks[i + span:end], korean)
            how, note = "clauses", f"the clauses on either side of '{marker}' swapped"
            if marker in EN_NOUN_MARKERS:
                how, note = "phrases", (f"the words on either side of '{marker}' swapped ('{marker}' takes a noun "
                                        "phrase, so the result may not be grammatical)")
            rebuilt = (start, end)
        elif si > 0 and marker in EN_LINKING + KO_WORDS:
            prev_start = sentences[si - 1][0]
            new = _swap_inside(chunks[prev_start:start], chunks[i:i + span], chunks[i + span:end], korean,
                               sentence_link=True)
            how, note = "sentences", f"the sentence before '{marker}' and the one it starts swapped"
            rebuilt = (prev_start, end)
        elif not korean and marker in EN_LEADING:
            new = _swap_leading(chunks[i:i + span], chunks[i + span:end])
            how, note = "leading", f"the two clauses of '{marker} ..., ...' swapped; '{marker}' stays first"
            rebuilt = (start, end)
        else:
            continue
        if new is None:
            continue
        if new.pop():  # the subject stayed in front
            note += f"; '{_core(new[0])}' stays the subject in front"
        whole = chunks[:rebuilt[0]] + new + chunks[rebuilt[1]:]
        return _variant("contrast", whole, how, note, marker=marker)
    return None


def _swap_inside(left: list[str], marker: list[str], right: list[str], korean: bool,
                 sentence_link: bool = False) -> list[Any] | None:
    """right + marker + left, with the separating and the final punctuation kept in place; last item: whether
    a leading pronoun stayed in front as the subject ("It starts bad but ends good" -> "It ends good but starts
    bad")."""
    if not any(_is_word(c) for c in left) or not any(_is_word(c) for c in right):
        return None
    sep, final = _trail(left[-1]), _trail(right[-1])
    left = left[:-1] + [_with_trail(left[-1], "")]
    right = right[:-1] + [_with_trail(right[-1], "")]
    upper = not korean and _starts_upper(left[0])
    if upper:
        left = _lowered_first(left)
    kept_subject = (not korean and not sentence_link and len(left) > 1 and _core(left[0]) in EN_PRONOUNS
                    and _core(right[0]) not in EN_SUBJECT_STARTS and not _starts_upper(right[0])
                    and " ".join(_core(c) for c in marker) in ("but", "yet"))
    if kept_subject:
        new = [left[0]] + right[:-1] + [right[-1] + sep] + marker + left[1:-1] + [left[-1] + final]
    else:
        new = right[:-1] + [right[-1] + sep] + marker + left[:-1] + [left[-1] + final]
    if not korean:
        if sentence_link:  # "S2. But s1." : both sentences start upper case
            n = len(right)
            new = _recase(new[:n], upper) + new[n:]
        else:
            new = _recase(new, upper)
    return new + [kept_subject]


def _swap_leading(marker: list[str], rest: list[str]) -> list[Any] | None:
    """'Although A, B.' -> 'Although B, A.' (the first comma after the marker separates the clauses)."""
    cut = next((j for j, c in enumerate(rest[:-1]) if "," in _trail(c)), None)
    if cut is None:
        return None
    first, second = rest[:cut + 1], rest[cut + 1:]
    if not any(_is_word(c) for c in first) or not any(_is_word(c) for c in second):
        return None
    comma, final = _trail(first[-1]), _trail(second[-1])
    new = second[:-1] + [_with_trail(second[-1], comma)] + first[:-1] + [_with_trail(first[-1], final)]
    return marker + new + [False]


# --- Korean endings --------------------------------------------------------------------------------------------------

def _hangul_only(word: str) -> bool:
    return bool(word) and all(hangul.is_syllable(ch) for ch in word)


def _ko_connective(core: str) -> tuple[str, str] | None:
    """(stem, connective) of a clause-closing predicate: 좋았지만 -> (좋았, 지만), 지루한데 -> (지루하, 은데)."""
    if not _hangul_only(core) or core in KO_WORDS or len(core) < 2:
        return None
    if core.endswith("지만") and len(core) > 2:
        return core[:-2], "지만"
    if core.endswith("는데") and len(core) > 2:
        return core[:-2], "는데"
    if core.endswith("은데") and len(core) > 2:
        return core[:-2], "은데"
    if core.endswith("데") and len(core) >= 2 and hangul.final_of(core[-2]) == "ㄴ":
        return core[:-2] + hangul.with_final(core[-2], ""), "은데"
    return None


def _ko_final(core: str) -> tuple[str, str] | None:
    """(stem, ending) of a sentence-final predicate: 지루했다 -> (지루했, 다), 좋아요 -> (좋, 어요),
    아쉬워요 -> (아쉽, 어요), 재밌습니다 -> (재밌, 습니다), 좋네요 -> (좋, 네요); None for other forms."""
    if not _hangul_only(core) or len(core) < 2:
        return None
    if core.endswith("습니다") and len(core) > 3:
        return core[:-3], "습니다"
    if core.endswith("니다") and len(core) > 2 and hangul.final_of(core[-3]) == "ㅂ":
        return core[:-3] + hangul.with_final(core[-3], ""), "습니다"
    if core.endswith("네요") and len(core) > 2:
        return core[:-2], "네요"
    if core.endswith("해요"):
        return core[:-2] + "하", "어요"
    if core.endswith("워요") and len(core) > 2 and not hangul.final_of(core[-3]):
        return core[:-3] + hangul.with_final(core[-3], "ㅂ"), "어요"
    if (core.endswith("어요") or core.endswith("아요")) and len(core) > 2 and hangul.final_of(core[-3]):
        return core[:-2], "어요"
    if core.endswith("는다") and len(core) > 2:
        return core[:-2], "다"
    if core.endswith("다") and hangul.final_of(core[-2]) == "ㄴ":  # 한다, 간다: the present ㄴ goes
        return core[:-2] + hangul.with_final(core[-2], ""), "다"
    if core.endswith("다"):
        return core[:-1], "다"
    return None


def _ko_ending_swap(chunks: list[str]) -> dict[str, Any] | None:
    """'A-지만 B-다' -> 'B-지만 A-다': the clauses swap, each predicate takes the other's place's ending."""
    for start, end in _sentences(chunks):
        for i in range(start, end - 1):
            lead, core, sep = _split(chunks[i])
            parsed = _ko_connective(core)
            if parsed is None or lead or _SENTENCE_END.search(sep):
                continue
            left_stem, connective = parsed
            last = end - 1
            while last > i + 1 and not _hangul_only(_split(chunks[last])[1]):  # ㅋㅋ, ㅠㅠ, emoji after it
                last -= 1
            p_lead, p_core, p_trail = _split(chunks[last])
            final = _ko_final(p_core)
            if final is None or p_lead:
                return None
            right_stem, ending = final
            new_first = hangul.attach(right_stem, connective)
            new_last = hangul.attach(left_stem, ending)
            if not new_first or not new_last:
                return None
            after = chunks[last + 1:end]
            new = (chunks[i + 1:last] + [new_first + sep] + chunks[start:i] + [new_last + p_trail] + after)
            whole = chunks[:start] + new + chunks[end:]
            display = "-" + ("ㄴ데" if connective == "은데" and not core.endswith("은데") else connective)
            return _variant("contrast", whole, "ending",
                            f"the clauses around the ending '{display}' swapped: '{new_first}' now closes the first "
                            f"clause and '{new_last}' ends the sentence (the words change form)",
                            marker=display, first=new_first, last=new_last)
    return None


# --- negation --------------------------------------------------------------------------------------------------------

def _clauses(chunks: list[str], starts: set[str], closes: callable) -> list[tuple[int, int]]:
    """[start, end) chunk ranges of clauses: a clause word (but, and; 하지만) starts one, punctuation or a
    connective ending (closes(chunk)) ends one."""
    out, start = [], 0
    for i, chunk in enumerate(chunks):
        if i > start and _core(chunk) in starts:
            out.append((start, i))
            start = i
        if _CLAUSE_END.search(_trail(chunk)) or closes(chunk) or i == len(chunks) - 1:
            out.append((start, i + 1))
            start = i + 1
    return [c for c in out if c[1] > c[0]]


def _negation_move(chunks: list[str], clauses: list[tuple[int, int]], find) -> tuple[int, int, int] | None:
    """(source clause, target clause, negation index): the first clause with a negation, and the next (else the
    previous) clause without one."""
    found = [find(s, e) for s, e in clauses]
    for k, hit in enumerate(found):
        if hit is None:
            continue
        for other in [*range(k + 1, len(clauses)), *range(k - 1, -1, -1)]:
            s, e = clauses[other]
            if found[other] is None and any(_is_word(c) for c in chunks[s:e]):
                return k, other, hit
        return None
    return None


def _en_negation(chunks: list[str]) -> dict[str, Any] | None:
    clauses = _clauses(chunks, EN_CLAUSE_WORDS, lambda c: False)

    def find(s: int, e: int) -> int | None:
        return next((i for i in range(s, e) if _core(chunks[i]) in EN_NEGATORS
                     or _core(chunks[i]) in EN_CONTRACTIONS), None)

    move = _negation_move(chunks, clauses, find)
    if move is None:
        return None
    _, target, at = move
    slots = [[c] for c in chunks]
    word = _core(chunks[at])
    if word in EN_NEGATORS:
        neg = word
        trail = _trail(chunks[at])
        slots[at] = []
        if trail and at > 0:
            slots[at - 1] = [_with_trail(chunks[at - 1], _trail(chunks[at - 1]) + trail)]
        removed = f"'{word}'"
    else:
        neg = "not"
        lead, core, trail = _split(chunks[at])
        base = EN_CONTRACTIONS[word]
        base = base[0].upper() + base[1:] if core[:1].isupper() else base
        slots[at] = [lead + base + trail]
        removed = f"the 'n't' of '{core}' (now '{base}')"
    s, e = clauses[target]
    first = s + 1 if _core(chunks[s]) in EN_CLAUSE_WORDS and e - s > 1 else s
    aux = next((i for i in range(first, e) if _core(chunks[i]) in EN_AUX), None)
    if aux is not None:
        lead, core, trail = _split(chunks[aux])
        slots[aux] = [lead + core, neg + trail]
        where, how = f"after '{core}'", "after"
    else:
        last = max((i for i in range(first, e) if _is_word(chunks[i])), default=None)
        if last is None:
            return None
        slots[last] = [neg] + slots[last]
        where, how = f"before '{_split(chunks[last])[1]}'", "before"
    new = [c for slot in slots for c in slot]
    if _starts_upper(chunks[0]):
        new = _recase(new, True)
    return _variant("negation", new, how, f"{removed} taken out; '{neg}' put in the other clause, {where}",
                    word=neg, target=_split(chunks[aux if aux is not None else last])[1])


def _ko_closes(chunk: str) -> bool:
    core = _split(chunk)[1]
    return _hangul_only(core) and core not in KO_CLAUSE_WORDS and len(core) > 1 and (
        core.endswith(KO_CONNECTIVES) or _ko_connective(core) is not None)


def _ko_negation(chunks: list[str]) -> dict[str, Any] | None:
    clauses = _clauses(chunks, KO_CLAUSE_WORDS, _ko_closes)

    def find(s: int, e: int) -> int | None:
        for i in range(s, e - 1):
            core, following = _split(chunks[i])[1], _split(chunks[i + 1])[1]
            if core in ("안", "못") and not _trail(chunks[i]) and _hangul_only(following):
                return i
            if len(core) > 1 and core.endswith("지") and following.startswith("않") and not _trail(chunks[i]):
                return i
        return None

    move = _negation_move(chunks, clauses, find)
    if move is None:
        return None
    _, target, at = move
    s, e = clauses[target]
    predicate = max((i for i in range(s, e) if _hangul_only(_split(chunks[i])[1])
                     and _split(chunks[i])[1] not in KO_CLAUSE_WORDS), default=None)
    if predicate is None:
        return None
    slots = [[c] for c in chunks]
    core = _split(chunks[at])[1]
    if core in ("안", "못"):
        neg = core
        slots[at] = []
        how, removed = "short", f"'{core}' taken out"
    else:
        positive = _ko_positive(core[:-1], _split(chunks[at + 1])[1][1:])
        if positive is None:
            return None
        neg = "안"
        lead, _, _ = _split(chunks[at])
        slots[at] = [lead + positive + _trail(chunks[at + 1])]
        slots[at + 1] = []
        how, removed = "long", f"'{core} {_split(chunks[at + 1])[1]}' made positive ('{positive}')"
    slots[predicate] = [neg] + slots[predicate]
    new = [c for slot in slots for c in slot]
    target_word = _split(chunks[predicate])[1]
    return _variant("negation", new, how, f"{removed}; '{neg}' put before '{target_word}' in the "
                    f"other clause", word=neg, target=target_word)


def _ko_positive(stem: str, rest: str) -> str | None:
    """The positive form of '<stem>지 않<rest>': (좋, 았다) -> 좋았다, (좋, 지만) -> 좋지만, (재밌, 아요) -> 재밌어요."""
    if not _hangul_only(stem) or not rest:
        return None
    if rest.startswith("았"):
        return hangul.attach(stem, "었" + rest[1:])
    if rest.startswith("아"):
        return hangul.attach(stem, "어" + rest[1:])
    if rest.startswith("은"):
        return hangul.attach(stem, rest)
    if rest == "는다":
        return hangul.attach(stem, "는다")
    if rest.startswith("습니다"):
        return hangul.attach(stem, "습니다")
    return stem + rest
