"""The benchmark harness works (tiny sizes; no figures are asserted: benchmarks print, tests never time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import common
from bench.inference import classifier_latency, text_of_tokens, translator_breakdown, translator_latency
from bench.sampler import Sampler
from tests.tiny_entries import write_tiny_translator
from zoo.hub.loader import load_folder

ROOT = Path(__file__).resolve().parent.parent


def test_percentile_and_table() -> None:
    assert common.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert common.percentile([0.0, 10.0], 95) == pytest.approx(9.5)
    text = common.table(["a", "bb"], [[1, "x"], ["long", 2]])
    assert text.splitlines()[0].startswith("| a ") and len(text.splitlines()) == 4


def test_sections_of_results_md_are_replaced_not_duplicated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "RESULTS", tmp_path / "results.md")
    common.write_section("inference", "## Inference\n\nfirst")
    common.write_section("training", "## Training\n\nkept")
    common.write_section("inference", "## Inference\n\nsecond")
    text = (tmp_path / "results.md").read_text()
    assert "second" in text and "first" not in text and "kept" in text and text.count("## Inference") == 1


def test_machine_line_names_cpu_threads_and_load() -> None:
    line = common.machine(1)
    assert "1 torch thread(s)" in line and "torch " in line and "load average" in line


def test_latency_of_a_classifier_and_a_translator(spam_model, tmp_path: Path) -> None:
    lat, text = classifier_latency("lstm.sms-spam", spam_model, runs=5)
    assert abs(lat.n_tokens - 50) <= 5 and lat.p50_ms > 0 and lat.bare_cpu_p50_ms > 0 and lat.overhead > 0
    assert len(spam_model.encode(text).ids) == lat.n_tokens
    write_tiny_translator(tmp_path)
    translator = load_folder(tmp_path)
    lat = translator_latency("tiny", translator, runs=3)
    assert lat.kind == "translator" and lat.out_tokens is not None and lat.out_tokens <= 30
    row = translator_breakdown("tiny", translator, runs=3)
    # a tiny model's output layer can take under 0.005 ms, shown as 0.00: the cells are non-negative numbers, and the
    # 30-token estimate adds the steps to the encoder
    encoder, step, out = (float(str(cell).split()[0]) for cell in row[1:4])
    assert row[0] == "tiny" and min(encoder, step, out) >= 0 and float(row[5]) + 0.05 >= encoder  # .1f rounding


def test_text_of_tokens_is_close_to_the_target() -> None:
    text = text_of_tokens(lambda t: t.split(), target=12)
    assert len(text.split()) == 12


def test_sampler_sees_work_in_another_thread() -> None:
    import threading
    import time

    def busy() -> None:
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            sum(range(1000))

    with Sampler("test_bench_smoke") as sampler:
        worker = threading.Thread(target=busy)
        worker.start()
        worker.join()
    assert sampler.samples > 0 and any("busy" in name for name in sampler.counts)


def test_cli_refuses_an_unknown_benchmark() -> None:
    out = subprocess.run([sys.executable, "-m", "bench", "nope"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "unknown benchmark(s) nope" in out.stderr
