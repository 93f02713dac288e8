"""Every app page renders in AppTest, and the Spam page classifies and draws its charts."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import zoo

APP = Path(__file__).resolve().parents[1] / "app.py"
PAGES = ["pages/home.py", "pages/spam.py"]
TIMEOUT = 60  # the first run loads a model; the machine may be busy training
SPAM_TEXT = "CONGRATULATIONS! You have won a FREE 500 pound voucher. Text CLAIM to 87121 now to collect your prize."


def open_page(page: str) -> AppTest:
    """The app, run once, then switched to a page and run again."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    return at.switch_page(page).run() if page != PAGES[0] else at


def classify(at: AppTest, text: str) -> AppTest:
    """Type a text on the Spam page and press Classify."""
    at.text_area(key="spam_text").input(text).run()
    return at.button(key="spam_classify").click().run()


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(page: str) -> None:
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title


def test_home_teaches_on_the_live_model_and_links_pages() -> None:
    at = open_page("pages/home.py")
    assert len(at.get("plotly_chart")) >= 2
    assert any("W_x" in m.value for m in at.markdown)
    assert at.get("page_link")


def test_sidebar_offers_the_spam_models() -> None:
    at = open_page("pages/spam.py")
    assert at.sidebar.selectbox[0].options == zoo.list_models(task="spam")


def test_spam_page_shows_label_and_charts() -> None:
    at = classify(open_page("pages/spam.py"), SPAM_TEXT)
    assert not at.exception, [e.value for e in at.exception]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Prediction"] == "spam"
    assert len(at.get("plotly_chart")) >= 3  # prefix curve, map, hidden states (+ gates for LSTM/GRU)
    assert at.session_state["spam_sentences"] == [SPAM_TEXT]


@pytest.mark.parametrize("name", zoo.list_models(task="spam"))
def test_spam_page_works_with_every_spam_model(name: str) -> None:
    at = open_page("pages/spam.py")
    at.sidebar.selectbox[0].select(name).run()
    at = classify(at, "Running late, save me a seat please")
    assert not at.exception, [e.value for e in at.exception]
    assert {m.label: m.value for m in at.metric}["Prediction"] in zoo.load(name).labels


def test_spam_empty_text_warns_instead_of_failing() -> None:
    at = classify(open_page("pages/spam.py"), "   ")
    assert not at.exception
    assert any("empty text" in w.value.lower() for w in at.warning)
    assert not at.metric


def test_spam_other_script_warns_about_language() -> None:
    at = classify(open_page("pages/spam.py"), "Γεια σου! Θα έρθεις απόψε για φαγητό στο σπίτι μας;")
    assert not at.exception
    assert any("not trained on" in w.value for w in at.warning)


def test_spam_example_button_fills_and_classifies() -> None:
    at = open_page("pages/spam.py")
    example = next(b for b in at.button if b.label == "Lunch plans")
    at = example.click().run()
    assert at.text_area(key="spam_text").value.startswith("Are we still on for lunch")
    assert {m.label: m.value for m in at.metric}["Prediction"] == "ham"


def test_long_text_says_it_was_truncated() -> None:
    at = classify(open_page("pages/spam.py"), "see you at the station tomorrow morning " * 60)
    assert any("only its" in i.value for i in at.info)


def test_pages_say_so_when_the_zoo_has_no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOO_DIR", str(tmp_path))  # an empty zoo
    for page in PAGES:
        at = open_page(page)
        assert not at.exception, [e.value for e in at.exception]
        assert any("no spam models" in w.value.lower() for w in at.sidebar.warning)
        assert any("no spam model" in i.value.lower() for i in at.info)
