"""Lookup and search over the glossary: as typed, folded, tone-style-insensitive, Telex/VNI-decoded.

The index is derived from the entries and disposable. Ranks: exact > prefix > word prefix >
substring > typo-tolerant; within a rank, Vietnamese collation order of the headword.
"""

from __future__ import annotations

import bisect
import enum
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from glossary.model import Entry
from glossary.text import fold, query_variants, sort_key, tone_key

# Past this many substring hits the rest are not worth ranking: nobody reads them.
SUBSTRING_CAP = 5000
# Separator between folded forms in the substring haystack; fold() never produces it.
_SEP = "\x00"


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


def _bounded_edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 once it is known to exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        best = i
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            current.append(cost)
            best = min(best, cost)
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _span(form: str, folded_query: str, folded_start: int) -> tuple[int, int]:
    """Map a match in the folded form back onto the original form.

    fold() maps each precomposed Vietnamese letter to one character, so positions agree unless the
    form had runs of whitespace or stray combining marks; recompute by folding prefixes then.
    """
    if len(fold(form)) == len(form):
        return folded_start, folded_start + len(folded_query)
    start = 0
    while start < len(form) and len(fold(form[:start] + "x")) - 1 < folded_start:
        start += 1
    end = start
    while end < len(form) and len(fold(form[start : end + 1])) < len(folded_query):
        end += 1
    return start, min(len(form), end + 1)


class Index:
    """A search index over a list of entries."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        # Collation rank of each entry's headword, so ties sort in Vietnamese order cheaply.
        order = sorted(range(len(self.entries)), key=lambda i: sort_key(self.entries[i].headword))
        self.collation = [0] * len(self.entries)
        for position, i in enumerate(order):
            self.collation[i] = position
        self.by_collation = order
        # One record per (entry, form): folded text, entry number, original form.
        self.records: list[tuple[str, int, str]] = []
        self.exact: dict[str, list[int]] = {}
        suffixes: list[tuple[str, int, int]] = []
        for i, entry in enumerate(self.entries):
            for form in entry.forms():
                folded = fold(form)
                if not folded:
                    continue
                r = len(self.records)
                self.records.append((folded, i, form))
                self.exact.setdefault(folded, []).append(r)
                suffixes.append((folded, r, 0))
                for pos, ch in enumerate(folded):
                    if ch == " " or ch == "-":
                        suffixes.append((folded[pos + 1 :], r, pos + 1))
        suffixes.sort()
        self._suffix_keys = [s[0] for s in suffixes]
        self._suffix_refs = [(s[1], s[2]) for s in suffixes]
        self._haystack = _SEP.join(rec[0] for rec in self.records)
        self._starts: list[int] = []
        offset = 0
        for rec in self.records:
            self._starts.append(offset)
            offset += len(rec[0]) + 1
        self._words = sorted({w for rec in self.records for w in rec[0].split()})

    def __len__(self) -> int:
        return len(self.entries)

    def all(self) -> list[Entry]:
        """Every entry in Vietnamese collation order."""
        return [self.entries[i] for i in self.by_collation]

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        typos: int = 2,
        cancel: threading.Event | None = None,
    ) -> list[Match]:
        """Entries matching query, best first; at most limit of them.

        cancel lets a newer query stop this one (raises SearchCancelled).
        """
        interpretations = []
        for q in query_variants(query):
            folded = fold(q)
            if folded and folded not in [f for f, _ in interpretations]:
                interpretations.append((folded, tone_key(q).lower()))
        if not interpretations:
            return []
        best: dict[int, tuple[Rank, bool, int, int, int]] = {}

        def offer(record: int, rank: Rank, start: int, length: int, accent_key: str) -> None:
            folded, i, form = self.records[record]
            accents = tone_key(form).lower()[start : start + length] == accent_key
            candidate = (rank, not accents, record, start, length)
            current = best.get(i)
            if current is None or candidate[:2] < current[:2]:
                best[i] = candidate

        for folded_q, accent_key in interpretations:
            self._check(cancel)
            for r in self.exact.get(folded_q, ()):
                offer(r, Rank.EXACT, 0, len(folded_q), accent_key)
            lo = bisect.bisect_left(self._suffix_keys, folded_q)
            hi = bisect.bisect_left(self._suffix_keys, folded_q + "\uffff", lo)
            for k in range(lo, hi):
                if (k - lo) % 4096 == 0:
                    self._check(cancel)
                r, pos = self._suffix_refs[k]
                offer(r, Rank.PREFIX if pos == 0 else Rank.WORD_PREFIX, pos, len(folded_q), accent_key)
            self._substrings(folded_q, accent_key, offer, cancel)
        if typos and len(best) < limit:
            for folded_q, accent_key in interpretations:
                self._typos(folded_q, accent_key, min(typos, 1 if len(folded_q) < 5 else 2), offer, cancel)
        ranked = sorted(best.items(), key=lambda kv: (kv[1][0], kv[1][1], self.collation[kv[0]]))
        out = []
        for i, (rank, no_accents, record, start, length) in ranked[:limit]:
            form = self.records[record][2]
            s, e = _span(form, self.records[record][0][start : start + length], start)
            out.append(Match(self.entries[i], rank, form, s, e, not no_accents))
        return out

    def _substrings(self, folded_q: str, accent_key: str, offer, cancel: threading.Event | None) -> None:
        hay = self._haystack
        pos = hay.find(folded_q)
        hits = 0
        while pos != -1 and hits < SUBSTRING_CAP:
            r = bisect.bisect_right(self._starts, pos) - 1
            start = pos - self._starts[r]
            if start > 0:
                offer(r, Rank.SUBSTRING, start, len(folded_q), accent_key)
            hits += 1
            if hits % 1024 == 0:
                self._check(cancel)
            pos = hay.find(folded_q, pos + 1)

    def _typos(self, folded_q: str, accent_key: str, limit: int, offer, cancel) -> None:
        """Forms within limit edits of the query, or, for a one-word query, forms with such a word."""
        if len(folded_q) < 3:
            return
        close_words: set[str] = set()
        if " " not in folded_q:
            for n, word in enumerate(self._words):
                if n % 4096 == 0:
                    self._check(cancel)
                if _bounded_edits(folded_q, word, limit) <= limit:
                    close_words.add(word)
        for r, (folded, _i, _form) in enumerate(self.records):
            if r % 4096 == 0:
                self._check(cancel)
            if abs(len(folded) - len(folded_q)) <= limit and _bounded_edits(folded_q, folded, limit) <= limit:
                offer(r, Rank.TYPO, 0, len(folded), accent_key)
                continue
            if close_words:
                for word in folded.split():
                    if word in close_words:
                        offer(r, Rank.TYPO, folded.find(word), len(word), accent_key)
                        break

    @staticmethod
    def _check(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise SearchCancelled


def lookup(entries: Iterable[Entry], query: str, limit: int = 50) -> list[Match]:
    """One-off search without keeping an index (the CLI's lookup)."""
    return Index(list(entries)).search(query, limit)
