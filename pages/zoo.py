"""Zoo page (url `zoo`): every entry in sortable tables (classifiers with their TF-IDF rival, translators, language
models with their perplexity),
then one chosen entry's card, training curves, zip download and the Python and CLI snippets to load it. Reads
cards and history.json only: no dataset needed. Cards differ in what they carry (bag-of-words entries, new keys):
a missing value is an empty cell."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import zoo
from pages.ui.charts import show_chart
from pages.ui.i18n import language_name, metric_name, plot_text, t
from pages.ui.loader import entry_zip, load_facts, load_history
from pages.ui.shell import ensure_shell
from zoo import plots

METRICS = ("accuracy", "f1", "bleu", "bleu_lc", "perplexity", "word_perplexity")
CLASSIFIER_METRICS, TRANSLATOR_METRICS = ("accuracy", "f1"), ("bleu", "bleu_lc")
LM_METRICS = ("perplexity", "word_perplexity")  # per token and per word: lower is better
LANGUAGE_MODEL = "language-model"
SNIPPET = {"translation": ('m.translate(["..."])', "translate"),  # task: (the Python call, the CLI verb)
           LANGUAGE_MODEL: ('m.generate("...", seed=0)', "generate")}
ROW_PX = 35  # st.dataframe's row height: the tables are as tall as their rows, none hidden behind a scroll bar
MISSING = -1.0  # a value a card does not give: shown as "—" (the grid writes "None" for an empty cell whatever the
# table's own formatting says), sorted below every real value (all of them are counts, sizes or scores >= 0)


def cell_of(model: Any) -> str:
    """The entry's cell for the table ('LSTM'); 'BoW' for a bag of words, which has none."""
    return "BoW" if model.config.architecture == "bow" else model.config.model_args.cell.upper()


def number(value: Any) -> float | None:
    """A card value as a number, None when it is missing or not a number (cards differ in what they carry)."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def duration(seconds: Any) -> str:
    """Training time in words: '45 s', '27 min', '1 h 26 min'; '—' when the card does not say."""
    s = number(seconds)
    if s is None:
        return "—"
    if s < 60:
        return f"{s:.0f} s"
    minutes = round(s / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def row(name: str, model: Any) -> dict[str, Any]:
    """One table row: the card's headline facts, numbers as numbers (None when a card lacks one)."""
    card = model.card
    metrics = card.get("metrics") or {}
    translator = model.task == "translation"
    out = {t("zoo.col_name"): name, t("zoo.col_task"): t(f"task.{model.task}"),
           t("zoo.col_cell"): cell_of(model), t("zoo.col_dataset"): card.get("dataset") or model.config.dataset,
           t("zoo.col_split"): card.get("split") or "—"}
    out.update({metric_name(m): number(metrics.get(m))
                for m in (TRANSLATOR_METRICS if translator else CLASSIFIER_METRICS)})
    if not translator:  # the TF-IDF rival on the same split (card zoo block: baseline)
        rival = card.get("baseline") if isinstance(card.get("baseline"), dict) else {}
        out.update({t(f"zoo.col_rival_{m}"): number(rival.get(m)) for m in CLASSIFIER_METRICS})
        pairs = card.get("minimal_pairs") if isinstance(card.get("minimal_pairs"), dict) else {}
        bow = pairs.get("bow") if isinstance(pairs.get("bow"), dict) else {}
        calibration = card.get("calibration") if isinstance(card.get("calibration"), dict) else {}
        out.update({t("zoo.col_pairs_accuracy"): number(pairs.get("accuracy")),
                    t("zoo.col_pair_accuracy"): number(pairs.get("pair_accuracy")),
                    t("zoo.col_bow_pair_accuracy"): number(bow.get("pair_accuracy")),
                    t("zoo.col_ece"): number(calibration.get("ece_after"))})
    size = number(card.get("size_bytes"))
    out.update({t("zoo.col_params"): number(card.get("num_params")),
                t("zoo.col_size"): None if size is None else size / 1e6,
                t("zoo.col_time"): number(card.get("train_time_s"))})
    return out


def lm_row(name: str, model: Any) -> dict[str, Any]:
    """One language model's row: name, language, perplexity per token and per word (the card's), size, parameters."""
    card = model.card
    metrics = card.get("metrics") or {}
    size = number(card.get("size_bytes"))
    out = {t("zoo.col_name"): name, t("zoo.language"): ", ".join(language_name(c) for c in model.config.language),
           t("zoo.col_dataset"): ", ".join(str(d) for d in card.get("train_datasets") or [model.config.dataset])}
    out.update({metric_name(m): number(metrics.get(m)) for m in LM_METRICS})
    out.update({t("zoo.col_size"): None if size is None else size / 1e6,
                t("zoo.col_params"): number(card.get("num_params"))})
    return out


def _shown(form: Any) -> Any:
    """A cell format that writes MISSING as a dash."""
    return lambda v: "—" if v == MISSING else (form(v) if callable(form) else form.format(v))


def table(rows: list[dict[str, Any]]) -> Any:
    """The rows as a sortable table: numbers stay numbers (sorting works), shown rounded, '—' where a card is
    silent, training time in minutes or hours."""
    frame = pd.DataFrame(rows)
    numeric = [c for c in frame.columns if frame[c].dtype.kind in "fi" or frame[c].isna().all()]
    frame[numeric] = frame[numeric].astype(float).fillna(MISSING)
    formats = {c: "{:.3f}" for c in numeric}
    formats.update({metric_name(m): "{:.2f}" for m in TRANSLATOR_METRICS})  # BLEU is a score out of 100
    formats.update({metric_name(m): "{:,.1f}" for m in LM_METRICS})
    formats.update({t("zoo.col_params"): "{:,.0f}", t("zoo.col_size"): "{:.1f}", t("zoo.col_time"): duration})
    return frame.style.format({c: _shown(f) for c, f in formats.items() if c in frame.columns})


def show_table(rows: list[dict[str, Any]]) -> None:
    help_of = {t(f"zoo.col_rival_{m}"): t("zoo.rival_help") for m in CLASSIFIER_METRICS}
    help_of.update({t(f"zoo.col_{c}"): t(f"zoo.{c}_help")
                    for c in ("pairs_accuracy", "pair_accuracy", "bow_pair_accuracy", "ece")})
    help_of.update({metric_name(m): t(f"zoo.{m}_help") for m in LM_METRICS})
    st.dataframe(table(rows), hide_index=True, height=ROW_PX * (len(rows) + 1) + 3,
                 column_config={c: st.column_config.Column(c, help=h) for c, h in help_of.items()})


def details(name: str, model: Any) -> None:
    """The card facts, training curves, download button and snippets of one entry."""
    card = model.card
    metrics = card.get("metrics", {})
    cols = st.columns(4)
    for col, key in zip(cols, [m for m in METRICS if number(metrics.get(m)) is not None][:2]):
        col.metric(metric_name(key), f"{metrics[key]:.4f}" if metrics[key] <= 1 else f"{metrics[key]:.2f}")
    if card.get("num_params"):
        cols[2].metric(t("zoo.col_params"), f"{card['num_params']:,}")
    if number(card.get("size_bytes")) is not None:
        cols[3].metric(t("zoo.col_size"), f"{card['size_bytes'] / 1e6:.2f}")
    facts = [(t("zoo.split"), f"{card.get('split', '?')} ({card.get('n_eval', '?')})"),
             (t("zoo.train_time"), f"{duration(card.get('train_time_s'))} · {card.get('hardware', '?')}"),
             (t("zoo.language"), ", ".join(model.config.language) or "?"),
             (t("zoo.license"), card.get("license", "?"))]
    if isinstance(card.get("baseline"), dict):
        base = card["baseline"]
        facts.append((t("zoo.baseline"), str(base.get("name", "")) + " · " + " · ".join(
            f"{metric_name(k)} {v:.4f}" for k, v in base.items() if number(v) is not None)))
    st.markdown("\n".join(f"- **{k}**: {v}" for k, v in facts))
    history = load_history(name)
    if history:
        show_chart(plots.training_curves(history, t("zoo.curves_title", name=name), text=plot_text()),
                   key=f"zoo_curves_{name}")
    else:
        st.caption(t("zoo.no_history"))
    st.markdown(t("zoo.reproduce"))
    st.code(card.get("reproduce", f"# {t('zoo.no_reproduce')}"), language="bash")
    run, verb = SNIPPET.get(model.task, ('m.predict(["..."])', "predict"))
    st.markdown(t("zoo.python"))
    st.code(f"import zoo\nm = zoo.load(\"{name}\")\nprint({run})\nprint(m.card[\"metrics\"])", language="python")
    st.markdown(t("zoo.cli"))
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
    classifiers = [row(n, m) for n, m in models.items() if m.task not in ("translation", LANGUAGE_MODEL)]
    translators = [row(n, m) for n, m in models.items() if m.task == "translation"]
    language_models = [lm_row(n, m) for n, m in models.items() if m.task == LANGUAGE_MODEL]
    for header, rows in ((t("zoo.classifiers"), classifiers), (t("zoo.translators"), translators),
                         (t("zoo.language_models"), language_models)):
        if rows:  # one table per kind: each has only its own metrics, no column of empty cells
            st.subheader(header)
            show_table(rows)
    st.caption(t("zoo.table_caption"))
    tasks = {m.task for m in models.values()}
    missing = [task for task in ("sentiment", "spam", "translation") if task not in tasks]
    if missing:
        st.info(t("zoo.missing_tasks", tasks=", ".join(t(f"task.{task}") for task in missing)))
    st.subheader(t("zoo.details_header"))  # one entry at a time: every entry's chart at once took seconds to draw
    name = st.selectbox(t("zoo.pick"), list(models), key="zoo_entry",
                        format_func=lambda n: f"{n} — {t(f'task.{models[n].task}')}, {cell_of(models[n])}")
    details(name, models[name])
