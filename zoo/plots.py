"""Plotly figure builders for the app: pure functions from numbers to figures (no models, no streamlit).

Every time-step figure puts steps on a numeric x axis labelled with the tokens, so repeated tokens
stay separate columns. Units are rows; only the most active ones are drawn so the figures stay legible.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

MAX_UNITS = 32
MAX_GATE_UNITS = 16
SIGMOID_SCALE = "Viridis"
TANH_SCALE = "RdBu_r"
LABEL_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
TANH_GATES = ("cell_candidate", "candidate")


def top_units(states: np.ndarray, k: int = MAX_UNITS) -> np.ndarray:
    """Indices of the k units with the largest mean |activation| over time, most active first."""
    states = np.asarray(states, dtype=float)
    activity = np.abs(states).mean(axis=0) if states.size else np.zeros(states.shape[-1])
    return np.argsort(-activity, kind="stable")[:k]


def token_axis(tokens: Sequence[str]) -> dict:
    """Layout for an x axis with one tick per time step, labelled with its token."""
    return {"tickmode": "array", "tickvals": list(range(len(tokens))), "ticktext": [str(t) for t in tokens],
            "tickangle": -45 if len(tokens) > 8 else 0, "title": "time step (token)"}


def hidden_heatmap(hidden: np.ndarray, tokens: Sequence[str], max_units: int = MAX_UNITS,
                   title: str = "Hidden state h_t (most active units)") -> go.Figure:
    """Heatmap of hidden states (T, H): units x time steps, most active units on top."""
    hidden = np.asarray(hidden, dtype=float)
    units = top_units(hidden, max_units)
    z = hidden[:, units].T  # (units, T)
    bound = float(max(np.abs(z).max(), 1e-6)) if z.size else 1.0
    fig = go.Figure(go.Heatmap(
        z=z, x=list(range(len(tokens))), y=[f"unit {u}" for u in units], colorscale=TANH_SCALE,
        zmin=-bound, zmax=bound, colorbar={"title": "h"},
        customdata=np.array([[str(t) for t in tokens]] * len(units), dtype=object),
        hovertemplate="%{y}<br>step %{x}: %{customdata}<br>h = %{z:.3f}<extra></extra>"))
    fig.update_layout(title=title, xaxis=token_axis(tokens), height=max(320, 14 * len(units) + 160),
                      margin={"l": 60, "r": 20, "t": 50, "b": 80})
    fig.update_yaxes(autorange="reversed", title="unit")
    return fig


def prefix_curve(prefix_probs: np.ndarray, tokens: Sequence[str], labels: Sequence[str],
                 title: str = "Prediction after each prefix") -> go.Figure:
    """Line chart of each class's probability after reading tokens 1..t."""
    probs = np.asarray(prefix_probs, dtype=float)
    fig = go.Figure()
    steps = list(range(len(tokens)))
    for k, label in enumerate(labels):
        fig.add_trace(go.Scatter(
            x=steps, y=probs[:, k], mode="lines+markers", name=str(label),
            line={"color": LABEL_COLOURS[k % len(LABEL_COLOURS)]},
            customdata=[str(t) for t in tokens],
            hovertemplate=f"P({label})" + " = %{y:.3f}<br>after %{customdata}<extra></extra>"))
    fig.add_hline(y=0.5, line_dash="dot", line_color="grey")
    fig.update_layout(title=title, xaxis=token_axis(tokens), yaxis={"title": "probability", "range": [0, 1]},
                      height=340, margin={"l": 60, "r": 20, "t": 50, "b": 80}, legend={"orientation": "h", "y": 1.12})
    return fig


def gates_heatmaps(gates: Mapping[str, np.ndarray], tokens: Sequence[str],
                   max_units: int = MAX_GATE_UNITS) -> go.Figure:
    """One heatmap per gate (T, H), stacked, for the same most-changing units."""
    names = list(gates)
    arrays = [np.asarray(gates[n], dtype=float) for n in names]
    change = sum(a.std(axis=0) for a in arrays) if arrays and arrays[0].shape[0] > 1 else None
    units = (np.argsort(-change, kind="stable")[:max_units] if change is not None
             else top_units(arrays[0], max_units) if arrays else np.array([], dtype=int))
    fig = make_subplots(rows=max(len(names), 1), cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        subplot_titles=[_gate_title(n) for n in names] or [""])
    steps = list(range(len(tokens)))
    for row, (name, arr) in enumerate(zip(names, arrays), start=1):
        tanh = any(name.startswith(g) for g in TANH_GATES)
        fig.add_trace(go.Heatmap(
            z=arr[:, units].T, x=steps, y=[f"unit {u}" for u in units],
            coloraxis="coloraxis2" if tanh else "coloraxis", name=name,
            hovertemplate=f"{name}" + "<br>%{y}, step %{x}<br>%{z:.3f}<extra></extra>"), row=row, col=1)
        fig.update_yaxes(autorange="reversed", showticklabels=len(units) <= MAX_GATE_UNITS, row=row, col=1)
    fig.update_xaxes(**token_axis(tokens), row=len(names) or 1, col=1)
    fig.update_layout(
        height=190 * max(len(names), 1) + 120, margin={"l": 60, "r": 20, "t": 50, "b": 80},
        coloraxis={"colorscale": SIGMOID_SCALE, "cmin": 0, "cmax": 1,
                   "colorbar": {"title": "0..1", "x": 1.0, "len": 0.45, "y": 0.78}},
        coloraxis2={"colorscale": TANH_SCALE, "cmin": -1, "cmax": 1,
                    "colorbar": {"title": "-1..1", "x": 1.0, "len": 0.45, "y": 0.22}})
    return fig


def _gate_title(name: str) -> str:
    """'forget_0' -> 'forget gate', 'cell_candidate_1' -> 'cell candidate (backward)'."""
    base, _, direction = name.rpartition("_")
    base = base or name
    label = base.replace("_", " ") + ("" if "candidate" in base else " gate")
    return label + (" (backward)" if direction == "1" else "")


def project(vectors: np.ndarray, mean: Sequence[float], components: Sequence[Sequence[float]]) -> np.ndarray:
    """Project context vectors (N, C) onto an atlas's 2-D PCA plane: ((v-mean)·c0, (v-mean)·c1)."""
    vectors = np.atleast_2d(np.asarray(vectors, dtype=float))
    return (vectors - np.asarray(mean, dtype=float)) @ np.asarray(components, dtype=float).T


def context_map(points: np.ndarray, labels: Sequence[str], user_points: np.ndarray | None = None,
                user_texts: Sequence[str] = (), user_labels: Sequence[str] = (),
                title: str = "Context vectors, 2-D map (PCA)") -> go.Figure:
    """Atlas points coloured by label, plus the user's sentences as large highlighted markers."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    fig = go.Figure()
    classes = list(dict.fromkeys(labels))
    for k, label in enumerate(classes):
        mask = np.array([lab == label for lab in labels], dtype=bool)
        fig.add_trace(go.Scattergl(
            x=points[mask, 0], y=points[mask, 1], mode="markers", name=f"{label} (test set)",
            marker={"size": 5, "opacity": 0.45, "color": LABEL_COLOURS[k % len(LABEL_COLOURS)]},
            hovertemplate=f"{label}<extra></extra>"))
    if user_points is not None and len(user_points):
        user = np.asarray(user_points, dtype=float).reshape(-1, 2)
        texts = [_short(t) for t in user_texts] or [""] * len(user)
        preds = list(user_labels) or [""] * len(user)
        colours = [LABEL_COLOURS[classes.index(p) % len(LABEL_COLOURS)] if p in classes else "black" for p in preds]
        sizes = [12] * (len(user) - 1) + [20]  # the newest sentence is the biggest
        fig.add_trace(go.Scatter(
            x=user[:, 0], y=user[:, 1], mode="markers", name="your sentences",
            marker={"symbol": "star", "size": sizes, "color": colours, "line": {"width": 1.5, "color": "black"}},
            customdata=np.stack([texts, preds], axis=-1),
            hovertemplate="%{customdata[0]}<br>predicted: %{customdata[1]}<extra></extra>"))
    fig.update_layout(title=title, xaxis_title="component 1", yaxis_title="component 2", height=460,
                      margin={"l": 60, "r": 20, "t": 50, "b": 50}, legend={"orientation": "h", "y": -0.15})
    return fig


def _short(text: str, limit: int = 60) -> str:
    """One line of at most limit characters, for hover labels."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
