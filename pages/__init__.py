"""The app's pages (run by st.navigation from app.py) and their shared UI helpers in pages.ui."""
