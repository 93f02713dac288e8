"""The model card of a classifier entry, written from what the run measured."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from zoo.format.card import model_index, render_card
from zoo.format.entry import WEIGHTS

from .card_sections import calibration_section, minimal_pairs_section, upsert_section
from .plain_snippets import snippet
from .provenance import measured_stamp, stamp_sentence

TASK_TYPE = {"spam": ("text-classification", "Spam detection"), "sentiment": ("text-classification", "Sentiment analysis")}


TRUNCATION = {"head": "the first tokens are kept", "head_tail": "the first and last halves are kept"}


def _pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def _read_limit_note(limit: dict[str, Any], task: str) -> str:
    """A sentence on the inference token limit, when it differs from the training one."""
    if limit["chosen"] == limit["trained_on"] and len(limit["validation"]) < 2:
        return ""
    metric = "F1" if task == "spam" else "accuracy"
    tried = ", ".join(f"{k}: {100 * v:.2f}%" if metric == "accuracy" else f"{k}: {v:.4f}"
                      for k, v in limit["validation"].items())
    return (f"\n- read limit: trained on texts cut to {limit['trained_on']} tokens; at inference it reads up to "
            f"{limit['chosen']}, the limit with the best validation {metric} ({tried}). The reported split played no part.")


def _storage_note(storage: dict[str, Any], task: str, size: int) -> str:
    """The weights' storage precision and size, and what rounding to it cost on validation."""
    note = f"{storage['dtype']} safetensors, {size / 1e6:.2f} MB."
    if storage["dtype"] == "float32":
        return note
    show = _pct if task != "spam" else (lambda v: f"{v:.4f}")
    metric = "F1" if task == "spam" else "accuracy"
    how = ("int8 rows with a float32 scale per row, about a quarter of the size" if storage["dtype"] == "int8"
           else "half the size")
    return (note + f" Trained in float32 and rounded to {storage['dtype']} for storage ({how}): validation "
            f"{metric} {show(storage['validation_before'])} before rounding, {show(storage['validation_after'])} after; "
            "every figure on this card is measured on the weights as stored.")


def _noise_note(preset: dict[str, Any]) -> str:
    """A sentence on the input noise used while training, if any (never at evaluation or inference)."""
    parts = []
    if preset.get("bpe_dropout", 0.0) > 0:
        parts.append(f"BPE-dropout {preset['bpe_dropout']} (each merge skipped with that probability whenever a "
                     "training text is read, so words arrive split in several ways; the tokenizer's draws are not "
                     "seeded, so a rerun is close to but not bit-identical with this one)")
    if preset.get("token_dropout", 0.0) > 0:
        parts.append(f"token dropout {preset['token_dropout']} (that share of training tokens replaced by <unk>)")
    return ("\nInput noise while training only: " + "; ".join(parts) + ". Evaluation and inference read the plain "
            "tokenization.") if parts else ""


def _teacher_note(preset: dict[str, Any], teacher: dict[str, Any] | None) -> str:
    """A sentence on distillation from the TF-IDF baseline, if the recipe used it."""
    if not teacher:
        return ""
    return (f"\nDistilled from the TF-IDF baseline: the training loss gives share {preset['distill']} to the "
            f"baseline's class probabilities for each training text and the rest to the gold label. Each text's "
            f"probabilities come from a baseline fitted on the other {teacher['folds']} folds of the train split "
            f"(out-of-fold; they agree with the gold label on {_pct(teacher['train_accuracy'])} of it); fitting them "
            f"took {teacher['seconds']:.0f} s, included in the training time. The baseline in the results table is "
            "a separate fit on the whole train split. At inference the entry is the recurrent network alone."
            + (f" Both sides of the teacher's term are softened with temperature {preset['distill_temperature']} "
               "(the term scaled by its square)." if preset.get("distill_temperature", 1.0) != 1.0 else ""))


def _passes_note(pass_tokens: int) -> str:
    """Words on the loop's passes, if a batch was run in several."""
    if not pass_tokens:
        return ""
    return (f", each batch run as forward and backward passes of about {pass_tokens} padded positions with their "
            "gradients summed (the same update as one pass; only the dropout draws differ)")


def _average_note(preset: dict[str, Any]) -> str:
    """A sentence on the weight average, if the recipe kept one."""
    if not preset.get("ema", 0.0):
        return ""
    return (f"\nThe weights are an exponential moving average of the trained weights (decay {preset['ema']} per "
            "step): each epoch's validation score, the early stopping and the stored entry all use the average.")


def _order_note(preset: dict[str, Any], facts: dict[str, Any], history: list[dict[str, Any]]) -> str:
    """Sentences on the word-order examples and the starting entry, if the recipe used them."""
    parts = []
    init = facts.get("init")
    if init and "perplexity" in init["card"].get("metrics", {}):
        m = init["card"]["metrics"]
        parts.append(f"Fine-tuned from the language model `{init['name']}` (test perplexity {m['perplexity']:.2f} per "
                     f"token on its card), as published at commit {init.get('commit', '?')}: its tokenizer, embeddings "
                     "and recurrent layer were the starting point, so the classifier reads in one direction, as the "
                     "language model did; only the output layer started from random weights.")
    elif init and stage_of(init["name"]):
        m, first = init["card"].get("metrics", {}), init["card"].get("init", {}).get("name")
        parts.append(f"Trained in stages (the recipe's `stages`, train/stages.py; the command above runs them all): "
                     f"this last stage started from the entry that stage {stage_of(init['name'])} wrote (test accuracy "
                     f"{100 * m.get('accuracy', 0):.2f}% when measured), its tokenizer and weights"
                     + (f"; the first stage started from `{first}`." if first else "."))
    elif init:
        m = init["card"].get("metrics", {})
        parts.append(f"Fine-tuned from the entry `{init['name']}` as published at commit {init.get('commit', '?')} "
                     f"(test accuracy {100 * m.get('accuracy', 0):.2f}% on its card): its tokenizer and weights were "
                     f"the starting point; to rerun, pass that folder: `--set init=PATH`.")
    if facts.get("extra_size"):
        parts.append(f"Extra data: {facts['extra_size']:,} labelled rows of the {preset['extra_train']} train split "
                     "(its own validation rows excluded) were added to training: the same domain in another form (short "
                     "phrases for long reviews, long reviews for short phrases), with words and text lengths the "
                     "entry's own split lacks; the baselines saw the entry's own train split only."
                     + (" Those rows, tokenized and lower-cased in their dataset, were rewritten as people type "
                        "(\"is n't\" as \"isn't\", a capital first letter: train/natural_text.py)."
                        if preset.get("extra_form") == "natural" else ""))
    if facts.get("synthetic_size"):
        source = preset.get("augment_source") or preset["dataset"]
        dev = [f"{100 * h['val_order_dev_pair_accuracy']:.1f}%" for h in history if "val_order_dev_pair_accuracy" in h]
        parts.append(f"Word order: {facts['synthetic_size']:,} synthetic examples (share {preset['order_augment']} of "
                     f"the train split) were added to training, built by {_generator(preset)} from short labelled "
                     f"clauses of the {source} train split and a small hand-written lexicon: contrasts (\"A, but B\"), "
                     "orders (\"it starts A and ends B\") and negations, each contrast and order with its mirror (the "
                     "same words, the other label), so that only the order tells them apart."
                     + (f" Pair accuracy on the order validation pairs (train/order_dev) after each epoch: "
                        f"{', '.join(dev)}." if dev else ""))
    blend = facts.get("blend")
    if blend:
        tried = ", ".join(f"a={float(a):g}: {100 * t['score']:.2f}% / {100 * t['order_dev_pair_accuracy']:.1f}%"
                          for a, t in blend["tried"].items())
        parts.append(f"Blend: the stored weights lie a={blend['chosen']:g} of the way from the starting entry's weights "
                     f"to the trained ones (start + a * (trained - start), train/weight_blend.py). Validation accuracy / "
                     f"order-validation pair accuracy of each blend tried: {tried}; kept: the highest validation "
                     f"accuracy among those with at least {100 * blend['min_pairs']:.1f}% of the order pairs.")
    soup = facts.get("soup")
    if soup:
        changes = preset.get("soup_changes") or []
        labels = (["this recipe", *(f"variant {n} {c}" for n, c in enumerate(changes, 1))] if changes
                  else [row["entry"] for row in soup["members"]])
        members = "; ".join(_scored(label, row["score"], row["pairs"]) for label, row in zip(labels, soup["members"]))
        parts.append(f"Weight average: the stored weights are the mean of {len(soup['members'])} fine-tunes from the "
                     "same start (a \"model soup\", train/weight_blend.py): this recipe and the variants of its `soup` "
                     f"field, each trained alone (validation accuracy / order-validation pairs at its best epoch: "
                     f"{members}); the average: {_scored('', soup['score'], soup['pairs']).strip()}.")
    return ("\n" + " ".join(parts)) if parts else ""


def _scored(label: str, score: float, pairs: float | None) -> str:
    """'label 87.05% / 57.7%': a validation accuracy and an order-validation pair accuracy (when measured)."""
    return f"{label} {100 * score:.2f}%" + ("" if pairs is None else f" / {100 * pairs:.1f}%")


# Which module built a recipe's order examples: (language, least order_version, description), first match wins.
_GENERATORS = [
    ("ko", 5, "`train/order_ko_polarity.py` (version 5: version 3 of `train/order_ko.py` plus Korean verdicts against "
              "their strongest word, each with its twin)"),
    ("ko", 4, "`train/order_ko_negation.py` (version 4: version 3 of `train/order_ko.py` plus Korean negations with "
              "their twins)"),
    ("ko", 3, "`train/order_ko.py` (version 3: version 2 of `train/order_augment.py` plus Korean verdict-noun frames)"),
    ("en", 4, "`train/order_en_correction.py` (version 4: version 3 of `train/order_en.py` plus corrections, \"not X, "
              "actually Y\", each with its twin)"),
    ("en", 3, "`train/order_en.py` (version 3: version 2 of `train/order_augment.py` plus English negation-scope and "
              "order frames)"),
]


def _generator(preset: dict[str, Any]) -> str:
    """Which code built the order examples of a recipe (train.order_augment, or the _GENERATORS of later versions)."""
    version, language = preset.get("order_version", 2), preset["language"][0]
    return next((text for lang, least, text in _GENERATORS if language == lang and version >= least),
                "`train/order_augment.py`")


def context_vector_sentence(pooling: str) -> str:
    """What the output layer reads, in words, for a recipe's pooling ("concat" or "last")."""
    if pooling == "last":
        return ("the last hidden state alone (last pooling), so whatever the network keeps of earlier tokens it\n"
                "carries through every later time step")
    return ("the last hidden state joined with max- and\nmean-pooling of the hidden states over time "
            f"({pooling} pooling)")


def _vocabulary_source(facts: dict[str, Any]) -> str:
    """Where the tokenizer came from: this train split, or the entry the run started from."""
    init = facts.get("init")
    if not init:
        return "trained on the train split only"
    if "perplexity" in init["card"].get("metrics", {}):
        return f"from the language model `{init['name']}` (trained on its training text)"
    if stage_of(init["name"]):
        first = init["card"].get("init", {}).get("name")
        return f"from the recipe's first stage ({f'from `{first}`' if first else 'trained on the train split only'})"
    return f"from the entry `{init['name']}`"


def stage_of(init_name: str) -> int | None:
    """The stage number when an entry started from an earlier stage of its recipe (RUNS/stage-N/entries/NAME)."""
    folder = Path(init_name).parent.parent.name
    return int(folder.split("-", 1)[1]) if folder.startswith("stage-") and folder[6:].isdigit() else None


def classifier_card(name: str, preset: dict[str, Any], facts: dict[str, Any], folder: Path) -> str:
    """README.md for a classifier entry: Hub metadata, the zoo block and honest prose."""
    m, base, fit, cfg = facts["measured"], facts["baseline"], facts["fit"], facts["cfg"]
    stamp = measured_stamp()
    limit = facts.get("read_limit") or {"trained_on": preset["max_tokens"], "chosen": preset["max_tokens"],
                                        "validation": {}}
    size = (folder / WEIGHTS).stat().st_size
    teacher = facts.get("teacher")
    train_seconds = fit.seconds + (teacher["seconds"] if teacher else 0.0)
    storage = facts.get("storage") or {"dtype": "float32"}
    cell = preset["cell"].upper()
    reproduce = preset.get("reproduce") or f"python -m train.classify {name}"
    task_type, task_name = TASK_TYPE[preset["task"]]
    pos = preset["positive_label"]
    split_name = "test"  # the evaluation key (`zoo eval --split test`); the label says what it is
    split_label = preset.get("split_label", "test")
    zoo_block = {
        "split": split_name, "n_eval": m["n"],
        "metrics": {"accuracy": round(m["accuracy"], 4), "f1": round(m["f1"], 4)},
        "sample_metrics": {"n": facts["sample"]["n"], "seed": 0, "accuracy": round(facts["sample"]["accuracy"], 4),
                           "f1": round(facts["sample"]["f1"], 4)},
        "positive_label": pos, "baseline": base, "num_params": facts["num_params"], "size_bytes": size,
        "weights_dtype": storage["dtype"], "max_tokens": limit["chosen"], "train_max_tokens": limit["trained_on"],
        "truncation": preset["truncation"],
        "train_time_s": round(train_seconds, 1), "best_epoch": fit.best_epoch, "epochs_run": len(fit.history),
        "hardware": facts["hardware"], "seed": cfg.seed, "reproduce": reproduce,
        **({"pass_tokens": cfg.pass_tokens} if cfg.pass_tokens else {}),
        "dataset": preset["dataset"], "train_size": facts["train_size"], "val_size": facts["val_size"],
        "measured": stamp,
        **({"calibration": facts["calibration"]} if facts.get("calibration") else {}),
        **({"minimal_pairs": facts["minimal_pairs"]} if facts.get("minimal_pairs") else {}),
        **({"extra_train": preset["extra_train"], "extra_size": facts["extra_size"]} if facts.get("extra_size") else {}),
        **({"extra_form": preset["extra_form"]} if facts.get("extra_size") and preset.get("extra_form") else {}),
        **({"synthetic_size": facts["synthetic_size"], "order_augment": preset["order_augment"]}
           if facts.get("synthetic_size") else {}),
        **({"init": {"name": facts["init"]["name"], "commit": facts["init"].get("commit", "")}} if facts.get("init") else {}),
    }
    meta = {
        "license": preset["license"], "language": preset["language"], "library_name": "pytorch",
        "pipeline_tag": task_type, "datasets": [preset["hub_dataset"]],
        "tags": ["seq-zoo", preset["cell"], "rnn", "many-to-one", preset["task"]],
        "model-index": model_index(name, task_type, task_name,
                                   {"name": preset["dataset"], "type": preset["hub_dataset"],
                                    "split": preset.get("hub_split", split_name)},
                                   [{"type": "accuracy", "value": round(m["accuracy"], 4), "name": "accuracy"},
                                    {"type": "f1", "value": round(m["f1"], 4), "name": f"F1 ({pos})"}]),
    }
    a = preset
    beats = "beats" if m["f1" if a["task"] == "spam" else "accuracy"] > base["f1" if a["task"] == "spam" else "accuracy"] else "does not beat"
    body = f"""
# {name}

A many-to-one **{cell}** classifier for **{a['task']}** ({', '.join(a['labels'])}), part of seq-zoo.
Tokens (byte-fallback BPE, {facts['num_params']:,} parameters in all) are read one time step at a
time; the output layer sees only the **context vector**: {context_vector_sentence(a['pooling'])}.

## Results on the {split_label} split ({m['n']} examples)
| model | accuracy | F1 ({pos}) |
|---|---|---|
| this entry ({cell}) | {_pct(m['accuracy'])} | {m['f1']:.4f} |
| {base['name']} (same split) | {_pct(base['accuracy'])} | {base['f1']:.4f} |

On this split the {cell} {beats} the classical TF-IDF baseline on its headline metric.
`python -m zoo eval {name}` re-measures these numbers; CI re-checks them. {stamp_sentence(stamp)}

## Data and split
{a['data_note']} Train {facts['train_size']} / validation {facts['val_size']} / test {m['n']}.
The validation split chose the best epoch (early stopping, patience {cfg.patience}).

## Model
- cell: {a['cell']}, layers {a['num_layers']}, bidirectional {a['bidirectional']}, embeddings {a['embed_dim']},
  hidden {a['hidden_dim']}, dropout {a['dropout']}; vocabulary {a['vocab_size']} subwords {_vocabulary_source(facts)}.
- weights: {_storage_note(storage, a['task'], size)}
- input: at most {limit['chosen']} tokens; longer input is truncated ({TRUNCATION[a['truncation']]}),
  and `predict` reports `truncated: true`.{_read_limit_note(limit, a['task'])}

## Training
`{reproduce}` (data folder from `ZOO_DATA_DIR` or `--data-dir`; seed {cfg.seed}).
AdamW, one-cycle learning rate (max {cfg.lr}), batch {cfg.batch_size}, gradient clipping {cfg.clip},
length-bucketed batches{_passes_note(cfg.pass_tokens)}. Best epoch {fit.best_epoch} of {len(fit.history)} run;
{train_seconds:.0f} s on {facts['hardware']}.{_noise_note(a)}{_teacher_note(a, teacher)}{_average_note(a)}{_order_note(a, facts, fit.history)}

## Limits
{a['limits']}
"""
    if facts.get("calibration"):
        body = upsert_section(body, "Calibration", calibration_section(facts["calibration"], a["task"] == "sentiment"))
    mp = facts.get("minimal_pairs")
    if mp:
        body = upsert_section(body, "Word order: minimal pairs",
                              minimal_pairs_section(mp, mp.get("bow"), mp.get("bow", {}).get("name", "")))
    body = upsert_section(body, "Without this library", snippet("classifier", name), before="## Limits")
    return render_card(meta, zoo_block, body)
