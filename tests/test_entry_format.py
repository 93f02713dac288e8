"""Entries load strictly and verified: every kind of damage is refused with a message naming it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

import zoo
from zoo.format.config import ClassifierArgs, EntryConfig
from zoo.format.entry import read_json, write_entry
from zoo.errors import ZooError
from zoo.hub.loader import BACKENDS, load_folder
from zoo.models.build import build_model
from zoo.hub.registry import read_index
from zoo.text.tokenization import train_tokenizer


def test_save_load_round_trip_is_exact(tmp_path: Path) -> None:
    tok = train_tokenizer(["a small corpus of words", "more words here"] * 3, 300)
    args = ClassifierArgs(vocab_size=tok.get_vocab_size(), num_labels=2, cell="gru", embed_dim=8, hidden_dim=6)
    config = EntryConfig(name="gru.toy", architecture="classifier", task="sentiment", model_args=args,
                         tokenizer_files={"text": "tokenizer.json"}, max_tokens=32, labels=["neg", "pos"],
                         positive_label="pos")
    model = build_model(args).eval()
    card = "---\nlicense: mit\nzoo:\n  metrics: {accuracy: 0.5}\n---\n# toy\n"
    write_entry(tmp_path, config, model, {"text": tok}, card, [{"epoch": 1}])
    loaded = load_folder(tmp_path)
    assert loaded.config == config
    for key, value in model.state_dict().items():
        assert torch.equal(loaded.model.state_dict()[key], value)
    assert loaded.card["metrics"] == {"accuracy": 0.5}
    assert loaded.predict(["more words"])[0]["probs"] == pytest.approx(
        dict(zip(["neg", "pos"], torch.softmax(model(torch.tensor([tok.encode("more words", add_special_tokens=False).ids]),
                                                     torch.tensor([len(tok.encode("more words", add_special_tokens=False).ids)])), -1)[0].tolist())))


def test_bundled_entry_is_verified_against_the_index(spam_model) -> None:
    record = read_index()["lstm.sms-spam"]
    assert set(record["files"]) >= {"config.json", "model.safetensors", "tokenizer.json", "README.md", "history.json"}
    assert spam_model.predict(["see you at the station at six"])[0]["label"] == "ham"


def _load_with_index(folder: Path, backend: str = "torch"):
    manifest = read_index()["lstm.sms-spam"]["files"]
    return load_folder(folder, [manifest], "lstm.sms-spam", backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_flipped_byte_is_refused(entry_copy: Path, backend: str) -> None:
    weights = entry_copy / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-100] ^= 0x01
    weights.write_bytes(bytes(data))
    with pytest.raises(ZooError, match="model.safetensors does not match its recorded sha256"):
        _load_with_index(entry_copy, backend)


def test_missing_file_is_refused(entry_copy: Path) -> None:
    (entry_copy / "tokenizer.json").unlink()
    with pytest.raises(ZooError, match="tokenizer.json is missing"):
        _load_with_index(entry_copy)
    with pytest.raises(ZooError, match="tokenizer file tokenizer.json is missing"):
        load_folder(entry_copy)  # unverified folders still refuse


@pytest.mark.parametrize("backend", BACKENDS)
def test_truncated_weights_are_refused(entry_copy: Path, backend: str) -> None:
    weights = entry_copy / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(ZooError, match="model.safetensors .*not a readable safetensors file"):
        load_folder(entry_copy, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("change", ["extra", "missing", "reshaped"])
def test_tensor_mismatch_is_refused(entry_copy: Path, change: str, backend: str) -> None:
    weights = entry_copy / "model.safetensors"
    state = load_file(str(weights))
    if change == "extra":
        state["surprise.weight"] = torch.zeros(2)
    elif change == "missing":
        state.pop("head.bias")
    else:
        state["head.bias"] = torch.zeros(7)
    save_file(state, str(weights))
    with pytest.raises(ZooError, match="surprise.weight|head.bias"):
        load_folder(entry_copy, backend=backend)


def test_unknown_config_key_is_refused(entry_copy: Path) -> None:
    config = read_json(entry_copy / "config.json")
    config["model_args"]["attention"] = True
    (entry_copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ZooError, match="unknown key.*attention"):
        load_folder(entry_copy)


@pytest.mark.parametrize("backend", BACKENDS)
def test_pickle_weights_are_never_read(entry_copy: Path, backend: str) -> None:
    (entry_copy / "model.safetensors").unlink()
    torch.save(build_model(ClassifierArgs(vocab_size=10, num_labels=2)).state_dict(), entry_copy / "pytorch_model.bin")
    with pytest.raises(ZooError, match="model.safetensors is missing"):
        load_folder(entry_copy, backend=backend)


def test_unknown_name_lists_known_entries() -> None:
    with pytest.raises(ZooError, match=r"unknown model 'lstm\.nope'.*lstm\.sms-spam"):
        zoo.load("lstm.nope")


def test_load_accepts_a_folder_and_caches(entry_copy: Path) -> None:
    first = zoo.load(entry_copy)
    assert zoo.load(str(entry_copy)) is first
    shutil.rmtree(entry_copy)


def test_batch_prediction_equals_one_by_one(spam_model) -> None:
    texts = ["free entry to win a prize", "ok", "call me when you get home tonight please", "ok!", "see you"]
    batch = spam_model.predict(texts)
    for text, result in zip(texts, batch):
        assert result["probs"] == pytest.approx(spam_model.predict([text])[0]["probs"], abs=1e-6)
