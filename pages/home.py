"""Home page: the concepts (tokens, time steps, cell, hidden state, many-to-one, encoder-decoder, context
vector) taught on a live model and the user's own sentence; links to every page."""
from __future__ import annotations

import streamlit as st

import zoo
from pages.ui.charts import show_chart
from pages.ui.examples import translate_examples
from pages.ui.facts import cell_facts, context_parts
from pages.ui.i18n import plot_text, t
from pages.ui.inputs import error_text, show_notices, trained_on
from pages.ui.loader import load_model
from pages.ui.shell import CLASSIFIER_TASKS, ensure_shell, page_links
from pages.ui.sidebar import available_models, default_model, require_classifier, require_facts
from zoo import plots

EXAMPLES = {  # written for this page: a sentence of the kind the model was trained on (task, language)
    ("sentiment", "en"): "a warm , funny film , but the ending felt rushed and left me cold .",
    ("sentiment", "ko"): "이 영화 정말 재미있었어요",
    ("spam", "en"): "Your parcel is waiting: reply YES today to claim free delivery",
}
TEXT_KEY, LAST_KEY = "home_text", "home_last"


def example(task: str, language: str) -> str:
    """The page's sentence for a model of that task and language (an English review when none fits)."""
    return EXAMPLES.get((task, language)) or EXAMPLES.get((task, "en")) or EXAMPLES[("sentiment", "en")]

ensure_shell()
st.title(t("home.title"))
st.markdown(t("home.intro"))
entry = require_facts(CLASSIFIER_TASKS)  # the text box is drawn before the weights are loaded
language = (list(entry.config.language) or ["en"])[0]
sentence = example(entry.config.task, language)
if TEXT_KEY not in st.session_state:
    st.session_state[TEXT_KEY] = st.session_state.get(LAST_KEY) or sentence
text = st.text_input(t("home.box", name=entry.name), key=TEXT_KEY, max_chars=2000, help=t("home.box_help"))
model = require_classifier(CLASSIFIER_TASKS)
facts = cell_facts(model)
try:
    trace = model.trace(text, max_prefixes=100)
    st.session_state[LAST_KEY] = text
except zoo.ZooError as exc:  # an empty box (or no readable token): the lesson goes on with the page's sentence
    st.warning(error_text(exc) + " " + t("home.fallback", sentence=sentence))
    text = sentence
    trace = model.trace(text, max_prefixes=100)
show_notices(trace["prediction"], model.config, trained_on(model))
tokens, steps, prediction = trace["tokens"], len(trace["tokens"]), trace["prediction"]
words = plot_text()

st.header(t("home.tokens_header"))
st.markdown(t("home.tokens_text", vocab=f"{facts['vocab_size']:,}"))
st.code(f"{text}\n→ " + "  ".join(tokens), language=None)

st.header(t("home.steps_header"))
st.markdown(t("home.steps_text", steps=steps, embed=facts["embed_dim"]))
parts = context_parts(facts, {"last": t("home.part_last"), "max": t("home.part_max"), "mean": t("home.part_mean")})
pooled = ["h<sub>T</sub>", "max", "mean"][:len(parts)]  # the context vector's parts, as the classifier joins them
show_chart(plots.unrolled_diagram(tokens, prediction["label"], title=t("home.unrolled_title"), text=words,
                                  pooling=pooled, context_dim=facts["context_dim"]),
           key="home_unrolled")

st.header(t("home.hidden_header"))
st.markdown(t("home.hidden_text", hidden=facts["hidden_dim"]))
st.latex(r"h_t = \tanh(W_x\,x_t + W_h\,h_{t-1} + b)")
wx, wh, b = facts["w_x"], facts["w_h"], facts["b"]
shapes = dict(h=facts["hidden_dim"], e=facts["embed_dim"], wx0=wx[0], wx1=wx[1], wh0=wh[0], wh1=wh[1], b=b[0],
              gates=facts["gates"], cell=facts["cell"].upper())
st.markdown(t("home.shapes_plain", **shapes) + " "
            + (t("home.shapes_gated", **shapes) if facts["gates"] > 1 else t("home.shapes_rnn", **shapes))
            + (" " + t("home.bidirectional") if facts["bidirectional"] else ""))
directions = 2 if facts["bidirectional"] else 1
show_chart(plots.hidden_heatmap(trace["hidden"], tokens, max_units=8 * directions, title=t("home.hidden_title"),
                                text=words, directions=directions), key="home_hidden")
st.caption(t("clf.hidden_caption_bi", n=8) if facts["bidirectional"] else t("clf.hidden_caption", n=8))

st.header(t("home.m2o_header"))
st.markdown(t("home.m2o_text", label=prediction["label"], p=f"{prediction['probs'][prediction['label']]:.2f}"))
st.caption(t("clf.confident_wrong" if model.task == "sentiment" else "clf.confident_wrong_spam"))
show_chart(plots.prefix_curve(trace["prefix_probs"], tokens, trace["labels"], title=t("plot.prefix_title"),
                              text=words, steps=trace["prefix_steps"]), key="home_prefix")
encoder_decoder = st.container()  # filled last: its live translator runs on torch, which may still be importing

st.header(t("home.context_header"))
pooling = t("home.pooling_concat") if facts["pooling"] == "concat" else t("home.pooling_last")
st.markdown(t("home.context_text", pooling=pooling, dim=facts["context_dim"], head0=facts["head"][0],
              head1=facts["head"][1], labels=", ".join(facts["labels"])))
show_chart(plots.vector_strip(trace["context"], t("home.context_title", dim=facts["context_dim"]), parts),
           key="home_context")

st.header(t("home.pages_header"))
page_links()

with encoder_decoder:
    translators = available_models(("translation",))
    if translators:
        translator = load_model(default_model(translators))
        source = translate_examples((list(translator.config.language) or ["en"])[0], translator.config.dataset)[0][1]
        out = translator.trace(source, max_len=20)
        st.markdown(t("home.ed_text_live", name=translator.name))
        show_chart(plots.unrolled_diagram(out["source_tokens"], "", title=t("home.ed_title"), text=words,
                                          outputs=[s["token"] for s in out["steps"]]), key="home_ed")
    else:
        st.markdown(t("home.ed_text_schematic"))
        show_chart(plots.unrolled_diagram(["x₁", "x₂", "x₃", "x₄"], "", title=t("home.ed_title_schematic"),
                                          text=words, outputs=["y₁", "y₂", "y₃", "<eos>"]), key="home_ed")
