"""A text box in a form with a submit button and example buttons; the submitted text survives page changes.

The box and its buttons are one st.form, so the text reaches the server in the same message as the press that
submits it, and Ctrl+Enter in the box submits it too (it presses the form's first button, the page's own).
Before, the box committed its text in one message (a rerun of its own) and the button was pressed in a second;
the button's callback read whatever value the server held for the box when the second run began. That value
does not survive a completed run that did not draw the box under the same widget id (Streamlit drops the state
of such widgets, and the browser its copy), so anything finishing between the two messages turned the press into
an empty submit: "The text is empty" on /compare after a typed review, Ctrl+Enter and Compare (seen twice in a
scripted run; not reproduced in a dozen scripted runs here). With the form there is no window between two
messages to lose the text in.
"""
from __future__ import annotations

import streamlit as st

from .examples import Example
from .i18n import pick

MAX_CHARS = 20_000  # the box refuses more; the model itself reads only its first max_tokens tokens


def _keys(prefix: str) -> tuple[str, str]:
    return f"{prefix}_text", f"{prefix}_submitted"


def _use_example(prefix: str, text: str) -> None:
    """Button callback: put an example in the text box and submit it."""
    text_key, submitted_key = _keys(prefix)
    st.session_state[text_key] = st.session_state[submitted_key] = text


def _submit(prefix: str) -> None:
    """Submit callback (the button, or Ctrl+Enter in the box): submit what is in the text box."""
    text_key, submitted_key = _keys(prefix)
    st.session_state[submitted_key] = st.session_state.get(text_key, "")


def submitted(prefix: str) -> str | None:
    """The last submitted text of a box (None before the first submit)."""
    return st.session_state.get(_keys(prefix)[1])


def text_box(prefix: str, label: str, placeholder: str, button: str, examples: list[Example] = (),
             height: int = 100, default: str = "") -> str | None:
    """Draw the form: the box, its submit button (key PREFIX_submit, the one Ctrl+Enter presses) and example
    buttons (keys PREFIX_ex0, ...); return the submitted text."""
    text_key, submitted_key = _keys(prefix)
    if text_key not in st.session_state:  # widget state is dropped when the page is left; restore the last text
        st.session_state[text_key] = st.session_state.get(submitted_key, default)
    with st.form(f"{prefix}_form", border=False, enter_to_submit=True):
        st.text_area(label, key=text_key, height=height, placeholder=placeholder, max_chars=MAX_CHARS)
        columns = st.columns(len(examples) + 1)
        columns[0].form_submit_button(button, type="primary", on_click=_submit, args=(prefix,),
                                      key=f"{prefix}_submit")
        for i, (column, (title, example)) in enumerate(zip(columns[1:], examples)):
            column.form_submit_button(pick(title), on_click=_use_example, args=(prefix, example), help=example,
                                      key=f"{prefix}_ex{i}")
    return st.session_state.get(submitted_key)
