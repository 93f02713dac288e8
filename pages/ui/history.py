"""The sentences typed since the page was opened, kept in st.session_state so the map can show them together."""
from __future__ import annotations

import streamlit as st

MAX_SENTENCES = 20


def remember(key: str, text: str) -> list[str]:
    """Add a sentence to a page's list (newest last, no duplicates, at most MAX_SENTENCES); return it."""
    items = [t for t in st.session_state.get(key, []) if t != text] + [text]
    st.session_state[key] = items[-MAX_SENTENCES:]
    return st.session_state[key]


def sentences(key: str) -> list[str]:
    """A page's remembered sentences, oldest first."""
    return list(st.session_state.get(key, []))


def forget(key: str) -> None:
    """Clear a page's remembered sentences."""
    st.session_state[key] = []
