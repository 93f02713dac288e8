"""Language models: the network, a tiny trained entry's API (next token, seeded sampling, trace, perplexity),
the CLI, and a classifier fine-tuned from the language model."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from zoo.errors import ZooError
from zoo.format.config import LmArgs
from zoo.hub.loader import load_folder
from zoo.models.language_model import LanguageModel

ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ["the film", "the movie", "this story", "the actor", "the plot", "the music"]
VERDICTS = ["was good", "was bad", "is great", "is boring", "felt long", "felt short"]
TEXTS = [f"{s} {v} and {s2} {v2}." for s in SUBJECTS for v in VERDICTS for s2 in SUBJECTS[:3] for v2 in VERDICTS[:2]]
TINY = {"cell": "lstm", "embed_dim": 16, "hidden_dim": 32, "num_layers": 1, "dropout": 0.0, "seq_len": 16,
        "batch_size": 16, "lr": 1e-2, "patience": 5, "seed": 13, "max_tokens": 64, "dtype": "int8", "val_texts": 20,
        "sample_texts": 10, "test_texts": 0, "language": ["en"], "vocab_size": 300, "cleanup": "", "epochs": 3,
        "train": ["tiny"], "test": ["tiny"], "license": "other", "hub_datasets": ["none"],
        "data_note": "Generated test sentences.", "reproduce": "python -m train.language_model tiny"}


@pytest.fixture(scope="module")
def tiny_lm(tmp_path_factory: pytest.TempPathFactory):
    """A language model trained for a few seconds on generated sentences, written as an entry and loaded."""
    from train.language_model import train_language_model

    runs = tmp_path_factory.mktemp("lm-runs")
    torch.set_num_threads(1)
    folder = train_language_model("lstm-lm.tiny", TINY, None, runs, False, False,
                                  texts={"train": TEXTS, "validation": TEXTS[:20], "test": TEXTS[20:60]})
    return load_folder(folder)


def test_output_layer_is_tied_to_the_embeddings() -> None:
    model = LanguageModel(LmArgs(vocab_size=50, embed_dim=8, hidden_dim=12))
    logits, (h, c) = model(torch.randint(0, 50, (3, 7)))
    assert logits.shape == (3, 7, 50) and h.shape == (1, 3, 12) and c.shape == (1, 3, 12)
    assert [k for k, v in model.state_dict().items() if v.shape == (50, 8)] == ["embed.weight"]  # one V x E matrix
    logits.sum().backward()
    assert model.embed.weight.grad is not None and model.embed.weight.grad.abs().sum() > 0


def test_training_lowers_perplexity_and_the_entry_loads(tiny_lm) -> None:
    history = json.loads((tiny_lm.folder / "history.json").read_text())
    assert history[-1]["val_perplexity"] < history[0]["val_perplexity"] < 300
    assert tiny_lm.config.architecture == "lm" and tiny_lm.config.truncation == "tail"
    assert tiny_lm.card["metrics"]["perplexity"] == pytest.approx(tiny_lm.perplexity(TEXTS[20:60])["perplexity"],
                                                                  rel=1e-3)


def test_predict_next_is_a_ranked_distribution(tiny_lm) -> None:
    top = tiny_lm.predict_next("the film was", k=5)
    probs = [t["prob"] for t in top]
    assert len(top) == 5 and probs == sorted(probs, reverse=True) and 0 < sum(probs) <= 1 + 1e-6
    every = tiny_lm.predict_next("the film was", k=tiny_lm.config.model_args.vocab_size)
    assert sum(t["prob"] for t in every) == pytest.approx(1.0, abs=1e-4)
    # it learned the sentences' order: a training sentence is likelier than its words reversed
    text = "the film was good and the film was bad."
    backwards = " ".join(reversed(text.split()))
    assert tiny_lm.perplexity([text])["perplexity"] < tiny_lm.perplexity([backwards])["perplexity"] / 2


def test_generate_is_reproducible_with_a_seed(tiny_lm) -> None:
    a = tiny_lm.generate("the movie", max_tokens=12, temperature=1.0, seed=7)
    b = tiny_lm.generate("the movie", max_tokens=12, temperature=1.0, seed=7)
    assert a == b and a.strip()
    others = {tiny_lm.generate("the movie", max_tokens=12, temperature=1.5, seed=s) for s in range(8)}
    assert len(others) > 1  # the seed matters
    greedy = {tiny_lm.generate("the movie", max_tokens=12, temperature=0, seed=s) for s in range(3)}
    assert len(greedy) == 1  # temperature 0: the most likely token every step
    steps = tiny_lm.generate_steps("the movie", max_tokens=12, top_k=1, seed=3)
    assert steps["text"] == tiny_lm.generate("the movie", max_tokens=12, temperature=0)  # top-1 sampling is greedy
    assert steps["hidden"].shape == (len(steps["ids"]), 32) and len(steps["probs"]) == len(steps["ids"])


def test_trace_gives_every_step_and_matches_the_fused_network(tiny_lm) -> None:
    out = tiny_lm.trace("the plot is great and", top_k=3, distributions=True)
    n = len(out["ids"])
    assert out["distributions"].shape == (n + 1, tiny_lm.config.model_args.vocab_size)
    assert out["distributions"].sum(axis=1) == pytest.approx(1.0, abs=1e-4)
    assert [out["distributions"][t, i] for t, i in enumerate(out["ids"])] == pytest.approx(out["probs"], rel=1e-5)
    assert out["hidden"].shape == (n + 1, 32) and len(out["top"]) == n + 1 and len(out["surprisal"]) == n
    assert {"input_0", "forget_0", "c_0"} <= set(out["layers"][0])
    assert out["surprisal"] == pytest.approx([-math.log2(p) for p in out["probs"]], rel=1e-5)
    nxt = tiny_lm.predict_next("the plot is great and", k=3)
    assert [t for t, _ in out["top"][-1]] == [t["token"] for t in nxt]
    assert [p for _, p in out["top"][-1]] == pytest.approx([t["prob"] for t in nxt], abs=1e-5)


def test_perplexity_is_the_mean_surprisal_of_the_tokens_and_the_end(tiny_lm) -> None:
    text = "the actor felt long."
    traced = tiny_lm.trace(text, top_k=tiny_lm.config.model_args.vocab_size)
    end = dict(traced["top"][-1]).get("</s>")
    nll = -sum(math.log(p) for p in traced["probs"]) - math.log(end)
    result = tiny_lm.perplexity([text])
    assert result["tokens"] == len(traced["ids"]) + 1 and result["words"] == 4 + 1
    assert result["perplexity"] == pytest.approx(math.exp(nll / result["tokens"]), rel=1e-3)
    assert result["word_perplexity"] == pytest.approx(math.exp(nll / result["words"]), rel=1e-3)


@pytest.mark.parametrize("call", [lambda m: m.predict_next("  "), lambda m: m.generate("x", max_tokens=0),
                                  lambda m: m.generate("x", temperature=-1), lambda m: m.predict_next("x", k=0),
                                  lambda m: m.generate("x", top_k=-2)])
def test_bad_input_gets_a_clear_error(tiny_lm, call) -> None:
    with pytest.raises(ZooError):
        call(tiny_lm)


def test_huge_and_foreign_prompts_keep_their_tail(tiny_lm) -> None:
    out = tiny_lm.trace("the film was good " * 200 + "영화 😀")
    assert out["truncated"] and len(out["ids"]) == 64 and out["unknown_share"] > 0


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoo", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_generate_and_eval_perplexity(tiny_lm, tmp_path: Path) -> None:
    folder = str(tiny_lm.folder)
    first = run_cli("generate", folder, "the music", "--seed", "5", "--json", "--next", "3")
    second = run_cli("generate", folder, "the music", "--seed", "5", "--json")
    assert first.returncode == 0, first.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert a["continuation"] == b["continuation"] and len(a["next"]) == 3
    rows = tmp_path / "texts.jsonl"
    rows.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS[:5]) + "\n")
    result = json.loads(run_cli("eval", folder, "--file", str(rows), "--json").stdout)
    assert result["n"] == 5 and result["perplexity"] == pytest.approx(tiny_lm.perplexity(TEXTS[:5])["perplexity"])
    wrong = run_cli("predict", folder, "hello")
    assert wrong.returncode == 1 and "language model; use `generate`" in wrong.stderr
    wrong = run_cli("generate", "lstm.sms-spam", "hello")
    assert wrong.returncode == 1 and "classifier; use `predict`" in wrong.stderr


def test_classifier_fine_tuned_from_the_language_model(tiny_lm, tmp_path: Path) -> None:
    """train.classify --init LM starts a one-direction classifier from the LM's tokenizer, embeddings and LSTM."""
    from train.classify import start_from_language_model
    from zoo.format.config import ClassifierArgs
    from zoo.models.build import build_model

    lm = tiny_lm.config.model_args
    clf = build_model(ClassifierArgs(vocab_size=lm.vocab_size, num_labels=2, embed_dim=16, hidden_dim=32))
    start_from_language_model(clf, tiny_lm.model)
    assert torch.equal(clf.embed.weight, tiny_lm.model.embed.weight)
    assert torch.equal(clf.rnn.weight_hh_l0, tiny_lm.model.rnn.weight_hh_l0)
    with pytest.raises(ZooError, match="does not fit"):
        start_from_language_model(build_model(ClassifierArgs(vocab_size=lm.vocab_size, num_labels=2, embed_dim=16,
                                                             hidden_dim=48)), tiny_lm.model)
    data = tmp_path / "mine.csv"
    data.write_text("text,label\n" + "\n".join(f"{t},{'pos' if 'good' in t or 'great' in t else 'neg'}"
                                               for t in TEXTS) + "\n")
    proc = subprocess.run([sys.executable, "-m", "train.classify", "--data", str(data), "--name", "lstm.mine",
                           "--init", str(tiny_lm.folder), "--runs", str(tmp_path / "runs"), "--no-publish",
                           "--epochs", "2", "--threads", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    entry = load_folder(tmp_path / "runs" / "entries" / "lstm.mine")
    assert not entry.config.model_args.bidirectional and entry.config.model_args.hidden_dim == 32
    assert entry.tokenizer.to_str() == tiny_lm.tokenizer.to_str()
    card = (entry.folder / "README.md").read_text()
    assert "Fine-tuned from the language model" in card and "hidden 32" in card and "bidirectional False" in card
    assert entry.predict(["the film was good and the film was good."])[0]["label"] in ("pos", "neg")


def test_card_snippet_gives_predict_next(tiny_lm) -> None:
    from tests.test_plain_snippets import _snippet

    plain = _snippet(tiny_lm)
    for text in ["the film was", "영화 " * 3, "the plot " * 100]:
        ours = plain["next_tokens"](text, 5)
        theirs = {t["token"]: t["prob"] for t in tiny_lm.predict_next(text, 5)}
        assert list(ours) == list(theirs) and all(abs(ours[k] - theirs[k]) <= 1e-4 for k in ours)


def test_torchrun_trains_a_language_model(tmp_path: Path) -> None:
    """The language-model task runs under torchrun (two gloo processes on CPU) and rank 0 writes the entry."""
    import os

    script = tmp_path / "train_tiny.py"
    script.write_text(
        "import sys, torch\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.test_language_model import TEXTS, TINY\n"
        "from train.language_model import train_language_model\n"
        "torch.set_num_threads(1)\n"
        f"train_language_model('lstm-lm.tiny', {{**TINY, 'epochs': 2}}, None, __import__('pathlib').Path({str(tmp_path)!r}),"
        " False, False, texts={'train': TEXTS, 'validation': TEXTS[:20], 'test': TEXTS[20:40]})\n")
    torchrun = Path(sys.executable).parent / "torchrun"
    out = subprocess.run([str(torchrun), "--standalone", "--nproc_per_node", "2", str(script)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    entry = load_folder(tmp_path / "entries" / "lstm-lm.tiny")
    assert len(json.loads((entry.folder / "history.json").read_text())) == 2
    assert entry.generate("the film", max_tokens=5, seed=1) == entry.generate("the film", max_tokens=5, seed=1)
