"""Sets of text spans asked "does anything here overlap / contain this?" once per name found: kept so
that each question costs the few spans near it, not all of them (a text with 100,000 names would
otherwise be checked in time quadratic in its names).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

_BUCKET = 64  # characters per bucket: a name spans one or two buckets


class SpanSet:
    """Character spans [start, end) of one text, growing while it is asked."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}

    def add(self, start: int, end: int) -> None:
        for bucket in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            self._buckets.setdefault(bucket, []).append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span s, e with s < end and start < e is in the set (an empty span counts too)."""
        # Both spans cover the characters [s, max(s, e - 1)]: two that overlap share a bucket.
        buckets = self._buckets
        for bucket in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            for s, e in buckets.get(bucket, ()):
                if s < end and start < e:
                    return True
        return False


class Containers:
    """Fixed spans with sortable ends (such as (path, line, column)): which of them contain a span."""

    def __init__(self, spans: Iterable[tuple[Any, Any]]) -> None:
        ordered = sorted(spans, key=lambda span: span[0])
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans starting at or before each one: a span starting no later
        # than x contains [x, y) exactly when the furthest of their ends reaches y.
        self._reach: list[Any] = []
        for _, end in ordered:
            self._reach.append(end if not self._reach or self._reach[-1] < end else self._reach[-1])

    def contain(self, start: Any, end: Any) -> bool:
        """Whether some span [s, e] has s <= start and end <= e."""
        at = bisect.bisect_right(self._starts, start)
        return at > 0 and end <= self._reach[at - 1]


_QUOTE_OR_BREAK = re.compile('[\n"“”]')


class Quotes:
    """Where a text's line breaks and double quotes are, to tell whether an offset is inside a
    quotation on its line without counting the quotes from the line's start each time."""

    def __init__(self, text: str) -> None:
        self._breaks: list[int] = []
        self._quotes: list[int] = []
        for match in _QUOTE_OR_BREAK.finditer(text):
            (self._breaks if match.group() == "\n" else self._quotes).append(match.start())

    def inside(self, offset: int) -> bool:
        """Whether an odd number of quotes stand between the start of offset's line and offset."""
        before = bisect.bisect_left(self._breaks, offset)
        line_start = self._breaks[before - 1] + 1 if before else 0
        quotes = bisect.bisect_left(self._quotes, offset) - bisect.bisect_left(self._quotes, line_start)
        return quotes % 2 == 1
