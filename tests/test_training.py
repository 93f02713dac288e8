"""Training: a smoke run writes a loadable entry; a killed run resumes to the same result; torchrun works."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from zoo.hub.loader import load_folder

ROOT = Path(__file__).resolve().parent.parent
SMALL = ["--set", "hidden_dim=16", "--set", "embed_dim=16", "--set", "vocab_size=600", "--threads", "1"]


def train(runs: Path, *extra: str, env: dict | None = None, wait: bool = True):
    cmd = [sys.executable, "-m", "train.classify", "lstm.sms-spam", "--runs", str(runs), "--no-publish", *SMALL, *extra]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    if wait:
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, out
        proc.output = out  # type: ignore[attr-defined]
    return proc


def test_smoke_run_writes_a_loadable_entry(tmp_path: Path, data_root: Path) -> None:
    out = train(tmp_path, "--epochs", "1", "--max-steps", "5", "--set", "read_limits=[16,128]",
                "--set", "cleanup=html-breaks").output
    entry = load_folder(tmp_path / "entries" / "lstm.sms-spam")
    assert entry.config.model_args.hidden_dim == 16
    # the read limit is chosen on validation and the card says what was tried
    assert "by read limit" in out and entry.config.max_tokens in (16, 128)
    assert entry.card["train_max_tokens"] == 128 and entry.card["max_tokens"] == entry.config.max_tokens
    assert entry.predict(["hello"])[0]["label"] in ("ham", "spam")
    assert entry.predict("call<br />now") == entry.predict("call now")  # the recipe's clean-up is in the tokenizer
    assert len(json.loads((entry.folder / "history.json").read_text())) == 1


def test_float16_storage_is_measured_as_stored(tmp_path: Path, data_root: Path) -> None:
    """A float16 recipe stores float16 tensors; its card names the dtype and what rounding cost on validation."""
    from safetensors.torch import load_file

    out = train(tmp_path, "--epochs", "1", "--max-steps", "5", "--set", "dtype=float16").output
    entry = load_folder(tmp_path / "entries" / "lstm.sms-spam")
    stored = load_file(entry.folder / "model.safetensors")
    assert {t.dtype for t in stored.values()} == {torch.float16}
    assert entry.card["weights_dtype"] == "float16" and "stored as float16: validation f1" in out
    assert "rounded to float16 for storage" in (entry.folder / "README.md").read_text()


def test_distillation_from_the_baseline_is_stated_and_timed(tmp_path: Path, data_root: Path) -> None:
    """distill > 0 fits the TF-IDF teacher out-of-fold on train; the card says so and counts its time."""
    out = train(tmp_path, "--epochs", "1", "--max-steps", "5", "--set", "distill=0.5").output
    assert "fitting the TF-IDF teacher (char) on 5 folds" in out
    report = out.split("teacher: out-of-fold train accuracy ")[1].split()
    agree, teacher_seconds = float(report[0]), float(report[2])
    assert 0.9 < agree <= 1.0  # the baseline is a strong spam detector even out-of-fold
    entry = load_folder(tmp_path / "entries" / "lstm.sms-spam")
    card = (entry.folder / "README.md").read_text()
    assert "Distilled from the TF-IDF baseline" in card and "included in the training time" in card
    assert "--set distill=0.5" in entry.card["reproduce"]  # the card's command reproduces this run, not the recipe
    history = json.loads((entry.folder / "history.json").read_text())
    # teacher counted (the log prints the stored time, in tenths like the card; history's seconds are unrounded)
    assert entry.card["train_time_s"] >= teacher_seconds + sum(h["seconds"] for h in history) - 0.1
    # a second run on the same split reuses the stored probabilities, and still counts the original fit's time
    [stored] = (tmp_path / "cache").glob("teacher-*.pt")
    again = train(tmp_path, "--epochs", "1", "--max-steps", "5", "--set", "distill=0.5", "--set", "seed=7").output
    assert "fitting the TF-IDF teacher" not in again and f"reusing the out-of-fold probabilities in {stored}" in again
    assert load_folder(tmp_path / "entries" / "lstm.sms-spam").card["train_time_s"] >= teacher_seconds


def test_a_recipe_in_stages_trains_each_from_the_one_before(tmp_path: Path, data_root: Path) -> None:
    """`stages`: each earlier stage is a whole run, the next starts from its entry; resume reuses a written stage."""
    stages = '[{"dtype": "float16"}, {"lr": 0.001}]'
    out = train(tmp_path, "--epochs", "1", "--max-steps", "3", "--set", f"stages={stages}").output
    first, second = (tmp_path / f"stage-{n}" / "entries" / "lstm.sms-spam" for n in (1, 2))
    assert load_folder(first).card["weights_dtype"] == "float16" and not load_folder(first).card.get("init")
    assert load_folder(second).card["init"]["name"] == str(first)
    final = load_folder(tmp_path / "entries" / "lstm.sms-spam")
    assert final.card["init"]["name"] == str(second) and "stage 3/3: the recipe" in out
    assert "this last stage started from the entry that stage 2 wrote" in (final.folder / "README.md").read_text()
    assert (final.folder / "tokenizer.json").read_text() == (first / "tokenizer.json").read_text()  # one tokenizer
    again = train(tmp_path, "--epochs", "1", "--max-steps", "3", "--set", f"stages={stages}", "--resume").output
    assert f"stage 1/3: reusing the entry in {first}" in again and f"stage 2/3: reusing the entry in {second}" in again


def test_killed_run_resumes_to_the_same_result(tmp_path: Path, data_root: Path) -> None:
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    train(whole, "--epochs", "3")
    proc = train(broken, "--epochs", "3", wait=False)
    ckpt = broken / "lstm.sms-spam.ckpt"
    deadline = time.time() + 300
    while not ckpt.exists() and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # now inside epoch 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    train(broken, "--epochs", "3", "--resume")
    a = json.loads((whole / "entries" / "lstm.sms-spam" / "history.json").read_text())
    b = json.loads((broken / "entries" / "lstm.sms-spam" / "history.json").read_text())
    # Same seed, same batches, restored RNG: on one CPU thread the runs agree to float precision.
    assert [round(r["val_f1"], 6) for r in a] == [round(r["val_f1"], 6) for r in b]
    assert [r["train_loss"] for r in a] == pytest.approx([r["train_loss"] for r in b], rel=1e-5)


def test_torchrun_two_cpu_processes(tmp_path: Path, data_root: Path) -> None:
    torchrun = Path(sys.executable).parent / "torchrun"
    cmd = [str(torchrun), "--standalone", "--nproc_per_node", "2", "-m", "train.classify", "lstm.sms-spam",
           "--runs", str(tmp_path), "--no-publish", "--epochs", "1", "--max-steps", "4", *SMALL]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    entry = load_folder(tmp_path / "entries" / "lstm.sms-spam")
    assert entry.predict(["see you"])[0]["label"] in ("ham", "spam")


def test_retrain_on_your_own_csv(tmp_path: Path) -> None:
    import csv
    import random

    rng = random.Random(0)
    good, bad = ["lovely", "great", "superb", "fun"], ["awful", "boring", "dull", "bad"]
    path = tmp_path / "mine.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["review", "stars"])
        for _ in range(120):
            label = rng.choice(["high", "low"])
            writer.writerow([f"the show was {rng.choice(good if label == 'high' else bad)} today", label])
    cmd = [sys.executable, "-m", "train.classify", "--train-file", str(path), "--text-col", "review",
           "--label-col", "stars", "--name", "gru.mine", "--cell", "gru", "--positive-label", "high",
           "--runs", str(tmp_path / "runs"), "--no-publish", "--epochs", "2", *SMALL]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    entry = load_folder(tmp_path / "runs" / "entries" / "gru.mine")
    assert entry.labels == ["high", "low"] and entry.config.model_args.cell == "gru"
    assert "--train-file" in entry.card["reproduce"]
    bad_col = subprocess.run([*cmd[:6], "nope", *cmd[7:]], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert bad_col.returncode == 1 and "needs columns 'nope'" in bad_col.stderr and "Traceback" not in bad_col.stderr


def test_translator_smoke_run_uses_the_same_loop(tmp_path: Path, data_root: Path) -> None:
    cmd = [sys.executable, "-m", "train.translate", "gru-seq2seq.tatoeba-en-ko", "--runs", str(tmp_path),
           "--no-publish", "--epochs", "1", "--max-steps", "3", "--threads", "1", "--set", "hidden_dim=32",
           "--set", "embed_dim=16", "--set", "beam=2", "--set", "max_len=10"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    entry = load_folder(tmp_path / "entries" / "gru-seq2seq.tatoeba-en-ko")
    assert entry.card["beam"] == entry.config.beam == 2 and {"bleu", "bleu_lc"} <= set(entry.card["metrics"])
    assert entry.card["bleu_by_length"] and isinstance(entry.translate("hello")[0], str)


def test_translator_trains_in_one_stage_and_evaluates_in_another(tmp_path: Path, data_root: Path) -> None:
    base = [sys.executable, "-m", "train.translate", "gru-seq2seq.tatoeba-en-ko", "--runs", str(tmp_path),
            "--no-publish", "--epochs", "1", "--max-steps", "3", "--threads", "1", "--set", "hidden_dim=32",
            "--set", "embed_dim=16", "--set", "beam=2", "--set", "max_len=10"]
    early = subprocess.run([*base, "--stage", "evaluate"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert early.returncode == 2 and "no trained file" in early.stderr and "Traceback" not in early.stderr
    trained = subprocess.run([*base, "--stage", "train"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert trained.returncode == 0, trained.stdout[-2000:] + trained.stderr[-2000:]
    assert (tmp_path / "gru-seq2seq.tatoeba-en-ko.trained.pt").is_file()
    assert not (tmp_path / "entries").exists()  # training alone writes no entry
    other = subprocess.run([*base, "--set", "dropout=0.5", "--stage", "evaluate"], cwd=ROOT, capture_output=True,
                           text=True, timeout=600)
    assert other.returncode == 2 and "dropout: trained 0.3, asked 0.5" in other.stderr
    # decoding settings may differ from the training run's: here the beam is chosen on validation
    done = subprocess.run([*base, "--set", "beam_choices=[1,2]", "--stage", "evaluate"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "evaluating the weights trained on" in done.stdout and "BLEU by beam size" in done.stdout
    entry = load_folder(tmp_path / "entries" / "gru-seq2seq.tatoeba-en-ko")
    choice = entry.card["beam_choice"]
    assert set(choice["bleu_by_beam"]) == {"1", "2"} and entry.card["beam"] == choice["chosen"] == entry.config.beam
    assert entry.card["epochs_run"] == 1 and "beam_choices=[1,2]" in entry.card["reproduce"]
    assert "--stage" not in entry.card["reproduce"]
    assert isinstance(entry.translate("hello")[0], str)


def test_extra_rows_are_a_seeded_sample_of_the_other_train_split(data_root: Path) -> None:
    """extra_train adds rows of another dataset's train split (never its validation rows), drawn with the seed."""
    from train.classify import extra_rows
    from train.presets import PRESETS
    from zoo.evaluation.datasets import load_split

    preset = {**PRESETS["lstm.imdb"], "extra_train": "sst2", "extra_rows": 300}
    rows = extra_rows(preset, str(data_root))
    assert len(rows) == 300 and rows == extra_rows(preset, str(data_root))
    assert rows != extra_rows({**preset, "seed": 14}, str(data_root))
    train_rows = set(load_split("sst2", "train", str(data_root)))
    assert set(rows) <= train_rows and not set(rows) & set(load_split("sst2", "validation", str(data_root)))
    assert extra_rows({**preset, "extra_train": ""}, str(data_root)) == []


def test_a_fine_tune_blended_with_its_start(tmp_path: Path, data_root: Path) -> None:
    """blend_alphas: the last stage tries blends with the entry it started from; the card names the one kept."""
    out = train(tmp_path, "--epochs", "1", "--max-steps", "3", "--set", 'stages=[{"blend_alphas": []}]',
                "--set", "blend_alphas=[0.5]", "--set", "pooling=last").output
    assert "blend a=0.5: validation" in out and "blend a=1: validation" in out and "blend: kept a=" in out
    card = (tmp_path / "entries" / "lstm.sms-spam" / "README.md").read_text()
    assert "Blend: the stored weights lie a=" in card
    assert "the last hidden state alone (last pooling)" in card and "max- and" not in card
    # without a classifier to start from there is nothing to blend with: a clear error, no traceback
    proc = subprocess.run([sys.executable, "-m", "train.classify", "lstm.sms-spam", "--runs", str(tmp_path / "x"),
                           "--no-publish", *SMALL, "--epochs", "1", "--max-steps", "2", "--set", "blend_alphas=[0.5]"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1 and "error: blend_alphas blends a fine-tune" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_soup_averages_variants_from_one_start(tmp_path: Path, data_root: Path) -> None:
    """soup: each variant trains from the same start; the entry is the mean of their weights and the recipe's own."""
    from safetensors.torch import load_file

    out = train(tmp_path, "--epochs", "1", "--max-steps", "3", "--set", "stages=[{}]",
                "--set", 'soup=[{"lr": 0.001}]').output
    variant = tmp_path / "soup-1" / "entries" / "lstm.sms-spam"
    assert "soup variant 1/1: {'lr': 0.001}" in out and "weight average of 2: validation" in out
    assert load_folder(variant).card["init"]["name"] == str(tmp_path / "stage-1" / "entries" / "lstm.sms-spam")
    final = tmp_path / "entries" / "lstm.sms-spam"
    assert "Weight average: the stored weights are the mean of 2 fine-tunes" in (final / "README.md").read_text()
    own, other = load_file(final / "model.safetensors"), load_file(variant / "model.safetensors")
    assert any(not torch.equal(own[k], other[k]) for k in own)  # the average is not the variant alone
