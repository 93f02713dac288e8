"""Word order page (url `order`): the user's sentence and its reorderings scored by one dataset's RNN, LSTM, GRU
and bag of words side by side; a bag of words gives every reordering of the same words the same score."""
from pages.ui.order_view import render
from pages.ui.shell import ensure_shell

ensure_shell()
render()
