"""The README's zoo table, written from the entries' cards: `python -m train.zoo_table [--write README.md]`."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from zoo.format.card import read_card
from zoo.hub.registry import BUNDLED_DIR, read_index

from .lm_presets import LM_PRESETS
from .presets import BOW_PRESETS, PRESETS
from .translation_presets import TRANSLATION_PRESETS

START, END = "<!-- zoo-table -->", "<!-- /zoo-table -->"
HEADER = ("| entry | task | reported split | metric on that split | TF-IDF + LR rival "
          "| minimal pairs: acc / pair acc (%) | ECE (test) | size |\n"
          "|---|---|---|---|---|---|---|---|")


def _row(name: str, task: str, z: dict[str, Any], size: int) -> str:
    """One table row from a card's zoo block (zoo.format.card.read_card)."""
    preset = PRESETS.get(name) or BOW_PRESETS.get(name) or TRANSLATION_PRESETS.get(name) or LM_PRESETS.get(name) or {}
    split = f"{preset.get('split_label', z['split'])} ({z['n_eval']:,})"
    m, base = z["metrics"], z.get("baseline")
    if task == "language-model":
        split = (f"{z['dataset']} test text ({z['n_eval']:,}"
                 + (f" of {z['test_texts']:,}" if z.get("test_texts", z["n_eval"]) > z["n_eval"] else "") + ")")
        metric, rival = f"perplexity {m['perplexity']:.1f} per token, {m['word_perplexity']:,.0f} per word", "—"
    elif task == "translation":
        metric, rival = f"BLEU {m['bleu']:.2f} (beam {z['beam']}; lower-cased {m['bleu_lc']:.2f}", "—"
        metric += f"; all references {m['bleu_multi']:.2f})" if "bleu_multi" in m else ")"
    elif task == "spam":
        metric = f"F1 {m['f1']:.3f} (acc {100 * m['accuracy']:.2f}%)"
        rival = f"F1 {base['f1']:.3f} (acc {100 * base['accuracy']:.2f}%)" if base else "—"
    else:
        metric, rival = f"acc {100 * m['accuracy']:.2f}%", f"acc {100 * base['accuracy']:.2f}%" if base else "—"
    if task == "spam" and not base:
        rival = "—"
    pairs = z.get("minimal_pairs")
    order = f"{100 * pairs['accuracy']:.1f} / {100 * pairs['pair_accuracy']:.1f}" if pairs else "—"
    cal = z.get("calibration")
    ece = f"{cal['ece_after']:.3f} ({cal['ece_before']:.3f})" if cal else "—"
    return f"| `{name}` | {task} | {split} | {metric} | {rival} | {order} | {ece} | {size / 1e6:.1f} MB |"


def zoo_table(folder: Path = BUNDLED_DIR) -> str:
    """The markdown table of every entry in a zoo folder: classifiers first, then translators, then language models,
    by name."""
    index = read_index(folder)
    rows = []
    last = {"translation": 1, "language-model": 2}
    for name in sorted(index, key=lambda n: (last.get(index[n]["task"], 0), index[n]["task"], n)):
        size = sum(f.stat().st_size for f in (folder / name).iterdir() if f.is_file())
        rows.append(_row(name, index[name]["task"], read_card(folder / name / "README.md"), size))
    return "\n".join([HEADER, *rows])


def replace_table(text: str, table: str) -> str:
    """README text with the part between the zoo-table markers replaced."""
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"error: the README has no {START} ... {END} markers")
    return pattern.sub(lambda _: f"{START}\n{table}\n{END}", text)


def main(argv: list[str] | None = None) -> int:
    """Print the table, or write it into a README between the markers."""
    parser = argparse.ArgumentParser(prog="python -m train.zoo_table", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="README", help="replace the table between the markers")
    args = parser.parse_args(argv)
    table = zoo_table()
    if args.write:
        args.write.write_text(replace_table(args.write.read_text(encoding="utf-8"), table), encoding="utf-8")
    else:
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
