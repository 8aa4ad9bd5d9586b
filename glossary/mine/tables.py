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

from glossary.text import fold
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .documents import Document
from .mentions import Mention
from .phrases import Phrase, gloss_mention, is_en, is_title_case, is_vi

_CITATION = re.compile(r"\[\d+\]|\[citation needed\]")
_SEPARATOR = re.compile(r"[ \t]*(?:-{2,}\|)+[ \t]*")
_MAX_VI_WORDS = 5
_MAX_EN_WORDS = 4
# Rows a table needs before its columns are judged, and the share of them a column must pass.
_MIN_ROWS = 3
_COLUMN_SHARE = 2 / 3

Cell = Phrase


def _table_rows(text: str) -> list[list[list[Cell]]]:
    """The tables of the text: runs of consecutive lines ending with " |", each line cut into its
    cells, all lines of a run with the same number of cells ("---|---|" lines skipped)."""
    tables: list[list[list[Cell]]] = []
    current: list[list[Cell]] = []
    last_end = -1
    end = text.find(" |\n")
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        previous = text.rfind("\n", 0, start - 1) + 1 if start else 0
        joined = last_end >= 0 and (last_end == start - 1 or _SEPARATOR.fullmatch(text, previous, start - 1))
        cells = _cells(text, start, end)
        if not joined or not current or len(current[0]) != len(cells):
            if len(current) >= _MIN_ROWS:
                tables.append(current)
            current = []
        current.append(cells)
        last_end = end + 2
        end = text.find(" |\n", end + 3)
    if len(current) >= _MIN_ROWS:
        tables.append(current)
    return [t for t in tables if len(t[0]) >= 2]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells = []
    pos = start
    while pos < end:
        bar = text.find("|", pos, end)
        bar = end if bar < 0 else bar
        raw = text[pos:bar]
        stripped = _CITATION.sub("", raw).strip()
        offset = pos + raw.find(stripped[:1]) if stripped else pos
        cells.append(Phrase(stripped, offset, offset + len(stripped)))
        pos = bar + 1
    return cells


def _vi_cell(cell: Cell) -> bool:
    words = cell.words
    return (
        has_vi_letters(cell.text)
        and 1 <= len(words) <= _MAX_VI_WORDS
        and all(w.isalpha() for w in words)
        and is_vi(cell)
        and not is_en(cell)
        and not is_title_case(words)  # "Phạm Minh Chính": a person's name, no term
    )


def _en_cell(cell: Cell) -> bool:
    words = cell.words
    return (
        1 <= len(words) <= _MAX_EN_WORDS
        and all(w.isalpha() for w in words)
        and not has_vi_letters(cell.text)
        and is_en(cell)
        and not gazetteer.is_place(cell.text)
    )


def extract_tables(doc: Document) -> Iterator[Mention]:
    """Every gloss pair a table row gives."""
    text = doc.text
    if " |\n" not in text:
        return
    for rows in _table_rows(text):
        width = len(rows[0])
        need = _COLUMN_SHARE * len(rows) - 1  # the header row may fail every test
        vi_counts = [sum(_vi_cell(row[c]) for row in rows) for c in range(width)]
        vi_column = max(range(width), key=lambda c: vi_counts[c])
        if vi_counts[vi_column] < max(need, 2):
            continue
        english = [
            c
            for c in range(width)
            if c != vi_column and sum(_en_cell(row[c]) for row in rows) >= max(need, 2)
        ]
        if not english:
            continue
        en_column = min(english, key=lambda c: (abs(c - vi_column), c))
        rendered = [row[en_column].text.lower() for row in rows if _en_cell(row[en_column])]
        if len(set(rendered)) < len(rendered):
            continue  # "Preceded by | Tô Lâm |" twice: an infobox's field names, no renderings
        for row in rows:
            vi, en = row[vi_column], row[en_column]
            if _vi_cell(vi) and _en_cell(en) and fold(vi.text) != fold(en.text):
                yield gloss_mention(doc, vi, en, 0.6)
