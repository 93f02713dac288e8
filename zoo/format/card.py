"""Model cards: README.md with YAML metadata (Hub model-index) plus a `zoo` block the code reads."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from zoo.errors import ZooError


def read_card(path: Path) -> dict[str, Any]:
    """The card's metadata: the `zoo` block plus license, datasets, language and the prose."""
    if not path.is_file():
        raise ZooError(f"model card {path.name} is missing in {path.parent}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ZooError(f"{path}: model card is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    meta, body = split_card(text, str(path))
    info = dict(meta.get("zoo") or {})
    for key in ("license", "datasets", "language", "tags"):
        if key in meta:
            info[key] = meta[key]
    info["text"] = body
    return info


def split_card(text: str, source: str = "README.md") -> tuple[dict[str, Any], str]:
    """(YAML metadata, prose) of a card's text; errors name the source."""
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise ZooError(f"{source}: model card has no YAML metadata block")
    head, body = text[4:].split("\n---\n", 1)
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        raise ZooError(f"{source}: model card metadata is not valid YAML: {' '.join(str(exc).split())}") from None
    return meta, body


def render_card(meta: dict[str, Any], zoo_block: dict[str, Any], body: str) -> str:
    """README.md text: YAML front matter (Hub metadata and the zoo block), then the prose."""
    head = yaml.safe_dump({**meta, "zoo": zoo_block}, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{head}---\n{body.strip()}\n"


def model_index(name: str, task_type: str, task_name: str, dataset: dict[str, str],
                metrics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Hub's model-index structure for one evaluation result."""
    return [{"name": name, "results": [{"task": {"type": task_type, "name": task_name},
                                        "dataset": dataset, "metrics": metrics}]}]
