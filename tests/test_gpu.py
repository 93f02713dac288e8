"""On a CUDA machine, every bundled entry answers on the GPU as it does on the CPU (skipped where there is none).

CI has no GPU; these passed on a lent H200 (README, "Checked on a GPU").
"""
from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

import zoo
from zoo.hub.registry import list_models

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")

TEXTS = ["the film was wonderful and the cast was great", "FREE entry!! call now to claim your prize",
         "영화가 정말 재미있어요 👍", "a dull, slow film " * 200]
SENTENCES = ["a man is riding a bicycle down the street .", "two dogs play in the snow ."]


def _on_gpu(entry):
    """A shallow copy of a loaded entry whose network lives on the GPU (the loaded one stays on the CPU)."""
    moved = copy.copy(entry)
    moved.model = copy.deepcopy(entry.model).cuda()
    return moved


@pytest.fixture(autouse=True)
def _full_precision():
    """No TF32 in matrix products or cuDNN: the comparison is with the CPU's float32."""
    saved = torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = False
    yield
    torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = saved


@pytest.mark.parametrize("name", list_models("sentiment") + list_models("spam"))
def test_a_classifier_on_the_gpu_answers_as_on_the_cpu(name: str) -> None:
    cpu = zoo.load(name)
    gpu = _on_gpu(cpu)
    assert gpu.device.type == "cuda"
    for mine, theirs in zip(gpu.predict(TEXTS), cpu.predict(TEXTS)):
        assert mine["label"] == theirs["label"]
        assert list(mine["probs"].values()) == pytest.approx(list(theirs["probs"].values()), abs=1e-4)
    np.testing.assert_allclose(gpu.context_array(TEXTS), cpu.context_array(TEXTS), atol=1e-4)


@pytest.mark.parametrize("name", list_models("translation"))
def test_a_translator_on_the_gpu_answers_as_on_the_cpu(name: str) -> None:
    cpu = zoo.load(name)
    gpu = _on_gpu(cpu)
    for beam in (1, 4):
        assert gpu.translate(SENTENCES, beam=beam) == cpu.translate(SENTENCES, beam=beam)
