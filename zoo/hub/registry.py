"""The bundled zoo: its folder, its index (names, tasks, sha256 of every file) and name lookup."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from zoo.format.entry import read_json, write_json
from zoo.errors import ZooError

BUNDLED_DIR = Path(__file__).resolve().parents[1] / "entries"
INDEX_FILE = "index.json"


def zoo_dir() -> Path:
    """The local zoo folder: ZOO_DIR if set, else the entries bundled with the package."""
    return Path(os.environ["ZOO_DIR"]) if os.environ.get("ZOO_DIR") else BUNDLED_DIR


def read_index(folder: Path | None = None) -> dict[str, Any]:
    """{name: {"task", "architecture", "files": {file: sha256}, ...}} of a zoo folder."""
    folder = folder or zoo_dir()
    path = folder / INDEX_FILE
    if not path.is_file():
        return {}
    return read_json(path).get("entries", {})


def write_index(entries: dict[str, Any], folder: Path) -> None:
    """Replace the index atomically (write a temporary file, fsync, rename)."""
    tmp = folder / f".{INDEX_FILE}.tmp-{os.getpid()}"
    write_json(tmp, {"entries": dict(sorted(entries.items()))})
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, folder / INDEX_FILE)


def list_models(task: str | None = None, folder: Path | None = None) -> list[str]:
    """Names of the entries in the zoo, optionally only those of one task."""
    return sorted(n for n, e in read_index(folder).items() if task is None or e.get("task") == task)


def entry_folder(name: str, folder: Path | None = None) -> Path:
    """Folder of a named entry; completes a publish that stopped between its two renames."""
    folder = folder or zoo_dir()
    path, old = folder / name, folder / f".{name}.old"
    if not path.exists() and old.exists():
        os.rename(old, path)  # the crash came after moving the old entry aside: put it back
    return path


def unknown_name_error(name: str, folder: Path | None = None) -> ZooError:
    """The error for a name that is neither an entry, a folder nor a hf:// id."""
    known = ", ".join(list_models(folder=folder)) or "none"
    return ZooError(f"unknown model {name!r}: not a zoo entry, a folder or hf://org/name. Known entries: {known}")
