"""Store a published entry's weights in less space and re-measure it: `python -m train.shrink NAME --dtype int8`.

float16 halves float32; int8 keeps one byte per weight and one float32 scale per row (zoo.format.quantization).
The test split is re-measured on the stored weights (classifiers: accuracy and F1, the CI sample too;
translators: BLEU at the entry's beam, greedy, the CI sample and BLEU by source length), the card's figures and
tables are replaced by the new ones, and a Storage section gives the before and after.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import torch

from zoo.evaluation.datasets import load_split
from zoo.evaluation.evaluate import evaluate_pairs, fixed_sample, translation_scores
from zoo.format.card import render_card, split_card
from zoo.format.entry import CARD, WEIGHTS, write_weights
from zoo.hub.loader import load_folder
from zoo.hub.publish import publish_local
from zoo.hub.registry import entry_folder, zoo_dir

from .card_sections import upsert_section
from .output import round_to_storage
from .plain_snippets import snippet
from .provenance import measured_stamp, stamp_sentence
from .translate import bleu_by_length

DTYPES = {"float16": torch.float16, "int8": torch.int8}


def _classifier_figures(entry: Any, card: dict[str, Any], data: str | None) -> dict[str, Any]:
    test = load_split(entry.config.dataset, "test", data)
    test = [p for p in test if p[0].strip()]
    measured = evaluate_pairs(entry, test)
    sample = card["sample_metrics"]
    again = measured if sample["n"] >= len(test) else evaluate_pairs(entry, fixed_sample(test, sample["n"]))
    return {"metrics": {"accuracy": round(measured["accuracy"], 4), "f1": round(measured["f1"], 4)},
            "sample_metrics": {**sample, "accuracy": round(again["accuracy"], 4), "f1": round(again["f1"], 4)}}


def _translator_figures(entry: Any, card: dict[str, Any], data: str | None) -> dict[str, Any]:
    test = load_split(entry.config.dataset, "test", data)
    beam, max_len = card["beam"], card["max_len"]
    sources = list(dict.fromkeys(s for s, _ in test))
    hyp_of = dict(zip(sources, entry.translate(sources, beam=beam, max_len=max_len)))
    greedy_of = dict(zip(sources, entry.translate(sources, beam=1, max_len=max_len)))
    rounded = lambda d: {k: round(v, 2) for k, v in d.items() if k.startswith("bleu")}  # noqa: E731
    sample = card["sample_metrics"]
    return {"metrics": rounded(translation_scores(test, hyp_of)),
            "greedy_metrics": rounded(translation_scores(test, greedy_of)),
            "sample_metrics": {**sample, **rounded(translation_scores(fixed_sample(test, sample["n"]), hyp_of))},
            "bleu_by_length": bleu_by_length(test, [hyp_of[s] for s, _ in test])}


def _rewrite_classifier_body(body: str, new: dict[str, Any], note: str) -> str:
    m = new["metrics"]
    body = re.sub(r"(\| this entry \(\w+\) \| )[\d.]+% \| [\d.]+ \|",
                  lambda g: f"{g.group(1)}{100 * m['accuracy']:.2f}% | {m['f1']:.4f} |", body, count=1)
    return re.sub(r"^- weights: .*?(?=^- input)", f"- weights: {note}\n", body, count=1, flags=re.S | re.M)


def _rewrite_translator_body(body: str, new: dict[str, Any], note: str) -> str:
    m, g = new["metrics"], new["greedy_metrics"]
    body = re.sub(r"(\| beam \d+, length-normalised \| )[\d.]+ \| [\d.]+ \|",
                  lambda x: f"{x.group(1)}{m['bleu']:.2f} | {m['bleu_lc']:.2f} |", body, count=1)
    body = re.sub(r"(\| greedy \| )[\d.]+ \| [\d.]+ \|",
                  lambda x: f"{x.group(1)}{g['bleu']:.2f} | {g['bleu_lc']:.2f} |", body, count=1)
    if "bleu_multi" in m:
        body = re.sub(r"(\| beam \d+, all references of each distinct source \(\d+ sources\) \| )[\d.]+ \| [\d.]+ \|",
                      lambda x: f"{x.group(1)}{m['bleu_multi']:.2f} | {m['bleu_multi_lc']:.2f} |", body, count=1)
        body = re.sub(r"(\| greedy, all references of each distinct source \| )[\d.]+ \| [\d.]+ \|",
                      lambda x: f"{x.group(1)}{g['bleu_multi']:.2f} | {g['bleu_multi_lc']:.2f} |", body, count=1)
    for row in new["bleu_by_length"]:
        body = re.sub(rf"^\| {re.escape(row['bucket'])} \| \d+ \| [\d.]+ \| [\d.]+ \|$",
                      f"| {row['bucket']} | {row['n']} | {row['bleu']:.2f} | {row['bleu_lc']:.2f} |", body, flags=re.M)
    return re.sub(r"stored as \S+ safetensors \([\d.]+ MB\)", note, body, count=1)


def shrink(name: str, dtype: str, data: str | None, runs: Path) -> dict[str, Any]:
    """Re-store one published entry in dtype, re-measure it, republish it with its card brought up to date."""
    folder = entry_folder(name)
    entry = load_folder(folder)
    meta, body = split_card((folder / CARD).read_text(encoding="utf-8"))
    card = meta.pop("zoo")
    translator = entry.config.architecture == "seq2seq"
    network = entry.model
    round_to_storage(network, DTYPES[dtype])  # what is measured is what ships
    new = (_translator_figures if translator else _classifier_figures)(entry, card, data)
    runs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=runs) as tmp:
        copy = Path(tmp) / name
        shutil.copytree(folder, copy)
        old_size = (copy / WEIGHTS).stat().st_size
        write_weights(network, copy / WEIGHTS, DTYPES[dtype])
        size = (copy / WEIGHTS).stat().st_size
        key = "bleu" if translator else ("f1" if entry.task == "spam" else "accuracy")
        before, after = card["metrics"][key], new["metrics"][key]
        stamp = measured_stamp()
        storage = {"dtype": dtype, "from_dtype": card.get("weights_dtype", "float32"), "size_before": old_size,
                   "size_after": size, "test_before": {key: before}, "test_after": {key: after}}
        stored = (f"int8 rows with a float32 scale per row ({size / 1e6:.2f} MB)" if dtype == "int8"
                  else f"{dtype} safetensors ({size / 1e6:.2f} MB)")
        body = (_rewrite_translator_body(body, new, "stored as " + stored) if translator
                else _rewrite_classifier_body(body, new, stored + "; see Storage."))
        metric_name = "BLEU" if translator else {"f1": "F1"}.get(key, key)
        shown = (lambda v: f"{v:.2f}") if translator else (lambda v: f"{v:.4f}" if key == "f1" else f"{100 * v:.2f}%")
        body = upsert_section(body, "Storage", (
            f"The weights were trained and first stored as {storage['from_dtype']} ({old_size / 1e6:.2f} MB) and are "
            f"now stored as {stored}; loading turns them back into float32. The test split was re-measured on the "
            f"stored weights: {metric_name} {shown(before)} before, {shown(after)} after. Every "
            "figure on this card is measured on the weights as stored. " + stamp_sentence(stamp)), before="## Training")
        body = upsert_section(body, "Without this library", snippet(entry.config.architecture, name), before="## Limits")
        block = {**card, **new, "size_bytes": size, "weights_dtype": dtype, "storage": storage, "measured": stamp}
        (copy / CARD).write_text(render_card(meta, block, body), encoding="utf-8")
        publish_local(copy, zoo_dir(), name)
    return storage


def main(argv: list[str] | None = None) -> int:
    """Command line: shrink named entries."""
    parser = argparse.ArgumentParser(prog="python -m train.shrink", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--dtype", choices=sorted(DTYPES), required=True)
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for scratch copies")
    args = parser.parse_args(argv)
    for name in args.names:
        s = shrink(name, args.dtype, args.data_dir, Path(args.runs))
        print(f"{name}: {s['from_dtype']} {s['size_before'] / 1e6:.2f} MB -> {s['dtype']} {s['size_after'] / 1e6:.2f} MB; "
              f"test {s['test_before']} -> {s['test_after']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
