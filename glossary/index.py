"""Transition shim: the index moved to the glossary.search package; import from there.

Kept while branches written before the move still import glossary.index; it re-exports the same
public names and holds no code of its own.
"""

from glossary.search import (
    Index,
    IndexCacheError,
    Match,
    Rank,
    SearchCancelled,
    bounded_edits,
    cache_key,
    counts,
    default_cache_dir,
    file_digest,
    load_cached,
    lookup,
    match_form,
    po_files,
    save_cached,
    typo_match,
    typos_as_fallback,
)

__all__ = [
    "Index",
    "IndexCacheError",
    "Match",
    "Rank",
    "SearchCancelled",
    "bounded_edits",
    "cache_key",
    "counts",
    "default_cache_dir",
    "file_digest",
    "load_cached",
    "lookup",
    "match_form",
    "po_files",
    "save_cached",
    "typo_match",
    "typos_as_fallback",
]
