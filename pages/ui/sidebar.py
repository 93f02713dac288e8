"""The shared sidebar: a model picker for the current page's tasks, and the page-side accessors."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

import zoo
from zoo.format.entry import read_config
from zoo.hub.registry import entry_folder, read_index

from .i18n import LANGUAGES, lang, language_name, metric_name, t
from .loader import load_classifier, load_facts, load_model, task_of

PREFERRED_CLASSIFIER = "lstm."  # the default classifier: its gates make the richest pages
TRAIN_HINT = {"sentiment": "python -m train.classify lstm.sst2", "spam": "python -m train.classify lstm.sms-spam",
              "translation": "python -m train.translate gru-seq2seq.multi30k-de-en",
              "language-model": "python -m train.language_model lstm-lm.en"}
LANGUAGE_MODEL = "language-model"
COUNTS = ("n", "tokens", "words")  # a language model's card metrics that count what was measured: not scores


CHOICES_KEY = "chosen_models"  # every model the user picked in a sidebar, newest first, across pages


def _choice_key(tasks: tuple[str, ...]) -> str:
    """Session-state key that holds the model the picker of a task set shows now (tests read it)."""
    return "chosen_model_" + "+".join(tasks)


def _chosen(names: list[str]) -> str | None:
    """The user's newest pick among names (None if they picked none of them): a sentiment model picked on Home
    is the one /sentiment opens with, and one picked on /sentiment the one Home opens with."""
    return next((n for n in st.session_state.get(CHOICES_KEY, []) if n in names), None)


def _remember(name: str) -> None:
    st.session_state[CHOICES_KEY] = [name] + [n for n in st.session_state.get(CHOICES_KEY, []) if n != name][:31]


def task_words(tasks: tuple[str, ...]) -> str:
    """The tasks' names in the current language, joined ('sentiment/spam')."""
    return "/".join(t(f"task.{task}") for task in tasks)


def available_models(tasks: tuple[str, ...] | str) -> list[str]:
    """Names of the zoo entries for some tasks (only entries that exist), in task order. Bag-of-words entries are
    left out: the pages that use this picker draw hidden states, gates and context vectors, which they have not
    (the Word order and Zoo pages show them)."""
    tasks = (tasks,) if isinstance(tasks, str) else tasks
    index = read_index()
    return [name for task in tasks for name in zoo.list_models(task=task)
            if index.get(name, {}).get("architecture") != "bow"]


def direction(name: str) -> tuple[str, str] | None:
    """A translator's (source, target) language codes from its config (no weights loaded); None otherwise."""
    if task_of(name) != "translation":
        return None
    try:
        language = list(read_config(entry_folder(name)).language)
    except zoo.ZooError:
        return None
    return (language[0], language[1]) if len(language) == 2 else None


def language_of(name: str) -> str | None:
    """An entry's (first) language code from its config, no weights loaded; None when it names none."""
    try:
        language = list(read_config(entry_folder(name)).language)
    except zoo.ZooError:
        return None
    return language[0] if language else None


def describe(name: str) -> str:
    """A picker label: the name; for a translator whose name does not end in its direction ('…-de-en'), the
    direction after it ('x (de → en)'). The sidebar's box is narrow: a label that repeats the direction was cut
    ('gru-seq2seq.tatoeba-en-fr (en → f'), and the caption below the box says it in words. A language model's
    label names its language as its speakers write it ('lstm-lm.ko (한국어)'), as the language switch does: its page
    is picked by language, and a label that changed with the interface's language would change the box's options."""
    if task_of(name) == LANGUAGE_MODEL:
        code = language_of(name)
        return f"{name} ({LANGUAGES.get(code, code)})" if code else name
    pair = direction(name)
    if pair is None or name.endswith(f"-{pair[0]}-{pair[1]}"):
        return name
    return f"{name} ({pair[0]} → {pair[1]})"


def model_picker(tasks: tuple[str, ...]) -> str | None:
    """Draw the sidebar picker for the tasks' models; remember and return the chosen name (None if none)."""
    if not tasks:
        return None
    names = available_models(tasks)
    with st.sidebar:
        st.subheader(t("sidebar.model"))
        if not names:
            st.warning(t("sidebar.no_models", tasks=task_words(tasks), command=TRAIN_HINT[tasks[0]]))
            return None
        shown = _chosen(names) or _in_interface_language(names, tasks) or default_model(names)
        label = t("sidebar.direction") if tasks == ("translation",) else t("sidebar.model_of", tasks=task_words(tasks))
        key = "picker_" + "+".join(tasks)  # a key, so the box keeps its id while `index` follows the choices
        name = st.selectbox(label, names, index=names.index(shown), format_func=describe, help=t("sidebar.model_help"),
                            key=key, on_change=lambda: _remember(st.session_state[key]))  # a pick holds on every page
        st.session_state[_choice_key(tasks)] = name
        _card_caption(name)
    return name


def _card_caption(name: str) -> None:
    """One line under the picker: test metrics and size from the model card."""
    try:
        card = load_facts(name).card  # the card alone: the caption waits for no weights
    except zoo.ZooError as exc:
        st.error(str(exc))
        return
    metrics = card.get("metrics", {})
    parts = [f"{metric_name(k)} {v:.1f}" if k.endswith("perplexity") else f"{metric_name(k)} {v:.3f}"
             for k, v in metrics.items() if isinstance(v, (int, float)) and k not in COUNTS]
    if card.get("num_params"):
        parts.append(t("sidebar.params", k=f"{card['num_params'] / 1000:.0f}"))
    if card.get("size_bytes"):
        parts.append(f"{card['size_bytes'] / 1e6:.1f} MB")
    split = card.get("split", "test")
    pair = direction(name)
    if pair:  # the direction in words: the box shows only the name
        st.caption("**" + " → ".join(language_name(code) for code in pair) + "**")
    st.caption(t("sidebar.on_split", split=split) + " · ".join(parts) if parts else name)


def default_model(names: list[str]) -> str:
    """The entry picked before the user chooses: the first LSTM classifier if there is one, else the first entry
    (for translators, by name: gru-seq2seq.multi30k-de-en, the strongest, when it is there)."""
    return next((n for n in names if n.startswith(PREFERRED_CLASSIFIER)), names[0])


def _in_interface_language(names: list[str], tasks: tuple[str, ...]) -> str | None:
    """Before the user picks: the first language model in the interface's language (Korean opens lstm-lm.ko), None
    for other tasks or when there is none."""
    if tasks != (LANGUAGE_MODEL,):
        return None
    return next((n for n in names if language_of(n) == lang()), None)


def selected_model(tasks: tuple[str, ...]) -> str | None:
    """The model chosen in the sidebar for the tasks, else the default one, else None when none exist."""
    names = available_models(tasks)
    return _chosen(names) or _in_interface_language(names, tasks) or (default_model(names) if names else None)


def require_model(tasks: tuple[str, ...]) -> Any:
    """The loaded model chosen for the tasks; if there is none or it fails to load, say so and stop the page."""
    return _required(tasks, load_model)


def require_classifier(tasks: tuple[str, ...]) -> Any:
    """Like require_model, for classifier tasks: the chosen entry on the NumPy backend (no torch import needed)."""
    return _required(tasks, load_classifier)


def require_facts(tasks: tuple[str, ...]) -> Any:
    """The chosen model's config and card, its files checked, no weights loaded (zoo.hub.loader.EntryFacts); if there
    is none or its files fail the check, say so and stop the page. A page draws its inputs from these before it
    loads the model, so a fresh server shows them while torch is still being imported."""
    return _required(tasks, load_facts)


def _required(tasks: tuple[str, ...], read: Callable[[str], Any]) -> Any:
    name = selected_model(tasks)
    if name is None:
        st.info(t("page.no_model", tasks=task_words(tasks), command=TRAIN_HINT[tasks[0]]))
        st.stop()
    try:
        return read(name)
    except zoo.ZooError as exc:
        st.error(t("page.load_failed", name=name, error=exc))
        st.stop()
