"""Zoo page (url `zoo`): every entry with its card, training curves, a sortable table, a zip download and
the Python and CLI snippets to load it. Reads cards and history.json only: no dataset needed."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import zoo
from pages.ui.charts import show_chart
from pages.ui.i18n import plot_text, t
from pages.ui.loader import entry_zip, load_facts, load_history
from pages.ui.shell import ensure_shell
from zoo import plots

METRICS = ("accuracy", "f1", "bleu", "bleu_lc")


def cell_of(model: Any) -> str:
    """The entry's cell for the table ('LSTM'); 'BoW' for a bag of words, which has none."""
    return "BoW" if model.config.architecture == "bow" else model.config.model_args.cell.upper()


def row(name: str, model: Any) -> dict[str, Any]:
    """One table row: the card's headline facts."""
    card = model.card
    metrics = card.get("metrics", {})
    return {t("zoo.col_name"): name, t("zoo.col_task"): t(f"task.{model.task}"),
            t("zoo.col_cell"): cell_of(model), t("zoo.col_dataset"): card.get("dataset", ""),
            t("zoo.col_split"): card.get("split", ""),
            **{m: metrics.get(m) for m in METRICS},
            t("zoo.col_params"): card.get("num_params"),
            t("zoo.col_size"): round(card.get("size_bytes", 0) / 1e6, 2),
            t("zoo.col_time"): card.get("train_time_s")}


def details(name: str, model: Any) -> None:
    """The card facts, training curves, download button and snippets of one entry."""
    card = model.card
    metrics = card.get("metrics", {})
    cols = st.columns(4)
    for col, key in zip(cols, [m for m in METRICS if isinstance(metrics.get(m), (int, float))][:2]):
        col.metric(key, f"{metrics[key]:.4f}" if metrics[key] <= 1 else f"{metrics[key]:.2f}")
    if card.get("num_params"):
        cols[2].metric(t("zoo.col_params"), f"{card['num_params']:,}")
    cols[3].metric(t("zoo.col_size"), f"{card.get('size_bytes', 0) / 1e6:.2f}")
    facts = [(t("zoo.split"), f"{card.get('split', '?')} ({card.get('n_eval', '?')})"),
             (t("zoo.train_time"), f"{card.get('train_time_s', '?')} s · {card.get('hardware', '?')}"),
             (t("zoo.language"), ", ".join(model.config.language) or "?"),
             (t("zoo.license"), card.get("license", "?"))]
    if card.get("baseline"):
        base = card["baseline"]
        facts.append((t("zoo.baseline"), base.get("name", "") + " · " + " · ".join(
            f"{k} {v:.4f}" for k, v in base.items() if isinstance(v, (int, float)))))
    st.markdown("\n".join(f"- **{k}**: {v}" for k, v in facts))
    history = load_history(name)
    if history:
        show_chart(plots.training_curves(history, t("zoo.curves_title", name=name), text=plot_text()),
                   key=f"zoo_curves_{name}")
    else:
        st.caption(t("zoo.no_history"))
    st.markdown(t("zoo.reproduce"))
    st.code(card.get("reproduce", f"# {t('zoo.no_reproduce')}"), language="bash")
    run = "m.translate([\"...\"])" if model.task == "translation" else "m.predict([\"...\"])"
    st.markdown(t("zoo.python"))
    st.code(f"import zoo\nm = zoo.load(\"{name}\")\nprint({run})\nprint(m.card[\"metrics\"])", language="python")
    st.markdown(t("zoo.cli"))
    verb = "translate" if model.task == "translation" else "predict"
    st.code(f"python -m zoo info {name}\npython -m zoo {verb} {name} \"...\" --json\npython -m zoo eval {name}",
            language="bash")
    st.download_button(t("zoo.download", name=name), data=entry_zip(model.folder, name), file_name=f"{name}.zip",
                       mime="application/zip", key=f"zoo_zip_{name}", on_click="ignore")
    with st.expander(t("zoo.card_text")):
        st.markdown(card.get("text", ""))


ensure_shell()
st.title(t("zoo.title"))
st.markdown(t("zoo.intro"))
names = zoo.list_models()
if not names:
    st.info(t("zoo.empty"))
    st.stop()
models, broken = {}, {}
for name in names:
    try:
        models[name] = load_facts(name)  # card and config, files checked; no weights loaded
    except zoo.ZooError as exc:
        broken[name] = str(exc)
for name, error in broken.items():
    st.error(t("page.load_failed", name=name, error=error))
if models:
    table = pd.DataFrame([row(n, m) for n, m in models.items()]).dropna(axis=1, how="all")  # no empty columns
    st.dataframe(table, hide_index=True)
    st.caption(t("zoo.table_caption"))
    tasks = {m.task for m in models.values()}
    missing = [task for task in ("sentiment", "spam", "translation") if task not in tasks]
    if missing:
        st.info(t("zoo.missing_tasks", tasks=", ".join(t(f"task.{task}") for task in missing)))
    for i, (name, model) in enumerate(models.items()):
        with st.expander(f"**{name}** — {t(f'task.{model.task}')}, {cell_of(model)}",
                         expanded=i == 0):
            details(name, model)
