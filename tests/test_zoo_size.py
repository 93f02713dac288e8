"""The bundled zoo's size: every clone downloads it, so it has budgets (the per-entry ones are in test_cards.py)."""
from __future__ import annotations

from zoo.hub.registry import BUNDLED_DIR, list_models

# the fourteen entries the zoo had before the bag-of-words rivals and language models were added
FIRST_FOURTEEN = ["gru-seq2seq.multi30k-de-en", "gru-seq2seq.multi30k-en-de", "gru-seq2seq.tatoeba-en-fr",
                  "gru-seq2seq.tatoeba-en-ko", "lstm-seq2seq.multi30k-de-en", "gru.imdb", "gru.sms-spam", "gru.sst2",
                  "lstm.imdb", "lstm.nsmc", "lstm.sms-spam", "lstm.sst2", "rnn.imdb", "rnn.sms-spam"]
FIRST_FOURTEEN_LIMIT = 50_000_000
WHOLE_ZOO_LIMIT = 100_000_000


def _bytes(name: str) -> int:
    return sum(p.stat().st_size for p in (BUNDLED_DIR / name).iterdir() if p.is_file())


def test_the_first_fourteen_entries_fit_in_50_mb() -> None:
    assert set(FIRST_FOURTEEN) <= set(list_models())
    total = sum(_bytes(n) for n in FIRST_FOURTEEN)
    assert total <= FIRST_FOURTEEN_LIMIT, f"{total / 1e6:.1f} MB"


def test_the_whole_bundled_zoo_fits_in_100_mb() -> None:
    total = sum(_bytes(n) for n in list_models()) + (BUNDLED_DIR / "index.json").stat().st_size
    assert total <= WHOLE_ZOO_LIMIT, f"{total / 1e6:.1f} MB"
