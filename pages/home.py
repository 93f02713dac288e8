"""Home page: the concepts (tokens, time steps, hidden state, many-to-one, context vector) on a live model."""
from __future__ import annotations

import streamlit as st

from pages.ui.facts import cell_facts
from pages.ui.shell import ensure_shell
from pages.ui.sidebar import require_model
from zoo import plots

EXAMPLE = "Your parcel is waiting: reply YES today to claim free delivery"  # written for this page

ensure_shell()
st.title("Sequence models, live")
st.markdown("A recurrent network reads a sentence **one piece at a time** and carries a memory from step to "
            "step. Below, a real pretrained model from the zoo reads one sentence; every number comes from it.")

model = require_model("spam")
facts = cell_facts(model)
trace = model.trace(EXAMPLE)
tokens, steps = trace["tokens"], len(trace["tokens"])

st.header("1. Tokens")
st.markdown(f"The text is cut into **tokens** from a vocabulary of {facts['vocab_size']:,} pieces "
            "(▁ marks the start of a word; rare words are split into smaller pieces):")
st.code(f"{EXAMPLE}\n→ " + "  ".join(tokens), language=None)

st.header("2. Time steps")
st.markdown(f"Each token is one **time step**: this sentence takes T = {steps} steps. At step t the token "
            f"becomes a vector x_t of {facts['embed_dim']} numbers (its embedding).")

st.header("3. The hidden state")
st.markdown(f"The **cell** updates a hidden state h_t of {facts['hidden_dim']} numbers from the new input and the "
            "previous state. For a plain RNN cell:")
st.latex(r"h_t = \tanh(W_x\,x_t + W_h\,h_{t-1} + b)")
wx, wh, b = facts["w_x"], facts["w_h"], facts["b"]
shape_note = (f"This model is an **{facts['cell'].upper()}**: it computes {facts['gates']} such blocks at once "
              f"(its gates), so its stacked matrices are W_x: {wx[0]}×{wx[1]}, W_h: {wh[0]}×{wh[1]}, "
              f"b: {b[0]} — that is {facts['gates']} × {facts['hidden_dim']} rows."
              if facts["gates"] > 1 else
              f"In this model W_x is {wx[0]}×{wx[1]}, W_h is {wh[0]}×{wh[1]} and b has {b[0]} numbers.")
st.markdown(f"x_t has {facts['embed_dim']} numbers and h_t has {facts['hidden_dim']}, so a plain cell needs "
            f"W_x: {facts['hidden_dim']}×{facts['embed_dim']} and W_h: {facts['hidden_dim']}×{facts['hidden_dim']}. "
            + shape_note + " The same weights are used at every time step.")
st.plotly_chart(plots.hidden_heatmap(trace["hidden"], tokens, max_units=16,
                                     title="h_t for the example sentence (16 most active units)"), key="home_hidden")

st.header("4. Many-to-one")
prediction = trace["prediction"]
st.markdown(f"The model reads **many** steps and gives **one** answer. For the example it says "
            f"**{prediction['label']}** (p = {prediction['probs'][prediction['label']]:.2f}). The curve shows the "
            "answer it would give after each prefix of the sentence.")
st.plotly_chart(plots.prefix_curve(trace["prefix_probs"], tokens, trace["labels"]), key="home_prefix")

st.header("5. The context vector")
pooling = ("the last hidden state joined with the maximum and the mean of all hidden states over time"
           if facts["pooling"] == "concat" else "the last hidden state")
st.markdown(f"The output layer never sees the tokens, only one **context vector** summarising the whole "
            f"sequence: here {pooling}, {facts['context_dim']} numbers. The output layer is a "
            f"{facts['head'][0]}×{facts['head'][1]} matrix mapping it to the labels {', '.join(facts['labels'])}.")

st.header("Try it")
st.page_link("pages/spam.py", label="Spam detector: type your own message and watch it being read",
             icon=":material/mark_email_unread:")
