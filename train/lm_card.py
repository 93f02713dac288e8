"""The model card of a language-model entry, written from what the run measured."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from zoo.format.card import model_index, render_card
from zoo.format.entry import WEIGHTS

from .card_sections import upsert_section
from .plain_snippets import snippet
from .provenance import measured_stamp, stamp_sentence

TEST_TEXT = {"imdb": "IMDB's official test reviews", "nsmc": "NSMC's official test comments"}


def lm_block(measured: dict[str, Any], sample: dict[str, Any]) -> dict[str, Any]:
    """The card's figures: perplexity per token and per word on the test text and on CI's fixed sample of it."""
    keep = ("n", "tokens", "words", "perplexity", "word_perplexity")
    return {"metrics": {k: measured[k] for k in keep}, "test_texts": measured.get("of", measured["n"]),
            "sample_metrics": {"seed": 0, **{k: sample[k] for k in keep}}}


def _which(m: dict[str, Any]) -> str:
    """Which test texts were measured: all of them, or a fixed sample."""
    if m["n"] >= m.get("of", m["n"]):
        return f"all {m['n']:,} non-empty texts"
    return f"a fixed sample of {m['n']:,} of the {m['of']:,} (seed 0)"


def lm_card(name: str, preset: dict[str, Any], facts: dict[str, Any], folder: Path) -> str:
    """README.md for a language-model entry: Hub metadata, the zoo block and prose."""
    m, fit, cfg, storage = facts["measured"], facts["fit"], facts["cfg"], facts["storage"]
    size = (folder / WEIGHTS).stat().st_size
    stamp = measured_stamp()
    dataset = preset["test"][0]
    seconds = fit.seconds + facts.get("tokenize_seconds", 0.0)
    zoo_block = {"split": "test", "n_eval": m["n"], **lm_block(m, facts["sample"]),
                 "num_params": facts["num_params"], "size_bytes": size, "weights_dtype": storage["dtype"],
                 "max_tokens": preset["max_tokens"], "train_time_s": round(seconds, 1), "best_epoch": fit.best_epoch,
                 "epochs_run": len(fit.history), "hardware": facts["hardware"], "seed": cfg.seed,
                 "reproduce": preset["reproduce"], "dataset": dataset, "train_datasets": preset["train"],
                 "train_size": facts["train_texts"], "train_tokens": facts["train_tokens"], "measured": stamp}
    meta = {"license": preset["license"], "language": preset["language"], "library_name": "pytorch",
            "pipeline_tag": "text-generation", "datasets": preset["hub_datasets"],
            "tags": ["seq-zoo", preset["cell"], "rnn", "language-model", "many-to-many"],
            "model-index": model_index(name, "text-generation", "Language modelling",
                                       {"name": dataset, "type": preset["hub_datasets"][0], "split": "test"},
                                       [{"type": "perplexity", "value": m["perplexity"], "name": "perplexity per token"},
                                        {"type": "perplexity", "value": m["word_perplexity"],
                                         "name": "perplexity per word"}])}
    a = preset
    history = ", ".join(f"{h['val_perplexity']:.1f}" for h in fit.history)
    body = f"""
# {name}

A recurrent **{a['cell'].upper()} language model** ({', '.join(a['language'])}), part of seq-zoo: after each token it
reads, the top hidden state scores every subword as the next one (**many-to-many**: one output per time step).
Fed its own samples it writes text (**one-to-many**). It learned only from movie reviews.
Its embeddings and recurrent layer are the starting point of the `lstm-pre.*` classifiers.

## Results on the test text ({TEST_TEXT.get(dataset, dataset)}: {_which(m)})
| perplexity per token | perplexity per word | tokens | words |
|---|---|---|---|
| {m['perplexity']:.2f} | {m['word_perplexity']:.2f} | {m['tokens']:,} | {m['words']:,} |

Each text is read from a zero state as `<s>` + its subwords, and its subwords and end mark `</s>` are scored. Per
word divides the same total log-likelihood by the text's whitespace-separated words plus the end mark, so it can be
compared across tokenizers. `python -m zoo eval {name}` re-measures them; CI re-checks a fixed sample of
{facts['sample']['n']} texts (seed 0: {facts['sample']['perplexity']:.2f} per token). {stamp_sentence(stamp)}

## Data
{a['data_note']} {facts['train_texts']:,} training texts, {facts['train_tokens']:,} tokens.

## Model
- cell: {a['cell']}, layers {a['num_layers']}, embeddings {a['embed_dim']}, hidden {a['hidden_dim']}, dropout
  {a['dropout']}; {facts['num_params']:,} parameters; the output layer is tied to the embeddings (the hidden state
  is projected to {a['embed_dim']} dimensions and scored against every token's embedding).
- vocabulary: {a['vocab_size']} byte-fallback BPE subwords trained on the training text only.
- weights: {storage['dtype']} safetensors, {size / 1e6:.2f} MB. Trained in float32 and rounded for storage:
  validation perplexity {storage['validation_before']:.2f} before, {storage['validation_after']:.2f} after; every
  figure here is measured on the weights as stored.
- input: `predict_next`, `generate` and `trace` read at most the last {a['max_tokens']} tokens of a prompt.

## Training
`{a['reproduce']}` (data folder from `ZOO_DATA_DIR` or `--data-dir`; seed {cfg.seed}).
The training texts, shuffled, are joined into one stream and cut into rows of {a['seq_len']} tokens; each row is
read from a zero state and every next token predicted (cross-entropy). AdamW, one-cycle learning rate (max
{cfg.lr}), batch {cfg.batch_size}, gradient clipping {cfg.clip}. Validation perplexity per epoch: {history}; best
epoch {fit.best_epoch} of {len(fit.history)}. {seconds:.0f} s on {facts['hardware']}.

## Limits
Movie reviews only: other topics and styles are out of its range, and what it writes is fluent only for a few
words. It repeats the opinions, names and biases of the reviews it read. Not for any use beyond teaching.
"""
    body = upsert_section(body, "Without this library", snippet("lm", name), before="## Limits")
    return render_card(meta, zoo_block, body)
