"""Fetching entries from a Hugging Face Hub (or any Hub-compatible server) with huggingface_hub.

HF_ENDPOINT, HF_HUB_OFFLINE, HF_HOME/HF_HUB_CACHE and HF_TOKEN work as in every Hugging Face tool.
"""
from __future__ import annotations

import os
from pathlib import Path

from zoo.errors import ZooError

DEFAULT_ORG = "seq-zoo"


def hub_org() -> str:
    """The Hub organisation that holds the zoo's entries (ZOO_HUB_ORG, default seq-zoo)."""
    return os.environ.get("ZOO_HUB_ORG", DEFAULT_ORG)


def repo_id_for(name: str) -> str:
    """hf://org/name or org/name -> org/name; a bare zoo name -> <ZOO_HUB_ORG>/name."""
    name = name.removeprefix("hf://")
    return name if "/" in name else f"{hub_org()}/{name}"


def download(name: str, revision: str | None = None) -> Path:
    """Download an entry repo into the Hugging Face cache (or find it there offline); returns its folder."""
    from huggingface_hub import snapshot_download
    from huggingface_hub import errors as hf_errors

    repo_id = repo_id_for(name)
    where = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    try:
        return Path(snapshot_download(repo_id, revision=revision, repo_type="model"))
    except hf_errors.RevisionNotFoundError:
        raise ZooError(f"revision {revision!r} not found in {repo_id} at {where}") from None
    except (hf_errors.RepositoryNotFoundError, hf_errors.GatedRepoError):
        # Some Hub-compatible servers (olah) answer an unknown revision with 401 RepoNotFound.
        revision_note = f", or no revision {revision!r} in it" if revision is not None else ""
        raise ZooError(f"no model repo {repo_id} at {where}{revision_note} (or it needs a token)") from None
    except hf_errors.LocalEntryNotFoundError as exc:
        answered = exc.__cause__ if isinstance(exc.__cause__, hf_errors.HfHubHTTPError) else None
        if answered is not None:  # the server was reached but refused (e.g. olah: 404 for an unknown commit hash)
            at = f" at revision {revision!r}" if revision is not None else ""
            reason = " ".join((answered.server_message or answered.response.headers.get("x-error-message") or "").split())
            raise ZooError(f"{repo_id}{at} is not in the local cache and {where} answered HTTP "
                           f"{answered.response.status_code}" + (f" ({reason})" if reason else "")) from None
        raise ZooError(f"{repo_id} is not in the local cache and {where} cannot be reached "
                       f"(offline mode or endpoint down)") from None
    except hf_errors.HfHubHTTPError as exc:
        raise ZooError(f"downloading {repo_id} from {where} failed: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise ZooError(f"downloading {repo_id} from {where} failed: {exc}") from None
