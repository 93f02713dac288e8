"""Friendly messages about the user's text: empty, too long (truncated), mostly unknown tokens."""
from __future__ import annotations

from typing import Any

import streamlit as st

import zoo

from .i18n import t

UNKNOWN_WARN = 0.5  # above this share of byte tokens the text is not in a language the model knows


def error_text(exc: zoo.ZooError) -> str:
    """A ZooError about the input in the current language (known messages translated, others as they are)."""
    message = str(exc)
    if "empty text" in message:
        return t("input.empty")
    if "no tokens" in message:
        return t("input.no_tokens")
    return message[:1].upper() + message[1:]


def show_notices(info: dict[str, Any], config: Any, trained_on: str, who: str = "", unknown: bool = True) -> None:
    """Truncation and unknown-token notices for one encoded text (a trace or prediction dict); `who` names the
    model when a page shows several."""
    prefix = f"**{who}**: " if who else ""
    if info.get("truncated"):
        n = config.max_tokens
        if config.truncation == "head_tail":  # zoo.text.tokenization.truncate: the head half, the tail the rest
            st.info(prefix + t("input.truncated_head_tail", head=n // 2, tail=n - n // 2, n=n))
        elif config.truncation == "tail":  # a language model keeps the tokens next to what comes next
            st.info(prefix + t("input.truncated_tail", n=n))
        else:
            st.info(prefix + t("input.truncated", n=n))
    if unknown and info.get("unknown_share", 0.0) > UNKNOWN_WARN:
        st.warning(t("input.unknown", share=f"{info['unknown_share']:.0%}", trained_on=trained_on))


def trained_on(model: Any) -> str:
    """What the model was trained on, in words ('English SMS', 'German', ...) for the unknown-token warning."""
    languages = list(model.config.language)
    source = languages[0] if languages else ""
    language = t(f"lang.{source}") if source in ("en", "ko", "de", "fr") else source or "?"
    return t(f"trained_on.{model.task}", language=language)
