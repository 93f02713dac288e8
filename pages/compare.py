"""Compare page: the same input through the RNN, LSTM and GRU entries of one dataset, side by side:
predictions (drawn first), per-prefix curves, hidden-state norms and each step's influence on the last state
(computed under a status box: seconds on a long review). Entries that cut the text into different tokens get
a panel each."""
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
from pages.ui.traces import influence as cached_influence
from pages.ui.traces import trace as cached_trace
from zoo import plots

CELLS = ("rnn", "lstm", "gru")
FLOOR = 1e-30  # ‖∂h_T/∂x_t‖ below this (float32 underflows to 0 on long texts) is drawn at it

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
try:  # the verdicts first: one pass each, milliseconds; the traces and gradients behind the charts follow
    predictions = {cell: m.predict(text)[0] for cell, m in models.items()}
except zoo.ZooError as exc:
    st.warning(error_text(exc))
    st.stop()
ways = {cell: (m.config.max_tokens, m.config.truncation) for cell, m in models.items()}
seen = set()
for k, (cell, prediction) in enumerate(predictions.items()):  # one notice per way of cutting a long text
    who = ", ".join(models[c].name for c in models if ways[c] == ways[cell]) if len(set(ways.values())) > 1 else ""
    show_notices(prediction if ways[cell] not in seen else {}, models[cell].config, trained_on(models[cell]),
                 who=who, unknown=k == 0)
    seen.add(ways[cell])

positive = first.config.positive_label or first.labels[-1]
columns = st.columns(len(models))
for column, (cell, prediction) in zip(columns, predictions.items()):
    column.metric(f"{cell.upper()} · {models[cell].name}", prediction["label"],
                  help=t("cmp.metric_help", positive=positive))
    column.caption(f"P({positive}) = {prediction['probs'].get(positive, 0.0):.1%} · "
                   + t("cmp.params", k=f"{sum(p.numel() for p in models[cell].model.parameters()) / 1000:.0f}"))
st.caption(t("clf.confident_wrong" if first.task == "sentiment" else "clf.confident_wrong_spam"))

names = {cell: models[cell].name for cell in models}
traces, influence = {}, {}
with st.status(t("cmp.working"), expanded=False) as status:
    for cell, model in models.items():
        status.update(label=t("cmp.reading", name=model.name))
        traces[cell] = cached_trace(model, text)
    for cell, model in models.items():
        status.update(label=t("cmp.measuring", name=model.name))
        influence[names[cell]] = np.maximum(cached_influence(model, text), FLOOR)  # a log axis drops zeros
    status.update(label=t("cmp.done", n=len(models)), state="complete")
tokens = {names[c]: tr["tokens"] for c, tr in traces.items()}
if len({tuple(toks) for toks in tokens.values()}) > 1:
    st.caption(t("cmp.tokens_differ"))
words = plot_text()
index = {cell: list(tr["labels"]).index(positive) if positive in tr["labels"] else -1 for cell, tr in traces.items()}
show_chart(plots.curves_over_steps({names[c]: tr["prefix_probs"][:, index[c]] for c, tr in traces.items()},
                                   tokens, t("cmp.prefix_title", positive=positive), f"P({positive})",
                                   text=words, y_range=(-0.03, 1.03),
                                   steps={names[c]: tr["prefix_steps"] for c, tr in traces.items()}),
           key="cmp_prefix")
st.caption(t("cmp.prefix_caption"))

left, right = st.columns(2)
with left:
    norms = {names[c]: np.linalg.norm(tr["layers"][-1]["h_0"], axis=1) for c, tr in traces.items()}
    show_chart(plots.curves_over_steps(norms, tokens, t("cmp.norm_title"), "‖h_t‖", text=words,
                                       max_ticks=plots.HALF_TICKS), key="cmp_norms")
    st.caption(t("cmp.norm_caption"))
with right:
    show_chart(plots.curves_over_steps(influence, tokens, t("cmp.influence_title"), "‖∂h_T/∂x_t‖",
                                       text=words, log_y=True, max_ticks=plots.HALF_TICKS), key="cmp_influence")
    st.caption(t("cmp.influence_caption"))
