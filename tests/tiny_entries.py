"""Tiny untrained entries (a few hundred parameters' worth of vocabulary) that tests build in a second.

They exercise the entry format, the pages and the hardening checks where no trained entry of that
kind ships yet; their outputs are noise.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

TINY_TRANSLATOR = "gru-seq2seq.tiny-de-en"
TINY_SENTIMENT = "lstm.tiny-review"
TINY_SENTIMENT_KO = "gru.tiny-nsmc"
SRC = ["ein mann fährt fahrrad", "eine frau liest ein buch", "zwei hunde spielen im park",
       "ein kind isst ein eis am strand", "ein mann in einem blauen hemd steht vor einem gebäude"] * 4
TGT = ["a man rides a bike", "a woman reads a book", "two dogs play in the park",
       "a child eats an ice cream on the beach", "a man in a blue shirt stands in front of a building"] * 4
REVIEWS = ["a warm and funny film", "the plot drags and the jokes never land", "beautifully acted and moving",
           "a dull lifeless mess", "i loved every minute", "badly written and boring"] * 4
REVIEWS_KO = ["배우들의 연기가 정말 훌륭했다", "시간이 아까운 영화였다", "음악이 너무 아름답다", "스토리가 엉망이고 지루하다"] * 4


def _atlas(contexts: torch.Tensor, labels: list[str]) -> dict:
    """The atlas.json content training writes (PCA of the context vectors), for a tiny entry."""
    from zoo.inference.atlas import pca_2d

    vectors = contexts.numpy().astype(float)
    mean = vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(vectors - mean, full_matrices=False)
    return {"method": "pca", "note": "tiny test entry", "mean": mean.tolist(), "components": vt[:2].tolist(),
            "points": pca_2d(vectors).tolist(), "labels": labels}


def _card(name: str, zoo_block: dict) -> str:
    from zoo.format.card import render_card

    return render_card({"license": "mit", "tags": ["seq-zoo", "test"]}, zoo_block,
                       f"# {name}\n\nA tiny untrained entry built by the tests.")


def write_tiny_translator(folder: Path, cell: str = "gru", name: str = TINY_TRANSLATOR, beam: int = 1) -> Path:
    """An untrained seq2seq (de -> en) entry with an atlas and BLEU by length in its card; beam: its config's."""
    from zoo.format.config import EntryConfig, Seq2SeqArgs
    from zoo.format.entry import ATLAS, write_entry, write_json
    from zoo.hub.loader import load_folder
    from zoo.models.build import build_model
    from zoo.text.tokenization import train_tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    src_tok, tgt_tok = train_tokenizer(SRC, 300), train_tokenizer(TGT, 300)
    args = Seq2SeqArgs(src_vocab_size=src_tok.get_vocab_size(), tgt_vocab_size=tgt_tok.get_vocab_size(),
                       cell=cell, embed_dim=16, hidden_dim=24)
    config = EntryConfig(name=name, architecture="seq2seq", task="translation", model_args=args,
                         tokenizer_files={"source": "tokenizer_src.json", "target": "tokenizer_tgt.json"},
                         max_tokens=32, language=["de", "en"], beam=beam)
    torch.manual_seed(0)
    card = _card(name, {"metrics": {"bleu": 1.0}, "split": "test", "reproduce": "python -m tests",
                                   "bleu_by_length": [{"bucket": "1-10", "n": 3, "bleu": 4.0},
                                                      {"bucket": "11+", "n": 2, "bleu": 1.5}]})
    write_entry(folder, config, build_model(args), {"source": src_tok, "target": tgt_tok}, card,
                [{"epoch": 1, "train_loss": 5.0, "val_bleu": 0.5}, {"epoch": 2, "train_loss": 4.0, "val_bleu": 1.0}])
    sources = sorted(set(SRC))
    write_json(folder / ATLAS, _atlas(load_folder(folder).contexts(sources), [str(len(s.split())) for s in sources]))
    return folder


def write_tiny_classifier(folder: Path, name: str, texts: list[str], language: str, cell: str) -> Path:
    """An untrained sentiment classifier entry (neg/pos) with an atlas."""
    from zoo.format.config import ClassifierArgs, EntryConfig
    from zoo.format.entry import ATLAS, write_entry, write_json
    from zoo.hub.loader import load_folder
    from zoo.models.build import build_model
    from zoo.text.tokenization import train_tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    tok = train_tokenizer(texts, 300)
    args = ClassifierArgs(vocab_size=tok.get_vocab_size(), num_labels=2, cell=cell, embed_dim=16, hidden_dim=24)
    config = EntryConfig(name=name, architecture="classifier", task="sentiment", model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=48, labels=["neg", "pos"],
                         language=[language], positive_label="pos")
    torch.manual_seed(0)
    card = _card(name, {"metrics": {"accuracy": 0.5}, "split": "test", "num_params": 1000,
                        "reproduce": "python -m tests"})
    write_entry(folder, config, build_model(args), {"text": tok}, card,
                [{"epoch": 1, "train_loss": 0.7, "val_accuracy": 0.5}])
    sample = sorted(set(texts))
    write_json(folder / ATLAS, _atlas(load_folder(folder).contexts(sample), ["pos", "neg"] * (len(sample) // 2)
                                      + ["pos"] * (len(sample) % 2)))
    return folder


TINY_BOW = "bow.tiny-review"  # the bag-of-words rival of lstm.tiny-review (same dataset name)
TINY_BOW_KO = "bow.tiny-nsmc"  # and of gru.tiny-nsmc
BOW_LEXICON = {"warm": 1.5, "funny": 1.2, "beautifully": 1.4, "moving": 1.0, "loved": 1.8, "good": 1.5,
               "dull": -1.6, "mess": -1.2, "boring": -1.8, "badly": -1.4, "drags": -1.0, "bad": -1.5,
               "훌륭했다": 1.5, "아름답다": 1.2, "아까운": -1.5, "지루하다": -1.6, "엉망이고": -1.2}


def write_tiny_bow(folder: Path, name: str, texts: list[str], language: str, minimal_pairs: dict | None = None) -> Path:
    """A bag-of-words sentiment entry (neg/pos) over the texts' words: a few words get a hand-set weight
    (BOW_LEXICON), the rest a small fixed one; the card has `minimal_pairs` when given."""
    from safetensors.numpy import save_file

    from zoo.format.config import BowArgs, EntryConfig
    from zoo.format.entry import CARD, CONFIG, HISTORY, WEIGHTS, write_json
    from zoo.text.bow_features import words

    folder.mkdir(parents=True, exist_ok=True)
    terms = sorted({w for text in texts for w in words(text)}
                   | {w for w in BOW_LEXICON if w.isascii() == (language == "en")})
    rng = np.random.default_rng(0)
    coef = np.array([BOW_LEXICON.get(w, rng.normal(0, 0.2)) for w in terms], dtype=np.float32)
    config = EntryConfig(name=name, architecture="bow", task="sentiment",
                         model_args=BowArgs(vocab_size=len(terms), num_labels=2),
                         tokenizer_files={"vocab": "vocab.json"},
                         max_tokens=1, labels=["neg", "pos"], language=[language], dataset=name.partition(".")[2],
                         positive_label="pos")
    write_json(folder / CONFIG, config.to_dict())
    write_json(folder / "vocab.json", {"terms": terms})
    save_file({"idf": np.ones(len(terms), np.float32) * 1.5, "coef": coef.reshape(1, -1),
               "intercept": np.array([0.1], np.float32)}, str(folder / WEIGHTS), metadata={"format": "np"})
    block = {"metrics": {"accuracy": 0.5}, "split": "test", "num_params": 2 * len(terms) + 1,
             "reproduce": "python -m tests", **({"minimal_pairs": minimal_pairs} if minimal_pairs else {})}
    (folder / CARD).write_text(_card(name, block), encoding="utf-8")
    write_json(folder / HISTORY, [{"epoch": 1, "train_loss": 0.6, "val_accuracy": 0.5}])
    return folder


TINY_LM = "lstm-lm.tiny-en"  # sorts after the real lstm-lm.en / lstm-lm.ko: the pickers open on those when present
TINY_LM_KO = "lstm-lm.tiny-ko"


def write_tiny_lm(folder: Path, name: str, texts: list[str], language: str) -> Path:
    """An untrained LSTM language-model entry whose card has perplexity figures (made up: it is noise)."""
    from zoo.format.config import EntryConfig, LmArgs
    from zoo.format.entry import write_entry
    from zoo.models.build import build_model
    from zoo.text.tokenization import BOS, EOS, train_tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    tok = train_tokenizer(texts, 300)
    args = LmArgs(vocab_size=tok.get_vocab_size(), cell="lstm", embed_dim=16, hidden_dim=24,
                  bos_id=tok.token_to_id(BOS), eos_id=tok.token_to_id(EOS))
    config = EntryConfig(name=name, architecture="lm", task="language-model", model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=48, truncation="tail",
                         language=[language], dataset=name.partition(".")[2])
    torch.manual_seed(0)
    model = build_model(args)
    card = _card(name, {"metrics": {"n": 10, "tokens": 200, "words": 120, "perplexity": 250.0,
                                    "word_perplexity": 900.0},
                        "split": "test", "num_params": sum(p.numel() for p in model.parameters()),
                        "train_datasets": [name.partition(".")[2]], "reproduce": "python -m tests"})
    write_entry(folder, config, model, {"text": tok}, card, [{"epoch": 1, "train_loss": 5.6, "val_perplexity": 260.0}])
    return folder
