"""Spam page: classify a text message and watch the model read it step by step."""
from __future__ import annotations

import streamlit as st

import zoo
from pages.ui import history
from pages.ui.facts import gate_arrays
from pages.ui.loader import load_atlas
from pages.ui.shell import ensure_shell
from pages.ui.sidebar import require_model
from zoo import plots

TEXT_KEY, SUBMITTED_KEY, HISTORY_KEY = "spam_text", "spam_submitted", "spam_sentences"
UNKNOWN_WARN = 0.5
EXAMPLES = {  # written for this demo, not taken from any dataset
    "Prize alert": "URGENT! Your number has won a 2000 pound cash prize. Text WIN to 80888 now to claim, T&Cs apply.",
    "Lunch plans": "Are we still on for lunch tomorrow? I can bring the notes from Tuesday's class.",
    "Free ringtone": "Get your FREE ringtone today! Reply GO to 85023, only 1.50 per week, stop anytime.",
    "Running late": "Bus broke down, I'll be 20 minutes late. Save me a seat please.",
    "Other script": "Γεια σου! Θα έρθεις απόψε για φαγητό στο σπίτι μας;",
}


def _use_example(text: str) -> None:
    """Button callback: put an example in the text box and classify it."""
    st.session_state[TEXT_KEY] = st.session_state[SUBMITTED_KEY] = text


def _submit() -> None:
    """Button callback: classify what is in the text box."""
    st.session_state[SUBMITTED_KEY] = st.session_state.get(TEXT_KEY, "")


ensure_shell()
st.title("Spam or not? Watch a recurrent network read a text message")
model = require_model("spam")
st.caption(f"Model **{model.name}** ({model.config.model_args.cell.upper()}): it reads one token per time step, "
           "updates its hidden state, and only at the end decides spam or ham (many-to-one).")

if TEXT_KEY not in st.session_state:  # widget state is dropped when the page is left; restore the last text
    st.session_state[TEXT_KEY] = st.session_state.get(SUBMITTED_KEY, "")
st.text_area("Text message", key=TEXT_KEY, height=100, placeholder="Type or paste an SMS, then press Classify")
buttons = st.columns(len(EXAMPLES) + 1)
buttons[0].button("Classify", type="primary", on_click=_submit, key="spam_classify")
for column, (title, example) in zip(buttons[1:], EXAMPLES.items()):
    column.button(title, on_click=_use_example, args=(example,), help=example)

submitted = st.session_state.get(SUBMITTED_KEY)
if submitted is None:
    st.info("Type a message or pick an example above, then press **Classify**.")
    st.stop()
try:
    trace = model.trace(submitted)
except zoo.ZooError as exc:
    message = str(exc)
    st.warning(f"{message[:1].upper()}{message[1:]}.")
    st.stop()

prediction, labels = trace["prediction"], trace["labels"]
history.remember(HISTORY_KEY, submitted)
if prediction["truncated"]:
    part = "first" if model.config.truncation == "head" else "first and last"
    st.info(f"This message is long: the model read only its {part} {model.config.max_tokens} tokens.")
if prediction["unknown_share"] > UNKNOWN_WARN:
    st.warning(f"{prediction['unknown_share']:.0%} of the tokens are characters the model never learned. The text "
               "looks like a language or script it was not trained on (English SMS), so the verdict means little.")

positive = model.config.positive_label or labels[-1]
c1, c2, c3 = st.columns(3)
c1.metric("Prediction", prediction["label"])
c2.metric(f"P({positive})", f"{prediction['probs'][positive]:.1%}")
c3.metric("Tokens (time steps)", prediction["n_tokens"])

tokens = trace["tokens"]
left, right = st.columns(2)
with left:
    st.plotly_chart(plots.prefix_curve(trace["prefix_probs"], tokens, labels), key="spam_prefix")
    st.caption("The output layer applied after each prefix: where the verdict flips is where the message "
               "started to look like spam (or stopped to).")
with right:
    atlas = load_atlas(model.name)
    if atlas is None:
        st.info("This entry ships no atlas, so there is no map of context vectors to place your sentence on.")
    else:
        mine = history.sentences(HISTORY_KEY)
        xy = plots.project(model.contexts(mine).numpy(), atlas["mean"], atlas["components"])
        mine_labels = [r["label"] for r in model.predict(mine)]
        st.plotly_chart(plots.context_map(atlas["points"], atlas["labels"], xy, mine, mine_labels), key="spam_map")
        st.caption("Each dot is the context vector of a test message, squeezed to 2-D; stars are your "
                   "sentences this session (the newest is biggest).")
        st.button("Forget my sentences", on_click=history.forget, args=(HISTORY_KEY,))

st.subheader("Hidden state, step by step")
st.plotly_chart(plots.hidden_heatmap(trace["hidden"], tokens), key="spam_hidden")
st.caption("Each column is h_t after reading one more token; each row is one unit of the hidden state "
           "(the most active units of the top layer, strongest first).")

gates = gate_arrays(trace["layers"][-1], model.config.model_args.cell)
if gates:
    st.subheader("Gates")
    st.plotly_chart(plots.gates_heatmaps(gates, tokens), key="spam_gates")
    st.caption("Sigmoid gates run from 0 (closed) to 1 (open): the forget gate decides what the cell keeps, "
               "the input gate what it writes, the output gate what it shows as h_t. Candidates run from -1 to 1.")
else:
    st.caption("A plain RNN has no gates: every step overwrites h_t = tanh(W_x·x_t + W_h·h_{t−1} + b).")
