"""seq-zoo demo: `streamlit run app.py`. st.navigation over st.Page objects plus the shared sidebar; UI only.

The pages (home at "/", then sentiment, spam, translate, generate, lab, compare, order, zoo) and the tasks their
sidebar picker offers are listed in pages/ui/shell.py; the interface strings (English, 한국어) in pages/ui/strings/.

`streamlit run app.py` first imports this file to find `app`, an st.App that serves this same file and
warms the server up as it starts (pages/ui/warm_up.py); each session's script run executes it as __main__.
"""
from __future__ import annotations

import streamlit as st

if __name__ == "__main__":  # a session's script run (also AppTest's)
    from pages.ui.activity import script_run
    from pages.ui.shell import draw_shell

    with script_run():  # the warm-up imports torch once no run has been busy for a while
        draw_shell().run()
else:  # imported by `streamlit run app.py`, which serves the st.App it finds here
    from pages.ui.warm_up import lifespan

    app = st.App(__file__, lifespan=lifespan)
