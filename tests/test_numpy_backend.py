"""The NumPy backend (zoo/numpy_net.py) answers as the torch network does, for every cell, shape and entry.

The app's classifier pages run on it, so these tests are what stands between them and a wrong picture.
"""
from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zoo
from zoo.format.config import ClassifierArgs
from zoo.errors import ZooError
from zoo.models.classifier import SequenceClassifier
from zoo.models.numpy_net import NumpyClassifierNet, parameter_shapes
from zoo.hub.registry import read_index

ROOT = Path(__file__).resolve().parent.parent
TOL = 1e-4  # float32 sums in another order: the measured differences are about 1e-6
SHAPES = list(itertools.product(["rnn", "lstm", "gru"], [1, 2], [False, True], ["last", "concat"]))


def _pair(cell: str, layers: int, bidirectional: bool, pooling: str) -> tuple[SequenceClassifier, NumpyClassifierNet]:
    torch.manual_seed(0)
    args = ClassifierArgs(vocab_size=50, num_labels=3, cell=cell, embed_dim=6, hidden_dim=5, num_layers=layers,
                          bidirectional=bidirectional, pooling=pooling, dropout=0.3)
    model = SequenceClassifier(args).eval()
    with torch.no_grad():  # larger weights than the initialisation, so that gates saturate somewhere
        for p in model.parameters():
            p.mul_(3.0)
    return model, NumpyClassifierNet(args, {k: v.numpy() for k, v in model.state_dict().items()})


def _close(a, b) -> None:
    np.testing.assert_allclose(np.asarray(a), np.asarray(b), atol=TOL, rtol=0)


@pytest.mark.parametrize("shape", SHAPES, ids=["-".join(map(str, s)) for s in SHAPES])
def test_parameter_shapes_name_the_torch_state_dict(shape: tuple) -> None:
    model, net = _pair(*shape)
    assert parameter_shapes(net.args) == {k: tuple(v.shape) for k, v in model.state_dict().items()}


@pytest.mark.parametrize("shape", SHAPES, ids=["-".join(map(str, s)) for s in SHAPES])
def test_trace_equals_the_torch_network(shape: tuple) -> None:
    model, net = _pair(*shape)
    ids = torch.randint(1, 50, (9,))
    want, got = model.trace(ids), net.trace(ids.numpy())
    for layer_want, layer_got in zip(want["layers"], got["layers"], strict=True):
        assert set(layer_want) == set(layer_got)
        for key in layer_want:
            _close(layer_got[key], layer_want[key])
    for key in ("context", "logits", "prefix_logits"):
        _close(got[key], want[key])


@pytest.mark.parametrize("shape", SHAPES, ids=["-".join(map(str, s)) for s in SHAPES])
def test_padded_batch_equals_each_row_alone(shape: tuple) -> None:
    """Rows of different lengths in one batch (as the prefixes of a bidirectional trace are): each row's
    context vector is the one it has alone, and the one torch computes for it."""
    model, net = _pair(*shape)
    ids = torch.randint(1, 50, (4, 7))
    lengths = np.array([7, 2, 5, 1])
    batch = net.context(ids.numpy(), lengths)
    for row, length in enumerate(lengths):
        alone = ids[row:row + 1, :length]
        _close(batch[row], net.context(alone.numpy(), np.array([length]))[0])
        _close(batch[row], model.context(alone, torch.tensor([int(length)]))[0].detach())


def test_long_inputs_and_saturated_gates_stay_finite() -> None:
    model, net = _pair("lstm", 1, True, "concat")
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(50.0)
    net = NumpyClassifierNet(net.args, {k: v.numpy() for k, v in model.state_dict().items()})
    ids = torch.randint(1, 50, (300,))
    with np.errstate(all="raise"):  # no overflow in the sigmoid, no invalid value anywhere
        got = net.trace(ids.numpy())
    _close(got["logits"], model.trace(ids)["logits"])


def classifier_names() -> list[str]:
    return sorted(n for n, r in read_index().items() if r["architecture"] == "classifier")


@pytest.mark.parametrize("name", classifier_names())
def test_every_bundled_classifier_answers_alike_on_both_backends(name: str) -> None:
    on_torch, on_numpy = zoo.load(name), zoo.load(name, backend="numpy")
    texts = ["What a wonderful, moving film: I loved it", "WINNER!! Claim your free prize now, call 0800",
             "정말 재미없었어요 시간 낭비", "ok"]
    for want, got in zip(on_torch.predict(texts), on_numpy.predict(texts), strict=True):
        assert got["label"] == want["label"] and got["n_tokens"] == want["n_tokens"]
        assert got["probs"] == pytest.approx(want["probs"], abs=TOL)
    want, got = on_torch.trace(texts[0]), on_numpy.trace(texts[0])
    assert got["tokens"] == want["tokens"] and got["prediction"]["label"] == want["prediction"]["label"]
    for key in ("hidden", "context", "prefix_probs"):
        _close(got[key], want[key])
    _close(on_numpy.contexts(texts), on_torch.contexts(texts).numpy())
    assert on_numpy.parameter_shapes() == on_torch.parameter_shapes()
    for entry in (on_numpy, on_torch):  # one pass for the map: the labels are predict's
        vectors, labels = entry.contexts_and_labels(texts)
        _close(vectors, on_numpy.contexts(texts))
        assert labels == [r["label"] for r in entry.predict(texts)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=0, max_size=300))
def test_any_text_gets_the_same_answer_or_the_same_error(spam_model, text: str) -> None:
    on_numpy = zoo.load("lstm.sms-spam", backend="numpy")
    try:
        want = spam_model.trace(text)
    except ZooError as exc:
        with pytest.raises(ZooError, match=str(exc)[:30].replace("(", r"\(")):
            on_numpy.trace(text)
        return
    got = on_numpy.trace(text)
    assert got["tokens"] == want["tokens"] and got["truncated"] == want["truncated"]
    assert got["prediction"]["probs"] == pytest.approx(want["prediction"]["probs"], abs=TOL)
    _close(got["prefix_probs"], want["prefix_probs"])


def test_translators_and_unknown_backends_are_refused_with_a_message() -> None:
    translator = next(n for n, r in read_index().items() if r["architecture"] == "seq2seq")
    with pytest.raises(ZooError, match="numpy backend runs classifiers only"):
        zoo.load(translator, backend="numpy")
    with pytest.raises(ZooError, match="unknown backend 'jax'"):
        zoo.load("lstm.sms-spam", backend="jax")


PROBE = """
import sys
import zoo
entry = zoo.load("lstm.sms-spam", backend="numpy")
label = entry.predict("WINNER! claim your prize")[0]["label"]
trace = entry.trace("see you at six")
assert trace["hidden"].shape[0] == len(trace["tokens"]) and entry.contexts(["a b", "c"]).shape[0] == 2
print("torch" in sys.modules, label)
"""


def test_numpy_backend_never_imports_torch() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    imported, label = out.stdout.split()
    assert imported == "False" and label in ("ham", "spam")


@pytest.mark.parametrize("cell,layers,bidirectional,pooling", SHAPES)
def test_thinned_prefixes_are_the_full_trace_at_those_steps(cell: str, layers: int, bidirectional: bool,
                                                           pooling: str) -> None:
    """trace(max_prefixes=k) predicts after k evenly spaced prefixes only (a long review's bidirectional trace
    re-read every prefix: T²/2 steps); its numbers are the full trace's at those steps, on both backends."""
    from zoo.inference.classifier_base import prefix_steps

    model, net = _pair(cell, layers, bidirectional, pooling)
    ids = np.random.default_rng(1).integers(1, 50, 23)
    steps = prefix_steps(23, 6)
    assert len(steps) <= 6 and steps[0] == 0 and steps[-1] == 22
    full_torch = model.prefix_logits(torch.from_numpy(ids)).numpy()
    thin_torch = model.trace(torch.from_numpy(ids), torch.from_numpy(steps + 1))["prefix_logits"].numpy()
    thin_numpy = net.trace(ids, steps + 1)["prefix_logits"]
    assert np.allclose(thin_torch, full_torch[steps], atol=TOL) and np.allclose(thin_numpy, full_torch[steps], atol=TOL)
    assert list(prefix_steps(5, 10)) == [0, 1, 2, 3, 4]


def test_entry_trace_reports_its_prefix_steps(spam_model) -> None:
    text = "see you at the station tomorrow morning " * 10
    full, thin = spam_model.trace(text), spam_model.trace(text, max_prefixes=8)
    assert list(full["prefix_steps"]) == list(range(len(full["tokens"])))
    assert len(thin["prefix_steps"]) <= 8 and thin["prefix_steps"][-1] == len(full["tokens"]) - 1
    assert np.allclose(thin["prefix_probs"], full["prefix_probs"][thin["prefix_steps"]], atol=1e-5)
