"""The model card of a translator entry, written from what the run measured."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from zoo.format.card import model_index, render_card
from zoo.format.entry import WEIGHTS

from .card_sections import upsert_section
from .plain_snippets import snippet


def _beam_note(choice: dict[str, Any] | None) -> str:
    """The card's sentence on how the beam size was chosen (on validation), or nothing for a fixed beam."""
    if not choice:
        return ""
    shown = ", ".join(f"beam {b}: {v:.2f}" for b, v in choice["bleu_by_beam"].items())
    return (f"The beam size was chosen on {choice['n']} validation pairs (fixed seed 0) before the test split was "
            f"decoded: {shown} (cased BLEU). ")


def translator_card(name: str, preset: dict[str, Any], facts: dict[str, Any], folder: Path) -> str:
    """README.md for a translator entry: Hub metadata, the zoo block and honest prose."""
    m, g, fit, cfg, sizes = facts["measured"], facts["greedy"], facts["fit"], facts["cfg"], facts["sizes"]
    size = (folder / WEIGHTS).stat().st_size
    src, tgt = preset["language"]
    cell = preset["cell"].upper()
    reproduce = preset.get("reproduce") or f"python -m train.translate {name}"
    zoo_block = {
        "split": "test", "n_eval": m["n"], "beam": m["beam"], "length_penalty_alpha": 1.0, "max_len": preset["max_len"],
        "metrics": {"bleu": round(m["bleu"], 2), "bleu_lc": round(m["bleu_lc"], 2)},
        "greedy_metrics": {"bleu": round(g["bleu"], 2), "bleu_lc": round(g["bleu_lc"], 2)},
        "sample_metrics": {"n": facts["sample"]["n"], "seed": 0, "beam": m["beam"],
                           **{k: round(v, 2) for k, v in facts["sample"].items() if k.startswith("bleu")}},
        "bleu_by_length": facts["by_length"], "sacrebleu": "corpus BLEU, tokenize 13a",
        "num_params": facts["num_params"], "size_bytes": size, "weights_dtype": preset["dtype"],
        "max_tokens": preset["max_tokens"], "truncation": "head",
        "train_time_s": round(fit.seconds, 1), "best_epoch": fit.best_epoch, "epochs_run": len(fit.history),
        "hardware": facts["hardware"], "seed": cfg.seed, "reproduce": reproduce, "dataset": preset["dataset"],
        "train_size": sizes["train"], "val_size": sizes["validation"],
    }
    choice = facts.get("beam_choice")
    if choice:
        zoo_block["beam_choice"] = choice
    meta = {
        "license": preset["license"], "language": preset["language"], "library_name": "pytorch",
        "pipeline_tag": "translation", "datasets": [preset["hub_dataset"]],
        "tags": ["seq-zoo", preset["cell"], "seq2seq", "encoder-decoder", "no-attention", "translation"],
        "model-index": model_index(name, "translation", f"Translation {src}->{tgt}",
                                   {"name": preset["dataset"], "type": preset["hub_dataset"], "split": "test"},
                                   [{"type": "bleu", "value": round(m["bleu"], 2), "name": "sacreBLEU (13a, cased)"},
                                    {"type": "bleu", "value": round(m["bleu_lc"], 2), "name": "sacreBLEU (13a, lower-cased)"}]),
    }
    multi = "bleu_multi" in m
    if multi:  # several references per source: also scored against all of them
        zoo_block["metrics"].update(bleu_multi=round(m["bleu_multi"], 2), bleu_multi_lc=round(m["bleu_multi_lc"], 2))
        zoo_block["greedy_metrics"].update(bleu_multi=round(g["bleu_multi"], 2),
                                           bleu_multi_lc=round(g["bleu_multi_lc"], 2))
        zoo_block["n_sources"] = m["n_sources"]
    multi_rows = (f"| beam {m['beam']}, all references of each distinct source ({m['n_sources']} sources) "
                  f"| {m['bleu_multi']:.2f} | {m['bleu_multi_lc']:.2f} |\n"
                  f"| greedy, all references of each distinct source | {g['bleu_multi']:.2f} | {g['bleu_multi_lc']:.2f} |\n"
                  if multi else "")
    multi_note = (f"\n\nThe test split lists several translations of many sentences ({m['n']} pairs, {m['n_sources']} "
                  "distinct sources), and the model gives each sentence one translation, so the one-reference rows "
                  "(the headline, one row per pair) score it against each of them in turn; the 'all references' rows "
                  "score each distinct source once against every translation it has (sacreBLEU multi-reference)."
                  if multi else "")
    rows = "\n".join(f"| {r['bucket']} | {r['n']} | {r['bleu']:.2f} | {r['bleu_lc']:.2f} |" for r in facts["by_length"])
    body = f"""
# {name}

An attention-free **{cell} encoder-decoder** translating **{src} -> {tgt}**, part of seq-zoo. The encoder
reads the source one subword per time step and hands the decoder exactly one **context vector**
(its final hidden state{' and cell state' if preset['cell'] == 'lstm' else ''}); the decoder receives that vector
at every step and in its output layer (Cho et al. 2014), and nothing else from the source: no attention.

## Results on the test split ({m['n']} sentences)
| decoding | BLEU (cased) | BLEU (lower-cased) |
|---|---|---|
| beam {m['beam']}, length-normalised | {m['bleu']:.2f} | {m['bleu_lc']:.2f} |
| greedy | {g['bleu']:.2f} | {g['bleu_lc']:.2f} |
{multi_rows}
{_beam_note(choice)}sacreBLEU corpus BLEU, 13a tokenization, on detokenized output. `python -m zoo eval {name} --beam {m['beam']}`
re-measures it; CI re-checks a fixed sample of {facts['sample']['n']} sentences.{multi_note}

### BLEU by source length (words): the single-vector bottleneck
| source words | sentences | BLEU | BLEU (lower-cased) |
|---|---|---|---|
{rows}

## Data and split
{preset['data_note']} Train {sizes['train']} / validation {sizes['validation']} / test {sizes['test']} pairs.
Subword (byte-fallback BPE) vocabularies of {preset['src_vocab']} / {preset['tgt_vocab']} were trained on the
train split only. Early stopping on greedy BLEU of (a fixed sample of) the validation split.

## Model
embeddings {preset['embed_dim']}, hidden {preset['hidden_dim']}, {preset['num_layers']} layer(s), dropout {preset['dropout']};
{facts['num_params']:,} parameters, stored as {preset['dtype']} safetensors ({size / 1e6:.2f} MB); the test figures above
were measured on the stored precision. Sources longer than {preset['max_tokens']} subwords are truncated (the head is kept).

## Training
`{reproduce}` (data folder from `ZOO_DATA_DIR` or `--data-dir`; seed {cfg.seed}). Teacher forcing, label smoothing
0.1, AdamW with a one-cycle schedule (max lr {cfg.lr}), batch {cfg.batch_size}, gradient clipping {cfg.clip},
length-bucketed batches. Best epoch {fit.best_epoch} of {len(fit.history)} run; {fit.seconds:.0f} s on {facts['hardware']}.
{preset.get('note', '')}

## Limits
One fixed-size vector must carry the whole sentence, so long sentences lose detail (see the table above).
Trained on {preset['dataset']} only: other domains, names and rare words come out poorly.
"""
    body = upsert_section(body, "Without this library", snippet("seq2seq", name), before="## Limits")
    return render_card(meta, zoo_block, body)
