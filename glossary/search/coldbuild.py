"""Building a glossary's index tables straight from its PO files, on two cores when it is large.

A cold `glossary lookup` (no current cache) used to read every entry, build the index and encode
every entry's JSON for the cache, one step after the other on one core. Here the PO bytes are cut
in two at a message boundary; a second process (``python -m glossary.search.partworker``) reads
the second share into a part (``parts``: entries, folded forms, collation keys, JSON) while this
one reads the first, and ``merge`` joins the two parts into the tables, entries' JSON included.

The result is exactly what reading the whole files would give, or the whole files are read in one
process after all: a share that fails to parse, a header found in the second share, the same
message in both shares, a worker that fails for any reason. Errors are then reported as the whole
file's reading reports them (line numbers included), since they come from reading it whole.
"""

from __future__ import annotations

import mmap
import os
import pickle
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from glossary.entry_codec import entry_from_po, is_glossary_entry
from glossary.errors import GlossaryError, NotFoundError, PoStoreError
from glossary.files import digest, glossary_files, read_bytes
from glossary.po import gc_paused, parse_po

from .merge import merge
from .parts import Part, part_of_columns
from .poread import Columns, Key, message_key, read_columns
from .tables import Tables

# Below this many bytes of PO files, starting a second process costs more than it saves.
SPLIT_FROM = 4 << 20
# The worker's share of the bytes. Half: its entries' JSON comes back in shared memory, and with
# 0.47 it was done first in every timed run, its answer waiting on the pipe (0.52: this one waits).
WORKER_SHARE = 0.50
# How far past the aimed-at byte a message boundary is looked for before giving up on splitting.
_SEARCH_BYTES = 1 << 20
# A blank line between a message's msgstr line and the comment or keyword that starts the next
# one: no state of the reader crosses it, so what comes after reads alike alone or in the file.
_BOUNDARY = re.compile(rb"\nmsgstr[^\n]*(?<!\\)\n\n+(?=#|msgid |msgctxt )")
# A "domain" directive changes how the messages after it read; such files are read whole.
_DOMAIN = re.compile(rb"(?m)^[ \t]*domain")


@dataclass
class Piece:
    """A stretch of one PO file's bytes: the whole file, or a share of it cut at a message boundary."""

    path: str
    data: bytes
    at_start: bool  # the piece starts where the file does (only such a piece may hold the header)
    split: bool  # the file's other stretch is read by the other process (duplicates are compared)


@dataclass
class Reading:
    """What one process read from its pieces."""

    part: Part
    keys: list[Key]  # every message's key (poread.message_key) in the pieces of split files

    # The worker's reading crosses a pipe: its keys, most of them texts, as one text (pickling
    # half a million of them one by one took 0.3 s, unpickling 0.1 s, while the parent waited).
    def __getstate__(self) -> dict[str, object]:
        state = dict(vars(self))
        keys = state["keys"]
        if all(isinstance(key, str) for key in keys) and "\0" not in (joined := "\0".join(keys)):
            state["keys"] = (len(keys), joined)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        if isinstance(state["keys"], tuple):
            count, joined = state["keys"]
            state["keys"] = joined.split("\0") if count else []
        vars(self).update(state)


class _Unsplit(Exception):
    """The shares do not read as the whole file does: read it whole instead."""


def read_pieces(pieces: Sequence[Piece]) -> Reading:
    """The part of the glossary entries of pieces, in order, with their JSON (raises PoStoreError
    for a piece that does not parse, _Unsplit for a header that is not at a file's start)."""
    columns = Columns()
    keys: list[Key] = []
    with gc_paused():  # millions of objects, no cycles: see po.gc_paused
        for piece in pieces:
            # poread maps each message straight to the columns; where it gives up, the store's
            # reader reads the piece (and raises its error, with the line).
            read = read_columns(piece.data, piece.path, columns)
            if read is None:
                catalog = parse_po(piece.data, piece.path)
                header = catalog.header_entry is not None
                piece_keys = [message_key(e.msgctxt, e.msgid) for e in catalog]
                columns.add_entries(entry_from_po(e) for e in catalog if is_glossary_entry(e))
                del catalog
            else:
                header, piece_keys = read.header, read.keys
            if not piece.at_start and header:
                raise _Unsplit
            if piece.split:
                keys.extend(piece_keys)
        part = part_of_columns(
            columns.kinds, columns.statuses, columns.headwords, columns.forms, columns.json
        )
        return Reading(part, keys)


def build_from_files(path: str | os.PathLike[str]) -> tuple[Tables, list[tuple[str, str]]]:
    """The index tables of a glossary (its entries' JSON included) and the (file name, SHA-256) of
    each of its PO files, as store.read_entries gives them. Errors as Glossary.open raises them."""
    root = Path(path)
    try:
        files = glossary_files(root)
    except NotFoundError:
        raise PoStoreError(str(root), "no such glossary file or folder") from None
    datas = [read_bytes(f) for f in files]
    shares = _shares(files, datas) if (os.cpu_count() or 1) > 1 else None
    digests: list[tuple[str, str]] = []

    def hashed() -> None:  # while the worker finishes its share: hashing 150 MB takes 0.3 s
        digests.extend((f.name, digest(data)) for f, data in zip(files, datas, strict=True))

    parts: list[Part] | None = None
    if shares is not None:
        parts = _read_in_two(*shares, meanwhile=hashed)
    if parts is None:
        whole = [Piece(str(f), data, True, False) for f, data in zip(files, datas, strict=True)]
        parts = [read_pieces(whole).part]
    if not digests:
        hashed()
    with gc_paused():
        return merge(parts), digests


def _read_in_two(mine: list[Piece], theirs: list[Piece], meanwhile: Callable[[], None]) -> list[Part] | None:
    """Both shares' parts, the worker reading theirs meanwhile; None if they must be read whole.
    Once this process has read its share, it calls meanwhile before waiting for the worker's."""
    worker = _Worker(theirs)
    try:
        try:
            reading = read_pieces(mine)
        except (GlossaryError, _Unsplit):
            return None
        meanwhile()
        other = worker.result()
    finally:
        worker.close()
    if other is None or not set(reading.keys).isdisjoint(other.keys):
        return None
    return [reading.part, other.part]


class _Worker:
    """The second process: given pieces on its standard input, it writes back their Reading."""

    def __init__(self, pieces: list[Piece]) -> None:
        import glossary

        # The same glossary package as this process, wherever it was imported from.
        here = str(Path(glossary.__file__).resolve().parent.parent)
        env = dict(
            os.environ, PYTHONPATH=os.pathsep.join([here, *filter(None, [os.environ.get("PYTHONPATH")])])
        )
        # The entries' JSON comes back in a shared memory file (Linux), mapped here: pickled on the
        # pipe, 250 MB at 1M entries, the worker wrote it and this process read it one after the other.
        self.shared = os.memfd_create("glossary-part-json") if hasattr(os, "memfd_create") else None
        shared = [] if self.shared is None else [self.shared]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "glossary.search.partworker", str(os.getpid()), *map(str, shared)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            pass_fds=shared,
        )
        # Fed from a thread: writing 70 MB waits for the worker to start and read, this process
        # has its own share to read meanwhile.
        self.feeder = threading.Thread(target=self._feed, args=(pieces,), daemon=True)
        self.feeder.start()

    def _feed(self, pieces: list[Piece]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            pickle.dump(pieces, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            stdin.close()
        except OSError:
            pass  # the worker died: result() says so

    def result(self) -> Reading | None:
        """The worker's reading, or None if it failed (whatever the reason)."""
        stdout = self.process.stdout
        assert stdout is not None
        try:
            # Our own child's answer on a pipe only we hold: nothing from disk is unpickled.
            answer = pickle.load(stdout)
        except (EOFError, OSError, pickle.UnpicklingError, ValueError, AttributeError, ImportError):
            return None  # a worker killed or failing half-way leaves a cut or garbled answer
        if not isinstance(answer, Reading):
            return None
        part = answer.part
        if part.entries_json is None and part.json_sizes is not None and self.shared is not None:
            size = os.fstat(self.shared).st_size
            if size != sum(part.json_sizes):
                return None
            part.entries_json = mmap.mmap(self.shared, size, access=mmap.ACCESS_READ) if size else b""
        return answer

    def close(self) -> None:
        if self.process.poll() is None and self.process.stdout is not None:
            self.process.stdout.close()
        self.feeder.join()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.shared is not None:
            os.close(self.shared)  # a map of it keeps its own descriptor


def _shares(files: Sequence[Path], datas: Sequence[bytes]) -> tuple[list[Piece], list[Piece]] | None:
    """The pieces this process reads and those the worker reads, about WORKER_SHARE of the bytes
    to the worker; None when the files are small or no message boundary is found near the cut."""
    total = sum(map(len, datas))
    if total < SPLIT_FROM or not total:
        return None
    aim = int(total * (1 - WORKER_SHARE))
    # The file holding the aimed-at byte, and where it starts.
    n, start = 0, 0
    while start + len(datas[n]) <= aim:
        start += len(datas[n])
        n += 1
    data, name = datas[n], str(files[n])
    if b"\r" in data or (b"domain" in data and _DOMAIN.search(data)):
        return None  # CR line breaks or domains: the reader's view of a share could differ
    found = _BOUNDARY.search(data, max(aim - start - 1, 0), aim - start + _SEARCH_BYTES)
    if found is None:
        return None
    cut = found.end()
    first = [Piece(str(f), d, True, False) for f, d in zip(files[:n], datas[:n], strict=True)]
    last = [Piece(str(f), d, True, False) for f, d in zip(files[n + 1 :], datas[n + 1 :], strict=True)]
    mine = [*first, Piece(name, data[:cut], True, True)]
    theirs = [Piece(name, data[cut:], False, True), *last]
    return mine, theirs
