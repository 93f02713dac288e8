"""The zoo's classifier recipes: one dict per entry. `python -m train.classify NAME` uses them."""
from __future__ import annotations

from typing import Any

COMMON: dict[str, Any] = {"embed_dim": 64, "hidden_dim": 128, "num_layers": 1, "bidirectional": False,
                          "dropout": 0.3, "pooling": "concat", "vocab_size": 8000, "max_tokens": 256,
                          "truncation": "head", "epochs": 10, "batch_size": 64, "lr": 3e-3, "patience": 3,
                          "baseline": "char"}

SMS = {**COMMON, "dataset": "sms-spam", "task": "spam", "labels": ["ham", "spam"], "positive_label": "spam",
       "language": ["en"], "vocab_size": 4000, "max_tokens": 128, "epochs": 12,
       "license": "cc-by-4.0", "hub_dataset": "ucirvine/sms_spam",
       "data_note": "SMS Spam Collection v.1 (Almeida et al. 2011), exact duplicates removed, then split "
                    "80/10/10 stratified by label with seed 13."}

PRESETS: dict[str, dict[str, Any]] = {
    "rnn.sms-spam": {**SMS, "cell": "rnn"},
    "lstm.sms-spam": {**SMS, "cell": "lstm"},
    "gru.sms-spam": {**SMS, "cell": "gru"},
}
