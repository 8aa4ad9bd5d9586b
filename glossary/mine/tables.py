"""Tables whose rows pair a Vietnamese cell with an English one: "Rat | Tý | Welcomed as ... |".

Wiki mirrors flatten a table into lines of cells ending with " |". When one column of a table holds
Vietnamese terms (diacritics, the lexicon's syllables) and another short English words, each row
gives a gloss pair. Which column is which is decided per column by the lexicon over all its rows,
never by the header's words: a header row simply fails the test like any other non-pair row. A
description column (a sentence per row) is too long to be a rendering; when several columns hold
short English, the one nearest the Vietnamese column is its rendering. Not pairs: people's names
(a flattened infobox's "Prime Minister | Phạm Minh Chính |"), and a column that repeats a cell is
a column of field names ("Preceded by" in each office).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.text import fold
from glossary.vietnamese import VI_LETTER

from . import gazetteer
from .documents import Document
from .mentions import Mention
from .phrases import Phrase, gloss_mention, is_en, is_title_case, is_vi
from .spaced_tables import extract_spaced_tables

_CITATION = re.compile(r"\[\d+\]|\[citation needed\]")
_SEPARATOR = re.compile(r"[ \t]*(?:-{2,}\|)+[ \t]*")
_MAX_VI_WORDS = 5
_MAX_EN_WORDS = 4
# Rows a table needs before its columns are judged, and the share of them a column must pass.
_MIN_ROWS = 3
_COLUMN_SHARE = 2 / 3


class _Row:
    """One line of a table: where it starts and its cells' raw text (offsets worked out only for
    the cells that make a pair)."""

    __slots__ = ("start", "raw", "cells")

    def __init__(self, start: int, raw: list[str]) -> None:
        self.start = start
        self.raw = raw
        self.cells = [(_CITATION.sub("", cell) if "[" in cell else cell).strip() for cell in raw]

    def phrase(self, column: int) -> Phrase:
        offset = self.start + sum(len(cell) + 1 for cell in self.raw[:column])
        raw, text = self.raw[column], self.cells[column]
        begin = offset + raw.find(text[:1]) if text else offset
        return Phrase(text, begin, begin + len(text))


def _table_rows(text: str) -> list[list[_Row]]:
    """The tables of the text: runs of consecutive lines ending with " |", each line cut into its
    cells, all lines of a run with the same number of cells ("---|---|" lines skipped)."""
    tables: list[list[_Row]] = []
    current: list[_Row] = []
    last_end = -1
    end = text.find(" |\n")
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        joined = last_end == start - 1
        if not joined and last_end >= 0:
            previous = text.rfind("\n", 0, start - 1) + 1
            joined = previous == last_end + 1 and _SEPARATOR.fullmatch(text, previous, start - 1) is not None
        row = _Row(start, text[start:end].split("|"))
        if not joined or not current or len(current[0].raw) != len(row.raw):
            if len(current) >= _MIN_ROWS:
                tables.append(current)
            current = []
        current.append(row)
        last_end = end + 2
        end = text.find(" |\n", end + 3)
    if len(current) >= _MIN_ROWS:
        tables.append(current)
    return [t for t in tables if len(t[0].raw) >= 2]


def _marked(cell: str) -> bool:
    return VI_LETTER.search(cell) is not None


@lru_cache(maxsize=16384)
def _vi_cell(cell: str) -> bool:
    phrase = Phrase(cell, 0, len(cell))
    words = phrase.words
    return (
        1 <= len(words) <= _MAX_VI_WORDS
        and all(w.isalpha() for w in words)
        and is_vi(phrase)
        and not is_en(phrase)
        # "Phạm Minh Chính": a person's name, no term (a cell in capitals says nothing of names).
        and not (is_title_case(words) and not cell.isupper())
    )


@lru_cache(maxsize=16384)
def _en_cell(cell: str) -> bool:
    phrase = Phrase(cell, 0, len(cell))
    words = phrase.words
    return (
        1 <= len(words) <= _MAX_EN_WORDS
        and all(w.isalpha() for w in words)
        and is_en(phrase)
        and not gazetteer.is_place(cell)
    )


def extract_tables(doc: Document) -> Iterator[Mention]:
    """Every gloss pair a table row gives."""
    yield from extract_spaced_tables(doc)
    text = doc.text
    if " |\n" not in text:
        return
    for rows in _table_rows(text):
        width = len(rows[0].raw)
        need = max(_COLUMN_SHARE * len(rows) - 1, 2)  # the header row may fail every test
        # Diacritics first (a cheap test): most tables hold no Vietnamese column at all.
        marked = [sum(_marked(row.cells[c]) for row in rows) for c in range(width)]
        vi_counts = [
            sum(_vi_cell(row.cells[c]) for row in rows if _marked(row.cells[c])) if marked[c] >= need else 0
            for c in range(width)
        ]
        vi_column = max(range(width), key=lambda c: vi_counts[c])
        if vi_counts[vi_column] < need:
            continue
        en_counts = [
            sum(not _marked(row.cells[c]) and _en_cell(row.cells[c]) for row in rows) for c in range(width)
        ]
        english = [c for c in range(width) if c != vi_column and en_counts[c] >= need]
        if not english:
            continue
        en_column = min(english, key=lambda c: (abs(c - vi_column), c))
        pairs = [
            row
            for row in rows
            if _marked(row.cells[vi_column])
            and _vi_cell(row.cells[vi_column])
            and not _marked(row.cells[en_column])
            and _en_cell(row.cells[en_column])
        ]
        rendered = [row.cells[en_column].lower() for row in rows if _en_cell(row.cells[en_column])]
        if len(set(rendered)) < len(rendered):
            continue  # "Preceded by | Tô Lâm |" twice: an infobox's field names, no renderings
        for row in pairs:
            vi, en = row.phrase(vi_column), row.phrase(en_column)
            if fold(vi.text) != fold(en.text):
                yield gloss_mention(doc, vi, en, 0.6)
