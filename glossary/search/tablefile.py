"""The index tables as one file, read back through mmap without copying or decoding.

Layout: a fixed header (magic, format version, file length, entry count, cache key), a directory of
sections (name, type code, offset, length, CRC-32), and the sections themselves, each an array of
fixed-size integers or UTF-8 bytes, aligned to 8 bytes. A SHA-256 covers the header and directory.

Nothing in the file is ever executed (unlike the pickle this replaces), and nothing is trusted
before it is checked: at open, the header's magic, version and digest, the file's length (a
truncated file is refused), every section's bounds, type, alignment and size against the others;
the CRC-32 of a section the first time the tables hand it out (a lookup reads a third of them), and
of the entries' JSON by 64 KiB blocks, the first time an entry of the block is decoded. What
checksums cannot catch, a hostile file whose numbers point out of range, surfaces as an ordinary
exception while searching; the index turns it into IndexCacheError and drops the file.

Our writer never changes a file in place (a new file replaces the old one), so a mapped file is
never truncated under a reader.
"""

from __future__ import annotations

import hashlib
import itertools
import mmap
import os
import struct
import weakref
import zlib
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary import files
from glossary.errors import GlossaryError, PoStoreError

from .tables import RUN_LEVELS, SEP, Ints, Runs, Strings, Tables

MAGIC = b"viglidx\n"
# Bumped whenever the layout or the tables change shape, so an old file is rebuilt, never misread.
FORMAT = 6
_HEADER = struct.Struct("<8sIIQQ64s")  # magic, format, sections, file length, entries, key
_DIGEST = 32  # SHA-256 of the header and the directory, right after the header
_SECTION = struct.Struct("<24s1s7xQQI4x")  # name, type code, offset, length in bytes, CRC-32
_ALIGN = 8
_MAX_SECTIONS = 64
# The entries' JSON is checked in blocks of this many bytes, on first use.
BLOCK = 1 << 16
_READ_CHUNK = 1 << 20
_BATCH = 4096  # entries' JSON written per chunk
_PLUS_ONE = (1).__add__  # an entry's length with its separator
_ITEM_SIZES = {"B": 1, "H": 2, "I": 4, "Q": 8}


class IndexCacheError(GlossaryError):
    """The on-disk index cache could not be written, or turned out damaged while in use."""


class _Refused(Exception):
    """A cache file failed a check: it is ignored (and rebuilt by the caller)."""


@dataclass
class _Section:
    name: str
    typecode: str
    offset: int = 0
    length: int = 0
    crc: int = 0


def _int_sections(t: Tables) -> list[tuple[str, str, Ints | bytes]]:
    """The integer and byte tables, by section name (the strings and entries are written apart)."""
    out: list[tuple[str, str, Ints | bytes]] = [
        ("kinds", "B", t.kinds),
        ("statuses", "B", t.statuses),
        ("by_collation", "I", t.by_collation),
        ("collation", "I", t.collation),
        ("record_entry", "I", t.record_entry),
        ("record_form", "H", t.record_form),
        ("by_folded", "I", t.by_folded),
        ("postings", "I", t.postings),
        ("posting_at", "I", t.posting_at),
        ("pair_keys", "Q", t.pair_keys),
        ("pair_postings", "I", t.pair_postings),
        ("pair_at", "I", t.pair_at),
        ("deletion_words", "I", t.deletion_words),
    ]
    for name, runs in (("runs_folded", t.runs_folded), ("runs_postings", t.runs_postings)):
        out.extend((f"{name}.{n}", "I", level) for n, (_, level) in enumerate(runs.levels))
    for name, strings in (("folded", t.folded), ("words", t.words), ("deletion_keys", t.deletion_keys)):
        out.append((f"{name}.offsets", "I", strings.offsets))
        out.append((f"{name}.data", "B", strings.buffer[strings.base : strings.end]))
    return out


class _Writer:
    """Appends aligned sections to a file, with each one's CRC."""

    def __init__(self, out, start: int) -> None:
        self.out = out
        self.position = start
        out.seek(start)

    def section(
        self, name: str, typecode: str, chunks: Iterable[bytes | memoryview | array], crc: int | None = None
    ) -> _Section:
        """Write a section of chunks; its CRC-32 is computed on the way unless given."""
        section = _Section(name, typecode, self.position)
        running = 0
        for chunk in chunks:
            view = memoryview(chunk).cast("B")
            if crc is None:
                running = zlib.crc32(view, running)
            self.out.write(view)
            section.length += len(view)
        section.crc = running if crc is None else crc
        self.position += section.length
        pad = -self.position % _ALIGN
        self.out.write(bytes(pad))
        self.position += pad
        return section


def write_tables(path: Path, tables: Tables, entries_json: Iterable[str] | Strings) -> None:
    """Write tables and the entries' JSON (one string per entry, in order, or joined in Strings)
    to path, atomically."""
    planned = _int_sections(tables)
    count = len(planned) + 3  # and the entries: offsets, data, block CRCs
    start = _HEADER.size + _DIGEST + count * _SECTION.size
    start += -start % _ALIGN
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with files.atomic_writer(path) as out:
            writer = _Writer(out, start)
            sections = [writer.section(name, code, [data]) for name, code, data in planned]
            offsets, blocks = array("I", [0]), array("I")
            crc = None
            if isinstance(entries_json, Strings):
                data = memoryview(entries_json.buffer)[entries_json.base : entries_json.end]
                offsets = array("I", entries_json.offsets)
                if entries_json.crcs is not None and entries_json.base == 0:
                    crc, blocks = entries_json.crcs
                else:
                    blocks = block_crcs(data)
                # In 1 MB writes, as the entries are written one batch at a time otherwise: one write
                # of hundreds of MB leaves the file in the page cache in large folios, and a warm
                # lookup that maps it then counts up to twice the resident pages for the same reads.
                chunks: Iterable[bytes | memoryview] = (
                    data[at : at + _READ_CHUNK] for at in range(0, len(data), _READ_CHUNK)
                )
            else:
                chunks = _entry_chunks(entries_json, offsets, blocks)
            sections.append(writer.section("entries.data", "B", chunks, crc))
            if len(offsets) - 1 != tables.size:
                raise ValueError(f"{len(offsets) - 1} entries' JSON for {tables.size} entries")
            sections.append(writer.section("entries.offsets", "I", [offsets]))
            sections.append(writer.section("entries.blocks", "I", [blocks]))
            header = _HEADER.pack(
                MAGIC, FORMAT, len(sections), writer.position, tables.size, tables.key.encode().ljust(64)[:64]
            )
            directory = b"".join(
                _SECTION.pack(s.name.encode(), s.typecode.encode(), s.offset, s.length, s.crc)
                for s in sections
            )
            out.seek(0)
            out.write(header + hashlib.sha256(header + directory).digest() + directory)
    except OSError as exc:
        raise IndexCacheError(f"{path}: cannot write the index cache: {exc.strerror or exc}") from exc
    except PoStoreError as exc:  # atomic_writer's own steps: the temporary file, the rename
        cause = exc.__cause__
        reason = cause.strerror or cause if isinstance(cause, OSError) else exc.message
        raise IndexCacheError(f"{path}: cannot write the index cache: {reason}") from exc


def _entry_chunks(entries_json: Iterable[str], offsets: array, blocks: array) -> Iterable[bytes]:
    """The entries' JSON as UTF-8 chunks, filling offsets and the CRC of every BLOCK bytes as it goes."""
    block_crc, in_block, offset = 0, 0, 0
    entries_json = iter(entries_json)
    while True:
        # A batch of entries at a time: joined, encoded and measured without a Python step per entry.
        batch = list(itertools.islice(entries_json, _BATCH))
        if not batch:
            break
        joined = SEP.join(batch) + SEP
        chunk = joined.encode()
        lengths = map(len, batch) if len(chunk) == len(joined) else map(len, map(str.encode, batch))
        first = len(offsets)
        offsets.extend(itertools.accumulate(map(_PLUS_ONE, lengths), initial=offset))
        del offsets[first]  # accumulate repeats the starting offset
        offset = offsets[-1]
        if offset >= 1 << 32:
            raise OverflowError("more than 4 GB of entries in one cache file")
        block_crc, in_block = _crc_blocks(chunk, block_crc, in_block, blocks)
        yield chunk
    if in_block:
        blocks.append(block_crc)


def block_crcs(data: memoryview) -> array:
    """The CRC-32 of every BLOCK bytes of data (the last block may be shorter)."""
    return array("I", (zlib.crc32(data[at : at + BLOCK]) for at in range(0, len(data), BLOCK)))


def _crc_blocks(chunk: bytes, crc: int, filled: int, blocks: array) -> tuple[int, int]:
    """Feed chunk into the running block CRC, closing a block every BLOCK bytes."""
    view = memoryview(chunk)
    while view:
        take = min(BLOCK - filled, len(view))
        crc = zlib.crc32(view[:take], crc)
        filled += take
        view = view[take:]
        if filled == BLOCK:
            blocks.append(crc)
            crc, filled = 0, 0
    return crc, filled


class _CheckedStrings(Strings):
    """The entries' JSON: each 64 KiB block's CRC is checked before its first entry is decoded."""

    def __init__(self, buffer: mmap.mmap, offsets: Ints, base: int, blocks: Ints, origin: str) -> None:
        super().__init__(buffer, offsets, base)
        self.blocks = blocks
        self.checked = bytearray(len(blocks))
        self.origin = origin

    def __getitem__(self, i: int) -> str:
        first, last = self.offsets[i] // BLOCK, (self.offsets[i + 1] - 1) // BLOCK
        for block in range(first, last + 1):
            if not self.checked[block]:
                start = self.base + block * BLOCK
                data = self.buffer[start : min(start + BLOCK, self.end)]
                if zlib.crc32(data) != self.blocks[block]:
                    raise IndexCacheError(
                        f"{self.origin}: the index cache is damaged (entries, block {block})"
                    )
                self.checked[block] = 1
        return super().__getitem__(i)


def read_tables(path: Path) -> Tables | None:
    """The tables stored at path, mapped; None when the file is missing, of another format or damaged.

    The header, the directory and the sections' sizes are checked now; each section's CRC-32 the
    first time the tables hand it out (a damaged one then raises IndexCacheError).
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    sections: _Sections | None = None
    try:
        size = os.fstat(fd).st_size
        if size < _HEADER.size + _DIGEST:
            raise _Refused
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        try:
            sections = _Sections(mapped, fd, size, str(path))
            return _MappedTables(sections)
        except (_Refused, IndexCacheError):
            # A section read while opening (the entries' offsets) failed its CRC: refused, like a
            # bad header, so the caller rebuilds the cache instead of reporting it.
            try:
                mapped.close()
            except BufferError:
                # Views taken while checking the shapes still point into the map (the traceback
                # holds their frames); it is unmapped when the last of them goes.
                pass
            raise _Refused from None
    except (_Refused, OSError, ValueError, struct.error):
        if sections is None:
            os.close(fd)
        else:
            sections.release()  # closes the descriptor now, and never again when it is collected
        return None


class _Sections:
    """The sections of a mapped cache file: the directory checked at once, each section's CRC-32
    before the section is first handed out. A lookup touches a third of the tables, so checking
    only those halves the cost of opening a large index."""

    def __init__(self, mapped: mmap.mmap, fd: int, size: int, origin: str) -> None:
        magic, version, count, length, entries, key = _HEADER.unpack_from(mapped, 0)
        if magic != MAGIC or version != FORMAT or length != size or not 0 < count <= _MAX_SECTIONS:
            raise _Refused
        directory_end = _HEADER.size + _DIGEST + count * _SECTION.size
        if directory_end > size:
            raise _Refused
        digest = mapped[_HEADER.size : _HEADER.size + _DIGEST]
        directory = mapped[_HEADER.size + _DIGEST : directory_end]
        if hashlib.sha256(mapped[: _HEADER.size] + directory).digest() != digest:
            raise _Refused
        self.mapped, self.view, self.origin = mapped, memoryview(mapped), origin
        # Checksums read the file through this descriptor and a small buffer, not through the map:
        # the pages stay out of this process (faulting them in costs more than the reading).
        self.fd = fd
        self.entries, self.key = entries, key.rstrip().decode("ascii", "replace")
        self.sections: dict[str, _Section] = {}
        self.checked: set[str] = set()
        for n in range(count):
            name, code, offset, nbytes, crc = _SECTION.unpack_from(directory, n * _SECTION.size)
            section = _Section(name.rstrip(b"\0").decode("ascii", "replace"), code.decode("ascii", "replace"))
            section.offset, section.length, section.crc = offset, nbytes, crc
            item = _ITEM_SIZES.get(section.typecode)
            if (
                item is None
                or section.name in self.sections
                or offset < directory_end
                or offset % _ALIGN
                or offset + nbytes > size
                or nbytes % item
            ):
                raise _Refused
            self.sections[section.name] = section
        # The descriptor is ours only once the directory is accepted: a refusal above leaves it to
        # read_tables, which closes it once (a second close could shut a file opened since).
        self.release = weakref.finalize(self, os.close, fd)

    def section(self, name: str) -> _Section:
        found = self.sections.get(name)
        if found is None:
            raise _Refused
        return found

    def count(self, name: str) -> int:
        """How many items the section holds (from the directory, without reading it)."""
        section = self.section(name)
        return section.length // _ITEM_SIZES[section.typecode]

    def peek(self, name: str) -> Ints:
        """The section's items, unchecked: only for comparing sizes before use."""
        section = self.section(name)
        return self.view[section.offset : section.offset + section.length].cast(section.typecode)

    def ints(self, name: str) -> Ints:
        """The section's items, its CRC-32 checked first (once)."""
        if name not in self.checked:
            section = self.section(name)
            buffer = memoryview(bytearray(min(_READ_CHUNK, section.length)))
            crc, at, end = 0, section.offset, section.offset + section.length
            while at < end:
                got = os.preadv(self.fd, [buffer[: min(len(buffer), end - at)]], at)
                if not got:
                    break  # the file shrank under us: the CRC below cannot match
                crc = zlib.crc32(buffer[:got], crc)
                at += got
            if crc != section.crc or at != end:
                raise IndexCacheError(f"{self.origin}: the index cache is damaged (section {name})")
            self.checked.add(name)
        return self.peek(name)

    def strings(self, name: str) -> Strings:
        offsets = self.ints(f"{name}.offsets")
        data = self.section(f"{name}.data")
        self.ints(f"{name}.data")
        return Strings(self.mapped, offsets, data.offset)

    def runs(self, name: str, table: Ints) -> Runs:
        sizes = [s for s in RUN_LEVELS if s < len(table)]
        return Runs(table, [(size, self.ints(f"{name}.{n}")) for n, size in enumerate(sizes)])

    def check_shapes(self) -> None:
        """Refuse a file whose sections do not fit together (sizes and end offsets)."""
        entries, count, peek = self.entries, self.count, self.peek
        for name in ("folded", "words", "deletion_keys", "entries"):
            offsets = peek(f"{name}.offsets")
            if not len(offsets) or offsets[0] != 0 or offsets[-1] > self.section(f"{name}.data").length:
                raise _Refused
        records = count("folded.offsets") - 1
        data = self.section("entries.data").length
        levels = {
            "runs_folded": [s for s in RUN_LEVELS if s < records],
            "runs_postings": [s for s in RUN_LEVELS if s < count("postings")],
        }
        if not (
            count("kinds") == count("statuses") == count("by_collation") == count("collation") == entries
            and count("record_entry") == count("record_form") == count("by_folded") == records
            and count("posting_at") == count("words.offsets")
            and peek("posting_at")[-1] == count("postings")
            and count("pair_at") == count("pair_keys") + 1
            and peek("pair_at")[-1] == count("pair_postings")
            and count("deletion_words") == count("deletion_keys.offsets") - 1
            and count("entries.offsets") == entries + 1
            and peek("entries.offsets")[-1] == data
            and count("entries.blocks") == -(-data // BLOCK)
            and all(
                count(f"{name}.{n}") == count(base)
                for (name, sizes), base in zip(levels.items(), ("by_folded", "postings"), strict=True)
                for n in range(len(sizes))
            )
        ):
            raise _Refused


# How each table is read from the sections, the first time it is asked for.
_FIELDS: dict[str, Callable[[_Sections, Tables], object]] = {
    **{
        name: (lambda sections, tables, name=name: sections.ints(name))
        for name in (
            "kinds",
            "statuses",
            "by_collation",
            "collation",
            "record_entry",
            "record_form",
            "by_folded",
            "postings",
            "posting_at",
            "pair_keys",
            "pair_postings",
            "pair_at",
            "deletion_words",
        )
    },
    **{
        name: (lambda sections, tables, name=name: sections.strings(name))
        for name in ("folded", "words", "deletion_keys")
    },
    "runs_folded": lambda sections, tables: sections.runs("runs_folded", tables.by_folded),
    "runs_postings": lambda sections, tables: sections.runs("runs_postings", tables.postings),
}


class _MappedTables(Tables):
    """Tables over a mapped cache file: each table is mapped, and its CRC-32 checked, the first time
    it is read; after that it is a plain attribute (the searches pay nothing for the laziness)."""

    def __init__(self, sections: _Sections) -> None:  # not the dataclass's: the fields come lazily
        sections.check_shapes()
        self._sections = sections
        self.size = sections.entries
        self.key = sections.key
        data = sections.section("entries.data")
        self.entries = _CheckedStrings(
            sections.mapped,
            sections.ints("entries.offsets"),
            data.offset,
            sections.ints("entries.blocks"),
            sections.origin,
        )

    def __getattr__(self, name: str) -> object:
        make = _FIELDS.get(name)
        if make is None or "_sections" not in self.__dict__:
            raise AttributeError(name)
        value = make(self._sections, self)
        setattr(self, name, value)
        return value
