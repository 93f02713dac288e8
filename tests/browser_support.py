"""Shared fixtures for the app tests: a test zoo, a real `streamlit run app.py` server, headless Chromium.

The test zoo (`test_zoo`, a folder to point ZOO_DIR at) holds copies of the bundled entries plus tiny
untrained entries built here in seconds: a sentiment classifier (English), a Korean one, their bag-of-words
rivals (bow.tiny-review with minimal-pair results in its card, bow.tiny-nsmc without), a translator with an
atlas and BLEU by length in its card, and an English and a Korean language model. So every page has something to
run even when the bundled zoo has no sentiment, translation or language-model entries (and retraining cannot
disturb a run).

Import the fixtures into a test module: `from tests.browser_support import app_server, chromium, browser_page`.
Chromium is the system one (CHROMIUM_PATH, default /usr/bin/chromium, the Debian location); tests are
skipped when it is missing. Never run `playwright install` for these tests.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Where the browser tests save their screenshots: an ignored folder, so a test run leaves the checkout clean.
# ZOO_SCREENSHOTS=tests/screenshots refreshes the ones the README shows.
SCREENSHOTS = Path(os.environ.get("ZOO_SCREENSHOTS") or REPO / "test-artifacts" / "screenshots").resolve()
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-proxy-server"]
SERVER_START_TIMEOUT_S = 90
APP_TIMEOUT_MS = 90_000  # the machine may be busy training; a first model load can be slow


from tests.tiny_entries import (  # noqa: E402  (re-exported for the browser tests)
    TINY_BOW, TINY_BOW_KO, TINY_LM, TINY_LM_KO, TINY_SENTIMENT, TINY_SENTIMENT_KO, TINY_TRANSLATOR, REVIEWS,
    REVIEWS_KO, write_tiny_bow, write_tiny_classifier, write_tiny_lm, write_tiny_translator)
TINY_BOW_PAIRS = {"file": "minimal_pairs.en.jsonl", "n_pairs": 40, "accuracy": 0.6, "pair_accuracy": 0.2}


def build_test_zoo(zoo_folder: Path, scratch: Path) -> Path:
    """A zoo with copies of the bundled entries and the tiny sentiment, bag-of-words and translation entries."""
    from zoo.hub.publish import publish_local
    from zoo.hub.registry import BUNDLED_DIR, list_models

    for name in list_models(folder=BUNDLED_DIR):
        publish_local(BUNDLED_DIR / name, zoo_folder)
    publish_local(write_tiny_translator(scratch / TINY_TRANSLATOR), zoo_folder)
    publish_local(write_tiny_classifier(scratch / TINY_SENTIMENT, TINY_SENTIMENT, REVIEWS, "en", "lstm"), zoo_folder)
    publish_local(write_tiny_classifier(scratch / TINY_SENTIMENT_KO, TINY_SENTIMENT_KO, REVIEWS_KO, "ko", "gru"),
                  zoo_folder)
    publish_local(write_tiny_bow(scratch / TINY_BOW, TINY_BOW, REVIEWS, "en", TINY_BOW_PAIRS), zoo_folder)
    publish_local(write_tiny_bow(scratch / TINY_BOW_KO, TINY_BOW_KO, REVIEWS_KO, "ko"), zoo_folder)
    publish_local(write_tiny_lm(scratch / TINY_LM, TINY_LM, REVIEWS, "en"), zoo_folder)
    publish_local(write_tiny_lm(scratch / TINY_LM_KO, TINY_LM_KO, REVIEWS_KO, "ko"), zoo_folder)
    return zoo_folder


@pytest.fixture(scope="session")
def test_zoo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test zoo folder (bundled copies + tiny sentiment and translation entries), built once per session."""
    return build_test_zoo(tmp_path_factory.mktemp("zoo"), tmp_path_factory.mktemp("tiny-entries"))


def chromium_path() -> str:
    """The Chromium binary to drive: $CHROMIUM_PATH, else the Debian package's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = SERVER_START_TIMEOUT_S,
                 poll_s: float = 0.5) -> None:
    """Poll the server's health endpoint every poll_s until it answers 'ok'; fail if the process exits or time
    runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().decode().strip() == "ok":
                    return
        except OSError:
            pass
        time.sleep(poll_s)
    raise TimeoutError(f"streamlit did not answer on {url} within {timeout_s:.0f}s")


def start_server(port: int, log_path: Path, zoo_dir: Path | None = None) -> subprocess.Popen:
    """Start `python -m streamlit run app.py` from the repo root on 127.0.0.1:port, output to log_path.

    zoo_dir, when given, becomes the server's ZOO_DIR.
    """
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **({"ZOO_DIR": str(zoo_dir)} if zoo_dir else {})}
    with open(log_path, "wb") as log:
        return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop_server(proc: subprocess.Popen) -> None:
    """Terminate the server process (kill it if it does not stop within 10 s)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory, test_zoo: Path) -> Iterator[str]:
    """Base URL of a Streamlit server running app.py on the test zoo, shared by one test module."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    proc = start_server(port, log_path, test_zoo)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
    except (RuntimeError, TimeoutError) as exc:
        stop_server(proc)
        pytest.fail(f"{exc}\n--- server log ---\n{log_path.read_text(errors='replace')[-4000:]}")
    yield url
    stop_server(proc)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A headless Chromium browser (Playwright sync API) for the whole test session."""
    path = chromium_path()
    if not Path(path).is_file():
        pytest.skip(f"Chromium not found at {path} (set CHROMIUM_PATH)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def browser_page(chromium: object) -> Iterator[object]:
    """A fresh browser page (own context) with a wide viewport; closed after the test."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(APP_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


IDLE_JS = """() => {
  const running = document.querySelector('[data-testid="stStatusWidgetRunningIcon"],'
                                       + '[data-testid="stStatusWidgetRunningManIcon"]');
  const status = document.querySelector('[data-testid="stStatusWidget"]');
  const stale = document.querySelector('[data-testid="stElementContainer"][data-stale="true"]');
  return !running && !stale && !(status && /Running|Stop/.test(status.innerText));
}"""


def wait_until_idle(page: object, timeout_ms: int = APP_TIMEOUT_MS) -> None:
    """Wait until the app has finished its script run: no running indicator and no stale (faded) elements,
    twice in a row 400 ms apart (a just-triggered rerun may take a moment to show)."""
    for _ in range(2):
        page.wait_for_timeout(400)
        page.wait_for_function(IDLE_JS, timeout=timeout_ms)


def full_page_screenshot(page: object, name: str) -> Path:
    """Save a screenshot of the whole app (Streamlit scrolls inside its main block) to SCREENSHOTS/NAME."""
    height = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return Math.max(m ? m.scrollHeight : 0, document.body.scrollHeight); }")
    page.set_viewport_size({"width": page.viewport_size["width"], "height": int(height) + 40})
    page.wait_for_timeout(800)  # charts re-lay out to the new size
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
