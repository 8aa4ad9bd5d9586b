"""Finding the records that may match a query with a given rank, through the tables alone.

No query scans the whole glossary:

* exact and prefix matches are a binary search over the records sorted by folded form;
* word-prefix, substring and typo matches go through the table of distinct words (small even for
  a large glossary) and its posting lists; for a query of several words, through the table of
  adjacent word pairs instead, whose posting lists are short and hold (nearly) only real matches;
* records are numbered in collation order, so "the first N hits of a range in collation order"
  is a lazy merge of pre-sorted blocks (``Runs``) instead of a sort of every hit.

Each function returns the candidate records in ascending order with the check that decides, from
a record's folded form, whether it really matches and where.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

from .ranks import (
    TYPO_MIN_LENGTH,
    WORD_SPLIT,
    Rank,
    Reading,
    bounded_edits,
    deletions,
    match_form,
    typo_edits,
    word_budget,
)
from .tables import SEP, Ints, Tables

# Records in the first window of a lazy posting intersection (later windows grow fourfold), at least:
# wider when the rarest source is small, so that a window holds about WINDOW_RECORDS of it.
FIRST_WINDOW = 1 << 15
WINDOW_RECORDS = 1 << 10
# A posting source this many times bigger than the running intersection is not worth intersecting.
NARROW_RATIO = 8

# A span of the folded form, or None: what a candidate's check returns.
Verify = Callable[[str], tuple[int, int] | None]
Slices = list[tuple[int, int]]


def candidates(t: Tables, rank: Rank, reading: Reading) -> tuple[Iterable[int], Verify]:
    """Records that may match with rank (not TYPO), ascending, and the check that each really does."""
    q = reading.folded
    n = len(q)

    def folded_of(r: int) -> str:
        return t.folded[r]

    if rank in (Rank.EXACT, Rank.PREFIX):
        lo = bisect.bisect_left(t.by_folded, q, key=folded_of)
        if rank is Rank.EXACT:
            hi = bisect.bisect_right(t.by_folded, q, lo, key=folded_of)
            return t.runs_folded.ascending(lo, hi), lambda f: (0, n)
        hi = bisect.bisect_left(t.by_folded, q + "\U0010ffff", lo, key=folded_of)
        return t.runs_folded.ascending(lo, hi), lambda f: (0, n) if f != q else None

    def verify(folded: str) -> tuple[int, int] | None:
        found = match_form(folded, q)
        return (found[1], found[1] + n) if found is not None and found[0] is rank else None

    tokens = reading.tokens
    if q[0] == "-" or q[-1] == "-":
        # A hyphen at either end (or only hyphens) may start or end a word of the form, or not:
        # rare queries, often a keystroke in passing ("ba-" of "ba-ria"); the forms holding it.
        return _records_holding_hyphen(t, q), verify
    if len(tokens) == 1:
        if rank is Rank.WORD_PREFIX:
            return _postings_of_prefix(t, tokens[0]), verify
        # A substring starts inside a word: the words holding it there, and their records.
        words = sorted({w for w, offset in t.words.find_all(q) if offset > 0})
        return _union(t, words), verify
    # Several words in a row: the inner ones are whole words of the form, the last one a word
    # prefix and the first one a whole word or, for a substring, the end of a longer word. Each
    # two neighbours are an adjacent pair of the form: intersect the postings of those pairs.
    if rank is Rank.SUBSTRING:
        firsts: Iterable[int] = sorted({w for w, offset in t.words.find_all(tokens[0] + SEP) if offset > 0})
    else:
        first = _word_id(t, tokens[0])
        firsts = () if first is None else (first,)
    ranges = []
    for token in tokens[1:-1]:
        w = _word_id(t, token)
        if w is None:
            return (), verify
        ranges.append((w, w + 1))
    ranges.append(_word_range(t, tokens[-1]))
    sources = []
    for lo, hi in ranges:
        slices = _pair_slices(t, firsts, lo, hi)
        if not slices:
            return (), verify
        sources.append(slices)
        firsts = range(lo, hi)
    return _intersect(t, t.pair_postings, sources), verify


def typo_candidates(t: Tables, reading: Reading, typos: int) -> tuple[Iterable[int], Verify]:
    """Records that may match reading within typos edits, ascending, and the check of each."""
    q = reading.folded
    if len(q) < TYPO_MIN_LENGTH or not reading.tokens:
        return (), lambda f: None
    edits = typo_edits(q, typos)

    # Each query word is within its budget of a word of the form: the close words of each,
    # with their distance, decide a candidate without computing any edit distance.
    words = t.words
    costs: list[dict[int, int]] = []
    for token in reading.tokens:
        close = close_words(t, token, word_budget(token, edits))
        costs.append({w: bounded_edits(token, words[w], edits) for w in close})
    distances = [{words[w]: cost for w, cost in close.items()} for close in costs]

    def verify(folded: str) -> tuple[int, int] | None:
        # The word list alone (no start offsets) until a match: most candidates fail.
        split = WORD_SPLIT.split(folded)
        for n in range(len(split) - len(distances) + 1):
            spent = 0
            for k, table in enumerate(distances):
                cost = table.get(split[n + k])
                if cost is None:
                    break
                spent += cost
                if spent > edits:
                    break
            else:
                if match_form(folded, q) is not None:
                    return None  # already found with a better rank
                start = sum(len(word) + 1 for word in split[:n])
                end = start + sum(len(word) + 1 for word in split[n : n + len(distances)]) - 1
                return start, end
        return None

    if len(costs) == 1:
        return _union(t, sorted(costs[0])), verify
    # Each two neighbouring query words are close to an adjacent pair of the form, within the
    # edits of the whole query together: intersect the postings of those pairs.
    sources = []
    for left, right in itertools.pairwise(costs):
        slices = _close_pair_slices(t, left, right, edits)
        if not slices:
            return (), verify
        sources.append(slices)
    return _intersect(t, t.pair_postings, sources), verify


def close_words(t: Tables, word: str, edits: int) -> list[int]:
    """Ids of the distinct words within edits of word (SymSpell: shared deletions, then checked)."""
    keys = t.deletion_keys
    found: set[int] = set()
    for deletion in deletions(word, edits):
        lo = bisect.bisect_left(range(len(keys)), deletion, key=keys.__getitem__)
        while lo < len(keys) and keys[lo] == deletion:
            found.add(t.deletion_words[lo])
            lo += 1
    return sorted(w for w in found if bounded_edits(word, t.words[w], edits) <= edits)


def _records_holding_hyphen(t: Tables, text: str) -> Iterator[int]:
    """Records whose folded form contains text, which holds a hyphen, ascending.

    Looks for the hyphens of the joined forms (a memchr, ~3 ms for a million entries) and
    compares text around each: a search for the whole text would take ten times as long.
    """
    folded = t.folded
    needle = text.encode()
    at = needle.index(b"-")
    last = -1
    pos = folded.find(b"-", at)
    while pos >= 0:
        if folded.holds_at(needle, pos - at):
            record = folded.item_at(pos - at)
            if record != last:
                yield record
                last = record
        pos = folded.find(b"-", pos + 1)


def _pair_slices(t: Tables, firsts: Iterable[int], lo: int, hi: int) -> Slices:
    """The posting slices of the adjacent pairs (a, b) with a in firsts and lo <= b < hi."""
    keys, at, width = t.pair_keys, t.pair_at, len(t.words)
    out = []
    for a in firsts:
        i = bisect.bisect_left(keys, a * width + lo)
        j = bisect.bisect_left(keys, a * width + hi, i)
        out.extend((at[k], at[k + 1]) for k in range(i, j))
    return out


def _close_pair_slices(t: Tables, left: dict[int, int], right: dict[int, int], edits: int) -> Slices:
    """The posting slices of the adjacent pairs (a, b) with left[a] + right[b] <= edits.

    left and right map word ids to their edits from two neighbouring query words.
    """
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


def _intersect(t: Tables, table: Ints, sources: list[Slices]) -> Iterator[int]:
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
    total = len(t.record_entry)
    smallest = min(sum(b - a for a, b in slices) for slices in sources)
    lo, width = 0, max(FIRST_WINDOW, total * WINDOW_RECORDS // max(1, smallest))
    while lo < total:
        hi = min(total, lo + width)
        cuts: list[tuple[int, Slices]] = []
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
                if not records or size > NARROW_RATIO * len(records):
                    break
                narrowed: set[int] = set()
                for i, j in cut:
                    narrowed.update(records.intersection(view[i:j]))
                records = narrowed
            yield from sorted(records)
        lo, width = hi, width * 4


def _word_id(t: Tables, word: str) -> int | None:
    words = t.words
    w = bisect.bisect_left(range(len(words)), word, key=words.__getitem__)
    return w if w < len(words) and words[w] == word else None


def _word_range(t: Tables, prefix: str) -> tuple[int, int]:
    words = t.words
    lo = bisect.bisect_left(range(len(words)), prefix, key=words.__getitem__)
    hi = bisect.bisect_left(range(len(words)), prefix + "\U0010ffff", lo, key=words.__getitem__)
    return lo, hi


def _postings_of_prefix(t: Tables, prefix: str) -> Iterable[int]:
    # Words sharing a prefix are adjacent, so their postings form one slice of the table.
    lo, hi = _word_range(t, prefix)
    at = t.posting_at
    return t.runs_postings.ascending(at[lo], at[hi])


def _union(t: Tables, words: Sequence[int]) -> Iterable[int]:
    at, view = t.posting_at, memoryview(t.postings)
    return heapq.merge(*(view[at[w] : at[w + 1]] for w in words))
