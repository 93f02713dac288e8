"""The entry folder format: a Hugging Face model repo that rebuilds a model with no other input.

config.json, model.safetensors, tokenizer file(s), README.md (card), history.json, and optional
extras such as atlas.json. Weights are only ever read with safetensors, and loaded strictly.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tokenizers import Tokenizer

from zoo.errors import ZooError
from zoo.format.config import EntryConfig
from zoo.format.quantization import dequantize, is_quantized, quantize_rows

if TYPE_CHECKING:
    import torch
    from torch import nn

# torch is imported by the functions that read or write weights: reading an entry's config, card or JSON files
# (the app's catalogue, its first page) does not wait for torch's import, about 2 s of a small machine.

CONFIG, WEIGHTS, CARD, HISTORY, ATLAS = "config.json", "model.safetensors", "README.md", "history.json", "atlas.json"


def read_json(path: Path) -> Any:
    """Parse a JSON file, with errors that name the file."""
    if not path.is_file():
        raise ZooError(f"{path.name} is missing in {path.parent}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ZooError(f"{path.name} in {path.parent} is not valid JSON: {exc}") from None
    except RecursionError:
        raise ZooError(f"{path.name} in {path.parent} is nested too deeply to read") from None


def write_json(path: Path, data: Any) -> None:
    """Write JSON with a stable layout."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_config(folder: Path) -> EntryConfig:
    """The entry's config, read strictly."""
    return EntryConfig.from_dict(read_json(folder / CONFIG), source=str(folder / CONFIG))


def read_tokenizers(folder: Path, config: EntryConfig) -> dict[str, Tokenizer]:
    """{role: tokenizer} for every tokenizer file the config names."""
    out = {}
    for role, fname in config.tokenizer_files.items():
        path = folder / fname
        if not path.is_file():
            raise ZooError(f"tokenizer file {fname} is missing in {folder}")
        try:
            out[role] = Tokenizer.from_file(str(path))
        except Exception as exc:  # the tokenizers library raises plain Exceptions
            raise ZooError(f"{fname} in {folder} is not a valid tokenizer file: {str(exc).splitlines()[0]}") from None
    return out


def read_safetensors(folder: Path, load_file: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """The entry's weights as load_file (safetensors.torch's or safetensors.numpy's) reads them; ZooError if it can't."""
    from safetensors import SafetensorError

    path = folder / WEIGHTS
    if not path.is_file():
        raise ZooError(f"{WEIGHTS} is missing in {folder}")
    try:
        return load_file(str(path))
    except (SafetensorError, OSError, ValueError, TypeError) as exc:
        raise ZooError(f"{WEIGHTS} in {folder} is not a readable safetensors file: {exc}") from None


@dataclass(frozen=True)
class TensorFacts:
    """What the strict weight check needs to know of one stored tensor, whichever library read it."""

    shape: tuple[int, ...]
    dtype: str
    floating: bool
    finite: bool


def check_weights(found: dict[str, TensorFacts], expected: dict[str, tuple[int, ...]], folder: Path) -> None:
    """Refuse weights that do not fit config.json: missing or extra tensors, other shapes, non-float, NaN or inf."""
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    if missing or extra:
        raise ZooError(f"{WEIGHTS} in {folder} does not fit config.json: "
                       f"missing tensors {missing or 'none'}, unexpected tensors {extra or 'none'}")
    for key, facts in found.items():
        if facts.shape != expected[key]:
            raise ZooError(f"{WEIGHTS} in {folder}: tensor {key} has shape {facts.shape}, "
                           f"config.json implies {expected[key]}")
        if not facts.floating:
            raise ZooError(f"{WEIGHTS} in {folder}: tensor {key} has dtype {facts.dtype}, not floating point")
        if not facts.finite:
            raise ZooError(f"{WEIGHTS} in {folder}: tensor {key} holds NaN or infinite values")


def read_model(folder: Path, config: EntryConfig) -> nn.Module:
    """Build the network and load its safetensors weights strictly (no missing or extra tensors)."""
    import torch
    from safetensors.torch import load_file

    from zoo.models.build import build_model

    state = read_safetensors(folder, load_file)
    if is_quantized(state) or any(v.dtype == torch.int8 for v in state.values()):  # int8 rows: back to float32
        state = {k: torch.from_numpy(v) for k, v in
                 dequantize({k: v.numpy() for k, v in state.items()}, f"{WEIGHTS} in {folder}").items()}
    model = build_model(config.model_args)
    check_weights({key: TensorFacts(tuple(tensor.shape), str(tensor.dtype), tensor.is_floating_point(),
                                    bool(torch.isfinite(tensor).all()) if tensor.is_floating_point() else True)
                   for key, tensor in state.items()},
                  {key: tuple(value.shape) for key, value in model.state_dict().items()}, folder)
    model.load_state_dict({k: v.float() for k, v in state.items()}, strict=True)
    return model.eval()


def write_weights(model: nn.Module, path: Path, dtype: torch.dtype) -> None:
    """Write a network's weights as safetensors in a storage dtype; torch.int8 means int8 rows with a float32 scale
    each (zoo.format.quantization)."""
    import torch
    from safetensors.torch import save_file

    if dtype == torch.int8:
        from safetensors.numpy import save_file as save_numpy

        quantized = quantize_rows({k: v.detach().cpu().float().numpy() for k, v in model.state_dict().items()})
        save_numpy(quantized, str(path), metadata={"format": "pt"})
    else:
        state = {k: v.detach().to("cpu", dtype).contiguous() for k, v in model.state_dict().items()}
        save_file(state, str(path), metadata={"format": "pt"})


def write_entry(folder: Path, config: EntryConfig, model: nn.Module, tokenizers: dict[str, Tokenizer],
                card_text: str, history: list[dict], extras: dict[str, Any] | None = None,
                dtype: torch.dtype | None = None) -> None:
    """Write every file of an entry into an existing empty folder (weights in dtype, default float32)."""
    import torch

    write_json(folder / CONFIG, config.to_dict())
    write_weights(model, folder / WEIGHTS, dtype or torch.float32)
    for role, fname in config.tokenizer_files.items():
        tokenizers[role].save(str(folder / fname))
    (folder / CARD).write_text(card_text, encoding="utf-8")
    write_json(folder / HISTORY, history)
    for fname, data in (extras or {}).items():
        write_json(folder / fname, data)
