"""The shared sidebar: a model picker for the current page's task, and the page-side accessors."""
from __future__ import annotations

from typing import Any

import streamlit as st

import zoo

from .loader import load_model

TASK_NAMES = {"spam": "spam", "sentiment": "sentiment", "translation": "translation"}
PREFERRED_ARCH = "lstm."  # the default pick: its gates make the richest pages


def _choice_key(task: str) -> str:
    """Session-state key that remembers the chosen model of a task across pages."""
    return f"chosen_model_{task}"


def available_models(task: str) -> list[str]:
    """Names of the zoo entries for a task (only entries that exist)."""
    return zoo.list_models(task=task)


def model_picker(task: str | None) -> str | None:
    """Draw the sidebar picker for a task's models; remember and return the chosen name (None if none)."""
    if task is None:
        return None
    names = available_models(task)
    with st.sidebar:
        st.subheader("Model")
        if not names:
            st.warning(f"No {TASK_NAMES.get(task, task)} models are in the zoo yet. Train one with "
                       f"`python -m train.classify lstm.sms-spam` (or another `arch.dataset` name).")
            st.session_state.pop(_choice_key(task), None)
            return None
        previous = st.session_state.get(_choice_key(task))
        index = names.index(previous) if previous in names else names.index(default_model(names))
        name = st.selectbox(f"{TASK_NAMES.get(task, task).capitalize()} model", names, index=index,
                            help="Every entry in the zoo for this page's task.")
        st.session_state[_choice_key(task)] = name
        _card_caption(name)
    return name


def _card_caption(name: str) -> None:
    """One line under the picker: test metrics and size from the model card."""
    try:
        card = load_model(name).card
    except zoo.ZooError as exc:
        st.error(str(exc))
        return
    metrics = card.get("metrics", {})
    parts = [f"{k} {v:.3f}" for k, v in metrics.items() if isinstance(v, (int, float))]
    if card.get("num_params"):
        parts.append(f"{card['num_params'] / 1000:.0f}k parameters")
    if card.get("size_bytes"):
        parts.append(f"{card['size_bytes'] / 1e6:.1f} MB")
    split = card.get("split", "test")
    st.caption(f"On the {split} split: " + " · ".join(parts) if parts else name)


def default_model(names: list[str]) -> str:
    """The entry picked before the user chooses: the first LSTM if there is one, else the first entry."""
    return next((n for n in names if n.startswith(PREFERRED_ARCH)), names[0])


def selected_model(task: str) -> str | None:
    """The model chosen in the sidebar for a task, else the default one, else None when none exist."""
    names = available_models(task)
    chosen = st.session_state.get(_choice_key(task))
    return chosen if chosen in names else (default_model(names) if names else None)


def require_model(task: str) -> Any:
    """The loaded model chosen for a task; if there is none or it fails to load, say so and stop the page."""
    name = selected_model(task)
    if name is None:
        st.info(f"There is no {TASK_NAMES.get(task, task)} model in the zoo yet, so this page has nothing "
                "to run. Train one with `python -m train.classify lstm.sms-spam`, then reload.")
        st.stop()
    try:
        return load_model(name)
    except zoo.ZooError as exc:
        st.error(f"Could not load {name}: {exc}")
        st.stop()
