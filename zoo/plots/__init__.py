"""Plotly figure builders for the app: pure functions from numbers to figures (no models, no streamlit).

Every time-step figure puts steps on a numeric x axis labelled with the tokens, so repeated tokens
stay separate columns. Units are rows; only the most active ones are drawn so the figures stay legible.
Axis and legend words come from TEXT; pass `text={...}` to override some (the app passes its
current language), and `title=` for the figure title.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from zoo.inference.atlas import project  # noqa: F401 (re-exported: the app and tests call plots.project)

MAX_UNITS = 32
MAX_GATE_UNITS = 16
MAX_DIAGRAM_STEPS = 8
MAX_TICKS = 40  # token labels on a full-width time axis; longer inputs label every n-th step (hover shows all)
HALF_TICKS = 20  # ...on a half-width one (a chart in one of two columns): more labels run into each other
MAX_LABELLED_STEPS = 24  # decoder steps whose candidate words are written in the cells
MAX_CELL_CHARS = 8  # a candidate word longer than this is shortened in its cell (the hover label has it whole)
SIGMOID_SCALE = "Viridis"
TANH_SCALE = "RdBu_r"
PROB_SCALE = "Blues"
LENGTH_SCALE = "Plasma"
LABEL_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
# One colour per label in every figure, whatever order a figure meets the labels in: the wanted or harmless
# class blue, the unwanted one red.
NAMED_LABEL_COLOURS = {"pos": LABEL_COLOURS[0], "ham": LABEL_COLOURS[0], "neg": LABEL_COLOURS[1],
                       "spam": LABEL_COLOURS[1]}
SIGMOID_GATES = ("input", "forget", "output", "reset", "update")
CELL_COLOURS = {"rnn": "#d62728", "lstm": "#1f77b4", "gru": "#2ca02c"}

TEXT = {
    "step": "time step (token)", "unit": "unit", "probability": "probability", "component1": "component 1",
    "component2": "component 2", "test_set": "test set", "yours": "your sentences", "predicted": "predicted",
    "gate": "gate", "candidate": "candidate", "backward": "backward", "source_length": "source length (tokens)",
    "rank": "rank", "output_step": "output step (chosen token)", "bucket": "source length", "bleu": "BLEU",
    "norm": "‖h_t‖", "epoch": "epoch", "train_loss": "training loss", "val_metric": "validation",
    "similarity": "cosine", "sentence": "sentence", "cell": "cell", "input": "input x_t",
    "hidden": "hidden state", "context": "context vector", "output": "output layer", "encoder": "encoder",
    "decoder": "decoder", "after": "after", "forward_dir": "forward: reads left to right (h_t after tokens 1..t)",
    "backward_dir": "backward: reads right to left (h_t after tokens t..T)", "gate.input": "input gate i_t",
    "gate.forget": "forget gate f_t", "gate.output": "output gate o_t", "gate.cell_candidate": "cell candidate g_t",
    "gate.reset": "reset gate r_t", "gate.update": "update gate z_t", "gate.candidate": "candidate n_t",
    "gate.h": "hidden state h_t", "gate.c": "cell state c_t", "input_layer": "input layer",
    "hidden_layer": "hidden layer", "pool": "max and mean over all h_t", "model": "model",
    "variant": "version", "intercept": "(intercept)", "contribution": "part of the logit", "word": "word",
}


def _text(text: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXT, **(text or {})}


def _colour(k: int) -> str:
    return LABEL_COLOURS[k % len(LABEL_COLOURS)]


def label_colour(label: object, labels: Sequence = ()) -> str:
    """The one colour of a class label in every figure: a fixed one for the zoo's labels (pos/ham blue, neg/spam
    red), else by the label's place among the sorted labels (never by the order a figure happens to meet them)."""
    name = str(label)
    if name in NAMED_LABEL_COLOURS:
        return NAMED_LABEL_COLOURS[name]
    others = sorted({str(x) for x in labels} | {name})
    return _colour(others.index(name) + 2)  # past blue and red, which the named labels use


def _html(token: object) -> str:
    """A token as plotly text: '<' and '>' escaped, or '</s>' would be read as a tag and vanish."""
    return str(token).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _title(title: str) -> dict:
    """A title at the top of the figure (container coordinates), above a legend that sits over the plot area."""
    return {"text": title, "yref": "container", "y": 0.98, "yanchor": "top", "x": 0.01, "xanchor": "left"}


LEGEND_ON_TOP = {"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0}


def top_units(states: np.ndarray, k: int = MAX_UNITS) -> np.ndarray:
    """Indices of the k units with the largest mean |activation| over time, most active first."""
    states = np.asarray(states, dtype=float)
    activity = np.abs(states).mean(axis=0) if states.size else np.zeros(states.shape[-1])
    return np.argsort(-activity, kind="stable")[:k]


def token_axis(tokens: Sequence[str], title: str = TEXT["step"], max_ticks: int = MAX_TICKS,
               first_step: int = 0) -> dict:
    """Layout for an x axis with one tick per time step, labelled with its token (every n-th past max_ticks);
    first_step is the step number of tokens[0] (a window into a longer text)."""
    every = -(-len(tokens) // max_ticks) if len(tokens) > max_ticks else 1
    steps = list(range(0, len(tokens), every))
    return {"tickmode": "array", "tickvals": [first_step + i for i in steps],
            "ticktext": [_html(tokens[i]) for i in steps], "tickangle": -45 if len(steps) > 8 else 0,
            "title": title}


def hidden_heatmap(hidden: np.ndarray, tokens: Sequence[str], max_units: int = MAX_UNITS,
                   title: str = "Hidden state h_t (most active units)",
                   text: Mapping[str, str] | None = None, directions: int = 1,
                   max_ticks: int = MAX_TICKS, first_step: int = 0) -> go.Figure:
    """Heatmap of hidden states (T, H*directions): units x time steps, most active units on top.

    A bidirectional layer's states (directions=2: the forward half, then the backward half) are drawn as two
    labelled panels, each with its own most active units numbered within that direction: the backward state at
    step t has read tokens t..T, not 1..t.
    """
    tx = _text(text)
    hidden = np.asarray(hidden, dtype=float)
    halves = np.split(hidden, directions, axis=1) if directions > 1 else [hidden]
    per_half = max(1, max_units // len(halves))
    names = [tx["forward_dir"], tx["backward_dir"]] if len(halves) == 2 else [""]
    fig = make_subplots(rows=len(halves), cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        subplot_titles=names if len(halves) > 1 else None)
    bound = float(max(np.abs(hidden).max(), 1e-6)) if hidden.size else 1.0
    for row, half in enumerate(halves, start=1):
        units = top_units(half, per_half)
        labels = [f"{tx['unit']} {u}" for u in units]
        fig.add_trace(go.Heatmap(
            z=half[:, units].T, x=list(range(first_step, first_step + len(tokens))), y=labels, coloraxis="coloraxis",
            name=names[row - 1] or "h", customdata=np.array([[str(t) for t in tokens]] * len(units), dtype=object),
            hovertemplate="%{y}<br>%{x}: %{customdata}<br>h = %{z:.3f}<extra></extra>"), row=row, col=1)
        fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=labels, ticktext=labels,
                         tickfont={"size": 10}, row=row, col=1)  # every row labelled; its label says "unit N"
    rows = sum(min(per_half, h.shape[1]) for h in halves)
    fig.update_xaxes(**token_axis(tokens, tx["step"], max_ticks, first_step), row=len(halves), col=1)
    fig.update_layout(title=_title(title), height=max(320, 15 * rows + 90 * len(halves) + 110),
                      margin={"l": 70, "r": 20, "t": 80, "b": 80},
                      coloraxis={"colorscale": TANH_SCALE, "cmin": -bound, "cmax": bound, "colorbar": {"title": "h"}})
    return fig


def prefix_curve(prefix_probs: np.ndarray, tokens: Sequence[str], labels: Sequence[str],
                 title: str = "Prediction after each prefix", text: Mapping[str, str] | None = None,
                 max_ticks: int = MAX_TICKS, steps: Sequence[int] | None = None) -> go.Figure:
    """Line chart of each class's probability after reading tokens 1..t (markers only on short inputs); steps
    are the 0-based steps the rows of prefix_probs end at, when they are not every step (a thinned trace)."""
    tx = _text(text)
    probs = np.asarray(prefix_probs, dtype=float)
    fig = go.Figure()
    steps = list(range(len(tokens))) if steps is None else [int(s) for s in steps]
    for k, label in enumerate(labels):
        fig.add_trace(go.Scatter(
            x=steps, y=probs[:, k], mode="lines+markers" if len(steps) <= 60 else "lines", name=str(label),
            line={"color": label_colour(label, labels)}, customdata=[str(tokens[s]) for s in steps],
            hovertemplate=f"P({label})" + " = %{y:.3f}<br>" + tx["after"] + " %{customdata}<extra></extra>"))
    fig.add_hline(y=0.5, line_dash="dot", line_color="grey")
    fig.update_layout(title=_title(title), xaxis=token_axis(tokens, tx["step"], max_ticks),
                      yaxis={"title": tx["probability"], "range": [-0.03, 1.03]}, height=360,
                      margin={"l": 60, "r": 20, "t": 90, "b": 80}, legend=LEGEND_ON_TOP)
    return fig


def gates_heatmaps(gates: Mapping[str, np.ndarray], tokens: Sequence[str], max_units: int = MAX_GATE_UNITS,
                   text: Mapping[str, str] | None = None) -> go.Figure:
    """One heatmap per gate (T, H), stacked, for the same most-changing units (see cell_heatmaps)."""
    arrays = [np.asarray(a, dtype=float) for a in gates.values()]
    change = sum(a.std(axis=0) for a in arrays) if arrays and arrays[0].shape[0] > 1 else None
    units = (np.argsort(-change, kind="stable")[:max_units] if change is not None
             else top_units(arrays[0], max_units) if arrays else np.array([], dtype=int))
    return cell_heatmaps(gates, tokens, units, text=text)


def _base(name: str) -> tuple[str, str]:
    """'forget_0' -> ('forget', '0'); 'h' -> ('h', '')."""
    base, _, direction = name.rpartition("_")
    return (base, direction) if base and direction.isdigit() else (name, "")


def _panel_range(name: str, values: np.ndarray) -> tuple[float, float, str]:
    """(cmin, cmax, colour scale) of one quantity: sigmoid gates 0..1; tanh ones (h_t, candidates) -1..1; the
    cell state, which no squashing bounds, ±its largest |value|."""
    base = _base(name)[0]
    if base in SIGMOID_GATES:
        return 0.0, 1.0, SIGMOID_SCALE
    if base == "c":
        bound = float(max(np.abs(values).max(), 1e-6)) if values.size else 1.0
        return -bound, bound, TANH_SCALE
    return -1.0, 1.0, TANH_SCALE


def cell_heatmaps(panels: Mapping[str, np.ndarray], tokens: Sequence[str], units: Sequence[int],
                  text: Mapping[str, str] | None = None, max_ticks: int = MAX_TICKS,
                  first_step: int = 0) -> go.Figure:
    """Stacked heatmaps of what happens inside a cell, all for the same units (rows, every one labelled) over the
    time steps: e.g. {"h": h_t, "c": c_t, "input": i_t, "forget": f_t, "cell_candidate": g_t, "output": o_t}, each
    (T, H) (names may carry a direction suffix, "forget_0"). Each panel has its own colour bar beside it, on its
    quantity's range (_panel_range)."""
    tx = _text(text)
    names = list(panels)
    units = np.asarray(units, dtype=int)
    labels = [f"{tx['unit']} {u}" for u in units]
    fig = make_subplots(rows=max(len(names), 1), cols=1, shared_xaxes=True, vertical_spacing=0.045,
                        subplot_titles=[_gate_title(n, tx) for n in names] or [""])
    steps = list(range(first_step, first_step + len(tokens)))
    axes = {}
    for row, name in enumerate(names, start=1):
        z = np.asarray(panels[name], dtype=float)[:, units].T
        axis = "coloraxis" if row == 1 else f"coloraxis{row}"
        fig.add_trace(go.Heatmap(z=z, x=steps, y=labels, coloraxis=axis, name=name,
                                 hovertemplate=_gate_title(name, tx) + "<br>%{y}, %{x}<br>%{z:.3f}<extra></extra>"),
                      row=row, col=1)
        fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=labels, ticktext=labels,
                         tickfont={"size": 9 if len(units) > 12 else 10}, row=row, col=1)
        low, high, scale = _panel_range(name, z)
        axes[axis] = {"colorscale": scale, "cmin": low, "cmax": high}
    fig.update_xaxes(**token_axis(tokens, tx["step"], max_ticks, first_step), row=len(names) or 1, col=1)
    fig.update_layout(height=(14 * len(units) + 55) * max(len(names), 1) + 140,
                      margin={"l": 70, "r": 20, "t": 50, "b": 80}, **axes)
    for row, axis in enumerate(axes, start=1):  # each colour bar beside its own panel
        low, high = fig.layout["yaxis" if row == 1 else f"yaxis{row}"].domain
        fig.layout[axis].colorbar = {"y": (low + high) / 2, "len": (high - low) * 0.95, "yanchor": "middle",
                                     "thickness": 12, "x": 1.01}
    return fig


def _gate_title(name: str, tx: Mapping[str, str] = TEXT) -> str:
    """'forget_0' -> 'forget gate f_t', 'cell_candidate_1' -> 'cell candidate g_t (backward)', in tx's words."""
    base, direction = _base(name)
    label = tx.get(f"gate.{base}") or base.replace("_", " ") + ("" if "candidate" in base else f" {tx['gate']}")
    return label + (f" ({tx['backward']})" if direction == "1" else "")


def as_numbers(values: Sequence) -> list[float] | None:
    """The values as floats when every one is a number or a numeric string (e.g. atlas lengths "12"), else None."""
    out = []
    for v in values:
        if isinstance(v, bool):
            return None
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            return None
    return out or None


def context_map(points: np.ndarray, labels: Sequence, user_points: np.ndarray | None = None,
                user_texts: Sequence[str] = (), user_labels: Sequence = (),
                title: str = "Context vectors, 2-D map (PCA)", text: Mapping[str, str] | None = None,
                colour_title: str | None = None) -> go.Figure:
    """Atlas points coloured by label (or by a number, e.g. source length, on a colour scale), plus the
    user's sentences as large star markers (the newest biggest).

    SVG markers, not WebGL: an atlas has about 1,000 points, which SVG draws quickly, while each redraw of a
    WebGL trace sets up a new GL context (measured in headless Chromium: 440-550 ms against 140-170 ms per
    redraw of this map).
    """
    tx = _text(text)
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    fig = go.Figure()
    numbers = as_numbers(labels)
    classes = [] if numbers else list(dict.fromkeys(labels))
    if numbers:
        fig.add_trace(go.Scatter(
            x=points[:, 0], y=points[:, 1], mode="markers", name=tx["test_set"],
            marker={"size": 6, "opacity": 0.6, "color": numbers, "colorscale": LENGTH_SCALE,
                    "colorbar": {"title": colour_title or ""}},
            customdata=[str(v) for v in labels], hovertemplate=(colour_title or "") + " %{customdata}<extra></extra>"))
    for label in classes:
        mask = np.array([lab == label for lab in labels], dtype=bool)
        fig.add_trace(go.Scatter(
            x=points[mask, 0], y=points[mask, 1], mode="markers", name=f"{label} ({tx['test_set']})",
            marker={"size": 5, "opacity": 0.45, "color": label_colour(label, classes)},
            hovertemplate=f"{label}<extra></extra>"))
    if user_points is not None and len(user_points):
        user = np.asarray(user_points, dtype=float).reshape(-1, 2)
        texts = [_short(t) for t in user_texts] or [""] * len(user)
        preds = [str(p) for p in user_labels] or [""] * len(user)
        colours = [label_colour(p, classes) if p in classes or p in NAMED_LABEL_COLOURS else "black" for p in preds]
        sizes = [12] * (len(user) - 1) + [20]  # the newest sentence is the biggest
        fig.add_trace(go.Scatter(
            x=user[:, 0], y=user[:, 1], mode="markers", name=tx["yours"],
            marker={"symbol": "star", "size": sizes, "color": colours, "line": {"width": 1.5, "color": "black"}},
            customdata=np.stack([texts, preds], axis=-1),
            hovertemplate="%{customdata[0]}<br>" + tx["predicted"] + ": %{customdata[1]}<extra></extra>"))
    fig.update_layout(title=title, xaxis_title=tx["component1"], yaxis_title=tx["component2"], height=460,
                      margin={"l": 60, "r": 20, "t": 50, "b": 50}, legend={"orientation": "h", "y": -0.15})
    return fig


def sentence_map(points: np.ndarray, texts: Sequence[str], groups: Sequence, title: str,
                 text: Mapping[str, str] | None = None, colour_title: str | None = None) -> go.Figure:
    """A few sentences on a 2-D plane, numbered, coloured by group (a label, or a number on a scale)."""
    tx = _text(text)
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    numbers = [str(i + 1) for i in range(len(pts))]
    hover = [f"{n}. {_short(t)}<br>{g}" for n, t, g in zip(numbers, texts, groups)]
    fig = go.Figure()
    values = as_numbers(groups)
    if values:
        fig.add_trace(go.Scatter(
            x=pts[:, 0], y=pts[:, 1], mode="markers+text", text=numbers, textposition="top center",
            marker={"size": 14, "color": values, "colorscale": LENGTH_SCALE, "showscale": True,
                    "colorbar": {"title": colour_title or ""}, "line": {"width": 1, "color": "black"}},
            hovertext=hover, hoverinfo="text", showlegend=False))
    else:
        for group in dict.fromkeys(groups):
            idx = [i for i, g in enumerate(groups) if g == group]
            fig.add_trace(go.Scatter(
                x=pts[idx, 0], y=pts[idx, 1], mode="markers+text", name=str(group),
                text=[numbers[i] for i in idx], textposition="top center",
                marker={"size": 14, "color": label_colour(group, groups), "line": {"width": 1, "color": "black"}},
                hovertext=[hover[i] for i in idx], hoverinfo="text"))
    fig.update_layout(title=title, xaxis_title=tx["component1"], yaxis_title=tx["component2"], height=420,
                      margin={"l": 60, "r": 20, "t": 50, "b": 50}, legend={"orientation": "h", "y": -0.18})
    return fig


def similarity_heatmap(similarity: np.ndarray, names: Sequence[str], title: str,
                       text: Mapping[str, str] | None = None) -> go.Figure:
    """Cosine similarity matrix (N, N) with the values written in the cells."""
    tx = _text(text)
    sim = np.asarray(similarity, dtype=float)
    ticks = [str(i + 1) for i in range(len(names))]
    hover = [[f"{ticks[i]}. {_short(names[i], 40)}<br>{ticks[j]}. {_short(names[j], 40)}" for j in range(len(names))]
             for i in range(len(names))]
    fig = go.Figure(go.Heatmap(
        z=sim, x=ticks, y=ticks, zmin=-1, zmax=1, colorscale=TANH_SCALE, colorbar={"title": tx["similarity"]},
        text=np.round(sim, 2), texttemplate="%{text}" if len(names) <= 15 else None,
        customdata=np.array(hover, dtype=object), hovertemplate="%{customdata}<br>%{z:.3f}<extra></extra>"))
    fig.update_layout(title=title, height=max(360, 28 * len(names) + 160), margin={"l": 50, "r": 20, "t": 50, "b": 50},
                      xaxis={"title": tx["sentence"], "type": "category"},
                      yaxis={"title": tx["sentence"], "type": "category", "autorange": "reversed"})
    return fig


def decoder_candidates(steps: Sequence[Mapping], title: str, text: Mapping[str, str] | None = None) -> go.Figure:
    """Each decoder step's top-k candidate tokens (rows: rank) and their probabilities; chosen ones outlined."""
    tx = _text(text)
    k = max((len(s["top"]) for s in steps), default=0)
    probs = np.full((k, len(steps)), np.nan)
    words = np.full((k, len(steps)), "", dtype=object)  # in the cells: shortened, escaped
    whole = np.full((k, len(steps)), "", dtype=object)  # in the hover labels
    for t, step in enumerate(steps):
        for r, (tok, p) in enumerate(step["top"]):
            probs[r, t], whole[r, t] = p, _html(tok)
            words[r, t] = _html(_short(str(tok), MAX_CELL_CHARS))
    legible = len(steps) <= MAX_LABELLED_STEPS  # beyond that the words overlap: they stay in the hover labels
    fig = go.Figure(go.Heatmap(
        z=probs, x=list(range(len(steps))), y=[f"{tx['rank']} {r + 1}" for r in range(k)], zmin=0, zmax=1,
        colorscale=PROB_SCALE, colorbar={"title": "p"}, text=words, texttemplate="%{text}" if legible else None,
        textfont={"size": 10 if len(steps) > 12 else 11}, customdata=whole,
        hovertemplate="%{customdata}: p = %{z:.3f}<extra></extra>"))
    chosen_x, chosen_y = [], []
    for t, step in enumerate(steps):
        ranks = [r for r, (tok, _) in enumerate(step["top"]) if tok == step["token"]]
        if ranks:
            chosen_x.append(t)
            chosen_y.append(f"{tx['rank']} {ranks[0] + 1}")
    fig.add_trace(go.Scatter(x=chosen_x, y=chosen_y, mode="markers", hoverinfo="skip", showlegend=False,
                             marker={"symbol": "square-open", "size": 34 if legible else 8, "color": "black",
                                     "line": {"width": 2 if legible else 1}}))
    fig.update_layout(title=title, height=max(300, 44 * k + 160), margin={"l": 70, "r": 20, "t": 50, "b": 80},
                      xaxis=token_axis([s["token"] for s in steps], tx["output_step"], MAX_LABELLED_STEPS))
    fig.update_yaxes(autorange="reversed")
    return fig


def bleu_by_length(buckets: Sequence[str], bleus: Sequence[float], title: str,
                   text: Mapping[str, str] | None = None) -> go.Figure:
    """Bar chart of BLEU per source-length bucket (the single-vector bottleneck: long sources suffer)."""
    tx = _text(text)
    fig = go.Figure(go.Bar(x=[str(b) for b in buckets], y=list(bleus), text=[f"{b:.1f}" for b in bleus],
                           textposition="outside", marker_color=LABEL_COLOURS[0]))
    fig.update_layout(title=title, xaxis_title=tx["bucket"], yaxis_title=tx["bleu"], height=340,
                      yaxis={"range": [0, max([*bleus, 1.0]) * 1.2]}, margin={"l": 60, "r": 20, "t": 50, "b": 50})
    return fig


def curves_over_steps(series: Mapping[str, Sequence[float]], tokens: Sequence[str] | Mapping[str, Sequence[str]],
                      title: str, y_title: str, text: Mapping[str, str] | None = None,
                      y_range: Sequence[float] | None = None, log_y: bool = False,
                      max_ticks: int = MAX_TICKS, steps: Mapping[str, Sequence[int]] | None = None) -> go.Figure:
    """Several models' per-step values (prefix probabilities, ‖h_t‖, ...) over their tokens.

    tokens is one tokenisation for all, or {series name: its own tokens}: models that cut the text into the same
    tokens share a panel; each different tokenisation gets its own panel and token axis (one shared axis would put
    different tokens at the same step). Panels share the y axis. steps: {series name: the 0-based step of each
    value}, for a series that has values at some steps only (a thinned prefix curve); else one value per step.
    """
    tx = _text(text)
    own = tokens if isinstance(tokens, Mapping) else {name: tokens for name in series}
    groups: dict[tuple, list[str]] = {}
    for name in series:
        groups.setdefault(tuple(str(t) for t in own.get(name, ())), []).append(name)
    rows = len(groups)
    fig = make_subplots(rows=rows, cols=1, shared_yaxes=True, vertical_spacing=0.3 / rows if rows > 1 else 0.0,
                        subplot_titles=[", ".join(names) for names in groups.values()] if rows > 1 else None)
    for row, (toks, names) in enumerate(groups.items(), start=1):
        for name in names:
            values = [float(v) for v in series[name]]
            xs = [int(x) for x in steps[name]] if steps and name in steps else list(range(len(values)))
            cell = str(name).split(".")[0].split("-")[0]
            fig.add_trace(go.Scatter(
                x=xs, y=values, mode="lines+markers" if len(values) <= 60 else "lines",
                name=str(name), line={"color": CELL_COLOURS.get(cell, _colour(list(series).index(name))), "width": 2},
                customdata=[toks[x] if x < len(toks) else "" for x in xs],
                hovertemplate=f"{name}" + "<br>%{x}: %{customdata}<br>%{y:.3g}<extra></extra>"), row=row, col=1)
        fig.update_xaxes(**token_axis(list(toks), tx["step"] if row == rows else "", max_ticks), row=row, col=1)
        fig.update_yaxes(title=y_title, **({"range": list(y_range)} if y_range else {}),
                         **({"type": "log", "dtick": _decades(series.values()), "exponentformat": "power"}
                            if log_y else {}), row=row, col=1)
    top = 90 if rows == 1 else 115  # room for the title, the legend and (several panels) the first panel's title
    height = 300 * rows + top + 10
    area = height - top - 80  # the plot area's height in pixels: the legend goes above the first panel's title
    fig.update_layout(title=_title(title), height=height, margin={"l": 60, "r": 20, "t": top, "b": 80},
                      legend={**LEGEND_ON_TOP, "y": 1.02 + (28 / area if rows > 1 else 0)})
    return fig


def _decades(series: Iterable[Sequence[float]], ticks: int = 8) -> int:
    """Decades between a log axis's labels: 1 (every power of ten) unless the values span more than `ticks`."""
    values = np.concatenate([np.asarray(v, dtype=float).ravel() for v in series] or [np.ones(1)])
    values = values[values > 0]
    if not values.size:
        return 1
    return max(1, int(np.ceil(np.log10(values.max() / values.min()) / ticks)))


def training_curves(history: Sequence[Mapping], title: str, text: Mapping[str, str] | None = None) -> go.Figure:
    """Training loss and validation metrics per epoch (from an entry's history.json), two panels."""
    tx = _text(text)
    epochs = [h.get("epoch", i + 1) for i, h in enumerate(history)]
    fig = make_subplots(rows=1, cols=2, subplot_titles=[tx["train_loss"], tx["val_metric"]], horizontal_spacing=0.12)
    if any("train_loss" in h for h in history):
        fig.add_trace(go.Scatter(x=epochs, y=[h.get("train_loss") for h in history], mode="lines+markers",
                                 name=tx["train_loss"], line={"color": LABEL_COLOURS[1]}), row=1, col=1)
    metrics = [k for k in dict.fromkeys(k for h in history for k in h)
               if k.startswith("val_") and k != "val_score" and isinstance(history[0].get(k), (int, float))]
    for k, key in enumerate(metrics):
        fig.add_trace(go.Scatter(x=epochs, y=[h.get(key) for h in history], mode="lines+markers", name=key,
                                 line={"color": _colour(k + 2)}), row=1, col=2)
    fig.update_xaxes(title=tx["epoch"])
    fig.update_layout(title=title, height=320, margin={"l": 60, "r": 20, "t": 70, "b": 50},
                      legend={"orientation": "h", "y": -0.3})
    return fig


def vector_strip(values: Sequence[float], title: str, parts: Sequence[tuple[str, int]] = ()) -> go.Figure:
    """One vector (e.g. a context vector of C numbers) as a one-row heatmap; parts=[(name, size)] mark its pieces."""
    v = np.asarray(values, dtype=float).reshape(1, -1)
    bound = float(max(np.abs(v).max(), 1e-6)) if v.size else 1.0
    fig = go.Figure(go.Heatmap(z=v, zmin=-bound, zmax=bound, colorscale=TANH_SCALE, showscale=True,
                               hovertemplate="%{x}: %{z:.3f}<extra></extra>"))
    start = 0
    for name, size in parts:
        fig.add_annotation(x=start + (size - 1) / 2, y=0.75, text=name, showarrow=False, yanchor="bottom")
        if start:
            fig.add_vline(x=start - 0.5, line_color="black", line_width=2)
        start += size
    fig.update_yaxes(visible=False, range=[-0.5, 1.2])
    fig.update_layout(title=title, height=170, margin={"l": 20, "r": 20, "t": 50, "b": 30})
    return fig


def _box(fig: go.Figure, x: float, y: float, label: str, colour: str, w: float = 0.7, h: float = 0.5) -> None:
    fig.add_shape(type="rect", x0=x - w / 2, x1=x + w / 2, y0=y - h / 2, y1=y + h / 2, line={"color": colour},
                  fillcolor=colour, opacity=0.25, layer="below")
    fig.add_annotation(x=x, y=y, text=label, showarrow=False, font={"size": 12})


def _arrow(fig: go.Figure, x0: float, y0: float, x1: float, y1: float, label: str = "") -> None:
    fig.add_annotation(x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y", text="",
                       showarrow=True, arrowhead=2, arrowwidth=1.5, arrowcolor="#555")
    if label:
        fig.add_annotation(x=(x0 + x1) / 2, y=(y0 + y1) / 2 + 0.2, text=label, showarrow=False, font={"size": 10})


def _clip_steps(tokens: Sequence[str], limit: int) -> tuple[list[str], list[int | None]]:
    """The tokens to draw (the middle of a long input replaced by '…') and each one's step number (1-based)."""
    tokens = [str(t) for t in tokens]
    if len(tokens) <= limit:
        return tokens, list(range(1, len(tokens) + 1))
    return tokens[: limit - 2] + ["…", tokens[-1]], [*range(1, limit - 1), None, len(tokens)]


def _h(step: int | str) -> str:
    return f"h<sub>{step}</sub>"


def unrolled_diagram(tokens: Sequence[str], output: str, title: str, text: Mapping[str, str] | None = None,
                     outputs: Sequence[str] | None = None, limit: int = MAX_DIAGRAM_STEPS,
                     pooling: Sequence[str] = (), context_dim: int | None = None) -> go.Figure:
    """The cell unrolled over time steps: x_t -> [cell] -> h_t -> next cell, its rows named as the network's
    layers (input layer, hidden layer, output layer).

    Many-to-one (outputs None): the context vector is built as the classifier builds it: `pooling` names its
    parts in order (e.g. ("h_T", "max", "mean") for concat pooling: the last state joined with the maximum and
    the mean over all states, drawn as a line gathering every h_t), `context_dim` its length; the output layer
    reads it and gives `output`. Encoder-decoder (outputs given): the encoder's last h is the context vector,
    which starts a decoder that emits `outputs` one token per step.
    """
    tx = _text(text)
    src, numbers = _clip_steps(tokens, limit)
    fig = go.Figure()
    blue, green, orange = LABEL_COLOURS[0], LABEL_COLOURS[2], LABEL_COLOURS[4]
    for i, tok in enumerate(src):
        _box(fig, i, 0, "…" if numbers[i] is None else f"{tx['cell']}", blue)
        fig.add_annotation(x=i, y=-1.0, text=_html(tok), showarrow=False, font={"size": 11})
        _arrow(fig, i, -0.8, i, -0.27)
        if i:  # the state handed from the previous step: h_(its number), or h_(T-1) out of the '…'
            before = numbers[i - 1] if numbers[i - 1] is not None else (numbers[i] or 1) - 1
            _arrow(fig, i - 0.65, 0, i - 0.35, 0, _h(before))
    last = len(src) - 1
    steps = numbers[-1] if numbers else 0
    if outputs is None:
        fig.add_annotation(x=-0.6, y=-1.0, text=f"<b>{tx['input_layer']}</b><br>x<sub>t</sub>", showarrow=False,
                           xanchor="right", align="right")
        fig.add_annotation(x=-0.6, y=0, text=f"<b>{tx['hidden_layer']}</b><br>{tx['cell']}, h<sub>t</sub>",
                           showarrow=False, xanchor="right", align="right")
        parts = list(pooling) or ["h<sub>T</sub>"]
        cx = last + 1.9
        size = f" = {context_dim}" if context_dim else ""
        _box(fig, cx, 0, f"<b>{tx['context']}</b><br>[{' ; '.join(parts)}]{size}", orange, w=2.1, h=0.8)
        _arrow(fig, last + 0.35, 0, cx - 1.05, 0, _h("T" if steps else "t"))
        if len(parts) > 1:  # max and mean read every step's state: a line gathers them all
            for i in range(len(src)):
                fig.add_shape(type="line", x0=i, x1=i, y0=0.25, y1=0.7, line={"color": "#999", "width": 1})
            fig.add_shape(type="line", x0=0, x1=cx, y0=0.7, y1=0.7, line={"color": "#999", "width": 1.5})
            _arrow(fig, cx, 0.7, cx, 0.42)
            fig.add_annotation(x=last / 2, y=0.7, text=tx["pool"], showarrow=False, yanchor="bottom",
                               font={"size": 11}, bgcolor="white")
        ox = cx + 2.3
        _box(fig, ox, 0, f"<b>{tx['output']}</b><br>→ <b>{_html(output)}</b>", green, w=1.7, h=0.8)
        _arrow(fig, cx + 1.05, 0, ox - 0.85, 0)
        right, top = ox + 1.0, 1.1
    else:
        fig.add_annotation(x=-0.6, y=-1.0, text=f"<b>{tx['input']}</b>", showarrow=False, xanchor="right")
        _box(fig, last + 1.4, 0, f"<b>{tx['context'].replace(' ', '<br>', 1)}</b>", orange, w=1.3, h=0.75)
        _arrow(fig, last + 0.35, 0, last + 0.75, 0, _h("T"))
        outs, _ = _clip_steps(list(outputs), limit)
        base = last + 2.8
        for j, tok in enumerate(outs):
            _box(fig, base + j, 0, tx["cell"], green)
            fig.add_annotation(x=base + j, y=1.0, text=_html(tok), showarrow=False, font={"size": 11})
            _arrow(fig, base + j, 0.27, base + j, 0.8)
            if j:
                _arrow(fig, base + j - 0.65, 0, base + j - 0.35, 0)
        _arrow(fig, last + 2.05, 0, base - 0.35, 0)
        fig.add_annotation(x=(base + base + len(outs) - 1) / 2, y=-0.7, text=f"<b>{tx['decoder']}</b>",
                           showarrow=False)
        fig.add_annotation(x=last / 2, y=0.6, text=f"<b>{tx['encoder']}</b>", showarrow=False)
        right, top = base + len(outs), 1.4
    fig.update_xaxes(visible=False, range=[-2.4, right])
    fig.update_yaxes(visible=False, range=[-1.4, top], scaleanchor=None)
    fig.update_layout(title=title, height=280, margin={"l": 10, "r": 10, "t": 50, "b": 10}, showlegend=False,
                      plot_bgcolor="white")
    return fig


BOW_COLOUR = "#7f7f7f"  # the bag of words: grey, the order-blind baseline beside the cells' colours


def _model_colour(name: str, k: int) -> str:
    """A model's colour from its name's architecture (rnn./lstm./gru./bow., or just RNN, LSTM, GRU, BoW), else the
    k-th label colour."""
    arch = str(name).split(".")[0].split("-")[0].lower()
    return BOW_COLOUR if arch == "bow" else CELL_COLOURS.get(arch, _colour(k))


def variant_bars(scores: Mapping[str, Sequence[float]], variants: Sequence[str], texts: Sequence[str], title: str,
                 y_title: str, text: Mapping[str, str] | None = None) -> go.Figure:
    """Grouped bars: each model's score (e.g. P(pos)) of each variant of a sentence, one group per variant.

    scores: {model name: one score per variant}; variants: the groups' labels; texts: each variant's text (hover).
    A dashed line marks 0.5, where the predicted label flips.
    """
    tx = _text(text)
    labels = [str(v) for v in variants]
    hover = [_short(t, 90) for t in texts]
    fig = go.Figure()
    for k, (name, values) in enumerate(scores.items()):
        fig.add_trace(go.Bar(
            x=labels, y=[float(v) for v in values], name=str(name), marker_color=_model_colour(name, k),
            text=[f"{float(v):.2f}" for v in values], textposition="outside", textfont={"size": 10},
            customdata=hover, hovertemplate=f"{name}<br>%{{x}}: %{{y:.3f}}<br>%{{customdata}}<extra></extra>"))
    fig.add_hline(y=0.5, line_dash="dash", line_color="#555", line_width=1)
    fig.update_layout(title=title, barmode="group", height=400, yaxis={"title": y_title, "range": [0, 1.12]},
                      xaxis={"title": tx["variant"]}, margin={"l": 60, "r": 20, "t": 50, "b": 60},
                      legend={"orientation": "h", "y": 1.12})
    return fig


def word_contributions(tokens: Sequence[str], contributions: Sequence[float], intercept: float, title: str,
                       text: Mapping[str, str] | None = None) -> go.Figure:
    """A bag of words' reading of a text: each word's part of the logit as a bar (green pushes towards the second
    label, red towards the first), the intercept last; the bars sum to the logit."""
    tx = _text(text)
    values = [float(c) for c in contributions] + [float(intercept)]
    names = [str(t) for t in tokens] + [tx["intercept"]]
    colours = [LABEL_COLOURS[2] if v >= 0 else LABEL_COLOURS[1] for v in values[:-1]] + [BOW_COLOUR]
    fig = go.Figure(go.Bar(x=list(range(len(values))), y=values, marker_color=colours,
                           customdata=names, hovertemplate="%{customdata}: %{y:+.3f}<extra></extra>"))
    fig.update_layout(title=title, xaxis=token_axis(names, tx["word"]), yaxis={"title": tx["contribution"]},
                      height=340, margin={"l": 60, "r": 20, "t": 50, "b": 80}, showlegend=False)
    return fig


def prefix_pair(first: tuple[str, Sequence[float], Sequence[str]], second: tuple[str, Sequence[float], Sequence[str]],
                title: str, y_title: str, text: Mapping[str, str] | None = None) -> go.Figure:
    """Two per-prefix curves of one model (e.g. a sentence and a reordering of it), each (name, values, tokens):
    the first's tokens label the bottom axis, the second's the top one, step for step."""
    tx = _text(text)
    steps = max(len(first[1]), len(second[1]), 1)
    fig = go.Figure()
    for (name, values, tokens), axis, colour, dash in ((first, "x", LABEL_COLOURS[0], "solid"),
                                                      (second, "x2", LABEL_COLOURS[4], "dash")):
        fig.add_trace(go.Scatter(
            x=list(range(len(values))), y=[float(v) for v in values], xaxis=axis, mode="lines+markers",
            name=str(name), line={"color": colour, "width": 2.5, "dash": dash}, customdata=[str(t) for t in tokens],
            hovertemplate=f"{name}" + "<br>%{x}: %{customdata}<br>%{y:.3f}<extra></extra>"))
    bottom, top = token_axis(first[2], tx["step"]), token_axis(second[2], "")
    fig.add_hline(y=0.5, line_dash="dot", line_color="#999", line_width=1)
    fig.update_layout(title=title, height=400, yaxis={"title": y_title, "range": [0, 1]},
                      xaxis={**bottom, "range": [-0.5, steps - 0.5]},
                      xaxis2={**top, "range": [-0.5, steps - 0.5], "overlaying": "x", "side": "top",
                              "tickfont": {"color": LABEL_COLOURS[4]}},
                      margin={"l": 60, "r": 20, "t": 110, "b": 80}, legend={"orientation": "h", "y": -0.35})
    return fig


def _short(text: str, limit: int = 60) -> str:
    """One line of at most limit characters, for hover labels."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
