"""Translate page: one context vector is all the decoder knows. Output with each step's top-k candidates,
the source's context vector on a map, interpolation between two sources, and BLEU by source length."""
from __future__ import annotations

import pandas as pd
import streamlit as st

import zoo
from pages.ui import history
from pages.ui.charts import show_chart
from pages.ui.examples import lab_examples, translate_examples
from pages.ui.i18n import plot_text, t
from pages.ui.inputs import error_text, show_notices, trained_on
from pages.ui.loader import load_atlas
from pages.ui.seq2seq import mixtures
from pages.ui.shell import ensure_shell
from pages.ui.sidebar import require_facts, require_model
from pages.ui.textbox import text_box
from pages.ui.translator_facts import long_source_note, trained_on_text
from zoo import plots
from zoo.inference.atlas import pca_2d

MAX_LEN = 60
HISTORY_KEY, INTERP_KEY = "translate_sentences", "tr_interp_on"

ensure_shell()
st.title(t("tr.title"))
facts = require_facts(("translation",))  # the inputs are drawn before the weights are loaded
source, target = (list(facts.config.language) + ["?", "?"])[:2]
st.caption(t("tr.caption", name=facts.name, cell=facts.config.model_args.cell.upper(), src=source, tgt=target))
words = plot_text()

left, mid, right = st.columns(3)
card_beam = facts.config.beam  # the beam the entry's card was measured at: the widgets start there, per model
use_beam = left.toggle(t("tr.use_beam"), value=card_beam > 1, key=f"tr_use_beam.{facts.name}",
                       help=t("tr.decoding_help"))
beam = (mid.slider(t("tr.beam_width"), 2, 8, min(max(card_beam, 2), 8), key=f"tr_beam.{facts.name}",
                   help=t("tr.beam_default", k=card_beam)) if use_beam else 1)
top_k = right.slider(t("tr.top_k"), 2, 10, 5, key="tr_top_k")
examples = translate_examples(source, facts.config.dataset)
trained_on_text(facts)
text = text_box("translate", t("tr.box", src=source), t("tr.placeholder"), t("tr.button"), examples, height=80)
model = require_model(("translation",))

if text is None:
    st.info(t("tr.prompt"))
else:
    try:
        trace = model.trace(text, beam=beam, max_len=MAX_LEN, top_k=top_k)
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        trace = None
    if trace is not None:
        history.remember(HISTORY_KEY, text)
        show_notices(trace, model.config, trained_on(model))
        st.markdown(t("tr.output", tgt=target))
        st.success(trace["translation"] or t("tr.empty_output"))
        long_source_note(len(trace["source_tokens"]))
        st.caption(t("tr.steps_caption", n=len(trace["steps"]), k=top_k,
                     how=t("tr.greedy") if beam == 1 else t("tr.beam_n", k=beam)))
        show_chart(plots.decoder_candidates(trace["steps"], t("tr.candidates_title"), text=words),
                   key="tr_candidates")
        with st.expander(t("tr.steps_table")):
            st.dataframe(pd.DataFrame([{t("tr.col_step"): i + 1, t("tr.col_token"): s["token"],
                                        t("tr.col_p"): round(s["prob"], 4),
                                        t("tr.col_top"): "  ".join(f"{tok} {p:.2f}" for tok, p in s["top"])}
                                       for i, s in enumerate(trace["steps"])]), hide_index=True)

st.header(t("tr.map_header"))
mine = history.sentences(HISTORY_KEY)
atlas = load_atlas(model.name)
if atlas is not None:
    xy = plots.project(model.contexts(mine).numpy(), atlas["mean"], atlas["components"]) if mine else None
    show_chart(plots.context_map(atlas["points"], atlas["labels"], xy, mine, [len(s.split()) for s in mine],
                                 title=t("tr.map_title"), text={**words, "predicted": t("tr.length_words")},
                                 colour_title=t("tr.length_words")), key="tr_map")
    st.caption(t("tr.map_caption"))
else:
    sentences = list(dict.fromkeys(lab_examples("translation", source) + mine))
    st.info(t("tr.no_atlas"))
    show_chart(plots.sentence_map(pca_2d(model.contexts(sentences).numpy()), sentences,
                                  [len(s.split()) for s in sentences], t("tr.map_title_examples"), text=words,
                                  colour_title=t("tr.length_words")), key="tr_map")
if mine:
    st.button(t("clf.forget"), on_click=history.forget, args=(HISTORY_KEY,), key="tr_forget")

st.header(t("tr.interp_header"))
st.markdown(t("tr.interp_text"))
a_col, b_col = st.columns(2)
first = a_col.text_input(t("tr.interp_a"), value=examples[0][1], key="tr_interp_a")
second = b_col.text_input(t("tr.interp_b"), value=examples[1 % len(examples)][1], key="tr_interp_b")
n_steps = st.slider(t("tr.interp_steps"), 3, 11, 5, key="tr_interp_steps")
st.button(t("tr.interp_button"), key="tr_interp_go",  # a callback: a click survives ensure_shell's rerun
          on_click=lambda: st.session_state.update({INTERP_KEY: True}))
if st.session_state.get(INTERP_KEY):
    try:
        ends = model.contexts([first, second]).numpy()
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
    else:
        alphas, mixed = mixtures(ends[0], ends[1], n_steps)
        outputs = model.decode_contexts(mixed, max_len=MAX_LEN)
        st.dataframe(pd.DataFrame({"α": [f"{a:.2f}" for a in alphas], t("tr.interp_col"): outputs}), hide_index=True)
        st.caption(t("tr.interp_caption"))

st.header(t("tr.bleu_header"))
rows = model.card.get("bleu_by_length")
if rows:
    show_chart(plots.bleu_by_length([r["bucket"] for r in rows], [float(r["bleu"]) for r in rows],
                                    t("tr.bleu_title"), text=words), key="tr_bleu")
    st.caption(t("tr.bleu_caption"))
else:
    st.info(t("tr.bleu_missing"))
