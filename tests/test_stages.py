"""train.stages: which earlier stages a recipe runs (the training itself is tested in tests/test_training.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from train.stages import train_stages


def _never_run(name: str, recipe: dict[str, Any], runs: Path) -> Path:
    raise AssertionError(f"no stage should run, got {recipe}")


def test_an_init_skips_the_stages_and_says_how_to_run_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preset = {"init": "lstm-lm.en", "stages": [{"epochs": 5}], "epochs": 1}
    assert train_stages("lstm-pre.imdb", preset, tmp_path, False, _never_run) is preset
    out = capsys.readouterr().out
    assert "init is set (lstm-lm.en): the recipe's 1 earlier stage(s) are skipped" in out
    assert "give the init inside the first stage" in out


def test_a_recipe_without_stages_is_returned_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preset = {"init": "lstm-lm.en", "stages": [], "epochs": 1}
    assert train_stages("lstm-pre.imdb", preset, tmp_path, False, _never_run) is preset
    assert capsys.readouterr().out == ""


def test_each_stage_starts_from_the_entry_the_one_before_wrote(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def record(name: str, recipe: dict[str, Any], runs: Path) -> Path:
        seen.append(recipe)
        return runs / "entries" / name

    preset = {"stages": [{"init": "lstm-lm.en", "epochs": 5}, {"lr": 1e-3}], "epochs": 1, "lr": 2e-3}
    last = train_stages("lstm-pre.imdb", preset, tmp_path, False, record)
    assert [(r["init"], r["epochs"], r["lr"], r["stages"]) for r in seen] == [
        ("lstm-lm.en", 5, 2e-3, []), (str(tmp_path / "stage-1" / "entries" / "lstm-pre.imdb"), 1, 1e-3, [])]
    assert last == {"stages": [], "init": str(tmp_path / "stage-2" / "entries" / "lstm-pre.imdb"), "epochs": 1,
                    "lr": 2e-3}
