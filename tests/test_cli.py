"""The command line, run as a user runs it: a subprocess per command."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def zoo_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoo", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_list_json_names_the_spam_entry() -> None:
    out = zoo_cli("list", "--task", "spam", "--json")
    assert out.returncode == 0, out.stderr
    assert "lstm.sms-spam" in [row["name"] for row in json.loads(out.stdout)]


def test_info_reports_the_card() -> None:
    out = zoo_cli("info", "lstm.sms-spam", "--json")
    info = json.loads(out.stdout)
    assert info["labels"] == ["ham", "spam"] and info["metrics"]["f1"] >= 0.93
    assert info["reproduce"].startswith("python -m train.classify lstm.sms-spam")


def test_predict_plain_and_json() -> None:
    texts = ["URGENT! You have WON a guaranteed cash prize. Call now to claim, txt STOP to end",
             "ok see you at the bus stop in ten minutes"]
    out = zoo_cli("predict", "lstm.sms-spam", *texts, "--json")
    assert out.returncode == 0, out.stderr
    assert [r["label"] for r in json.loads(out.stdout)] == ["spam", "ham"]
    plain = zoo_cli("predict", "lstm.sms-spam", texts[1])
    assert plain.stdout.startswith("ham\t")


def test_predict_answers_without_importing_torch() -> None:
    """predict runs classifiers on the NumPy backend: the command does not wait for torch's import."""
    probe = ("import sys; from zoo.cli import run; status = run(['predict', 'lstm.sms-spam', 'call me later']); "
             "print(status, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "0 False"


def test_eval_on_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    rows = [{"text": "WINNER!! Claim your free prize now, call 0800 123 456", "label": "spam"},
            {"text": "are you coming to dinner tonight?", "label": "ham"},
            {"text": "running late, start without me", "label": "ham"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = zoo_cli("eval", "lstm.sms-spam", "--file", str(path), "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["n"] == 3 and 0.0 <= result["accuracy"] <= 1.0 and "f1" in result


def test_eval_on_its_own_split_matches_the_card(data_root: Path) -> None:
    out = zoo_cli("eval", "lstm.sms-spam", "--json", env={"ZOO_DATA_DIR": str(data_root)})
    result = json.loads(out.stdout)
    card = json.loads(zoo_cli("info", "lstm.sms-spam", "--json").stdout)
    assert result["n"] == card["n_eval"]
    assert abs(result["f1"] - card["metrics"]["f1"]) <= 0.005


@pytest.mark.parametrize("args, message", [
    (["info", "gru.nothing"], "unknown model 'gru.nothing'"),
    (["predict", "lstm.sms-spam", "  "], "empty text"),
    (["predict", "lstm.sms-spam", "hi", "--bogus"], "unrecognized arguments: --bogus"),
    (["frobnicate"], "invalid choice"),
    (["eval", "lstm.sms-spam", "--file", "no/such/file.jsonl"], "not found"),
    (["translate", "lstm.sms-spam", "hello"], "is a classifier"),
    (["predict", "gru-seq2seq.multi30k-de-en", "hallo"], "is a translator; use `translate`"),
    (["predict", "lstm.nope", "hi"], "unknown model 'lstm.nope'"),
])
def test_user_mistakes_are_one_line_errors(args: list[str], message: str) -> None:
    out = zoo_cli(*args)
    assert out.returncode != 0
    assert message in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_eval_file_in_the_wrong_format(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"src": "hello", "ref": "bonjour"}\n')
    out = zoo_cli("eval", "lstm.sms-spam", "--file", str(bad))
    assert out.returncode == 1 and "line 1" in out.stderr and "Traceback" not in out.stderr
    notjson = tmp_path / "notjson.jsonl"
    notjson.write_text("text,label\nhi,ham\n")
    out = zoo_cli("eval", "lstm.sms-spam", "--file", str(notjson))
    assert out.returncode == 1 and "not JSON" in out.stderr


def test_publish_into_a_local_zoo_folder(tmp_path: Path, entry_copy: Path) -> None:
    out = zoo_cli("publish", str(entry_copy), "--zoo-dir", str(tmp_path / "myzoo"), "--json")
    assert out.returncode == 0, out.stderr
    listed = zoo_cli("list", "--json", env={"ZOO_DIR": str(tmp_path / "myzoo")})
    assert [r["name"] for r in json.loads(listed.stdout)] == ["lstm.sms-spam"]
    pred = zoo_cli("predict", "lstm.sms-spam", "hello there", env={"ZOO_DIR": str(tmp_path / "myzoo")})
    assert pred.returncode == 0, pred.stderr
