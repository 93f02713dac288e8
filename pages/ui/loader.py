"""The one cached model loader of the app (models and tokenizers load once per server process)."""
from __future__ import annotations

import json
from typing import Any

import streamlit as st

import zoo

ATLAS_FILE = "atlas.json"


@st.cache_resource(show_spinner="Loading model…")
def load_model(name: str) -> Any:
    """zoo.load(name), cached for the life of the server; raises zoo.ZooError on a bad entry."""
    return zoo.load(name)


def load_atlas(name: str) -> dict[str, Any] | None:
    """The entry's precomputed 2-D map of context vectors, or None when the entry has none."""
    path = load_model(name).folder / ATLAS_FILE
    return _read_json(str(path)) if path.is_file() else None


@st.cache_data(show_spinner=False)
def _read_json(path: str) -> dict[str, Any]:
    """A JSON file's content, cached by path."""
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
