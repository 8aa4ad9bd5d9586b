"""The index tables as one file, read back through mmap without copying or decoding.

Layout: a fixed header (magic, format version, file length, entry count, cache key), a directory of
sections (name, type code, offset, length, CRC-32), and the sections themselves, each an array of
fixed-size integers or UTF-8 bytes, aligned to 8 bytes. A SHA-256 covers the header and directory.

Nothing in the file is ever executed (unlike the pickle this replaces), and nothing is trusted
before it is checked: the header's magic, version and digest, the file's length (a truncated file
is refused), every section's bounds, type, alignment and size against the others, and the CRC-32
of every section except the entries' JSON, whose 64 KiB blocks carry their own CRCs checked the
first time an entry of the block is decoded (checking 300 MB of JSON would cost more than opening
the rest). What checksums cannot catch, a hostile file whose numbers point out of range, surfaces
as an ordinary exception while searching; the index turns it into IndexCacheError and drops the file.

Our writer never changes a file in place (a new file replaces the old one), so a mapped file is
never truncated under a reader.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import struct
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary.errors import GlossaryError

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

    def section(self, name: str, typecode: str, chunks: Iterable[bytes | memoryview | array]) -> _Section:
        section = _Section(name, typecode, self.position)
        crc = 0
        for chunk in chunks:
            view = memoryview(chunk).cast("B")
            crc = zlib.crc32(view, crc)
            self.out.write(view)
            section.length += len(view)
        section.crc = crc
        self.position += section.length
        pad = -self.position % _ALIGN
        self.out.write(bytes(pad))
        self.position += pad
        return section


def write_tables(path: Path, tables: Tables, entries_json: Iterable[str]) -> None:
    """Write tables and the entries' JSON (one string per entry, in order) to path, atomically."""
    planned = _int_sections(tables)
    count = len(planned) + 3  # and the entries: offsets, data, block CRCs
    start = _HEADER.size + _DIGEST + count * _SECTION.size
    start += -start % _ALIGN
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as out:
            writer = _Writer(out, start)
            sections = [writer.section(name, code, [data]) for name, code, data in planned]
            offsets, blocks = array("I", [0]), array("I")
            sections.append(writer.section("entries.data", "B", _entry_chunks(entries_json, offsets, blocks)))
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
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise IndexCacheError(f"{path}: cannot write the index cache: {exc.strerror or exc}") from exc


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash after it then finds the new file, not nothing)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _entry_chunks(entries_json: Iterable[str], offsets: array, blocks: array) -> Iterable[bytes]:
    """The entries' JSON as UTF-8 chunks, filling offsets and the CRC of every BLOCK bytes as it goes."""
    pending = bytearray()
    block_crc, in_block, offset = 0, 0, 0
    sep = SEP.encode()
    for text in entries_json:
        data = text.encode() + sep
        offset += len(data)
        if offset >= 1 << 32:
            raise OverflowError("more than 4 GB of entries in one cache file")
        offsets.append(offset)
        pending += data
        if len(pending) >= _READ_CHUNK:
            chunk, pending = bytes(pending), bytearray()
            block_crc, in_block = _crc_blocks(chunk, block_crc, in_block, blocks)
            yield chunk
    chunk = bytes(pending)
    block_crc, in_block = _crc_blocks(chunk, block_crc, in_block, blocks)
    if in_block:
        blocks.append(block_crc)
    yield chunk


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
    """The tables stored at path, mapped; None when the file is missing, of another format or damaged."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size < _HEADER.size + _DIGEST:
                return None
            mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                return _map(mapped, size, stream, str(path))
            except _Refused:
                mapped.close()
                return None
    except (OSError, ValueError, struct.error):
        return None


def _map(mapped: mmap.mmap, size: int, stream, origin: str) -> Tables:
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
    sections: dict[str, _Section] = {}
    for n in range(count):
        name, code, offset, nbytes, crc = _SECTION.unpack_from(directory, n * _SECTION.size)
        section = _Section(name.rstrip(b"\0").decode("ascii", "replace"), code.decode("ascii", "replace"))
        section.offset, section.length, section.crc = offset, nbytes, crc
        item = _ITEM_SIZES.get(section.typecode)
        if (
            item is None
            or section.name in sections
            or offset < directory_end
            or offset % _ALIGN
            or offset + nbytes > size
            or nbytes % item
        ):
            raise _Refused
        sections[section.name] = section
    _check_crcs(stream, [s for s in sections.values() if s.name != "entries.data"])
    view = memoryview(mapped)

    def ints(name: str) -> Ints:
        section = sections.get(name)
        if section is None:
            raise _Refused
        return view[section.offset : section.offset + section.length].cast(section.typecode)

    def strings(name: str) -> Strings:
        offsets, data = ints(f"{name}.offsets"), sections.get(f"{name}.data")
        if data is None or not len(offsets) or offsets[0] != 0 or offsets[-1] > data.length:
            raise _Refused
        return Strings(mapped, offsets, data.offset)

    def runs(name: str, table: Ints) -> Runs:
        levels = []
        for n, level_size in enumerate(s for s in RUN_LEVELS if s < len(table)):
            level = ints(f"{name}.{n}")
            if len(level) != len(table):
                raise _Refused
            levels.append((level_size, level))
        return Runs(table, levels)

    folded, words, deletion_keys = strings("folded"), strings("words"), strings("deletion_keys")
    entry_offsets, blocks = ints("entries.offsets"), ints("entries.blocks")
    data = sections.get("entries.data")
    if (
        data is None
        or len(entry_offsets) != entries + 1
        or entry_offsets[0] != 0
        or entry_offsets[-1] != data.length
        or len(blocks) != -(-data.length // BLOCK)
    ):
        raise _Refused
    tables = Tables(
        size=entries,
        kinds=ints("kinds"),
        statuses=ints("statuses"),
        by_collation=ints("by_collation"),
        collation=ints("collation"),
        record_entry=ints("record_entry"),
        record_form=ints("record_form"),
        folded=folded,
        by_folded=ints("by_folded"),
        words=words,
        postings=ints("postings"),
        posting_at=ints("posting_at"),
        pair_keys=ints("pair_keys"),
        pair_postings=ints("pair_postings"),
        pair_at=ints("pair_at"),
        deletion_keys=deletion_keys,
        deletion_words=ints("deletion_words"),
        runs_folded=Runs((), []),
        runs_postings=Runs((), []),
        entries=_CheckedStrings(mapped, entry_offsets, data.offset, blocks, origin),
        key=key.rstrip().decode("ascii", "replace"),
    )
    tables.runs_folded = runs("runs_folded", tables.by_folded)
    tables.runs_postings = runs("runs_postings", tables.postings)
    records = len(folded)
    if not (
        len(tables.kinds)
        == len(tables.statuses)
        == len(tables.by_collation)
        == len(tables.collation)
        == entries
        and len(tables.record_entry) == len(tables.record_form) == len(tables.by_folded) == records
        and len(tables.posting_at) == len(words) + 1
        and tables.posting_at[-1] == len(tables.postings)
        and len(tables.pair_at) == len(tables.pair_keys) + 1
        and tables.pair_at[-1] == len(tables.pair_postings)
        and len(tables.deletion_words) == len(deletion_keys)
    ):
        raise _Refused
    return tables


def _check_crcs(stream, sections: list[_Section]) -> None:
    """Compare each section's CRC-32, reading through a small buffer: the map stays untouched, so
    checking does not make the whole file resident in this process."""
    buffer = bytearray(_READ_CHUNK)
    view = memoryview(buffer)
    for section in sorted(sections, key=lambda s: s.offset):
        stream.seek(section.offset)
        left, crc = section.length, 0
        while left:
            got = stream.readinto(view[: min(left, _READ_CHUNK)])
            if not got:
                raise _Refused
            crc = zlib.crc32(view[:got], crc)
            left -= got
        if crc != section.crc:
            raise _Refused
