"""Every interface string as {key: (English, 한국어)}, one module per page; merged here (keys must be unique)."""
from __future__ import annotations

from . import catalog, classifier, common, compare, generate, home, lab, order, translate

PAIRS: dict[str, tuple[str, str]] = {}
for _module in (common, home, classifier, translate, lab, compare, order, generate, catalog):
    _clash = set(PAIRS) & set(_module.STRINGS)
    if _clash:
        raise KeyError(f"interface strings defined twice: {sorted(_clash)}")
    PAIRS.update(_module.STRINGS)
