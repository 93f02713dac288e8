"""End to end in a real browser: the Spam page classifies a message and draws its charts."""
from __future__ import annotations

import pytest

from tests.browser_support import (  # noqa: F401 (fixtures)
    app_server, browser_page, chromium, full_page_screenshot, wait_until_idle)

SPAM_TEXT = "CONGRATULATIONS! You have won a FREE 500 pound voucher. Text CLAIM to 87121 now to collect your prize."


@pytest.mark.browser
def test_spam_page_classifies_and_draws_charts(app_server: str, browser_page) -> None:  # noqa: F811
    page = browser_page
    page.goto(f"{app_server}/spam")
    box = page.locator('[data-testid="stTextArea"] textarea')
    box.wait_for(state="visible")
    assert page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').count() == 1  # the shared picker
    box.fill(SPAM_TEXT)
    box.press("Control+Enter")  # commit the text area's value
    wait_until_idle(page)
    page.get_by_role("button", name="Classify").click()

    label = page.locator('[data-testid="stMetric"]', has_text="Prediction").locator('[data-testid="stMetricValue"]')
    label.wait_for(state="visible")
    assert label.inner_text().strip() == "spam"
    chart = page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot svg.main-svg').first
    chart.wait_for(state="visible")
    assert page.locator('[data-testid="stPlotlyChart"]').count() >= 3
    assert page.locator('[data-testid="stException"]').count() == 0
    wait_until_idle(page)
    assert full_page_screenshot(page, "spam.png").stat().st_size > 10_000
