"""The README says what the code does: its zoo table is the one the bundled cards give, its commands name modules,
entries, pages and verbs that exist, its benchmark figures are bench/results.md's, and it stays a user's document."""
from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from train.zoo_table import END, START, replace_table, zoo_table

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RESULTS = ROOT / "bench" / "results.md"
MAX_CHARS = 12_000
TWO_COMMANDS = (
    "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/streamlit run app.py",
    "bash tests/install_and_run.sh",
)
# Entry names the README uses as examples of a user's own entry, not as zoo entries.
EXAMPLE_NAMES = {"gru.my-reviews", "lstm.my-reviews"}
ENTRY_NAME = re.compile(r"(?<![\w/.-])((?:rnn|lstm|gru|bow)(?:-[a-z0-9]+)*\.[a-z0-9][a-z0-9-]*[a-z0-9])")
# Figures are dated, never placed relative to other work.
RELATIVE = re.compile(r"\bsessions?\b|\blast (?:week|time|run)\b|\bstop \d|\byesterday\b|\bthe run before\b", re.I)


def _text() -> str:
    return README.read_text(encoding="utf-8")


def _section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"the README has no '## {title}' section"
    return match.group(1)


def _table_rows(section: str) -> list[list[str]]:
    """The body rows of the first markdown table in a section, as lists of stripped cells."""
    lines = [line for line in section.splitlines() if line.startswith("|")]
    return [[c.strip() for c in line.strip("|").split("|")] for line in lines[2:]]


def test_readme_zoo_table_matches_the_bundled_cards() -> None:
    text = _text()
    assert START in text and END in text
    assert replace_table(text, zoo_table()) == text, "run: python -m train.zoo_table --write README.md"


def test_readme_is_a_short_users_document() -> None:
    text = _text()
    assert len(text) <= MAX_CHARS, f"README.md has {len(text):,} characters; at most {MAX_CHARS:,}"
    found = sorted({m.group(0) for m in RELATIVE.finditer(text)})
    assert not found, f"README dates figures relative to other work: {found} (give the date and commit instead)"


def test_readme_keeps_the_two_commands_verbatim() -> None:
    text = _text()
    for command in TWO_COMMANDS:
        assert f"```bash\n{command}\n```" in text, f"missing, verbatim in its own block: {command}"


def test_every_module_the_readme_runs_exists() -> None:
    text = _text()
    modules = set(re.findall(r"\bpython3? -m ([A-Za-z_][\w.]*)", text))
    modules |= set(re.findall(r"\btorchrun\b[^\n]*? -m ([A-Za-z_][\w.]*)", text))
    assert {"zoo", "train", "bench"} <= modules
    missing = sorted(m for m in modules if importlib.util.find_spec(m) is None)
    assert not missing, f"the README runs modules that do not exist: {missing}"


def test_every_entry_name_in_the_readme_is_in_the_zoo() -> None:
    from zoo import list_models

    names = set(ENTRY_NAME.findall(_text()))
    assert "lstm.sms-spam" in names
    unknown = sorted(names - set(list_models()) - EXAMPLE_NAMES)
    assert not unknown, f"the README names entries the zoo does not have: {unknown}"


def test_readme_cli_verbs_are_the_cli_s() -> None:
    from zoo.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    used = set(re.findall(r"\bpython -m zoo (\w+)", _text()))
    assert used == set(sub.choices), f"README shows {sorted(used)}, the CLI has {sorted(sub.choices)}"
    assert 'seq-zoo = "zoo.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_readme_pages_are_the_app_s() -> None:
    shell = (ROOT / "pages" / "ui" / "shell.py").read_text(encoding="utf-8")
    paths = {"/" + p for p in re.findall(r'PageSpec\("pages/\w+\.py", "[^"]*", "[^"]*", "([\w-]*)"', shell)}
    assert len(paths) >= 8
    rows = _table_rows(_section(_text(), "The app"))
    listed = {p for row in rows for p in re.findall(r"`(/[\w-]*)`", row[1])}
    assert listed == paths, f"README lists {sorted(listed)}, the app serves {sorted(paths)}"


def _git(*args: str) -> str | None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def test_readme_benchmark_rows_are_results_md_s_latest_figures() -> None:
    rows = _table_rows(_section(_text(), "Benchmarks"))
    assert len(rows) >= 6
    results = RESULTS.read_text(encoding="utf-8")
    for what, measured, goal, date, commit, machine, command in rows:
        match = re.fullmatch(r"`python -m bench (\w+)`", command)
        assert match, f"{what}: the command must be `python -m bench NAME`, not {command}"
        name = match.group(1)
        section = re.search(rf"<!-- bench:{name} -->(.*?)<!-- /bench:{name} -->", results, re.S)
        assert section, f"{what}: bench/results.md has no {name} section"
        for number in re.findall(r"\d+(?:\.\d+)?", measured):
            assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", section.group(1)), (
                f"{what}: {number} is not in bench/results.md's {name} section (rerun? update the README row)")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), f"{what}: date {date!r}"
        assert re.fullmatch(r"[0-9a-f]{7,40}", commit), f"{what}: commit {commit!r}"
        assert goal and machine and ("thread" in machine), f"{what}: goal and machine (with threads) are required"


def test_readme_benchmark_commits_exist_with_their_dates() -> None:
    if _git("rev-parse", "--is-shallow-repository") in (None, "true"):
        pytest.skip("no full git history here")
    for what, *_, date, commit, _machine, _command in _table_rows(_section(_text(), "Benchmarks")):
        assert _git("show", "-s", "--format=%ad", "--date=short", commit) == date, (
            f"{what}: commit {commit} does not exist or is not dated {date}")
