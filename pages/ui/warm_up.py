"""Server-start warm-up: `streamlit run app.py` serves app.py's st.App, whose lifespan starts this in a thread.

First, while the first browser is still loading Streamlit's frontend, it imports the pages' modules and plotly
and loads the classifier pages' default models on the NumPy backend (well under a second). Then it waits for a
quiet moment (pages/ui/activity.py: a script run has ended and none ran for QUIET_S) before it imports torch
and loads every page's default model on torch (from then on the classifier pages run on torch too). torch's
import is about 2 s of a core and holds the interpreter's lock in long stretches: done during the first page
load, it held up the server's answers to the browser (the README's Benchmarks table has the measurements). The
pages need nothing from it: whatever is not ready yet, they load themselves (st.cache_resource computes one
model once even when two threads ask at once).
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
DONE = "seq-zoo warm-up:"  # starts the console lines printed by each part of the warm-up (the app benchmark reads them)
QUIET_S = 3.0  # torch's import waits until no script has run for this long...
NO_VISIT_S = 20.0  # ...or, when no browser has come, this long after the first part


def default_models() -> tuple[list[str], list[str]]:
    """(classifiers the pages run on NumPy, entries they run on torch): each page's default model."""
    from .shell import CLASSIFIER_TASKS, PAGES
    from .sidebar import available_models, default_model

    on_numpy: list[str] = []
    on_torch: list[str] = []
    for tasks in dict.fromkeys(p.tasks for p in PAGES if p.tasks):
        names = available_models(tasks)
        if names:
            loaded = on_numpy if set(tasks) <= set(CLASSIFIER_TASKS) else on_torch
            if default_model(names) not in loaded:
                loaded.append(default_model(names))
    return on_numpy, on_torch


def warm_up_light() -> list[str]:
    """Import the pages' modules and plotly; load the classifier pages' default models on NumPy; names loaded."""
    import plotly.graph_objects  # noqa: F401 (imported for its import time, as the others)

    from . import classifier_page, seq2seq  # noqa: F401 (zoo, the plotting helpers, the pages' parts)
    from .loader import load_classifier

    names = default_models()[0]
    for name in names:
        load_classifier(name)
    return names


def warm_up_torch() -> list[str]:
    """Import torch and load every page's default model on it (the classifier pages switch to torch once it is
    imported: pages/ui/loader.load_classifier); returns the names loaded."""
    from .loader import load_model

    import torch  # noqa: F401 (first, on its own: the import is most of this part's time)

    on_numpy, on_torch = default_models()
    names = list(dict.fromkeys(on_torch + on_numpy))
    for name in names:
        load_model(name)
    return names


def _run() -> None:
    from .activity import wait_for_quiet

    context_logger = logging.getLogger(_CONTEXT_LOGGER)
    level = context_logger.level
    context_logger.setLevel(logging.ERROR)
    try:
        started = time.perf_counter()
        light = warm_up_light()
        _report(f"the pages' modules, plotly and {', '.join(light) or 'no model'} (NumPy)", started)
        waited = wait_for_quiet(QUIET_S, NO_VISIT_S)
        started = time.perf_counter()
        heavy = warm_up_torch()
        _report(f"torch and {', '.join(heavy) or 'no model'}", started, f" (after {waited:.1f} s of waiting for "
                "a quiet moment)")
    except Exception as exc:  # noqa: BLE001 (the page that needs the failing part shows the error)
        _LOG.warning("warm-up stopped: %s", exc)
    finally:
        context_logger.setLevel(level)


def _report(what: str, started: float, note: str = "") -> None:
    """One console line under Streamlit's URL lines."""
    print(f"  {DONE} {what} loaded in {time.perf_counter() - started:.1f} s{note}", flush=True)


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
