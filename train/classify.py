"""Train a many-to-one classifier entry: `python -m train.classify lstm.sms-spam`.

A thin recipe around the shared loop: data -> tokenizer -> model -> train.loop.fit -> evaluate the
best weights on the reported split -> TF-IDF baseline -> atlas -> card -> entry published into the zoo.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

import torch
import torch.nn.functional as F

from zoo.errors import ZooError
from zoo.inference.classifier_entry import ClassifierEntry
from zoo.format.config import ClassifierArgs, EntryConfig
from zoo.evaluation.datasets import load_split
from zoo.format.entry import ATLAS
from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample, read_groups, read_jsonl
from zoo.evaluation.metrics import accuracy, f1
from zoo.hub.loader import load
from zoo.models.build import build_model
from zoo.text.text_input import encode
from zoo.text.normalization import clean_texts
from zoo.text.tokenization import train_tokenizer

from .atlas import build_atlas
from .augment import drop_tokens, with_bpe_dropout
from .baseline import out_of_fold_probs, signature, tfidf_baseline
from .batching import pad_right
from .card_sections import calibrate_with_sample, logits_of, minimal_pairs_with_rival
from .classifier_card import classifier_card
from .loop import FitConfig, Task, fit, save_atomically
from .natural_text import natural_text
from .order_augment import order_examples
from .provenance import git_commit
from .output import hardware, reproduce_command, round_to_storage, write_and_publish
from .presets import COMMON, PRESETS
from .recipe_cli import add_run_options, add_set_option, chosen_recipes, parse_overrides, run_recipes
from .stages import train_soup, train_stages
from .weight_blend import average_states, choose_blend, snapshot

ATLAS_POINTS = 1000
CI_SAMPLE = 2000
TEACHER_FOLDS = 5


def classification_batcher(ids: list[list[int]], targets: torch.Tensor, token_dropout: float = 0.0,
                           reencode: Callable[[int], list[int]] | None = None,
                           teacher: torch.Tensor | None = None) -> Callable[[list[int]], tuple]:
    """The loop's make_batch for a classifier: indices -> (padded ids (B, T), lengths (B,), labels (B,)),
    plus the teacher's probabilities (B, C) when a teacher (N, C) is given.

    reencode: example index -> freshly tokenized ids (BPE-dropout draws a new split at every visit);
    token_dropout: share of tokens replaced by <unk>.
    """
    def make_batch(index: list[int]) -> tuple[torch.Tensor, ...]:
        padded, lengths = pad_right([reencode(i) if reencode else ids[i] for i in index])
        batch = (drop_tokens(padded, lengths, token_dropout), lengths, targets[index])
        return batch if teacher is None else (*batch, teacher[index])
    return make_batch


def classification_loss(net: torch.nn.Module, batch: tuple[torch.Tensor, ...]) -> torch.Tensor:
    """Cross-entropy of a classifier on one (ids, lengths, labels) batch."""
    x, lengths, y = batch
    return F.cross_entropy(net(x, lengths), y)


def distillation_loss(weight: float, temperature: float = 1.0
                      ) -> Callable[[torch.nn.Module, tuple[torch.Tensor, ...]], torch.Tensor]:
    """Cross-entropy against the gold labels (share 1 - weight) and the teacher's probabilities (share weight),
    on (ids, lengths, labels, teacher probabilities) batches.

    temperature T > 1 softens both sides of the teacher term (teacher p^(1/T) renormalised, student logits / T)
    and scales it by T^2, so its gradients keep their size (Hinton et al. 2015).
    """
    def loss(net: torch.nn.Module, batch: tuple[torch.Tensor, ...]) -> torch.Tensor:
        x, lengths, y, teacher = batch
        logits = net(x, lengths)  # (B, C)
        if temperature != 1.0:
            soft = F.softmax(teacher.clamp_min(1e-8).log() / temperature, dim=-1)  # (B, C)
            taught = temperature ** 2 * F.cross_entropy(logits / temperature, soft)
        else:
            taught = F.cross_entropy(logits, teacher)
        return (1 - weight) * F.cross_entropy(logits, y) + weight * taught
    return loss


def train_classifier(name: str, preset: dict[str, Any], data: str | None, runs: Path, resume: bool,
                     publish: bool, epochs: int | None = None, max_steps: int | None = None,
                     splits: dict[str, list] | None = None) -> Path:
    """Train, evaluate and write one classifier entry; returns the entry folder written."""
    splits = splits or {s: load_split(preset["dataset"], s, data) for s in ("train", "validation", "test")}
    train, val, test = splits["train"], splits["validation"], splits["test"]
    print(f"{name}: {len(train)} train / {len(val)} validation / {len(test)} test", flush=True)
    cleanup = preset.get("cleanup", "")  # inside the tokenizer: training and serving read the same text
    base = load(preset["init"]) if preset.get("init") else None  # fine-tune: its tokenizer and weights
    tok = base.tokenizer if base else train_tokenizer([t for t, _ in train], preset["vocab_size"], cleanup=cleanup)
    labels = preset["labels"]
    label_id = {l: i for i, l in enumerate(labels)}
    max_tokens, mode = preset["max_tokens"], preset["truncation"]
    extra, synthetic = extra_rows(preset, data), synthetic_examples(preset, len(train), data)
    fitted = train + extra + synthetic  # the loop's rows; baselines see train only
    ids = [encode(tok, t, max_tokens, mode).ids for t, _ in fitted]
    targets = torch.tensor([label_id[l] for _, l in fitted])
    from_lm = base is not None and base.config.architecture == "lm"
    if from_lm:  # the language model's shape: one direction, its embeddings and layers (the card states these)
        lm = base.config.model_args
        preset = {**preset, "cell": lm.cell, "embed_dim": lm.embed_dim, "hidden_dim": lm.hidden_dim,
                  "num_layers": lm.num_layers, "bidirectional": False, "vocab_size": lm.vocab_size}
        args = ClassifierArgs(vocab_size=lm.vocab_size, num_labels=len(labels), cell=lm.cell, embed_dim=lm.embed_dim,
                              hidden_dim=lm.hidden_dim, num_layers=lm.num_layers, bidirectional=False,
                              dropout=preset["dropout"], pooling=preset["pooling"], pad_id=lm.pad_id)
    elif base:  # a classifier: its shape and pooling (the card states these; --set cannot change them)
        args = base.config.model_args
        preset = {**preset, "cell": args.cell, "embed_dim": args.embed_dim, "hidden_dim": args.hidden_dim,
                  "num_layers": args.num_layers, "bidirectional": args.bidirectional, "vocab_size": args.vocab_size,
                  "pooling": args.pooling, "dropout": args.dropout}
    else:
        args = ClassifierArgs(
            vocab_size=tok.get_vocab_size(), num_labels=len(labels), cell=preset["cell"],
            embed_dim=preset["embed_dim"], hidden_dim=preset["hidden_dim"], num_layers=preset["num_layers"],
            bidirectional=preset["bidirectional"], dropout=preset["dropout"], pooling=preset["pooling"])
    config = EntryConfig(name=name, architecture="classifier", task=preset["task"], model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=max_tokens, truncation=mode,
                         labels=labels, language=preset["language"], dataset=preset["dataset"],
                         positive_label=preset["positive_label"])
    torch.manual_seed(preset.get("seed", 13))
    model = build_model(args)
    if from_lm:
        start_from_language_model(model, base.model)
    elif base:
        model.load_state_dict(base.model.state_dict(), strict=True)
    entry = ClassifierEntry(Path("."), config, model, {"text": tok}, {})
    start = None  # the weights a blend starts from (recipe field blend_alphas; train.weight_blend)
    if preset.get("blend_alphas"):
        if not base or from_lm:
            raise ZooError("blend_alphas blends a fine-tune with the classifier it started from: set init to a "
                           "classifier entry (an earlier stage's, or --set init=PATH), or blend_alphas=[] for this stage")
        start = snapshot(model)
    metric = "f1" if preset["task"] == "spam" else "accuracy"
    dev = order_dev_rows(preset["language"][0]) if preset["task"] == "sentiment" and preset["language"] else None

    def validate(_: torch.nn.Module) -> dict[str, float]:
        result = evaluate_pairs(entry, val)
        scores = {"accuracy": result["accuracy"], "f1": result["f1"], "score": result[metric]}
        if dev:  # reported per epoch; the score (what early stopping keeps) stays the validation metric
            scores["order_dev_pair_accuracy"] = evaluate_pairs(entry, dev[0], groups=dev[1])["pair_accuracy"]
        return scores

    runs.mkdir(parents=True, exist_ok=True)
    cfg = FitConfig(epochs=epochs or preset["epochs"], batch_size=preset["batch_size"], lr=preset["lr"],
                    patience=preset["patience"], checkpoint=str(runs / f"{name}.ckpt"), resume=resume,
                    max_steps=max_steps, seed=preset.get("seed", 13), ema=preset.get("ema", 0.0),
                    pass_tokens=preset.get("pass_tokens", 0))
    reencode = None
    if preset.get("bpe_dropout", 0.0) > 0:
        noisy, texts = with_bpe_dropout(tok, preset["bpe_dropout"]), [t for t, _ in fitted]
        reencode = lambda i: encode(noisy, texts[i], max_tokens, mode).ids  # noqa: E731
    teacher = (fit_teacher(cleaned(train, cleanup), preset, labels, targets[:len(train)], runs / "cache")
               if preset.get("distill", 0.0) > 0 else None)
    taught = None if teacher is None else torch.cat(  # extra and synthetic rows: the gold label is their teacher
        [teacher["probs"], F.one_hot(targets[len(train):], len(labels)).float()])
    batcher = classification_batcher(ids, targets, preset.get("token_dropout", 0.0), reencode, taught)
    loss = (classification_loss if teacher is None
            else distillation_loss(preset["distill"], preset.get("distill_temperature", 1.0)))
    result = fit(model, Task([len(x) for x in ids], batcher, loss, validate), cfg)
    if int(os.environ.get("RANK", "0")) != 0:
        return runs  # under torchrun only rank 0 evaluates and writes the entry
    best_val = max(h["val_score"] for h in result.history)  # the best epoch's, whose weights fit() restored
    soup = average_with(model, preset.get("average_with") or [], validate, result.history)
    if soup:
        best_val = soup["score"]
    blend = None if start is None else choose_blend(model, start, preset["blend_alphas"], validate,
                                                    preset.get("blend_min_pairs", 0.0))
    if blend:
        best_val = blend["score"]
    storage = store_as(model, entry, val, metric, preset.get("dtype", "float32"), best_val)
    read_limit = choose_read_limit(entry, val, metric, preset.get("read_limits") or [max_tokens])
    config = entry.config = replace(config, max_tokens=read_limit["chosen"])
    test = [p for p in test if p[0].strip()]
    test_logits = logits_of(entry, [t for t, _ in test])  # each test text read once, before any temperature
    measured = scores_of(test, test_logits, labels, preset["positive_label"])
    calibration = calibrate_with_sample(entry, val, test, test_logits=test_logits)  # T from validation only
    config = entry.config = replace(config, temperature=calibration["temperature"])
    rows = fixed_sample(list(range(len(test))), CI_SAMPLE)  # the pairs fixed_sample(test, CI_SAMPLE) holds
    sample = measured if len(rows) == len(test) else scores_of([test[i] for i in rows], test_logits[rows], labels,
                                                               preset["positive_label"])
    baseline = tfidf_baseline(cleaned(train, cleanup), cleaned(test, cleanup), preset["baseline"],
                              preset["positive_label"])
    atlas_pairs = fixed_sample(test, ATLAS_POINTS)
    atlas = build_atlas(entry.contexts([t for t, _ in atlas_pairs]), [l for _, l in atlas_pairs],
                        f"context vectors of {len(atlas_pairs)} {preset['dataset']} test examples (fixed seed 0)")
    facts = {"measured": measured, "sample": sample, "baseline": baseline, "fit": result,
             "hardware": hardware(), "num_params": sum(p.numel() for p in model.parameters()),
             "train_size": len(train), "extra_size": len(extra), "synthetic_size": len(synthetic),
             "val_size": len(val), "cfg": cfg,
             "read_limit": read_limit, "init": base and {"name": preset["init"], "card": base.card, "commit": git_commit()},
             "storage": storage, "calibration": calibration, "minimal_pairs": minimal_pairs_with_rival(entry),
             "teacher": teacher and {k: v for k, v in teacher.items() if k != "probs"}, "blend": blend,
             "soup": soup}
    target = write_and_publish(config, model, {"text": tok}, result.history, {ATLAS: atlas},
                               lambda folder: classifier_card(name, preset, facts, folder), runs, publish,
                               getattr(torch, storage["dtype"]))
    print(f"{name}: test {metric} {measured[metric]:.4f} (accuracy {measured['accuracy']:.4f}); "
          f"baseline {baseline[metric]:.4f}; written to {target}", flush=True)
    return target


def average_with(model: torch.nn.Module, folders: list[str], validate: Callable[[torch.nn.Module], dict[str, float]],
                 history: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Replace the model's weights by their average with the entries in folders (a soup's variants) and measure it;
    returns what each member and the average scored on validation (None without folders)."""
    if not folders:
        return None
    members = [load(folder) for folder in folders]
    model.load_state_dict(average_states([model.state_dict(), *(m.model.state_dict() for m in members)]))
    model.eval()
    with torch.no_grad():
        scores = validate(model)
    own = max(history, key=lambda h: h["val_score"])
    rows = [{"entry": "this recipe", "score": own["val_score"], "pairs": own.get("val_order_dev_pair_accuracy")}]
    for folder, member in zip(folders, members):
        best = max(json.loads((member.folder / "history.json").read_text()), key=lambda h: h["val_score"])
        rows.append({"entry": folder, "score": best["val_score"], "pairs": best.get("val_order_dev_pair_accuracy")})
    print(f"weight average of {len(rows)}: validation {scores['score']:.4f}, order-validation pairs "
          f"{scores.get('order_dev_pair_accuracy', float('nan')):.4f}", flush=True)
    return {"members": rows, "score": scores["score"], "pairs": scores.get("order_dev_pair_accuracy")}


def scores_of(pairs: list, logits: Any, labels: list[str], positive: str) -> dict[str, Any]:
    """{"n", "accuracy", "f1", "positive_label"} of the labels the logits (N, K) pick (a temperature changes none),
    as evaluate_pairs reports them."""
    predicted = [labels[int(i)] for i in logits.argmax(axis=1)]
    gold = [label for _, label in pairs]
    return {"n": len(pairs), "accuracy": accuracy(gold, predicted), "f1": f1(gold, predicted, positive),
            "positive_label": positive}


def start_from_language_model(model: torch.nn.Module, lm: torch.nn.Module) -> None:
    """Copy a language model's embeddings and recurrent layers into a one-direction classifier; only the output
    layer (head) starts fresh. Every other key must match in name and shape (strict)."""
    own = model.state_dict()
    shared = {k: v for k, v in lm.state_dict().items() if k.startswith(("embed.", "rnn."))}
    missing = [k for k in own if not k.startswith("head.") and k not in shared]
    wrong = [k for k, v in shared.items() if k not in own or own[k].shape != v.shape]
    if missing or wrong:
        raise ZooError(f"the language model does not fit this classifier: missing {missing}, mismatched {wrong}")
    model.load_state_dict({**own, **shared}, strict=True)


def cleaned(pairs: list, cleanup: str) -> list:
    """The pairs with the recipe's text clean-up applied: what the TF-IDF rival reads (the network's tokenizer
    applies the clean-up itself)."""
    return list(zip(clean_texts([t for t, _ in pairs], cleanup), [label for _, label in pairs]))


def extra_rows(preset: dict[str, Any], data: str | None) -> list:
    """Labelled rows of another dataset's train split added to training (recipe fields `extra_train`, a dataset
    name, `extra_rows`, how many of its rows, drawn with the recipe's seed, 0: all, and `extra_form`, "natural" to
    rewrite tokenized text as people type it); none when unset."""
    source = preset.get("extra_train", "")
    if not source:
        return []
    rows = [(t, l) for t, l in load_split(source, "train", data) if l in preset["labels"]]
    wanted = preset.get("extra_rows", 0)
    if 0 < wanted < len(rows):
        rows = random.Random(preset.get("seed", 13)).sample(rows, wanted)
    if preset.get("extra_form", "") == "natural":  # tokenized, lower-cased rows rewritten as people type them
        rows = [(natural_text(t), l) for t, l in rows]
    print(f"extra training data: {len(rows)} rows of the {source} train split", flush=True)
    return rows


def synthetic_examples(preset: dict[str, Any], train_size: int, data: str | None) -> list:
    """The recipe's order-decides examples (train.order_augment): share `order_augment` of the train size, built
    from the train split of `augment_source` (default: the entry's own dataset); none when the share is 0."""
    share = preset.get("order_augment", 0.0)
    if share <= 0:
        return []
    source = load_split(preset.get("augment_source") or preset["dataset"], "train", data)
    extra = order_examples(preset["language"][0], source, int(share * train_size), preset.get("seed", 13),
                           preset.get("order_version", 2))
    print(f"order augmentation: {len(extra)} synthetic examples from the "
          f"{preset.get('augment_source') or preset['dataset']} train split", flush=True)
    return extra


def order_dev_rows(language: str) -> tuple[list, list[str]] | None:
    """The order validation pairs of a language (train/order_dev; never the shipped test pairs), with group ids."""
    path = Path(__file__).resolve().parent / "order_dev" / f"order_dev.{language}.jsonl"
    if not path.is_file():
        return None
    return read_jsonl(path, ("text", "label")), read_groups(path)


def fit_teacher(train: list, preset: dict[str, Any], labels: list[str], targets: torch.Tensor,
                cache: Path | None = None) -> dict[str, Any]:
    """The TF-IDF baseline's out-of-fold probabilities on the train split, to distil from (with the time it took
    and how often its guess agrees with the gold label).

    cache: a folder where the probabilities are kept, keyed by the train pairs, labels and baseline settings
    (teacher_key), so a resumed or repeated run reuses them; `seconds` stays the time the original fit took.
    """
    kind = preset["baseline"]
    key = teacher_key(train, kind, labels)
    stored = cache / f"teacher-{key}.pt" if cache else None
    if stored and stored.is_file():
        teacher = torch.load(stored, weights_only=True)
        print(f"teacher: reusing the out-of-fold probabilities in {stored} (fitted in {teacher['seconds']:.1f} s)",
              flush=True)
        return teacher
    started = time.time()
    print(f"fitting the TF-IDF teacher ({kind}) on {TEACHER_FOLDS} folds of the train split", flush=True)
    probs = torch.from_numpy(out_of_fold_probs(train, kind, labels, TEACHER_FOLDS))  # (N, C)
    agree = float((probs.argmax(dim=1) == targets).float().mean())
    seconds = time.time() - started
    teacher = {"probs": probs, "folds": TEACHER_FOLDS, "train_accuracy": round(agree, 4), "seconds": round(seconds, 1)}
    print(f"teacher: out-of-fold train accuracy {agree:.4f} in {teacher['seconds']:.1f} s", flush=True)
    if stored:
        stored.parent.mkdir(parents=True, exist_ok=True)
        save_atomically(stored, teacher)
    return teacher


def teacher_key(train: list, kind: str, labels: list[str]) -> str:
    """A short hash of everything the teacher's probabilities depend on: the pairs, their order, the labels, the
    baseline's settings and the folds."""
    import hashlib

    digest = hashlib.sha256(f"{signature(kind)}|{TEACHER_FOLDS}|{'|'.join(labels)}".encode())
    for text, label in train:
        digest.update(f"\x00{text}\x01{label}".encode())
    return digest.hexdigest()[:16]


def store_as(model: torch.nn.Module, entry: ClassifierEntry, val: list, metric: str, dtype: str,
             before: float) -> dict[str, Any]:
    """Round the weights to the storage dtype, so every later figure is measured on the weights as stored.

    before: the validation metric of the float32 weights. Returns it with the metric after rounding: what the
    storage precision cost, measured.
    """
    round_to_storage(model, getattr(torch, dtype))
    after = before if dtype == "float32" else evaluate_pairs(entry, val)[metric]
    if dtype != "float32":
        print(f"stored as {dtype}: validation {metric} {before:.4f} -> {after:.4f}", flush=True)
    return {"dtype": dtype, "validation_before": round(before, 4), "validation_after": round(after, 4)}


def choose_read_limit(entry: ClassifierEntry, val: list, metric: str, limits: list[int]) -> dict[str, Any]:
    """Pick the inference token limit with the best validation metric (ties: the shorter limit).

    A recurrent network trained on texts cut to N tokens can read longer ones; whether that helps is
    measured on the validation split, never on the reported one.
    """
    trained_on = entry.config.max_tokens
    scores: dict[int, float] = {}
    for limit in sorted(set(limits)):
        entry.config = replace(entry.config, max_tokens=limit)
        scores[limit] = evaluate_pairs(entry, val)[metric]
    entry.config = replace(entry.config, max_tokens=trained_on)
    chosen = max(scores, key=lambda k: (round(scores[k], 6), -k))
    if len(scores) > 1:
        shown = ", ".join(f"{k}: {v:.4f}" for k, v in scores.items())
        print(f"validation {metric} by read limit ({shown}); chosen {chosen}", flush=True)
    return {"trained_on": trained_on, "chosen": chosen, "validation": {str(k): round(v, 4) for k, v in scores.items()}}


def _train_own(args: argparse.Namespace, overrides: dict[str, Any]) -> int:
    """Train an entry on the user's own file(s), in the same format as the zoo's."""
    from .user_data import user_splits

    try:
        if not args.name:
            raise ZooError("--name is required with --train-file (e.g. --name lstm.my-reviews)")
        splits = user_splits(args.train_file, args.text_col, args.label_col, args.valid_file, args.test_file)
        labels = sorted({l for _, l in splits["train"]})
        positive = args.positive_label or labels[-1]
        if positive not in labels:
            raise ZooError(f"--positive-label {positive!r} is not among the labels {labels}")
        preset = {**COMMON, "cell": args.cell, "task": args.task, "labels": labels, "positive_label": positive,
                  "dataset": "", "language": [], "license": "other", "hub_dataset": args.train_file.stem,
                  "data_note": f"The user's file {args.train_file.name} (columns {args.text_col!r}, {args.label_col!r}).",
                  "limits": "Trained on the user's own data; see that data's documentation.",
                  "reproduce": "python -m train.classify " + shlex.join(sys.argv[1:]), **overrides}
        if args.threads:
            torch.set_num_threads(args.threads)
        train_classifier(args.name, preset, None, Path(args.runs), args.resume, not args.no_publish,
                         args.epochs, args.max_steps, splits)
    except ZooError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line: train one or more zoo classifier entries by name (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.classify", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"entries to train: {', '.join(PRESETS)}, or 'all'")
    own = parser.add_argument_group("your own data (instead of NAMES)")
    own.add_argument("--train-file", "--data", type=Path, help="CSV/TSV with a header row, or JSON Lines")
    own.add_argument("--valid-file", type=Path, help="default: 10%% of --train-file, stratified, seed 13")
    own.add_argument("--test-file", type=Path, help="default: another 10%% of --train-file")
    own.add_argument("--text-col", default="text")
    own.add_argument("--label-col", default="label")
    own.add_argument("--name", help="entry name, e.g. gru.my-reviews")
    own.add_argument("--cell", choices=["rnn", "lstm", "gru"], default="lstm")
    own.add_argument("--task", choices=["sentiment", "spam"], default="sentiment")
    own.add_argument("--positive-label", help="the class whose F1 is reported (default: the last label)")
    add_run_options(parser)
    parser.add_argument("--init", metavar="ENTRY",
                        help="start from an entry's tokenizer and weights: a classifier, or a language model such as "
                             "lstm-lm.en (its embeddings and LSTM; the classifier then reads in one direction)")
    add_set_option(parser, "--set hidden_dim=256 --set bidirectional=true")
    args = parser.parse_args(argv)
    if args.init:
        args.set = [*args.set, f"init={args.init}"]
    if args.train_file:
        try:
            overrides = parse_overrides(args.set, {key for recipe in PRESETS.values() for key in recipe})
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return _train_own(args, overrides)
    if not args.names:
        parser.error("name a recipe (or 'all'), or give --train-file")
    chosen = chosen_recipes(args, PRESETS)
    if isinstance(chosen, int):
        return chosen
    names, overrides = chosen

    def train_one(name: str) -> None:
        reproduce = reproduce_command("train.classify", name, args.set, args.epochs)
        recipe = train_stages(name, {**PRESETS[name], **overrides, "reproduce": reproduce}, Path(args.runs),
                              args.resume, lambda n, stage, runs: train_classifier(
                                  n, stage, args.data_dir, runs, args.resume, False, args.epochs, args.max_steps))
        recipe = train_soup(name, recipe, Path(args.runs), args.resume, lambda n, variant, runs: train_classifier(
            n, variant, args.data_dir, runs, args.resume, False, args.epochs, args.max_steps))
        train_classifier(name, recipe, args.data_dir, Path(args.runs), args.resume, not args.no_publish, args.epochs,
                         args.max_steps)
    return run_recipes(names, train_one)


if __name__ == "__main__":
    sys.exit(main())
