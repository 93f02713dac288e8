"""Train a language-model entry: `python -m train.language_model lstm-lm.en`.

A thin recipe around the shared loop: training text -> tokenizer -> one token stream cut into rows of seq_len
-> train.loop.fit (next-token cross-entropy) -> perplexity on the test text -> card -> entry published.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from zoo.evaluation.datasets import load_split
from zoo.evaluation.evaluate import fixed_sample
from zoo.evaluation.perplexity import lm_rows, perplexity
from zoo.evaluation.phrases import whole_sentences
from zoo.format.config import EntryConfig, LmArgs
from zoo.models.build import build_model
from zoo.text.tokenization import BOS, EOS, train_tokenizer

from .lm_card import lm_card
from .loop import FitConfig, Task, fit
from .output import hardware, reproduce_command, round_to_storage, write_and_publish
from .recipe_cli import add_run_options, add_set_option, chosen_recipes, run_recipes
from .lm_presets import LM_PRESETS

SAMPLE_SEED = 0


def texts_of(datasets: list[str], split: str, data: str | None) -> list[str]:
    """The texts (labels dropped) of a split of each dataset; SST-2's phrases reduced to whole sentences."""
    out = []
    for name in datasets:
        texts = [t for t, _ in load_split(name, split, data) if t.strip()]
        out += [texts[i] for i in whole_sentences(texts)] if name == "sst2" else texts
    return out


def stream_rows(rows: list[list[int]], seq_len: int, seed: int) -> torch.Tensor:
    """Texts (each <s> ids </s>) shuffled and joined into one stream, cut into (N, seq_len + 1) rows: each row's
    first seq_len tokens are read and its last seq_len predicted."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    stream = torch.tensor([t for i in order for t in rows[i]], dtype=torch.long)
    n = (len(stream) - 1) // seq_len
    return stream[: n * seq_len + 1].unfold(0, seq_len + 1, seq_len)  # (N, seq_len + 1), rows overlap by 1


def lm_loss(net: torch.nn.Module, batch: tuple[torch.Tensor, ...]) -> torch.Tensor:
    """Mean next-token cross-entropy of a (rows (B, T+1),) batch."""
    (rows,) = batch
    logits, _ = net(rows[:, :-1])  # (B, T, V)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), rows[:, 1:].reshape(-1))


def train_language_model(name: str, preset: dict[str, Any], data: str | None, runs: Path, resume: bool,
                         publish: bool, epochs: int | None = None, max_steps: int | None = None,
                         texts: dict[str, list[str]] | None = None) -> Path:
    """Train, measure and write one language-model entry; returns the entry folder written."""
    texts = texts or {split: texts_of(preset["train" if split != "test" else "test"], split, data)
                      for split in ("train", "validation", "test")}
    train, val, test = texts["train"], texts["validation"], texts["test"]
    print(f"{name}: {len(train)} train / {len(val)} validation / {len(test)} test texts", flush=True)
    started = time.time()
    tok = train_tokenizer(train, preset["vocab_size"], cleanup=preset.get("cleanup", ""))
    bos, eos = tok.token_to_id(BOS), tok.token_to_id(EOS)
    rows = stream_rows(lm_rows(tok, train, bos, eos), preset["seq_len"], preset["seed"])
    tokenize_seconds = time.time() - started
    print(f"{name}: {rows.numel():,} training tokens in {len(rows):,} rows of {preset['seq_len']}", flush=True)
    args = LmArgs(vocab_size=tok.get_vocab_size(), cell=preset["cell"], embed_dim=preset["embed_dim"],
                  hidden_dim=preset["hidden_dim"], num_layers=preset["num_layers"], dropout=preset["dropout"],
                  bos_id=bos, eos_id=eos)
    config = EntryConfig(name=name, architecture="lm", task="language-model", model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=preset["max_tokens"], truncation="tail",
                         language=preset["language"], dataset=preset["test"][0])
    torch.manual_seed(preset["seed"])
    model = build_model(args)
    val_sample = fixed_sample(val, preset["val_texts"], SAMPLE_SEED)

    def validate(net: torch.nn.Module) -> dict[str, float]:
        measured = perplexity(net, tok, val_sample, bos, eos)
        return {"perplexity": measured["perplexity"], "loss": measured["nll_per_token"],
                "score": -measured["nll_per_token"]}

    runs.mkdir(parents=True, exist_ok=True)
    cfg = FitConfig(epochs=epochs or preset["epochs"], batch_size=preset["batch_size"], lr=preset["lr"],
                    patience=preset["patience"], checkpoint=str(runs / f"{name}.ckpt"), resume=resume,
                    max_steps=max_steps, seed=preset["seed"])
    task = Task([rows.shape[1]] * len(rows), lambda index: (rows[index],), lm_loss, validate,
                count_tokens=lambda batch: int(batch[0][:, 1:].numel()))
    result = fit(model, task, cfg)
    import os
    if int(os.environ.get("RANK", "0")) != 0:
        return runs  # under torchrun only rank 0 measures and writes the entry
    dtype = getattr(torch, preset["dtype"])
    before = validate(model)["perplexity"]
    round_to_storage(model, dtype)
    after = validate(model)["perplexity"]
    print(f"{name}: validation perplexity {before:.2f} before rounding to {preset['dtype']}, {after:.2f} after",
          flush=True)
    measured = perplexity(model, tok, fixed_sample(test, preset["test_texts"], SAMPLE_SEED), bos, eos)
    measured["of"] = len(test)
    sample = perplexity(model, tok, fixed_sample(test, preset["sample_texts"], SAMPLE_SEED), bos, eos)
    print(f"{name}: test perplexity {measured['perplexity']:.2f} per token, {measured['word_perplexity']:.2f} "
          f"per word ({measured['tokens']:,} tokens)", flush=True)
    facts = {"measured": measured, "sample": sample, "fit": result, "cfg": cfg, "hardware": hardware(),
             "num_params": sum(p.numel() for p in model.parameters()), "train_texts": len(train),
             "train_tokens": int(rows[:, 1:].numel()), "val_texts": len(val_sample),
             "storage": {"dtype": preset["dtype"], "validation_before": before, "validation_after": after},
             "tokenize_seconds": tokenize_seconds}
    target = write_and_publish(config, model, {"text": tok}, result.history, {},
                               lambda folder: lm_card(name, preset, facts, folder), runs, publish, dtype)
    print(f"{name}: written to {target}", flush=True)
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line: train one or more zoo language-model entries by name (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.language_model", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", help=f"entries to train: {', '.join(LM_PRESETS)}, or 'all'")
    add_run_options(parser)
    add_set_option(parser, "--set hidden_dim=256")
    args = parser.parse_args(argv)
    chosen = chosen_recipes(args, LM_PRESETS)
    if isinstance(chosen, int):
        return chosen
    names, overrides = chosen
    return run_recipes(names, lambda name: train_language_model(
        name, {**LM_PRESETS[name], **overrides,
               "reproduce": reproduce_command("train.language_model", name, args.set, args.epochs)},
        args.data_dir, Path(args.runs), args.resume, not args.no_publish, args.epochs, args.max_steps))


if __name__ == "__main__":
    sys.exit(main())
