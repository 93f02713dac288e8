"""The app's one module of cached loaders: each entry loads once per server process and backend (torch for
load_model, NumPy for load_classifier), its facts and atlas once per file version.

The cache key includes the zoo folder (ZOO_DIR) and the weights' modification time, so a retrained or
republished entry, or a test pointing ZOO_DIR elsewhere, never gets a stale model.
"""
from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import streamlit as st

import zoo
from zoo.inference.atlas import read_atlas
from zoo.format.entry import CARD, CONFIG, HISTORY, WEIGHTS
from zoo.hub.loader import read_facts
from zoo.hub.registry import entry_folder, read_index, zoo_dir


def app_threads() -> int:
    """Torch threads for the app's models. One sentence through these small models is far below a millisecond of
    work: more threads only add contention. Measured here on 2 busy cores: the compare page's gradient pass took
    2.0 s with 2 torch threads and 0.07 s with 1. SEQZOO_APP_THREADS overrides."""
    return int(os.environ.get("SEQZOO_APP_THREADS", "1"))


def _stamp(path: Path) -> int | None:
    """Modification time of a file (None when missing): part of every cache key below."""
    return path.stat().st_mtime_ns if path.exists() else None


def load_model(name: str) -> Any:
    """zoo.load(name), cached for the life of the server; raises zoo.ZooError on a bad entry. A bag-of-words entry
    loads on NumPy (it has no network for torch to run, and so needs no torch import)."""
    folder = entry_folder(name)
    return _load(name, str(zoo_dir()), _stamp(folder / WEIGHTS), "numpy" if is_bow(name) else "torch")


def is_bow(name: str) -> bool:
    """True for a bag-of-words entry (zoo index: architecture "bow"): no hidden states, gates or context vector."""
    return read_index().get(name, {}).get("architecture") == "bow"


_TORCH_IMPORTED = threading.Event()  # set once _load has imported torch: from then on, no load waits for it


@st.cache_resource(show_spinner="Loading model…", max_entries=32)
def _load(name: str, zoo_folder: str, stamp: int | None, backend: str) -> Any:  # noqa: ARG001 (zoo_folder, stamp: key)
    if backend == "torch":
        import torch  # here, not at import: a page draws its text box without waiting for torch's import

        torch.set_num_threads(app_threads())
        _TORCH_IMPORTED.set()
    return zoo.load(name, backend=backend)


def load_classifier(name: str) -> Any:
    """The classifier pages' model: on NumPy until this process has imported torch, on torch from then on.

    A fresh server's first answers need no torch import (about 2 s of a core here; zoo/numpy_net.py). Once the
    warm-up or a page has imported it, torch answers: its kernels let go of the interpreter's lock while they
    compute, and the NumPy network's many small steps do not, so concurrent sessions waited longer on NumPy
    (README, Benchmarks: load). Both backends give the same answers (tests/test_numpy_backend.py).
    """
    folder = entry_folder(name)
    backend = "torch" if _TORCH_IMPORTED.is_set() and not is_bow(name) else "numpy"
    return _load(name, str(zoo_dir()), _stamp(folder / WEIGHTS), backend)


def load_facts(name: str) -> Any:
    """zoo.hub.loader.read_facts(name) (config and card, files checked, no weights), cached per file version."""
    folder = entry_folder(name)
    return _facts(name, str(zoo_dir()), _stamp(folder / WEIGHTS), _stamp(folder / CARD), _stamp(folder / CONFIG))


@st.cache_resource(show_spinner=False, max_entries=64)
def _facts(name: str, zoo_folder: str, *stamps: int | None) -> Any:  # noqa: ARG001 (cache key)
    return read_facts(name)


def task_of(name: str) -> str | None:
    """An entry's task from the zoo index, without loading it."""
    return read_index().get(name, {}).get("task")


def load_atlas(name: str) -> dict[str, Any] | None:
    """The entry's precomputed 2-D map of context vectors, or None when the entry has none."""
    folder = load_facts(name).folder  # the checked files: no weights are loaded for the map
    return _read_atlas(str(folder), _stamp(folder / "atlas.json"))


@st.cache_data(show_spinner=False, max_entries=32)
def _read_atlas(folder: str, stamp: int | None) -> dict[str, Any] | None:  # noqa: ARG001
    return read_atlas(Path(folder))


def load_history(name: str) -> list[dict[str, Any]]:
    """The entry's per-epoch training history ([] when it has none or it is unreadable)."""
    folder = entry_folder(name)
    return _read_history(str(folder / HISTORY), _stamp(folder / HISTORY))


@st.cache_data(show_spinner=False, max_entries=64)
def _read_history(path: str, stamp: int | None) -> list[dict[str, Any]]:  # noqa: ARG001
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [h for h in data if isinstance(h, dict)] if isinstance(data, list) else []


def entry_zip(folder: Path, name: str) -> Callable[[], bytes]:
    """For st.download_button: builds the entry's zip only when the user clicks (the page stays fast)."""
    return partial(zip_entry, Path(folder), name)


def zip_entry(folder: Path, name: str) -> bytes:
    """The entry folder as a zip archive, its files at the top of NAME/."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and not path.name.startswith("."):
                archive.write(path, f"{name}/{path.name}")
    return buffer.getvalue()
