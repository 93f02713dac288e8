"""When and with which code a card's figures were measured: the date and the checkout's commit."""
from __future__ import annotations

import datetime
import subprocess
from pathlib import Path


def git_commit() -> str:
    """The checkout's current commit (short), or "" outside a git checkout."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10,
                             cwd=Path(__file__).resolve().parent)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def measured_stamp() -> dict[str, str]:
    """{"date": today (UTC, ISO), "commit": the code's commit} for a card's zoo block."""
    return {"date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(), "commit": git_commit()}


def stamp_sentence(stamp: dict[str, str]) -> str:
    """The card's words for a stamp."""
    commit = f" with the code of commit {stamp['commit']}" if stamp.get("commit") else ""
    return f"Measured on {stamp['date']}{commit}."
