"""Joining parts (``parts``) into the index tables, with whole-array operations (numpy).

Everything per entry and per form was done in the parts; what is left is global: the collation
order over all entries, the records renumbered in that order, the sort by folded form, and the
postings of words and word pairs, which are sorts and groupings of integer arrays. numpy does those
in C over the whole array at once; done in Python they were a dict append per word of every form.
"""

from __future__ import annotations

import itertools
import mmap
import threading
import zlib
from array import array
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from operator import attrgetter, ne
from typing import Any

import numpy as np

from glossary.text import sort_key

from .parts import Part
from .ranks import TYPO_MIN_LENGTH, check_cancel, deletions
from .tablefile import block_crcs
from .tables import RUN_LEVELS, Runs, Strings, Tables


def merge(parts: Sequence[Part], cancel: threading.Event | None = None) -> Tables:
    """The tables of the entries of parts, the parts taken one after the other (raises
    SearchCancelled if cancel is set meanwhile). The entries' JSON is kept only if every part has it."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The entries' JSON is joined and checksummed for the cache meanwhile: copies and CRCs of
        # hundreds of MB during which numpy and zlib let go of the interpreter (0.6 s at 1M).
        joining = pool.submit(_joined_json, parts) if all(p.entries_json is not None for p in parts) else None
        tables = _merged(parts, cancel)
        if joining is not None:
            tables.entries = joining.result()
    return tables


def _merged(parts: Sequence[Part], cancel: threading.Event | None) -> Tables:
    """merge's tables, without the entries' JSON."""
    size = sum(p.size for p in parts)
    # Each part's strings ranked among all parts' strings: integers compared in numpy from here on.
    primary = _ranked(parts, attrgetter("primary_distinct"), attrgetter("primary_rank"))
    # Each part's order is sorted already: the stable sort of their concatenation merges the runs.
    order_np = np.concatenate(
        [np.array(p.order, dtype=np.int64) + start for p, start in _starts(parts)] or [np.zeros(0, np.int64)]
    )
    if len(parts) > 1:
        order_np = order_np[np.argsort(primary[order_np], kind="stable")]
        order = _merge_ties(order_np, primary, parts)
    else:
        order = order_np
    del primary, order_np
    check_cancel(cancel)
    by_collation = np.asarray(order, dtype=np.uint32)
    del order
    collation = np.empty(size, dtype=np.uint32)
    collation[by_collation] = np.arange(size, dtype=np.uint32)

    # Records: each entry's, in collation order of the entries (a part lists them in entry order).
    counts = np.concatenate([_np(p.record_count, np.uint32) for p in parts]).astype(np.int64)
    first_record = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=first_record[1:])
    records = int(first_record[-1])
    counts_ranked = counts[by_collation]
    record_entry = np.repeat(by_collation, counts_ranked)
    ranked_start = np.zeros(size, dtype=np.int64)
    np.cumsum(counts_ranked[:-1], out=ranked_start[1:])
    # new record -> its number in the parts' entry order, and back
    old_of_new = first_record[record_entry] + (
        np.arange(records, dtype=np.int64) - np.repeat(ranked_start, counts_ranked)
    )
    new_of_old = np.empty(records, dtype=np.int64)
    new_of_old[old_of_new] = np.arange(records, dtype=np.int64)
    record_form = np.concatenate([_np(p.record_form, np.uint16) for p in parts])[old_of_new]

    # Words: one vocabulary, sorted; each part's word ids mapped into it.
    words = sorted(set(itertools.chain.from_iterable(p.vocabulary for p in parts)))
    word_id = {word: n for n, word in enumerate(words)}
    tokens = np.concatenate(
        [
            np.array([word_id[w] for w in p.vocabulary], dtype=np.int64)[_np(p.tokens, np.uint32)]
            if p.vocabulary
            else np.zeros(0, dtype=np.int64)
            for p in parts
        ]
    )
    token_counts = np.concatenate([_np(p.token_count, np.uint32) for p in parts])
    # The postings are sorts of integer arrays, during which numpy lets go of the interpreter:
    # a thread builds them while this one sorts the folded forms (Python string work).
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_postings, tokens, token_counts, new_of_old, len(words))
        folded_strings, by_folded, deleted = _folded_tables(parts, old_of_new, words)
        postings = future.result()
    del tokens, token_counts, new_of_old, old_of_new
    check_cancel(cancel)
    postings_table = _array("I", postings["postings"])
    tables = Tables(
        size=size,
        kinds=b"".join(p.kinds for p in parts),
        statuses=b"".join(p.statuses for p in parts),
        by_collation=_array("I", by_collation),
        collation=_array("I", collation),
        record_entry=_array("I", record_entry),
        record_form=_array("H", record_form),
        folded=folded_strings,
        by_folded=by_folded,
        words=Strings.of(words),
        postings=postings_table,
        posting_at=_array("I", postings["posting_at"]),
        pair_keys=_array("Q", postings["pair_keys"]),
        pair_postings=_array("I", postings["pair_postings"]),
        pair_at=_array("I", postings["pair_at"]),
        deletion_keys=Strings.of(d for d, _ in deleted),
        deletion_words=array("I", (w for _, w in deleted)),
        runs_folded=Runs(by_folded, _run_levels(_np(by_folded, np.uint32))),
        runs_postings=Runs(postings_table, postings["runs"]),
    )
    return tables


def _folded_tables(
    parts: Sequence[Part], old_of_new: np.ndarray, words: list[str]
) -> tuple[Strings, array, list[tuple[str, int]]]:
    """The folded forms in record order, the records sorted by folded form, and the words'
    deletions (for typos) with their word, sorted."""
    # Sorting the records by their folded forms stays here: ranking them in the parts, as the
    # primary levels are, cost the two processes more (sorting and ranking 800,000 forms each,
    # 1.7 s of CPU at 1M) than it saved here (1 s of one core), measured.
    folded = _gathered(
        [p.folded_data for p in parts],
        np.concatenate([_np(p.folded_sizes, np.int64) for p in parts]),
        old_of_new,
    )
    by_folded = sorted_strings(folded)
    deleted: list[tuple[str, int]] = []
    for w, word in enumerate(words):
        if len(word) >= TYPO_MIN_LENGTH - 2:
            deleted.extend((d, w) for d in deletions(word, 2))
    deleted.sort()
    return folded, by_folded, deleted


# The widest table of padded strings sorted_strings makes (bytes) before sorting in Python instead.
_PADDED_BYTES = 1 << 28


def sorted_strings(strings: Strings) -> array:
    """The items of strings in ascending order, equal ones in item order: what
    sorted(range(len(strings)), key=strings.__getitem__) gives.

    numpy sorts them as fixed-width byte strings padded with NULs (a stable sort, in C, 0.7 s for
    1.6 million folded forms at 1M entries where Python's sort of the strings took 1.5 s and the
    list of them another 0.4 s): UTF-8 bytes compare as their code points do, and a NUL pad sorts
    a string before any longer one it begins. Texts holding a NUL, or too wide a table (one very
    long string), are sorted in Python.
    """
    offsets = _np(strings.offsets, np.int64)
    count = len(offsets) - 1
    if count < 1:
        return array("I")
    sizes = np.diff(offsets)  # each string's bytes with its separator
    width = int(sizes.max())  # the widest string, plus its separator's place (a NUL pad)
    data = np.frombuffer(strings.buffer, dtype=np.uint8, count=int(offsets[-1]), offset=strings.base)
    if count * width > _PADDED_BYTES or not data.all():
        return array("I", sorted(range(count), key=strings.__getitem__))
    padded = np.zeros(count * width, dtype=np.uint8)
    # Where each byte goes: its place in its string, from the start of its string's row.
    # (int32: the table is smaller than _PADDED_BYTES, and the indices of 20 MB of bytes are big.)
    into = np.repeat(
        (np.arange(0, count * width, width, dtype=np.int64) - offsets[:-1]).astype(np.int32), sizes
    )
    into += np.arange(len(data), dtype=np.int32)
    padded[into] = data
    del into
    padded[np.arange(0, count * width, width, dtype=np.int64) + sizes - 1] = 0  # the separators
    return _array("I", np.argsort(padded.view(f"S{width}"), kind="stable"))


def _gathered(datas: Sequence[bytes], sizes: np.ndarray, order: np.ndarray) -> Strings:
    """The strings of datas (joined, sizes bytes each with its separator) taken in order."""
    starts = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    taken = sizes[order]
    offsets = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(taken, out=offsets[1:])
    if offsets[-1] >= 1 << 32:
        raise OverflowError("more than 4 GB of strings in one table")
    if not len(order):
        return Strings(b"", _array("I", offsets))
    buffer = np.frombuffer(b"".join(datas), dtype=np.uint8)
    # The source of every byte of the result, as a running sum: +1 within a string, and at each
    # string's first byte a jump from where the previous string ended to where this one starts
    # (every string has at least its separator, so no two start at the same byte).
    source = starts[:-1][order]
    # One index per byte (20 MB of folded forms at 1M): in 32 bits when they fit, half the memory.
    step = np.ones(int(offsets[-1]), dtype=np.int32 if starts[-1] < 1 << 31 else np.int64)
    step[0] = source[0]
    step[offsets[1:-1]] = source[1:] - (source[:-1] + taken[:-1]) + 1
    np.cumsum(step, out=step)
    return Strings(buffer[step].tobytes(), _array("I", offsets))


def _ranked(
    parts: Sequence[Part], distinct: Callable[[Part], list[str]], rank: Callable[[Part], array]
) -> np.ndarray:
    """Each item's rank among the strings of every part (rank: item -> position in the part's
    distinct strings), the parts' items one after the other."""
    local = [_np(rank(p), np.int64) for p in parts]
    if len(parts) > 1:
        local = [g[r] for g, r in zip(_global_ranks([distinct(p) for p in parts]), local, strict=True)]
    return np.concatenate(local) if local else np.zeros(0, dtype=np.int64)


def _global_ranks(distincts: Sequence[list[str]]) -> list[np.ndarray]:
    """For each list of distinct strings (each ascending), the rank of each of its strings among
    the strings of all lists (equal strings, one from each of several lists, share a rank)."""
    every = list(itertools.chain.from_iterable(distincts))
    # Ascending runs one after the other: the sort merges them, about one comparison per string.
    order = sorted(range(len(every)), key=every.__getitem__)
    ranked = list(map(every.__getitem__, order))
    new = np.zeros(len(every), dtype=np.int64)
    if len(every) > 1:
        new[1:] = np.fromiter(
            map(ne, ranked, itertools.islice(ranked, 1, None)), dtype=bool, count=len(every) - 1
        )
    del ranked
    rank = np.empty(len(every), dtype=np.int64)
    rank[np.array(order, dtype=np.int64)] = np.cumsum(new)
    bounds = list(itertools.accumulate(map(len, distincts), initial=0))
    return [rank[a:b] for a, b in itertools.pairwise(bounds)]


def _postings(
    tokens: np.ndarray, token_counts: np.ndarray, new_of_old: np.ndarray, words: int
) -> dict[str, Any]:
    """The postings of words and of adjacent word pairs (run in a thread).

    tokens are word ids, record after record in the parts' entry order, token_counts how many
    each record has, new_of_old the number of each of those records in the tables."""
    out: dict[str, Any] = {}
    records = len(new_of_old)
    token_record_old = np.repeat(np.arange(records, dtype=np.int64), token_counts)
    token_record = new_of_old[token_record_old]
    _, out["posting_at"], out["postings"] = _grouped(tokens, token_record, records)
    out["runs"] = _run_levels(out["postings"])
    # Adjacent words of the same form make the pairs, keyed first word * len(words) + second word.
    same = token_record_old[1:] == token_record_old[:-1]
    del token_record_old
    pair_key = tokens[:-1][same] * words + tokens[1:][same]
    pairs = _grouped(pair_key, token_record[1:][same], records)
    out["pair_keys"], out["pair_at"], out["pair_postings"] = pairs
    return out


def _merge_ties(order: np.ndarray, primary: np.ndarray, parts: Sequence[Part]) -> list[int]:
    """order with the runs of equal primary levels (primary: entry -> rank) that hold entries of
    several parts put in sort_key order.

    Each part sorted its own ties by the whole key (and kept the keys it computed), and the merge
    by primary keeps each part's order: a run with entries of one part only is in order already.
    """
    size = len(order)
    listed = order.tolist()
    if size < 2:
        return listed
    ranked = primary[order]
    starts = np.ones(size, dtype=bool)
    np.not_equal(ranked[1:], ranked[:-1], out=starts[1:])
    del ranked
    run_starts = np.flatnonzero(starts)
    part_bounds = np.fromiter(itertools.accumulate(p.size for p in parts), dtype=np.int64, count=len(parts))
    part = np.searchsorted(part_bounds, order, side="right")
    mixed = np.minimum.reduceat(part, run_starts) != np.maximum.reduceat(part, run_starts)
    run_ends = np.append(run_starts[1:], size)
    keys = {start + i: key for p, start in _starts(parts) for i, key in p.tie_keys.items()}
    headwords = list(itertools.chain.from_iterable(p.headwords for p in parts))

    def key_of(i: int) -> tuple[str, ...]:
        key = keys.get(i)
        return sort_key(headwords[i]) if key is None else key

    for start, end in zip(run_starts[mixed].tolist(), run_ends[mixed].tolist(), strict=True):
        listed[start:end] = sorted(listed[start:end], key=key_of)
    return listed


def _starts(parts: Sequence[Part]) -> list[tuple[Part, int]]:
    """Each part with the number of its first entry."""
    return list(zip(parts, itertools.accumulate((p.size for p in parts), initial=0), strict=False))


def _grouped(keys: np.ndarray, records: np.ndarray, record_count: int) -> tuple[np.ndarray, ...]:
    """Postings: the distinct keys, ascending; where each key's records start in the postings (plus
    the end); and the postings, the distinct records of each key, ascending, key after key."""
    if not record_count or not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if int(keys.max()) >= (1 << 62) // record_count:
        # Pair keys of a vocabulary of millions of words: numbered densely first, so the product fits.
        distinct_keys, dense = np.unique(keys, return_inverse=True)
        _, at, postings = _grouped(dense.reshape(-1), records, record_count)
        return distinct_keys, at, postings
    # Sorting (key, record) as one integer groups by key and orders each key's records; np.unique
    # would do the same, but numpy 2 finds distinct integers by hashing first, twenty times slower.
    combined = np.sort(keys * record_count + records, kind="stable")  # the same, faster here
    distinct = np.empty(len(combined), dtype=bool)
    distinct[:1] = True
    np.not_equal(combined[1:], combined[:-1], out=distinct[1:])
    combined = combined[distinct]
    key_of = combined // record_count
    starts = np.empty(len(combined), dtype=bool)
    starts[:1] = True
    np.not_equal(key_of[1:], key_of[:-1], out=starts[1:])
    at = np.append(np.flatnonzero(starts), len(combined))
    return key_of[starts], at, combined % record_count


def _run_levels(table: np.ndarray) -> list[tuple[int, array]]:
    """Runs.of's levels: the table sorted within aligned blocks of each size."""
    levels = []
    for size in RUN_LEVELS:
        if size >= len(table):
            break
        level = table.astype(np.uint32, copy=True)
        whole = len(level) // size * size
        # Stable (timsort) finds the ascending runs the tables hold (each word's records): a third
        # of the time of numpy's default introsort at 1M, the same result.
        level[:whole].reshape(-1, size).sort(axis=1, kind="stable")
        level[whole:].sort(kind="stable")
        levels.append((size, _array("I", level)))
    return levels


def _joined_json(parts: Sequence[Part]) -> Strings:
    """The parts' entries' JSON as one Strings, with the CRCs the cache file records (run in a thread)."""
    sizes = np.concatenate([_np(p.json_sizes, np.uint32) for p in parts]).astype(np.int64)
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    total = int(offsets[-1])
    if total >= 1 << 32:
        raise OverflowError("more than 4 GB of entries in one cache file")
    # An anonymous map, not bytes: numpy fills it without the interpreter (b"".join holds it while
    # the kernel hands out every page), and it reads like the mapped cache file it will become.
    buffer = mmap.mmap(-1, max(total, 1))
    filled = np.frombuffer(buffer, dtype=np.uint8)
    at = 0
    for part in parts:
        data = np.frombuffer(part.entries_json or b"", dtype=np.uint8)
        filled[at : at + len(data)] = data
        at += len(data)
    del filled
    view = memoryview(buffer)[:total]
    crcs = zlib.crc32(view), block_crcs(view)
    view.release()
    joined = Strings(buffer, _array("I", offsets))
    joined.crcs = crcs
    return joined


def _np(values: array | None, dtype: type) -> np.ndarray:
    """An array.array as a numpy array of dtype (a view when the item sizes agree)."""
    if values is None or not len(values):
        return np.zeros(0, dtype=dtype)
    return np.frombuffer(values, dtype=np.dtype(values.typecode)).astype(dtype, copy=False)


def _array(typecode: str, values: np.ndarray) -> array:
    """A numpy array as the array.array the tables hold (what the cache writer and readers expect)."""
    out = array(typecode)
    out.frombytes(np.ascontiguousarray(values, dtype=np.dtype(typecode)).tobytes())
    return out
