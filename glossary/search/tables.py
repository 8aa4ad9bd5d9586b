"""Building the index tables: flat arrays and joined strings derived from the entries.

The tables are what the on-disk cache stores (``tablefile``) and what the searches read
(``candidates``, ``frozen``); they are disposable and rebuilt from the PO files whenever those change.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import json
import threading
import unicodedata
from array import array
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from glossary.model import Entry, Kind, Status
from glossary.text import sort_key

from .ranks import check_cancel

# How often long loops look at the cancel event (a power of two minus one, for a cheap mask).
CHECK_EVERY = 1023
# Block sizes of the pre-sorted runs; each level is a copy of the table sorted block by block.
RUN_LEVELS = (1 << 10, 1 << 15, 1 << 20)
# fold() never produces a newline, so it separates forms and words in the joined tables.
SEP = "\n"

KINDS = tuple(Kind)
STATUSES = tuple(Status)

# The integer tables: array.array when built in memory, memoryview.cast over the cache file when mapped.
Ints = Sequence[int]


_PLUS_ONE = (1).__add__


class Strings:
    """Strings stored UTF-8 encoded in one buffer, each followed by a newline, plus byte offsets.

    Compact, written to and mapped from the cache file as they are, and decoded one item at a time
    on use. The buffer is bytes (built in memory) or the mapped cache file with the strings at base.
    """

    def __init__(self, buffer: bytes, offsets: Ints, base: int = 0) -> None:
        self.buffer = buffer
        self.offsets = offsets
        self.base = base
        self.end = base + (offsets[-1] if len(offsets) else 0)
        # The CRC-32 of the whole buffer and of each tablefile.BLOCK of it, when whoever built the
        # strings computed them already (the cold build, in a thread during the merge).
        self.crcs: tuple[int, array] | None = None

    @classmethod
    def of(cls, items: Iterable[str]) -> Strings:
        """The strings of items, in that order."""
        parts = list(items)
        joined = SEP.join(parts) + SEP if parts else ""
        # Each item's UTF-8 length plus its separator, summed up, without a Python step per item.
        lengths = map(len, parts) if joined.isascii() else map(len, map(str.encode, parts))
        offsets = array("I", [0])
        sizes = list(map(_PLUS_ONE, lengths))
        if sum(sizes) >= 1 << 32:
            raise OverflowError("more than 4 GB of strings in one table")
        offsets.extend(itertools.accumulate(sizes))
        return cls(joined.encode(), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        offsets = self.offsets
        return str(self.buffer[self.base + offsets[i] : self.base + offsets[i + 1] - 1], "utf-8")

    def find(self, needle: bytes, start: int = 0) -> int:
        """Byte offset (from the first string) of needle at or after start, or -1."""
        found = self.buffer.find(needle, self.base + start, self.end)
        return found - self.base if found >= 0 else -1

    def holds_at(self, needle: bytes, at: int) -> bool:
        """Whether needle occurs at byte offset at."""
        start = self.base + at
        return start >= self.base and self.buffer[start : start + len(needle)] == needle

    def item_at(self, offset: int) -> int:
        """The string holding byte offset offset."""
        return bisect.bisect_right(self.offsets, offset) - 1

    def find_all(self, needle: str) -> Iterator[tuple[int, int]]:
        """(item, byte offset inside the item) of every occurrence of needle, in item order.

        UTF-8 never matches inside a character, so a byte offset is 0 exactly when the character
        offset is.
        """
        data = needle.encode()
        offsets = self.offsets
        pos = self.find(data)
        while pos >= 0:
            item = bisect.bisect_right(offsets, pos) - 1
            yield item, pos - offsets[item]
            pos = self.find(data, pos + 1)


class Runs:
    """The values of a table slice in ascending order, lazily, without sorting the slice.

    Each level holds the table sorted within aligned blocks; a slice is covered by a few whole
    blocks (already sorted) and two short edges (sorted on the spot), which heapq.merge joins.
    """

    def __init__(self, table: Ints, levels: list[tuple[int, Ints]]) -> None:
        self.table = table
        self.levels = levels

    @classmethod
    def of(cls, table: Ints) -> Runs:
        levels: list[tuple[int, Ints]] = []
        for size in RUN_LEVELS:
            if size >= len(table):
                break
            level = array("I")
            for start in range(0, len(table), size):
                level.extend(sorted(table[start : start + size]))
            levels.append((size, level))
        return cls(table, levels)

    def ascending(self, lo: int, hi: int) -> Iterator[int]:
        if hi - lo <= RUN_LEVELS[0]:
            return iter(sorted(self.table[lo:hi]))
        pieces: list[Iterable[int]] = []
        self._cover(lo, hi, len(self.levels) - 1, pieces)
        return heapq.merge(*pieces)

    def _cover(self, lo: int, hi: int, level: int, pieces: list[Iterable[int]]) -> None:
        if level < 0 or hi - lo < RUN_LEVELS[0]:
            if hi > lo:
                pieces.append(sorted(self.table[lo:hi]))
            return
        size, sorted_level = self.levels[level]
        first = -(-lo // size) * size
        last = hi // size * size
        if first >= last:
            self._cover(lo, hi, level - 1, pieces)
            return
        self._cover(lo, first, level - 1, pieces)
        view = memoryview(sorted_level)
        for start in range(first, last, size):
            pieces.append(view[start : start + size])
        self._cover(last, hi, level - 1, pieces)


def entry_to_json(entry: Entry) -> str:
    """An entry as one line of JSON: the model's one codec (``Entry.to_data``), as Entry.to_json
    writes it (tests/test_search_build.py checks it byte for byte against encoding to_data)."""
    return entry.to_json()


def entry_from_json(text: str) -> Entry:
    """Read what entry_to_json wrote."""
    return Entry.from_data(json.loads(text))


@dataclass
class Tables:
    """Everything the index derives from the entries; the on-disk cache holds exactly this."""

    size: int
    kinds: bytes  # entry -> position in KINDS
    statuses: bytes  # entry -> position in STATUSES
    by_collation: Ints  # collation position -> entry
    collation: Ints  # entry -> collation position
    # One record per distinct folded form of an entry, numbered in the entries' collation order.
    record_entry: Ints  # record -> entry
    record_form: Ints  # record -> position of its form in entry.forms()
    folded: Strings  # record -> folded form
    by_folded: Ints  # records sorted by folded form
    words: Strings  # distinct words of the folded forms, sorted
    postings: Ints  # word-major: records containing each word, ascending
    posting_at: Ints  # word -> start in postings (plus the end)
    # Adjacent word pairs ("a b" or "a-b" in a form), keyed first word * len(words) + second word.
    pair_keys: Ints  # the keys of the pairs that occur, ascending
    pair_postings: Ints  # pair-major: records containing each pair, ascending
    pair_at: Ints  # pair -> start in pair_postings (plus the end)
    # Deletion neighbourhoods of the words, for typo-tolerant matching (SymSpell style).
    deletion_keys: Strings
    deletion_words: Ints
    runs_folded: Runs  # by_folded, block-sorted
    runs_postings: Runs  # postings, block-sorted
    entries: Strings | None = None  # the entries as JSON, for an index loaded from disk
    key: str = ""  # the cache key of the PO files the tables were built from


_KIND_POSITION = {kind: n for n, kind in enumerate(KINDS)}
_STATUS_POSITION = {status: n for n, status in enumerate(STATUSES)}
# The same by the members' values (member._value_ is a plain attribute; hashing a member is a Python call).
KIND_AT = {kind._value_: n for n, kind in enumerate(KINDS)}
STATUS_AT = {status._value_: n for n, status in enumerate(STATUSES)}


def build_tables(entries: Sequence[Entry], cancel: threading.Event | None = None) -> Tables:
    """The tables of entries (raises SearchCancelled if cancel is set meanwhile)."""
    # Imported here, not at the top: glossary.po (and polib), numpy and the build would slow every
    # warm lookup's start, which only reads tables.
    from glossary.po import gc_paused

    from .merge import merge
    from .parts import part_of

    # Building makes millions of small objects and no reference cycles: each collection would only
    # walk the whole glossary again (that doubled the build of a large one).
    with gc_paused():
        part = part_of(entries)
        check_cancel(cancel)
        return merge([part], cancel)


def collation_order(texts: list[str]) -> list[int]:
    """The positions of texts sorted by text.sort_key, equal keys in position order (a stable sort).

    Sorted by the primary level alone first (comparing strings costs much less than comparing
    tuples of four); only the texts whose primary ties with another's need the other levels, and
    each run of them is sorted again by the whole key.
    """
    from .parts import primary_keys, resort_ties

    nfc = list(map(unicodedata.normalize, itertools.repeat("NFC"), texts))
    primary = primary_keys(nfc)
    order = sorted(range(len(texts)), key=primary.__getitem__)
    resort_ties(order, primary, lambda i: sort_key(nfc[i]))
    return order


def _consume(calls: Iterator[object]) -> None:
    """Run a lazy map to its end: the calls happen in C, with no Python step per item."""
    deque(calls, maxlen=0)
