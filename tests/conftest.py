"""Shared fixtures: the data directory, small random models, and a scratch copy of an entry."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import zoo
from zoo.hub.registry import BUNDLED_DIR

ROOT = Path(__file__).resolve().parent.parent


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
