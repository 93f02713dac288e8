"""The Word order page's data: which sentiment entries line up per dataset (RNN, LSTM, GRU and the bag of
words), their scores for a sentence and its reorderings, and every model's record on the minimal pairs."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import zoo
from zoo.format.entry import read_config
from zoo.hub.registry import entry_folder, read_index

from .examples import Example

CELLS = ("rnn", "lstm", "gru")
PREFERRED = ("imdb", "sst2", "nsmc")  # the datasets the page offers first, in its language
EXAMPLES: dict[str, list[Example]] = {  # written for this page (none from a dataset)
    "en": [
        (("Bad, then good", "나쁘다가 좋아짐"), "It starts bad but ends good."),
        (("Not great, lovely", "별로, 좋음"), "The acting is not great, but the music is lovely."),
        (("Although…", "비록…"), "Although the cast is wonderful, the film is boring."),
        (("Won over", "결국 빠져듦"), "I expected to hate it, but by the end it had completely won me over."),
    ],
    "ko": [
        (("Good, then dull", "좋았지만 지루함"), "연기는 좋았지만 스토리가 너무 지루했다"),
        (("Twist", "반전"), "처음엔 별로였는데 마지막 반전 덕분에 완전히 빠져들었다"),
        (("Negation", "부정"), "음악은 안 좋았지만 연기는 훌륭했어요"),
        (("Two sentences", "두 문장"), "연기는 좋았다. 하지만 스토리가 지루했다."),
    ],
}


@dataclass
class Lineup:
    """The sentiment entries of one dataset: {cell: name} for the recurrent ones, and its bag of words."""

    dataset: str
    language: str = "en"
    cells: dict[str, str] = field(default_factory=dict)
    bow: str | None = None

    @property
    def names(self) -> list[str]:
        """Every entry of the lineup: the cells in RNN, LSTM, GRU order, then the bag of words."""
        return [self.cells[c] for c in CELLS if c in self.cells] + ([self.bow] if self.bow else [])

    def label(self) -> str:
        """'imdb (RNN, LSTM, GRU, BoW)' for the dataset picker."""
        parts = [c.upper() for c in CELLS if c in self.cells] + (["BoW"] if self.bow else [])
        return f"{self.dataset} ({', '.join(parts)})"


def lineups() -> dict[str, Lineup]:
    """{dataset: Lineup} of the zoo's sentiment entries (names arch.dataset; the index says which are "bow")."""
    index = read_index()
    out: dict[str, Lineup] = {}
    for name in zoo.list_models(task="sentiment"):
        arch = index.get(name, {}).get("architecture")
        prefix, _, dataset = name.partition(".")
        if arch == "bow":
            out.setdefault(dataset, Lineup(dataset)).bow = name
        elif arch == "classifier" and prefix in CELLS:
            out.setdefault(dataset, Lineup(dataset)).cells[prefix] = name
    for lineup in out.values():
        lineup.language = language_of(lineup.names[0])
    return out


def language_of(name: str) -> str:
    """The entry's (first) language from its config.json alone ("en" when it names none or cannot be read)."""
    try:
        return (list(read_config(entry_folder(name)).language) or ["en"])[0]
    except zoo.ZooError:
        return "en"


def ordered(found: dict[str, Lineup], ui_language: str) -> list[str]:
    """The datasets for the picker: those in the interface's language first, then the well-known ones (imdb,
    sst2, nsmc), then the most complete."""
    def key(dataset: str) -> tuple:
        lineup = found[dataset]
        known = PREFERRED.index(dataset) if dataset in PREFERRED else len(PREFERRED)
        return lineup.language != ui_language, known, -len(lineup.names), dataset
    return sorted(found, key=key)


def positive_of(model: Any) -> str:
    """The label whose probability the page plots (the card's positive label, else the last one)."""
    return model.config.positive_label or model.labels[-1]


def scores(model: Any, texts: list[str]) -> list[float]:
    """P(positive) of each text under one model."""
    positive = positive_of(model)
    return [p["probs"].get(positive, 0.0) for p in model.predict(texts)]


def minimal_pair_rows(language: str, read_facts: Any) -> list[dict[str, Any]]:
    """One row per sentiment entry in the language: name, architecture, dataset and its card's `minimal_pairs`
    (n_pairs, accuracy, pair_accuracy; None where the card has none). read_facts: name -> EntryFacts."""
    index = read_index()
    rows = []
    for name in zoo.list_models(task="sentiment"):
        try:
            facts = read_facts(name)
        except zoo.ZooError:
            continue
        if (list(facts.config.language) or ["en"])[0] != language:
            continue
        record = facts.card.get("minimal_pairs")
        record = record if isinstance(record, dict) else {}
        arch = index.get(name, {}).get("architecture")
        cell = "bow" if arch == "bow" else getattr(facts.config.model_args, "cell", arch or "?")
        rows.append({"name": name, "cell": cell, "dataset": name.partition(".")[2],
                     **{k: _number(record.get(k)) for k in ("n_pairs", "accuracy", "pair_accuracy")}})
    return rows


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
