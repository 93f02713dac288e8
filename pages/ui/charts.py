"""The one way the app draws a chart: st.plotly_chart without Streamlit's chart theme.

Streamlit's theme restyles each figure in the browser on every run, and so would a full plotly template
such as "plotly_white" (its axis defaults made the decoder-candidates heatmap take about 430 ms per redraw
instead of about 50 ms in headless Chromium). With `theme=None` a figure keeps the small colour template
Streamlit registers as plotly's default. Measured on the translate page in headless Chromium, 3 interactions
each, same server and texts: 3.6 s of the browser's plotly code and 2.1-2.7 s until the run's end reached the
browser with the theme; 0.65-0.75 s and 0.5-0.75 s with `theme=None`.
"""
from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st


def show_chart(fig: go.Figure, key: str, **kwargs: Any) -> None:
    """Draw a plotly figure without Streamlit's chart theme (st.plotly_chart with theme=None)."""
    st.plotly_chart(fig, key=key, theme=None, **kwargs)
