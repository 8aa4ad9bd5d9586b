"""The on-disk index cache: where it lives, what it is keyed by, and opening a glossary through it.

The cache is keyed by the names and SHA-256 digests of the glossary's PO files, so a changed file
means a new key; it lives in the user's cache folder, never next to the PO files, and is disposable.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from glossary import files
from glossary.errors import GlossaryError, PoStoreError

from .overlay import Index
from .tablefile import FORMAT, IndexCacheError, read_tables, write_tables
from .tables import Strings, entry_to_json

SUFFIX = ".idx"


def po_files(path: str | os.PathLike[str]) -> list[Path]:
    """The PO files a glossary path stands for, as Glossary.open reads them (none when it cannot:
    Glossary.open then says why, instead of a FIFO hanging the cache lookup)."""
    try:
        return files.glossary_files(path)
    except GlossaryError:
        return []


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, as the store records it (Catalog.digest); regular files only."""
    return files.file_digest(path)


def glossary_digests(
    glossary_path: str | os.PathLike[str], cache_dir: Path | None = None
) -> list[tuple[str, str]] | None:
    """The (file name, SHA-256) of each PO file of a glossary as it is on disk; None if it has none.

    The one place the cache lists and hashes PO files: to become Glossary.fingerprint() once the
    store has it, so that the store and the cache agree by construction. Hashing a 150 MB glossary
    takes longer than the rest of a lookup, so a digest is remembered with the file's stat (see
    _DigestMemo) and reused while the stat is unchanged.
    """
    files = po_files(glossary_path)
    if not files:
        return None
    memo = _DigestMemo(cache_dir or default_cache_dir())
    digests = [(f.name, memo.digest(f)) for f in files]
    memo.save()
    return digests


# A file whose mtime or ctime is this close to the time it was hashed may still change within the
# same timestamp tick: its digest is not remembered (git's "racily clean" rule).
_RACY_SECONDS = 2.0


class _DigestMemo:
    """SHA-256 digests of files remembered by (size, mtime, ctime, inode, device), in the cache folder.

    Any write to a file changes its ctime (and an atomic replace its inode), so an unchanged stat
    means unchanged content, except for a write in the same clock tick as the hashing: such racy
    entries are never remembered. A missing or unreadable memo only means hashing again.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / "digests.json"
        self.changed = False
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            self.known: dict[str, list] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self.known = {}

    def digest(self, path: Path) -> str:
        where = str(path.resolve())
        stat = path.stat()
        signature = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev]
        known = self.known.get(where)
        if (
            isinstance(known, list)
            and len(known) == 2
            and known[0] == signature
            and isinstance(known[1], str)
        ):
            return known[1]
        digest = file_digest(path)
        newest = max(stat.st_mtime_ns, stat.st_ctime_ns) / 1e9
        if time.time() - newest > _RACY_SECONDS and path.stat().st_ctime_ns == stat.st_ctime_ns:
            self.known[where] = [signature, digest]
            self.changed = True
        return digest

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            files.atomic_write(self.path, json.dumps(self.known).encode("utf-8"))
        except (OSError, PoStoreError):
            pass  # the memo only saves time: hash again next run


def cache_key(digests: Iterable[tuple[str, str]]) -> str:
    """The cache key of a glossary: its files' names and content digests, and the table format."""
    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name, digest in digests:
        h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def default_cache_dir() -> Path:
    """$GLOSSARY_CACHE_DIR, else the user's cache folder: never next to the PO files."""
    explicit = os.environ.get("GLOSSARY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vi-glossary"


def _stem(glossary_path: str | os.PathLike[str]) -> str:
    return "index-" + hashlib.sha256(str(Path(glossary_path).resolve()).encode()).hexdigest()[:16]


def cache_path(glossary_path: str | os.PathLike[str], key: str, cache_dir: Path | None = None) -> Path:
    """Where the index of a glossary with this key is cached."""
    return (cache_dir or default_cache_dir()) / f"{_stem(glossary_path)}-{key[:32]}{SUFFIX}"


def load_index(path: Path) -> Index | None:
    """The index stored in the cache file at path, or None when it is missing, stale in format or damaged."""
    tables = read_tables(path)
    if tables is None:
        return None
    return Index.from_tables(tables, origin=str(path), discard=lambda: path.unlink(missing_ok=True))


def load_cached(glossary_path: str | os.PathLike[str], cache_dir: Path | None = None) -> Index | None:
    """The cached index of a glossary if its PO files are unchanged since it was built, else None."""
    try:
        digests = glossary_digests(glossary_path, cache_dir)
    except (OSError, GlossaryError):
        return None
    if digests is None:
        return None
    key = cache_key(digests)
    index = load_index(cache_path(glossary_path, key, cache_dir))
    return index if index is not None and index.key == key else None


def save_cached(
    index: Index,
    glossary_path: str | os.PathLike[str],
    digests: Iterable[tuple[str, str]],
    cache_dir: Path | None = None,
) -> Path:
    """Cache an index built from the glossary files with these (name, digest) pairs; drop older ones."""
    key = cache_key(digests)
    tables = index.tables
    tables.key = key
    target = cache_path(glossary_path, key, cache_dir)
    live = index.live_entries()
    entries_json: Iterable[str] | Strings
    if type(tables.entries) is Strings:
        entries_json = tables.entries  # built in memory: written as it is
    elif tables.entries is not None:  # mapped from another cache file: each entry checked as read
        entries_json = (tables.entries[i] for i in range(tables.size))
    elif live is not None:
        entries_json = map(entry_to_json, live)  # not through index.entry(): a context manager each
    else:
        entries_json = (entry_to_json(index.entry(i)) for i in range(tables.size))
    from glossary.po import gc_paused  # see build_tables: not needed by a warm lookup

    with gc_paused():  # encoding every entry makes millions of objects, no cycles
        write_tables(target, tables, entries_json)
    # Older caches of the same glossary (and pickles of earlier versions) are stale now: only the
    # newest is worth its disk space, and a pickle is never loaded.
    for old in target.parent.glob(f"{_stem(glossary_path)}-*"):  # never digests.json
        if old != target and not old.name.startswith("."):
            old.unlink(missing_ok=True)
    return target


def open_index(
    glossary_path: str | os.PathLike[str],
    cache_dir: Path | None = None,
    *,
    warn: Callable[[str], None] | None = None,
) -> Index:
    """The index of a glossary: from the cache without parsing any PO file when the cache is current,
    else built from the PO files and cached for next time.

    Entries of a cached index are decoded one by one when a search or browse hands them out. A
    failure to write the cache is passed to warn (if given) and otherwise ignored: the index is
    still good, and the next call tries again.
    """
    cached = load_cached(glossary_path, cache_dir)
    if cached is not None:
        return cached
    return build_index(glossary_path, cache_dir, warn=warn)


def build_index(
    glossary_path: str | os.PathLike[str],
    cache_dir: Path | None = None,
    *,
    save: bool = True,
    warn: Callable[[str], None] | None = None,
) -> Index:
    """The index of a glossary built from its PO files (on two cores when they are large, see
    coldbuild) and, if save, cached for next time. Its entries are decoded from their JSON on use,
    as from the cache: the build never holds the whole glossary's Entry objects at once. A failure
    to write the cache is passed to warn (if given) and otherwise ignored."""
    # Only when the cache cannot serve: the store and the build are the slow path.
    from .coldbuild import build_from_files

    tables, digests = build_from_files(glossary_path)
    index = Index.from_tables(tables)
    if digests:  # a glossary with no PO file yet has nothing to key a cache by
        tables.key = cache_key(digests)
        if save:
            try:
                save_cached(index, glossary_path, digests, cache_dir)
            except IndexCacheError as exc:
                if warn is not None:
                    warn(exc.user_message())
    return index
