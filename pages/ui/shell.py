"""The app shell: the page list, st.navigation and the shared sidebar, drawn once per script run.

app.py draws it on every run. Streamlit 1.67 sees the `pages/` folder and, until the first
st.navigation call of the server process (and on every AppTest run), runs a page file on its own
when the URL names it, e.g. on a fresh server's first visit to /spam: no app.py, no sidebar, and
widget ids that differ from the next run's (typed text is lost). Each page therefore calls
`ensure_shell()` first: when app.py did not run, it registers the pages with st.navigation
(which ends that mode for the process) and reruns, so the page is drawn from app.py. A server started by
`streamlit run app.py` ends that mode before its first session (warm_up.navigation_owns_the_pages); AppTest
runs still rely on ensure_shell.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import streamlit as st

from .i18n import language_picker, t
from .sidebar import model_picker

_DRAWN_KEY = "_shell_drawn_this_run"
FAVICON = Path(__file__).with_name("favicon.png")
# Korean text may otherwise break inside a word (browsers break Hangul between any two syllables): break at spaces.
KEEP_WORDS_WHOLE = ("<style>h1, h2, h3, p, li, label, [data-testid='stMarkdownContainer'] "
                    "{word-break: keep-all; overflow-wrap: break-word;}</style>")
CLASSIFIER_TASKS = ("sentiment", "spam")


class PageSpec(NamedTuple):
    """One page: its file, title string key, icon, url path ("" for home) and the tasks its sidebar picker offers."""

    path: str
    title_key: str
    icon: str
    url_path: str
    tasks: tuple[str, ...]


PAGES = [
    PageSpec("pages/home.py", "nav.home", ":material/school:", "", CLASSIFIER_TASKS),
    PageSpec("pages/sentiment.py", "nav.sentiment", ":material/sentiment_satisfied:", "sentiment", ("sentiment",)),
    PageSpec("pages/spam.py", "nav.spam", ":material/mark_email_unread:", "spam", ("spam",)),
    PageSpec("pages/translate.py", "nav.translate", ":material/translate:", "translate", ("translation",)),
    PageSpec("pages/generate.py", "nav.generate", ":material/edit_note:", "generate", ("language-model",)),
    PageSpec("pages/lab.py", "nav.lab", ":material/scatter_plot:", "lab", (*CLASSIFIER_TASKS, "translation")),
    PageSpec("pages/compare.py", "nav.compare", ":material/compare_arrows:", "compare", ()),
    PageSpec("pages/order.py", "nav.order", ":material/swap_horiz:", "order", ()),
    PageSpec("pages/zoo.py", "nav.zoo", ":material/inventory_2:", "zoo", ()),
]


def navigation() -> st.Page:
    """Register the app's pages with st.navigation; return the page to run."""
    return st.navigation([st.Page(p.path, title=t(p.title_key), icon=p.icon, url_path=p.url_path or None,
                                  default=not p.url_path) for p in PAGES])


def draw_shell() -> st.Page:
    """Register the pages with st.navigation and draw the sidebar for the current page; return that page."""
    # A bundled image, not an emoji or :material: icon: those make the browser fetch the favicon from a font
    # server, and the app must ask nothing of any machine but its own.
    st.set_page_config(page_title="seq-zoo: sequence models, live", page_icon=str(FAVICON), layout="wide")
    st.html(KEEP_WORDS_WHOLE)
    page = navigation()
    with st.sidebar:
        language_picker()
    model_picker(next((p.tasks for p in PAGES if p.url_path == page.url_path), ()))
    st.session_state[_DRAWN_KEY] = True
    return page


def ensure_shell() -> None:
    """Called first by every page: if app.py did not run first in this run, register the pages and rerun."""
    if not st.session_state.pop(_DRAWN_KEY, False):
        navigation()
        st.rerun()


def page_links() -> None:
    """A link to every page but home, with its title (for the home page's table of contents)."""
    for spec in PAGES[1:]:
        st.page_link(spec.path, label=t(spec.title_key) + " — " + t(spec.title_key + ".blurb"), icon=spec.icon)
