"""The one training loop every task uses: bucketed batches, AdamW + one-cycle, clipping,
validation every epoch with early stopping, resumable checkpoints, progress bar, CPU/GPU/torchrun.
"""
from __future__ import annotations

import contextlib
import copy
import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn
from tqdm import tqdm

from . import distributed
from .batching import bucket_batches, split_rows


@dataclass(frozen=True)
class FitConfig:
    """Optimisation settings shared by every recipe."""

    epochs: int = 10
    batch_size: int = 64
    lr: float = 2e-3
    weight_decay: float = 0.01
    clip: float = 1.0
    patience: int = 3
    seed: int = 13
    warmup: float = 0.1  # share of steps spent warming up (one-cycle)
    device: str | None = None
    checkpoint: str | None = None  # path of the resumable checkpoint
    resume: bool = False
    max_steps: int | None = None  # stop after this many steps (smoke tests)
    ema: float = 0.0  # >0: validate and keep an exponential moving average of the weights with this decay
    # >0: run each batch's forward and backward as passes of about this many padded positions, gradients summed:
    # the same update in smaller pieces, which oneDNN's CPU LSTM runs faster per token (bench/training.py)
    pass_tokens: int = 0


@dataclass
class Task:
    """What the loop needs to know about a task; recipes build one."""

    lengths: list[int]  # length of each training example, for bucketing
    make_batch: Callable[[list[int]], tuple[Tensor, ...]]  # example indices -> CPU tensors
    loss: Callable[[nn.Module, tuple[Tensor, ...]], Tensor]  # model, batch on device -> scalar loss
    validate: Callable[[nn.Module], dict[str, float]]  # eval-mode model -> metrics with "score" (higher is better)
    count_tokens: Callable[[tuple[Tensor, ...]], int] = lambda batch: int(batch[0].numel())
    # a part of a batch -> its weight in the batch's mean loss (its rows; a token-averaged loss counts its tokens)
    weight: Callable[[tuple[Tensor, ...]], float] = lambda batch: float(batch[0].shape[0])


@dataclass
class FitResult:
    """The best weights (by validation score), the per-epoch history and the wall time."""

    best_state: dict[str, Tensor]
    history: list[dict[str, Any]]
    seconds: float
    best_epoch: int
    extra: dict[str, Any] = field(default_factory=dict)


def save_atomically(path: Path, payload: dict) -> None:
    """torch.save through a temporary file and a rename, so a killed process never leaves half a file."""
    tmp = path.with_suffix(".tmp")
    torch.save(payload, tmp)
    os.replace(tmp, path)


class WeightAverage:
    """An exponential moving average of a model's floating-point weights (decay warmed up as (1+t)/(10+t))."""

    def __init__(self, model: nn.Module, decay: float, saved: dict[str, Any] | None = None) -> None:
        self.decay, self.updates = decay, 0
        self.shadow = {k: v.detach().clone() for k, v in model.state_dict().items()}
        self.floats = [k for k, v in self.shadow.items() if v.is_floating_point()]  # averaged; the rest copied
        self.others = [k for k, v in self.shadow.items() if not v.is_floating_point()]
        if saved:
            self.updates = saved["updates"]
            for k, v in saved["shadow"].items():
                self.shadow[k].copy_(v)

    @torch.no_grad()
    def update(self, model: nn.Module) -> None:
        """Move the average one step towards the model's current weights."""
        self.updates += 1
        decay = min(self.decay, (1 + self.updates) / (10 + self.updates))
        current = model.state_dict()
        torch._foreach_lerp_([self.shadow[k] for k in self.floats], [current[k].detach() for k in self.floats],
                             1 - decay)
        for k in self.others:
            self.shadow[k].copy_(current[k])

    def swapped_into(self, model: nn.Module) -> dict[str, Tensor]:
        """Load the average into the model; returns the model's own weights, to load back afterwards."""
        own = {k: v.detach().clone() for k, v in model.state_dict().items()}
        model.load_state_dict(self.shadow)
        return own

    def saved(self) -> dict[str, Any]:
        """What a checkpoint stores to resume the average."""
        return {"updates": self.updates, "shadow": {k: v.cpu() for k, v in self.shadow.items()}}


def backward_in_passes(net: nn.Module, task: Task, batch: tuple[Tensor, ...], pass_tokens: int) -> float:
    """Accumulate the gradients of the batch's loss, computed in passes of about pass_tokens positions (one pass
    when 0), each pass's loss weighted by its share of the batch; returns the batch's loss."""
    passes = split_rows(batch, pass_tokens)
    weights = [task.weight(part) for part in passes]
    total, loss = sum(weights), 0.0
    for i, (part, weight) in enumerate(zip(passes, weights)):
        last = i == len(passes) - 1  # under DistributedDataParallel, gradients are averaged across ranks once
        with contextlib.nullcontext() if last or not hasattr(net, "no_sync") else net.no_sync():
            share = task.loss(net, part) * (weight / total)
            share.backward()
        loss += float(share.detach())
    return loss


def one_cycle(optimizer: torch.optim.Optimizer, max_lr: float, total: int,
              warmup: float) -> torch.optim.lr_scheduler.OneCycleLR:
    """The one-cycle schedule over total steps (any total >= 1), its first `warmup` share rising to max_lr.

    OneCycleLR divides by the length of each of its phases, and a phase has length 0 when the warm-up is exactly
    one step (0.1 of 10 steps: 5 steps per rank for 2 epochs under torchrun) or every step. So a warm-up of one
    step or less is none (the schedule starts at its peak), and the last step always anneals.
    """
    share = min(warmup, (total - 1) / total)
    share = 0.0 if share * total <= 1 else float(share)
    return torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=max_lr, total_steps=total, pct_start=share,
                                               anneal_strategy="cos")


def fit(model: nn.Module, task: Task, cfg: FitConfig) -> FitResult:
    """Train until cfg.epochs or early stopping; returns the best state by validation score."""
    runtime = distributed.start(cfg.device)
    torch.manual_seed(cfg.seed)
    model.to(runtime.device)
    net = distributed.wrap(model, runtime)
    steps_per_epoch = len(bucket_batches(task.lengths, cfg.batch_size, cfg.seed, runtime.rank, runtime.world))
    total = max(cfg.epochs * steps_per_epoch, 1)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    schedule = one_cycle(optimizer, cfg.lr, total, cfg.warmup)
    state = {"epoch": 0, "history": [], "best_score": -math.inf, "best_epoch": 0, "bad_epochs": 0,
             "best_state": None, "seconds": 0.0, "steps": 0}
    ckpt = Path(cfg.checkpoint) if cfg.checkpoint else None
    saved: dict[str, Any] = {}
    if ckpt and cfg.resume and ckpt.is_file():
        saved = torch.load(ckpt, map_location="cpu", weights_only=True)  # our own local file, tensors only
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        schedule.load_state_dict(saved["schedule"])
        torch.set_rng_state(saved["rng"])
        state = saved["state"]
        if runtime.is_main:
            print(f"resumed from {ckpt} after epoch {state['epoch']}", flush=True)
    average = WeightAverage(model, cfg.ema, saved.get("ema")) if cfg.ema else None
    started = time.time() - state["seconds"]
    while state["epoch"] < cfg.epochs and state["bad_epochs"] < cfg.patience:
        epoch = state["epoch"] + 1
        batches = bucket_batches(task.lengths, cfg.batch_size, cfg.seed + epoch, runtime.rank, runtime.world)
        net.train()
        epoch_start, loss_sum, tokens, steps_run = time.time(), 0.0, 0, 0
        bar = tqdm(batches, desc=f"epoch {epoch}/{cfg.epochs}", disable=not runtime.is_main,
                   mininterval=2.0, leave=True, dynamic_ncols=True)
        for step, index in enumerate(bar, 1):
            batch = tuple(t.to(runtime.device) for t in task.make_batch(index))
            optimizer.zero_grad(set_to_none=True)
            loss = backward_in_passes(net, task, batch, cfg.pass_tokens)
            nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
            optimizer.step()
            schedule.step()
            if average:
                average.update(model)
            loss_sum += loss
            tokens += task.count_tokens(batch)
            steps_run += 1
            state["steps"] += 1
            if step % 20 == 0:
                bar.set_postfix(loss=f"{loss_sum / step:.4f}")
            if cfg.max_steps and state["steps"] >= cfg.max_steps:
                break
        seconds = time.time() - epoch_start
        model.eval()
        own = average.swapped_into(model) if average else None  # validate (and keep) the averaged weights
        with torch.no_grad():
            metrics = task.validate(model)
        record = {"epoch": epoch, "train_loss": distributed.mean_across(loss_sum / max(steps_run, 1), runtime),
                  **{f"val_{k}": v for k, v in metrics.items()}, "lr": schedule.get_last_lr()[0],
                  "seconds": round(seconds, 2), "tokens_per_s": round(tokens * runtime.world / max(seconds, 1e-9))}
        state["history"].append(record)
        if metrics["score"] > state["best_score"]:
            state.update(best_score=metrics["score"], best_epoch=epoch, bad_epochs=0,
                         best_state=copy.deepcopy({k: v.cpu() for k, v in model.state_dict().items()}))
        else:
            state["bad_epochs"] += 1
        if own is not None:
            model.load_state_dict(own)
        state["epoch"] = epoch
        state["seconds"] = time.time() - started
        if runtime.is_main:
            shown = ", ".join(f"{k}={v:.4f}" for k, v in record.items() if isinstance(v, float))
            print(f"epoch {epoch}: {shown}", flush=True)
            if ckpt:
                ckpt.parent.mkdir(parents=True, exist_ok=True)
                save_atomically(ckpt, {"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                                       "schedule": schedule.state_dict(), "rng": torch.get_rng_state(),
                                       "state": state, "config": asdict(cfg),
                                       **({"ema": average.saved()} if average else {})})
        if cfg.max_steps and state["steps"] >= cfg.max_steps:
            break
    distributed.stop()
    model.load_state_dict(state["best_state"])
    model.cpu().eval()
    return FitResult(state["best_state"], state["history"], state["seconds"], state["best_epoch"])
