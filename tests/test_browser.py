"""End to end in a real browser (Chromium via Playwright) against one `streamlit run app.py` server on the test zoo:
one test per page types an input, sees the result and a rendered plotly chart, and saves <page>.png in
test-artifacts/screenshots/ (or in ZOO_SCREENSHOTS).
"""
from __future__ import annotations

import re
import zipfile

import pytest

from tests.browser_support import (  # noqa: F401 (fixtures)
    app_server, browser_page, chromium, free_port, full_page_screenshot, start_server, stop_server, test_zoo,
    wait_healthy, wait_until_idle)
from zoo.hub.loader import load_folder

pytestmark = pytest.mark.browser
SPAM_TEXT = "CONGRATULATIONS! You have won a FREE 500 pound voucher. Text CLAIM to 87121 now to collect your prize."
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot svg.main-svg'


def open_app(page, url: str) -> None:
    """Open a page and wait until its title is drawn (the sidebar is drawn before it) and the run is over."""
    page.goto(url)
    page.locator('[data-testid="stMain"] h1').first.wait_for(state="visible")
    wait_until_idle(page)


def submit(page, text: str, button: str) -> None:
    """Type into the page's (first) text area, commit it, and press the named button."""
    box = page.locator('[data-testid="stTextArea"] textarea').first
    box.wait_for(state="visible")
    box.fill(text)
    box.press("Control+Enter")  # commit the text area's value
    wait_until_idle(page)
    page.get_by_role("button", name=button, exact=True).click()
    wait_until_idle(page)


def pick_model(page, name: str) -> None:
    """Choose an entry in the sidebar's model picker."""
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()
    page.get_by_role("option", name=name).click()
    wait_until_idle(page)


def metric_value(page, label: str) -> str:
    value = page.locator('[data-testid="stMetric"]', has_text=label).locator('[data-testid="stMetricValue"]').first
    value.wait_for(state="visible")
    return value.inner_text().strip()


def finish(page, name: str, min_charts: int = 1) -> None:
    """A chart has rendered, there is no exception, and the page is saved as a screenshot."""
    page.locator(CHART).first.wait_for(state="visible")
    assert page.locator('[data-testid="stPlotlyChart"]').count() >= min_charts
    assert page.locator('[data-testid="stException"]').count() == 0
    wait_until_idle(page)
    assert full_page_screenshot(page, name).stat().st_size > 10_000


def finished_status(payload: object) -> str | None:
    """The status of a `script_finished` message among the server's WebSocket frames (None for other frames)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:  # noqa: BLE001 (text frames, other protocols)
        return None
    if msg.WhichOneof("type") != "script_finished":
        return None
    return ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)


def test_fresh_server_draws_the_first_page_in_one_run(chromium, test_zoo, tmp_path) -> None:  # noqa: F811
    """A fresh server's first visit to /spam runs app.py straight away (no extra run to register the pages
    first), and text typed and submitted at once, as the button appears, is classified and kept."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_server(port, tmp_path / "server.log", test_zoo)
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    try:
        wait_healthy(url, proc)
        page = context.new_page()
        statuses: list[str] = []
        page.on("websocket", lambda ws: ws.on("framereceived",
                                              lambda payload: statuses.append(finished_status(payload) or "")))
        page.goto(f"{url}/spam")
        button = page.get_by_role("button", name="Classify", exact=True)
        button.wait_for(state="visible")
        for _ in range(200):
            if any(statuses):
                break
            page.wait_for_timeout(50)
        assert [s for s in statuses if s][0] == "FINISHED_SUCCESSFULLY"  # not FINISHED_EARLY_FOR_RERUN
        box = page.locator('[data-testid="stTextArea"] textarea').first
        box.fill(SPAM_TEXT)
        button.click()
        assert metric_value(page, "Prediction") == "spam"
        wait_until_idle(page)
        assert box.input_value() == SPAM_TEXT
    finally:
        context.close()
        stop_server(proc)


def test_home_follows_the_users_sentence(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, app_server)
    pick_model(page, "lstm.sms-spam")  # a trained model (the test zoo's tiny sentiment entries come first)
    box = page.locator('[data-testid="stTextInput"] input')
    box.fill("win a free prize now")
    box.press("Enter")
    wait_until_idle(page)
    page.locator('[data-testid="stCode"]', has_text="win a free prize now").first.wait_for(state="visible")
    assert page.locator('[data-testid="stPageLink"]').count() == 8
    finish(page, "home.png", min_charts=5)


def test_spam_page_classifies_and_draws_charts(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/spam")
    assert page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').count() == 1  # the shared picker
    submit(page, SPAM_TEXT, "Classify")
    assert metric_value(page, "Prediction") == "spam"
    finish(page, "spam.png", min_charts=4)


def test_sentiment_page_classifies(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/sentiment")
    submit(page, "a warm and funny film, beautifully acted", "Classify")
    assert metric_value(page, "Prediction") in ("neg", "pos")
    finish(page, "sentiment.png", min_charts=3)


def test_translate_page_translates_and_interpolates(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/translate")
    submit(page, "ein mann fährt fahrrad", "Translate")
    page.locator('[data-testid="stAlertContentSuccess"]').wait_for(state="visible")
    page.get_by_role("button", name="Interpolate", exact=True).click()
    wait_until_idle(page)
    page.locator('[data-testid="stDataFrame"]').last.wait_for(state="visible")
    finish(page, "translate.png", min_charts=3)


GENERATE = {"en": ("the acting was great , but the", "Predict the next token", "What comes next", "Generate"),
            "ko": ("배우들의 연기가 정말", "다음 토큰 예측", "다음에 올 토큰", "생성")}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_generate_page_predicts_the_next_token_and_writes_on(app_server: str, browser_page, lang: str) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/generate?lang={lang}")
    text, button, header, generate = GENERATE[lang]
    submit(page, text, button)
    page.get_by_role("heading", name=header).wait_for(state="visible")
    page.locator(CHART).first.wait_for(state="visible")  # the next-token bars
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 3  # and every step's top-k, the surprisal
    page.get_by_role("button", name=generate, exact=True).click()
    wait_until_idle(page)
    written = page.locator('[data-testid="stAlertContentSuccess"]')
    written.wait_for(state="visible")
    assert written.inner_text().startswith(text) and "**" not in written.inner_text()
    assert written.locator("strong").first.inner_text().strip("\u200b") == text  # the beginning in bold, then the rest
    finish(page, f"generate-{lang}.png", min_charts=4)  # and the hidden state over the generated steps


def test_lab_projects_the_sentences(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/lab")
    pick_model(page, "lstm.sms-spam")
    sentences = "\n".join(["WINNER! Claim your free prize now", "Free cash waiting, text CLAIM",
                           "See you at lunch tomorrow", "Can you call me when you are home?"])
    submit(page, sentences, "Compare vectors")
    page.get_by_text("t-SNE needs at least").wait_for(state="visible")  # 4 sentences: PCA only
    finish(page, "lab.png", min_charts=2)


def test_compare_page_runs_three_cells(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/compare")
    submit(page, SPAM_TEXT, "Compare")
    page.locator('[data-testid="stMetric"]').first.wait_for(state="visible")
    assert page.locator('[data-testid="stMetric"]').count() >= 2
    finish(page, "compare.png", min_charts=3)


ORDER = {"en": ("The acting is not great, but the music is lovely.", "Reorder and score", "grey bars level"),
         "ko": ("연기는 좋았지만 스토리가 너무 지루했다", "어순 바꿔 채점", "회색 막대는 왜")}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_order_page_scores_the_reorderings(app_server: str, browser_page, test_zoo, lang: str) -> None:  # noqa: F811
    from zoo.hub.registry import read_index

    page = browser_page
    open_app(page, f"{app_server}/order?lang={lang}")
    trained = {"en": "imdb", "ko": "nsmc"}[lang]  # the language's default dataset, when its bag of words is there
    dataset = trained if f"bow.{trained}" in read_index(test_zoo) else {"en": "tiny-review", "ko": "tiny-nsmc"}[lang]
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name=re.compile(rf"^{dataset} \(")).click()
    wait_until_idle(page)
    text, button, why = ORDER[lang]
    submit(page, text, button)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(state="visible")  # the verdict table comes first
    page.locator(CHART).first.wait_for(state="visible")  # then the versions' bars
    page.get_by_text(why).wait_for(state="visible")  # and why the bag of words' bars are level
    finish(page, f"order-{lang}.png", min_charts=3)  # versions' bars, the bag of words' parts, the prefix curves


def test_zoo_page_lists_entries_and_switches_to_korean(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/zoo")
    page.locator('[data-testid="stDataFrame"]').first.wait_for(state="visible")
    finish(page, "zoo.png", min_charts=1)  # the first entry's card is open: its training curves
    assert page.locator('[data-testid="stDownloadButton"]').count() >= 1
    page.get_by_text("한국어").click()
    page.get_by_role("heading", name="모델 목록: 사전 학습된 모든 모델").wait_for(state="visible")


def test_zoo_page_downloads_an_entry_as_a_loadable_zip(app_server: str, browser_page, tmp_path) -> None:  # noqa: F811
    page = browser_page
    open_app(page, f"{app_server}/zoo")
    button = page.locator('[data-testid="stDownloadButton"] button').first
    button.wait_for(state="visible")
    with page.expect_download() as download:  # the zip is built on the click, not when the page is drawn
        button.click()
    archive_path = tmp_path / "entry.zip"
    download.value.save_as(archive_path)
    with zipfile.ZipFile(archive_path) as archive:
        top = {n.split("/")[0] for n in archive.namelist()}
        archive.extractall(tmp_path / "unzipped")
    assert len(top) == 1
    folder = tmp_path / "unzipped" / top.pop()
    assert load_folder(folder).name == folder.name


REVIEW = "a warm , funny and beautifully acted film that stays with you for days ."


def test_ctrl_enter_in_the_box_runs_the_page_and_the_text_is_never_lost(app_server: str, browser_page) -> None:  # noqa: F811
    """The box is a form: Ctrl+Enter submits it as the page's button does. Typed text then Ctrl+Enter and the
    button at once (the order that once submitted an empty text on /compare) classifies the typed text."""
    page = browser_page
    open_app(page, f"{app_server}/compare")
    box = page.locator('[data-testid="stTextArea"] textarea').first
    box.fill(REVIEW)
    box.press("Control+Enter")  # no button pressed
    wait_until_idle(page)
    page.locator('[data-testid="stMetric"]').first.wait_for(state="visible")
    assert page.get_by_text("The text is empty").count() == 0
    box.fill("the plot drags on and on , and the jokes never land .")
    box.press("Control+Enter")
    page.get_by_role("button", name="Compare", exact=True).click()  # straight after, no wait between
    wait_until_idle(page)
    assert page.get_by_text("The text is empty").count() == 0
    assert page.locator('[data-testid="stMetric"]').count() >= 2
    assert box.input_value().startswith("the plot drags")


def test_pages_ask_nothing_of_any_other_machine_and_show_no_deploy_button(app_server: str, browser_page) -> None:  # noqa: F811
    """Offline: every request the browser makes, favicon included, goes to the app's own server; no Deploy."""
    from urllib.parse import urlparse

    page = browser_page
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("", "/sentiment", "/translate", "/zoo"):
        open_app(page, f"{app_server}{path}")
    page.wait_for_timeout(1500)  # the favicon and fonts load after the page
    hosts = {urlparse(url).hostname for url in requests if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    assert hosts == {"127.0.0.1"}, sorted(url for url in requests if urlparse(url).hostname != "127.0.0.1")
    assert page.get_by_role("button", name="Deploy").count() == 0
