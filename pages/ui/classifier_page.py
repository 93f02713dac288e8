"""The one classifier page behind Sentiment and Spam: text in; label, prefixes, hidden states, gates, map out.

The verdict comes from one predict call (milliseconds) and is drawn first; the trace behind the charts (seconds for
a long review on a bidirectional model) follows under a spinner, and the heat maps draw a window of steps.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import streamlit as st

import zoo
from zoo import plots

from . import history
from .charts import show_chart
from .examples import classifier_examples
from .facts import cell_panels
from .i18n import plot_text, t
from .inputs import error_text, show_notices, trained_on
from .loader import load_atlas
from .sidebar import require_classifier, require_facts
from .textbox import text_box
from .traces import trace as cached_trace

UNITS = 16  # rows per direction in the heat maps (the most active units)
WINDOW = 160  # time steps drawn in the heat maps at once; a longer text gets a slider to move the window


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
        prediction = model.predict(text)[0]  # the verdict first: one pass, no per-step records
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        return
    history.remember(f"{task}_sentences", text)
    show_notices(prediction, model.config, trained_on(model))
    _verdict(model, prediction)
    with st.spinner(t("clf.tracing", n=prediction["n_tokens"])):
        trace = cached_trace(model, text)
    left, right = st.columns(2)
    with left:
        show_chart(plots.prefix_curve(trace["prefix_probs"], trace["tokens"], trace["labels"],
                                      title=t("plot.prefix_title"), text=plot_text(), max_ticks=plots.HALF_TICKS,
                                      steps=trace["prefix_steps"]), key=f"{task}_prefix")
        thinned = len(trace["prefix_steps"]) < len(trace["tokens"])
        st.caption(t("clf.prefix_caption") + (" " + t("clf.prefix_thinned", n=len(trace["prefix_steps"]))
                                              if thinned else ""))
    with right:
        _map(task, model)
    _insides(task, model, trace)


def _verdict(model: Any, prediction: dict[str, Any]) -> None:
    positive = model.config.positive_label or model.labels[-1]
    c1, c2, c3 = st.columns(3)
    c1.metric(t("clf.prediction"), prediction["label"])
    c2.metric(f"P({positive})", f"{prediction['probs'][positive]:.1%}")
    c3.metric(t("clf.steps"), prediction["n_tokens"])
    if model.task == "sentiment":  # the lesson of /order: a sure answer is not a right one
        st.caption(t("clf.confident_wrong"))
        st.page_link("pages/order.py", label=t("nav.order"), icon=":material/swap_horiz:")
    else:
        st.caption(t("clf.confident_wrong_spam"))


def _map(task: str, model: Any) -> None:
    """The context vector among the test split's (atlas.json), with the sentences typed since the page was opened as stars."""
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


def window(task: str, steps: int) -> tuple[int, int]:
    """The steps [first, end) the heat maps draw: all of a short text; WINDOW of a longer one, from a slider
    (the last WINDOW steps at first: they make the final state)."""
    if steps <= WINDOW:
        return 0, steps
    first = st.slider(t("clf.window", n=WINDOW, steps=steps), 1, steps - WINDOW + 1, steps - WINDOW + 1,
                      key=f"{task}_window", help=t("clf.window_help")) - 1
    return first, first + WINDOW


def _insides(task: str, model: Any, trace: dict[str, Any]) -> None:
    """Hidden states over time (each direction apart), then inside the cell: the gates, the LSTM's cell state and
    h_t, for the same units."""
    cell, bidirectional = model.config.model_args.cell, model.config.model_args.bidirectional
    st.subheader(t("clf.hidden_header"))
    first, end = window(task, len(trace["tokens"]))
    tokens = trace["tokens"][first:end]
    layer = trace["layers"][-1]
    directions = 2 if bidirectional else 1
    show_chart(plots.hidden_heatmap(trace["hidden"][first:end], tokens, max_units=UNITS * directions,
                                    title=t("plot.hidden_title"), text=plot_text(), directions=directions,
                                    first_step=first), key=f"{task}_hidden")
    st.caption(t("clf.hidden_caption_bi", n=UNITS) if bidirectional else t("clf.hidden_caption", n=UNITS))
    panels = cell_panels(layer, cell)
    if not panels:
        st.caption(t("clf.no_gates"))
        return
    st.subheader(t(f"clf.cell_header_{cell}"))
    units = plots.top_units(np.asarray(layer["h_0"])[first:end], UNITS)  # the forward panel's rows above
    show_chart(plots.cell_heatmaps({k: np.asarray(v)[first:end] for k, v in panels.items()}, tokens, units,
                                   text=plot_text(), first_step=first), key=f"{task}_gates")
    st.caption(t(f"clf.gates_caption_{cell}") + (" " + t("clf.gates_forward") if bidirectional else ""))
