"""Lookup and search over the glossary: as typed, folded, tone-style-insensitive, Telex/VNI-decoded.

ranks       the match ranks and their reference definitions (one form at a time)
tables      building the flat tables the index searches
candidates  the records that may match a query, found through the tables
frozen      the immutable index over the tables
overlay     Index: the immutable index plus the edits made since it was built
tablefile   the tables as one checked, memory-mapped file
cache       where that file lives, its key, and opening a glossary through it (open_index)
parts       the per-entry work of a build, over a run of entries in their own order
merge       joining parts into the tables (numpy)
coldbuild   the tables straight from the PO files, two shares read by two processes
partworker  the second process of that build
"""

from .cache import (
    build_index,
    cache_key,
    cache_path,
    default_cache_dir,
    file_digest,
    glossary_digests,
    load_cached,
    load_index,
    open_index,
    po_files,
    save_cached,
)
from .overlay import Index, counts, lookup
from .ranks import (
    CLOSE,
    RANK_WORDS,
    Match,
    Rank,
    SearchCancelled,
    bounded_edits,
    match_form,
    typo_match,
    typos_as_fallback,
)
from .tablefile import FORMAT, IndexCacheError

__all__ = [
    "CLOSE",
    "RANK_WORDS",
    "FORMAT",
    "Index",
    "IndexCacheError",
    "Match",
    "Rank",
    "SearchCancelled",
    "bounded_edits",
    "build_index",
    "cache_key",
    "cache_path",
    "counts",
    "default_cache_dir",
    "file_digest",
    "glossary_digests",
    "load_cached",
    "load_index",
    "lookup",
    "match_form",
    "open_index",
    "po_files",
    "save_cached",
    "typo_match",
    "typos_as_fallback",
]
