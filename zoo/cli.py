"""`python -m zoo` (installed: `seq-zoo`): list, info, predict, translate, generate, eval, download, publish.

--json prints one JSON document on stdout. User mistakes print one line on stderr and exit
non-zero (2 for usage, 1 for everything else), never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from zoo.errors import ZooError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        raise _UsageError(f"{self.prog}: {message} (see --help)")


class _UsageError(Exception):
    pass


def _parser(prog: str = "python -m zoo") -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description="Small pretrained sequence models: list, run, evaluate, share.")
    sub = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    p = sub.add_parser("list", help="entries in the zoo")
    p.add_argument("--task", choices=["sentiment", "spam", "translation", "language-model"])
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("info", help="an entry's card: metrics, size, data, reproduce command")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("predict", help="classify texts")
    p.add_argument("name")
    p.add_argument("texts", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("translate", help="translate texts")
    p.add_argument("name")
    p.add_argument("texts", nargs="+", metavar="TEXT")
    p.add_argument("--beam", type=int, help="beam size (1 = greedy; default: the entry's own, as on its card)")
    p.add_argument("--max-len", type=int, default=60, help="maximum output tokens")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("generate", help="continue a text with a language model (sampled; --seed repeats it)")
    p.add_argument("name")
    p.add_argument("prompt")
    p.add_argument("--max-tokens", type=int, default=30, help="tokens to add at most (default 30)")
    p.add_argument("--temperature", type=float, default=1.0, help="0 = always the most likely token (default 1)")
    p.add_argument("--top-k", type=int, default=0, help="sample among the k most likely tokens only (0 = all)")
    p.add_argument("--seed", type=int, help="the same seed gives the same text")
    p.add_argument("--next", type=int, default=0, metavar="K", help="also list the K most likely next tokens")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("eval", help="measure an entry on its split or on a JSON Lines file")
    p.add_argument("name")
    p.add_argument("--split", default="test", choices=["train", "validation", "test"])
    p.add_argument("--file", help='JSON Lines: {"text","label"} (classifiers), {"src","ref"} (translators) or '
                                  '{"text"} (language models: perplexity)')
    p.add_argument("--limit", type=int, help="a fixed-seed sample of N examples (N pairs when the rows carry pair ids)")
    p.add_argument("--data-dir", help="dataset folder (default: ZOO_DATA_DIR, else data/)")
    p.add_argument("--beam", type=int,
                   help="translators: beam size (1 = greedy; default: the entry's own, as on its card)")
    p.add_argument("--max-len", type=int, default=60, help="translators: maximum output tokens")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("download", help="fetch an entry from the Hub into the local cache")
    p.add_argument("name", help="zoo name (from ZOO_HUB_ORG) or ORG/NAME")
    p.add_argument("--revision")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("publish", help="push an entry folder to the Hub, or into a local zoo folder")
    p.add_argument("path")
    dest = p.add_mutually_exclusive_group(required=True)
    dest.add_argument("--repo", help="ORG/NAME on the Hub (HF_ENDPOINT, HF_TOKEN honoured)")
    dest.add_argument("--zoo-dir", help="a local zoo folder (atomic: a crash keeps the previous entry)")
    p.add_argument("--json", action="store_true")
    return parser


def _out(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def _card_summary(entry: Any) -> dict[str, Any]:
    card = {k: v for k, v in entry.card.items() if k != "text"}
    return {"name": entry.name, "task": entry.task, "architecture": entry.config.architecture,
            "cell": getattr(entry.config.model_args, "cell", "bow"), "labels": entry.labels, "folder": str(entry.folder), **card}


def run(argv: list[str], prog: str = "python -m zoo") -> int:
    """Execute one CLI command; returns the exit status. prog: the command as usage lines and errors name it."""
    from zoo.hub import loader
    from zoo.hub import registry
    from zoo.format.entry import read_config

    args = _parser(prog).parse_args(argv)
    if args.verb == "list":
        names = registry.list_models(args.task)
        index = registry.read_index()
        rows = [{"name": n, "task": index[n]["task"], "architecture": index[n]["architecture"]} for n in names]
        _out(args, rows, "\n".join(f"{r['name']:<34} {r['task']}" for r in rows) or "(no entries)")
    elif args.verb == "info":
        info = _card_summary(loader.load(args.name))
        lines = [f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v}" for k, v in info.items()]
        _out(args, info, "\n".join(lines))
    elif args.verb == "predict":
        config = read_config(loader.resolve(args.name)[0])  # load() checks the files
        if not config.is_classifier:
            raise ZooError(f"{args.name} is a {_kind(config.architecture)}; use `{_verb(config.architecture)}`")
        entry = loader.load(args.name, backend="numpy")  # the same answers without torch's import (~2 s)
        results = entry.predict(args.texts)
        text = "\n".join(f"{r['label']}\t{r['probs'][r['label']]:.3f}\t{t}" + ("\t(truncated)" if r["truncated"] else "")
                         for r, t in zip(results, args.texts))
        _out(args, results, text)
    elif args.verb == "translate":
        entry = loader.load(args.name)
        if entry.config.architecture != "seq2seq":
            raise ZooError(f"{args.name} is a {_kind(entry.config.architecture)}; use `{_verb(entry.config.architecture)}`")
        outs = entry.translate(args.texts, beam=args.beam, max_len=args.max_len)
        _out(args, [{"source": s, "translation": o} for s, o in zip(args.texts, outs)], "\n".join(outs))
    elif args.verb == "generate":
        entry = loader.load(args.name)
        if entry.config.architecture != "lm":
            raise ZooError(f"{args.name} is a {_kind(entry.config.architecture)}; use `{_verb(entry.config.architecture)}`")
        out = entry.generate_steps(args.prompt, args.max_tokens, args.temperature, args.top_k, args.seed)
        result = {"prompt": args.prompt, "continuation": out["text"], "tokens": out["tokens"],
                  "probs": [round(p, 6) for p in out["probs"]], "seed": args.seed, "temperature": args.temperature,
                  "top_k": args.top_k, **({"next": entry.predict_next(args.prompt, args.next)} if args.next else {})}
        shown = args.prompt.rstrip() + out["text"]
        if args.next:
            shown += "\n\nnext token after the prompt:\n" + "\n".join(
                f"{n['prob']:.3f}\t{n['token']!r}" for n in result["next"])
        _out(args, result, shown)
    elif args.verb == "eval":
        from zoo.evaluation.evaluate import evaluate_pairs, evaluation_rows

        entry = loader.load(args.name)
        pairs, groups = evaluation_rows(entry, args.split, args.file, args.limit, args.data_dir)
        result = {"name": entry.name, "split": "file" if args.file else args.split,
                  **evaluate_pairs(entry, pairs, args.beam, args.max_len, groups)}
        _out(args, result, "  ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    elif args.verb == "download":
        from zoo.hub.fetch import download, repo_id_for

        folder = download(args.name, args.revision)
        entry = loader.load_folder(folder, _bundled_manifest(args.name, args.revision), repo_id_for(args.name))
        _out(args, {"repo": repo_id_for(args.name), "folder": str(folder), "name": entry.name}, str(folder))
    elif args.verb == "publish":
        from zoo.hub.publish import publish_hub, publish_local

        if args.repo:
            url = publish_hub(Path(args.path), args.repo)
            _out(args, {"repo": args.repo, "url": url}, url)
        else:
            target = publish_local(Path(args.path), Path(args.zoo_dir))
            _out(args, {"folder": str(target)}, str(target))
    return 0


def _kind(architecture: str) -> str:
    """An architecture in words, for a message that points to the right verb."""
    return {"seq2seq": "translator", "lm": "language model"}.get(architecture, "classifier")


def _verb(architecture: str) -> str:
    """The CLI verb that runs an architecture."""
    return {"seq2seq": "translate", "lm": "generate"}.get(architecture, "predict")


def _bundled_manifest(name: str, revision: str | None) -> list[dict] | None:
    """For a bare zoo name at the default revision, the bundled checksums the download must match."""
    from zoo.hub.registry import read_index

    record = read_index().get(name)
    return [record["files"]] if record and "/" not in name and revision is None else None


def main(argv: list[str] | None = None, prog: str = "seq-zoo") -> int:
    """Entry point (the `seq-zoo` script; `python -m zoo` passes its own prog): runs the command, turning user
    mistakes into one-line messages."""
    for stream in (sys.stdout, sys.stderr):  # echoing undecodable argv bytes (lone surrogates) must not crash
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        return run(sys.argv[1:] if argv is None else argv, prog)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ZooError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
