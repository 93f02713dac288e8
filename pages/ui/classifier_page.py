"""The one classifier page behind Sentiment and Spam: text in; label, prefixes, hidden states, gates, map out."""
from __future__ import annotations

from typing import Any

import streamlit as st

import zoo
from zoo import plots

from . import history
from .charts import show_chart
from .examples import classifier_examples
from .facts import gate_arrays
from .i18n import plot_text, t
from .inputs import error_text, show_notices, trained_on
from .loader import load_atlas
from .sidebar import require_classifier, require_facts
from .textbox import text_box


def render(task: str) -> None:
    """Draw the page for one classifier task ("sentiment" or "spam")."""
    st.title(t(f"{task}.title"))
    facts = require_facts((task,))  # the inputs are drawn before the weights are loaded
    st.caption(t("clf.caption", name=facts.name, cell=facts.config.model_args.cell.upper()))
    language = (list(facts.config.language) or ["en"])[0]
    text = text_box(task, t(f"{task}.box"), t(f"{task}.placeholder"), t("clf.button"),
                    classifier_examples(task, language))
    model = require_classifier((task,))
    if text is None:
        st.info(t("clf.prompt"))
        return
    try:
        trace = model.trace(text)
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        return
    history.remember(f"{task}_sentences", text)
    show_notices(trace["prediction"], model.config, trained_on(model))
    _verdict(model, trace)
    left, right = st.columns(2)
    with left:
        show_chart(plots.prefix_curve(trace["prefix_probs"], trace["tokens"], trace["labels"],
                                      title=t("plot.prefix_title"), text=plot_text()), key=f"{task}_prefix")
        st.caption(t("clf.prefix_caption"))
    with right:
        _map(task, model)
    _insides(task, model, trace)


def _verdict(model: Any, trace: dict[str, Any]) -> None:
    prediction, labels = trace["prediction"], trace["labels"]
    positive = model.config.positive_label or labels[-1]
    c1, c2, c3 = st.columns(3)
    c1.metric(t("clf.prediction"), prediction["label"])
    c2.metric(f"P({positive})", f"{prediction['probs'][positive]:.1%}")
    c3.metric(t("clf.steps"), prediction["n_tokens"])


def _map(task: str, model: Any) -> None:
    """The context vector among the test split's (atlas.json), with this session's sentences as stars."""
    atlas = load_atlas(model.name)
    if atlas is None:
        st.info(t("clf.no_atlas"))
        return
    mine = history.sentences(f"{task}_sentences")
    vectors, mine_labels = model.contexts_and_labels(mine)
    xy = plots.project(vectors, atlas["mean"], atlas["components"])
    show_chart(plots.context_map(atlas["points"], atlas["labels"], xy, mine, mine_labels,
                                 title=t("plot.map_title"), text=plot_text()), key=f"{task}_map")
    st.caption(t("clf.map_caption"))
    st.button(t("clf.forget"), on_click=history.forget, args=(f"{task}_sentences",), key=f"{task}_forget")


def _insides(task: str, model: Any, trace: dict[str, Any]) -> None:
    """Hidden states over time, then the gates (LSTM: input/forget/output; GRU: reset/update)."""
    tokens = trace["tokens"]
    st.subheader(t("clf.hidden_header"))
    show_chart(plots.hidden_heatmap(trace["hidden"], tokens, title=t("plot.hidden_title"), text=plot_text()),
               key=f"{task}_hidden")
    st.caption(t("clf.hidden_caption"))
    cell = model.config.model_args.cell
    gates = gate_arrays(trace["layers"][-1], cell)
    if gates:
        st.subheader(t("clf.gates_header"))
        show_chart(plots.gates_heatmaps(gates, tokens, text=plot_text()), key=f"{task}_gates")
        st.caption(t(f"clf.gates_caption_{cell}"))
    else:
        st.caption(t("clf.no_gates"))
