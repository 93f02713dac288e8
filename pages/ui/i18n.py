"""English / 한국어 for the whole interface: `t(key, **values)` looks a string up in the current language.

The strings live in pages/ui/strings/, one module per page, each a dict {key: (English, 한국어)} so a
string can never exist in one language only. The language is chosen in the sidebar and kept in
st.session_state[LANG_KEY]; `?lang=ko` in the URL picks it on a first visit.
"""
from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from .strings import PAIRS

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT = "en"
LANG_KEY = "ui_lang"
_WIDGET_KEY = "ui_lang_widget"

STRINGS: dict[str, dict[str, str]] = {code: {k: pair[i] for k, pair in PAIRS.items()}
                                      for i, code in enumerate(LANGUAGES)}


def lang() -> str:
    """The current interface language code ("en" or "ko")."""
    code = st.session_state.get(LANG_KEY)
    if code not in LANGUAGES:
        wanted = st.query_params.get("lang", DEFAULT)
        code = wanted if wanted in LANGUAGES else DEFAULT
        st.session_state[LANG_KEY] = code
    return code


def t(key: str, **values: object) -> str:
    """The string for key in the current language, with {placeholders} filled from values."""
    text = STRINGS[lang()].get(key)
    if text is None:
        raise KeyError(f"no interface string {key!r}")
    return text.format(**values) if values else text


def pick(pair: tuple[str, str] | Mapping[str, str]) -> str:
    """One of an (English, 한국어) pair (or a {code: text} mapping) in the current language."""
    if isinstance(pair, Mapping):
        return pair.get(lang(), pair.get(DEFAULT, ""))
    return pair[list(LANGUAGES).index(lang())]


def plot_text() -> dict[str, str]:
    """Axis and legend words for zoo.plots builders (their TEXT keys), in the current language."""
    return {key[len("axis."):]: value for key, value in STRINGS[lang()].items() if key.startswith("axis.")}


_CODES = {name: code for code, name in LANGUAGES.items()}


def _store_language() -> None:
    st.session_state[LANG_KEY] = _CODES[st.session_state[_WIDGET_KEY]]


def language_picker() -> None:
    """The sidebar's language switch (its label and options read the same in both languages)."""
    st.session_state[_WIDGET_KEY] = LANGUAGES[lang()]
    st.radio("Language · 언어", list(LANGUAGES.values()), key=_WIDGET_KEY, horizontal=True,
             on_change=_store_language)


def metric_name(key: str) -> str:
    """A card metric's name in the current language ("accuracy" -> "정확도"); unknown ones as they are."""
    return t(f"metric.{key}") if f"metric.{key}" in STRINGS[lang()] else key


def language_name(code: str) -> str:
    """A language code's name in the current language ("fr" -> "French" / "프랑스어"); unknown codes as they are."""
    return t(f"lang.{code}") if f"lang.{code}" in STRINGS[lang()] else code
