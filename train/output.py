"""What every recipe does at the end: describe the hardware, write the entry, publish it atomically."""
from __future__ import annotations

import os
import platform
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from torch import nn

from zoo.format.config import EntryConfig
from zoo.format.entry import CARD, write_entry
from zoo.hub.publish import publish_local
from zoo.hub.registry import zoo_dir


def hardware() -> str:
    """The device a run trained on, in words (GPU name, or CPU cores and torch threads)."""
    if torch.cuda.is_available():
        return torch.cuda.get_device_name(0)
    return f"{os.cpu_count()} CPU cores ({platform.machine()}), {torch.get_num_threads()} torch threads"


def round_to_storage(model: nn.Module, dtype: torch.dtype) -> None:
    """Round the weights to their storage dtype in place (computing stays float32): what is measured is what ships.

    torch.int8 means int8 rows with a scale each (zoo.format.quantization), vectors in float16.
    """
    if dtype == torch.int8:
        from zoo.format.quantization import dequantize, quantize_rows

        state = {k: v.detach().cpu().float().numpy() for k, v in model.state_dict().items()}
        model.load_state_dict({k: torch.from_numpy(v).float()
                               for k, v in dequantize(quantize_rows(state), "rounding").items()})
        return
    model.load_state_dict({k: v.to(dtype).float() for k, v in model.state_dict().items()})


def write_and_publish(config: EntryConfig, model: nn.Module, tokenizers: dict, history: list[dict],
                      extras: dict[str, Any], card: Callable[[Path], str], runs: Path, publish: bool,
                      dtype: torch.dtype = torch.float32) -> Path:
    """Write the entry in a scratch folder, render its card from the written files, publish it."""
    runs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=runs) as tmp:
        folder = Path(tmp)
        write_entry(folder, config, model, tokenizers, "", history, extras, dtype)
        (folder / CARD).write_text(card(folder), encoding="utf-8")
        return publish_local(folder, zoo_dir() if publish else runs / "entries", config.name)


def reproduce_command(module: str, name: str, settings: list[str], epochs: int | None) -> str:
    """The command a card gives to rerun a recipe, with this run's --set changes and epoch count."""
    import shlex

    changes = [a for item in settings for a in ("--set", item)] + (["--epochs", str(epochs)] if epochs else [])
    return shlex.join(["python", "-m", module, name, *changes])
