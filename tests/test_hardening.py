"""Hardening: arbitrary Unicode and huge input never crash predict/translate/trace; broken or hostile
entry files are refused with a ZooError naming the file (never a traceback from deep inside torch).

Complements test_entry_format.py (flipped byte, truncated file, missing tokenizer, extra/missing tensor,
unknown model_args key), test_publish.py, test_training.py, test_hub.py and test_cli.py.
"""
from __future__ import annotations

import itertools
import json
import math
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetensors.torch import load_file, save_file

import zoo
from zoo.format.entry import read_json
from zoo.errors import ZooError
from zoo.hub.loader import BACKENDS, load_folder
from zoo.hub.registry import read_index
from zoo.text.tokenization import train_tokenizer

from tests.tiny_entries import write_tiny_translator

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

# Pieces a fuzzer rarely builds on its own: controls, bidi overrides, RTL and Korean script (into an
# English model), emoji sequences, BOM, combining marks, lone surrogates (undecodable argv bytes), etc.
NASTY = ["\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u202e", "\u200f", "\u200b", "\ufeff", "\u0301", "\u00ad",
         "مرحبا بالعالم", "שלום", "한국어 문장입니다", "영화 최고", "👍🏽", "👨‍👩‍👧‍👦", "🇰🇷", "\U0010ffff", "\ud800",
         "\udcff", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ǅ", "İ", "ß", "ﬁ", "Ⅻ", "\u3000", "win a FREE prize", "see you at 6"]
piece = st.one_of(st.sampled_from(NASTY), st.text(st.characters(exclude_categories=()), max_size=24))
short_text = st.lists(piece, max_size=10).map("".join)


def _megabyte(parts: tuple[str, str]) -> str:
    """About 1 MB: a repeated nasty piece, sometimes with a normal sentence at the head or tail."""
    unit, where = parts
    body = (unit * (MB // len(unit) + 1))[:MB]
    return {"head": "call now to win " + body, "tail": body + " call now to win", "only": body}[where]


huge_text = st.tuples(st.lists(piece, min_size=1, max_size=4).map("".join).filter(bool),
                      st.sampled_from(["head", "tail", "only"])).map(_megabyte)
any_text = st.one_of(short_text, short_text, short_text, huge_text)
FUZZ = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _is_blank(text: str) -> bool:
    return not text.strip()


def _expect_empty_error(call, text: str) -> object:
    """Run call(); blank text must raise the documented 'empty text' ZooError and nothing else may raise."""
    if _is_blank(text):
        with pytest.raises(ZooError, match="empty text"):
            call()
        return None
    return call()


def _check_result(model, result: dict, text: str) -> None:
    assert result["label"] in model.labels
    assert set(result["probs"]) == set(model.labels)
    assert all(math.isfinite(p) and 0.0 <= p <= 1.0 for p in result["probs"].values())
    assert sum(result["probs"].values()) == pytest.approx(1.0, abs=1e-5)
    assert 1 <= result["n_tokens"] <= model.config.max_tokens
    assert 0.0 <= result["unknown_share"] <= 1.0
    if len(text) >= MB:  # over-long input: truncated, and the limit it was cut to is stated
        assert result["truncated"] is True and result["n_tokens"] == model.config.max_tokens


@settings(FUZZ, max_examples=60)
@given(text=any_text)
def test_predict_survives_any_text(spam_model, text: str) -> None:
    result = _expect_empty_error(lambda: spam_model.predict([text])[0], text)
    if result is not None:
        _check_result(spam_model, result, text)


# Few examples: a bidirectional entry's trace re-reads every prefix, and the first forward pass at each new
# sequence length costs ~0.1 s on CPU (oneDNN builds a kernel per shape), so the first examples are slow.
@settings(FUZZ, max_examples=10)
@given(text=any_text)
def test_trace_survives_any_text_and_agrees_with_predict(spam_model, text: str) -> None:
    trace = _expect_empty_error(lambda: spam_model.trace(text), text)
    if trace is None:
        return
    steps = len(trace["tokens"])
    assert steps == len(trace["ids"]) == trace["hidden"].shape[0] == trace["prefix_probs"].shape[0]
    assert all(isinstance(t, str) for t in trace["tokens"])
    _check_result(spam_model, trace["prediction"], text)
    direct = spam_model.predict([text])[0]
    assert trace["truncated"] == direct["truncated"] and steps == direct["n_tokens"]
    assert trace["prediction"]["probs"] == pytest.approx(direct["probs"], abs=1e-4)


@settings(FUZZ, max_examples=15)
@given(texts=st.lists(short_text.filter(lambda t: not _is_blank(t)), min_size=2, max_size=6))
def test_batch_of_odd_texts_equals_one_by_one(spam_model, texts: list[str]) -> None:
    batch = spam_model.predict(texts)
    for text, result in zip(texts, batch):
        assert result["probs"] == pytest.approx(spam_model.predict([text])[0]["probs"], abs=1e-6)


@pytest.mark.parametrize("text", ["", " ", "\n\t\r", "\u3000\u2028\x85\xa0", " " * MB])
def test_blank_text_is_the_documented_error(spam_model, tiny_translator, text: str) -> None:
    for call in (lambda: spam_model.predict([text]), lambda: spam_model.trace(text),
                 lambda: tiny_translator.translate([text]), lambda: tiny_translator.trace(text)):
        with pytest.raises(ZooError, match="empty text"):
            call()


def test_every_classifier_entry_survives_nasty_text() -> None:
    names = [n for n in zoo.list_models() if read_index()[n]["architecture"] == "classifier"]
    for name, backend in itertools.product(names, BACKENDS):
        model = zoo.load(name, backend=backend)
        texts = ["".join(NASTY), "한국어 문장입니다 " * 40, "\ud800\udcff abc", "👍🏽" * (MB // 2)]
        for text, result in zip(texts, model.predict(texts)):
            _check_result(model, result, text)
        assert model.trace("\u202e한국어 👍🏽 \x00 win")["tokens"]


# --- translator (a tiny untrained one: no translator entries ship yet) ---------------------------------

@pytest.fixture(scope="module")
def tiny_translator(tmp_path_factory):
    return load_folder(write_tiny_translator(tmp_path_factory.mktemp("tiny") / "lstm-seq2seq.tiny", cell="lstm",
                                             name="lstm-seq2seq.tiny"))


@settings(FUZZ, max_examples=40)
@given(text=any_text, beam=st.sampled_from([1, 1, 3]))
def test_translate_and_trace_survive_any_text(tiny_translator, text: str, beam: int) -> None:
    out = _expect_empty_error(lambda: tiny_translator.translate([text], beam=beam, max_len=6), text)
    if out is None:
        return
    assert len(out) == 1 and isinstance(out[0], str)
    trace = tiny_translator.trace(text, beam=beam, max_len=6, top_k=3)
    assert 1 <= len(trace["source_tokens"]) <= tiny_translator.config.max_tokens
    assert trace["encoder_hidden"].shape[0] == len(trace["source_tokens"])
    assert all(0.0 <= s["prob"] <= 1.0 for s in trace["steps"])
    if len(text) >= MB:
        assert trace["truncated"] is True and len(trace["source_tokens"]) == tiny_translator.config.max_tokens


@pytest.mark.parametrize("kwargs", [{"beam": 0}, {"max_len": 0}, {"beam": -2}])
def test_translate_refuses_bad_search_settings(tiny_translator, kwargs: dict) -> None:
    with pytest.raises(ZooError, match="at least 1"):
        tiny_translator.translate(["ein mann"], **kwargs)


# --- hostile or broken entry files ----------------------------------------------------------------------

def _rewrite_config(folder: Path, change) -> None:
    config = read_json(folder / "config.json")
    change(config)
    (folder / "config.json").write_text(json.dumps(config))


def test_unknown_top_level_config_key_is_refused_naming_the_file(entry_copy: Path) -> None:
    _rewrite_config(entry_copy, lambda c: c.update(quantization="int4"))
    with pytest.raises(ZooError, match=r"config\.json: unknown key\(s\) quantization") as err:
        load_folder(entry_copy)
    assert str(entry_copy / "config.json") in str(err.value)


class _Payload:
    """Unpickling this creates a marker file: proof that a pickle was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("backend", BACKENDS)
def test_pickle_named_model_safetensors_is_refused_and_never_unpickled(entry_copy: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        backend: str) -> None:
    weights = entry_copy / "model.safetensors"
    state = {k: v.clone() for k, v in load_file(str(weights)).items()}
    marker = tmp_path / "pickle-was-executed"
    monkeypatch.setattr(torch, "load", lambda *a, **k: pytest.fail("torch.load was called on an entry file"))
    for payload in ("plain pickle", "torch.save zip"):
        if payload == "plain pickle":
            weights.write_bytes(pickle.dumps({"head.bias": _Payload(marker)}))
        else:  # a real PyTorch checkpoint of the right tensors, under the safetensors name
            with open(weights, "wb") as fh:
                torch.serialization.save({**state, "trap": _Payload(marker)}, fh)
        with pytest.raises(ZooError, match="model.safetensors .*not a readable safetensors file"):
            load_folder(entry_copy, backend=backend)
    assert not marker.exists()


BAD_CONFIGS = {
    "hidden_dim is text": (lambda c: c["model_args"].update(hidden_dim="big"), "hidden_dim must be an integer"),
    "hidden_dim negative": (lambda c: c["model_args"].update(hidden_dim=-3), "hidden_dim must be at least 1"),
    "bool as int": (lambda c: c["model_args"].update(num_layers=True), "num_layers must be an integer"),
    "dropout out of range": (lambda c: c["model_args"].update(dropout=1.5), "dropout must be from 0"),
    "max_tokens is text": (lambda c: c.update(max_tokens="128"), "max_tokens must be an integer"),
    "max_tokens zero": (lambda c: c.update(max_tokens=0), "max_tokens must be at least 1"),
    "architecture is a list": (lambda c: c.update(architecture=["classifier"]), "architecture must be a string"),
    "labels not strings": (lambda c: c.update(labels=[0, 1]), "labels must be a list of strings"),
    "too few labels": (lambda c: c.update(labels=["ham"]), "1 labels for num_labels=2"),
    "too many labels": (lambda c: c.update(labels=["ham", "spam", "eggs"]), "3 labels for num_labels=2"),
    "positive label unknown": (lambda c: c.update(positive_label="eggs"), "positive_label 'eggs' is not one"),
    "tokenizer files a list": (lambda c: c.update(tokenizer_files=["tokenizer.json"]), "tokenizer_files must be"),
    "tokenizer outside (abs)": (lambda c: c.update(tokenizer_files={"text": "/etc/passwd"}), "plain file names"),
    "tokenizer outside (..)": (lambda c: c.update(tokenizer_files={"text": "../x/tokenizer.json"}), "plain file names"),
    "unknown cell": (lambda c: c["model_args"].update(cell="transformer"), "model_args: cell must be one of"),
}


@pytest.mark.parametrize("case", list(BAD_CONFIGS))
def test_wrong_config_values_are_refused_naming_the_file(entry_copy: Path, case: str) -> None:
    change, message = BAD_CONFIGS[case]
    _rewrite_config(entry_copy, change)
    with pytest.raises(ZooError, match=message) as err:
        load_folder(entry_copy)
    assert "config.json" in str(err.value) and "\n" not in str(err.value)


def test_deeply_nested_config_is_refused(entry_copy: Path) -> None:
    (entry_copy / "config.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ZooError, match="config.json .*nested too deeply"):
        load_folder(entry_copy)


def test_tokenizer_of_another_model_is_refused(entry_copy: Path) -> None:
    other = train_tokenizer(["some other corpus entirely", "with other words"] * 5, 300)
    other.save(str(entry_copy / "tokenizer.json"))
    with pytest.raises(ZooError, match="tokenizer.json has .* tokens but config.json .* does not belong"):
        load_folder(entry_copy)


def test_tokenizer_file_that_is_not_a_tokenizer_is_refused(entry_copy: Path) -> None:
    (entry_copy / "tokenizer.json").write_text('{"hello": "world"}')
    with pytest.raises(ZooError, match="tokenizer.json .*not a valid tokenizer file"):
        load_folder(entry_copy)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("poison", ["nan", "inf", "int"])
def test_weights_that_are_not_finite_floats_are_refused(entry_copy: Path, poison: str, backend: str) -> None:
    weights = entry_copy / "model.safetensors"
    state = {k: v.clone() for k, v in load_file(str(weights)).items()}
    if poison == "int":
        state["head.bias"] = state["head.bias"].long()
    else:
        state["head.bias"][0] = float(poison)
    save_file(state, str(weights))
    with pytest.raises(ZooError, match=r"head.bias (holds NaN or infinite|has dtype (torch\.)?int64)"):
        load_folder(entry_copy, backend=backend)


def test_model_card_that_is_not_text_is_refused(entry_copy: Path) -> None:
    (entry_copy / "README.md").write_bytes(b"---\nlicense: mit\n---\n\xff\xfe binary")
    with pytest.raises(ZooError, match="README.md: model card is not UTF-8"):
        load_folder(entry_copy)
    (entry_copy / "README.md").write_text("---\n: : [\n---\n# card\n")
    with pytest.raises(ZooError, match="not valid YAML") as err:
        load_folder(entry_copy)
    assert "\n" not in str(err.value)  # one-line messages: the CLI prints them as they are


def test_broken_zoo_index_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "index.json").write_text('{"entries": ')
    monkeypatch.setenv("ZOO_DIR", str(tmp_path))
    with pytest.raises(ZooError, match="index.json .*not valid JSON"):
        zoo.list_models()


# --- callers: concurrency and the command line ---------------------------------------------------------

def test_concurrent_predictions_on_one_shared_model_match_sequential(spam_model) -> None:
    """The app shares one cached model between all browser sessions (threads)."""
    texts = [f"message {i}: " + ("WIN a free prize, call now " if i % 2 else "see you at lunch ") * (1 + i % 5)
             for i in range(16)]
    expected = [r["probs"] for r in spam_model.predict(texts)]
    errors, results = [], {}

    def worker(k: int) -> None:
        try:
            for _ in range(2):
                for i, text in enumerate(texts):
                    if (i + k) % 3 == 0:
                        assert spam_model.trace(text)["prediction"]["probs"] == pytest.approx(expected[i], abs=1e-4)
                    results[(k, i)] = spam_model.predict([text])[0]["probs"]
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors[0]
    assert all(p == pytest.approx(expected[i], abs=1e-6) for (_, i), p in results.items())


def test_concurrent_loads_build_one_entry(entry_copy: Path) -> None:
    found, barrier = [], threading.Barrier(6)

    def worker() -> None:
        barrier.wait()
        found.append(zoo.load(entry_copy))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(found) == 6 and all(m is found[0] for m in found)


def test_cli_with_undecodable_argument_bytes_does_not_crash() -> None:
    """A shell can pass bytes that are not UTF-8; Python turns them into lone surrogates."""
    out = subprocess.run([sys.executable, "-m", "zoo", "predict", "lstm.sms-spam", b"caf\xe9 \xff\xfe win", "--json"],
                         cwd=ROOT, capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    assert b"Traceback" not in out.stderr
    assert json.loads(out.stdout)[0]["label"] in ("ham", "spam")
