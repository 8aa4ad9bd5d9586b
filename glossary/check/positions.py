"""Where each character of a decoded PO string sits in the file, stored as runs, not per character.

A quoted string's characters are mostly one file character each ("a"), some an escape of two
("\\n"), a few several numeric escapes ("\\303\\264"); a run of equal widths is one triple, so a
50 MB msgid costs a few numbers, where lists of offsets per character cost gigabytes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Positions:
    """The file offsets (start, end) of each character of a decoded string, by character index."""

    __slots__ = ("_first", "_at", "_width", "_size")

    def __init__(self) -> None:
        self._first: list[int] = []  # the character index where each run begins
        self._at: list[int] = []  # the file offset of that character
        self._width: list[int] = []  # file characters per decoded character in the run
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, start: int, width: int, count: int = 1) -> None:
        """count characters, the first at file offset start, each width file characters wide."""
        if count <= 0:
            return
        if self._first and self._width[-1] == width:
            run_end = self._at[-1] + (self._size - self._first[-1]) * width
            if run_end == start:  # goes on the last run
                self._size += count
                return
        self._first.append(self._size)
        self._at.append(start)
        self._width.append(width)
        self._size += count

    def _run(self, index: int) -> int:
        if not 0 <= index < self._size:
            raise IndexError(index)
        return bisect_right(self._first, index) - 1

    def start(self, index: int) -> int:
        """Where character index begins in the file."""
        run = self._run(index)
        return self._at[run] + (index - self._first[run]) * self._width[run]

    def end(self, index: int) -> int:
        """Where character index ends in the file (the offset after it)."""
        run = self._run(index)
        return self._at[run] + (index - self._first[run] + 1) * self._width[run]

    @classmethod
    def joined(cls, parts: Iterable[Positions]) -> Positions:
        """The positions of strings one after another (a field's literals as one text)."""
        out = cls()
        for part in parts:
            for run, first in enumerate(part._first):
                following = part._first[run + 1] if run + 1 < len(part._first) else part._size
                out.add(part._at[run], part._width[run], following - first)
        return out
