"""Every app page renders in AppTest in both languages, and each page's main interaction draws its output.

All tests run on the test zoo (copies of the bundled entries plus tiny untrained sentiment and translation
entries, see tests/browser_support.py), so every page has an entry whatever the bundled zoo holds.
"""
from __future__ import annotations

import json
import re
import shutil
import string
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import zoo
from zoo.hub.registry import zoo_dir
from pages.ui.strings import PAIRS
from tests.browser_support import (  # noqa: F401 (test_zoo is a fixture)
    TINY_BOW, TINY_BOW_KO, TINY_LM, TINY_LM_KO, TINY_SENTIMENT, TINY_SENTIMENT_KO, TINY_TRANSLATOR, test_zoo,
    write_tiny_translator)
from zoo.format.card import read_card, render_card
from zoo.format.entry import read_config
from zoo.hub.publish import publish_local
from zoo.hub.registry import BUNDLED_DIR, entry_folder, read_index

APP = Path(__file__).resolve().parents[1] / "app.py"
PAGES = ["pages/home.py", "pages/sentiment.py", "pages/spam.py", "pages/translate.py", "pages/generate.py",
         "pages/lab.py", "pages/compare.py", "pages/order.py", "pages/zoo.py"]
TIMEOUT = 60  # the first run loads a model; the machine may be busy training
SPAM_TEXT = "CONGRATULATIONS! You have won a FREE 500 pound voucher. Text CLAIM to 87121 now to collect your prize."
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture(autouse=True)
def on_test_zoo(test_zoo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    monkeypatch.setenv("ZOO_DIR", str(test_zoo))
    return test_zoo


def open_page(page: str, lang: str = "en") -> AppTest:
    """The app in a language, run once, then switched to a page and run again."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["ui_lang"] = lang
    at.run()
    return at.switch_page(page).run() if page != PAGES[0] else at


def submit(at: AppTest, prefix: str, text: str) -> AppTest:
    """Type a text into a page's box (key PREFIX_text) and press its button (key PREFIX_submit)."""
    at.text_area(key=f"{prefix}_text").input(text)  # the box is a form: its text goes with the press, in one run
    return at.button(key=f"{prefix}_submit").click().run()


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def charts(at: AppTest) -> int:
    """How many plotly charts the page drew; each must be drawn without Streamlit's chart theme (show_chart),
    which cost the browser seconds per run."""
    drawn = at.get("plotly_chart")
    assert all(chart.proto.theme == "" for chart in drawn), [chart.proto.theme for chart in drawn]
    return len(drawn)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def spam_models() -> list[str]:
    """The bundled recurrent spam classifiers (the pickers leave the bag-of-words entries out)."""
    index = read_index(BUNDLED_DIR)
    return [n for n in zoo.list_models(task="spam", folder=BUNDLED_DIR) if index[n].get("architecture") != "bow"]


needs_spam = pytest.mark.skipif(not spam_models(), reason="no bundled spam entries (being retrained?)")


# --- the interface strings -------------------------------------------------------------------------------------

def test_every_page_url_is_its_file_name() -> None:
    # A first visit to /NAME on a fresh server is looked up among pages/*.py before app.py registers the
    # navigation: a url that is not a file name there showed Streamlit's "Page not found" dialog.
    from pages.ui.shell import PAGES as SPECS

    for spec in SPECS:
        assert spec.url_path in ("", Path(spec.path).stem), spec


def test_every_string_has_both_languages_with_the_same_placeholders() -> None:
    fields = lambda s: {f for _, f, _, _ in string.Formatter().parse(s) if f}  # noqa: E731
    for key, (en, ko) in PAIRS.items():
        assert en.strip() and ko.strip(), key
        assert fields(en) == fields(ko), key


def test_no_string_strikes_itself_through() -> None:
    # Markdown reads two tildes in a line as a strikethrough: "60~100배, ... 5~20배" was drawn struck through.
    for key, pair in PAIRS.items():
        for text in pair:
            assert not re.search(r"~[^~\n]+~", text), key


def test_every_string_key_the_pages_use_exists() -> None:
    root = APP.parent
    used = set()
    for path in [APP, *root.glob("pages/**/*.py")]:
        used |= set(re.findall(r'\bt\("([^"]+)"', path.read_text(encoding="utf-8")))
    assert used and not used - set(PAIRS)


# --- every page, both languages ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("page", PAGES)
def test_page_renders_in_both_languages(page: str, lang: str) -> None:
    at = open_page(page, lang)
    no_exception(at)
    assert at.title
    assert bool(HANGUL.search(at.title[0].value)) == (lang == "ko")
    assert at.sidebar.radio(key="ui_lang_widget").value == ("한국어" if lang == "ko" else "English")


def test_lang_query_parameter_picks_korean_on_a_first_visit() -> None:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["lang"] = "ko"
    at = at.run()
    no_exception(at)
    assert at.title[0].value == PAIRS["home.title"][1]


def test_sidebar_switches_language_and_it_sticks_across_pages() -> None:
    at = open_page("pages/spam.py")
    at = at.sidebar.radio(key="ui_lang_widget").set_value("한국어").run()
    assert at.title[0].value == PAIRS["spam.title"][1]
    at = at.switch_page("pages/zoo.py").run()
    assert at.title[0].value == PAIRS["zoo.title"][1]


# --- home ----------------------------------------------------------------------------------------------------------

def test_home_teaches_on_the_live_model_and_links_every_page() -> None:
    at = open_page("pages/home.py")
    no_exception(at)
    assert charts(at) == 5  # unrolled cell, hidden states, prefixes, encoder-decoder, context vector
    assert any("W_x" in m.value for m in at.markdown)
    assert len(at.get("page_link")) == len(PAGES) - 1
    at = at.text_input(key="home_text").input("free prize waiting for you").run()
    no_exception(at)
    assert "free prize waiting for you" in at.code[0].value
    translators = zoo.list_models(task="translation")  # the test zoo: bundled ones plus the tiny one
    assert any(name in m.value for m in at.markdown for name in translators)  # the encoder-decoder part runs one


def test_home_empty_sentence_warns_and_keeps_the_lesson() -> None:
    at = open_page("pages/home.py")
    assert at.sidebar.selectbox[0].value.split(".")[1] in ("imdb", "sst2")  # a sentiment model reads...
    assert "film" in at.text_input(key="home_text").value  # ...a movie review, not an SMS
    at = at.text_input(key="home_text").input("  ").run()
    no_exception(at)
    assert any("empty" in w.value for w in at.warning)
    assert charts(at) == 5  # the lesson goes on, on the page's own sentence


# --- spam and sentiment (one shared page) ------------------------------------------------------------------------

@needs_spam
def test_spam_page_shows_label_and_charts() -> None:
    at = submit(open_page("pages/spam.py"), "spam", SPAM_TEXT)
    no_exception(at)
    assert metrics(at)["Prediction"] == "spam"
    assert charts(at) >= 4  # prefix curve, map, hidden states, gates (LSTM)
    assert at.session_state["spam_sentences"] == [SPAM_TEXT]


@needs_spam
def test_sidebar_offers_the_spam_models() -> None:
    at = open_page("pages/spam.py")
    assert at.sidebar.selectbox[0].options == spam_models()


@needs_spam
@pytest.mark.parametrize("name", spam_models())
def test_spam_page_works_with_every_spam_model(name: str) -> None:
    at = open_page("pages/spam.py")
    at.sidebar.selectbox[0].select(name).run()
    at = submit(at, "spam", "Running late, save me a seat please")
    no_exception(at)
    assert metrics(at)["Prediction"] in zoo.load(name).labels
    gated = not name.startswith("rnn.")
    cell = name.split(".")[0]
    assert gated == any(s.value == PAIRS.get(f"clf.cell_header_{cell}", ("",))[0] for s in at.subheader)


@needs_spam
def test_spam_input_problems_are_friendly_messages() -> None:
    at = submit(open_page("pages/spam.py"), "spam", "   ")
    no_exception(at)
    assert any("empty" in w.value.lower() for w in at.warning) and not at.metric
    at = submit(at, "spam", "Γεια σου! Θα έρθεις απόψε για φαγητό στο σπίτι μας;")
    assert any("not trained on" in w.value for w in at.warning)
    at = submit(at, "spam", "see you at the station tomorrow morning " * 60)
    assert any("only its first" in i.value for i in at.info)


@needs_spam
def test_spam_example_button_fills_and_classifies_in_korean() -> None:
    at = open_page("pages/spam.py", "ko")
    at = next(b for b in at.button if b.label == "점심 약속").click().run()
    assert at.text_area(key="spam_text").value.startswith("Are we still on for lunch")
    assert metrics(at)["예측"] == "ham"


def test_sentiment_page_classifies_and_draws_charts() -> None:
    at = open_page("pages/sentiment.py")
    at.sidebar.selectbox[0].select(TINY_SENTIMENT).run()
    at = submit(at, "sentiment", "a warm and funny film")
    no_exception(at)
    assert metrics(at)["Prediction"] in ("neg", "pos")
    assert charts(at) >= 4  # prefix curve, map, hidden states, gates
    assert at.session_state["sentiment_sentences"] == ["a warm and funny film"]


def test_sentiment_offers_korean_examples_for_a_korean_model() -> None:
    at = open_page("pages/sentiment.py")
    at.sidebar.selectbox[0].select(TINY_SENTIMENT_KO).run()
    helps = [b.help or "" for b in at.button]
    assert any(HANGUL.search(h) for h in helps)
    at = next(b for b in at.button if b.label == "Loved it").click().run()
    no_exception(at)
    assert HANGUL.search(at.text_area(key="sentiment_text").value)
    assert metrics(at)["Prediction"] in ("neg", "pos")


# --- translate -----------------------------------------------------------------------------------------------------

def test_translate_shows_output_candidates_map_interpolation_and_bleu() -> None:
    at = submit(open_page("pages/translate.py"), "translate", "ein mann fährt fahrrad")
    no_exception(at)
    assert at.success  # the translation
    assert charts(at) == 3  # step candidates, context map, BLEU by length
    at = at.button(key="tr_interp_go").click().run()
    no_exception(at)
    table = at.dataframe[-1].value
    assert len(table) == 5 and table["α"].tolist()[0] == "0.00"
    name = at.session_state["chosen_model_translation"]  # the widgets start at the beam of the entry's card
    assert at.toggle(key=f"tr_use_beam.{name}").value
    assert at.slider(key=f"tr_beam.{name}").value == read_config(entry_folder(name)).beam == 4
    at = at.toggle(key=f"tr_use_beam.{name}").set_value(False).run()
    no_exception(at)
    assert at.success and any("greedy" in c.value for c in at.caption)


def test_translate_picker_labels_every_direction_from_the_configs() -> None:
    """The narrow sidebar box cut 'gru-seq2seq.tatoeba-en-fr (en → f': a name that ends in its direction is the
    whole label, another gets the direction after it; the caption below says the chosen one in words."""
    at = open_page("pages/translate.py")
    expected = []
    for name in zoo.list_models(task="translation"):
        source, target = read_config(entry_folder(name)).language
        expected.append(name if name.endswith(f"-{source}-{target}") else f"{name} ({source} → {target})")
    assert at.sidebar.selectbox[0].options == expected
    assert max(len(label) for label in expected) <= 30
    at = at.sidebar.selectbox[0].select("gru-seq2seq.tatoeba-en-fr").run()
    assert any("English → French" in c.value for c in at.sidebar.caption)


def test_translate_without_atlas_or_bleu_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_tiny_translator(tmp_path / "entry")
    (folder / "atlas.json").unlink()
    card = read_card(folder / "README.md")
    (folder / "README.md").write_text(render_card({"license": "mit"}, {"metrics": {"bleu": 1.0}}, card["text"]))
    publish_local(folder, tmp_path / "zoo")
    monkeypatch.setenv("ZOO_DIR", str(tmp_path / "zoo"))
    at = submit(open_page("pages/translate.py", "ko"), "translate", "zwei hunde")
    no_exception(at)
    infos = [i.value for i in at.info]
    assert PAIRS["tr.no_atlas"][1] in infos and PAIRS["tr.bleu_missing"][1] in infos
    assert charts(at) == 2  # candidates, and a map of the example sentences instead of the atlas


# --- lab -----------------------------------------------------------------------------------------------------------

@pytest.mark.skipif("lstm.sms-spam" not in spam_models(), reason="no bundled lstm.sms-spam")
def test_lab_projects_compares_and_finds_neighbours() -> None:
    at = open_page("pages/lab.py")
    at.sidebar.selectbox[0].select("lstm.sms-spam").run()
    no_exception(at)
    assert charts(at) == 3  # PCA, t-SNE (12 example sentences), cosine matrix
    assert len(at.dataframe[0].value) == 12
    prefix = "lab_spam_en"
    at = submit(at, prefix, "win a free prize now\ncall me later\nfree cash prize, text now")
    no_exception(at)
    assert charts(at) == 2 and any("t-SNE" in i.value for i in at.info)
    nearest = at.dataframe[0].value
    assert nearest.iloc[0, 2].startswith("3.")  # 'win a free prize' is nearest to 'free cash prize'
    at = submit(at, prefix, "only one line")
    assert any("at least two" in w.value for w in at.warning)


def test_lab_works_with_a_translator_entry() -> None:
    at = open_page("pages/lab.py")
    at.sidebar.selectbox[0].select(TINY_TRANSLATOR).run()
    no_exception(at)
    assert charts(at) == 3  # 10 German example sentences: PCA, t-SNE, cosine


# --- compare -------------------------------------------------------------------------------------------------------

@needs_spam
def test_compare_runs_rnn_lstm_gru_side_by_side() -> None:
    at = open_page("pages/compare.py")
    box = at.selectbox(key="cmp_dataset")
    assert "RNN, LSTM, GRU" in box.options[0]  # a dataset with all three cells comes first
    at = box.set_value("sms-spam").run()
    at = submit(at, "compare", SPAM_TEXT)
    no_exception(at)
    assert len(at.metric) == len(spam_models())
    assert charts(at) == 3  # prefix curves, hidden-state norms, step influence
    assert all(m.value in ("ham", "spam") for m in at.metric)


# --- word order ------------------------------------------------------------------------------------------------------

def order_run(lang: str, dataset: str, text: str) -> AppTest:
    """/order in a language, on one dataset, with a sentence submitted."""
    at = open_page("pages/order.py", lang)
    at = at.selectbox(key="order_dataset").set_value(dataset).run()
    return submit(at, "order", text)


def test_order_page_scores_every_reordering_with_the_cells_and_the_bag_of_words() -> None:
    at = order_run("en", "tiny-review", "a warm and funny film but badly written and boring")
    no_exception(at)
    table = at.dataframe[0].value
    assert table["version"].tolist()[:2] == ["original", "shuffle 1"] and "clauses swapped" in table["version"].tolist()
    assert table["text"].tolist()[table["version"].tolist().index("clauses swapped")] == (
        "badly written and boring but a warm and funny film")
    assert {"LSTM", "BoW"} <= set(table.columns)
    same = table["same words?"] == PAIRS["order.same_yes"][0]
    assert same.all() and table.loc[same, "BoW"].nunique() == 1  # every reordering: the same bag-of-words score
    assert table["LSTM"].nunique() > 1  # the LSTM reads the order
    assert charts(at) == 3  # every version's bars, the bag of words' per-word parts, the prefix curves
    assert any(PAIRS["order.bars_caption"][0][:30] in m.value for m in at.markdown)
    pairs = at.dataframe[1].value.set_index("entry")
    assert pairs.loc[TINY_BOW, "pair accuracy"] == "20.0%" and pairs.loc[TINY_SENTIMENT, "pair accuracy"] == "—"
    assert TINY_SENTIMENT_KO not in pairs.index  # only the models of the dataset's language
    at = at.selectbox(key="order_curve_variant").set_value(1).run()  # the first shuffle's curve instead
    no_exception(at)
    assert charts(at) == 3


def test_order_page_in_korean_swaps_clauses_around_the_ending() -> None:
    at = open_page("pages/order.py", "ko")
    box = at.selectbox(key="order_dataset")
    assert read_config(entry_folder(next(n for n in zoo.list_models() if n.endswith("." + box.value)))).language == [
        "ko"]  # a Korean interface offers a Korean dataset first
    at = box.set_value("tiny-nsmc").run()
    at = next(b for b in at.button if b.label == "좋았지만 지루함").click().run()  # an example button
    no_exception(at)
    assert at.title[0].value == PAIRS["order.title"][1]
    table = at.dataframe[0].value
    row = table[table["변형"] == "절 바꾸기"].iloc[0]
    assert row["텍스트"] == "스토리가 너무 지루했지만 연기는 좋았다" and row["같은 단어?"] == PAIRS["order.same_no"][1]
    assert {"GRU", "BoW"} <= set(table.columns) and charts(at) == 3
    pairs = at.dataframe[1].value
    shown = dict(zip(pairs["모델"], pairs["쌍 정확도"]))
    assert shown[TINY_BOW_KO] == "—"  # its card has no minimal-pair figures
    for name, value in shown.items():  # the bundled entries show their cards' figures
        card = read_card(entry_folder(name) / "README.md")
        if "minimal_pairs" in card:
            assert value == f"{100 * card['minimal_pairs']['pair_accuracy']:.1f}%"


def test_order_page_with_one_word_or_an_empty_text_says_so() -> None:
    at = order_run("en", "tiny-review", "wonderful")
    no_exception(at)
    assert any(PAIRS["order.no_variants"][0] == i.value for i in at.info) and len(at.dataframe[0].value) == 1
    at = submit(at, "order", "   ")
    assert any("empty" in w.value for w in at.warning)


def test_order_page_without_a_bag_of_words_uses_the_cells_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               on_test_zoo: Path) -> None:
    from tests.tiny_entries import REVIEWS, write_tiny_classifier

    publish_local(write_tiny_classifier(tmp_path / "gru.solo", "gru.solo", REVIEWS, "en", "gru"), tmp_path / "zoo")
    monkeypatch.setenv("ZOO_DIR", str(tmp_path / "zoo"))
    at = submit(open_page("pages/order.py"), "order", "a warm film but a dull plot")
    no_exception(at)
    assert any("bow.solo" in w.value for w in at.warning)
    assert "BoW" not in at.dataframe[0].value.columns and charts(at) == 2  # no per-word parts without one


def test_the_sidebar_pickers_offer_no_bag_of_words_entry() -> None:
    for page in ("pages/sentiment.py", "pages/spam.py", "pages/home.py", "pages/lab.py"):
        at = open_page(page)
        no_exception(at)
        options = at.sidebar.selectbox[0].options
        assert options and not [o for o in options if o.startswith("bow.")], page


# --- zoo -----------------------------------------------------------------------------------------------------------

def test_zoo_page_lists_every_entry_with_card_curves_download_and_snippets(on_test_zoo: Path) -> None:
    at = open_page("pages/zoo.py", "ko")
    no_exception(at)
    names = zoo.list_models()
    assert sorted(name for frame in at.dataframe for name in frame.value.iloc[:, 0]) == names  # two tables
    assert charts(at) == 1 and len(at.get("download_button")) == 1  # one entry in full at a time
    for name in (TINY_TRANSLATOR, TINY_SENTIMENT):
        at = at.selectbox(key="zoo_entry").select_index(names.index(name)).run()
        no_exception(at)
        codes = [c.value for c in at.code]
        assert any(f'zoo.load("{name}")' in c for c in codes) and any(c.startswith(f"python -m zoo info {name}")
                                                                     for c in codes)
        assert charts(at) == 1 and len(at.get("download_button")) == 1


def test_zoo_tables_show_the_tfidf_rival_and_readable_cells(on_test_zoo: Path) -> None:
    at = open_page("pages/zoo.py")
    no_exception(at)
    classifiers, translators = (frame.value for frame in at.dataframe[:2])  # then the language models
    assert "rival acc." in classifiers.columns and "BLEU" in translators.columns
    assert "accuracy" not in translators.columns and "BLEU" not in classifiers.columns  # no column of empty cells
    rival = classifiers.set_index(classifiers.columns[0])["rival acc."]
    assert rival["lstm.imdb"] == pytest.approx(read_card(entry_folder("lstm.imdb") / "README.md")["baseline"]["accuracy"])
    shown = b"".join(frame.proto.arrow_data.styler.display_values for frame in at.dataframe)
    assert b"None" not in shown and b"nan" not in shown and " min".encode() in shown  # a dash; minutes, not "5133.0"


def test_zoo_table_shows_minimal_pairs_next_to_the_bag_of_words_and_the_ece(on_test_zoo: Path) -> None:
    at = open_page("pages/zoo.py")
    no_exception(at)
    classifiers = at.dataframe[0].value.set_index(at.dataframe[0].value.columns[0])
    for column in ("order pairs acc.", "pair acc.", "BoW pair acc.", "ECE"):
        assert column in classifiers.columns
    card = read_card(entry_folder("lstm.sst2") / "README.md")
    if "minimal_pairs" in card:  # the bundled card's own figures, as the table shows them
        assert classifiers.loc["lstm.sst2", "pair acc."] == pytest.approx(card["minimal_pairs"]["pair_accuracy"])
        assert classifiers.loc["lstm.sst2", "BoW pair acc."] == pytest.approx(
            card["minimal_pairs"]["bow"]["pair_accuracy"])
        assert classifiers.loc["lstm.sst2", "ECE"] == pytest.approx(card["calibration"]["ece_after"])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_verdict_says_a_calibrated_model_can_be_confidently_wrong(on_test_zoo: Path, lang: str) -> None:
    at = submit(open_page("pages/sentiment.py", lang), "sentiment", "great, actually not good")
    no_exception(at)
    assert any(c.value == PAIRS["clf.confident_wrong"][lang == "ko"] for c in at.caption)
    assert any(link.proto.page.endswith("order") or "order" in link.proto.page for link in at.get("page_link"))
    at = submit(open_page("pages/spam.py", lang), "spam", "WINNER! claim your prize")
    assert any(c.value == PAIRS["clf.confident_wrong_spam"][lang == "ko"] for c in at.caption)


# --- an empty zoo ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ko"])
def test_pages_say_so_when_the_zoo_has_no_models(lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOO_DIR", str(tmp_path))  # an empty zoo
    for page in PAGES:
        at = open_page(page, lang)
        no_exception(at)
        assert at.info or at.sidebar.warning, page
    at = open_page("pages/translate.py", lang)
    assert any(PAIRS["task.translation"][lang == "ko"] in w.value for w in at.sidebar.warning)


def test_a_broken_entry_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               on_test_zoo: Path) -> None:
    shutil.copytree(on_test_zoo, tmp_path / "zoo")
    (tmp_path / "zoo" / TINY_SENTIMENT / "model.safetensors").write_bytes(b"not weights")
    monkeypatch.setenv("ZOO_DIR", str(tmp_path / "zoo"))
    at = open_page("pages/zoo.py")
    no_exception(at)
    assert any(TINY_SENTIMENT in e.value for e in at.error)


def test_server_start_warms_up_the_default_model_of_each_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """`streamlit run app.py` finds app.py's st.App (whose lifespan starts the warm-up); the warm-up loads the
    model each page starts with into the app's model caches (first the classifier pages' on NumPy, then every
    page's on torch, which the classifier pages use from then on), so a page run finds it there."""
    from streamlit.web.server.app_discovery import discover_asgi_app

    from pages.ui import loader
    from pages.ui.shell import CLASSIFIER_TASKS
    from pages.ui.shell import PAGES as SPECS
    from pages.ui.sidebar import available_models, default_model
    from pages.ui.warm_up import warm_up_light, warm_up_torch

    assert discover_asgi_app(APP).import_string == "app:app"
    on_numpy = {default_model(available_models(s.tasks)) for s in SPECS if s.tasks and set(s.tasks) <= set(CLASSIFIER_TASKS)}
    on_torch = {default_model(available_models(s.tasks)) for s in SPECS if s.tasks and not set(s.tasks) <= set(CLASSIFIER_TASKS)}
    assert {zoo.load(n).config.task for n in on_numpy | on_torch} == {"sentiment", "spam", "translation",
                                                                      "language-model"}
    loader._load.clear()
    monkeypatch.setattr(loader, "_TORCH_IMPORTED", threading.Event())  # as in a fresh server process
    assert sorted(warm_up_light()) == sorted(on_numpy)
    assert all(loader.load_classifier(name).backend == "numpy" for name in on_numpy)
    assert sorted(warm_up_torch()) == sorted(on_numpy | on_torch)

    def no_loading(name: str, **kwargs) -> None:
        raise AssertionError(f"{name} was loaded again")

    monkeypatch.setattr(zoo, "load", no_loading)
    for name in on_numpy:  # once torch is imported, the classifier pages run on it; served from the cache
        assert loader.load_classifier(name).backend == "torch" and loader.load_classifier(name).name == name
    for name in on_torch:
        assert loader.load_model(name).name == name


# --- the model picked holds across pages (issue 23) ------------------------------------------------------------------

def test_a_model_picked_on_one_page_is_the_one_every_page_of_its_task_opens_with() -> None:
    at = open_page("pages/home.py")
    assert "lstm.sst2" in at.sidebar.selectbox[0].options
    at = at.sidebar.selectbox[0].select("lstm.sst2").run()
    at = at.switch_page("pages/sentiment.py").run()
    assert at.sidebar.selectbox[0].value == "lstm.sst2"  # picked on Home, a sentiment model
    at = at.switch_page("pages/lab.py").run()
    assert at.sidebar.selectbox[0].value == "lstm.sst2"
    at = at.switch_page("pages/spam.py").run()
    at = at.sidebar.selectbox[0].select("gru.sms-spam").run()
    at = at.switch_page("pages/home.py").run()
    assert at.sidebar.selectbox[0].value == "gru.sms-spam"  # the newest pick among Home's tasks
    at = at.switch_page("pages/sentiment.py").run()
    assert at.sidebar.selectbox[0].value == "lstm.sst2"  # the sentiment pick still holds there


def test_sentiment_page_on_a_long_review_thins_windows_and_shows_both_directions_and_the_cell_state() -> None:
    at = open_page("pages/sentiment.py")
    at = at.sidebar.selectbox[0].select("lstm.imdb").run()  # bidirectional LSTM, reads its limit, head and tail
    limit = json.loads((zoo_dir() / "lstm.imdb" / "config.json").read_text())["max_tokens"]
    review = " ".join(["the film is warm and funny but the plot drags and the ending is flat ."] * (limit // 10))
    at = submit(at, "sentiment", review)
    no_exception(at)
    said = [i.value.replace(",", "") for i in at.info]
    assert any(f"first {limit // 2} tokens and its last {limit // 2} ({limit} in all)" in s for s in said), said
    assert metrics(at)["Tokens (time steps)"].replace(",", "") == str(limit)
    assert at.slider(key="sentiment_window").value == limit - 160 + 1  # the heat maps draw the last 160 steps
    figures = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    prefix, _, hidden, cell = figures
    assert len(prefix["data"][0]["x"]) <= 100  # the per-prefix curve: thinned, not every re-read prefix
    titles = [a["text"] for a in hidden["layout"]["annotations"]]
    assert len(hidden["data"]) == 2 and titles[0].startswith("forward") and titles[1].startswith("backward")
    z = hidden["data"][0]["z"]  # plotly writes arrays as {"dtype", "bdata", "shape"}
    assert (z["shape"].replace(" ", "") if isinstance(z, dict) else f"{len(z)},{len(z[0])}") == "16,160"
    panels = [a["text"] for a in cell["layout"]["annotations"]]
    assert panels == ["forget gate f_t", "input gate i_t", "cell candidate g_t", "cell state c_t", "output gate o_t",
                      "hidden state h_t"]
    assert all(trace["y"] == hidden["data"][0]["y"] for trace in cell["data"])  # the forward panel's units


def test_korean_gate_titles_and_metric_names_are_korean() -> None:
    at = open_page("pages/sentiment.py", "ko")
    at = at.sidebar.selectbox[0].select("lstm.imdb").run()
    assert any("정확도" in c.value for c in at.sidebar.caption)  # not "accuracy"
    at = submit(at, "sentiment", "배우들의 연기가 정말 훌륭했다")
    cell = json.loads(at.get("plotly_chart")[-1].proto.spec)
    titles = [a["text"] for a in cell["layout"]["annotations"]]
    assert titles and all(HANGUL.search(t) and not re.search(r"\b(input|forget|output|cell candidate)\b", t)
                          for t in titles), titles


def test_translate_says_what_each_translator_was_trained_on_with_examples_from_there() -> None:
    at = open_page("pages/translate.py")
    at = at.sidebar.selectbox[0].select("gru-seq2seq.tatoeba-en-fr").run()
    assert any("Trained on Tatoeba" in i.value for i in at.info)
    helps = [b.help or "" for b in at.button if (b.key or "").startswith("translate_ex")]
    assert "Where did you put my keys?" in helps and not any("Two dogs" in h for h in helps)
    at = at.sidebar.selectbox[0].select("gru-seq2seq.tatoeba-en-ko").run()
    assert any("Trained on Tatoeba" in i.value and "small set" in i.value for i in at.info)  # 5,162 pairs
    at = at.sidebar.selectbox[0].select("gru-seq2seq.multi30k-en-de").run()
    assert any("Trained on Multi30k" in i.value for i in at.info)
    at = next(b for b in at.button if b.label == "Long one").click().run()
    no_exception(at)
    assert any("context vector" in c.value and "BLEU by source length" in c.value for c in at.caption)


# --- next word (language models) --------------------------------------------------------------------------------------

PROMPTS = {"en": "the acting was great , but the", "ko": "배우들의 연기가 정말"}


def lm_picked(at: AppTest) -> str:
    """The language model the sidebar picked (read from the state: in AppTest the box's label is formatted in the
    test's language, not the page's)."""
    return at.session_state["chosen_model_language-model"]


def continuation(at: AppTest) -> str:
    """The text the Generate button wrote (the page's one success box: the beginning in bold, then the rest)."""
    assert len(at.success) == 1, [s.value for s in at.success]
    return at.success[0].value


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_generate_page_predicts_every_step_and_writes_the_same_text_for_the_same_seed(lang: str) -> None:
    at = open_page("pages/generate.py", lang)
    no_exception(at)
    picked = lm_picked(at)
    assert read_config(entry_folder(picked)).language == [lang]  # the interface's language picks the model's
    assert any(("movie reviews" if lang == "en" else "영화 리뷰로만") in i.value for i in at.info)
    assert charts(at) == 0 and any(i.value == PAIRS["gen.prompt"][lang == "ko"] for i in at.info)
    at = submit(at, "generate", PROMPTS[lang])
    no_exception(at)
    assert charts(at) == 3  # the next token, the top-k after every step, the surprisal of each written token
    assert len(at.dataframe[0].value) == at.slider(key="gen_k").value == 5  # the next-token table
    figures = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    steps = figures[1]["data"][0]
    model = zoo.load(picked)
    tokens = model.trace(PROMPTS[lang])["tokens"]
    assert len(steps["x"]) == len(tokens) + 1  # one output per step: after <s> and after each token (many-to-many)
    assert len(figures[2]["data"][0]["x"]) == len(tokens)  # one surprisal per token written
    assert set(metrics(at)) == {PAIRS[k][lang == "ko"] for k in ("gen.mean_bits", "gen.perplexity",
                                                                 "gen.most_surprising")}
    assert bool(HANGUL.search(at.header[0].value)) == (lang == "ko")
    at.number_input(key="gen_seed").set_value(11)
    at = at.button(key="gen_sample").click().run()
    no_exception(at)
    first = continuation(at)
    assert first.startswith("**") and charts(at) == 4  # and the hidden state over the generated steps
    at = at.button(key="gen_sample").click().run()
    assert continuation(at) == first  # the same seed, the same text
    at = at.slider(key="gen_k").set_value(3).run()  # another widget: the text stays
    assert continuation(at) == first
    texts = {first}
    for seed in (12, 13, 14):
        at.number_input(key="gen_seed").set_value(seed)
        texts.add(continuation(at.button(key="gen_sample").click().run()))
    assert len(texts) > 1  # the seed matters


def test_the_pages_markdown_escape_leaves_no_markup() -> None:
    from pages.ui.generate_view import escape, written_on

    text = "*a* _b_ [c](d) $x$ :smile: &amp; <b>1.</b> # ~~e~~ `f` \\ |g|"
    escaped = escape(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text  # every mark escaped, nothing else changed
    assert not re.search(r"(?<!\\)[*_\[\]()$:&<>#~`|]", escaped)
    assert escape("a\n\n\nb") == "a  \nb"  # one hard line break, no new paragraph to cut the bold in two
    assert written_on(" it was bad. ", "I loved") == "**it was bad\\.\u200b**I loved"


def test_own_script_share_gives_english_away_to_a_korean_model() -> None:
    from pages.ui.generate_view import own_script_share

    assert own_script_share("this movie was fun", "ko") == 0 and own_script_share("this movie was fun", "en") == 1
    assert own_script_share("영화 fun", "ko") == pytest.approx(2 / 5)
    assert own_script_share("10/10 !!", "ko") is None and own_script_share("un film", "fr") is None


def test_generate_page_greedy_writing_is_the_entrys_own_greedy_text() -> None:
    at = submit(open_page("pages/generate.py"), "generate", PROMPTS["en"])
    at.slider(key="gen_temperature").set_value(0.0)
    at.slider(key="gen_max_tokens").set_value(12)
    at = at.button(key="gen_sample").click().run()
    no_exception(at)
    from pages.ui.generate_view import escape

    written = zoo.load(lm_picked(at)).generate(PROMPTS["en"], max_tokens=12, temperature=0)
    assert continuation(at) == f"**{escape(PROMPTS['en'])}\u200b**{escape(written)}"  # the bold closes (browser test)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_generate_page_bad_input_gets_a_message_not_a_traceback(lang: str) -> None:
    at = submit(open_page("pages/generate.py", lang), "generate", "   ")
    no_exception(at)
    assert [w.value for w in at.warning] == [PAIRS["input.empty"][lang == "ko"]] and charts(at) == 0
    assert not [b for b in at.button if b.key == "gen_sample"]  # nothing to write on from
    wrong = PROMPTS["ko"] if lang == "en" else "😀😀 \u202e 🎬🍿"
    at = submit(at, "generate", wrong)  # a script the model never learned: mostly byte tokens
    no_exception(at)
    unknown = "characters the model never learned" if lang == "en" else "배운 적 없는 문자"
    assert any(unknown in w.value for w in at.warning) and charts(at) == 3
    at = submit(at, "generate", PROMPTS["en" if lang == "ko" else "ko"])  # the other language
    no_exception(at)
    trained = {"en": ("English", "영어"), "ko": ("Korean", "한국어")}[read_config(entry_folder(lm_picked(at))).language[0]]
    assert [w for w in at.warning if trained[lang == "ko"] in w.value] and charts(at) == 3  # in bytes, or in letters
    # the Korean model's vocabulary has Latin letters (few bytes), so it is the script that gives English away
    at = submit(at, "generate", "the film was warm and funny . " * 400)  # far more than the model reads
    no_exception(at)
    n = zoo.load(lm_picked(at)).config.max_tokens
    assert PAIRS["input.truncated_tail"][lang == "ko"].format(n=n) in [i.value for i in at.info]


def test_generate_page_picks_among_the_language_models_by_language() -> None:
    at = open_page("pages/generate.py")
    options = at.sidebar.selectbox[0].options
    assert f"{TINY_LM} (English)" in options and f"{TINY_LM_KO} (한국어)" in options  # as the language switch
    assert options == [f"{n} ({'한국어' if n.endswith('ko') else 'English'})"
                       for n in zoo.list_models(task="language-model")]
    at = at.sidebar.selectbox[0].select(TINY_LM_KO).run()
    no_exception(at)
    assert any("perplexity per token" in c.value for c in at.sidebar.caption)
    assert not any(re.search(r"\b(n|tokens|words) \d", c.value) for c in at.sidebar.caption)  # counts are not scores
    assert at.text_area(key="generate_text").label == PAIRS["gen.box"][0].format(language="Korean")


def test_zoo_page_lists_the_language_models_with_their_perplexity(on_test_zoo: Path) -> None:
    at = open_page("pages/zoo.py")
    no_exception(at)
    assert len(at.dataframe) == 3 and at.subheader[2].value == "Language models"
    table = at.dataframe[2].value.set_index("entry")
    assert sorted(table.index) == zoo.list_models(task="language-model")
    assert list(table.columns) == ["language", "dataset", "perplexity per token", "perplexity per word", "size (MB)",
                                   "params"]
    for name in table.index:
        card = read_card(entry_folder(name) / "README.md")
        assert table.loc[name, "perplexity per word"] == pytest.approx(card["metrics"]["word_perplexity"])
        assert table.loc[name, "params"] == card["num_params"]
    assert table.loc[TINY_LM_KO, "language"] == "Korean"
    names = zoo.list_models()
    at = at.selectbox(key="zoo_entry").select_index(names.index(TINY_LM)).run()
    no_exception(at)
    codes = [c.value for c in at.code]
    assert any('m.generate("...", seed=0)' in c for c in codes)
    assert any(c.startswith(f"python -m zoo info {TINY_LM}\npython -m zoo generate {TINY_LM}") for c in codes)
