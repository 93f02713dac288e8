"""Train a many-to-one classifier entry: `python -m train.classify lstm.sms-spam`.

A thin recipe around the shared loop: data -> tokenizer -> model -> train.loop.fit -> evaluate the
best weights on the reported split -> TF-IDF baseline -> atlas -> card -> entry published into the zoo.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from zoo.classifier_entry import ClassifierEntry
from zoo.config import ClassifierArgs, EntryConfig
from zoo.datasets import load_split
from zoo.entry import ATLAS, write_entry
from zoo.evaluation import evaluate_pairs, fixed_sample
from zoo.models import build_model
from zoo.publish import publish_local
from zoo.registry import zoo_dir
from zoo.text_input import encode
from zoo.tokenization import train_tokenizer

from .atlas import build_atlas
from .baseline import tfidf_baseline
from .batching import pad_right
from .classifier_card import classifier_card
from .loop import FitConfig, Task, fit
from .presets import PRESETS

ATLAS_POINTS = 1000
CI_SAMPLE = 2000


def train_classifier(name: str, preset: dict[str, Any], data: str | None, runs: Path, resume: bool,
                     publish: bool, epochs: int | None = None, max_steps: int | None = None) -> Path:
    """Train, evaluate and write one classifier entry; returns the entry folder written."""
    splits = {s: load_split(preset["dataset"], s, data) for s in ("train", "validation", "test")}
    train, val, test = splits["train"], splits["validation"], splits["test"]
    print(f"{name}: {len(train)} train / {len(val)} validation / {len(test)} test", flush=True)
    tok = train_tokenizer([t for t, _ in train], preset["vocab_size"])
    labels = preset["labels"]
    label_id = {l: i for i, l in enumerate(labels)}
    max_tokens, mode = preset["max_tokens"], preset["truncation"]
    ids = [encode(tok, t, max_tokens, mode).ids for t, _ in train]
    targets = torch.tensor([label_id[l] for _, l in train])
    args = ClassifierArgs(vocab_size=tok.get_vocab_size(), num_labels=len(labels), cell=preset["cell"],
                          embed_dim=preset["embed_dim"], hidden_dim=preset["hidden_dim"],
                          num_layers=preset["num_layers"], bidirectional=preset["bidirectional"],
                          dropout=preset["dropout"], pooling=preset["pooling"])
    config = EntryConfig(name=name, architecture="classifier", task=preset["task"], model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=max_tokens, truncation=mode,
                         labels=labels, language=preset["language"], dataset=preset["dataset"],
                         positive_label=preset["positive_label"])
    torch.manual_seed(13)
    model = build_model(args)
    entry = ClassifierEntry(Path("."), config, model, {"text": tok}, {})
    metric = "f1" if preset["task"] == "spam" else "accuracy"

    def make_batch(index: list[int]) -> tuple[torch.Tensor, ...]:
        padded, lengths = pad_right([ids[i] for i in index])
        return padded, lengths, targets[index]

    def loss(net: torch.nn.Module, batch: tuple[torch.Tensor, ...]) -> torch.Tensor:
        x, lengths, y = batch
        return F.cross_entropy(net(x, lengths), y)

    def validate(_: torch.nn.Module) -> dict[str, float]:
        result = evaluate_pairs(entry, val)
        return {"accuracy": result["accuracy"], "f1": result["f1"], "score": result[metric]}

    runs.mkdir(parents=True, exist_ok=True)
    cfg = FitConfig(epochs=epochs or preset["epochs"], batch_size=preset["batch_size"], lr=preset["lr"],
                    patience=preset["patience"], checkpoint=str(runs / f"{name}.ckpt"), resume=resume,
                    max_steps=max_steps)
    threads = torch.get_num_threads()
    result = fit(model, Task([len(x) for x in ids], make_batch, loss, validate), cfg)
    if int(os.environ.get("RANK", "0")) != 0:
        return runs  # under torchrun only rank 0 evaluates and writes the entry
    measured = evaluate_pairs(entry, test)
    sample = evaluate_pairs(entry, fixed_sample(test, CI_SAMPLE))
    baseline = tfidf_baseline(train, test, preset["baseline"], preset["positive_label"])
    atlas_pairs = fixed_sample(test, ATLAS_POINTS)
    atlas = build_atlas(entry.contexts([t for t, _ in atlas_pairs]), [l for _, l in atlas_pairs],
                        f"context vectors of {len(atlas_pairs)} {preset['dataset']} test examples (fixed seed 0)")
    hardware = (torch.cuda.get_device_name(0) if torch.cuda.is_available()
                else f"{os.cpu_count()} CPU cores ({platform.machine()}), {threads} torch threads")
    facts = {"measured": measured, "sample": sample, "baseline": baseline, "fit": result,
             "hardware": hardware, "num_params": sum(p.numel() for p in model.parameters()),
             "train_size": len(train), "val_size": len(val), "cfg": cfg}
    with tempfile.TemporaryDirectory(dir=runs) as tmp:
        folder = Path(tmp)
        write_entry(folder, config, model, {"text": tok}, "", result.history, {ATLAS: atlas})
        (folder / "README.md").write_text(classifier_card(name, preset, facts, folder), encoding="utf-8")
        target = publish_local(folder, zoo_dir() if publish else runs / "entries", name)
    print(f"{name}: test {metric} {measured[metric]:.4f} (accuracy {measured['accuracy']:.4f}); "
          f"baseline {baseline[metric]:.4f}; written to {target}", flush=True)
    return target


def parse_overrides(items: list[str]) -> dict[str, Any]:
    """KEY=VALUE strings -> {key: JSON value (or the raw string)}; keys must exist in the recipes."""
    import json

    known = set(next(iter(PRESETS.values())))
    out: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or key not in known:
            raise ValueError(f"--set {item!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(known))}")
        try:
            out[key] = json.loads(raw)
        except json.JSONDecodeError:
            out[key] = raw
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: train one or more zoo classifier entries by name (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.classify", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", help=f"entries to train: {', '.join(PRESETS)}, or 'all'")
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for checkpoints and unpublished entries")
    parser.add_argument("--resume", action="store_true", help="continue from the last epoch checkpoint")
    parser.add_argument("--no-publish", action="store_true", help="write into RUNS/entries, not the zoo")
    parser.add_argument("--epochs", type=int, help="override the preset's epoch count")
    parser.add_argument("--max-steps", type=int, help="stop after N optimizer steps (smoke tests)")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a recipe field, e.g. --set hidden_dim=256 --set bidirectional=true")
    args = parser.parse_args(argv)
    try:
        overrides = parse_overrides(args.set)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    names = list(PRESETS) if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in PRESETS]
    if unknown:
        print(f"error: unknown recipe(s) {', '.join(unknown)}; known: {', '.join(PRESETS)}", file=sys.stderr)
        return 2
    if args.threads:
        torch.set_num_threads(args.threads)
    for name in names:
        train_classifier(name, {**PRESETS[name], **overrides}, args.data_dir, Path(args.runs), args.resume, not args.no_publish,
                         args.epochs, args.max_steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
