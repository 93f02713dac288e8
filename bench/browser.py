"""App and load: the real `streamlit run app.py` server driven by headless Chromium (Playwright).

A script run is over when the server sends its `script_finished` message (read from the page's WebSocket
frames, Streamlit's own protobuf) with a status other than "finished early for a rerun"; the figure then
waits one more animation frame, so the browser has drawn the result.

- app: seconds from starting the server to the first prediction shown on /spam (fresh server; the text typed
  and the button pressed as soon as they are drawn; the browser is launched before the clock starts), as the
  median of FIRST_STARTS fresh servers (each in a new browser context: nothing cached), then
  for every page of the app (read from pages/ui/shell.py, so new pages are picked up): its load time and,
  where it has a text box and a primary button, the time from pressing the button to the finished, drawn
  result, over N interactions with texts of that page's task read at run time from the data directory
  (written ones if absent).
  Goals: first prediction <= 5 s, spam-page interaction p50 <= 1 s.
- load: 8 browser sessions (contexts) at once, each making 10 predictions on /spam on a warmed-up server:
  errors (exceptions shown, timeouts, no result) and p50/p95 interaction time.
"""
from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .common import WRITTEN, data_texts, machine, median, percentile, table, verdict, write_section

GOAL_FIRST_S, GOAL_P50_S = 5.0, 1.0
FIRST_STARTS = 7  # fresh server starts for the first prediction (3 with --quick): one start varied by a second here
RUN_TIMEOUT_S = 60.0
MAIN = '[data-testid="stMain"]'
BOX = f"{MAIN} textarea"
BUTTON = f'{MAIN} [data-testid="stBaseButton-primary"]'
RESULT = (f'{MAIN} [data-testid="stMetric"], {MAIN} [data-testid="stPlotlyChart"], '
          f'{MAIN} [data-testid="stAlert"], {MAIN} [data-testid="stAlertContainer"]')
EXCEPTION = '[data-testid="stException"]'
TASK_DATA = {"spam": [("sms-spam", "test")], "sentiment": [("sst2", "test"), ("imdb", "test")],
             "translate": [("multi30k-de-en", "test")]}
DEFAULT_PAGES = ["", "spam", "sentiment", "translate", "lab", "compare", "zoo"]


def app_pages() -> list[str]:
    """URL paths of the app's pages, from the shell's page list (the defaults if it cannot be read)."""
    try:
        from pages.ui.shell import PAGES

        return [p.url_path for p in PAGES]
    except Exception:  # noqa: BLE001 (pages are being rebuilt: fall back, never fail the benchmark)
        return DEFAULT_PAGES


def texts_for(page: str, n: int) -> list[str]:
    """n distinct inputs for a page: its task's test texts (short ones first for long reviews), else written."""
    for dataset, split in TASK_DATA.get(page, []):
        texts = [t for t in data_texts(dataset, split, 20 * n) if len(t) <= 1500][:n]
        if len(texts) == n:
            return texts
    return [WRITTEN[i % len(WRITTEN)] + f" ({i})" for i in range(n)]


@dataclass
class Watcher:
    """Counts finished script runs of one page from its WebSocket frames."""

    finished: int = 0
    finished_at: float = 0.0  # perf_counter when the last finished run's message arrived

    def attach(self, page) -> None:
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if isinstance(payload, str):
            return
        msg = ForwardMsg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 (not a ForwardMsg)
            return
        if msg.WhichOneof("type") == "script_finished" and \
                msg.script_finished != ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN"):
            self.finished += 1
            self.finished_at = time.perf_counter()

    async def settle(self, page, before: int, timeout_s: float = RUN_TIMEOUT_S) -> None:
        """Wait until a run finished after `before` was read, then until the browser has drawn it."""
        deadline = time.perf_counter() + timeout_s
        while self.finished <= before:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no finished script run within {timeout_s:.0f} s")
            await asyncio.sleep(0.005)
        await page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")


async def open_page(context, base: str, path: str) -> tuple[object, Watcher, float]:
    """A new page at base/path with a watcher; seconds until its first run finished and was drawn."""
    page = await context.new_page()
    watcher = Watcher()
    watcher.attach(page)
    start = time.perf_counter()
    await page.goto(f"{base}/{path}")
    await watcher.settle(page, 0)
    await asyncio.sleep(0.3)  # a page may rerun itself once (ensure_shell); let that start
    await watcher.settle(page, watcher.finished - 1)
    return page, watcher, time.perf_counter() - start


SNAPSHOT = """() => {
  const m = document.querySelector('[data-testid="stMain"]');
  if (!m) return 'none';
  const n = (q) => m.querySelectorAll(q).length;
  return [n('.js-plotly-plot .main-svg'), n('[data-testid="stMetric"]'), n('[data-stale="true"]'),
          n('[data-testid="stSkeleton"]'), m.innerText.length].join(',');
}"""
ELEMENT_KINDS = """() => [...new Set([...document.querySelectorAll('[data-testid="stMain"] [data-testid]')]
  .map(e => e.dataset.testid))].join(' ')"""  # which kinds of element the main area holds (error reports)
QUIET_S, DRAW_TIMEOUT_S = 0.3, 20.0
SERVER_THREADS = "the server at torch's default thread count (one per core)"


async def drawn(page, since: float) -> float:
    """perf_counter when the main area last changed (charts drawn, nothing stale or loading): it must then
    stay unchanged for QUIET_S. Polls every 50 ms."""
    last, changed = None, since
    while time.perf_counter() - changed < QUIET_S or last is None:
        snap = await page.evaluate(SNAPSHOT)
        now = time.perf_counter()
        parts = snap.split(",")
        busy = len(parts) == 5 and (parts[2] != "0" or parts[3] != "0")
        if snap != last or busy:
            last, changed = snap, now
        if now - since > DRAW_TIMEOUT_S:
            break
        await asyncio.sleep(0.05)
    return changed


METRICS = """() => {
  const ms = [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMetric"], '
                                           + '[data-testid="stMain"] [data-testid="stAlertContentSuccess"]')];
  return [ms.map(m => m.innerText).join('|'), ms.some(m => m.closest('[data-stale="true"]'))];
}"""


@dataclass
class Interaction:
    """Seconds from pressing the button until the run's 'finished' message arrived (run), until the result is
    shown (the page's metrics or its success message, the translation, changed and were not stale; for pages
    with neither: the run finished and the next frame was drawn), and until the page was fully drawn (charts included, nothing
    changing any more); shown_at is the perf_counter of 'shown'."""

    run: float
    shown: float
    drawn: float
    shown_at: float


async def no_exception(page) -> None:
    """Raise with the first 200 characters of the exception the page shows, if it shows one."""
    if await page.locator(EXCEPTION).count():
        raise RuntimeError("the page shows an exception: " + (await page.locator(EXCEPTION).first.inner_text())[:200])


async def interact(page, watcher: Watcher, text: str) -> Interaction:
    """Type text, commit it, press the page's primary button, and time what follows."""
    box = page.locator(BOX).first
    await box.fill(text)
    before = watcher.finished
    await box.press("Control+Enter")  # commit the value (one run), as leaving the box would
    await watcher.settle(page, before)
    await drawn(page, time.perf_counter())
    old_metrics = (await page.evaluate(METRICS))[0]
    before = watcher.finished
    start = time.perf_counter()
    await page.locator(BUTTON).first.click()
    shown_at = None
    while shown_at is None and watcher.finished <= before:  # the prediction may be on screen before the run ends
        metrics, stale = await page.evaluate(METRICS)
        if metrics and metrics != old_metrics and not stale:
            shown_at = time.perf_counter()
        elif time.perf_counter() - start > RUN_TIMEOUT_S:
            raise TimeoutError(f"no finished script run within {RUN_TIMEOUT_S:.0f} s")
        else:
            await asyncio.sleep(0.02)
    await watcher.settle(page, before)
    if shown_at is None:
        shown_at = time.perf_counter()
    run = watcher.finished_at - start
    full = await drawn(page, time.perf_counter()) - start
    await no_exception(page)
    if not await page.locator(RESULT).count():
        seen = " ".join((await page.locator(MAIN).first.inner_text() if await page.locator(MAIN).count()
                         else await page.locator("body").inner_text()).split())
        kinds = await page.evaluate(ELEMENT_KINDS)
        raise RuntimeError(f"no result (metric, chart or message) on the page; it shows: {seen[:300]!r}; "
                           f"elements: {kinds}")
    return Interaction(run, shown_at - start, max(full, shown_at - start), shown_at)


async def first_prediction(context, base: str, text: str) -> tuple[float, float]:
    """A user's first prediction on a fresh server: open /spam, type as soon as the text box and the button are
    drawn, press the button. Returns perf_counter when the button was drawn and when the prediction (the page's
    metrics, not stale) was shown."""
    page = await context.new_page()
    await page.goto(f"{base}/spam")
    await page.locator(BUTTON).first.wait_for(state="visible")
    ready = time.perf_counter()
    await page.locator(BOX).first.fill(text)
    await page.locator(BUTTON).first.click()  # the box's text is committed as it loses focus, as a user's would be
    while True:
        metrics, stale = await page.evaluate(METRICS)
        if metrics and not stale:
            break
        await no_exception(page)
        if time.perf_counter() - ready > RUN_TIMEOUT_S:
            raise TimeoutError(f"no prediction shown within {RUN_TIMEOUT_S:.0f} s")
        await asyncio.sleep(0.02)
    shown = time.perf_counter()
    if text[:40] not in await page.locator(BOX).first.input_value():
        raise RuntimeError("the text box lost the typed text")
    await page.close()
    return ready, shown


async def interactive(page, wait_s: float = 10.0) -> bool:
    """Whether the page has a text box and a primary button (waiting up to wait_s for them to be drawn)."""
    try:
        await page.locator(BOX).first.wait_for(state="visible", timeout=wait_s * 1000)
    except Exception:  # noqa: BLE001 (no text box: a page that is only loaded)
        return False
    return bool(await page.locator(BUTTON).count())


def bench_zoo() -> tuple[Path | None, str]:
    """(ZOO_DIR for the app server, words for the report): the bundled zoo when it has a model for every page;
    otherwise the bundled entries plus the tests' tiny untrained entries (tests/browser_support.build_test_zoo);
    the bundled zoo alone if that cannot be built."""
    from zoo.hub.registry import BUNDLED_DIR, list_models

    if all(list_models(task, folder=BUNDLED_DIR) for task in ("spam", "sentiment", "translation")):
        return None, "the bundled zoo: " + ", ".join(list_models(folder=BUNDLED_DIR))
    try:
        from tests.browser_support import build_test_zoo

        folder = Path(tempfile.mkdtemp(prefix="bench-zoo-"))
        (folder / "zoo").mkdir()
        (folder / "scratch").mkdir()
        zoo_dir = build_test_zoo(folder / "zoo", folder / "scratch")
        return zoo_dir, ("the bundled entries plus the tests' tiny untrained entries, so every page has a model: "
                         + ", ".join(list_models(folder=zoo_dir)))
    except Exception as exc:  # noqa: BLE001 (the test helpers change: fall back to the bundled zoo)
        return None, f"the bundled zoo (the test zoo could not be built: {str(exc).splitlines()[0][:120]})"


class Server:
    """`streamlit run app.py` on a free port (tests/browser_support.py's helpers), with its log kept."""

    def __init__(self, zoo_dir: Path | None = None) -> None:
        self.zoo_dir = zoo_dir

    async def __aenter__(self) -> "Server":
        from tests.browser_support import free_port, start_server

        self.folder = Path(tempfile.mkdtemp(prefix="bench-streamlit-"))
        self.log = self.folder / "server.log"
        self.url = f"http://127.0.0.1:{free_port()}"
        self.started = time.perf_counter()
        port = int(self.url.rsplit(":", 1)[1])
        self.proc = start_server(port, self.log, self.zoo_dir) if self.zoo_dir else start_server(port, self.log)
        return self

    async def healthy(self) -> float:
        from tests.browser_support import wait_healthy

        await asyncio.to_thread(wait_healthy, self.url, self.proc, poll_s=0.02)  # the clock runs: ask often
        return time.perf_counter() - self.started

    def warm_up_seconds(self) -> float | None:
        """How long the app's start-up warm-up took (pages/ui/warm_up.py prints it), if it has finished."""
        import re

        from pages.ui.warm_up import DONE

        found = re.search(re.escape(DONE) + r" .* in ([0-9.]+) s", self.log.read_text(errors="replace"))
        return float(found.group(1)) if found else None

    async def __aexit__(self, *exc) -> None:
        from tests.browser_support import stop_server

        stop_server(self.proc)
        shutil.rmtree(self.folder, ignore_errors=True)


async def _browser(pw):
    from tests.browser_support import CHROMIUM_ARGS, chromium_path

    return await pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)


async def _new_context(browser):
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(RUN_TIMEOUT_S * 1000)
    return context


async def _first_predictions(browser, zoo_dir: Path | None, starts: int) -> dict:
    """Start a fresh server `starts` times and time a user's first prediction on each (seconds from the start)."""
    text = texts_for("spam", 1)[0]
    runs, errors = [], []
    for _ in range(starts):
        context = await _new_context(browser)
        async with Server(zoo_dir) as server:
            healthy = await server.healthy()
            try:
                ready, shown = await first_prediction(context, server.url, text)
                runs.append({"healthy": healthy, "ready": ready - server.started, "first": shown - server.started,
                             "warm_up": server.warm_up_seconds()})
                line = f"  first prediction: {runs[-1]['first']:.2f} s"
            except Exception as exc:  # noqa: BLE001 (reported)
                errors.append(str(exc).splitlines()[0][:200])
                line = f"  first prediction failed: {errors[-1]}"
        await context.close()
        print(line, flush=True)
    return {"runs": runs, "errors": errors}


async def _app(quick: bool) -> dict:
    from playwright.async_api import async_playwright

    n_spam, n_other = (5, 3) if quick else (20, 10)
    zoo_dir, zoo_words = bench_zoo()
    async with async_playwright() as pw:
        browser = await _browser(pw)
        first = await _first_predictions(browser, zoo_dir, 3 if quick else FIRST_STARTS)
        context = await _new_context(browser)
        async with Server(zoo_dir) as server:
            await server.healthy()
            rows = []
            for path in app_pages():
                row = {"page": "/" + path, "load": None, "times": [], "server": [], "drawn": [], "errors": []}
                try:
                    page, watcher, row["load"] = await open_page(context, server.url, path)
                    if await interactive(page):
                        for text in texts_for(path, n_spam if path == "spam" else n_other):
                            try:
                                one = await interact(page, watcher, text)
                                row["times"].append(one.shown)
                                row["server"].append(one.run)
                                row["drawn"].append(one.drawn)
                            except Exception as exc:  # noqa: BLE001 (counted and reported)
                                row["errors"].append(str(exc).splitlines()[0][:160])
                    await page.close()
                except Exception as exc:  # noqa: BLE001
                    row["errors"].append(str(exc).splitlines()[0][:160])
                rows.append(row)
                print(f"  /{path}: load {row['load'] or float('nan'):.2f} s, {len(row['times'])} interactions, "
                      f"p50 {median(row['times']):.2f} s, {len(row['errors'])} errors", flush=True)
        await browser.close()
    if zoo_dir:
        shutil.rmtree(zoo_dir.parent, ignore_errors=True)
    return {"first": first, "rows": rows, "zoo": zoo_words}


async def _session(browser, url: str, texts: list[str]) -> tuple[list[Interaction], list[str]]:
    context = await _new_context(browser)
    times, errors = [], []
    try:
        page, watcher, _ = await open_page(context, url, "spam")
        for text in texts:
            try:
                times.append(await interact(page, watcher, text))
            except Exception as exc:  # noqa: BLE001 (counted and reported)
                errors.append(str(exc).splitlines()[0][:700])
    except Exception as exc:  # noqa: BLE001
        errors.append(str(exc).splitlines()[0][:700])
    finally:
        await context.close()
    return times, errors


async def _load(sessions: int, each: int) -> dict:
    from playwright.async_api import async_playwright

    texts = texts_for("spam", sessions * each)
    async with async_playwright() as pw:
        browser = await _browser(pw)
        async with Server() as server:
            await server.healthy()
            await _session(browser, server.url, texts[:1])  # warm-up: the model is loaded once per server
            start = time.perf_counter()
            results = await asyncio.gather(*[_session(browser, server.url, texts[i * each:(i + 1) * each])
                                             for i in range(sessions)])
            wall = time.perf_counter() - start
        await browser.close()
    times = [t for ts, _ in results for t in ts]
    errors = [e for _, es in results for e in es]
    return {"times": times, "errors": errors, "wall": wall, "sessions": sessions, "each": each}


def profile_spam_page(runs: int) -> tuple[list[float], list[tuple[str, float]], str]:
    """The /spam interaction without browser or WebSocket (Streamlit's AppTest, same process), sampled:
    (seconds per run, top functions by inclusive share, error or "")."""
    from streamlit.testing.v1 import AppTest

    from tests.browser_support import REPO

    from .sampler import Sampler

    try:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=RUN_TIMEOUT_S)
        at.run()
        at.switch_page("pages/spam.py").run()
        texts, seconds = texts_for("spam", runs + 1), []
        box = lambda: at.text_area[0]  # noqa: E731
        button = lambda: next((b for b in at.button if getattr(b.proto, "type", "") == "primary"),  # noqa: E731
                              at.button[0])
        box().input(texts[0]).run()
        button().click().run()  # warm-up: loads the model
        with Sampler("/pages/") as sampler:
            for text in texts[1:]:
                box().input(text).run()
                start = time.perf_counter()
                button().click().run()
                seconds.append(time.perf_counter() - start)
        if at.exception:
            return seconds, sampler.top(), f"the page raised: {at.exception[0].value}"[:200]
        return seconds, sampler.top(), ""
    except Exception as exc:  # noqa: BLE001 (pages change under us: report, never fail the benchmark)
        return [], [], f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]


def _ms(seconds: float) -> str:
    return "" if seconds != seconds else f"{seconds * 1e3:,.0f}"


def _first_line(result: dict) -> str:
    runs, errors = result["first"]["runs"], result["first"]["errors"]
    if not runs:
        return f"**First prediction on /spam: not shown** ({'; '.join(errors)})."
    firsts = [r["first"] for r in runs]
    warm = [r["warm_up"] for r in runs if r["warm_up"] is not None]
    middle = median(firsts)
    return (f"**First prediction on /spam: median {middle:.2f} s after starting the server, over {len(runs)} fresh "
            f"starts** (range {min(firsts):.2f}–{max(firsts):.2f} s; goal ≤ {GOAL_FIRST_S:g} s, judged on the "
            f"median: {verdict(middle <= GOAL_FIRST_S and not errors)}"
            + (f"; {len(errors)} starts failed: {'; '.join(sorted(set(errors)))}" if errors else "") + "). "
            f"Median server healthy at {median([r['healthy'] for r in runs]):.2f} s, /spam's text box and button "
            f"drawn at {median([r['ready'] for r in runs]):.2f} s; the text was typed and the button pressed at once "
            "(a user's path, no waiting for the rest of the page). Each start used a new browser context (no cached "
            "files). "
            + (f"The first part of the server's warm-up (the pages' modules, the classifier pages' default models on "
               f"NumPy), beside the browser's loading of the frontend, took a median {median(warm):.1f} s; torch is "
               "imported after it, once no script has run for a while (pages/ui/warm_up.py)." if warm
               else "The server's start-up warm-up had not finished by then."))


def run_app(quick: bool = False) -> str:
    """Run the app benchmark; returns the Markdown section (also written to results.md)."""
    result = asyncio.run(_app(quick))
    spam = next((r for r in result["rows"] if r["page"] == "/spam"), {"times": [], "drawn": []})
    rows = [[r["page"], _ms(r["load"]) if r["load"] is not None else "", len(r["times"]), _ms(median(r["server"])),
             _ms(median(r["times"])), _ms(percentile(r["times"], 95)), _ms(median(r["drawn"])),
             _ms(percentile(r["drawn"], 95)), len(r["errors"]), "; ".join(sorted(set(r["errors"])))[:120]]
            for r in result["rows"]]
    p50 = median(spam["times"])
    app_test, top, problem = profile_spam_page(5 if quick else 10)
    print(f"  /spam in AppTest: p50 {median(app_test):.2f} s", flush=True)
    text = "\n\n".join([
        "## App (Streamlit server + headless Chromium)",
        f"Machine: {machine(SERVER_THREADS)}. Server: `streamlit run app.py` (headless, file watcher off); Chromium "
        f"headless via Playwright (software rendering), one session. Zoo: {result['zoo']}.",
        _first_line(result),
        f"**Spam page interaction p50: {_ms(p50)} ms until the prediction is shown, {_ms(median(spam['drawn']))} ms "
        f"until fully drawn** over {len(spam['times'])} predictions (goal ≤ {GOAL_P50_S * 1e3:.0f} ms, judged on "
        f"'shown': {verdict(p50 <= GOAL_P50_S if spam['times'] else None)}).",
        "An interaction is pressing the page's primary button after a new text was committed. 'run': until the "
        "run's finished message reached the browser; 'shown': until the page's metrics (the prediction) or its "
        "success message (the translation) changed and were not stale, or, on pages with neither, until the run "
        "finished and the next frame was drawn; "
        "'drawn': until the page stopped changing for 0.3 s (charts drawn; the quiet 0.3 s is not counted). Pages "
        "without a text box and primary button (or without a model for their task) are only loaded.",
        table(["page", "load ms", "interactions", "run p50 ms", "shown p50 ms", "shown p95 ms", "drawn p50 ms",
               "drawn p95 ms", "errors", "error messages"], rows),
        "### Where the spam page's run goes (server side, no browser)",
        (f"Streamlit's AppTest, same interaction, {len(app_test)} runs: p50 {_ms(median(app_test))} ms. "
         "Sampled every 2 ms; share of the samples inside each function (inclusive):" if not problem
         else f"Not measured: {problem}"),
        table(["function", "share"], [[name, f"{share:.0%}"] for name, share in top]) if top else "",
    ])
    write_section("app", text)
    return text


def run_load(quick: bool = False) -> str:
    """Run the load benchmark; returns the Markdown section (also written to results.md)."""
    sessions, each = (8, 3) if quick else (8, 10)
    result = asyncio.run(_load(sessions, each))
    done, errors = result["times"], result["errors"]
    shown, full = [i.shown for i in done], [i.drawn for i in done]
    text = "\n\n".join([
        "## Load (concurrent browser sessions)",
        f"Machine: {machine(SERVER_THREADS)}. {sessions} Chromium contexts (one browser) at once against one warmed-up "
        f"`streamlit run app.py` server, each making {each} predictions on /spam (timed as in the App section).",
        table(["sessions", "predictions done", "errors", "shown p50 ms", "shown p95 ms", "drawn p50 ms",
               "drawn p95 ms", "wall s", "predictions/s"],
              [[sessions, len(done), len(errors), _ms(median(shown)), _ms(percentile(shown, 95)),
                _ms(median(full)), _ms(percentile(full, 95)), f"{result['wall']:.1f}",
                f"{len(done) / result['wall']:.2f}"]]),
        ("Errors: " + "; ".join(sorted(set(errors)))[:1500]) if errors else "No errors.",
    ])
    write_section("load", text)
    return text
