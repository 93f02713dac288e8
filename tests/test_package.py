"""`pip install` of the checkout into a fresh venv gives a working library and `seq-zoo` command, entries included.

One venv for the module (the install is the slow part, about a minute: torch's wheel). It installs a copy of
pyproject.toml and zoo/, because building in place would write build/ and seq_zoo.egg-info/ into the checkout.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from zoo.hub.registry import BUNDLED_DIR, list_models

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.package, pytest.mark.timeout(900)]


def package_files(folder: Path) -> set[str]:
    """Relative paths of the files under folder, compiled Python left out."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def sources(dst: Path) -> Path:
    """What `pip install .` reads from the checkout (pyproject.toml and zoo/), copied to dst."""
    dst.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", dst / "pyproject.toml")
    shutil.copytree(ROOT / "zoo", dst / "zoo", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dst


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv (the interpreter behind this one, no system site-packages) with the checkout pip-installed."""
    scratch = tmp_path_factory.mktemp("package")
    env_dir = scratch / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(env_dir)], check=True, timeout=120)
    python = env_dir / "bin" / "python"
    # --no-compile: byte-compiling torch's thousands of modules took a third of the install's CPU time here
    out = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-compile", str(sources(scratch / "src"))],
                         capture_output=True, text=True, timeout=840)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    yield env_dir


def run_in(venv: Path, cwd: Path, *cmd: str) -> subprocess.CompletedProcess:
    """Run a command from the venv's bin/ in cwd, with nothing of the checkout on the path, offline."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ZOO_DIR", "VIRTUAL_ENV")}
    env.update(HF_HUB_OFFLINE="1", PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    return subprocess.run([str(venv / "bin" / cmd[0]), *cmd[1:]], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_installed_library_predicts_from_another_folder(venv: Path, tmp_path: Path) -> None:
    probe = ("import json, zoo; m = zoo.load('lstm.sms-spam'); "
             "print(json.dumps({'file': zoo.__file__, 'pred': m.predict(['hi'])}))")
    out = run_in(venv, tmp_path, "python", "-c", probe)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert Path(result["file"]).is_relative_to(venv)  # the installed copy, not the checkout
    assert result["pred"][0]["label"] in ("ham", "spam")


def test_seq_zoo_command_lists_the_bundled_entries(venv: Path, tmp_path: Path) -> None:
    out = run_in(venv, tmp_path, "seq-zoo", "list")
    assert out.returncode == 0, out.stderr[-3000:]
    listed = {line.split()[0] for line in out.stdout.splitlines() if line.strip()}
    assert listed == set(list_models(folder=BUNDLED_DIR)) and "lstm.sms-spam" in listed
    usage = run_in(venv, tmp_path, "seq-zoo", "predict")
    assert usage.returncode == 2 and usage.stderr.startswith("error: seq-zoo predict:"), usage.stderr


def test_package_holds_the_library_and_its_data_only(venv: Path, tmp_path: Path) -> None:
    probe = ("import importlib.util as u, json, zoo; "
             "print(json.dumps({'dir': zoo.__path__[0], 'absent': [m for m in ('streamlit', 'plotly', 'train', "
             "'pages', 'bench', 'tests', 'sklearn') if u.find_spec(m) is None]}))")
    out = run_in(venv, tmp_path, "python", "-c", probe)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert result["absent"] == ["streamlit", "plotly", "train", "pages", "bench", "tests", "sklearn"]
    installed = Path(result["dir"])
    assert package_files(installed / "entries") == package_files(BUNDLED_DIR)  # index.json and every entry file
    if (ROOT / "zoo" / "evalsets").is_dir():
        wanted = {p.name for p in (ROOT / "zoo" / "evalsets").iterdir() if p.suffix == ".jsonl" or p.name == "README.md"}
        assert package_files(installed / "evalsets") == wanted
    shipped = {p for p in package_files(installed) if p.endswith(".py")}
    assert shipped == {p for p in package_files(ROOT / "zoo") if p.endswith(".py")}  # every subpackage and module
