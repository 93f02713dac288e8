"""A real Hub-compatible server for tests: olah, offline, serving local git repositories.

olah (PyPI `olah`, tested with 0.5.4) answers the Hub API and /resolve/ routes from git
repositories found at `<mirrors-path>/<repo_type>/<org>/<name>` (see olah/server_mirror.py and
olah/mirror/repos.py): metadata (`/api/models/ORG/NAME/revision/REV`) from the commit that REV
names (branch, tag or commit hash, resolved by git), files from the commit's tree. Plain git
blobs are served byte for byte (ETag = git blob sha, like the Hub for non-LFS files); LFS
pointers would need `.git/lfs/objects`, so the repositories here commit files as plain blobs.

In offline mode (`[accessibility] offline = true`) it never contacts huggingface.co. An absent
repository, and also an unknown revision of a present one, answers 401 RepoNotFound.

olah runs as a subprocess from its own virtualenv (it pulls in fastapi, pydantic, GitPython...):
the executable is $ZOO_OLAH_CLI, else `olah-cli` on PATH, else next to sys.executable.

    with start_hub(tmp_dir, {"seq-zoo/lstm.sms-spam": entry_folder}) as hub:
        hub.endpoint          # http://127.0.0.1:PORT, for HF_ENDPOINT
        hub.commits[...]      # commit hashes per repo, oldest first
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping, Sequence

OLD_TAG = "v0.1"
OLD_README_LINE = "\nThis is the older revision of this repository (tag v0.1).\n"
STARTUP_TIMEOUT_S = 90.0


class OlahNotFound(RuntimeError):
    """No olah-cli executable could be found."""


def find_olah_cli() -> str | None:
    """$ZOO_OLAH_CLI, else olah-cli on PATH, else olah-cli beside this Python; None if none."""
    explicit = os.environ.get("ZOO_OLAH_CLI")
    candidates = [explicit] if explicit else [shutil.which("olah-cli"), Path(sys.executable).parent / "olah-cli"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return str(Path(candidate).absolute())  # absolute: olah runs with another cwd
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _git_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull,
               GIT_AUTHOR_NAME="seq-zoo tests", GIT_AUTHOR_EMAIL="tests@seq-zoo.invalid",
               GIT_COMMITTER_NAME="seq-zoo tests", GIT_COMMITTER_EMAIL="tests@seq-zoo.invalid")
    return env


def _git(repo: Path, *args: str, when: str | None = None) -> str:
    env = _git_env()
    if when:  # distinct, ordered commit dates (olah sorts by them for createdAt)
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    done = subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed in {repo}: {done.stderr.strip()}")
    return done.stdout.strip()


def _copy_files(src: Path, dst: Path) -> None:
    for path in sorted(src.iterdir()):
        if path.is_file():
            shutil.copyfile(path, dst / path.name)


def make_git_repo(path: Path, entry: Path, with_old_revision: bool = True) -> list[str]:
    """A git repository at `path` whose `main` holds exactly `entry`'s files.

    With `with_old_revision`, an earlier commit (tagged OLD_TAG) holds the same files except
    README.md, which has OLD_README_LINE appended. Returns the commit hashes, oldest first.
    """
    path.mkdir(parents=True)
    _git(path, "init", "-q", "-b", "main")
    commits = []
    if with_old_revision:
        _copy_files(entry, path)
        with open(path / "README.md", "a", encoding="utf-8") as fh:
            fh.write(OLD_README_LINE)
        _git(path, "add", "-A")
        _git(path, "commit", "-q", "-m", "older revision", when="2024-01-01T00:00:00+00:00")
        _git(path, "tag", OLD_TAG)
        commits.append(_git(path, "rev-parse", "HEAD"))
    _copy_files(entry, path)
    _git(path, "add", "-A")
    _git(path, "commit", "-q", "--allow-empty", "-m", "entry", when="2024-02-01T00:00:00+00:00")
    commits.append(_git(path, "rev-parse", "HEAD"))
    return commits


def write_config(path: Path, port: int, repos: Path, mirrors: Path) -> None:
    """olah.toml: listen on 127.0.0.1:port, serve mirrors, never go upstream."""
    path.write_text(
        "[basic]\n"
        'host = "127.0.0.1"\n'
        f"port = {port}\n"
        f'repos-path = "{repos.as_posix()}"\n'
        f'mirrors-path = ["{mirrors.as_posix()}"]\n'
        'mirror-scheme = "http"\n'
        f'mirror-netloc = "127.0.0.1:{port}"\n'
        f'mirror-lfs-netloc = "127.0.0.1:{port}"\n'
        "\n[accessibility]\n"
        "offline = true\n",
        encoding="utf-8",
    )


@dataclass
class Hub:
    """A running olah server."""
    endpoint: str
    root: Path
    mirrors: Path
    log: Path
    process: subprocess.Popen
    commits: dict[str, list[str]] = field(default_factory=dict)

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"


def _status(url: str, timeout: float = 30) -> int | None:
    """HTTP status of a GET, or None if nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return None


def _answers(url: str) -> bool:
    return _status(url, timeout=2) is not None


def _wait_until_up(hub: Hub, probe: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if hub.process.poll() is not None:
            raise RuntimeError(f"olah exited with status {hub.process.returncode}:\n{hub.log_tail()}")
        if _answers(probe):
            return
        time.sleep(0.2)
    raise RuntimeError(f"olah did not answer {probe} within {timeout:.0f} s:\n{hub.log_tail()}")


@contextlib.contextmanager
def start_hub(root: Path | None = None, repos: Mapping[str, Path] | None = None,
              olah_cli: str | None = None, timeout: float = STARTUP_TIMEOUT_S) -> Iterator[Hub]:
    """Run olah on a free port of 127.0.0.1, serving `repos` ({"org/name": entry folder}).

    Each repo becomes a git repository (see make_git_repo) under `root` (a fresh temporary
    folder if None, removed afterwards). Raises OlahNotFound if there is no olah-cli.
    """
    cli = olah_cli or find_olah_cli()
    if cli is None:
        raise OlahNotFound("olah-cli not found: set ZOO_OLAH_CLI or install olah (see tests/hub_requirements.txt)")
    with contextlib.ExitStack() as stack:
        if root is None:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="zoo-hub-")))
        root = Path(root)
        mirrors, cache = root / "mirrors", root / "olah-cache"
        mirrors.mkdir(parents=True, exist_ok=True)
        cache.mkdir(exist_ok=True)
        commits = {repo_id: make_git_repo(mirrors / "models" / repo_id, Path(entry))
                   for repo_id, entry in (repos or {}).items()}
        # No HF_* from the caller: olah must not pick up the tests' endpoint, cache or token.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE_"))}
        env["PYTHONUNBUFFERED"] = "1"
        for attempt in range(3):  # the free port may be taken between free_port() and olah's bind
            port = free_port()
            write_config(root / "olah.toml", port, cache, mirrors)
            log = root / "olah.log"
            with open(log, "wb") as log_fh:
                process = subprocess.Popen([cli, "-c", str(root / "olah.toml")], cwd=root, env=env,
                                           stdin=subprocess.DEVNULL, stdout=log_fh, stderr=subprocess.STDOUT)
            stack.callback(_stop, process)
            hub = Hub(f"http://127.0.0.1:{port}", root, mirrors, log, process, commits)
            try:
                _wait_until_up(hub, f"{hub.endpoint}/", timeout)
                break
            except RuntimeError:
                if attempt == 2 or process.poll() is None or "address already in use" not in hub.log_tail().lower():
                    raise
        for repo_id in commits:  # fail here, clearly, if olah does not see the mirrors
            url = f"{hub.endpoint}/api/models/{repo_id}/revision/main"
            status = _status(url)
            if status != 200:
                raise RuntimeError(f"olah is up but {url} answered {status} (mirrors not found?):\n{hub.log_tail()}")
        yield hub


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def main(argv: Sequence[str] | None = None) -> int:
    """`python tests/hub_server.py ORG/NAME=FOLDER...`: serve until Ctrl-C (for trying things by hand)."""
    args = list(sys.argv[1:] if argv is None else argv)
    repos = dict(arg.split("=", 1) for arg in args)
    with start_hub(None, {k: Path(v) for k, v in repos.items()}) as hub:
        print(f"HF_ENDPOINT={hub.endpoint}", flush=True)
        for repo_id, hashes in hub.commits.items():
            print(f"{repo_id}: {' '.join(hashes)} (tag {OLD_TAG} = {hashes[0]})", flush=True)
        try:
            while hub.process.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
