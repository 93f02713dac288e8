"""What a translator was trained on, said on the translate page: the domain it knows, with the examples below
the box drawn from it, and why long sentences fail (one context vector for the whole source)."""
from __future__ import annotations

from typing import Any

import streamlit as st

from .examples import domain
from .i18n import language_name, t

LONG_SOURCE = 20  # source tokens from which the page reminds the reader of the bottleneck


def trained_on_text(facts: Any) -> None:
    """One box: the training data in words (Multi30k captions, Tatoeba everyday sentences, how many pairs)."""
    card = facts.card
    pairs = card.get("train_size")
    source, target = (list(facts.config.language) + ["?", "?"])[:2]
    family = domain(facts.config.dataset)
    st.info(t(f"tr.domain_{family or 'other'}", pairs=f"{pairs:,}" if isinstance(pairs, int) else "?",
              src=language_name(source), tgt=language_name(target), dataset=facts.config.dataset or "?")
            + (" " + t("tr.domain_small") if isinstance(pairs, int) and pairs < 20_000 else "")
            + " " + t("tr.domain_bottleneck"))


def long_source_note(tokens: int) -> None:
    """Under a long source's translation: the one-vector bottleneck, measured at the bottom of the page."""
    if tokens >= LONG_SOURCE:
        st.caption(t("tr.long_source", n=tokens))
