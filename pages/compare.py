"""Compare page: the same input through the RNN, LSTM and GRU entries of one dataset, side by side:
predictions, per-prefix curves overlaid, hidden-state norms and each step's influence on the last state."""
from __future__ import annotations

import numpy as np
import streamlit as st

import zoo
from pages.ui.charts import show_chart
from pages.ui.examples import classifier_examples
from pages.ui.i18n import plot_text, t
from pages.ui.inputs import error_text, show_notices, trained_on
from pages.ui.loader import load_model
from pages.ui.shell import CLASSIFIER_TASKS, ensure_shell
from pages.ui.textbox import text_box
from zoo import plots

CELLS = ("rnn", "lstm", "gru")

ensure_shell()
st.title(t("cmp.title"))
st.markdown(t("cmp.intro"))
datasets: dict[str, dict[str, str]] = {}  # dataset -> {cell: entry name}
for task in CLASSIFIER_TASKS:
    for name in zoo.list_models(task=task):
        cell, _, dataset = name.partition(".")
        if cell in CELLS:
            datasets.setdefault(dataset, {})[cell] = name
if not datasets:
    st.info(t("cmp.no_models"))
    st.stop()
order = sorted(datasets, key=lambda d: (-len(datasets[d]), d))  # the most complete dataset first
dataset = st.selectbox(t("cmp.dataset"), order, key="cmp_dataset",
                       format_func=lambda d: f"{d} ({', '.join(c.upper() for c in CELLS if c in datasets[d])})")
entries = {cell: datasets[dataset][cell] for cell in CELLS if cell in datasets[dataset]}
missing = [c.upper() for c in CELLS if c not in entries]
if missing:
    st.warning(t("cmp.missing", cells=", ".join(missing), dataset=dataset))
try:
    models = {cell: load_model(name) for cell, name in entries.items()}
except zoo.ZooError as exc:
    st.error(str(exc))
    st.stop()
first = next(iter(models.values()))
language = (list(first.config.language) or ["en"])[0]
text = text_box("compare", t("cmp.box"), t("cmp.placeholder"), t("cmp.button"),
                classifier_examples(first.task, language)[:4])
if text is None:
    st.info(t("cmp.prompt"))
    st.stop()
try:
    traces = {cell: m.trace(text) for cell, m in models.items()}
except zoo.ZooError as exc:
    st.warning(error_text(exc))
    st.stop()
show_notices(next(iter(traces.values()))["prediction"], first.config, trained_on(first))

positive = first.config.positive_label or first.labels[-1]
columns = st.columns(len(models))
for column, (cell, trace) in zip(columns, traces.items()):
    prediction = trace["prediction"]
    column.metric(f"{cell.upper()} · {models[cell].name}", prediction["label"],
                  help=t("cmp.metric_help", positive=positive))
    column.caption(f"P({positive}) = {prediction['probs'].get(positive, 0.0):.1%} · "
                   + t("cmp.params", k=f"{sum(p.numel() for p in models[cell].model.parameters()) / 1000:.0f}"))

names = {cell: models[cell].name for cell in models}
tokens = max((tr["tokens"] for tr in traces.values()), key=len)
if len({tuple(tr["tokens"]) for tr in traces.values()}) > 1:
    st.caption(t("cmp.tokens_differ"))
words = plot_text()
index = {cell: list(tr["labels"]).index(positive) if positive in tr["labels"] else -1 for cell, tr in traces.items()}
show_chart(plots.curves_over_steps({names[c]: tr["prefix_probs"][:, index[c]] for c, tr in traces.items()},
                                   tokens, t("cmp.prefix_title", positive=positive), f"P({positive})",
                                   text=words, y_range=(0, 1)), key="cmp_prefix")
st.caption(t("cmp.prefix_caption"))

left, right = st.columns(2)
with left:
    norms = {names[c]: np.linalg.norm(tr["layers"][-1]["h_0"], axis=1) for c, tr in traces.items()}
    show_chart(plots.curves_over_steps(norms, tokens, t("cmp.norm_title"), "‖h_t‖", text=words),
               key="cmp_norms")
    st.caption(t("cmp.norm_caption"))
with right:
    influence = {names[c]: models[c].step_influence(text) for c in traces}
    show_chart(plots.curves_over_steps(influence, tokens, t("cmp.influence_title"), "‖∂h_T/∂x_t‖",
                                       text=words, log_y=True), key="cmp_influence")
    st.caption(t("cmp.influence_caption"))
