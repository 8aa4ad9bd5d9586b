"""MO: the compiled gettext catalog a program loads, laid out as ``msgfmt --no-hash`` writes it.

An MO file holds what msgfmt compiles from the PO export: the header and every translated message
that is neither fuzzy nor obsolete (so candidates, rejected entries and entries without a target
are left out, and counted). Messages are sorted by msgid, so all of them are collected first: the
pairs of strings, not the entries. Reading accepts either byte order and refuses a file whose
magic number is not gettext's.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from typing import BinaryIO

from glossary.model import Entry, Source, Status

from .common import ExportReport, InterchangeError, ReadResult, Selection, read_bytes
from .po import catalog_direction, header, is_own, third_party_entry

MAGIC = 0x950412DE
_HEADER = struct.Struct("<7I")


def write_mo(entries: Iterable[Entry], out: BinaryIO, selection: Selection, report: ExportReport) -> int:
    """Write the MO catalog; return the number of messages (the header not counted)."""
    # msgfmt leaves POT-Creation-Date out of the compiled header.
    metadata = {k: v for k, v in header(selection).metadata.items() if k != "POT-Creation-Date"}
    messages: dict[bytes, bytes] = {b"": "".join(f"{k}: {v}\n" for k, v in metadata.items()).encode()}
    for entry in entries:
        source, target = selection.source(entry), selection.target(entry)
        if not source:
            report.without_source += 1
            continue
        key = (entry.disambiguation + "\x04" if entry.disambiguation else "") + source
        encoded = key.encode("utf-8")
        if encoded in messages:
            report.duplicates += 1
            continue
        if not target:
            continue  # counted as without a target by the selection
        if entry.status is not Status.APPROVED:
            report.not_compiled += 1
            continue
        messages[encoded] = target.encode("utf-8")
    keys = sorted(messages)
    count = len(keys)
    originals = 28
    translations = originals + 8 * count
    offset = translations + 8 * count
    out.write(_HEADER.pack(MAGIC, 0, count, originals, translations, 0, offset))
    table: list[int] = []
    for key in keys:
        table += [len(key), offset]
        offset += len(key) + 1
    for key in keys:
        value = messages[key]
        table += [len(value), offset]
        offset += len(value) + 1
    out.write(struct.pack(f"<{len(table)}I", *table))
    out.write(b"".join(key + b"\0" for key in keys))
    out.write(b"".join(messages[key] + b"\0" for key in keys))
    return count - 1


# What to do about an MO file that cannot be read: the PO file it came from is the glossary's input.
_RECOMPILE = "compile it again from its PO file with msgfmt, or import that PO file"


def _not_mo(data: bytes) -> str:
    """Why data is not an MO file, told by what it looks like instead (no line to point at)."""
    start = " ".join(f"{b:02x}" for b in data[:4])
    if not data:
        return "not an MO file: it is empty; import the PO file it was compiled from"
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith((b"#", b"msgid", b"msgctxt")):
        return "not an MO file: it is a PO file (text); give --format po or rename it .po"
    if len(data) < _HEADER.size:
        return (
            f"not an MO file: {len(data)} bytes, shorter than an MO file's "
            f"{_HEADER.size}-byte header; import the PO file it was compiled from"
        )
    return (
        f"not an MO file: it starts with the bytes {start}, an MO file with de 12 04 95 "
        "(or 95 04 12 de); import the PO file it was compiled from"
    )


def _pairs(data: bytes, path: str) -> list[tuple[bytes, bytes]]:
    # An MO file has no lines: the errors say what is wrong and what to do, never a byte offset.
    if len(data) < _HEADER.size:
        raise InterchangeError(path, _not_mo(data))
    (magic,) = struct.unpack_from("<I", data)
    order = "<" if magic == MAGIC else ">" if struct.unpack_from(">I", data)[0] == MAGIC else ""
    if not order:
        raise InterchangeError(path, _not_mo(data))
    revision, count, originals, translations = struct.unpack_from(f"{order}4I", data, 4)
    if revision >> 16 > 1:
        raise InterchangeError(
            path, f"MO format revision {revision >> 16}, which gettext does not know (0 and 1 are)"
        )
    pairs = []
    for index in range(count):
        try:
            length, start = struct.unpack_from(f"{order}2I", data, originals + 8 * index)
            tlength, tstart = struct.unpack_from(f"{order}2I", data, translations + 8 * index)
        except struct.error:
            raise InterchangeError(
                path, f"damaged MO file: its table of {count} messages runs past the end; {_RECOMPILE}"
            ) from None
        if start + length > len(data) or tstart + tlength > len(data):
            raise InterchangeError(
                path,
                f"damaged MO file: message {index + 1} of {count} runs past the end of the file "
                f"(cut short?); {_RECOMPILE}",
            )
        pairs.append((data[start : start + length], data[tstart : tstart + tlength]))
    return pairs


def _metadata(text: str) -> dict[str, str]:
    out = {}
    for line in text.split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out


def read_mo(path: str, direction: str | None = None) -> ReadResult:
    """Read an MO catalog's messages: all of them when the glossary wrote it (they are its approved
    translations), short term-like ones otherwise (as for a third-party PO)."""
    result = ReadResult(path)
    pairs = _pairs(read_bytes(path), path)
    raw_header = dict(pairs).get(b"", b"")
    metadata = _metadata(raw_header.decode("utf-8", "replace"))
    charset = metadata.get("Content-Type", "").partition("charset=")[2].strip() or "utf-8"
    try:
        "".encode(charset)
    except LookupError:
        raise InterchangeError(path, f"unknown charset {charset!r} in the header") from None
    direction = catalog_direction(metadata, path, direction)
    own = is_own(metadata)
    for index, (key, value) in enumerate(pairs):
        if not key:
            continue
        place = f"message {index}"
        if b"\0" in key:
            result.skipped["plural"] += 1
            continue
        try:
            msgid, msgstr = key.decode(charset), value.decode(charset)
        except UnicodeDecodeError:
            raise InterchangeError(
                path,
                f"message {index + 1} of {len(pairs)} is not {charset} text, the charset its header "
                f"names; {_RECOMPILE}",
            ) from None
        context, sep, msgid = msgid.rpartition("\x04")
        if own:
            en, vi = (msgid, msgstr) if direction == "en-vi" else (msgstr, msgid)
            result.add(Entry(en=en, vi=vi, status=Status.APPROVED, disambiguation=context), place)
            continue
        found = third_party_entry(msgid, msgstr, direction, Source(path))
        if isinstance(found, str):
            result.skipped[found] += 1
        else:
            result.add(found, place)
    return result
