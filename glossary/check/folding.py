"""Matching keys for the checker: a fold that keeps one character per character, and the way back.

text.fold() collapses spaces and may change a string's length; the checker must point at the
exact characters it matched, so it folds with a table that maps every character to exactly one
(letters to their bare lower-case form, punctuation and line breaks to a space), then collapses runs
of spaces while remembering where, so any offset maps back to the text. Punctuation a name cannot
cross (a comma, a blank line) is checked on the matched text afterwards: see crosses_barrier().
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from itertools import accumulate, repeat
from operator import add, sub

# A name never spans these unless its own form has them ("Educational, Scientific").
_BARRIER_CHARS = ',;:!?()[]{}"<>|\\/“”«»‹›„‟…·•\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f'
# A name may span these (initials, hyphenated names, possessives): they fold to a space.
_SPACE_CHARS = ".-'’‘`´_~*#+=&@%$^\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u200b\u2009\u202f\u2007"
_WHITESPACE = " \t\r\v\f\x85\u2028\u2029\u3000\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u205f"


def _strip(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        folded = _strip(char)
        if len(folded) == 1 and folded.isascii() and folded.isalpha() and folded != char:
            table[code] = folded
    table[ord("đ")] = table[ord("Đ")] = "d"
    for char in _SPACE_CHARS + _WHITESPACE:
        table[ord(char)] = " "
    for code in range(0x21, 0x7F):
        char = chr(code)
        if not char.isalnum() and code not in table:
            table[code] = " "
    for char in _BARRIER_CHARS + "\n":
        table[ord(char)] = " "
    return table


FOLD_TABLE = _build_table()
# The same fold for ASCII text as a bytes table: bytes.translate is many times faster than str's.
_ASCII_TABLE = bytes(ord(FOLD_TABLE.get(code, chr(code))) for code in range(128)) + bytes(range(128, 256))


def fold_text(text: str) -> str:
    """text folded with FOLD_TABLE, character for character.

    The ASCII majority goes through bytes.translate (many times faster than str.translate); the
    non-ASCII runs between go through the table by a codec error handler, one call per run. A
    character the table leaves outside ASCII (another script: 越, ə, °) comes out of the handler as
    NUL and is put back from the text afterwards: the fold keeps every offset, so it is at the same
    offset there.
    """
    folded = text.encode("ascii", errors=_FOLD_ERRORS).translate(_ASCII_TABLE).decode("ascii")
    if "\x00" not in folded:
        return folded
    parts = folded.split("\x00")
    out = [parts[0]]
    at = len(parts[0])
    for part in parts[1:]:
        out.append(text[at])
        out.append(part)
        at += 1 + len(part)
    return "".join(out)


def _fold_errors(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    folded = error.object[error.start : error.end].translate(FOLD_TABLE)
    if not folded.isascii():
        folded = "".join(c if c.isascii() else "\x00" for c in folded)
    return folded, error.end


_FOLD_ERRORS = "glossary-check-fold"
codecs.register_error(_FOLD_ERRORS, _fold_errors)

_BARRIERS = frozenset(_BARRIER_CHARS)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# Runs of two spaces or more, captured: split() gives the pieces and the runs between, in turn.
_SPACES = re.compile(r"( {2,})")


def fold_key(form: str) -> str:
    """The matching key of a glossary form: folded with the same table as texts, one space, no edges."""
    return " ".join(unicodedata.normalize("NFC", form).translate(FOLD_TABLE).split())


def fold_keys(forms: list[str]) -> list[str]:
    """fold_key of many forms at once (one normalize and one translate over all of them)."""
    if not forms:
        return []
    joined = unicodedata.normalize("NFC", "\x00".join(forms)).translate(FOLD_TABLE)
    return [" ".join(part.split()) for part in joined.split("\x00")]


def family_key(form: str) -> str:
    """The key spellings of one name share: folded, spaces dropped ("Hà Nội", "Ha Noi", "Hanoi")."""
    return fold_key(form).replace(" ", "")


def has_blank_line(text: str) -> bool:
    """Whether text runs across a blank line (the end of a paragraph or of an HTML block)."""
    return "\n" in text and _BLANK_LINE.search(text) is not None


def crosses_barrier(found: str, form: str) -> bool:
    """Whether text matched by form's key runs across punctuation the form lacks, or a blank line."""
    if "\n" in found and _BLANK_LINE.search(found):
        return True
    extra = _BARRIERS.intersection(found)
    return bool(extra) and not extra <= set(form)


class Folded:
    """A text folded for matching: one leading space, spaces collapsed; offsets map back to the text."""

    __slots__ = ("text", "_sites", "_removed")

    def __init__(self, text: str) -> None:
        folded = " " + fold_text(text)
        parts = _SPACES.split(folded)
        if len(parts) == 1:
            self.text, self._sites, self._removed = folded, [], []
            return
        pieces, runs = parts[::2], parts[1::2]
        # Where each piece after a collapsed run starts in the collapsed text, and how many
        # characters were dropped before it: running sums, worked out by C iterators.
        self._sites = list(accumulate(map(add, map(len, pieces[:-1]), repeat(1))))
        self._removed = list(accumulate(map(sub, map(len, runs), repeat(1))))
        self.text = " ".join(pieces)

    def to_source(self, offset: int) -> int:
        """The offset in the original text of folded offset (the leading space is offset -1)."""
        i = bisect.bisect_right(self._sites, offset) - 1
        return offset + (self._removed[i] if i >= 0 else 0) - 1

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The text's [start, end) of the folded [start, end) (end > start: a span of letters)."""
        sites, removed = self._sites, self._removed
        i = bisect.bisect_right(sites, start) - 1
        j = bisect.bisect_right(sites, end - 1, i + 1 if i >= 0 else 0) - 1
        return start + (removed[i] if i >= 0 else 0) - 1, end + (removed[j] if j >= 0 else 0) - 1
