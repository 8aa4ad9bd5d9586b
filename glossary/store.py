"""The PO store: maps glossary entries to gettext PO entries and back, saves atomically, detects conflicts.

One concept is one PO entry. msgid holds the English form and msgstr the Vietnamese form; the review
status uses PO's own vocabulary (candidate = fuzzy, approved = not fuzzy, rejected = obsolete), and
everything else lives in structured ``#.`` lines. docs/po-format.md documents the mapping.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polib
from babel import Locale
from babel.core import UnknownLocaleError

from glossary import __version__
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
from glossary.model import Entry, Kind, Source, Status, Variant, VariantType
from glossary.po import encode_po, gc_paused, parse_po
from glossary.reapply import Changes, assign, reapply, source_key

# The structured keys this store owns inside ``#.`` comments; any other extracted comment
# (a developer's note in a third-party catalog) is kept verbatim.
KEY_KIND = "kind"
KEY_VARIANT = "variant"
KEY_ABBR = "abbr"
KEY_CONFIDENCE = "confidence"
KEY_FREQUENCY = "frequency"
KEY_CONTEXT = "context"
KEY_MSGID_LANG = "msgid-lang"
# gettext drops flags it does not know (msgcat keeps only fuzzy, *-format, wrap...), so ours live here.
KEY_FLAGS = "flags"
# gettext drops obsolete entries whose msgstr is empty; a rejected entry without a Vietnamese form
# therefore repeats its msgid as msgstr, and this line says that msgstr is only a placeholder.
KEY_PLACEHOLDER = "msgstr-placeholder"
# gettext also drops "fuzzy" from untranslated entries, so an entry without a Vietnamese form is a
# candidate unless this line says it was approved as it is.
KEY_STATUS = "status"
OWNED_KEYS = (
    KEY_STATUS,
    KEY_KIND,
    KEY_VARIANT,
    KEY_ABBR,
    KEY_CONFIDENCE,
    KEY_FREQUENCY,
    KEY_CONTEXT,
    KEY_MSGID_LANG,
    KEY_FLAGS,
    KEY_PLACEHOLDER,
)

FUZZY = "fuzzy"
DEFAULT_FILE = "vi.po"


def _protect(line: str) -> str:
    """gettext joins a line ending in a backslash with the next one, even in comments: pad it.

    Entry texts never end in a blank (the model strips them), so the pad is unambiguous.
    """
    return line + " " if line.endswith("\\") else line


def _unprotect(line: str) -> str:
    return line[:-1] if line.endswith("\\ ") else line


# Lookup tables for entry_from_po: a dict lookup is a fraction of an Enum call, which counts when a
# big glossary maps a million entries.
_OWNED_KEY_SET = frozenset(OWNED_KEYS)
_KINDS = {kind.value: kind for kind in Kind}
_VARIANT_TYPES = {vtype.value: vtype for vtype in VariantType}


def _split_owned(comment: str) -> tuple[dict[str, list[str]], list[str]]:
    """Split an extracted comment into our key: value lines and the lines we do not own."""
    owned: dict[str, list[str]] = {}
    foreign: list[str] = []
    if not comment:
        return owned, foreign
    for line in comment.split("\n"):
        key, sep, value = line.partition(": ")
        if sep and key in _OWNED_KEY_SET:
            if value.endswith("\\ "):
                value = _unprotect(value)
            values = owned.get(key)
            if values is None:
                owned[key] = [value]
            else:
                values.append(value)
        else:
            foreign.append(line)
    return owned, foreign


def is_glossary_entry(po_entry: polib.POEntry) -> bool:
    """Whether a PO message is a glossary entry (read with entry_from_po), as the store decides.

    Plural messages are not concepts, and the header (empty msgid) is not a message: the store
    keeps them untouched instead of mapping them. Readers of PO files that build entries outside
    the store (the cold index build) use this test so that they read the same entries."""
    return bool(po_entry.msgid) and not po_entry.msgid_plural


def entry_from_po(po_entry: polib.POEntry) -> Entry:
    """Read one PO entry as a glossary entry."""
    en, vi, kind, status, variants, abbr, notes, contexts, frequency, confidence, flags = entry_fields(
        po_entry.msgid,
        po_entry.msgstr,
        po_entry.obsolete,
        FUZZY in po_entry.flags,
        po_entry.comment,
        po_entry.tcomment,
    )
    return _decoded_entry(
        en,
        vi,
        kind,
        status,
        variants,
        abbr,
        notes,
        [
            _decoded_source(path, _LINE_NUMBERS.get(line) or _line_number(line))
            for path, line in po_entry.occurrences
        ],
        contexts,
        frequency,
        confidence,
        po_entry.msgctxt or "",
        flags,
    )


def entry_fields(
    msgid: str, msgstr: str, obsolete: bool, fuzzy: bool, comment: str, tcomment: str
) -> tuple[str, str, Kind, Status, list[Variant], str, list[str], list[str], int, float, list[str]]:
    """The fields of the glossary entry a PO message maps to, as Entry.decoded takes them (before
    it normalises them): en, vi, kind, status, variants, abbr, notes, contexts, frequency,
    confidence, flags. The sources are the message's occurrences and the disambiguation its
    msgctxt. entry_from_po and the cold index build's reader (glossary.search.poread) both map
    messages with it."""
    # Written for speed (a big glossary maps a million entries): one pass over the comment lines
    # with the keys tested most common first, the model's decoded() constructors. For a key that
    # should appear once, the first line counts. docs/po-format.md has the mapping.
    kind = abbr = approved = msgid_lang = placeholder = frequency = confidence = None
    variants: list[Variant] = []
    contexts: list[str] = []
    flags: list[str] = []
    for line in comment.split("\n") if comment else ():
        key, sep, value = line.partition(": ")
        if not sep:
            continue
        if value.endswith("\\ "):
            value = value[:-1]  # _unprotect
        if key == KEY_VARIANT:
            vtype, sep, form = value.partition(": ")
            variant_type = _VARIANT_TYPES.get(vtype) if sep else None
            if variant_type is not None:
                variants.append(_decoded_variant(form, variant_type))
            else:
                # "TYPE, STATUS: FORM" (a non-default status), or a line we keep whole as an untyped form.
                variants.append(Variant.from_text(value))
        elif key == KEY_KIND:
            if kind is None:
                kind = _KINDS.get(value, Kind.OTHER)
        elif key == KEY_CONFIDENCE:
            if confidence is None:
                confidence = _to_float(value)
        elif key == KEY_CONTEXT:
            contexts.append(value)
        elif key == KEY_FREQUENCY:
            if frequency is None:
                frequency = _to_int(value)
        elif key == KEY_FLAGS:
            flags += [f.strip() for f in value.split(",") if f.strip()]
        elif key == KEY_ABBR:
            if abbr is None:
                abbr = value
        elif key == KEY_STATUS:
            if approved is None:
                approved = value == _APPROVED_VALUE
        elif key == KEY_MSGID_LANG:
            if msgid_lang is None:
                msgid_lang = value
        elif key == KEY_PLACEHOLDER and placeholder is None:
            placeholder = value == "yes"
    if obsolete:
        status = _REJECTED
    elif fuzzy:
        status = _CANDIDATE
    elif not msgstr:
        status = _APPROVED if approved else _CANDIDATE
    else:
        status = _APPROVED
    if msgid_lang == "vi":
        en, vi = "", msgid
    else:
        en, vi = msgid, "" if placeholder else msgstr
    return (
        en,
        vi,
        Kind.TERM if kind is None else kind,
        status,
        variants,
        abbr or "",
        [_unprotect(n) for n in tcomment.split("\n")] if tcomment else [],
        contexts,
        frequency or 0,
        1.0 if confidence is None else confidence,
        flags,
    )


_decoded_entry, _decoded_variant, _decoded_source = Entry.decoded, Variant.decoded, Source.decoded
_REJECTED, _CANDIDATE, _APPROVED = Status.REJECTED, Status.CANDIDATE, Status.APPROVED
_APPROVED_VALUE = Status.APPROVED.value
_NONE = ("",)  # what a missing key reads as


def _line_number(line: object) -> int:
    """An occurrence's line ("12", "" or a number) as a Source line: _to_int, quicker for plain digits."""
    if type(line) is str and line.isdigit() and line.isascii() and len(line) <= 18:
        number = int(line)
        if len(_LINE_NUMBERS) < 100_000:
            _LINE_NUMBERS[line] = number
        return number
    return _to_int(str(line))


# The numbers of the line strings seen so far ("12" -> 12): a glossary repeats them endlessly.
_LINE_NUMBERS: dict[object, int] = {}


_NUMBER = re.compile(r"[0-9]{1,18}")


def _to_int(text: str) -> int:
    """A count or line number as written, else 0 (isdigit() also accepts "²", which int() refuses)."""
    text = text.strip()
    return int(text) if _NUMBER.fullmatch(text) else 0


def _to_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 1.0
    return min(1.0, max(0.0, value))


def _format_confidence(value: float) -> str:
    # Three decimals keep files stable across re-mining and are finer than any reviewer needs.
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != 1.0 else "1"


def apply_to_po(entry: Entry, po_entry: polib.POEntry) -> None:
    """Write a glossary entry's fields into a PO entry, keeping what the store does not own."""
    if not entry.en and not entry.vi:
        raise EntryError("an entry needs an English or a Vietnamese form")
    _, foreign = _split_owned(po_entry.comment)
    lines: list[str] = []
    rejected = entry.status is Status.REJECTED
    msgid = entry.en or entry.vi
    msgstr = entry.vi if entry.en else ""
    if not entry.en:
        lines.append(f"{KEY_MSGID_LANG}: vi")
    if rejected and not msgstr:
        msgstr = msgid
        lines.append(f"{KEY_PLACEHOLDER}: yes")
    if entry.status is Status.APPROVED and not msgstr:
        lines.append(f"{KEY_STATUS}: {Status.APPROVED.value}")
    lines.append(f"{KEY_KIND}: {entry.kind.value}")
    if entry.flags:
        lines.append(f"{KEY_FLAGS}: {', '.join(entry.flags)}")
    if entry.abbr:
        lines.append(f"{KEY_ABBR}: {entry.abbr}")
    lines += [f"{KEY_VARIANT}: {v.to_text()}" for v in entry.variants]
    if entry.confidence != 1.0:
        lines.append(f"{KEY_CONFIDENCE}: {_format_confidence(entry.confidence)}")
    if entry.frequency:
        lines.append(f"{KEY_FREQUENCY}: {entry.frequency}")
    # Context sentences are single PO comment lines: a newline would split them on reload.
    lines += [f"{KEY_CONTEXT}: {' '.join(c.split())}" for c in entry.contexts]
    po_entry.comment = "\n".join(foreign + [_protect(line) for line in lines])
    po_entry.tcomment = "\n".join(_protect(" ".join(n.split("\n"))) for n in entry.notes)
    po_entry.occurrences = [(s.path, str(s.line) if s.line else "") for s in entry.sources]
    po_entry.msgid = msgid
    po_entry.msgstr = msgstr
    po_entry.msgctxt = entry.disambiguation or None
    # Format flags of a third-party entry (python-format...) stay; fuzzy follows the status.
    other_flags = [f for f in po_entry.flags if f != FUZZY]
    po_entry.flags = ([FUZZY] if entry.status is Status.CANDIDATE else []) + other_flags
    po_entry.obsolete = rejected


def plural_forms(language: str) -> str:
    """The Plural-Forms header for a language, from Babel's CLDR data."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return "nplurals=2; plural=(n != 1);"
    from babel.messages.plurals import get_plural

    rule = get_plural(locale)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M+0000")


def new_po(language: str = "vi") -> polib.POFile:
    """An empty catalog with the header every glossary file carries."""
    po = polib.POFile()
    po.header = "Vietnamese–English glossary."
    po.metadata = {
        "Project-Id-Version": "glossary",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": _now(),
        "PO-Revision-Date": _now(),
        "Last-Translator": "",
        "Language-Team": "",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(language),
        "X-Generator": f"glossary {__version__}",
    }
    return po


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
        self.po.metadata["PO-Revision-Date"] = _now()
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
