"""One glossary being worked on, without any UI: what the CLI's commands and the TUI both use.

A session opens a glossary through the index cache (a lookup, a check, an export or the counts of
a glossary whose cache is current never parse a PO file), loads the entries themselves only when a
decision needs them, applies review commands with undo and redo, saves, and reloads the glossary
after another writer changed it, re-applying the decisions not saved yet.

Saving is split so that the slow part can run in another thread while decisions go on:
`freeze()` copies the glossary's state under the session's lock (cheap), `write()` renders and
writes that copy (slow, no lock held), and `saved()` hands the result back. A decision taken while a
save runs is not in the copy: it stays unsaved and the next save writes it. `save()` does the three
in a row for callers that wait (the CLI).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from glossary.model import Entry
from glossary.review import Change, Command, History, ReplayReport
from glossary.search import Index, IndexCacheError, build_index, cache_key, load_cached, po_files, save_cached
from glossary.store import Catalog, Glossary, save_catalogs

Warn = Callable[[str], None]


@dataclass
class Frozen:
    """A copy of the glossary's state taken for a save, and how to map it back to the live one."""

    glossary: Glossary
    # id(copy) -> the live entry it was copied from
    live_of: dict[int, Entry]
    # How many journal records the copy holds: those are what a successful save makes saved.
    journal_length: int
    catalogs: list[tuple[Catalog, Catalog]] = field(default_factory=list)  # (live, copy)


@dataclass
class SaveResult:
    """What a save wrote, and whether it had to re-apply onto another writer's save (the live
    glossary is then the reloaded one: entry objects changed, an index must be rebuilt)."""

    paths: list[Path]
    reloaded: bool = False
    report: ReplayReport | None = None


class Session:
    """A glossary folder or file opened for lookup, review and saving."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        cache_dir: Path | None = None,
        use_cache: bool = True,
        create: bool = False,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.create = create
        # A session that will never decide (lookup, stats, export, check) builds a missing index from
        # the entries alone: no PO entries kept for saving, no snapshots (the cold path at 1M entries
        # is seconds shorter and a gigabyte smaller).
        self.read_only = read_only
        self.index: Index | None = None
        self.glossary: Glossary | None = None
        self.history: History | None = None
        # Decisions and freezing take this lock: a save copies a state no decision is half-way through.
        self._lock = threading.RLock()
        # One save at a time: the second waits, then writes what the first did not.
        self._saving = threading.Lock()

    # --- opening ------------------------------------------------------------------------------

    def cached_index(self) -> Index | None:
        """The index from the cache when the PO files are unchanged since it was built, else None."""
        if not self.use_cache:
            return None
        cached = load_cached(self.path, self.cache_dir)
        if cached is not None and self.index is None:
            self.index = cached
        return cached

    def open_index(self, warn: Warn | None = None) -> Index:
        """The search index: from the cache when it is current (no PO file parsed), else built over
        the loaded glossary (loading it first) and cached for next time. A failure to write the
        cache goes to warn: the index is still good."""
        if self.index is not None:
            return self.index
        if self.glossary is None and self.cached_index() is not None:
            assert self.index is not None
            return self.index
        if self.read_only and self.glossary is None:
            return self._build_read_only(warn)
        glossary = self.load()
        with self._lock:
            index = self.index = Index(list(glossary))
        digests = [(c.path.name, c.digest) for c in glossary.catalogs]
        if self.use_cache and not self.unsaved and all(d is not None for _, d in digests):
            try:
                save_cached(index, self.path, [(n, d or "") for n, d in digests], self.cache_dir)
            except IndexCacheError as exc:
                if warn is not None:
                    warn(exc.user_message())
        return index

    def _build_read_only(self, warn: Warn | None) -> Index:
        """The index built from the PO files alone (no Glossary: no PO entries kept for saving, no
        snapshots; on two cores for a large glossary), cached for next time."""
        index = build_index(self.path, self.cache_dir, save=self.use_cache, warn=warn)
        with self._lock:
            self.index = index
        return index

    def load(self) -> Glossary:
        """Parse the PO files (the slow path). An index read from the cache is bound to the entries
        when they are the ones it was built from; otherwise the index is built when first needed
        (a command that only decides and saves, like `add`, never builds one)."""
        if self.glossary is not None:
            return self.glossary
        glossary = Glossary.open(self.path, create=self.create)
        digests = [(c.path.name, c.digest or "") for c in glossary.catalogs]
        with self._lock:
            cached = self.index
            if cached is not None and not (not cached.bound and cached.key == cache_key(digests)):
                self.index = None
            elif cached is not None:
                cached.bind(list(glossary))
            self.glossary, self.history = glossary, History(glossary)
        return glossary

    @property
    def loaded(self) -> bool:
        """Whether the entries themselves are loaded (decisions, saving and reloading work)."""
        return self.glossary is not None

    def entries(self) -> Iterator[Entry]:
        """Every entry in file order: the loaded glossary's, else decoded one by one from the index."""
        if self.glossary is not None:
            return iter(self.glossary)
        index = self.open_index()
        if self.glossary is not None:  # opening had to load the glossary
            return iter(self.glossary)
        return (index.entry(i) for i in range(len(index)))

    def files(self) -> list[Path]:
        """The glossary's PO files (those a save would write, when none exists yet)."""
        if self.glossary is not None:
            return [c.path for c in self.glossary.catalogs]
        return po_files(self.path)

    # --- decisions ----------------------------------------------------------------------------

    def apply(self, command: Command) -> Change:
        """Carry out a review decision (loading the glossary first if needed); it becomes undoable."""
        self.load()
        with self._lock:
            assert self.history is not None
            change = self.history.do(command)
            self._reindex(change)
        return change

    def undo(self) -> Change | None:
        """Take the last decision back; None when there is nothing to undo."""
        with self._lock:
            if self.history is None:
                return None
            change = self.history.undo()
            if change is not None:
                self._reindex(change)
        return change

    def redo(self) -> Change | None:
        """Carry out the last undone decision again; None when there is nothing to redo."""
        with self._lock:
            if self.history is None:
                return None
            change = self.history.redo()
            if change is not None:
                self._reindex(change)
        return change

    def _reindex(self, change: Change) -> None:
        if self.index is not None:
            self.index.update(changed=change.changed + change.added, removed=change.removed)

    @property
    def unsaved(self) -> bool:
        """Whether decisions were taken since the last save (even ones undone again)."""
        return self.history is not None and self.history.unsaved

    @property
    def pending(self) -> int:
        """How many decisions (and undos) wait to be saved."""
        return len(self.history.journal) if self.history is not None else 0

    # --- saving -------------------------------------------------------------------------------

    def save(self, *, force: bool = False) -> SaveResult:
        """Freeze, write and hand back in one go (see the module docstring)."""
        with self._saving:
            frozen = self.freeze()
            if frozen is None:
                return SaveResult([])
            return self.saved(frozen, self.write(frozen, force=force))

    def freeze(self) -> Frozen | None:
        """A copy of the glossary as it is now, for write() to save while decisions go on; None when
        the glossary was never loaded (nothing can have changed)."""
        with self._lock:
            glossary, history = self.glossary, self.history
            if glossary is None or history is None:
                return None
            live_of: dict[int, Entry] = {}
            pairs = []
            for catalog in glossary.catalogs:
                copy = catalog.copy_for_save(live_of)
                pairs.append((catalog, copy))
            frozen_glossary = Glossary(glossary.root, [copy for _, copy in pairs])
            return Frozen(frozen_glossary, live_of, len(history.journal), pairs)

    def write(self, frozen: Frozen, *, force: bool = False) -> list[Path]:
        """Write the frozen copy (the slow part: no lock is held, decisions go on meanwhile).

        Whatever happens, the live catalogs learn what the copy's PO objects now hold, so that a
        later save neither adds an entry twice nor misses one. A save that re-applied onto another
        writer's save and then failed leaves the copy merged with that save: it becomes the live
        glossary, still unsaved.
        """
        try:
            return save_catalogs(frozen.glossary.catalogs, frozen.glossary.root, force=force)
        except BaseException:
            if _reapplied(frozen):
                self._switch_to(frozen, written=False)
            raise
        finally:
            if not _reapplied(frozen):
                with self._lock:
                    for live, copy in frozen.catalogs:
                        live.take_saved_state(copy, frozen.live_of)

    def saved(self, frozen: Frozen, paths: list[Path]) -> SaveResult:
        """Hand a finished write back: the decisions in the copy are saved, later ones stay pending.

        When the write had to re-apply onto another writer's save, the copy (now matching the file)
        becomes the live glossary and the decisions taken since the freeze are re-applied to it.
        """
        if _reapplied(frozen):
            return SaveResult(paths, reloaded=True, report=self._switch_to(frozen, written=True))
        with self._lock:
            assert self.history is not None
            self.history.journal = self.history.journal[frozen.journal_length :]
        return SaveResult(paths)

    def _switch_to(self, frozen: Frozen, *, written: bool) -> ReplayReport:
        """Make the frozen copy the live glossary and re-apply the decisions taken since the freeze."""
        with self._lock:
            history = self.history
            assert history is not None
            earlier = history.journal[: frozen.journal_length]
            history.journal = history.journal[frozen.journal_length :]
            report = history.replay(frozen.glossary)
            if not written:
                history.journal = earlier + history.journal  # still to be saved
            self.glossary = frozen.glossary
            self.index = None  # over the old entry objects: open_index() builds it again
            return report

    # --- reloading ----------------------------------------------------------------------------

    def reload(self) -> ReplayReport:
        """Load the glossary as it is on disk now and re-apply the unsaved decisions to it (after a
        ConflictError, say); open_index() then builds the index over the reloaded entries."""
        glossary = Glossary.open(self.path, create=self.create)
        with self._lock:
            if self.history is None:
                self.history = History(glossary)
                report = ReplayReport()
            else:
                report = self.history.replay(glossary)
            self.glossary = glossary
            self.index = None  # over the old entry objects: open_index() builds it again
        return report


def _reapplied(frozen: Frozen) -> bool:
    return any(copy.reapplied for _, copy in frozen.catalogs)


__all__ = ["Frozen", "SaveResult", "Session"]
