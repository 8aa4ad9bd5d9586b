"""Identical mentions folded into one tally before clustering.

A corpus repeats itself: the same name, written the same way, with the same confidence, turns up
hundreds of times. Clustering only needs, for each distinct mention, how often it was seen, the
first places it was seen and the first sentences around it. Folding identical mentions as soon as a
text is mined keeps what worker processes send back, and what the parent clusters, proportional to
the distinct mentions instead of the size of the corpus: that is what lets ``--jobs`` scale.

Folding loses nothing clustering uses. Every mention carries its position in the run (document
number, mention number); a tally keeps the position of its first mention and the first
``MAX_SOURCES`` distinct places and ``MAX_CONTEXTS`` distinct sentences with theirs. Clustering
orders tallies by first position and merges their places and sentences by position, so it sees
forms, flags, places and sentences in the same order as it would the mentions one by one: the first
N distinct places of a cluster are each among the first N distinct places of their own tally.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from .mentions import Mention

# The most places and context sentences a mined candidate keeps.
MAX_SOURCES = 20
MAX_CONTEXTS = 3

# Where a mention was found in the run: (document number, mention number in the document).
Seq = tuple[int, int]
Signature = tuple
T = TypeVar("T")


def signature(mention: Mention) -> Signature:
    """What makes two mentions interchangeable for clustering (everything but where they were); the
    kind by its value, whose hash a string keeps (an Enum's is a Python call per mention), read as
    the member's _value_ (its value property is a Python call too)."""
    return (
        mention.kind._value_,
        mention.en,
        mention.vi,
        mention.abbr,
        tuple(mention.variants),
        mention.confidence,
        tuple(mention.flags),
        mention.origin,
    )


@dataclass
class Tally:
    """Identical mentions: the first one, how many there were, where and in which sentences."""

    mention: Mention
    first: Seq
    weight: int = 0  # how many mentions
    count: int = 0  # how many sightings they stand for (Mention.count summed)
    sources: list[tuple[Seq, str, int]] = field(default_factory=list)  # (seq, path, line)
    contexts: list[tuple[Seq, str]] = field(default_factory=list)
    # The (path, line) of the sources, to tell a new place at a glance.
    places: set[tuple[str, int]] = field(default_factory=set, repr=False)
    # The sentences seen, as written: one seen before gives no new context (the corpus repeats
    # itself), so it is not collapsed again.
    sentences: set[str] = field(default_factory=set, repr=False)

    def __getstate__(self) -> dict[str, object]:
        """What crosses to another process: add's bookkeeping stays behind (the places are the
        sources', and the sentences seen only spare work)."""
        state = dict(self.__dict__)
        state["places"] = set()
        state["sentences"] = set()
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.places = {(path, line) for _, path, line in self.sources}

    def add(self, mention: Mention, seq: Seq) -> None:
        self.weight += 1
        self.count += mention.count
        if len(self.sources) < MAX_SOURCES:
            place = (mention.path, mention.line)
            if place not in self.places:
                self.places.add(place)
                self.sources.append((seq, *place))
        if len(self.contexts) < MAX_CONTEXTS:  # before asking: a context is worked out when asked
            raw = mention.raw_context()
            if raw is None:
                context = mention.context
            elif raw in self.sentences:
                return  # seen before: its context is one of the contexts, or a copy of one
            else:
                self.sentences.add(raw)
                context = mention.settle_context(raw)
            if context and all(c != context for _, c in self.contexts):
                self.contexts.append((seq, context))

    def absorb(self, other: Tally) -> None:
        """Fold in a tally of the same signature from another part of the run."""
        self.weight += other.weight
        self.count += other.count
        if other.first < self.first:
            self.mention, self.first = other.mention, other.first
        self.sources = first_distinct(
            heapq.merge(self.sources, other.sources), MAX_SOURCES, key=lambda s: (s[1], s[2])
        )
        self.places = {(path, line) for _, path, line in self.sources}
        self.contexts = first_distinct(
            heapq.merge(self.contexts, other.contexts), MAX_CONTEXTS, key=lambda c: c[1]
        )


def first_distinct(items: Iterable[T], limit: int, key: Callable[[T], Hashable]) -> list[T]:
    """The first limit items of items whose key was not seen before, in order."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
            if len(out) >= limit:
                break
    return out


class Tallies:
    """The tallies of a run or of part of it (what a worker process sends back)."""

    def __init__(self) -> None:
        self._by_signature: dict[Signature, Tally] = {}
        self.mentions = 0

    def __len__(self) -> int:
        return len(self._by_signature)

    def add_document(self, number: int, mentions: Iterable[Mention]) -> None:
        """Fold in the mentions of document number (in the order the extractors found them)."""
        table = self._by_signature
        for k, mention in enumerate(mentions):
            key = signature(mention)
            tally = table.get(key)
            if tally is None:
                tally = table[key] = Tally(mention, (number, k))
            tally.add(mention, (number, k))
            mention.release()
            self.mentions += 1

    def merge(self, other: Tallies) -> None:
        """Fold in the tallies of another part of the run."""
        table = self._by_signature
        for key, tally in other._by_signature.items():
            mine = table.get(key)
            if mine is None:
                table[key] = tally
            else:
                mine.absorb(tally)
        self.mentions += other.mentions

    def ordered(self) -> list[Tally]:
        """Every tally, by the position of its first mention."""
        return sorted(self._by_signature.values(), key=lambda t: t.first)

    def __iter__(self) -> Iterator[Tally]:
        return iter(self.ordered())


def tally(mentions: Iterable[Mention]) -> Tallies:
    """The tallies of one list of mentions, taken as one document."""
    out = Tallies()
    out.add_document(0, mentions)
    return out
