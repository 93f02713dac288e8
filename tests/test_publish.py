"""Publishing into a local zoo is atomic: a process killed mid-publish leaves the previous entry loadable."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zoo.errors import ZooError
from zoo.hub.loader import resolve, load_folder
from zoo.hub.publish import publish_local
from zoo.hub.registry import read_index

ROOT = Path(__file__).resolve().parent.parent


def _load_from(zoo_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZOO_DIR", str(zoo_dir))
    folder, accepted, label = resolve("lstm.sms-spam")
    return load_folder(folder, accepted, label)


def _changed_copy(entry_copy: Path) -> Path:
    history = json.loads((entry_copy / "history.json").read_text())
    (entry_copy / "history.json").write_text(json.dumps(history + [{"epoch": 99}]))
    return entry_copy


@pytest.mark.parametrize("kill_after", [0.3, 1.2, 2.2, 2.9])
def test_kill_during_publish_keeps_a_loadable_entry(tmp_path: Path, entry_copy: Path, kill_after: float,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    zoo_dir = tmp_path / "zoo"
    publish_local(entry_copy, zoo_dir)
    before = read_index(zoo_dir)["lstm.sms-spam"]["files"]
    _changed_copy(entry_copy)
    proc = subprocess.Popen([sys.executable, "-m", "zoo", "publish", str(entry_copy), "--zoo-dir", str(zoo_dir)],
                            cwd=ROOT, env={**os.environ, "ZOO_TEST_PUBLISH_DELAY": "0.4"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while not list(zoo_dir.glob(".lstm.sms-spam.tmp-*")) and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)  # wait until it has started writing
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    entry = _load_from(zoo_dir, monkeypatch)  # verified against the index: old or new, never a mix
    assert entry.predict(["see you soon"])[0]["label"] in ("ham", "spam")
    files = {p.name for p in (zoo_dir / "lstm.sms-spam").iterdir()}
    assert files == set(before)


def test_publish_refuses_a_folder_that_is_not_an_entry(tmp_path: Path) -> None:
    (tmp_path / "junk").mkdir()
    with pytest.raises(ZooError, match="config.json is missing"):
        publish_local(tmp_path / "junk", tmp_path / "zoo")
    assert not (tmp_path / "zoo" / "junk").exists()
