"""The app shell: the page list, st.navigation and the shared sidebar, drawn once per script run.

app.py draws it on every run. Streamlit 1.67 sees the `pages/` folder and, until the first
st.navigation call of the server process (and on every AppTest run), runs a page file on its own
when the URL names it, e.g. on a fresh server's first visit to /spam: no app.py, no sidebar, and
widget ids that differ from the next run's (typed text is lost). Each page therefore calls
`ensure_shell()` first: when app.py did not run, it registers the pages with st.navigation
(which ends that mode for the process) and reruns, so the page is drawn from app.py.
"""
from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from .sidebar import model_picker

_DRAWN_KEY = "_shell_drawn_this_run"


class PageSpec(NamedTuple):
    """One page of the app: its file, title, icon, url path ("" for home) and the task its sidebar offers."""

    path: str
    title: str
    icon: str
    url_path: str
    task: str | None


PAGES = [
    PageSpec("pages/home.py", "Home", ":material/school:", "", "spam"),
    PageSpec("pages/spam.py", "Spam", ":material/mark_email_unread:", "spam", "spam"),
]


def navigation() -> st.Page:
    """Register the app's pages with st.navigation; return the page to run."""
    return st.navigation([st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path or None,
                                  default=not p.url_path) for p in PAGES])


def draw_shell() -> st.Page:
    """Register the pages with st.navigation and draw the sidebar for the current page; return that page."""
    st.set_page_config(page_title="seq-zoo: sequence models, live", page_icon=":material/timeline:", layout="wide")
    page = navigation()
    model_picker(next((p.task for p in PAGES if p.url_path == page.url_path), None))
    st.session_state[_DRAWN_KEY] = True
    return page


def ensure_shell() -> None:
    """Called first by every page: if app.py did not run first in this run, register the pages and rerun."""
    if not st.session_state.pop(_DRAWN_KEY, False):
        navigation()
        st.rerun()
