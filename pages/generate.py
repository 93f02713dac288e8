"""Next-word page (url `generate`): a language model's top next tokens after every step of the user's text, the
surprisal of each token written, and a seeded continuation with the hidden state over its steps."""
from pages.ui.generate_view import render
from pages.ui.shell import ensure_shell

ensure_shell()
render()
