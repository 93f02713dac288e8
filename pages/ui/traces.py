"""A classifier's trace of one text, cached: a long review's trace takes seconds (a bidirectional model re-reads
every prefix backwards), and any click on the page (the heat maps' window, the language) reruns the page."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from zoo.format.entry import WEIGHTS

MAX_PREFIXES = 100  # per-prefix predictions of a long text: this many prefixes, evenly spaced (trace's max_prefixes)


def trace(model: Any, text: str) -> dict[str, Any]:
    """model.trace(text, max_prefixes=MAX_PREFIXES), computed once per entry version, backend and text."""
    weights = Path(model.folder) / WEIGHTS
    stamp = weights.stat().st_mtime_ns if weights.exists() else None
    return _trace(model, str(model.folder), stamp, model.backend, text)


@st.cache_data(show_spinner=False, max_entries=16)
def _trace(_model: Any, folder: str, stamp: int | None, backend: str, text: str) -> dict[str, Any]:  # noqa: ARG001
    return _model.trace(text, max_prefixes=MAX_PREFIXES)


def influence(model: Any, text: str) -> Any:
    """model.step_influence(text) (torch entries: a gradient pass, seconds on a long review), cached like trace."""
    weights = Path(model.folder) / WEIGHTS
    stamp = weights.stat().st_mtime_ns if weights.exists() else None
    return _influence(model, str(model.folder), stamp, text)


@st.cache_data(show_spinner=False, max_entries=16)
def _influence(_model: Any, folder: str, stamp: int | None, text: str) -> Any:  # noqa: ARG001
    return _model.step_influence(text)
