"""What the index needs from each entry, computed over a run of entries in their own order.

A part is the per-entry work of the build (folding every form, the collation key of the headword,
splitting folded forms into words, the entry's JSON for the cache) over one run of consecutive
entries; ``merge`` joins parts into the tables. Parts of different runs are independent, so the
cold build computes two of them at once, one per core (``coldbuild``), and the merge does the rest
with whole-array operations. Working in the entries' own order also reads them where they lie in
memory: the build used to visit them in collation order, a cache miss per entry.
"""

from __future__ import annotations

import itertools
import mmap
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter, eq, ne

from glossary.model import Entry
from glossary.text import _LOOSE_MARK, _PRIMARY, fold, sort_key

from .tables import _KIND_POSITION, _STATUS_POSITION, SEP, entry_to_json

_PLUS_ONE = (1).__add__


@dataclass
class Part:
    """The per-entry data of a run of entries, numbered from 0 in the run's order."""

    size: int
    kinds: bytes  # entry -> position in KINDS
    statuses: bytes  # entry -> position in STATUSES
    headwords: list[str]  # entry -> its headword in NFC (for the collation levels past the first)
    # The distinct primary levels of the headwords' sort_keys, ascending, and each entry's position
    # among them: the merge compares those positions (integers) instead of the strings.
    primary_distinct: list[str]
    primary_rank: array  # entry -> position of its primary level in primary_distinct
    order: list[int]  # the entries in collation order (a stable sort by sort_key of the headword)
    tie_keys: dict[int, tuple[str, ...]]  # entry -> its sort_key, for those whose primary ties
    # One record per distinct non-empty folded form of an entry, in the entry's form order.
    record_count: array  # entry -> how many records it has
    record_form: array  # record -> position of its form in entry.forms()
    folded_data: bytes  # every record's folded form, UTF-8, each followed by tables.SEP
    folded_sizes: array  # record -> bytes of its folded form with the separator
    # The words of each record's folded form ("-" counts as a space), as ids into vocabulary.
    token_count: array  # record -> how many words
    tokens: array  # the words of every record, one after the other
    vocabulary: list[str]  # word id -> word, in order of first occurrence
    # Every entry's JSON (tables.entry_to_json) plus a newline; the cold build's worker hands its
    # part's over in a shared memory file, which the parent maps (coldbuild).
    entries_json: bytes | mmap.mmap | None = None
    json_sizes: array | None = None  # entry -> bytes of its JSON with the newline

    # A part crosses a pipe from the cold build's worker: its lists of strings travel as one text
    # each (pickling them string by string took 0.7 s of the 1M build's serial time, this 0.1 s).
    def __getstate__(self) -> dict[str, object]:
        state = dict(vars(self))
        for name in _TEXT_LISTS:
            state[name] = _packed(state[name])
        keys = state.pop("tie_keys")
        state["tie_keys"] = (
            array("I", keys),
            array("B", map(len, keys.values())),
            _packed(list(itertools.chain.from_iterable(keys.values()))),
        )
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name in _TEXT_LISTS:
            state[name] = _unpacked(state[name])
        keys, lengths, texts = state["tie_keys"]  # type: ignore[misc]
        levels = iter(_unpacked(texts))
        state["tie_keys"] = {
            k: tuple(itertools.islice(levels, n)) for k, n in zip(keys, lengths, strict=True)
        }
        vars(self).update(state)


_TEXT_LISTS = ("headwords", "primary_distinct")


_APART = "\0"  # no PO text holds NUL (gettext's files are C strings); checked all the same


def _packed(texts: list[str]) -> tuple[int, bytes] | list[str]:
    """texts as one UTF-8 text (with their count), or as they are if one of them holds _APART (as
    the levels of sort keys do: pickled string by string, they also load faster than split)."""
    joined = _APART.join(texts)
    if joined.count(_APART) != max(len(texts) - 1, 0):
        return texts
    return len(texts), joined.encode("utf-8", "surrogatepass")


def _unpacked(packed: tuple[int, bytes] | list[str]) -> list[str]:
    if isinstance(packed, list):
        return packed
    count, data = packed
    return data.decode("utf-8", "surrogatepass").split(_APART) if count else []


def part_of(entries: Sequence[Entry], *, with_json: bool = False) -> Part:
    """The part of these entries; with their JSON for the cache if with_json."""
    return part_of_columns(
        bytes(map(_KIND_POSITION.__getitem__, map(attrgetter("kind"), entries))),
        bytes(map(_STATUS_POSITION.__getitem__, map(attrgetter("status"), entries))),
        list(map(unicodedata.normalize, itertools.repeat("NFC"), map(attrgetter("headword"), entries))),
        map(Entry.forms, entries),
        list(map(str.encode, map(entry_to_json, entries))) if with_json else None,
    )


def part_of_columns(
    kinds: bytes, statuses: bytes, headwords: list[str], forms: Iterable[list[str]], json: list[bytes] | None
) -> Part:
    """The part of the entries with these kinds and statuses (positions in tables.KINDS and
    STATUSES), headwords (in NFC), forms (Entry.forms) and, when the cache needs it, JSON
    (Entry.to_json, UTF-8), each in the entries' order."""
    primary = primary_keys(headwords)
    order = sorted(range(len(headwords)), key=primary.__getitem__)
    tie_keys: dict[int, tuple[str, ...]] = {}

    def key_of(i: int) -> tuple[str, ...]:
        key = tie_keys.get(i)
        if key is None:
            key = tie_keys[i] = sort_key(headwords[i])
        return key

    resort_ties(order, primary, key_of)
    record_count, record_form, folded = array("I"), array("H"), []
    add_count, add_form, add_folded = record_count.append, record_form.append, folded.append
    for entry_forms in forms:
        seen: list[str] = []  # a handful: searched faster than a set is built
        for k, form in enumerate(entry_forms):
            form_folded = fold(form)
            if form_folded and form_folded not in seen:
                seen.append(form_folded)
                add_form(k)
                add_folded(form_folded)
        add_count(len(seen))
    spaced = [f.replace("-", " ") for f in folded]
    token_count = array("I", map(len, map(str.split, spaced)))
    words = " ".join(spaced).split()
    del spaced
    vocabulary = list(dict.fromkeys(words))
    word_id = {word: n for n, word in enumerate(vocabulary)}
    primary_distinct, primary_rank = ranks_of(primary, order)
    folded_data, folded_sizes = joined_utf8(folded)
    part = Part(
        size=len(headwords),
        kinds=bytes(kinds),
        statuses=bytes(statuses),
        headwords=headwords,
        primary_distinct=primary_distinct,
        primary_rank=primary_rank,
        order=order,
        tie_keys=tie_keys,
        record_count=record_count,
        record_form=record_form,
        folded_data=folded_data,
        folded_sizes=folded_sizes,
        token_count=token_count,
        tokens=array("I", map(word_id.__getitem__, words)),
        vocabulary=vocabulary,
    )
    if json is not None:
        part.entries_json = SEP.encode().join(json) + SEP.encode() if json else b""
        part.json_sizes = array("I", map(_PLUS_ONE, map(len, json)))
    return part


def primary_keys(texts: list[str]) -> list[str]:
    """The primary level of sort_key of each text (already NFC), computed many at a time."""
    primary = list(map(str.translate, texts, itertools.repeat(_PRIMARY)))
    # Loose combining marks need sort_key's cluster-by-cluster path: rare, taken one by one.
    for n in itertools.compress(range(len(texts)), map(_LOOSE_MARK.search, texts)):
        primary[n] = sort_key(texts[n])[0]
    return primary


def joined_utf8(texts: list[str]) -> tuple[bytes, array]:
    """The texts as UTF-8, each followed by SEP, and the byte size of each with its SEP."""
    if all(map(str.isascii, texts)):
        return (SEP.join(texts) + SEP).encode() if texts else b"", array("I", map(_PLUS_ONE, map(len, texts)))
    # Each text encoded, then the bytes joined: joined first, one text that is not ASCII makes the
    # whole joined text two or four bytes a character before it is encoded.
    encoded = list(map(str.encode, texts))
    return SEP.encode().join(encoded) + SEP.encode(), array("I", map(_PLUS_ONE, map(len, encoded)))


def ranks_of(texts: list[str], order: Sequence[int]) -> tuple[list[str], array]:
    """The distinct texts in ascending order, and each text's position among them (order lists
    the positions of texts in ascending order of text)."""
    import numpy as np  # here, not at the top: collation_order (live edits) uses this module too

    rank = np.zeros(len(texts), dtype=np.uint32)
    if not texts:
        return [], array("I", rank.tobytes())
    ranked = list(map(texts.__getitem__, order))
    # A text starts a new rank where it differs from the one before it in order.
    new = [False, *map(ne, ranked, itertools.islice(ranked, 1, None))]
    distinct = [ranked[0], *itertools.compress(ranked, new)]
    rank[np.array(order, dtype=np.int64)] = np.cumsum(np.array(new, dtype=np.uint32), dtype=np.uint32)
    return distinct, array("I", rank.tobytes())


def resort_ties(order: list[int], primary: Sequence[str], key: Callable[[int], tuple[str, ...]]) -> None:
    """Sort again, by key (sort_key of the text at a position), each run of order whose primary
    levels are equal (in place).

    order is sorted by primary, stably; the sort by key is stable too, so equal keys stay in
    position order, as one stable sort by sort_key would leave them.
    """
    ranked = list(map(primary.__getitem__, order))
    tied = itertools.compress(range(1, len(ranked)), map(eq, ranked, itertools.islice(ranked, 1, None)))
    end = 0
    for n in tied:  # n ties with n - 1: a run of ties starts at n - 1 unless an earlier one covers it
        if n < end:
            continue
        start, end = n - 1, n + 1
        while end < len(ranked) and ranked[end] == ranked[start]:
            end += 1
        order[start:end] = sorted(order[start:end], key=key)
