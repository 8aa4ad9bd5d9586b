"""The term miner: texts -> extractors -> mentions -> clustered candidates -> merge into the PO store.

See docs/miner.md. The public entry points are mine_paths() and mine_documents() (pipeline.py),
merge() (merge.py), and register() (commands.py) for the CLI.
"""

from __future__ import annotations

from .merge import MergeReport, merge
from .pipeline import MineResult, mine_documents, mine_paths

__all__ = ["MergeReport", "MineResult", "merge", "mine_documents", "mine_paths"]
