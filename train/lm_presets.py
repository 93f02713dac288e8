"""The zoo's language-model recipes: `python -m train.language_model NAME` uses them."""
from __future__ import annotations

from typing import Any

LM_COMMON: dict[str, Any] = {"cell": "lstm", "embed_dim": 128, "hidden_dim": 384, "num_layers": 1, "dropout": 0.1,
                             "seq_len": 80, "batch_size": 64, "lr": 3e-3, "patience": 2, "seed": 13,
                             "max_tokens": 1024, "dtype": "int8", "val_texts": 800, "sample_texts": 200,
                             "test_texts": 0}  # 0: every test text; else a fixed sample (seed 0) of that many

LM_PRESETS: dict[str, dict[str, Any]] = {
    # the training text of IMDB (official train minus the classifiers' validation 10%) and SST-2 (train phrases,
    # each kept only where no longer phrase holds it: the sentences, not their sub-phrases); never test or dev text
    # the published lstm-lm.en was trained while SST-2's validation split was 5% of its train phrases, so its text
    # holds most sentences of today's SST-2 validation split (text only, no labels); its card says what it used
    "lstm-lm.en": {**LM_COMMON, "language": ["en"], "vocab_size": 8000, "cleanup": "html-breaks", "epochs": 2,
                   "train": ["imdb", "sst2"], "test": ["imdb"], "test_texts": 5000, "license": "other",
                   "hub_datasets": ["stanfordnlp/imdb", "stanfordnlp/sst2"],
                   "data_note": "IMDB (Maas et al. 2011) official train reviews minus the 10% the zoo's IMDB "
                                "classifiers hold out for validation, and the SST-2 (GLUE) train phrases that no "
                                "longer train phrase contains (whole sentences), minus SST-2's held-out sentences. "
                                "Validation: a fixed sample of those held-out texts. No test or dev text."},
    "lstm-lm.ko": {**LM_COMMON, "language": ["ko"], "vocab_size": 12000, "cleanup": "", "epochs": 3,
                   "train": ["nsmc"], "test": ["nsmc"], "license": "cc0-1.0", "hub_datasets": ["e9t/nsmc"],
                   "data_note": "Naver Sentiment Movie Corpus: the rebuilt train file's comments minus the 5% the "
                                "zoo's NSMC classifiers hold out for validation. Validation: a fixed sample of that "
                                "held-out 5%. No test text."},
}
