"""seq-zoo demo: `streamlit run app.py`. st.navigation over st.Page objects plus the shared sidebar; UI only.

The pages (home at "/", then sentiment, spam, translate, lab, compare, zoo) and the tasks their sidebar
picker offers are listed in pages/ui/shell.py; the interface strings (English, 한국어) in pages/ui/strings/.
"""
from __future__ import annotations

from pages.ui.shell import draw_shell

draw_shell().run()
