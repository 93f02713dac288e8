"""Frozen model configurations, read strictly from an entry's config.json."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from zoo.errors import ZooError

CELLS = ("rnn", "lstm", "gru")


@dataclass(frozen=True)
class ClassifierArgs:
    """Arguments of a many-to-one classifier network."""

    vocab_size: int
    num_labels: int
    cell: str = "lstm"
    embed_dim: int = 64
    hidden_dim: int = 128
    num_layers: int = 1
    bidirectional: bool = False
    dropout: float = 0.2
    pooling: str = "concat"  # "last" or "concat" (last + max + mean over time)
    pad_id: int = 0

    def __post_init__(self) -> None:
        _check_cell(self.cell)
        if self.pooling not in ("last", "concat"):
            raise ZooError(f"pooling must be 'last' or 'concat', not {self.pooling!r}")


@dataclass(frozen=True)
class Seq2SeqArgs:
    """Arguments of an attention-free encoder-decoder: one context vector bridges the two."""

    src_vocab_size: int
    tgt_vocab_size: int
    cell: str = "gru"
    embed_dim: int = 128
    hidden_dim: int = 256
    num_layers: int = 1
    dropout: float = 0.2
    context_every_step: bool = True  # Cho et al. 2014: context fed to every decoder step and the output layer
    pad_id: int = 0
    bos_id: int = 2
    eos_id: int = 3

    def __post_init__(self) -> None:
        _check_cell(self.cell)


@dataclass(frozen=True)
class BowArgs:
    """Arguments of a bag-of-words classifier: TF-IDF of word features, then a linear layer (logistic regression).

    Every feature comes from one word alone ("word": the word; "char_wb": its character n-grams, padded with a
    space each side), so reordering the words of a text never changes its score.
    """

    vocab_size: int
    num_labels: int
    analyzer: str = "word"  # "word" or "char_wb"
    ngram_min: int = 1  # character n-gram lengths for "char_wb"
    ngram_max: int = 1
    sublinear_tf: bool = True  # tf -> 1 + log(tf)

    def __post_init__(self) -> None:
        if self.analyzer not in ("word", "char_wb"):
            raise ZooError(f"analyzer must be 'word' or 'char_wb', not {self.analyzer!r}")
        if self.ngram_min > self.ngram_max:
            raise ZooError(f"ngram_min {self.ngram_min} is above ngram_max {self.ngram_max}")


@dataclass(frozen=True)
class LmArgs:
    """Arguments of a recurrent language model: one next-token distribution per time step (many-to-many).

    The output layer shares the embedding matrix (tied weights): the top hidden state is projected down to
    embed_dim, then scored against every token's embedding.
    """

    vocab_size: int
    cell: str = "lstm"
    embed_dim: int = 128
    hidden_dim: int = 384
    num_layers: int = 1
    dropout: float = 0.1
    pad_id: int = 0
    bos_id: int = 2
    eos_id: int = 3

    def __post_init__(self) -> None:
        _check_cell(self.cell)


def _check_cell(cell: str) -> None:
    if cell not in CELLS:
        raise ZooError(f"cell must be one of {', '.join(CELLS)}, not {cell!r}")


ARCHITECTURES = {"classifier": ClassifierArgs, "seq2seq": Seq2SeqArgs, "bow": BowArgs, "lm": LmArgs}
CLASSIFIER_ARCHITECTURES = ("classifier", "bow")
TRUNCATIONS = ("head", "head_tail", "tail")
TASKS = ("sentiment", "spam", "translation", "language-model")


@dataclass(frozen=True)
class EntryConfig:
    """Everything needed to rebuild an entry's model and tokenizer(s) with no other input."""

    name: str
    architecture: str
    task: str
    model_args: ClassifierArgs | Seq2SeqArgs | BowArgs | LmArgs
    tokenizer_files: dict[str, str]
    max_tokens: int
    truncation: str = "head"  # "head" keeps the first tokens; "head_tail" both ends; "tail" the last (language models)
    labels: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    dataset: str = ""  # a name known to zoo.evaluation.datasets: what `zoo eval NAME` re-measures
    positive_label: str = ""  # the class whose F1 is reported (pos, spam)
    temperature: float = 1.0  # classifiers: logits are divided by it (fitted on the validation split)
    beam: int = 1  # translators: the beam size translate and eval use when none is given

    @property
    def is_classifier(self) -> bool:
        """True for every architecture that maps a text to labels (recurrent or bag-of-words)."""
        return self.architecture in CLASSIFIER_ARCHITECTURES

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to config.json."""
        out = dataclasses.asdict(self)
        out["model_args"] = dataclasses.asdict(self.model_args)
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any], source: str = "config.json") -> "EntryConfig":
        """Build from config.json, refusing unknown or missing keys (never silently dropped)."""
        if not isinstance(raw, dict):
            raise ZooError(f"{source}: expected a JSON object")
        _check_keys(raw, cls, source)
        _check_values({k: v for k, v in raw.items() if k != "model_args"}, cls, source)
        arch = raw["architecture"]
        if arch not in ARCHITECTURES:
            raise ZooError(f"{source}: unknown architecture {arch!r} (known: {', '.join(ARCHITECTURES)})")
        if raw["task"] not in TASKS:
            raise ZooError(f"{source}: unknown task {raw['task']!r} (known: {', '.join(TASKS)})")
        if raw.get("truncation", "head") not in TRUNCATIONS:
            raise ZooError(f"{source}: truncation must be one of {', '.join(TRUNCATIONS)}")
        args_cls = ARCHITECTURES[arch]
        margs = raw["model_args"]
        if not isinstance(margs, dict):
            raise ZooError(f"{source}: model_args must be an object")
        _check_keys(margs, args_cls, f"{source} model_args")
        _check_values(margs, args_cls, f"{source} model_args")
        try:
            model_args = args_cls(**margs)
        except TypeError as exc:
            raise ZooError(f"{source}: bad model_args: {exc}") from None
        except ZooError as exc:  # cell or pooling: name the file
            raise ZooError(f"{source} model_args: {exc}") from None
        if arch in CLASSIFIER_ARCHITECTURES and len(raw.get("labels", [])) != model_args.num_labels:
            raise ZooError(f"{source}: {len(raw.get('labels', []))} labels for num_labels={model_args.num_labels}")
        if raw.get("positive_label") and raw["positive_label"] not in raw.get("labels", []):
            raise ZooError(f"{source}: positive_label {raw['positive_label']!r} is not one of the labels")
        return cls(**{**raw, "model_args": model_args})


def _check_keys(raw: dict[str, Any], cls: type, source: str) -> None:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ZooError(f"{source}: unknown key(s) {', '.join(unknown)}; this version of zoo does not know them")
    required = [n for n, f in fields.items()
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    missing = [n for n in required if n not in raw]
    if missing:
        raise ZooError(f"{source}: missing key(s) {', '.join(missing)}")


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_file_map(value: Any) -> bool:  # plain file names inside the entry folder, never paths
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) and v not in ("", ".", "..") and "/" not in v and "\\" not in v
        for k, v in value.items())


_TYPE_CHECKS = {  # field annotation (a string: annotations are postponed) -> (check, what is expected)
    "str": (lambda v: isinstance(v, str), "a string"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "float": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "list[str]": (_is_str_list, "a list of strings"),
    "dict[str, str]": (_is_file_map, "an object of plain file names (no folders)"),
}


def _check_values(raw: dict[str, Any], cls: type, source: str) -> None:
    """Refuse values of the wrong JSON type or range (they used to surface as TypeErrors deep in torch)."""
    for f in dataclasses.fields(cls):
        if f.name not in raw or f.type not in _TYPE_CHECKS:
            continue
        check, expected = _TYPE_CHECKS[f.type]
        value = raw[f.name]
        if not check(value):
            raise ZooError(f"{source}: {f.name} must be {expected}, not {value!r}"[:300])
        if f.name == "temperature" and not 0.0 < value < 1000.0:
            raise ZooError(f"{source}: temperature must be above 0 (and below 1000), not {value}")
        if f.name == "dropout" and not 0.0 <= value < 1.0:
            raise ZooError(f"{source}: dropout must be from 0 up to (not including) 1, not {value}")
        if f.type == "int" and value < (0 if f.name.endswith("_id") else 1):
            raise ZooError(f"{source}: {f.name} must be {'0 or more' if f.name.endswith('_id') else 'at least 1'}, "
                           f"not {value}")
