"""Train an attention-free seq2seq translator entry: `python -m train.translate gru-seq2seq.multi30k-de-en`.

A thin recipe around the shared loop (train.loop.fit): subword tokenizers from the train split,
teacher forcing with label smoothing, early stopping on validation BLEU (greedy), then the beam size chosen
on validation where the recipe lists beam_choices, test BLEU with beam search on the weights as stored
(float16 if the recipe says so), BLEU by source length, atlas, card. --stage splits training from the rest.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from zoo.format.config import EntryConfig, Seq2SeqArgs
from zoo.evaluation.datasets import load_split
from zoo.inference.decoding import left_pad
from zoo.format.entry import ATLAS
from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample, translation_scores
from zoo.evaluation.metrics import bleu
from zoo.models.build import build_model
from zoo.text.text_input import encode
from zoo.text.tokenization import BOS, EOS, train_tokenizer
from zoo.inference.translator_entry import TranslatorEntry

from .atlas import build_atlas
from .batching import pad_right
from .loop import FitConfig, FitResult, Task, fit
from .output import hardware, reproduce_command, round_to_storage, write_and_publish
from .recipe_cli import add_run_options, add_set_option, chosen_recipes, run_recipes
from .translation_presets import TRANSLATION_PRESETS
from .trained_file import load_trained, save_trained, trained_path
from .translator_card import translator_card

CI_SAMPLE = 500
BEAM_CHOICE_SAMPLE = 2000  # validation pairs a recipe's beam_choices are compared on
LENGTH_BUCKETS = [(1, 10), (11, 15), (16, 20), (21, 30), (31, 10_000)]


def bleu_by_length(pairs: list, hyps: list[str]) -> list[dict[str, Any]]:
    """Case-sensitive and lower-cased BLEU per source-length bucket (source words): the bottleneck, measured."""
    rows = []
    for low, high in LENGTH_BUCKETS:
        idx = [i for i, (s, _) in enumerate(pairs) if low <= len(s.split()) <= high]
        if idx:
            refs, outs = [pairs[i][1] for i in idx], [hyps[i] for i in idx]
            label = f"{low}-{high}" if high < 10_000 else f"{low}+"
            rows.append({"bucket": label, "n": len(idx), "bleu": round(bleu(refs, outs), 2),
                         "bleu_lc": round(bleu(refs, outs, lowercase=True), 2)})
    return rows


def choose_beam(entry: TranslatorEntry, pairs: list, beams: list[int], max_len: int) -> dict[str, Any]:
    """Pick the beam size with the best cased BLEU on validation pairs (ties: the smaller beam), never on test."""
    scores = {b: round(evaluate_pairs(entry, pairs, beam=b, max_len=max_len)["bleu"], 2) for b in sorted(set(beams))}
    chosen = max(scores, key=lambda b: (scores[b], -b))
    shown = ", ".join(f"{b}: {v:.2f}" for b, v in scores.items())
    print(f"validation BLEU by beam size on {len(pairs)} pairs ({shown}); chosen {chosen}", flush=True)
    return {"chosen": chosen, "n": len(pairs), "bleu_by_beam": {str(b): v for b, v in scores.items()}}


def train_translator(name: str, preset: dict[str, Any], data: str | None, runs: Path, resume: bool, publish: bool,
                     epochs: int | None = None, max_steps: int | None = None, stage: str = "all") -> Path:
    """Train, evaluate and write one translator entry; returns the entry folder written.

    stage "train" stops after training and writes RUNS/NAME.trained.pt; "evaluate" starts from that file
    (so a GPU machine can train and another machine evaluate); "all" does both in one process."""
    splits = {s: load_split(preset["dataset"], s, data) for s in ("train", "validation", "test")}
    train, val, test = splits["train"], splits["validation"], splits["test"]
    print(f"{name}: {len(train)} train / {len(val)} validation / {len(test)} test", flush=True)
    cfg = FitConfig(epochs=epochs or preset["epochs"], batch_size=preset["batch_size"], lr=preset["lr"],
                    patience=preset["patience"], checkpoint=str(runs / f"{name}.ckpt"), resume=resume,
                    max_steps=max_steps, pass_tokens=preset.get("pass_tokens", 0))
    recipe = {**preset, "epochs": cfg.epochs, "max_steps": max_steps}
    trained = load_trained(trained_path(runs, name), recipe) if stage == "evaluate" else None
    if trained:
        src_tok, tgt_tok = trained["tokenizers"]["source"], trained["tokenizers"]["target"]
    else:
        src_tok = train_tokenizer([s for s, _ in train], preset["src_vocab"])
        tgt_tok = train_tokenizer([t for _, t in train], preset["tgt_vocab"])
    limit = preset["max_tokens"]
    bos, eos = tgt_tok.token_to_id(BOS), tgt_tok.token_to_id(EOS)
    args = Seq2SeqArgs(src_vocab_size=src_tok.get_vocab_size(), tgt_vocab_size=tgt_tok.get_vocab_size(),
                       cell=preset["cell"], embed_dim=preset["embed_dim"], hidden_dim=preset["hidden_dim"],
                       num_layers=preset["num_layers"], dropout=preset["dropout"],
                       context_every_step=preset["context_every_step"], bos_id=bos, eos_id=eos)
    config = EntryConfig(name=name, architecture="seq2seq", task="translation", model_args=args,
                         tokenizer_files={"source": "tokenizer_src.json", "target": "tokenizer_tgt.json"},
                         max_tokens=limit, language=preset["language"], dataset=preset["dataset"])
    torch.manual_seed(13)
    model = build_model(args)
    tokenizers = {"source": src_tok, "target": tgt_tok}
    entry = TranslatorEntry(Path("."), config, model, tokenizers, {})
    max_len = preset["max_len"]
    dtype = getattr(torch, preset["dtype"])
    if trained:
        model.load_state_dict({k: v.float() for k, v in trained["weights"].items()})
        model.eval()
        result, where = trained["fit"], trained["hardware"]
        print(f"{name}: evaluating the weights trained on {where} ({result.seconds:.0f} s, best epoch "
              f"{result.best_epoch} of {len(result.history)})", flush=True)
    else:
        result = _fit_translator(model, entry, train, val, src_tok, tgt_tok, preset, cfg)
        where = hardware()
    if int(os.environ.get("RANK", "0")) != 0:
        return runs
    if stage == "train":
        path = trained_path(runs, name)
        save_trained(path, model, dtype, tokenizers, result, where, recipe)
        print(f"{name}: trained on {where} in {result.seconds:.0f} s (best epoch {result.best_epoch}); wrote {path}; "
              f"finish with the same command and --stage evaluate", flush=True)
        return path
    round_to_storage(model, dtype)
    beam_choice = (choose_beam(entry, fixed_sample(val, BEAM_CHOICE_SAMPLE), preset["beam_choices"], max_len)
                   if preset.get("beam_choices") else None)
    beam = beam_choice["chosen"] if beam_choice else preset["beam"]
    config = entry.config = replace(config, beam=beam)  # the entry decodes at its card's beam when none is given
    sources = list(dict.fromkeys(s for s, _ in test))  # each distinct sentence decodes once, alone
    hyp_of = dict(zip(sources, entry.translate(sources, beam=beam, max_len=max_len)))
    measured = {**translation_scores(test, hyp_of), "beam": beam}
    greedy = translation_scores(test, dict(zip(sources, entry.translate(sources, beam=1, max_len=max_len))))
    ci_pairs = fixed_sample(test, CI_SAMPLE)
    sample = translation_scores(ci_pairs, hyp_of)
    by_length = bleu_by_length(test, [hyp_of[s] for s, _ in test])
    atlas_pairs = fixed_sample(test, 500)
    contexts = entry.contexts([s for s, _ in atlas_pairs])
    atlas = build_atlas(contexts, [str(len(s.split())) for s, _ in atlas_pairs],
                        f"context vectors of {len(atlas_pairs)} test sources (fixed seed 0); labels are source lengths in words")
    facts = {"measured": measured, "greedy": greedy, "sample": sample, "by_length": by_length, "fit": result,
             "hardware": where, "num_params": sum(p.numel() for p in model.parameters()),
             "sizes": {k: len(v) for k, v in splits.items()}, "cfg": cfg, "beam_choice": beam_choice}
    target = write_and_publish(config, model, tokenizers, result.history, {ATLAS: atlas},
                               lambda folder: translator_card(name, preset, facts, folder), runs, publish, dtype)
    print(f"{name}: test BLEU {measured['bleu']:.2f} (lower-cased {measured['bleu_lc']:.2f}, beam {beam}); "
          f"greedy {greedy['bleu']:.2f}; written to {target}", flush=True)
    return target


def _fit_translator(model: torch.nn.Module, entry: TranslatorEntry, train: list, val: list, src_tok, tgt_tok,
                    preset: dict[str, Any], cfg: FitConfig) -> FitResult:
    """Teacher forcing with label smoothing through the shared loop; early stopping on greedy validation BLEU."""
    limit, max_len, args = preset["max_tokens"], preset["max_len"], model.args
    src_ids = [encode(src_tok, s, limit, "head").ids for s, _ in train]
    tgt_ids = [encode(tgt_tok, t, limit, "head").ids for _, t in train]
    val_sample = fixed_sample(val, 1000)

    def make_batch(index: list[int]) -> tuple[torch.Tensor, ...]:
        src = left_pad([src_ids[i] for i in index], args.pad_id)  # (B, S)
        tgt, _ = pad_right([[args.bos_id] + tgt_ids[i] + [args.eos_id] for i in index], args.pad_id)  # (B, T+1)
        return src, tgt

    def loss(net: torch.nn.Module, batch: tuple[torch.Tensor, ...]) -> torch.Tensor:
        src, tgt = batch
        logits = net(src, tgt[:, :-1])  # (B, T, V)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt[:, 1:].reshape(-1),
                               ignore_index=args.pad_id, label_smoothing=0.1)

    def validate(_: torch.nn.Module) -> dict[str, float]:
        result = evaluate_pairs(entry, val_sample, beam=1, max_len=max_len)
        return {"bleu": result["bleu"], "bleu_lc": result["bleu_lc"], "score": result["bleu"]}

    return fit(model, Task([len(s) + len(t) for s, t in zip(src_ids, tgt_ids)], make_batch, loss, validate,
                           count_tokens=lambda b: int((b[0] != 0).sum() + (b[1] != 0).sum()),
                           weight=lambda b: float((b[1][:, 1:] != args.pad_id).sum())), cfg)  # token-averaged loss


def main(argv: list[str] | None = None) -> int:
    """Command line: train one or more translator entries by name (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.translate", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", help=f"entries: {', '.join(TRANSLATION_PRESETS)}, or 'all'")
    add_run_options(parser)
    parser.add_argument("--stage", choices=["all", "train", "evaluate"], default="all",
                        help="train: stop after training and write RUNS/NAME.trained.pt (e.g. on a GPU machine); "
                             "evaluate: start from that file; all (default): both")
    add_set_option(parser, "--set hidden_dim=256")
    args = parser.parse_args(argv)
    chosen = chosen_recipes(args, TRANSLATION_PRESETS)
    if isinstance(chosen, int):
        return chosen
    names, overrides = chosen
    return run_recipes(names, lambda name: train_translator(
        name, {**TRANSLATION_PRESETS[name], **overrides,
               "reproduce": reproduce_command("train.translate", name, args.set, args.epochs)},
        args.data_dir, Path(args.runs), args.resume, not args.no_publish, args.epochs, args.max_steps, args.stage),
        failure_code=2)


if __name__ == "__main__":
    sys.exit(main())
