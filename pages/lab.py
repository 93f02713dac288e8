"""Context-vector lab: several sentences through one entry; their context vectors projected together (PCA,
t-SNE when there are enough), their cosine similarities, and each sentence's nearest neighbour."""
from __future__ import annotations

import pandas as pd
import streamlit as st

import zoo
from pages.ui.charts import show_chart
from pages.ui.examples import lab_examples
from pages.ui.i18n import plot_text, t
from pages.ui.inputs import UNKNOWN_WARN, error_text, trained_on
from pages.ui.shell import CLASSIFIER_TASKS, ensure_shell
from pages.ui.sidebar import require_model
from pages.ui.textbox import text_box
from zoo import plots
from zoo.inference.atlas import TSNE_MIN_POINTS, cosine_matrix, nearest_neighbours, pca_2d, tsne_2d

MAX_SENTENCES = 40

ensure_shell()
st.title(t("lab.title"))
st.markdown(t("lab.intro"))
model = require_model((*CLASSIFIER_TASKS, "translation"))
language = (list(model.config.language) or ["en"])[0]
defaults = lab_examples(model.task, language)
prefix = f"lab_{model.task}_{language}"  # its own box per kind of entry: the example sentences differ
text = text_box(prefix, t("lab.box", name=model.name), t("lab.placeholder"), t("lab.button"), height=260,
                default="\n".join(defaults))
if text is None:  # before the first press, the example sentences already in the box
    text = "\n".join(defaults)
lines = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
if len(lines) > MAX_SENTENCES:
    st.info(t("lab.too_many", n=len(lines), limit=MAX_SENTENCES))
    lines = lines[:MAX_SENTENCES]
if len(lines) < 2:
    st.warning(t("lab.need_two"))
    st.stop()
try:
    vectors = model.contexts(lines).numpy()
except zoo.ZooError as exc:
    st.warning(error_text(exc))
    st.stop()

encode = model.encode_source if model.task == "translation" else model.encode
encoded = [encode(line) for line in lines]
unknown = [i + 1 for i, e in enumerate(encoded) if e.unknown_share > UNKNOWN_WARN]
if unknown:
    st.warning(t("lab.unknown", which=", ".join(map(str, unknown)), trained_on=trained_on(model)))
truncated = [i + 1 for i, e in enumerate(encoded) if e.truncated]
if truncated:
    st.info(t("lab.truncated", which=", ".join(map(str, truncated)), n=model.config.max_tokens))

if model.task == "translation":
    groups, colour_title = [len(line.split()) for line in lines], t("tr.length_words")
    st.caption(t("lab.coloured_length"))
else:
    groups, colour_title = [p["label"] for p in model.predict(lines)], None
    st.caption(t("lab.coloured_label"))
words = plot_text()
st.caption(t("lab.dims", n=len(lines), dim=vectors.shape[1]))
left, right = st.columns(2)
with left:
    show_chart(plots.sentence_map(pca_2d(vectors), lines, groups, t("lab.pca_title"), text=words,
                                  colour_title=colour_title), key="lab_pca")
with right:
    if len(lines) >= TSNE_MIN_POINTS:
        show_chart(plots.sentence_map(tsne_2d(vectors), lines, groups, t("lab.tsne_title"), text=words,
                                      colour_title=colour_title), key="lab_tsne")
        st.caption(t("lab.tsne_caption"))
    else:
        st.info(t("lab.tsne_needs", n=TSNE_MIN_POINTS))

similarity = cosine_matrix(vectors)
st.subheader(t("lab.cosine_header"))
show_chart(plots.similarity_heatmap(similarity, lines, t("lab.cosine_title"), text=words), key="lab_cosine")
st.subheader(t("lab.nn_header"))
neighbours = nearest_neighbours(similarity, k=1)
st.dataframe(pd.DataFrame([{"#": i + 1, t("lab.col_sentence"): line,
                            t("lab.col_nearest"): f"{nn[0][0] + 1}. {lines[nn[0][0]]}",
                            t("lab.col_cosine"): round(nn[0][1], 3)}
                           for i, (line, nn) in enumerate(zip(lines, neighbours))]), hide_index=True,
             height=35 * (len(lines) + 1) + 3)  # every sentence's row visible, none behind a scroll bar
