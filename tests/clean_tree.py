"""A test run must leave the git checkout as it found it: `git status --porcelain` before and after, compared.

tests/conftest.py calls these from its session hooks. Other people's uncommitted files may be there already, so the
run is compared with its own start, never with an empty status. A difference fails the session when
ZOO_CLEAN_TREE=fail (CI sets it) or CI is set (and ZOO_CLEAN_TREE is not `warn`); otherwise it is reported as a
warning, since someone else may be editing the same checkout meanwhile.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def git_status(root: Path) -> set[str] | None:
    """The lines of `git status --porcelain` in root, or None outside a git checkout (or without git)."""
    if shutil.which("git") is None or not (root / ".git").exists():
        return None
    out = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=all"], cwd=root,
                         capture_output=True, text=True, timeout=60)
    return set(out.stdout.splitlines()) if out.returncode == 0 else None


def changed_by_run(before: set[str] | None, after: set[str] | None) -> list[str]:
    """Status lines that appeared or disappeared during the run, sorted by path ('+' appeared, '-' went away)."""
    if before is None or after is None:
        return []
    return sorted([f"+ {line}" for line in after - before] + [f"- {line}" for line in before - after],
                  key=lambda line: line[5:])


def strict() -> bool:
    """Whether a changed checkout fails the run (CI) rather than only warning (a shared working checkout)."""
    mode = os.environ.get("ZOO_CLEAN_TREE", "")
    return mode == "fail" or (bool(os.environ.get("CI")) and mode != "warn")
