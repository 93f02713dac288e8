"""Shared fixtures: the data directory, small random models, and a scratch copy of an entry."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import zoo
from tests.clean_tree import changed_by_run, git_status, strict
from zoo.hub.registry import BUNDLED_DIR

ROOT = Path(__file__).resolve().parent.parent
_STATUS_AT_START: dict[str, set[str] | None] = {}


def pytest_sessionstart(session: pytest.Session) -> None:
    """Note the checkout's git status, to check at the end that the tests changed no file in it."""
    _STATUS_AT_START["lines"] = git_status(ROOT)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Report (in CI: fail on) files that the run created, changed or deleted in the checkout (tests/clean_tree.py)."""
    changed = changed_by_run(_STATUS_AT_START.get("lines"), git_status(ROOT))
    if not changed:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        kind = "error" if strict() else "warning"
        reporter.write("\n")
        reporter.write_line(f"{kind}: git status changed during the test run (tests must write only under tmp_path or "
                            "the ignored test-artifacts/):", red=strict(), yellow=not strict())
        for line in changed:
            reporter.write_line(f"  {line}")
    if strict() and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def data_root() -> Path:
    """The dataset folder (ZOO_DATA_DIR); tests that need data skip loudly without it only when asked."""
    path = Path(os.environ.get("ZOO_DATA_DIR", ROOT / "data"))
    if not path.is_dir():
        pytest.fail(f"dataset folder {path} missing: set ZOO_DATA_DIR (CI sets it to ../shared/data)")
    return path


@pytest.fixture
def entry_copy(tmp_path: Path) -> Path:
    """A scratch copy of the bundled lstm.sms-spam entry folder, safe to tamper with."""
    dst = tmp_path / "lstm.sms-spam"
    shutil.copytree(BUNDLED_DIR / "lstm.sms-spam", dst)
    return dst


@pytest.fixture(scope="session")
def spam_model():
    """The bundled lstm.sms-spam entry, loaded once."""
    return zoo.load("lstm.sms-spam")
