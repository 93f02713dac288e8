"""Publishing an entry folder into a local zoo atomically, or to a Hugging Face Hub."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from zoo.format.checksums import manifest_of
from zoo.format.entry import read_config
from zoo.errors import ZooError
from zoo.hub.registry import entry_folder, read_index, write_index


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


def publish_local(src: Path, zoo: Path, name: str | None = None) -> Path:
    """Copy an entry into a zoo folder so that a crash at any moment leaves a loadable entry.

    Order: copy to a hidden temporary folder; record the new manifest beside the old one in the
    index; swap the folders with two renames (a crash between them is repaired on next lookup);
    finally drop the old manifest. Each step is atomic, so the index always accepts what is there.
    """
    src = Path(src)
    config = read_config(src)  # refuse a folder that is not an entry before touching the zoo
    name = name or config.name
    zoo.mkdir(parents=True, exist_ok=True)
    tmp = zoo / f".{name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    delay = float(os.environ.get("ZOO_TEST_PUBLISH_DELAY", "0"))  # lets a test kill us mid-copy
    for path in sorted(src.iterdir()):
        if path.is_file():
            shutil.copyfile(path, tmp / path.name)
            time.sleep(delay)
    _fsync_tree(tmp)
    manifest = manifest_of(tmp)
    index = read_index(zoo)
    previous = index.get(name, {}).get("files")
    index[name] = {"task": config.task, "architecture": config.architecture, "files": manifest,
                   **({"previous_files": previous} if previous else {})}
    write_index(index, zoo)
    target = entry_folder(name, zoo)
    old = zoo / f".{name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.rename(target, old)
    time.sleep(delay)
    os.rename(tmp, target)
    index[name].pop("previous_files", None)
    write_index(index, zoo)
    shutil.rmtree(old, ignore_errors=True)
    return target


def publish_hub(src: Path, repo_id: str, revision: str | None = None, private: bool = False) -> str:
    """Push an entry folder to a Hub repo (HF_ENDPOINT and HF_TOKEN honoured); returns its URL."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    read_config(Path(src))
    if repo_id.count("/") != 1:
        raise ZooError(f"--repo must look like ORG/NAME, not {repo_id!r}")
    api = HfApi()
    try:
        api.create_repo(repo_id, repo_type="model", exist_ok=True, private=private)
        info = api.upload_folder(folder_path=str(src), repo_id=repo_id, revision=revision,
                                 commit_message=f"Publish {repo_id} from seq-zoo")
    except HfHubHTTPError as exc:
        raise ZooError(f"publishing to {repo_id} failed: {str(exc).splitlines()[0]}") from None
    return str(getattr(info, "commit_url", info))
