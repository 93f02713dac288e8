"""sha256 of files, and verification of a folder against a recorded manifest."""
from __future__ import annotations

import hashlib
from pathlib import Path

from zoo.errors import ZooError


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_of(folder: Path) -> dict[str, str]:
    """{file name: sha256} for every file of an entry folder."""
    return {p.name: sha256_of(p) for p in sorted(folder.iterdir()) if p.is_file()}


def verify(folder: Path, accepted: list[dict[str, str]], label: str) -> None:
    """Raise ZooError naming the file unless the folder matches one accepted manifest exactly."""
    problems = []
    for manifest in accepted:
        problems = []
        for name, expected in manifest.items():
            path = folder / name
            if not path.is_file():
                problems.append(f"{name} is missing")
            elif sha256_of(path) != expected:
                problems.append(f"{name} does not match its recorded sha256 (changed or corrupted)")
        if not problems:
            return
    raise ZooError(f"{label}: {problems[0]}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
