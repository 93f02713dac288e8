"""The model card of a bag-of-words entry, written from what the run measured."""
from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

from zoo.format.card import model_index, render_card
from zoo.format.entry import WEIGHTS

from .card_sections import upsert_section
from .classifier_card import TASK_TYPE
from .plain_snippets import snippet
from .provenance import measured_stamp, stamp_sentence

FEATURES = {"word": "each word (lower-cased NFKC runs of letters and digits; HTML line breaks read as spaces)",
            "char_wb": "the character n-grams of each word, padded with a space on each side"}


def bow_card(name: str, preset: dict[str, Any], facts: dict[str, Any], folder: Path) -> str:
    """README.md for a bag-of-words entry: Hub metadata, the zoo block and prose."""
    m, s = facts["measured"], facts["sample"]
    stamp = measured_stamp()
    pos, size, vocab = preset["positive_label"], (folder / WEIGHTS).stat().st_size, facts["vocab_size"]
    task_type, task_name = TASK_TYPE[preset["task"]]
    split_label = preset.get("split_label", "test")
    grams = ("words" if preset["analyzer"] == "word"
             else f"character {preset['ngram_min']}-{preset['ngram_max']}-grams within words")
    hardware = f"{os.cpu_count()} CPU cores ({platform.machine()})"
    zoo_block = {
        "split": "test", "n_eval": m["n"],
        "metrics": {"accuracy": round(m["accuracy"], 4), "f1": round(m["f1"], 4)},
        "sample_metrics": {"n": s["n"], "seed": 0, "accuracy": round(s["accuracy"], 4), "f1": round(s["f1"], 4)},
        "positive_label": pos, "num_params": vocab + 1, "size_bytes": size, "weights_dtype": "float32",
        "vocab_size": vocab, "C": facts["C"], "train_time_s": round(facts["seconds"], 1), "hardware": hardware,
        "reproduce": preset["reproduce"], "dataset": preset["dataset"], "train_size": facts["train_size"],
        "val_size": facts["val_size"], "measured": stamp,
    }
    meta = {
        "license": preset["license"], "language": preset["language"], "library_name": "numpy",
        "pipeline_tag": task_type, "datasets": [preset["hub_dataset"]],
        "tags": ["seq-zoo", "bag-of-words", "tf-idf", "logistic-regression", preset["task"]],
        "model-index": model_index(name, task_type, task_name,
                                   {"name": preset["dataset"], "type": preset["hub_dataset"],
                                    "split": preset.get("hub_split", "test")},
                                   [{"type": "accuracy", "value": round(m["accuracy"], 4), "name": "accuracy"},
                                    {"type": "f1", "value": round(m["f1"], 4), "name": f"F1 ({pos})"}]),
    }
    tried = ", ".join(f"C={h['C']}: {100 * h['val_accuracy']:.2f}%" for h in facts["history"])
    body = f"""
# {name}

The **bag-of-words** rival of the recurrent {preset['task']} models of seq-zoo: TF-IDF of {grams}, then a
logistic regression. Every feature comes from one word alone, so **the order of the words plays no part**:
any reordering of a text's words gets exactly the same score. That is the point of this entry: it is the
baseline a sequence model must beat, and on sentences where order decides the meaning it cannot be right
about both readings.

## Results on the {split_label} split ({m['n']} examples)
| model | accuracy | F1 ({pos}) |
|---|---|---|
| this entry (bag of words) | {100 * m['accuracy']:.2f}% | {m['f1']:.4f} |

`python -m zoo eval {name}` re-measures these numbers; CI re-checks them on a fixed sample of {s['n']}.
{stamp_sentence(stamp)}

## Data and split
{preset['data_note']} Train {facts['train_size']} / validation {facts['val_size']} / test {m['n']}.

## Model
- features: {FEATURES[preset['analyzer']]}{'' if preset['analyzer'] == 'word' else f" (n = {preset['ngram_min']}-{preset['ngram_max']})"};
  terms seen in at least 2 training texts, the {vocab:,} most frequent kept; tf -> 1 + log(tf), times idf, L2-normalised.
- logistic regression (scikit-learn, L2, C={facts['C']} chosen on validation: {tried}).
- files: `vocab.json` (the terms, in index order), `model.safetensors` (idf, coef, intercept; float32,
  {size / 1e6:.2f} MB). Inference is NumPy only: no pickle, no scikit-learn.
- `trace(text)` gives each word's contribution to the logit; they and the intercept sum to it.

## Training
`{preset['reproduce']}` (data folder from `ZOO_DATA_DIR` or `--data-dir`); {facts['seconds']:.0f} s on {hardware}.

## Limits
Blind to word order and to negation scope by construction ("not good, actually great" and "not great,
actually good" score the same). {preset['limits']}
"""
    body = upsert_section(body, "Without this library", snippet("bow", name), before="## Limits")
    return render_card(meta, zoo_block, body)
