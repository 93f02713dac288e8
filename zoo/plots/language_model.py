"""Figures of a language model: pure functions from numbers and token strings to plotly figures.

A language model reads <s> and then the user's tokens; after each step it gives a distribution over the next token
(many-to-many). These builders draw that distribution (the top candidates after the last step, and after every
step), the surprisal of each token the user wrote, and a sampled continuation with the hidden state over its steps
(one-to-many). Tokens arrive as the entry gives them (a word's first subword starts with a space); `visible`
writes that space as '▁', as the classifier pages show tokens.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from . import (LABEL_COLOURS, MAX_CELL_CHARS, MAX_LABELLED_STEPS, MAX_UNITS, PROB_SCALE, TANH_SCALE, TEXT, _html,
               _short, _title, token_axis, top_units)

SURPRISAL_SCALE = "Reds"
LM_TEXT = {
    "next_token": "next token", "surprisal": "surprisal (bits)", "read": "token read at this step",
    "written": "you wrote next", "mean": "mean", "generated_step": "generated token (time step)",
    "sampled_p": "p when drawn",
}


def _text(text: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXT, **LM_TEXT, **(text or {})}


def visible(token: str) -> str:
    """A token for display: a leading space (a word's start) as '▁', newlines and tabs as escapes, '' as '∅'."""
    shown = str(token).replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    if shown.startswith(" "):
        shown = "▁" + shown[1:]
    return shown or "∅"


def next_token_bars(top: Sequence[tuple[str, float]], title: str,
                    text: Mapping[str, str] | None = None) -> go.Figure:
    """Horizontal bars of the most likely next tokens [(token, p)], the likeliest on top."""
    tx = _text(text)
    labels = [_html(visible(tok)) for tok, _ in top]
    probs = [float(p) for _, p in top]
    # one row per rank: two candidates that read the same ('▁the' and 'the' are different tokens) stay apart
    rows = [f"{i + 1}. {label}" for i, label in enumerate(labels)]
    fig = go.Figure(go.Bar(x=probs, y=rows, orientation="h", marker_color=LABEL_COLOURS[0],
                           text=[f"{p:.3f}" for p in probs], textposition="outside", customdata=labels,
                           hovertemplate="%{customdata}: p = %{x:.4f}<extra></extra>"))
    fig.update_layout(title=_title(title), height=max(260, 32 * len(rows) + 130),
                      margin={"l": 110, "r": 40, "t": 60, "b": 50},
                      xaxis={"title": tx["probability"], "range": [0, min(1.0, max(probs, default=0.0) * 1.25 + 0.02)]},
                      yaxis={"title": tx["next_token"], "autorange": "reversed"})
    return fig


def step_predictions(read: Sequence[str], top: Sequence[Sequence[tuple[str, float]]], written: Sequence[str],
                     title: str, text: Mapping[str, str] | None = None) -> go.Figure:
    """Many-to-many: after each step (x: the token read, '<s>' first) the top-k next tokens (rows: rank), coloured by
    probability; the token the user wrote next is outlined where it is among them. written[t] follows read[t]; the
    last step has none (what comes after the text)."""
    tx = _text(text)
    steps, k = len(top), max((len(s) for s in top), default=0)
    probs = np.full((k, steps), np.nan)
    words = np.full((k, steps), "", dtype=object)  # in the cells: shortened
    whole = np.full((k, steps), "", dtype=object)  # in the hover labels
    for t, candidates in enumerate(top):
        after = _html(visible(read[t])) if t < len(read) else ""
        for r, (tok, p) in enumerate(candidates):
            probs[r, t] = float(p)
            whole[r, t] = f"{tx['after']} {after} → {_html(visible(tok))}"
            words[r, t] = _html(_short(visible(tok), MAX_CELL_CHARS))
    legible = steps <= MAX_LABELLED_STEPS
    ranks = [f"{tx['rank']} {r + 1}" for r in range(k)]
    # the colour scale ends at the likeliest candidate shown: a language model's next token is seldom near p = 1, and
    # on a 0..1 scale every cell would be the same pale blue
    top_p = float(np.nanmax(probs)) if np.isfinite(probs).any() else 1.0
    fig = go.Figure(go.Heatmap(
        z=probs, x=list(range(steps)), y=ranks, zmin=0, zmax=max(top_p, 0.01), colorscale=PROB_SCALE,
        colorbar={"title": "p"},
        text=words, texttemplate="%{text}" if legible else None, textfont={"size": 10 if steps > 12 else 11},
        customdata=whole, hovertemplate="%{customdata}<br>p = %{z:.3f}<extra></extra>"))
    hit_x, hit_y = [], []
    for t, candidates in enumerate(top[: len(written)]):
        found = [r for r, (tok, _) in enumerate(candidates) if tok == written[t]]
        if found:
            hit_x.append(t)
            hit_y.append(ranks[found[0]])
    fig.add_trace(go.Scatter(x=hit_x, y=hit_y, mode="markers", name=tx["written"], hoverinfo="skip",
                             marker={"symbol": "square-open", "size": 34 if legible else 8, "color": "black",
                                     "line": {"width": 2 if legible else 1}}))
    fig.update_layout(title=_title(title), height=max(300, 44 * k + 170),
                      margin={"l": 70, "r": 20, "t": 80, "b": 90}, showlegend=bool(hit_x),
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "right", "x": 1},
                      xaxis=token_axis([visible(r) for r in read[:steps]], tx["read"], MAX_LABELLED_STEPS))
    fig.update_yaxes(autorange="reversed")
    return fig


def surprisal_bars(tokens: Sequence[str], surprisal: Sequence[float], probs: Sequence[float], title: str,
                   text: Mapping[str, str] | None = None) -> go.Figure:
    """Bars of each written token's surprisal (-log2 p, bits), darker when more surprising, with their mean."""
    tx = _text(text)
    bits = [float(b) for b in surprisal]
    top = max(bits, default=1.0)
    fig = go.Figure(go.Bar(
        x=list(range(len(bits))), y=bits, marker={"color": bits, "colorscale": SURPRISAL_SCALE, "cmin": 0,
                                                  "cmax": max(top, 1.0), "line": {"width": 0}},
        customdata=np.array([[_html(visible(t)), float(p)] for t, p in zip(tokens, probs)], dtype=object),
        hovertemplate="%{customdata[0]}<br>%{y:.2f} bits, p = %{customdata[1]:.4f}<extra></extra>"))
    if bits:
        mean = float(np.mean(bits))
        fig.add_hline(y=mean, line_dash="dot", line_color="grey", annotation_text=f"{tx['mean']} {mean:.2f}",
                      annotation_position="top left")
    fig.update_layout(title=_title(title), height=360, margin={"l": 60, "r": 20, "t": 60, "b": 90},
                      xaxis=token_axis([visible(t) for t in tokens], tx["step"]),
                      yaxis={"title": tx["surprisal"], "rangemode": "tozero"})
    return fig


def generation_states(hidden: np.ndarray, tokens: Sequence[str], probs: Sequence[float], title: str,
                      max_units: int = MAX_UNITS, text: Mapping[str, str] | None = None) -> go.Figure:
    """One-to-many: each generated token's probability when it was drawn (top) and the hidden state after the model
    read it back (bottom: the most active units x generated steps)."""
    tx = _text(text)
    hidden = np.asarray(hidden, dtype=float).reshape(len(tokens), -1) if len(tokens) else np.zeros((0, 1))
    shown = [_html(visible(t)) for t in tokens]
    steps = list(range(len(tokens)))
    units = top_units(hidden, max_units)
    labels = [f"{tx['unit']} {u}" for u in units]
    bound = float(max(np.abs(hidden).max(), 1e-6)) if hidden.size else 1.0
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.22, 0.78], vertical_spacing=0.04)
    fig.add_trace(go.Bar(x=steps, y=[float(p) for p in probs], marker_color=LABEL_COLOURS[0], customdata=shown,
                         name=tx["sampled_p"], showlegend=False,
                         hovertemplate="%{customdata}: p = %{y:.3f}<extra></extra>"), row=1, col=1)
    fig.add_trace(go.Heatmap(z=hidden[:, units].T, x=steps, y=labels, coloraxis="coloraxis", name="h",
                             customdata=np.array([shown] * len(units), dtype=object).reshape(len(units), len(steps)),
                             hovertemplate="%{y}<br>%{x}: %{customdata}<br>h = %{z:.3f}<extra></extra>"),
                  row=2, col=1)
    highest = max((float(p) for p in probs), default=0.0)
    fig.update_yaxes(title=tx["sampled_p"], range=[0, min(1.0, highest * 1.15 + 0.01)], row=1, col=1)
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=labels, ticktext=labels, tickfont={"size": 10},
                     row=2, col=1)
    fig.update_xaxes(**token_axis([visible(t) for t in tokens], tx["generated_step"]), row=2, col=1)
    fig.update_layout(title=_title(title), height=max(380, 15 * len(units) + 260),
                      margin={"l": 70, "r": 20, "t": 60, "b": 90},
                      coloraxis={"colorscale": TANH_SCALE, "cmin": -bound, "cmax": bound,
                                 "colorbar": {"title": "h", "len": 0.75, "y": 0.38}})
    return fig
