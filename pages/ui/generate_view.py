"""Next-word page (url `generate`): a language model's next-token predictions after every step of the user's text
(many-to-many), the surprisal of each token written, and a seeded continuation with its hidden states (one-to-many).
The figures come from zoo.plots.language_model; this module reads widgets and lays the page out."""
from __future__ import annotations

import re
from typing import Any

import pandas as pd
import streamlit as st

import zoo
from zoo.plots import language_model as lm_plots

from .charts import show_chart
from .examples import lm_examples
from .i18n import language_name, plot_text, t
from .inputs import UNKNOWN_WARN, error_text, show_notices, trained_on
from .sidebar import require_facts, require_model
from .textbox import text_box

TASKS = ("language-model",)
PREFIX = "generate"  # the text box's keys: generate_text, generate_submit, generate_ex0...
REQUEST_KEY = "gen_request"  # the last Generate press: its text, model and settings
MAX_WRITE = 100  # the most tokens the page lets the model write (the entry allows more)
STATE_UNITS = 24  # hidden units drawn over the generated steps
DATASET_NAMES = {"imdb": "IMDB", "sst2": "SST-2", "nsmc": "NSMC"}
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark: markdown lets a backslash escape each
_LINE_BREAKS = re.compile(r"\s*\n\s*")
# the letters of each model language's own script: a text in another one is not what the model learned from, even
# where its vocabulary has tokens for it (the Korean model's has Latin letters: few of its tokens are bytes then)
SCRIPTS = {"ko": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"), "en": re.compile("[A-Za-z]")}
OWN_SCRIPT_WARN = 0.5  # below this share of its own script's letters the text is in another language


def escape(text: str) -> str:
    """Text to show inside markdown as it is: every ASCII punctuation mark backslash-escaped (no emphasis, link,
    entity, LaTeX or shortcode), each run of line breaks one hard line break."""
    return _LINE_BREAKS.sub("  \n", _PUNCTUATION.sub(r"\\\1", text))


def written_on(prompt: str, continuation: str) -> str:
    """Markdown of the beginning in bold and the model's continuation right after it (within a word, when the model
    went on with one). A zero-width space closes the bold: '**bad.**I' would not (CommonMark does not close
    emphasis between a punctuation mark and a letter)."""
    return f"**{escape(prompt.strip())}\u200b**{escape(continuation)}"


def own_script_share(text: str, language: str) -> float | None:
    """The share of the text's letters that are in the language's own script (Hangul for ko, Latin for en); None
    when the text has no letters or the language's script is not known here."""
    pattern = SCRIPTS.get(language)
    letters = [c for c in text if c.isalpha()]
    if pattern is None or not letters:
        return None
    return sum(bool(pattern.match(c)) for c in letters) / len(letters)


def data_names(card: dict[str, Any], dataset: str) -> str:
    """The datasets the model learned from, by name ('IMDB, SST-2'), from its card (else its config's dataset)."""
    names = card.get("train_datasets") or [dataset]
    return ", ".join(DATASET_NAMES.get(str(n), str(n)) for n in names if n)


def render() -> None:
    """Draw the whole page."""
    st.title(t("gen.title"))
    facts = require_facts(TASKS)  # the text box is drawn before the weights are loaded
    args = facts.config.model_args
    language = (list(facts.config.language) or ["en"])[0]
    st.caption(t("gen.caption", name=facts.name, cell=args.cell.upper(), layers=args.num_layers,
                 hidden=args.hidden_dim, vocab=args.vocab_size))
    st.info(t("gen.reviews_only", name=facts.name, data=data_names(facts.card, facts.config.dataset)))
    st.markdown(t("gen.intro", hidden=args.hidden_dim, vocab=args.vocab_size))
    k = st.slider(t("gen.k"), 3, 10, 5, key="gen_k", help=t("gen.k_help"))
    text = text_box(PREFIX, t("gen.box", language=language_name(language)), t("gen.placeholder"), t("gen.button"),
                    lm_examples(language), height=80)
    model = require_model(TASKS)
    if text is None:
        st.info(t("gen.prompt"))
    else:
        try:
            trace = model.trace(text, top_k=k)
        except zoo.ZooError as exc:  # an empty box
            st.warning(error_text(exc))
            trace = None
        if trace is not None and not trace["ids"]:
            st.warning(t("input.no_tokens"))
            trace = None
        if trace is not None:
            _notices(trace, model, text, language)
            _next(trace, k)
            _steps(trace, k)
            _surprisal(trace)
            _write(model, text)
    _shapes()


def _notices(trace: dict[str, Any], model: Any, text: str, language: str) -> None:
    """A long text's kept tail; a text mostly in bytes to the model, or in another script than its language's."""
    show_notices(trace, model.config, trained_on(model))
    share = own_script_share(text, language)
    if share is not None and share < OWN_SCRIPT_WARN and trace["unknown_share"] <= UNKNOWN_WARN:
        st.warning(t("gen.other_language", share=f"{share:.0%}", language=language_name(language), name=model.name))


def _next(trace: dict[str, Any], k: int) -> None:
    """The top-k next tokens after the whole text: bars and a table."""
    st.header(t("gen.next_header"))
    st.markdown(t("gen.next_text", n=len(trace["ids"]), k=k))
    left, right = st.columns([3, 2])
    with left:
        show_chart(lm_plots.next_token_bars(trace["top"][-1], t("gen.next_title"), text=plot_text()), key="gen_next")
    right.dataframe(pd.DataFrame({t("gen.col_token"): [lm_plots.visible(tok) for tok, _ in trace["top"][-1]],
                                  t("gen.col_p"): [round(p, 4) for _, p in trace["top"][-1]]}), hide_index=True)


def _steps(trace: dict[str, Any], k: int) -> None:
    """Many-to-many: the top-k after every step, the written token outlined."""
    st.header(t("gen.steps_header"))
    st.markdown(t("gen.steps_text"))
    show_chart(lm_plots.step_predictions(["<s>", *trace["tokens"]], trace["top"], trace["tokens"],
                                         t("gen.steps_title", k=k), text=plot_text()), key="gen_steps")
    st.caption(t("gen.steps_caption", k=k))


def _surprisal(trace: dict[str, Any]) -> None:
    """Each written token's surprisal, its mean and the text's perplexity."""
    st.header(t("gen.surprisal_header"))
    st.markdown(t("gen.surprisal_text"))
    bits = trace["surprisal"]
    mean = sum(bits) / len(bits)
    worst = max(range(len(bits)), key=bits.__getitem__)
    c1, c2, c3 = st.columns(3)
    c1.metric(t("gen.mean_bits"), t("gen.bits", bits=f"{mean:.2f}"))
    c2.metric(t("gen.perplexity"), f"{2 ** mean:,.1f}", help=t("gen.perplexity_help"))  # bits are at most ~40
    c3.metric(t("gen.most_surprising"), lm_plots.visible(trace["tokens"][worst]),
              t("gen.bits", bits=f"{bits[worst]:.1f}") + f" · p = {trace['probs'][worst]:.2g}", delta_color="off",
              help=t("gen.most_surprising_help"))
    show_chart(lm_plots.surprisal_bars(trace["tokens"], bits, trace["probs"], t("gen.surprisal_title"),
                                       text=plot_text()), key="gen_surprisal")


def _ask(text: str, name: str) -> None:
    """Generate button callback: remember the text, model and settings to write from."""
    st.session_state[REQUEST_KEY] = {"text": text, "name": name, "seed": int(st.session_state["gen_seed"]),
                                     "temperature": float(st.session_state["gen_temperature"]),
                                     "top_k": int(st.session_state["gen_top_k"]),
                                     "max_tokens": int(st.session_state["gen_max_tokens"])}


def _write(model: Any, text: str) -> None:
    """One-to-many: the settings, the Generate button, and the continuation with its hidden states."""
    st.header(t("gen.write_header"))
    st.markdown(t("gen.write_text"))
    c1, c2, c3, c4 = st.columns(4)
    c1.slider(t("gen.temperature"), 0.0, 2.0, 0.8, 0.1, key="gen_temperature", help=t("gen.temperature_help"))
    c2.slider(t("gen.top_k"), 0, 50, 0, key="gen_top_k", help=t("gen.top_k_help"))
    c3.slider(t("gen.max_tokens"), 5, MAX_WRITE, 30, key="gen_max_tokens")
    c4.number_input(t("gen.seed"), 0, 2**31 - 1, 0, key="gen_seed", help=t("gen.seed_help"))
    st.button(t("gen.generate"), type="primary", key="gen_sample", on_click=_ask, args=(text, model.name))
    asked = st.session_state.get(REQUEST_KEY)
    if not asked or asked["text"] != text or asked["name"] != model.name:
        st.info(t("gen.write_prompt"))
        return
    try:
        out = model.generate_steps(text, max_tokens=asked["max_tokens"], temperature=asked["temperature"],
                                   top_k=asked["top_k"], seed=asked["seed"])
    except zoo.ZooError as exc:
        st.warning(error_text(exc))
        return
    st.markdown(t("gen.continuation", name=model.name, seed=asked["seed"], temperature=asked["temperature"],
                  top_k=asked["top_k"]))
    st.success(written_on(text, out["text"]))
    if not out["ids"]:
        st.info(t("gen.ended_at_once"))
        return
    if out["ended"]:
        st.caption(t("gen.ended", n=len(out["ids"])))
    hidden = model.config.model_args.hidden_dim
    show_chart(lm_plots.generation_states(out["hidden"], out["tokens"], out["probs"], t("gen.states_title"),
                                          max_units=STATE_UNITS, text=plot_text()), key="gen_states")
    st.caption(t("gen.states_caption", units=min(STATE_UNITS, hidden), hidden=hidden))
    with st.expander(t("gen.tokens_table")):
        st.dataframe(pd.DataFrame({t("gen.col_step"): range(1, len(out["ids"]) + 1),
                                   t("gen.col_token"): [lm_plots.visible(tok) for tok in out["tokens"]],
                                   t("gen.col_p"): [round(p, 4) for p in out["probs"]]}), hide_index=True)


def _shapes() -> None:
    """Many-to-one vs many-to-many vs one-to-many, with a link to a classifier page."""
    st.header(t("gen.shapes_header"))
    st.markdown(t("gen.shapes_text"))
    st.page_link("pages/sentiment.py", label=t("gen.sentiment_link"), icon=":material/sentiment_satisfied:")

