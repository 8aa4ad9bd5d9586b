"""The PO store: the glossary's PO files, loaded, saved atomically, with conflicts detected.

One concept is one PO entry; entry_codec.py maps an entry to its PO entry and back
(docs/po-format.md documents the mapping). This module keeps the files: which catalog holds an
entry, what changed since the load, and a save that never clobbers another writer's changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polib

from glossary.entry_codec import apply_to_po, entry_from_po, is_glossary_entry, new_po, revision_stamp
from glossary.errors import ConflictError, EntryError, NotFoundError, PoStoreError
from glossary.files import (
    atomic_write,
    check_writable,
    digest,
    ensure_folder,
    glossary_files,
    read_bytes,
    remove_stale_temps,
)
from glossary.lock import locked
from glossary.model import Entry, Status
from glossary.po import encode_po, gc_paused, parse_po
from glossary.reapply import Changes, assign, reapply, source_key

DEFAULT_FILE = "vi.po"


@dataclass
class Catalog:
    """One PO file of the glossary, with the entries mapped from it."""

    path: Path
    po: polib.POFile
    entries: list[Entry] = field(default_factory=list)
    # Bytes digest at load time (None for a file not on disk yet): a save refuses to clobber changes.
    digest: str | None = None
    # id(entry) -> (entry, its PO entry); holding the entry keeps its id from being reused.
    _links: dict[int, tuple[Entry, polib.POEntry]] = field(default_factory=dict, repr=False)
    _snapshots: dict[int, Entry] = field(default_factory=dict, repr=False)
    # Whether the last save found the file saved by another writer and re-applied this one's changes.
    reapplied: bool = False

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Catalog:
        """Read a PO file; raise PoStoreError naming the file and line when it is malformed, and
        when it is not a readable regular file."""
        path = Path(path)
        return cls.from_bytes(path, read_bytes(path))

    @classmethod
    def from_bytes(cls, path: Path, data: bytes) -> Catalog:
        """A catalog read from the bytes of the file at path."""
        # No reference cycles are made here; the cyclic collector would only rescan the growing catalog,
        # during the load and after it (see gc_paused).
        with gc_paused(freeze=True):
            po = parse_po(data, str(path))
            catalog = cls(path=path, po=po, digest=digest(data))
            entries, links, snapshots = catalog.entries, catalog._links, catalog._snapshots
            add, snapshot = entries.append, _snapshot
            for po_entry in po:
                if po_entry.msgid and not po_entry.msgid_plural:  # is_glossary_entry, inlined
                    entry = entry_from_po(po_entry)
                    add(entry)
                    key = id(entry)
                    links[key] = (entry, po_entry)
                    snapshots[key] = snapshot(entry)
        return catalog

    @classmethod
    def create(cls, path: str | os.PathLike[str], language: str = "vi") -> Catalog:
        """A new, empty catalog that will be written to path on save."""
        return cls(path=Path(path), po=new_po(language))

    def changed(self) -> bool:
        """Whether any entry was added, removed or edited since load (or the last save)."""
        if self.digest is None:
            return True
        ids = {id(e) for e in self.entries}
        if ids != set(self._links):
            return True
        return any(self._snapshots[id(e)] != e for e in self.entries)

    def changes(self) -> Changes:
        """What was added, edited and removed since load (or the last save)."""
        live = {id(e) for e in self.entries}
        out = Changes()
        for entry in self.entries:
            if id(entry) not in self._links:
                out.added.append(entry)
            elif self._snapshots[id(entry)] != entry:
                out.edited.append((self._snapshots[id(entry)], entry))
        out.removed = [self._snapshots[k] for k in self._links if k not in live]
        return out

    def _on_disk(self) -> bytes | None:
        try:
            return read_bytes(self.path)
        except NotFoundError:
            return None

    def disk_changed(self) -> bool:
        """Whether the file on disk differs from what was loaded (someone else wrote it)."""
        data = self._on_disk()
        return (digest(data) if data is not None else None) != self.digest

    def render(self) -> bytes:
        """The catalog as PO bytes, with every entry's current state written in."""
        self._sync()
        return encode_po(self.po)

    def save(self, *, force: bool = False) -> bool:
        """Save this catalog alone, as Glossary.save does; tell whether it wrote."""
        return bool(save_catalogs([self], self.path, force=force))

    def _write(self, locked_since: int) -> None:
        """Write the file (holding its lock) and remove what crashed saves of it left behind."""
        self.po.metadata["PO-Revision-Date"] = revision_stamp()
        data = self.render()
        remove_stale_temps(self.path, locked_since)
        atomic_write(self.path, data)
        self.digest = digest(data)
        # Only what changed needs a new snapshot; the others still equal theirs.
        old = self._snapshots
        self._snapshots = {
            id(e): snapshot if (snapshot := old.get(id(e))) is not None and snapshot == e else _snapshot(e)
            for e in self.entries
        }

    def copy_for_save(self, live_of: dict[int, Entry]) -> Catalog:
        """A copy of this catalog to save while its entries go on changing (glossary.session).

        Its entries are copies (recorded in live_of: id of the copy -> the live entry); its PO
        object is shared, since only saves touch it and a session runs one save at a time.
        """
        copy = Catalog(path=self.path, po=self.po, digest=self.digest)
        copy_of: dict[int, Entry] = {}
        snapshots = self._snapshots
        for entry in self.entries:
            saved = snapshots.get(id(entry))
            # Unchanged since the last save: its snapshot is already a copy no decision touches.
            # (Re-applying onto another writer's save may rebind its fields: the session then
            # takes the copy as the live glossary, never this catalog's snapshots again.)
            twin = saved if saved is not None and saved == entry else _snapshot(entry)
            live_of[id(twin)] = entry
            copy_of[id(entry)] = twin
            copy.entries.append(twin)
        for key, (entry, po_entry) in self._links.items():
            # An entry removed since the last save keeps its link: the save removes its PO entry.
            twin = copy_of.get(key, entry)
            copy._links[id(twin)] = (twin, po_entry)
            copy._snapshots[id(twin)] = self._snapshots[key]
        return copy

    def take_saved_state(self, copy: Catalog, live_of: dict[int, Entry]) -> None:
        """After copy (from copy_for_save) was saved: what the file and the PO object now hold is
        what this catalog was when copied. Entries changed since then still differ from their
        snapshot, so the next save writes them."""
        self.po, self.digest = copy.po, copy.digest
        links: dict[int, tuple[Entry, polib.POEntry]] = {}
        snapshots: dict[int, Entry] = {}
        unwritten: set[int] = set()
        for key, (twin, po_entry) in copy._links.items():
            snapshot = copy._snapshots.get(key)
            if snapshot is None:
                # Added to the PO object by a save that failed before writing (a full disk): not
                # in the file, so not linked; the next save adds it again, once.
                unwritten.add(id(po_entry))
                continue
            live = live_of.get(key, twin)
            links[id(live)] = (live, po_entry)
            snapshots[id(live)] = snapshot
        if unwritten:
            self.po[:] = [e for e in self.po if id(e) not in unwritten]
        self._links, self._snapshots = links, snapshots

    def _check_unique(self) -> None:
        if len({source_key(entry) for entry in self.entries}) == len(self.entries):
            return
        seen: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            key = source_key(entry)
            if key in seen:
                raise EntryError(
                    f"{self.path}: two entries share the source form {key[1]!r}"
                    + (f" in context {key[0]!r}" if key[0] else "")
                    + "; merge them or set a disambiguation"
                )
            seen[key] = entry

    def _adopt(self, fresh: Catalog, mine_of: dict[int, Entry]) -> None:
        """Become fresh (the file as now on disk, with this writer's changes re-applied), keeping the
        identity of this writer's entry objects wherever fresh has the same entry: the TUI and the
        undo history hold entries by identity."""
        untouched = {
            source_key(e): e for e in self.entries if id(e) in self._links and self._snapshots[id(e)] == e
        }
        taken = {id(entry) for entry in mine_of.values()}
        for position, theirs in enumerate(fresh.entries):
            mine = mine_of.get(id(theirs))
            if mine is None:
                mine = untouched.get(source_key(theirs))
                if mine is None or id(mine) in taken:
                    continue
                taken.add(id(mine))
            assign(mine, theirs)
            fresh.entries[position] = mine
            link = fresh._links.pop(id(theirs), None)
            if link is not None:
                fresh._links[id(mine)] = (mine, link[1])
                fresh._snapshots[id(mine)] = fresh._snapshots.pop(id(theirs))
        self.po, self.digest = fresh.po, fresh.digest
        self.entries[:] = fresh.entries
        self._links, self._snapshots = fresh._links, fresh._snapshots

    def _sync(self) -> None:
        """Bring the polib catalog in line with the entry list, touching only what changed."""
        live = {id(e) for e in self.entries}
        touched = False
        for gone in [k for k in self._links if k not in live]:
            self.po.remove(self._links.pop(gone)[1])
            self._snapshots.pop(gone, None)
            touched = True
        for entry in self.entries:
            link = self._links.get(id(entry))
            if link is None:
                po_entry = polib.POEntry(msgid=entry.en or entry.vi)
                self.po.append(po_entry)
                self._links[id(entry)] = (entry, po_entry)
            else:
                po_entry = link[1]
                if self._snapshots.get(id(entry)) == entry:
                    continue
            apply_to_po(entry, po_entry)
            touched = True
        if touched:
            # Rejected entries are obsolete, and gettext tools keep those at the end of the file.
            active = [e for e in self.po if not e.obsolete]
            obsolete = [e for e in self.po if e.obsolete]
            self.po[:] = active + obsolete


def _snapshot(entry: Entry, new_entry: Callable[[type], Entry] = Entry.__new__) -> Entry:
    """A copy of an entry to compare it with later: its lists copied, its texts (already normalized
    by the model) shared, so a million of them are cheap. Field by field, in the order Entry()
    sets them (see Entry.decoded); tests/test_store_decode.py checks that it copies every field."""
    copy = new_entry(Entry)
    copy.en = entry.en
    copy.vi = entry.vi
    copy.kind = entry.kind
    copy.status = entry.status
    copy.variants = entry.variants[:]
    copy.abbr = entry.abbr
    copy.notes = entry.notes[:]
    copy.sources = entry.sources[:]
    copy.contexts = entry.contexts[:]
    copy.frequency = entry.frequency
    copy.confidence = entry.confidence
    copy.disambiguation = entry.disambiguation
    copy.flags = entry.flags[:]
    return copy


def save_catalogs(catalogs: list[Catalog], root: Path, *, force: bool = False) -> list[Path]:
    """Save every changed catalog of a glossary; return the paths written.

    Holding the catalogs' locks, each file is read again: when another writer saved it since it was
    loaded, the file is reloaded and this writer's own changes re-applied to it (glossary.reapply),
    or, on a real conflict, ConflictError is raised and nothing is written.  A read-only file (by
    its permission bits) is refused unless force is set.
    """
    dirty = [c for c in catalogs if c.changed()]
    if not dirty:
        return []
    for catalog in dirty:
        catalog._check_unique()
        ensure_folder(catalog.path.parent, force=force)
        if not force:
            check_writable(catalog.path)
    with locked(c.path for c in dirty) as since:
        fresh: list[tuple[Catalog, Catalog]] = []
        for catalog in dirty:
            data = catalog._on_disk()
            if (digest(data) if data is not None else None) == catalog.digest:
                continue
            if data is None:
                raise ConflictError(str(catalog.path), "deleted on disk since it was read; nothing written")
            fresh.append((catalog, Catalog.from_bytes(catalog.path, data)))
        for catalog in dirty:
            catalog.reapplied = False
        if fresh:
            _rebase(fresh, root)
        written = [c for c in dirty if c.changed()]
        for catalog in written if fresh else ():
            catalog._check_unique()  # what another writer added may clash with what this one did
        for catalog in written:
            catalog._write(since)
    return [c.path for c in written]


def _rebase(stale: list[tuple[Catalog, Catalog]], root: Path) -> None:
    """Re-apply each catalog's own changes onto its fresh copy; only when none clashes, switch over."""
    # The miner builds on the store, so its merge rules are imported when a merge needs them.
    from glossary.mine.merge import merge as merge_mined

    reloaded = [theirs for _, theirs in stale]
    results = []
    for mine, theirs in stale:
        # The miner's merge adds new entries to the first catalog: the one being re-applied.
        work = Glossary(root, [theirs] + [c for c in reloaded if c is not theirs])
        mine_of = reapply(mine.changes(), theirs.entries, str(mine.path), partial(merge_mined, work))
        results.append((mine, theirs, mine_of))
    for mine, theirs, mine_of in results:
        mine._adopt(theirs, mine_of)
        mine.reapplied = True


@dataclass
class Glossary:
    """The whole glossary: every PO file under a folder (or one file)."""

    root: Path
    catalogs: list[Catalog]

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Glossary:
        """Load a glossary folder (every *.po in it, sorted) or a single PO file.

        With create, a missing folder or file becomes an empty glossary written on first save.
        Anything that is not a readable regular file or folder is a PoStoreError.
        """
        root = Path(path)
        try:
            files = glossary_files(root)
        except NotFoundError:
            if not create:
                raise PoStoreError(str(root), "no such glossary file or folder") from None
            target = root if root.suffix == ".po" else root / DEFAULT_FILE
            return cls(root, [Catalog.create(target)])
        if not files:
            return cls(root, [Catalog.create(root / DEFAULT_FILE)])
        return cls(root, [Catalog.load(f) for f in files])

    def __iter__(self) -> Iterator[Entry]:
        for catalog in self.catalogs:
            yield from catalog.entries

    def __len__(self) -> int:
        return sum(len(c.entries) for c in self.catalogs)

    @property
    def primary(self) -> Catalog:
        """The catalog new entries go to."""
        return self.catalogs[0]

    def add(self, entry: Entry) -> None:
        """Add a new entry to the primary catalog."""
        self.primary.entries.append(entry)

    def remove(self, entry: Entry) -> None:
        """Drop an entry from whichever catalog holds it (rejecting keeps it; this forgets it)."""
        for catalog in self.catalogs:
            if any(e is entry for e in catalog.entries):
                catalog.entries[:] = [e for e in catalog.entries if e is not entry]
                return

    def catalog_of(self, entry: Entry) -> Catalog:
        """The catalog that holds an entry."""
        for catalog in self.catalogs:
            if any(e is entry for e in catalog.entries):
                return catalog
        raise EntryError(f"entry {entry.headword!r} is not in this glossary")

    def find(self, en: str = "", vi: str = "", disambiguation: str = "") -> Entry | None:
        """The entry with exactly this source form (English, or Vietnamese when it has no English)."""
        key = en or vi
        for entry in self:
            if (entry.en or entry.vi) == key and entry.disambiguation == disambiguation:
                if en or not entry.en:
                    return entry
        return None

    def changed(self) -> bool:
        return any(c.changed() for c in self.catalogs)

    def save(self, *, force: bool = False) -> list[Path]:
        """Save every changed catalog; return the paths written.

        Another writer's changes saved meanwhile are kept: this writer's own changes are re-applied
        to them (ConflictError, writing nothing, when the same entry changed both ways).  force
        overwrites a file whose permission bits make it read-only.
        """
        return save_catalogs(self.catalogs, self.root, force=force)


def read_entries(path: str | os.PathLike[str]) -> tuple[list[Entry], list[tuple[str, str]]]:
    """The entries of a glossary, in Glossary.open's order, and the (file name, SHA-256) of each of
    its PO files: what building the search index needs, without what review needs (the PO entries
    kept for saving, the snapshots that tell what changed). Errors as Glossary.open raises them."""
    root = Path(path)
    try:
        files = glossary_files(root)
    except NotFoundError:
        raise PoStoreError(str(root), "no such glossary file or folder") from None
    entries: list[Entry] = []
    digests: list[tuple[str, str]] = []
    for file in files:
        data = read_bytes(file)
        with gc_paused(freeze=True):  # as Catalog.from_bytes
            entries.extend(entry_from_po(e) for e in parse_po(data, str(file)) if is_glossary_entry(e))
        digests.append((file.name, digest(data)))
    return entries, digests


def entries_of(glossary: Glossary, statuses: Iterable[Status] | None = None) -> list[Entry]:
    """The glossary's entries, optionally only those with the given statuses."""
    wanted = set(statuses) if statuses is not None else None
    return [e for e in glossary if wanted is None or e.status in wanted]
