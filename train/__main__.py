"""Retrain the whole zoo with one command: `python -m train all [--resume] [--data-dir DIR] [--runs DIR]`.

Runs every language-model recipe (train.language_model: the lstm-pre.* classifiers start from them), every
classifier recipe (train.classify) and then every translator recipe (train.translate), each published into
zoo/entries as it finishes. Options are passed to all three.
"""
from __future__ import annotations

import argparse
import sys

from . import classify, language_model, translate


def main(argv: list[str] | None = None) -> int:
    """Train every recipe: language models, then classifiers, then translators."""
    parser = argparse.ArgumentParser(prog="python -m train", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["all"], help="'all': every language-model, classifier and translator recipe")
    parser.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    parser.add_argument("--runs", default="runs", help="folder for checkpoints and unpublished entries")
    parser.add_argument("--resume", action="store_true", help="continue each recipe from its last epoch checkpoint")
    parser.add_argument("--no-publish", action="store_true", help="write into RUNS/entries, not the zoo")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    args = parser.parse_args(argv)
    shared = ["--runs", args.runs] + (["--data-dir", args.data_dir] if args.data_dir else [])
    shared += (["--resume"] if args.resume else []) + (["--no-publish"] if args.no_publish else [])
    shared += ["--threads", str(args.threads)] if args.threads else []
    return (language_model.main(["all", *shared]) or classify.main(["all", *shared])
            or translate.main(["all", *shared]))


if __name__ == "__main__":
    sys.exit(main())
