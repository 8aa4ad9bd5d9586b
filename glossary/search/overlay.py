"""The index the app and the CLI use: the immutable tables plus the edits made since they were built.

Ranks: exact > prefix > word prefix > substring > typo-tolerant (one or two edits on the folded
form); within a rank, forms matched with the query's own diacritics first, then Vietnamese collation
order of the headword.

An entry changed (or added) after the tables were built is searched the slow, obvious way (through
the reference definitions in ``ranks``) and the tables skip its old position; a removed one is only
skipped. That keeps a keystroke fast while a review edits a few entries of a million.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager

from glossary.model import Entry, Kind, Status
from glossary.text import fold, sort_key, tone_key

from .frozen import FrozenIndex, Hit, offer
from .ranks import (
    TYPO_MIN_LENGTH,
    Match,
    Rank,
    Reading,
    check_cancel,
    match_form,
    readings,
    span_on_form,
    typo_edits,
    typo_match,
)
from .tablefile import IndexCacheError
from .tables import CHECK_EVERY, KINDS, STATUSES, Tables, build_tables, entry_from_json

# What reading a damaged or hostile cache file can raise past its checksums: out-of-range numbers,
# undecodable or unexpected JSON. Caught only around tables read from a file (see _reading).
_DAMAGE = (IndexError, KeyError, TypeError, ValueError, OverflowError, RecursionError)


class Index:
    """A search index over a list of entries (or over tables read from the on-disk cache)."""

    def __init__(self, entries: Sequence[Entry], *, cancel: threading.Event | None = None) -> None:
        """Index entries (building raises SearchCancelled if cancel is set meanwhile)."""
        live = list(entries)
        self._setup(build_tables(live, cancel), live)

    @classmethod
    def from_tables(
        cls, tables: Tables, *, origin: str = "", discard: Callable[[], None] | None = None
    ) -> Index:
        """An index over tables read from a cache file (origin names it); entries decoded on use.

        If the tables turn out to be damaged, discard is called (the cache is rebuilt next time)
        and the search raises IndexCacheError.
        """
        index = cls.__new__(cls)
        index._setup(tables, None, origin, discard)
        return index

    def _setup(
        self,
        tables: Tables,
        live: list[Entry] | None,
        origin: str = "",
        discard: Callable[[], None] | None = None,
    ) -> None:
        self._frozen = FrozenIndex(tables)
        self._live = live
        self._origin = origin
        self._discard = discard
        self._materialised: dict[int, Entry] = {}
        # Entries changed since the tables were built: searched one by one, the tables skip them.
        self._stale: set[int] = set()
        self._extra: list[Entry] = []
        self._positions: dict[int, int] | None = None
        # (kind, status) positions -> how many table entries (the tables never change): counted once.
        self._table_counts: Counter[tuple[int, int]] | None = None

    @property
    def tables(self) -> Tables:
        """The immutable tables (what the cache stores)."""
        return self._frozen.tables

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Turn the damage a cache file can hide past its checksums into IndexCacheError."""
        if not self._origin:
            yield
            return
        try:
            yield
        except IndexCacheError:
            self._drop_cache()
            raise
        except _DAMAGE as exc:
            self._drop_cache()
            raise IndexCacheError(
                f"{self._origin}: the index cache is damaged ({exc!r}); it is rebuilt"
            ) from exc

    def verify(self) -> None:
        """Check every table of a cache-backed index now, as searches do for the tables they read
        (raises IndexCacheError and drops the file if one is damaged); nothing to do otherwise."""
        with self._reading():
            for name in Tables.__dataclass_fields__:
                getattr(self.tables, name)

    def _drop_cache(self) -> None:
        if self._discard is not None:
            self._discard()

    # --- entries ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.tables.size - len(self._stale) + len(self._extra)

    @property
    def key(self) -> str:
        """The cache key of the PO files this index was built from ("" when built in memory)."""
        return self.tables.key

    def entry(self, i: int) -> Entry:
        """The entry at position i of the indexed list (decoded from the cache until bound)."""
        with self._reading():
            return self._entry(i)

    def _entry(self, i: int) -> Entry:
        if self._live is not None:
            return self._live[i]
        found = self._materialised.get(i)
        if found is None:
            strings = self.tables.entries
            if strings is None:
                raise IndexCacheError("the index holds no entries to decode")
            found = self._materialised[i] = entry_from_json(strings[i])
        return found

    def live_entries(self) -> Sequence[Entry] | None:
        """The entries the index hands out as they are (built from, or bound to), in table order;
        None while it decodes them from the cache."""
        return self._live

    @property
    def bound(self) -> bool:
        """Whether the index hands out the glossary's own Entry objects (edits show at once)."""
        return self._live is not None

    def bind(self, entries: Sequence[Entry]) -> None:
        """Hand out these live entries from now on: the same list, in the same order, as indexed."""
        if len(entries) != self.tables.size:
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

    def counts(self) -> Counter[tuple[Kind, Status]]:
        """How many entries the index holds of each kind and status (what filters show and hide)."""
        t = self.tables
        with self._reading():
            if self._table_counts is None:
                # A tenth of a second for a million entries: once per index.
                self._table_counts = Counter(zip(t.kinds, t.statuses, strict=True))
            out: Counter[tuple[Kind, Status]] = Counter()
            for (kind, status), n in self._table_counts.items():
                out[KINDS[kind], STATUSES[status]] += n
            for i in self._stale:
                out[KINDS[t.kinds[i]], STATUSES[t.statuses[i]]] -= 1
        for entry in self._extra:
            out[entry.kind, entry.status] += 1
        return +out

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
        with self._reading():
            accept = self._frozen.accept(kinds, statuses, self._stale)
            out: list[tuple[tuple, Entry]] = []
            for n, i in enumerate(self.tables.by_collation):
                if n & CHECK_EVERY == 0:
                    check_cancel(cancel)
                if len(out) >= limit:
                    break
                if accept(i):
                    out.append(((0, n), self._entry(i)))
        extra = [e for e in self._extra if _accepts(e, kinds, statuses)]
        if extra:
            base = [((sort_key(e.headword), 1), e) for _, e in out]
            merged = base + [((sort_key(e.headword), 0), e) for e in extra]
            merged.sort(key=lambda pair: pair[0])
            return [e for _, e in merged[:limit]]
        return [e for _, e in out]

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
        found = readings(query)
        if not found or limit <= 0:
            return []
        with self._reading():
            return self._search(found, limit, typos, cancel, kinds, statuses)

    def _search(
        self,
        found: list[Reading],
        limit: int,
        typos: int,
        cancel: threading.Event | None,
        kinds: Collection[Kind] | None,
        statuses: Collection[Status] | None,
    ) -> list[Match]:
        accept = self._frozen.accept(kinds, statuses, self._stale)
        best: dict[int, Hit] = {}
        extra = [e for e in self._extra if _accepts(e, kinds, statuses)]
        # Rank by rank: once the better ranks fill the limit, the worse ones cannot show.
        for rank in Rank:
            if rank is Rank.TYPO and not typos:
                break
            for reading in found:
                check_cancel(cancel)
                self._frozen.collect(rank, reading, limit, accept, best, self._entry, cancel, typos)
            for entry in extra:
                _collect_changed(entry, rank, found, best, typos)
            if len(best) >= limit:
                break
        if any(h.order is None for h in best.values()):
            # A changed entry has no collation position: compare everything by sort key instead.
            keys = {k: sort_key(h.entry.headword) for k, h in best.items()}
            ordered = sorted(best, key=lambda k: (best[k].rank, not best[k].accents, keys[k]))
            hits = [best[k] for k in ordered[:limit]]
        else:
            hits = sorted(best.values(), key=lambda h: (h.rank, not h.accents, h.order))[:limit]
        return [
            Match(h.entry, h.rank, h.form, *span_on_form(h.form, h.start, h.end), h.accents) for h in hits
        ]


def _collect_changed(
    entry: Entry, rank: Rank, found: list[Reading], best: dict[int, Hit], typos: int
) -> None:
    """Match one changed entry the slow, obvious way."""
    key = -1 - id(entry)
    for form in entry.forms():
        folded = fold(form)
        for reading in found:
            q = reading.folded
            if rank is Rank.TYPO:
                matched = match_form(folded, q)
                typo = matched is None and len(q) >= TYPO_MIN_LENGTH and bool(reading.tokens)
                span = typo_match(folded, q, typo_edits(q, typos)) if typo else None
            else:
                matched = match_form(folded, q)
                span = (
                    (matched[1], matched[1] + len(q)) if matched is not None and matched[0] is rank else None
                )
            if span is None:
                continue
            accents = rank is not Rank.TYPO and tone_key(form).lower()[span[0] : span[1]] == reading.accents
            offer(best, key, Hit(rank, accents, None, entry, form, *span))


def _accepts(entry: Entry, kinds: Collection[Kind] | None, statuses: Collection[Status] | None) -> bool:
    return (kinds is None or entry.kind in kinds) and (statuses is None or entry.status in statuses)


def counts(index: Index) -> Counter[tuple[Kind, Status]]:
    """How many entries the index holds of each kind and status (Index.counts)."""
    return index.counts()


def lookup(entries: Iterable[Entry], query: str, limit: int = 50) -> list[Match]:
    """One-off search without keeping an index."""
    return Index(list(entries)).search(query, limit)
