"""Recipes trained in stages (recipe field `stages`): each earlier stage is a whole run, and the next one starts
from the entry it wrote, so one command reproduces an entry that was fine-tuned from earlier ones. The last stage
can be a weight average of variants trained from the same start (recipe field `soup`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from zoo.format.entry import WEIGHTS


def train_stages(name: str, preset: dict[str, Any], runs: Path, resume: bool,
                 run: Callable[[str, dict[str, Any], Path], Path]) -> dict[str, Any]:
    """Train the recipe's earlier stages and return the recipe of the last stage, started from their entry.

    `stages` lists the changes each earlier stage makes to the recipe, oldest first; the first starts from scratch
    (unless its changes name an `init`), each later one from the entry the one before wrote. A recipe whose `init`
    is set (--set init=ENTRY) skips them. With resume, a stage whose entry is already written is reused.
    run(name, recipe, runs folder) trains one stage and returns the entry folder it wrote.
    """
    stages = preset.get("stages") or []
    if not stages:
        return preset
    if preset.get("init"):
        print(f"init is set ({preset['init']}): the recipe's {len(stages)} earlier stage(s) are skipped; "
              "to run them, give the init inside the first stage and --set 'init=\"\"'", flush=True)
        return preset
    init = ""
    for number, changes in enumerate(stages, 1):
        init = str(_run_or_reuse(name, runs / f"stage-{number}", f"stage {number}/{len(stages) + 1}",
                                 changes or "the recipe as it is", {**preset, "stages": [], "init": init, **changes},
                                 resume, run))
    print(f"stage {len(stages) + 1}/{len(stages) + 1}: the recipe, from {init}", flush=True)
    return {**preset, "stages": [], "init": init}


def train_soup(name: str, preset: dict[str, Any], runs: Path, resume: bool,
               run: Callable[[str, dict[str, Any], Path], Path]) -> dict[str, Any]:
    """Train the recipe's `soup` variants and return the recipe with `average_with`, the entry folders they wrote.

    Each variant is the recipe with those changes, from the recipe's own start (init), stored in float32 and not
    blended (RUNS/soup-N/entries/NAME; with resume, a variant already written is reused); the recipe's own run then
    averages its trained weights with theirs (train.weight_blend.average_states).
    """
    variants = preset.get("soup") or []
    if not variants:
        return preset
    folders = []
    for number, changes in enumerate(variants, 1):
        folders.append(str(_run_or_reuse(
            name, runs / f"soup-{number}", f"soup variant {number}/{len(variants)}", changes,
            {**preset, "soup": [], "blend_alphas": [], "dtype": "float32", **changes}, resume, run)))
    return {**preset, "soup": [], "soup_changes": variants, "average_with": folders}


def _run_or_reuse(name: str, folder_runs: Path, label: str, changes: Any, recipe: dict[str, Any], resume: bool,
                  run: Callable[[str, dict[str, Any], Path], Path]) -> Path:
    """Train one recipe into folder_runs and return its entry folder; with resume, an entry already there is reused."""
    folder = folder_runs / "entries" / name
    if resume and (folder / WEIGHTS).is_file():
        print(f"{label}: reusing the entry in {folder}", flush=True)
        return folder
    print(f"{label}: {changes}", flush=True)
    return run(name, recipe, folder_runs)
