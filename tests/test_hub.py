"""The Hub path for real: a local olah server (tests/hub_server.py) serves the entry as a git repo.

No mocks: huggingface_hub talks HTTP to olah. huggingface_hub reads HF_ENDPOINT, HF_HOME and
HF_HUB_OFFLINE once, at import, into huggingface_hub.constants; `hf_env` sets the environment
variables AND those constants (configuration, as a fresh process would see it), so in-process
calls honour per-test settings. The CLI tests run `python -m zoo` in a subprocess with the env.

Needs olah (see tests/hub_requirements.txt): skipped when no olah-cli is found, unless
ZOO_OLAH_CLI is set, in which case a broken olah fails the tests.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import zoo
from zoo.hub.fetch import download
from zoo.hub.registry import BUNDLED_DIR

from .hub_server import OLD_README_LINE, OLD_TAG, Hub, find_olah_cli, free_port, start_hub

ROOT = Path(__file__).resolve().parent.parent
NAME = "lstm.sms-spam"
REPO = f"seq-zoo/{NAME}"
ENTRY = BUNDLED_DIR / NAME
TEXTS = ["WINNER!! You have won a £1000 prize, call 09061701461 to claim now",
         "Are we still meeting for lunch tomorrow?", "ok"]
CLI_TIMEOUT_S = 180


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Hub:
    """olah on a free port of 127.0.0.1 serving seq-zoo/lstm.sms-spam (main = the bundled entry,
    tag v0.1 = an older commit whose README differs)."""
    if find_olah_cli() is None:
        if os.environ.get("ZOO_OLAH_CLI"):
            pytest.fail(f"ZOO_OLAH_CLI={os.environ['ZOO_OLAH_CLI']} is not an executable olah-cli")
        pytest.skip("olah-cli not found (set ZOO_OLAH_CLI; see tests/hub_requirements.txt)")
    with start_hub(tmp_path_factory.mktemp("hub"), {REPO: ENTRY}) as server:
        yield server


def hf_env(monkeypatch: pytest.MonkeyPatch, endpoint: str, home: Path, offline: bool = False) -> dict[str, str]:
    """Point huggingface_hub at `endpoint` with cache under `home`, in this process and for
    subprocesses; returns the environment for a subprocess."""
    from huggingface_hub import constants

    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_XET_CACHE", "HF_TOKEN_PATH", "HF_TOKEN",
                "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE", "TRANSFORMERS_OFFLINE", "ZOO_HUB_ORG", "ZOO_DIR"):
        monkeypatch.delenv(var, raising=False)
    settings = {"HF_ENDPOINT": endpoint, "HF_HOME": str(home), "HF_HUB_OFFLINE": "1" if offline else "0",
                "HF_HUB_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
                "HF_HUB_DISABLE_PROGRESS_BARS": "1", "HF_HUB_DISABLE_XET": "1"}
    for var, value in settings.items():
        monkeypatch.setenv(var, value)
    # What huggingface_hub.constants computes from these variables at import time.
    derived = {"ENDPOINT": endpoint, "HUGGINGFACE_CO_URL_TEMPLATE": endpoint + "/{repo_id}/resolve/{revision}/{filename}",
               "HF_HOME": str(home), "HF_HUB_CACHE": str(home / "hub"), "HUGGINGFACE_HUB_CACHE": str(home / "hub"),
               "HF_ASSETS_CACHE": str(home / "assets"), "HF_XET_CACHE": str(home / "xet"),
               "HF_TOKEN_PATH": str(home / "token"), "HF_STORED_TOKENS_PATH": str(home / "stored_tokens"),
               "AGENT_HARNESSES_PATH": str(home / ".agent_harnesses.json"), "HF_HUB_OFFLINE": offline,
               "HF_HUB_DISABLE_TELEMETRY": True, "HF_HUB_DISABLE_IMPLICIT_TOKEN": True, "HF_HUB_DISABLE_XET": True}
    for attr, value in derived.items():
        if hasattr(constants, attr):
            monkeypatch.setattr(constants, attr, value)
    return dict(os.environ)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoo", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=CLI_TIMEOUT_S)


def assert_one_line_error(done: subprocess.CompletedProcess, *needles: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_download_matches_bundled_entry_and_predicts_the_same(hub: Hub, monkeypatch, tmp_path):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    folder = download(REPO)
    assert folder.is_relative_to(tmp_path / "hf" / "hub")
    assert folder.name == hub.commits[REPO][-1]  # the snapshot of main's commit
    assert files_of(folder) == files_of(ENTRY)   # byte for byte, model.safetensors included
    remote = zoo.load(f"hf://{REPO}")
    assert remote.folder == folder
    local = zoo.load(NAME)
    for r, l in zip(remote.predict(TEXTS), local.predict(TEXTS)):
        assert r["label"] == l["label"]
        assert r["probs"] == pytest.approx(l["probs"], abs=1e-7)


def test_bare_zoo_name_uses_the_zoo_org(hub: Hub, monkeypatch, tmp_path):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    assert files_of(download(NAME)) == files_of(ENTRY)


def test_cli_download_json(hub: Hub, monkeypatch, tmp_path):
    env = hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    done = run_cli(env, "download", NAME, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["repo"] == REPO and out["name"]
    folder = Path(out["folder"])
    assert folder.is_relative_to(tmp_path / "hf") and folder.name == hub.commits[REPO][-1]
    assert files_of(folder) == files_of(ENTRY)


@pytest.mark.parametrize("which", ["tag", "commit"])
def test_download_a_revision(hub: Hub, monkeypatch, tmp_path, which):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    old = hub.commits[REPO][0]
    folder = download(REPO, OLD_TAG if which == "tag" else old)
    assert folder.name == old
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.endswith(OLD_README_LINE)
    assert readme[: -len(OLD_README_LINE)] == (ENTRY / "README.md").read_text(encoding="utf-8")
    others = {k: v for k, v in files_of(folder).items() if k != "README.md"}
    assert others == {k: v for k, v in files_of(ENTRY).items() if k != "README.md"}
    assert zoo.load(f"hf://{REPO}", revision=OLD_TAG if which == "tag" else old).folder == folder


def test_cli_download_a_revision(hub: Hub, monkeypatch, tmp_path):
    env = hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    done = run_cli(env, "download", NAME, "--revision", OLD_TAG, "--json")
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["folder"]).name == hub.commits[REPO][0]


def test_unknown_repo_is_a_clear_error(hub: Hub, monkeypatch, tmp_path):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    with pytest.raises(zoo.ZooError, match=r"no model repo seq-zoo/no-such-model at http://127\.0\.0\.1"):
        download("seq-zoo/no-such-model")
    with pytest.raises(zoo.ZooError, match="no model repo seq-zoo/no-such-model"):
        zoo.load("hf://seq-zoo/no-such-model")


def test_cli_unknown_repo_one_line_exit_1(hub: Hub, monkeypatch, tmp_path):
    env = hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    assert_one_line_error(run_cli(env, "download", "no-such-model"), "seq-zoo/no-such-model", hub.endpoint)


@pytest.mark.parametrize("revision", ["no-such-branch", "0" * 40])
def test_wrong_revision_is_a_clear_error(hub: Hub, monkeypatch, tmp_path, revision):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    with pytest.raises(zoo.ZooError) as caught:
        download(REPO, revision)
    message = str(caught.value)
    assert revision in message and REPO in message and "\n" not in message


def test_cli_wrong_revision_one_line_exit_1(hub: Hub, monkeypatch, tmp_path):
    env = hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    assert_one_line_error(run_cli(env, "download", NAME, "--revision", "no-such-branch"), "no-such-branch", REPO)


def test_endpoint_down_is_a_clear_error(monkeypatch, tmp_path):
    down = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = hf_env(monkeypatch, down, tmp_path / "hf")
    with pytest.raises(zoo.ZooError, match="cannot be reached") as caught:
        download(REPO)
    assert down in str(caught.value)
    assert_one_line_error(run_cli(env, "download", NAME), down, "cannot be reached")


def test_offline_after_download_uses_the_cache(hub: Hub, monkeypatch, tmp_path):
    hf_env(monkeypatch, hub.endpoint, tmp_path / "hf")
    folder = download(REPO)
    # Offline, and the endpoint is down too: nothing may go over the network.
    env = hf_env(monkeypatch, f"http://127.0.0.1:{free_port()}", tmp_path / "hf", offline=True)
    assert download(REPO) == folder
    entry = zoo.load(f"hf://{REPO}")
    assert entry.folder == folder
    assert [r["label"] for r in entry.predict(TEXTS)] == [r["label"] for r in zoo.load(NAME).predict(TEXTS)]
    done = run_cli(env, "download", NAME, "--json")
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["folder"]) == folder


def test_offline_with_empty_cache_is_a_clear_error(monkeypatch, tmp_path):
    hf_env(monkeypatch, f"http://127.0.0.1:{free_port()}", tmp_path / "hf", offline=True)
    with pytest.raises(zoo.ZooError, match="not in the local cache"):
        download(REPO)
