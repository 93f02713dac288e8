"""Re-measure published classifier entries and amend them: `python -m train.remeasure all`.

For each classifier (recurrent or bag-of-words): fit its temperature on the validation split and measure the
test split's expected calibration error before and after (written to config.json and the card); for sentiment
entries, measure accuracy and pair accuracy on the minimal pairs of its language, next to its dataset's
bag-of-words entry. The weights are not touched; the entry is republished atomically with its new checksums.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from zoo.evaluation.evaluate import evaluation_rows
from zoo.format.card import render_card, split_card
from zoo.format.entry import CARD, CONFIG, read_json, write_json
from zoo.hub.loader import load_folder
from zoo.hub.publish import publish_local
from zoo.hub.registry import entry_folder, list_models, read_index, zoo_dir

from .plain_snippets import snippet
from .card_sections import (calibrate_with_sample, calibration_section, minimal_pairs_section, minimal_pairs_with_rival,
                            upsert_section)


def measurements(entry: Any, data: str | None) -> dict[str, Any]:
    """Calibration (and, for sentiment, minimal pairs with the bag-of-words rival's) of one loaded entry."""
    val, test = (evaluation_rows(entry, s, data=data)[0] for s in ("validation", "test"))  # no empty texts
    out = {"calibration": calibrate_with_sample(entry, val, test)}
    mp = minimal_pairs_with_rival(entry)
    if mp:
        out["minimal_pairs"] = mp
    return out


def amend(name: str, data: str | None, runs: Path) -> dict[str, Any]:
    """Measure one published entry and republish it with its temperature and card sections."""
    runs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=runs) as tmp:
        copy = Path(tmp) / name
        shutil.copytree(entry_folder(name), copy)
        facts = amend_folder(copy, data)
        publish_local(copy, zoo_dir(), name)
    return facts


def amend_folder(folder: Path, data: str | None) -> dict[str, Any]:
    """Measure the entry in a folder and write its temperature and card sections into that folder."""
    entry = load_folder(folder)
    facts = measurements(entry, data)
    config = read_json(folder / CONFIG)
    config["temperature"] = facts["calibration"]["temperature"]
    write_json(folder / CONFIG, config)
    meta, body = split_card((folder / CARD).read_text(encoding="utf-8"))
    block = {**meta.pop("zoo", {}), **facts}
    body = upsert_section(body, "Calibration", calibration_section(facts["calibration"], "minimal_pairs" in facts))
    if "minimal_pairs" in facts:
        mp = facts["minimal_pairs"]
        body = upsert_section(body, "Word order: minimal pairs",
                              minimal_pairs_section(mp, mp.get("bow"), mp.get("bow", {}).get("name", "")))
    body = upsert_section(body, "Without this library", snippet(entry.config.architecture, entry.config.name),
                          before="## Limits")
    (folder / CARD).write_text(render_card(meta, block, body), encoding="utf-8")
    return facts


def main(argv: list[str] | None = None) -> int:
    """Command line: re-measure named classifier entries (or all)."""
    parser = argparse.ArgumentParser(prog="python -m train.remeasure", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", help="classifier entries, or 'all'")
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for scratch copies")
    args = parser.parse_args(argv)
    index = read_index()
    classifiers = [n for n in list_models() if index[n]["architecture"] in ("classifier", "bow")]
    names = classifiers if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in classifiers]
    if unknown:
        print(f"error: not classifier entries: {', '.join(unknown)}", file=sys.stderr)
        return 2
    names = sorted(names, key=lambda n: not n.startswith("bow."))  # the rivals first: the others quote them
    for name in names:
        facts = amend(name, args.data_dir, Path(args.runs))
        cal, mp = facts["calibration"], facts.get("minimal_pairs")
        print(f"{name}: T={cal['temperature']:.3f} ECE {cal['ece_before']:.4f} -> {cal['ece_after']:.4f}"
              + (f"; minimal pairs acc {mp['accuracy']:.3f} pair acc {mp['pair_accuracy']:.3f}" if mp else ""),
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
