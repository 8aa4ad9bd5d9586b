"""The immutable index: the best hits of each rank for a query, read from tables that never change.

Edits made after the tables were built are the overlay's business (``overlay.Index``): it tells
this index which entries to skip and adds its own hits for the changed ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass

from glossary.model import Entry, Kind, Status
from glossary.text import tone_key

from .candidates import candidates, typo_candidates
from .ranks import Rank, Reading, check_cancel
from .tables import CHECK_EVERY, KINDS, STATUSES, Tables

# The typo rank verifies at most this many candidates (in collation order): on a syllable-based
# vocabulary almost every form has words close to the query's, and the typo rank is the last
# resort, so it trades recall deep in the list for a bounded keystroke latency.
TYPO_BUDGET = 2500


@dataclass
class Hit:
    """The best match found so far for one entry."""

    rank: Rank
    accents: bool
    # Collation position of a table entry, or None for a changed entry (compared by sort key then).
    order: int | None
    entry: Entry
    form: str
    start: int  # span in the folded form
    end: int


def offer(best: dict[int, Hit], key: int, hit: Hit) -> None:
    """Keep hit for key unless key already has a better one."""
    current = best.get(key)
    if current is None or (hit.rank, not hit.accents) < (current.rank, not current.accents):
        best[key] = hit


class FrozenIndex:
    """Searches the tables; entries come from the caller (live objects or decoded from the cache)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    def accept(
        self, kinds: Collection[Kind] | None, statuses: Collection[Status] | None, skip: Collection[int]
    ) -> Callable[[int], bool]:
        """Whether entry i is one of kinds and statuses (None: any) and not in skip."""
        kind_ok = None if kinds is None else bytes(k in kinds for k in KINDS)
        status_ok = None if statuses is None else bytes(s in statuses for s in STATUSES)
        table_kinds, table_statuses = self.tables.kinds, self.tables.statuses

        def accept(i: int) -> bool:
            if kind_ok is not None and not kind_ok[table_kinds[i]]:
                return False
            if status_ok is not None and not status_ok[table_statuses[i]]:
                return False
            return not skip or i not in skip

        return accept

    def collect(
        self,
        rank: Rank,
        reading: Reading,
        limit: int,
        accept: Callable[[int], bool],
        best: dict[int, Hit],
        entry_at: Callable[[int], Entry],
        cancel: threading.Event | None,
        typos: int,
    ) -> None:
        """Offer the first limit entries (in collation order) that match reading with this rank."""
        t = self.tables
        if rank is Rank.TYPO:
            found_records, verify = typo_candidates(t, reading, typos)
        else:
            found_records, verify = candidates(t, rank, reading)
        found = 0
        seen: set[int] = set()
        budget = TYPO_BUDGET if rank is Rank.TYPO else None
        for n, record in enumerate(found_records):
            if n & CHECK_EVERY == 0:
                check_cancel(cancel)
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
            entry = entry_at(i)
            form = entry.forms()[t.record_form[record]]
            start, end = span
            accents = rank is not Rank.TYPO and tone_key(form).lower()[start:end] == reading.accents
            offer(best, i, Hit(rank, accents, t.collation[i], entry, form, start, end))
            found += 1
            if found >= limit:
                break
