"""Evaluate an entry on (input, reference) pairs: from its own split or a JSON Lines file."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from zoo.evaluation.datasets import Pair, load_split
from zoo.errors import ZooError
from zoo.evaluation.metrics import accuracy, bleu, f1

EVAL_BATCH = 256


def read_jsonl(path: Path, keys: tuple[str, ...]) -> list[Pair]:
    """Pairs from a JSON Lines file whose objects carry the two keys (one key: (text, "") pairs); errors name the
    line."""
    if not Path(path).is_file():
        raise ZooError(f"eval file {path} not found")
    pairs = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ZooError(f"{path} line {number}: not JSON (expected one object per line)") from None
            if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in keys):
                raise ZooError(f"{path} line {number}: expected an object with string field(s) "
                               f"{' and '.join(repr(k) for k in keys)}")
            pairs.append((row[keys[0]], row[keys[1]] if len(keys) > 1 else ""))
    if not pairs:
        raise ZooError(f"{path} holds no examples")
    return pairs


def evaluate_pairs(entry: Any, pairs: list[Pair], beam: int | None = None, max_len: int = 60,
                   groups: list[str] | None = None) -> dict[str, Any]:
    """Metrics of an entry on pairs: accuracy and positive-class F1, or BLEU and lower-cased BLEU (at `beam`; None:
    the entry's own, config.beam).

    groups: for classifiers, a group id per pair (minimal pairs: the two sentences of one pair share it); adds
    `pair_accuracy`, the share of groups whose every sentence is right, and `n_pairs`.
    """
    inputs, refs = [p[0] for p in pairs], [p[1] for p in pairs]
    if entry.config.architecture == "lm":
        return entry.perplexity(inputs)
    if entry.config.is_classifier:
        unknown = sorted(set(refs) - set(entry.labels))
        if unknown:
            raise ZooError(f"labels {unknown} are not among the model's labels {entry.labels}")
        preds = [r["label"] for i in range(0, len(inputs), EVAL_BATCH) for r in entry.predict(inputs[i:i + EVAL_BATCH])]
        out = {"n": len(pairs), "accuracy": accuracy(refs, preds),
               "f1": f1(refs, preds, entry.config.positive_label), "positive_label": entry.config.positive_label}
        if groups is not None:
            out.update(group_accuracy(groups, [g == p for g, p in zip(refs, preds)]))
        return out
    beam = entry.config.beam if beam is None else beam
    sources = list(dict.fromkeys(inputs))  # a source with several references is translated once
    hyps = []
    for i in range(0, len(sources), EVAL_BATCH):
        hyps += entry.translate(sources[i:i + EVAL_BATCH], beam=beam, max_len=max_len)
    return {**translation_scores(pairs, dict(zip(sources, hyps))), "beam": beam, "max_len": max_len,
            "tokenize": "13a"}


def references_by_source(pairs: list[Pair]) -> dict[str, list[str]]:
    """Each distinct source with every reference it has among the pairs, in first-seen order."""
    grouped: dict[str, list[str]] = {}
    for source, reference in pairs:
        grouped.setdefault(source, []).append(reference)
    return grouped


def translation_scores(pairs: list[Pair], hyp_of: dict[str, str]) -> dict[str, Any]:
    """BLEU and lower-cased BLEU with one reference per pair; where sources repeat (Tatoeba lists several
    translations of one sentence), also BLEU over the distinct sources with all their references ('multi')."""
    refs, hyps = [r for _, r in pairs], [hyp_of[s] for s, _ in pairs]
    out: dict[str, Any] = {"n": len(pairs), "bleu": bleu(refs, hyps), "bleu_lc": bleu(refs, hyps, lowercase=True)}
    grouped = references_by_source(pairs)
    if len(grouped) < len(pairs):
        sets, outs = list(grouped.values()), [hyp_of[s] for s in grouped]
        out.update({"n_sources": len(grouped), "bleu_multi": bleu(sets, outs),
                    "bleu_multi_lc": bleu(sets, outs, lowercase=True)})
    return out


def group_accuracy(groups: list[str], right: list[bool]) -> dict[str, Any]:
    """{"pair_accuracy": share of groups whose every member is right, "n_pairs": number of groups}."""
    every: dict[str, bool] = {}
    for group, ok in zip(groups, right):
        every[group] = every.get(group, True) and ok
    return {"pair_accuracy": sum(every.values()) / max(len(every), 1), "n_pairs": len(every)}


def read_groups(path: Path) -> list[str] | None:
    """The "pair" id of every row of a JSON Lines file (rows as read_jsonl reads them), or None if any row has none."""
    groups = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                group = json.loads(line).get("pair")
                if not isinstance(group, (str, int)) or isinstance(group, bool):
                    return None
                groups.append(str(group))
    return groups


def evaluation_rows(entry: Any, split: str = "test", file: str | os.PathLike | None = None,
                    limit: int | None = None, data: str | os.PathLike | None = None
                    ) -> tuple[list[Pair], list[str] | None]:
    """The pairs `zoo eval` uses (a JSON Lines file, or the entry's own split of its dataset), with the file's
    "pair" group ids when every row carries one (classifiers; None otherwise).

    With a limit, whole groups are sampled (fixed seed), so no pair loses a sentence.
    """
    groups = None
    if file:
        keys = ("text", "label") if entry.config.is_classifier else ("src", "ref")
        pairs = (read_jsonl(Path(file), ("text",)) if entry.config.architecture == "lm"
                 else read_jsonl(Path(file), keys))
        groups = read_groups(Path(file)) if entry.config.is_classifier else None
    else:
        if not entry.config.dataset:
            raise ZooError(f"{entry.name} names no dataset; use --file")
        pairs = load_split(entry.config.dataset, split, data)
        pairs = [p for p in pairs if p[0].strip()]
    if groups is None:
        return fixed_sample(pairs, limit), None
    chosen = set(fixed_sample(list(dict.fromkeys(groups)), limit))
    rows = [i for i, g in enumerate(groups) if g in chosen]
    return [pairs[i] for i in rows], [groups[i] for i in rows]


def evaluation_pairs(entry: Any, split: str = "test", file: str | os.PathLike | None = None,
                     limit: int | None = None, data: str | os.PathLike | None = None) -> list[Pair]:
    """The pairs `zoo eval` uses: a JSON Lines file, or the entry's own split of its dataset."""
    return evaluation_rows(entry, split, file, limit, data)[0]


def fixed_sample(pairs: list[Pair], limit: int | None, seed: int = 0) -> list[Pair]:
    """All pairs, or a fixed-seed random sample of `limit` of them (the same on every machine)."""
    if not limit or limit >= len(pairs):
        return pairs
    import random

    return random.Random(seed).sample(pairs, limit)
