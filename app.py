"""seq-zoo demo: `streamlit run app.py`. st.navigation over st.Page objects plus the shared sidebar; UI only.

The pages (pages/home.py at "/", pages/spam.py at "/spam") and their tasks are listed in pages/ui/shell.py.
"""
from __future__ import annotations

from pages.ui.shell import draw_shell

draw_shell().run()
