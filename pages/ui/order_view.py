"""The Word order page (url `order`): the user's sentence and its reorderings (zoo.text.reorder), scored side by
side by one dataset's RNN, LSTM, GRU and bag of words; the bag of words' per-word reading; one recurrent model's
per-prefix curves of the original and a variant; and every model's record on the minimal pairs."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import zoo
from zoo import plots
from zoo.text.reorder import variants

from . import order_models as om
from .charts import show_chart
from .i18n import lang, plot_text, t
from .inputs import error_text, show_notices, trained_on
from .loader import load_classifier, load_facts
from .textbox import text_box

PROGRESS_WIDTH = 110  # pixels per model column of the verdict table: four of them and the text fit the page


def render() -> None:
    """Draw the whole page."""
    st.title(t("order.title"))
    st.markdown(t("order.intro"))
    found = om.lineups()
    if not found:
        st.info(t("order.no_models"))
        return
    choices = om.ordered(found, lang())
    dataset = st.selectbox(t("order.dataset"), choices, key="order_dataset", format_func=lambda d: found[d].label(),
                           help=t("order.dataset_help"))
    lineup = found[dataset]
    if lineup.bow is None:
        st.warning(t("order.no_bow", dataset=dataset))
    missing = [c.upper() for c in om.CELLS if c not in lineup.cells]
    if missing and lineup.cells:
        st.caption(t("order.missing", cells=", ".join(missing), dataset=dataset))
    text = text_box("order", t("order.box"), t("order.placeholder"), t("order.button"),
                    om.EXAMPLES.get(lineup.language, om.EXAMPLES["en"]))
    if text is None:
        st.info(t("order.prompt"))
        _minimal_pairs(lineup.language)
        return
    try:
        models = {name: load_classifier(name) for name in lineup.names}
    except zoo.ZooError as exc:
        st.error(str(exc))
        return
    rows = [{"kind": "original", "text": text, "how": "", "detail": {}, "same_words": True},
            *variants(text, lineup.language)]
    try:
        table = {name: om.scores(model, [r["text"] for r in rows]) for name, model in models.items()}
        first = next(iter(models.values()))
        show_notices(first.predict(text)[0], first.config, trained_on(first))
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        return
    labels = _labels(rows)
    positive = om.positive_of(first)
    _verdict(rows, labels, table, models, positive)
    if len(rows) == 1:
        st.info(t("order.no_variants"))
    else:
        show_chart(plots.variant_bars({_short_name(n): v for n, v in table.items()}, labels, [r["text"] for r in rows],
                                      t("order.bars_title", positive=positive), f"P({positive})", text=plot_text()),
                   key="order_bars")
        if lineup.bow:
            st.markdown(t("order.bars_caption"))
    left, right = st.columns(2)
    with left:
        if lineup.bow:
            _bow_reading(models[lineup.bow], text, positive)
    with right:
        if lineup.cells and len(rows) > 1:
            _prefix_curves(lineup, models, rows, labels, positive)
    _minimal_pairs(lineup.language)


def _labels(rows: list[dict[str, Any]]) -> list[str]:
    """Each row's name in the interface: original, shuffle 1, shuffle 2, ..., clauses swapped, negation moved."""
    out, shuffles = [], 0
    for row in rows:
        if row["kind"] == "shuffle":
            shuffles += 1
            out.append(t("order.kind.shuffle", n=shuffles))
        else:
            out.append(t(f"order.kind.{row['kind']}"))
    return out


def _note(row: dict[str, Any]) -> str:
    if row["kind"] == "original":
        return t("order.note.original")
    key = f"order.note.{row['kind']}.{row['how']}"
    try:
        return t(key, **{"marker": "", "first": "", "last": "", "word": "", "target": "", **row["detail"]})
    except KeyError:  # a rule this page does not word yet: the library's own English note
        return row.get("note", "")


def _short_name(name: str) -> str:
    """'lstm.imdb' -> 'LSTM', 'bow.imdb' -> 'BoW' (column and legend names; the full name is in the help)."""
    arch = name.partition(".")[0]
    return "BoW" if arch == "bow" else arch.upper()


def _verdict(rows: list[dict[str, Any]], labels: list[str], table: dict[str, list[float]], models: dict[str, Any],
             positive: str) -> None:
    """The table first (it needs no chart): every version's P(positive) under every model, then one line each."""
    st.subheader(t("order.verdict_header"))
    frame = {t("order.col_variant"): labels, t("order.col_text"): [r["text"] for r in rows],
             t("order.col_same"): [t("order.same_yes") if r["same_words"] else t("order.same_no") for r in rows]}
    config: dict[str, Any] = {t("order.col_same"): st.column_config.TextColumn(help=t("order.same_help"))}
    for name, values in table.items():
        column = _short_name(name)
        frame[column] = values
        negative = next((label for label in models[name].labels if label != positive), "?")
        config[column] = st.column_config.ProgressColumn(
            column, format="%.2f", min_value=0.0, max_value=1.0, width=PROGRESS_WIDTH,
            help=t("order.p_help", positive=positive, negative=negative, name=name))
    st.dataframe(pd.DataFrame(frame), hide_index=True, column_config=config)
    st.caption(t("order.verdict_caption", positive=positive))
    notes: dict[str, list[str]] = {}  # what each version changed: one line per kind of change
    for label, row in zip(labels[1:], rows[1:]):
        notes.setdefault(_note(row), []).append(label)
    if notes:
        st.markdown("\n".join(f"- **{', '.join(names)}**: {note}" for note, names in notes.items()))
    same = [i for i, r in enumerate(rows) if r["same_words"]]
    lines = []
    for name, values in table.items():
        picked = [values[i] for i in same]
        if name.startswith("bow.") and len(picked) > 1:
            lines.append(t("order.bow_same", name=name, n=len(picked) - 1, positive=positive, p=f"{picked[0]:.3g}"))
        elif len(picked) > 1:
            lines.append(t("order.spread", cell=_short_name(name), name=name, low=f"{min(picked):.3g}",
                           high=f"{max(picked):.3g}"))
    if lines:
        st.markdown("\n".join(f"- {line}" for line in lines))


def _bow_reading(bow: Any, text: str, positive: str) -> None:
    """The bag of words' per-word contributions to its logit for the original sentence."""
    st.subheader(t("order.bow_header"))
    trace = bow.trace(text)
    show_chart(plots.word_contributions(trace["tokens"], trace["contributions"], trace["intercept"],
                                        t("order.bow_title", name=bow.name), text=plot_text()), key="order_bow")
    st.caption(t("order.bow_caption", positive=trace["labels"][1], logit=f"{trace['logit']:+.3f}"))


def _prefix_curves(lineup: om.Lineup, models: dict[str, Any], rows: list[dict[str, Any]], labels: list[str],
                   positive: str) -> None:
    """P(positive) after each token of the original and one chosen variant, for one chosen recurrent model."""
    st.subheader(t("order.curves_header"))
    names = [lineup.cells[c] for c in om.CELLS if c in lineup.cells]
    default = next((n for n in names if n.startswith("lstm.")), names[0])
    c1, c2 = st.columns(2)
    name = c1.selectbox(t("order.curve_model"), names, index=names.index(default), key="order_curve_model")
    choices = list(range(1, len(rows)))
    preferred = next((i for i in choices if rows[i]["kind"] != "shuffle"), choices[0])
    index = c2.selectbox(t("order.curve_variant"), choices, index=choices.index(preferred), key="order_curve_variant",
                         format_func=lambda i: labels[i])
    model = models[name]
    try:
        original, variant = model.trace(rows[0]["text"]), model.trace(rows[index]["text"])
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        return
    k = list(original["labels"]).index(positive) if positive in original["labels"] else -1
    show_chart(plots.prefix_pair((labels[0], original["prefix_probs"][:, k], original["tokens"]),
                                 (labels[index], variant["prefix_probs"][:, k], variant["tokens"]),
                                 t("order.curves_title", name=name, positive=positive), f"P({positive})",
                                 text=plot_text()), key="order_curves")
    st.caption(t("order.curves_caption"))


def _minimal_pairs(language: str) -> None:
    """Every sentiment model of the language with its card's minimal-pair accuracy and pair accuracy."""
    st.subheader(t("order.pairs_header"))
    words = t(f"lang.{language}") if language in ("en", "ko", "de", "fr") else language
    st.markdown(t("order.pairs_text", language=words))
    rows = om.minimal_pair_rows(language, load_facts)
    if not rows:
        st.info(t("order.pairs_none", language=words))
        return
    dash = "—"
    frame = pd.DataFrame({
        t("order.col_model"): [r["name"] for r in rows],
        t("order.col_kind"): [t("order.bow") if r["cell"] == "bow" else str(r["cell"]).upper() for r in rows],
        t("order.col_dataset"): [r["dataset"] for r in rows],
        t("order.col_pairs"): [f"{r['n_pairs']:.0f}" if r["n_pairs"] is not None else dash for r in rows],
        t("order.col_accuracy"): [f"{r['accuracy']:.1%}" if r["accuracy"] is not None else dash for r in rows],
        t("order.col_pair_accuracy"): [f"{r['pair_accuracy']:.1%}" if r["pair_accuracy"] is not None else dash
                                       for r in rows]})
    st.dataframe(frame, hide_index=True)
    if any(r["pair_accuracy"] is None for r in rows):
        st.caption(t("order.pairs_missing"))
