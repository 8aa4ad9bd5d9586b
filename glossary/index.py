"""Lookup and search over the glossary: as typed, folded, tone-style-insensitive, Telex/VNI-decoded.

Ranks: exact > prefix > word prefix > substring > typo-tolerant (one or two edits on the folded
form); within a rank, forms matched with the query's own diacritics first, then Vietnamese collation
order of the headword.

The index is derived from the entries and disposable. It is a handful of flat tables (arrays and
joined strings) so that it pickles and loads in well under a second for a million entries; see
``open_cached`` for the on-disk cache, which is keyed by the PO files' digests and never lives
next to them. No query scans the whole glossary:

* exact and prefix matches are a binary search over the records sorted by folded form;
* word-prefix, substring and typo matches go through the table of distinct words (small even for
  a large glossary) and its posting lists; for a query of several words, through the table of
  adjacent word pairs instead, whose posting lists are short and hold (nearly) only real matches;
* records are numbered in collation order, so "the first N hits of a range in collation order"
  is a lazy merge of pre-sorted blocks (``_Runs``) instead of a sort of every hit.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import heapq
import itertools
import json
import os
import pickle
import re
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from glossary import files as glossary_path_files
from glossary.errors import GlossaryError
from glossary.model import Entry, Kind, Status
from glossary.text import fold, query_variants, sort_key, tone_key

# Bumped whenever the tables change shape, so an old cache is rebuilt instead of misread.
FORMAT = 5
# Typos are looked for only in queries this long; shorter ones match too much to be useful.
TYPO_MIN_LENGTH = 3
# Words longer than this get no typo tables (a 2,000-letter word once took 11 GB): see _deletions.
TYPO_MAX_WORD = 40
# Queries shorter than this allow one edit; longer ones two.
TYPO_TWO_EDITS_FROM = 5
# The typo rank verifies at most this many candidates (in collation order): on a syllable-based
# vocabulary almost every form has words close to the query's, and the typo rank is the last
# resort, so it trades recall deep in the list for a bounded keystroke latency.
TYPO_BUDGET = 2500
# How often long loops look at the cancel event (a power of two minus one, for a cheap mask).
_CHECK_EVERY = 1023
# Records in the first window of a lazy posting intersection (later windows grow fourfold), at least:
# wider when the rarest source is small, so that a window holds about _WINDOW_RECORDS of it.
_FIRST_WINDOW = 1 << 15
_WINDOW_RECORDS = 1 << 10
# A posting source this many times bigger than the running intersection is not worth intersecting.
_NARROW_RATIO = 8
# Block sizes of the pre-sorted runs; each level is a copy of the table sorted block by block.
_RUN_LEVELS = (1 << 10, 1 << 15, 1 << 20)
# fold() never produces a newline, so it separates forms and words in the joined tables.
_SEP = "\n"

KINDS = tuple(Kind)
STATUSES = tuple(Status)


class Rank(enum.IntEnum):
    """How a form matched a query; lower is better."""

    EXACT = 0
    PREFIX = 1
    WORD_PREFIX = 2
    SUBSTRING = 3
    TYPO = 4


@dataclass(frozen=True)
class Match:
    """One entry found by a query, with the form that matched and where."""

    entry: Entry
    rank: Rank
    form: str
    # Character span of the match inside form (for highlighting).
    start: int
    end: int
    # The query matched with its diacritics, not only folded: ranks first within its rank.
    accents: bool = False


class SearchCancelled(Exception):
    """The caller's cancel event was set; a newer query superseded this one."""


class IndexCacheError(GlossaryError):
    """The on-disk index cache could not be written (reading a bad cache just rebuilds it)."""


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise SearchCancelled


def bounded_edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 once it is known to exceed limit."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # A shared prefix and suffix cost nothing; stripping them leaves a few letters at most for the
    # comparisons typo matching makes (word against word), so the table below stays tiny.
    head = 0
    shortest = min(len(a), len(b))
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a, b = a[head : len(a) - tail], b[head : len(b) - tail]
    if not a or not b:
        return len(a) + len(b)
    if limit == 1:
        # One edit: a single substitution, insertion or deletion of what is left.
        return 1 if len(a) <= 1 and len(b) <= 1 else limit + 1
    # Only cells within limit of the diagonal can stay within limit: a band, not the whole table.
    over = limit + 1
    width = len(b)
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        low, high = max(1, i - limit), min(width, i + limit)
        current = [over] * (width + 1)
        current[0] = i if i <= limit else over
        best = current[0]
        for j in range(low, high + 1):
            cost = previous[j - 1] + (ca != b[j - 1])
            if previous[j] + 1 < cost:
                cost = previous[j] + 1
            if current[j - 1] + 1 < cost:
                cost = current[j - 1] + 1
            current[j] = cost if cost < over else over
            if cost < best:
                best = cost
        if best > limit:
            return over
        previous = current
    return previous[width]


def _deletions(word: str, depth: int) -> set[str]:
    """Every string made by deleting up to depth characters of word (word itself included).

    A word longer than TYPO_MAX_WORD gets no deletions (it is matched with typos by no other word,
    and typed by no one): its table would grow with the cube of its length.
    """
    out = {word}
    if len(word) > TYPO_MAX_WORD:
        return out
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _word_starts(folded: str) -> list[int]:
    """Where the words of a folded form start (after a space or a hyphen)."""
    return [0] + [i + 1 for i, ch in enumerate(folded) if ch in " -"]


def match_form(folded: str, query: str) -> tuple[Rank, int] | None:
    """How a folded form matches a folded query without typos: (rank, start), or None.

    The reference definition of the ranks: the fast paths of Index must agree with it.
    """
    if folded == query:
        return Rank.EXACT, 0
    if folded.startswith(query):
        return Rank.PREFIX, 0
    pos = folded.find(query)
    if pos < 0:
        return None
    best = pos
    while pos >= 0:
        if folded[pos - 1] in " -":
            return Rank.WORD_PREFIX, pos
        pos = folded.find(query, pos + 1)
    return Rank.SUBSTRING, best


def _words(folded: str) -> list[tuple[int, str]]:
    """The words of a folded form (split at spaces and hyphens) with where each starts."""
    return list(zip(_word_starts(folded), _WORD_SPLIT.split(folded), strict=True))


_WORD_SPLIT = re.compile("[ -]")


def word_budget(token: str, edits: int) -> int:
    """The edits one query word may take: short words one at most, since two change them entirely."""
    return min(edits, 1 if len(token) < TYPO_TWO_EDITS_FROM else 2)


def typo_match(folded: str, query: str, edits: int) -> tuple[int, int] | None:
    """A typo-tolerant match: as many words in a row as the query has, each within its own budget
    (word_budget) and all together within edits. Returns the folded span, or None.

    The reference definition; the index finds the same matches through close-word tables.
    """
    tokens = query.replace("-", " ").split()
    words = _words(folded)
    for n in range(len(words) - len(tokens) + 1):
        spent = 0
        for k, token in enumerate(tokens):
            word = words[n + k][1]
            cost = bounded_edits(token, word, word_budget(token, edits))
            spent += cost
            if cost > word_budget(token, edits) or spent > edits:
                break
        else:
            last_start, last_word = words[n + len(tokens) - 1]
            return words[n][0], last_start + len(last_word)
    return None


def _span(form: str, folded_start: int, folded_end: int) -> tuple[int, int]:
    """Map a span of the folded form back onto the original form.

    fold() maps each precomposed Vietnamese letter to one character, so positions agree unless the
    form had runs of whitespace or stray combining marks; recompute by folding prefixes then.
    """
    if len(fold(form)) == len(form):
        return folded_start, folded_end
    start = 0
    while start < len(form) and len(fold(form[:start] + "x")) - 1 < folded_start:
        start += 1
    end = start
    while end < len(form) and len(fold(form[start : end + 1])) < folded_end - folded_start:
        end += 1
    return start, min(len(form), end + 1)


class _Runs:
    """The values of a table slice in ascending order, lazily, without sorting the slice.

    Each level holds the table sorted within aligned blocks; a slice is covered by a few whole
    blocks (already sorted) and two short edges (sorted on the spot), which heapq.merge joins.
    """

    def __init__(self, table: array) -> None:
        self.table = table
        self.levels: list[tuple[int, array]] = []
        for size in _RUN_LEVELS:
            if size >= len(table):
                break
            level = array("I")
            for start in range(0, len(table), size):
                level.extend(sorted(table[start : start + size]))
            self.levels.append((size, level))

    def ascending(self, lo: int, hi: int) -> Iterator[int]:
        if hi - lo <= _RUN_LEVELS[0]:
            return iter(sorted(self.table[lo:hi]))
        pieces: list[Iterable[int]] = []
        self._cover(lo, hi, len(self.levels) - 1, pieces)
        return heapq.merge(*pieces)

    def _cover(self, lo: int, hi: int, level: int, pieces: list[Iterable[int]]) -> None:
        if level < 0 or hi - lo < _RUN_LEVELS[0]:
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


class _Joined:
    """Strings stored as one joined string plus offsets: compact, and fast to pickle and load."""

    def __init__(self, items: Iterable[str]) -> None:
        self.offsets = array("I", [0])
        parts = []
        offset = 0
        for item in items:
            parts.append(item)
            offset += len(item) + 1
            self.offsets.append(offset)
        self.text = _SEP.join(parts) + _SEP if parts else ""

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self.text[self.offsets[i] : self.offsets[i + 1] - 1]

    def find_all(self, needle: str) -> Iterator[tuple[int, int]]:
        """(item, offset inside the item) of every occurrence of needle, in item order."""
        text, offsets = self.text, self.offsets
        pos = text.find(needle)
        while pos >= 0:
            item = bisect.bisect_right(offsets, pos) - 1
            yield item, pos - offsets[item]
            pos = text.find(needle, pos + 1)


class _Encoded:
    """Strings stored UTF-8 encoded in one bytes object plus byte offsets, each decoded on use.

    For the entries' JSON: one large non-ASCII str takes two bytes a character in memory and
    unpickling decodes all of it (about 0.5 s for a million entries); bytes load as a copy.
    """

    def __init__(self, items: Iterable[str]) -> None:
        self.offsets = array("I", [0])
        parts = []
        offset = 0
        for item in items:
            data = item.encode()
            parts.append(data)
            offset += len(data) + 1
            self.offsets.append(offset)
        self.data = b"\n".join(parts) + b"\n" if parts else b""

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self.data[self.offsets[i] : self.offsets[i + 1] - 1].decode()


def _entry_to_json(entry: Entry) -> str:
    return json.dumps(entry.to_data(), ensure_ascii=False, separators=(",", ":"))


def _entry_from_json(text: str) -> Entry:
    return Entry.from_data(json.loads(text))


@dataclass
class _Tables:
    """Everything the index derives from the entries; pickled as it is for the on-disk cache."""

    size: int
    kinds: bytes  # entry -> position in KINDS
    statuses: bytes  # entry -> position in STATUSES
    by_collation: array  # collation position -> entry
    collation: array  # entry -> collation position
    # One record per distinct folded form of an entry, numbered in the entries' collation order.
    record_entry: array  # record -> entry
    record_form: array  # record -> position of its form in entry.forms()
    folded: _Joined  # record -> folded form
    by_folded: array  # records sorted by folded form
    words: _Joined  # distinct words of the folded forms, sorted
    postings: array  # word-major: records containing each word, ascending
    posting_at: array  # word -> start in postings (plus the end)
    # Adjacent word pairs ("a b" or "a-b" in a form), keyed first word * len(words) + second word.
    pair_keys: array  # the keys of the pairs that occur, ascending
    pair_postings: array  # pair-major: records containing each pair, ascending
    pair_at: array  # pair -> start in pair_postings (plus the end)
    # Deletion neighbourhoods of the words, for typo-tolerant matching (SymSpell style).
    deletion_keys: _Joined
    deletion_words: array
    runs_folded: _Runs  # by_folded, block-sorted
    runs_postings: _Runs  # postings, block-sorted
    entries_json: _Encoded | None = None  # the entries themselves, for an index loaded from disk
    key: str = ""  # the cache key of the PO files the tables were built from


def _build(entries: Sequence[Entry], keep_json: bool, cancel: threading.Event | None) -> _Tables:
    order = sorted(range(len(entries)), key=lambda i: sort_key(entries[i].headword))
    _check(cancel)
    collation = array("I", bytes(4 * len(entries)))
    for position, i in enumerate(order):
        collation[i] = position
    record_entry, record_form, folded_forms = array("I"), array("H"), []
    for n, i in enumerate(order):
        if n & _CHECK_EVERY == 0:
            _check(cancel)
        seen: set[str] = set()
        for k, form in enumerate(entries[i].forms()):
            folded = fold(form)
            if folded and folded not in seen:
                seen.add(folded)
                record_entry.append(i)
                record_form.append(k)
                folded_forms.append(folded)
    by_folded = array("I", sorted(range(len(folded_forms)), key=folded_forms.__getitem__))
    _check(cancel)
    postings_by_word: dict[str, list[int]] = {}
    postings_by_pair: dict[tuple[str, str], list[int]] = {}
    for r, folded in enumerate(folded_forms):
        if r & _CHECK_EVERY == 0:
            _check(cancel)
        split = folded.replace("-", " ").split()
        for word in set(split):
            postings_by_word.setdefault(word, []).append(r)
        for pair in set(itertools.pairwise(split)):
            postings_by_pair.setdefault(pair, []).append(r)
    words = sorted(postings_by_word)
    word_id = {word: w for w, word in enumerate(words)}
    keyed = sorted((word_id[a] * len(words) + word_id[b], rs) for (a, b), rs in postings_by_pair.items())
    del postings_by_pair
    pair_postings, pair_at = array("I"), array("I", [0])
    for _, records in keyed:
        pair_postings.extend(records)
        pair_at.append(len(pair_postings))
    postings, posting_at = array("I"), array("I", [0])
    deletions: list[tuple[str, int]] = []
    for w, word in enumerate(words):
        postings.extend(postings_by_word[word])
        posting_at.append(len(postings))
        if len(word) >= TYPO_MIN_LENGTH - 2:
            deletions.extend((d, w) for d in _deletions(word, 2))
    _check(cancel)
    deletions.sort()
    return _Tables(
        size=len(entries),
        kinds=bytes(KINDS.index(e.kind) for e in entries),
        statuses=bytes(STATUSES.index(e.status) for e in entries),
        by_collation=array("I", order),
        collation=collation,
        record_entry=record_entry,
        record_form=record_form,
        folded=_Joined(folded_forms),
        by_folded=by_folded,
        words=_Joined(words),
        postings=postings,
        posting_at=posting_at,
        pair_keys=array("Q", (key for key, _ in keyed)),
        pair_postings=pair_postings,
        pair_at=pair_at,
        deletion_keys=_Joined(d for d, _ in deletions),
        deletion_words=array("I", (w for _, w in deletions)),
        runs_folded=_Runs(by_folded),
        runs_postings=_Runs(postings),
        entries_json=_Encoded(_entry_to_json(e) for e in entries) if keep_json else None,
    )


@dataclass
class _Hit:
    """The best match found so far for one entry."""

    rank: Rank
    accents: bool
    # Collation position of a table entry, or None for a changed entry (compared by sort key then).
    order: int | None
    entry: Entry
    form: str
    start: int  # span in the folded form
    end: int


@dataclass
class _Query:
    """One reading of the query (as typed, Telex or VNI), folded, with its diacritics kept apart."""

    folded: str
    accents: str
    tokens: list[str] = field(default_factory=list)


class Index:
    """A search index over a list of entries (or over tables loaded from the on-disk cache)."""

    def __init__(
        self,
        entries: Sequence[Entry],
        *,
        cancel: threading.Event | None = None,
        _tables: _Tables | None = None,
    ) -> None:
        """Index entries (building raises SearchCancelled if cancel is set meanwhile)."""
        self._live: list[Entry] | None = None if _tables is not None else list(entries)
        self._t = _tables if _tables is not None else _build(self._live or [], False, cancel)
        self._materialised: dict[int, Entry] = {}
        # Entries changed since the tables were built: searched one by one, the tables skip them.
        self._stale: set[int] = set()
        self._extra: list[Entry] = []
        self._positions: dict[int, int] | None = None

    # --- entries ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._t.size - len(self._stale) + len(self._extra)

    @property
    def key(self) -> str:
        """The cache key of the PO files this index was built from ("" when built in memory)."""
        return self._t.key

    def entry(self, i: int) -> Entry:
        """The entry at position i of the indexed list (decoded from the cache until bound)."""
        if self._live is not None:
            return self._live[i]
        found = self._materialised.get(i)
        if found is None:
            assert self._t.entries_json is not None
            found = self._materialised[i] = _entry_from_json(self._t.entries_json[i])
        return found

    @property
    def bound(self) -> bool:
        """Whether the index hands out the glossary's own Entry objects (edits show at once)."""
        return self._live is not None

    def bind(self, entries: Sequence[Entry]) -> None:
        """Hand out these live entries from now on: the same list, in the same order, as indexed."""
        if len(entries) != self._t.size:
            raise ValueError("bind() needs the very entries the index was built from")
        self._live = list(entries)
        self._materialised.clear()

    def _position(self, entry: Entry) -> int | None:
        if self._live is None:
            return None
        if self._positions is None:
            self._positions = {id(e): i for i, e in enumerate(self._live)}
        return self._positions.get(id(entry))

    def update(self, changed: Iterable[Entry] = (), removed: Iterable[Entry] = ()) -> None:
        """Take edits into account: changed (or new) entries are searched afresh, removed ones dropped."""
        for entry in removed:
            self._forget(entry)
        for entry in changed:
            self._forget(entry)
            self._extra.append(entry)

    def _forget(self, entry: Entry) -> None:
        position = self._position(entry)
        if position is not None:
            self._stale.add(position)
        self._extra = [e for e in self._extra if e is not entry]

    def all(self) -> list[Entry]:
        """Every entry in Vietnamese collation order."""
        return self.browse(len(self))

    def browse(
        self,
        limit: int,
        *,
        kinds: Collection[Kind] | None = None,
        statuses: Collection[Status] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[Entry]:
        """The first limit entries in collation order, optionally only some kinds and statuses."""
        accept = self._filter(kinds, statuses)
        out: list[tuple[tuple, Entry]] = []
        for n, i in enumerate(self._t.by_collation):
            if n & _CHECK_EVERY == 0:
                _check(cancel)
            if len(out) >= limit:
                break
            if accept(i):
                out.append(((0, n), self.entry(i)))
        extra = [e for e in self._extra if _accepts(e, kinds, statuses)]
        if extra:
            base = [((sort_key(e.headword), 1), e) for _, e in out]
            merged = base + [((sort_key(e.headword), 0), e) for e in extra]
            merged.sort(key=lambda pair: pair[0])
            return [e for _, e in merged[:limit]]
        return [e for _, e in out]

    def _filter(
        self, kinds: Collection[Kind] | None, statuses: Collection[Status] | None
    ) -> Callable[[int], bool]:
        stale = self._stale
        kind_ok = None if kinds is None else bytes(k in kinds for k in KINDS)
        status_ok = None if statuses is None else bytes(s in statuses for s in STATUSES)
        table_kinds, table_statuses = self._t.kinds, self._t.statuses

        def accept(i: int) -> bool:
            if kind_ok is not None and not kind_ok[table_kinds[i]]:
                return False
            if status_ok is not None and not status_ok[table_statuses[i]]:
                return False
            return not stale or i not in stale

        return accept

    # --- search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        typos: int = 2,
        cancel: threading.Event | None = None,
        kinds: Collection[Kind] | None = None,
        statuses: Collection[Status] | None = None,
    ) -> list[Match]:
        """Entries matching query, best first; at most limit of them.

        typos is the most edits a typo-tolerant match may need (0 turns them off); kinds and
        statuses keep only those entries. cancel lets a newer query stop this one (raises
        SearchCancelled).
        """
        readings: list[_Query] = []
        for q in query_variants(query):
            folded = fold(q)
            if folded and folded not in [r.folded for r in readings]:
                readings.append(_Query(folded, tone_key(q).lower(), folded.replace("-", " ").split()))
        if not readings or limit <= 0:
            return []
        accept = self._filter(kinds, statuses)
        best: dict[int, _Hit] = {}
        extra = [e for e in self._extra if _accepts(e, kinds, statuses)]
        # Rank by rank: once the better ranks fill the limit, the worse ones cannot show.
        for rank in Rank:
            if rank is Rank.TYPO and not typos:
                break
            for reading in readings:
                _check(cancel)
                self._collect(rank, reading, limit, accept, best, cancel, typos)
            for entry in extra:
                self._collect_extra(entry, rank, readings, best, typos)
            if len(best) >= limit:
                break
        if any(h.order is None for h in best.values()):
            # A changed entry has no collation position: compare everything by sort key instead.
            keys = {k: sort_key(h.entry.headword) for k, h in best.items()}
            ordered = sorted(best, key=lambda k: (best[k].rank, not best[k].accents, keys[k]))
            hits = [best[k] for k in ordered[:limit]]
        else:
            hits = sorted(best.values(), key=lambda h: (h.rank, not h.accents, h.order))[:limit]
        return [Match(h.entry, h.rank, h.form, *_span(h.form, h.start, h.end), h.accents) for h in hits]

    def _offer(self, best: dict[int, _Hit], key: int, hit: _Hit) -> None:
        current = best.get(key)
        if current is None or (hit.rank, not hit.accents) < (current.rank, not current.accents):
            best[key] = hit

    def _record_hit(self, record: int, rank: Rank, start: int, end: int, reading: _Query) -> _Hit:
        t = self._t
        i = t.record_entry[record]
        entry = self.entry(i)
        form = entry.forms()[t.record_form[record]]
        accents = rank is not Rank.TYPO and tone_key(form).lower()[start:end] == reading.accents
        return _Hit(rank, accents, t.collation[i], entry, form, start, end)

    def _collect(
        self,
        rank: Rank,
        reading: _Query,
        limit: int,
        accept: Callable[[int], bool],
        best: dict[int, _Hit],
        cancel: threading.Event | None,
        typos: int,
    ) -> None:
        """Offer the first limit entries (in collation order) that match reading with this rank."""
        t = self._t
        if rank is Rank.TYPO:
            candidates, verify = self._typo_candidates(reading, typos)
        else:
            candidates, verify = self._candidates(rank, reading)
        found = 0
        seen: set[int] = set()
        budget = TYPO_BUDGET if rank is Rank.TYPO else None
        for n, record in enumerate(candidates):
            if n & _CHECK_EVERY == 0:
                _check(cancel)
            if budget is not None and n >= budget:
                break
            i = t.record_entry[record]
            if i in seen or not accept(i):
                continue
            current = best.get(i)
            if current is not None and current.rank < rank:
                continue  # already found with a better rank: cheaper to skip than to verify
            span = verify(t.folded[record])
            if span is None:
                continue
            seen.add(i)
            self._offer(best, i, self._record_hit(record, rank, span[0], span[1], reading))
            found += 1
            if found >= limit:
                break

    def _candidates(self, rank: Rank, reading: _Query) -> tuple[Iterable[int], Callable[[str], tuple | None]]:
        """Records that may match with rank, ascending, and the check that each really does."""
        t, q = self._t, reading.folded
        n = len(q)

        def folded_of(r: int) -> str:
            return t.folded[r]

        if rank in (Rank.EXACT, Rank.PREFIX):
            lo = bisect.bisect_left(t.by_folded, q, key=folded_of)
            if rank is Rank.EXACT:
                hi = bisect.bisect_right(t.by_folded, q, lo, key=folded_of)
                return self._t.runs_folded.ascending(lo, hi), lambda f: (0, n)
            hi = bisect.bisect_left(t.by_folded, q + "\U0010ffff", lo, key=folded_of)
            return self._t.runs_folded.ascending(lo, hi), lambda f: (0, n) if f != q else None

        def verify(folded: str) -> tuple[int, int] | None:
            found = match_form(folded, q)
            return (found[1], found[1] + n) if found is not None and found[0] is rank else None

        tokens = reading.tokens
        if q[0] == "-" or q[-1] == "-":
            # A hyphen at either end (or only hyphens) may start or end a word of the form, or not:
            # rare queries, often a keystroke in passing ("ba-" of "ba-ria"); the forms holding it.
            return self._records_holding_hyphen(q), verify
        if len(tokens) == 1:
            if rank is Rank.WORD_PREFIX:
                return self._postings_of_prefix(tokens[0]), verify
            # A substring starts inside a word: the words holding it there, and their records.
            words = sorted({w for w, offset in t.words.find_all(q) if offset > 0})
            return self._union(words), verify
        # Several words in a row: the inner ones are whole words of the form, the last one a word
        # prefix and the first one a whole word or, for a substring, the end of a longer word. Each
        # two neighbours are an adjacent pair of the form: intersect the postings of those pairs.
        if rank is Rank.SUBSTRING:
            firsts: Iterable[int] = sorted(
                {w for w, offset in t.words.find_all(tokens[0] + _SEP) if offset > 0}
            )
        else:
            first = self._word_id(tokens[0])
            firsts = () if first is None else (first,)
        ranges = []
        for token in tokens[1:-1]:
            w = self._word_id(token)
            if w is None:
                return (), verify
            ranges.append((w, w + 1))
        ranges.append(self._word_range(tokens[-1]))
        sources = []
        for lo, hi in ranges:
            slices = self._pair_slices(firsts, lo, hi)
            if not slices:
                return (), verify
            sources.append(slices)
            firsts = range(lo, hi)
        return self._intersect(t.pair_postings, sources), verify

    def _records_holding_hyphen(self, text: str) -> Iterator[int]:
        """Records whose folded form contains text, which holds a hyphen, ascending.

        Looks for the hyphens of the joined forms (a memchr, ~3 ms for a million entries) and
        compares text around each: str.find of the whole text would take ten times as long.
        """
        joined, offsets = self._t.folded.text, self._t.folded.offsets
        at = text.index("-")
        last = -1
        pos = joined.find("-", at)
        while pos >= 0:
            if joined.startswith(text, pos - at):
                record = bisect.bisect_right(offsets, pos - at) - 1
                if record != last:
                    yield record
                    last = record
            pos = joined.find("-", pos + 1)

    def _pair_slices(self, firsts: Iterable[int], lo: int, hi: int) -> list[tuple[int, int]]:
        """The posting slices of the adjacent pairs (a, b) with a in firsts and lo <= b < hi."""
        t = self._t
        keys, at, width = t.pair_keys, t.pair_at, len(t.words)
        out = []
        for a in firsts:
            i = bisect.bisect_left(keys, a * width + lo)
            j = bisect.bisect_left(keys, a * width + hi, i)
            out.extend((at[k], at[k + 1]) for k in range(i, j))
        return out

    def _close_pair_slices(
        self, left: dict[int, int], right: dict[int, int], edits: int
    ) -> list[tuple[int, int]]:
        """The posting slices of the adjacent pairs (a, b) with left[a] + right[b] <= edits.

        left and right map word ids to their edits from two neighbouring query words.
        """
        t = self._t
        keys, at, width = t.pair_keys, t.pair_at, len(t.words)
        seconds = sorted(right.items())
        out = []
        for a, cost in sorted(left.items()):
            i = 0
            for b, other in seconds:
                if cost + other > edits:
                    continue
                key = a * width + b
                i = bisect.bisect_left(keys, key, i)
                if i < len(keys) and keys[i] == key:
                    out.append((at[i], at[i + 1]))
        return out

    def _intersect(self, table: array, sources: list[list[tuple[int, int]]]) -> Iterator[int]:
        """Records in every source (each a list of sorted slices of table), ascending, lazily.

        The callers want the first few matches in collation order, so the record range is cut into
        windows (growing, since a query that found little so far is likely to be a rare one) and
        each window is intersected with C-level set work on the slices' parts inside it: a query
        with many hits stops after the first window instead of building sets of every posting.
        Sources much bigger than the running result narrow it little and cost the most: skipped,
        the final check on each candidate form catches what they would have filtered. A small
        rarest source (a rare word pair) makes the first window wide: bisecting each of its slices
        window after window would cost more than the few records it holds.
        """
        view = memoryview(table)
        total = len(self._t.record_entry)
        smallest = min(sum(b - a for a, b in slices) for slices in sources)
        lo, width = 0, max(_FIRST_WINDOW, total * _WINDOW_RECORDS // max(1, smallest))
        while lo < total:
            hi = min(total, lo + width)
            cuts: list[tuple[int, list[tuple[int, int]]]] = []
            for slices in sources:
                cut, size = [], 0
                for a, b in slices:
                    i = bisect.bisect_left(table, lo, a, b)
                    j = bisect.bisect_left(table, hi, i, b)
                    if j > i:
                        cut.append((i, j))
                        size += j - i
                if not size:
                    break
                cuts.append((size, cut))
            else:
                cuts.sort(key=lambda sized: sized[0])
                records: set[int] = set()
                for i, j in cuts[0][1]:
                    records.update(view[i:j])
                for size, cut in cuts[1:]:
                    if not records or size > _NARROW_RATIO * len(records):
                        break
                    narrowed: set[int] = set()
                    for i, j in cut:
                        narrowed.update(records.intersection(view[i:j]))
                    records = narrowed
                yield from sorted(records)
            lo, width = hi, width * 4

    def _word_id(self, word: str) -> int | None:
        words = self._t.words
        w = bisect.bisect_left(range(len(words)), word, key=words.__getitem__)
        return w if w < len(words) and words[w] == word else None

    def _word_range(self, prefix: str) -> tuple[int, int]:
        words = self._t.words
        lo = bisect.bisect_left(range(len(words)), prefix, key=words.__getitem__)
        hi = bisect.bisect_left(range(len(words)), prefix + "\U0010ffff", lo, key=words.__getitem__)
        return lo, hi

    def _postings_of_prefix(self, prefix: str) -> Iterable[int]:
        # Words sharing a prefix are adjacent, so their postings form one slice of the table.
        lo, hi = self._word_range(prefix)
        at = self._t.posting_at
        return self._t.runs_postings.ascending(at[lo], at[hi])

    def _union(self, words: Sequence[int]) -> Iterable[int]:
        at, view = self._t.posting_at, memoryview(self._t.postings)
        return heapq.merge(*(view[at[w] : at[w + 1]] for w in words))

    def close_words(self, word: str, edits: int) -> list[int]:
        """Ids of the distinct words within edits of word (SymSpell: shared deletions, then checked)."""
        t = self._t
        keys = t.deletion_keys
        candidates: set[int] = set()
        for deletion in _deletions(word, edits):
            lo = bisect.bisect_left(range(len(keys)), deletion, key=keys.__getitem__)
            while lo < len(keys) and keys[lo] == deletion:
                candidates.add(t.deletion_words[lo])
                lo += 1
        return sorted(w for w in candidates if bounded_edits(word, t.words[w], edits) <= edits)

    def _typo_candidates(
        self, reading: _Query, typos: int
    ) -> tuple[Iterable[int], Callable[[str], tuple | None]]:
        q = reading.folded
        if len(q) < TYPO_MIN_LENGTH or not reading.tokens:
            return (), lambda f: None
        edits = min(typos, 1 if len(q) < TYPO_TWO_EDITS_FROM else 2)

        # Each query word is within its budget of a word of the form: the close words of each,
        # with their distance, decide a candidate without computing any edit distance.
        words = self._t.words
        costs: list[dict[int, int]] = []
        for token in reading.tokens:
            close = self.close_words(token, word_budget(token, edits))
            costs.append({w: bounded_edits(token, words[w], edits) for w in close})
        distances = [{words[w]: cost for w, cost in close.items()} for close in costs]

        def verify(folded: str) -> tuple[int, int] | None:
            # The word list alone (no start offsets) until a match: most candidates fail.
            words = _WORD_SPLIT.split(folded)
            for n in range(len(words) - len(distances) + 1):
                spent = 0
                for k, table in enumerate(distances):
                    cost = table.get(words[n + k])
                    if cost is None:
                        break
                    spent += cost
                    if spent > edits:
                        break
                else:
                    if match_form(folded, q) is not None:
                        return None  # already found with a better rank
                    start = sum(len(word) + 1 for word in words[:n])
                    end = start + sum(len(word) + 1 for word in words[n : n + len(distances)]) - 1
                    return start, end
            return None

        if len(costs) == 1:
            return self._union(sorted(costs[0])), verify
        # Each two neighbouring query words are close to an adjacent pair of the form, within the
        # edits of the whole query together: intersect the postings of those pairs.
        sources = []
        for left, right in itertools.pairwise(costs):
            slices = self._close_pair_slices(left, right, edits)
            if not slices:
                return (), verify
            sources.append(slices)
        return self._intersect(self._t.pair_postings, sources), verify

    def _collect_extra(
        self, entry: Entry, rank: Rank, readings: list[_Query], best: dict[int, _Hit], typos: int
    ) -> None:
        """Match one changed entry the slow, obvious way."""
        key = -1 - id(entry)
        for form in entry.forms():
            folded = fold(form)
            for reading in readings:
                q = reading.folded
                if rank is Rank.TYPO:
                    found = match_form(folded, q)
                    edits = min(typos, 1 if len(q) < TYPO_TWO_EDITS_FROM else 2)
                    typo = found is None and len(q) >= TYPO_MIN_LENGTH and bool(reading.tokens)
                    span = typo_match(folded, q, edits) if typo else None
                else:
                    found = match_form(folded, q)
                    span = (found[1], found[1] + len(q)) if found is not None and found[0] is rank else None
                if span is None:
                    continue
                accents = (
                    rank is not Rank.TYPO and tone_key(form).lower()[span[0] : span[1]] == reading.accents
                )
                self._offer(best, key, _Hit(rank, accents, None, entry, form, *span))

    # --- the on-disk cache ------------------------------------------------------------------

    def dump(self, path: Path) -> None:
        """Write the tables (with the entries) to path atomically."""
        tables = self._t
        if tables.entries_json is None:
            entries = [self.entry(i) for i in range(tables.size)]
            tables.entries_json = _Encoded(_entry_to_json(e) for e in entries)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as out:
                pickle.dump((FORMAT, tables), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise IndexCacheError(f"{path}: cannot write the index cache: {exc.strerror or exc}") from exc

    @classmethod
    def load(cls, path: Path) -> Index | None:
        """The index stored at path, or None when it is missing, unreadable or of another format."""
        try:
            with open(path, "rb") as stream:
                stored = pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None
        if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == FORMAT):
            return None
        tables = stored[1]
        if not isinstance(tables, _Tables) or not isinstance(tables.entries_json, _Encoded):
            return None
        return cls((), _tables=tables)


def _accepts(entry: Entry, kinds: Collection[Kind] | None, statuses: Collection[Status] | None) -> bool:
    return (kinds is None or entry.kind in kinds) and (statuses is None or entry.status in statuses)


# --- cache keyed by the PO files -------------------------------------------------------------


def po_files(path: str | os.PathLike[str]) -> list[Path]:
    """The PO files a glossary path stands for, as Glossary.open reads them (none when it cannot:
    Glossary.open then says why, instead of a FIFO hanging the cache lookup)."""
    try:
        return glossary_path_files.glossary_files(path)
    except GlossaryError:
        return []


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, as the store records it (Catalog.digest)."""
    return glossary_path_files.digest(glossary_path_files.read_bytes(path))


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


def cache_path(glossary_path: str | os.PathLike[str], key: str, cache_dir: Path | None = None) -> Path:
    """Where the index of a glossary with this key is cached."""
    where = hashlib.sha256(str(Path(glossary_path).resolve()).encode()).hexdigest()[:16]
    return (cache_dir or default_cache_dir()) / f"index-{where}-{key[:32]}.pickle"


def load_cached(glossary_path: str | os.PathLike[str], cache_dir: Path | None = None) -> Index | None:
    """The cached index of a glossary if its PO files are unchanged since it was built, else None."""
    files = po_files(glossary_path)
    if not files:
        return None
    try:
        key = cache_key((f.name, file_digest(f)) for f in files)
    except GlossaryError:
        return None
    index = Index.load(cache_path(glossary_path, key, cache_dir))
    return index if index is not None and index.key == key else None


def save_cached(
    index: Index,
    glossary_path: str | os.PathLike[str],
    digests: Iterable[tuple[str, str]],
    cache_dir: Path | None = None,
) -> Path:
    """Cache an index built from the glossary files with these (name, digest) pairs; drop older ones."""
    key = cache_key(digests)
    index._t.key = key
    target = cache_path(glossary_path, key, cache_dir)
    index.dump(target)
    # Older caches of the same glossary are stale now: only the newest is worth its disk space.
    stem = target.name.rsplit("-", 1)[0]
    for old in target.parent.glob(f"{stem}-*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def lookup(entries: Iterable[Entry], query: str, limit: int = 50) -> list[Match]:
    """One-off search without keeping an index (the CLI's lookup)."""
    return Index(list(entries)).search(query, limit)


# Per-table counts of (kind, status) positions: the tables never change, and counting a million
# entries takes a tenth of a second. Keyed by id, holding the tables so the id stays theirs.
_TABLE_COUNTS: dict[int, tuple[_Tables, Counter[tuple[int, int]]]] = {}


def counts(index: Index) -> Counter[tuple[Kind, Status]]:
    """How many entries the index holds of each kind and status (what filters show and hide)."""
    t = index._t
    cached = _TABLE_COUNTS.get(id(t))
    if cached is None or cached[0] is not t:
        if len(_TABLE_COUNTS) >= 4:
            _TABLE_COUNTS.clear()
        cached = _TABLE_COUNTS[id(t)] = (t, Counter(zip(t.kinds, t.statuses, strict=True)))
    out: Counter[tuple[Kind, Status]] = Counter()
    for (kind, status), n in cached[1].items():
        out[KINDS[kind], STATUSES[status]] += n
    for i in index._stale:
        out[KINDS[t.kinds[i]], STATUSES[t.statuses[i]]] -= 1
    for entry in index._extra:
        out[entry.kind, entry.status] += 1
    return +out


def typos_as_fallback(matches: list[Match]) -> list[Match]:
    """Matches best first, keeping the typo-tolerant ones only when nothing matched better.

    Two edits bring "renewal" to "general": once a query matched as typed, such neighbours are
    noise in front of the user. search() returns every rank (its tests compare with a brute force);
    the front ends show what this keeps. Typo hits come after every better hit, so when the first
    match is not a typo none of them is needed.
    """
    if matches and matches[0].rank is not Rank.TYPO:
        return [m for m in matches if m.rank is not Rank.TYPO]
    return matches


__all__ = [
    "Index",
    "IndexCacheError",
    "Match",
    "Rank",
    "SearchCancelled",
    "bounded_edits",
    "cache_key",
    "counts",
    "default_cache_dir",
    "file_digest",
    "load_cached",
    "lookup",
    "match_form",
    "po_files",
    "save_cached",
    "typo_match",
    "typos_as_fallback",
]
