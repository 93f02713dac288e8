"""A finished training run in one small file, so a GPU machine can train and another machine evaluate.

`python -m train.translate NAME --stage train` writes RUNS/NAME.trained.pt (the best weights in their
storage dtype, both tokenizers, the history, the wall time, the hardware and the recipe);
`--stage evaluate` reads it back and does everything after training, refusing a file whose recipe differs.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from tokenizers import Tokenizer
from torch import nn

from zoo.errors import ZooError

from .loop import FitResult, save_atomically

FORMAT = 1
# recipe fields that do not change training (decoding settings, the card's note, the command line that names
# them): a trained file may be evaluated with other values of these
EVALUATION_ONLY = {"beam", "beam_choices", "note", "reproduce"}


def trained_path(runs: Path, name: str) -> Path:
    """Where a run's trained file lives."""
    return runs / f"{name}.trained.pt"


def save_trained(path: Path, model: nn.Module, dtype: torch.dtype, tokenizers: dict[str, Tokenizer],
                 fit: FitResult, hardware: str, recipe: dict[str, Any]) -> None:
    """Write the trained file atomically (weights rounded to their storage dtype, as they will ship)."""
    payload = {
        "format": FORMAT,
        "weights": {k: v.detach().cpu().to(dtype).contiguous() for k, v in model.state_dict().items()},
        "tokenizers": {k: tok.to_str() for k, tok in tokenizers.items()},
        "history": json.dumps(fit.history), "seconds": float(fit.seconds), "best_epoch": int(fit.best_epoch),
        "hardware": hardware, "recipe": json.dumps(recipe, sort_keys=True),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    save_atomically(path, payload)


def load_trained(path: Path, recipe: dict[str, Any]) -> dict[str, Any]:
    """Read a trained file; refuses a missing file, another format or a recipe other than `recipe`."""
    if not path.is_file():
        raise ZooError(f"{path}: no trained file; run the same command with --stage train (or --stage all) first")
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same clear message
        raise ZooError(f"{path}: not a readable trained file ({exc.__class__.__name__}: {exc})") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ZooError(f"{path}: not a trained file of format {FORMAT}")
    saved = json.loads(payload["recipe"])
    wanted = json.loads(json.dumps(recipe, sort_keys=True))
    changed = sorted(k for k in (set(saved) | set(wanted)) - EVALUATION_ONLY if saved.get(k) != wanted.get(k))
    if changed:
        details = "; ".join(f"{k}: trained {saved.get(k)!r}, asked {wanted.get(k)!r}" for k in changed)
        raise ZooError(f"{path} was trained with another recipe ({details}); pass the same --set/--epochs")
    history = json.loads(payload["history"])
    return {"weights": payload["weights"], "hardware": payload["hardware"],
            "tokenizers": {k: Tokenizer.from_str(v) for k, v in payload["tokenizers"].items()},
            "fit": FitResult({}, history, payload["seconds"], payload["best_epoch"])}
