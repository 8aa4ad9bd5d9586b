"""Tables flattened with single spaces between their cells, under a header row that names a term
column and a meaning column:

    Term Reciprocal Literal meaning Non-kinship usage Note
    cha con father a priest Many other terms are used ...
    chị em older sister an older woman of the same generation ...

No cell boundary survives, so a row is read by what its words are: the row opens with the
Vietnamese cells (Vietnamese syllables, with the lists' "or", commas and "etc."), the meaning cell
follows in English. The term is the row's first word when the header has another column between
the term and the meaning (the Vietnamese run then holds both cells), else the whole run. The
meaning cell ends where the next cell starts: an article opening a description ("a priest", "an
older woman"), a list's semicolon or "or", a Vietnamese word, or its fourth word. A row whose first
cell is a list ("cháu or con grandmother": its term cell was lost) is no row, and a term written as
the term of two rows is read from its first row only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters

from .documents import Document
from .mentions import Mention
from .phrases import Phrase, gloss_mention

# A header row: a term column first, a meaning column later, a few words in all.
# Matched only where a line opens with a term column's name (found by a literal scan).
_HEADER = re.compile(
    r"(?P<header>(?:Term|Word|Vietnamese)\b[^\n]{0,60}?\b(?:[Mm]eaning|English|Translation|Gloss)\b[^\n]{0,60})\n"
)
_TERM_COLUMNS = ("Term ", "Word ", "Vietnamese ")
_OPENING = re.compile(r"\n(?=Term |Word |Vietnamese )")
_MAX_ROWS = 40
_MAX_MEANING = 4
_LIST_WORDS = frozenset({"or", "etc.", "etc"})
_ARTICLES = frozenset({"a", "an", "the"})
_WORD = re.compile(r"\S+")


def _vietnamese_word(word: str) -> bool:
    core = word.strip(",;.")
    return bool(core) and (word in _LIST_WORDS or (core.isalpha() and core.islower() and is_syllable(core)))


def _english_word(word: str) -> bool:
    core = word.strip(",;.").replace("'", "").replace("’", "")
    return core.isalpha() and core.isascii()


def _headers(text: str) -> Iterator[re.Match[str]]:
    """The header rows of text: lines opening with a term column's name (one scan for the line
    breaks before those names, in C)."""
    starts = [0] if text.startswith(_TERM_COLUMNS) else []
    starts += [opening.end() for opening in _OPENING.finditer(text)]
    for start in starts:
        header = _HEADER.match(text, start)
        if header is not None:
            yield header


def extract_spaced_tables(doc: Document) -> Iterator[Mention]:
    """Every term and meaning a single-spaced table's rows give."""
    text = doc.text
    for header in _headers(doc.text):
        columns = header.group("header").split()
        if len(columns) > 12:
            continue
        meaning_at = next(
            i for i, w in enumerate(columns) if w.lower() in ("meaning", "english", "translation", "gloss")
        )
        # "Literal meaning": a meaning column's name in lower case opens with the word before it.
        name_at = meaning_at - 1 if columns[meaning_at].islower() and meaning_at >= 1 else meaning_at
        two_cells = name_at >= 2  # a column between the term and the meaning
        seen: set[str] = set()
        pos = header.end()
        for _ in range(_MAX_ROWS):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _row(doc, pos, end, two_cells)
            if row is None:
                break
            vi, en = row
            if vi.text not in seen:
                seen.add(vi.text)
                yield gloss_mention(doc, vi, en, 0.6)
            if end >= len(text):
                break
            pos = end + 1


def _row(doc: Document, start: int, end: int, two_cells: bool) -> tuple[Phrase, Phrase] | None:
    """(term, meaning) of one row, or None when the line is no row of the table."""
    words = list(_WORD.finditer(doc.text, start, end))
    run = 0
    while run < len(words) and _vietnamese_word(words[run].group()):
        run += 1
    if run == 0 or run == len(words) or words[run - 1].group() == "or":
        return None
    if two_cells and run >= 2 and words[1].group() in _LIST_WORDS:
        return None  # "cháu or con niece": the first cell is a list, the row's term cell was lost
    term = words[0] if two_cells and run >= 2 else None
    if term is None:
        if run > 3:
            return None
        first, last = words[0], words[run - 1]
    else:
        first = last = term
    if first.group().strip(",;.") != first.group() or last.group().endswith((",", ";")):
        return None
    meaning: list[re.Match[str]] = []
    for word in words[run : run + _MAX_MEANING]:
        token = word.group()
        if meaning and (token in _ARTICLES or token in _LIST_WORDS):
            break
        if has_vi_letters(token) or not _english_word(token):
            break
        meaning.append(word)
        if token.endswith((";", ",")):
            break
    if not meaning:
        return None
    en_start, en_end = meaning[0].start(), meaning[-1].end()
    en_text = doc.text[en_start:en_end].rstrip(";,")
    vi_text = doc.text[first.start() : last.end()]
    return (
        Phrase(vi_text, first.start(), last.end()),
        Phrase(en_text, en_start, en_start + len(en_text)),
    )
