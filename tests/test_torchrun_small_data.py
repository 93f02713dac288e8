"""Training on a user's small file under torchrun: whatever trains in one process trains in two (gloo, CPU)."""
from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from train.batching import bucket_batches
from train.loop import one_cycle
from zoo.hub.loader import load_folder

ROOT = Path(__file__).resolve().parent.parent
SMALL = ["--set", "hidden_dim=16", "--set", "embed_dim=16", "--set", "vocab_size=300", "--threads", "1"]


def write_reviews(path: Path, rows: int) -> Path:
    """A made-up two-label review file (column review, sentiment), half of each label."""
    rng = random.Random(0)
    good, bad = ["lovely", "bright", "warm", "clever", "gentle"], ["dreary", "clumsy", "flat", "noisy", "stale"]
    things = ["soup", "film", "bus ride", "garden", "concert", "novel"]
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["review", "sentiment"])
        for i in range(rows):
            label = "positive" if i % 2 else "negative"
            words = good if label == "positive" else bad
            writer.writerow([f"the {rng.choice(things)} felt {rng.choice(words)} and {rng.choice(words)}", label])
    return path


@pytest.mark.parametrize("world", [1, 2, 3])
@pytest.mark.parametrize("batches", [1, 2, 5, 9, 10, 11])
def test_every_rank_gets_the_same_number_of_batches_and_none_is_lost(batches: int, world: int) -> None:
    lengths = [i % 7 + 1 for i in range(batches * 4)]
    shares = [bucket_batches(lengths, 4, seed=3, rank=r, world=world) for r in range(world)]
    assert len({len(s) for s in shares}) == 1 and len(shares[0]) >= 1
    assert {i for share in shares for batch in share for i in batch} == set(range(len(lengths)))


@pytest.mark.parametrize("warmup", [0.0, 0.1, 0.25, 0.5, 1.0])
def test_the_one_cycle_schedule_runs_for_any_number_of_steps(warmup: float) -> None:
    for total in range(1, 60):
        optimizer = torch.optim.AdamW([torch.nn.Parameter(torch.zeros(1))], lr=1e-3)
        schedule = one_cycle(optimizer, 1e-3, total, warmup)
        for _ in range(total):
            optimizer.step()
            schedule.step()
        assert all(0 < lr <= 1e-3 for lr in schedule.get_last_lr())


def test_torchrun_trains_a_small_csv(tmp_path: Path) -> None:
    """80 train rows in batches of 8: 5 steps per rank per epoch, 10 in all (one-cycle's warm-up was one step)."""
    path = write_reviews(tmp_path / "mine.csv", 100)
    torchrun = Path(sys.executable).parent / "torchrun"
    cmd = [str(torchrun), "--standalone", "--nproc_per_node", "2", "-m", "train.classify", "--train-file", str(path),
           "--text-col", "review", "--label-col", "sentiment", "--name", "lstm.mine", "--cell", "lstm",
           "--task", "sentiment", "--positive-label", "positive", "--runs", str(tmp_path / "runs"), "--no-publish",
           "--epochs", "2", "--set", "batch_size=8", *SMALL]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    entry = load_folder(tmp_path / "runs" / "entries" / "lstm.mine")
    assert entry.labels == ["negative", "positive"]
    assert len(json.loads((entry.folder / "history.json").read_text())) == 2  # both epochs ran
    assert entry.predict(["the soup felt lovely"])[0]["label"] in ("negative", "positive")
