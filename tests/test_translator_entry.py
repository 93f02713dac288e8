"""The translator side of the format with a tiny untrained model: save/load, greedy, beam, trace, eval, CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zoo.inference.decoding import beam_search, greedy
from zoo.errors import ZooError
from zoo.evaluation.evaluate import evaluate_pairs, translation_scores
from zoo.hub.loader import load_folder
from zoo.evaluation.metrics import bleu

from tests.tiny_entries import SRC, TGT, write_tiny_translator

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_translator(tmp_path_factory) -> Path:
    return write_tiny_translator(tmp_path_factory.mktemp("tiny") / "gru-seq2seq.tiny")


def test_translate_greedy_and_beam(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    outs = entry.translate(["ein mann liest", "zwei hunde"], max_len=8)
    assert len(outs) == 2 and all(isinstance(o, str) for o in outs)
    assert len(entry.translate("ein mann", beam=3, max_len=8)) == 1
    with pytest.raises(ZooError, match="empty text"):
        entry.translate([""])


def test_beam_of_one_equals_greedy(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    src = entry.encode_source("eine frau spielt").ids
    assert beam_search(entry.model, src, beam=1, max_len=10, alpha=0.0) == greedy(entry.model, [src], 10)[0]


def test_batch_translation_equals_one_by_one(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    texts = ["ein mann", "zwei hunde spielen im park heute", "eine frau", "ein buch"]
    assert entry.translate(texts, max_len=10) == [entry.translate(t, max_len=10)[0] for t in texts]


def test_trace_gives_context_and_step_distributions(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    trace = entry.trace("ein mann fährt", max_len=6, top_k=3)
    assert trace["context"].shape == (entry.model.context_dim,)
    assert trace["encoder_hidden"].shape[0] == len(trace["source_tokens"])
    assert trace["steps"] and all(len(s["top"]) == 3 for s in trace["steps"])
    assert all(0.0 <= s["prob"] <= 1.0 for s in trace["steps"])


def test_odd_and_huge_input_does_not_crash(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    assert isinstance(entry.translate(["🦜 ÿ \u202e مرحبا " * 10_000], max_len=5)[0], str)


def test_eval_reports_both_bleu_figures(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    result = evaluate_pairs(entry, list(zip(SRC[:3], TGT[:3])))  # the sentences it was built from
    assert set(result) >= {"n", "bleu", "bleu_lc", "beam"} and result["n"] == 3


def test_eval_scores_a_repeated_source_against_all_its_references(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    pairs = [(SRC[0], TGT[0]), (SRC[0], TGT[2]), (SRC[1], TGT[1])]
    result = evaluate_pairs(entry, pairs)
    assert result["n"] == 3 and result["n_sources"] == 2 and {"bleu_multi", "bleu_multi_lc"} <= set(result)
    assert "bleu_multi" not in evaluate_pairs(entry, pairs[1:])  # no source repeats: one reference each
    hyp_of = {"eins": "the cat sat on the mat today", "zwei": "a dog runs in the park today"}
    scored = translation_scores([("eins", "a cat sits on a mat now"), ("eins", "the cat sat on the mat today"),
                                 ("zwei", "a dog runs in the park today")], hyp_of)
    assert scored["bleu_multi"] == pytest.approx(100.0) and scored["bleu"] < 90


def test_bleu_with_several_references_takes_the_best_match() -> None:
    assert bleu([["a dog runs in the park today", "the cat sat on the mat today"]],
                ["the cat sat on the mat today"]) == pytest.approx(100.0)
    assert bleu(["a dog runs in the park today"], ["the cat sat on the mat today"]) < 20


def test_cli_translate_a_folder(tiny_translator: Path, tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "zoo", "translate", str(tiny_translator), "ein mann", "--beam", "2",
                          "--max-len", "5", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["source"] == "ein mann"
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"src": "ein mann", "ref": "a man"}) + "\n")
    out = subprocess.run([sys.executable, "-m", "zoo", "eval", str(tiny_translator), "--file", str(refs), "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert {"bleu", "bleu_lc"} <= set(json.loads(out.stdout))


def test_decoding_a_sentence_context_alone_gives_its_translation(tiny_translator: Path) -> None:
    entry = load_folder(tiny_translator)
    texts = ["ein mann fährt", "zwei hunde"]
    assert entry.decode_contexts(entry.contexts(texts).numpy(), max_len=10) == entry.translate(texts, max_len=10)


def test_without_a_beam_translate_eval_and_the_cli_use_the_entrys_own(tmp_path: Path, capsys) -> None:
    from zoo.cli import main

    folder = write_tiny_translator(tmp_path / "gru-seq2seq.tiny-beam3", beam=3)
    entry = load_folder(folder)
    assert entry.config.beam == 3
    texts = ["ein mann fährt fahrrad", "zwei hunde spielen im park"]
    at_three = entry.translate(texts, beam=3, max_len=8)
    assert entry.translate(texts, max_len=8) == at_three
    assert entry.trace(texts[0], max_len=8)["translation"] == at_three[0]
    assert evaluate_pairs(entry, list(zip(SRC[:3], TGT[:3])), max_len=8)["beam"] == 3
    assert main(["translate", str(folder), *texts, "--max-len", "8", "--json"]) == 0
    assert [r["translation"] for r in json.loads(capsys.readouterr().out)] == at_three
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"src": texts[0], "ref": "a man rides a bike"}) + "\n")
    assert main(["eval", str(folder), "--file", str(refs), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["beam"] == 3
    assert main(["eval", str(folder), "--file", str(refs), "--beam", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["beam"] == 1
