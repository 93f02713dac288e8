"""Sentiment page: classify a review and watch the model read it step by step (shared classifier page)."""
from pages.ui.classifier_page import render
from pages.ui.shell import ensure_shell

ensure_shell()
render("sentiment")
