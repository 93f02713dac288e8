"""Server-start warm-up: `streamlit run app.py` serves app.py's st.App, whose lifespan starts this in a thread.

It imports what a page run needs (torch, zoo, plotly: about 3 s of a 2-core machine's time) and loads the
model each page starts with, while the first browser is still loading Streamlit's frontend, so the first
page run finds them ready. The pages need nothing from it: whatever is not ready yet, they load themselves
(st.cache_resource computes one model once even when two threads ask at the same time).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

_LOG = logging.getLogger("seq-zoo")
# Streamlit warns once per cached call made outside a session ("missing ScriptRunContext"): expected here.
_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"
DONE = "seq-zoo warm-up:"  # starts the console line printed when the warm-up is done (the app benchmark reads it)


def warm_up() -> list[str]:
    """Import the pages' modules and load each page's default model; returns the names loaded."""
    import plotly.graph_objects  # noqa: F401 (imported for its import time, as the others)

    from . import classifier_page, seq2seq  # noqa: F401 (torch, zoo and the plotting helpers)
    from .loader import load_model
    from .shell import PAGES
    from .sidebar import available_models, default_model

    loaded: list[str] = []
    for tasks in dict.fromkeys(p.tasks for p in PAGES if p.tasks):
        names = available_models(tasks)
        name = default_model(names) if names else None
        if name and name not in loaded:
            load_model(name)
            loaded.append(name)
    return loaded


def _run() -> None:
    started = time.perf_counter()
    context_logger = logging.getLogger(_CONTEXT_LOGGER)
    level = context_logger.level
    context_logger.setLevel(logging.ERROR)
    try:
        loaded = warm_up()
    except Exception as exc:  # noqa: BLE001 (the page that needs the failing part shows the error)
        _LOG.warning("warm-up stopped after %.1f s: %s", time.perf_counter() - started, exc)
        return
    finally:
        context_logger.setLevel(level)
    print(f"  {DONE} torch, the pages' modules and {', '.join(loaded) or 'no model'} loaded in "
          f"{time.perf_counter() - started:.1f} s", flush=True)  # on the console, under Streamlit's URL lines


def navigation_owns_the_pages() -> None:
    """Tell Streamlit, before the first session, what app.py's first st.navigation call would tell it.

    Until then Streamlit 1.67 treats `pages/` as a folder of stand-alone pages: a fresh server's first visit
    to /spam runs pages/spam.py without app.py, which must register the pages and rerun (shell.ensure_shell),
    a second script run before the first page is drawn. Setting the flag st.navigation sets skips that run.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # another Streamlit layout: ensure_shell still handles the first visit
        return
    if hasattr(PagesManager, "uses_pages_directory"):
        PagesManager.uses_pages_directory = False


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:  # noqa: ARG001 (st.App passes itself)
    """st.App lifespan: start the warm-up thread and serve at once (no request waits for it)."""
    navigation_owns_the_pages()
    threading.Thread(target=_run, name="seq-zoo-warm-up", daemon=True).start()
    yield
