"""The term miner: texts -> extractors -> mentions -> clustered candidates -> merge into the PO store.

See docs/miner.md. The public entry points are mine_paths() and mine_documents() (pipeline.py),
merge() (merge.py), and register() (commands.py) for the CLI.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# merge (the function) is bound here, eagerly: a lazy name would be shadowed by the submodule of
# the same name as soon as anything imports glossary.mine.merge.
from .merge import MergeReport, merge

if TYPE_CHECKING:
    from .pipeline import MineResult, mine_documents, mine_paths

# The pipeline is imported on first use (PEP 562): the CLI registers `mine` for every command, and
# loading the extractors would slow down a warm `glossary lookup` that never mines.
_LAZY = {
    "MineResult": ".pipeline",
    "mine_documents": ".pipeline",
    "mine_paths": ".pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MergeReport", "MineResult", "merge", "mine_documents", "mine_paths"]
