"""The words next to a span of text, found by stepping over characters (cheaper than a regex search
backwards): the neighbours the near-miss and consistency checks look at."""

from __future__ import annotations

_BLANKS = " \t"


def word_before(text: str, end: int, *, line_breaks: int = 1) -> tuple[int, int] | None:
    """(start, end) of the word that ends before text[end], with only blanks (and at most
    line_breaks line breaks) between; None when punctuation or the start of the text comes first."""
    i = end
    breaks = 0
    while i > 0 and (text[i - 1] in _BLANKS or text[i - 1] in "\r\n"):
        if text[i - 1] == "\n":
            breaks += 1
            if breaks > line_breaks:
                return None
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return (j, i) if j < i else None


def word_after(text: str, start: int, *, line_breaks: int = 1) -> tuple[int, int] | None:
    """(start, end) of the word that begins after text[start], with only blanks (and at most
    line_breaks line breaks) between; None when punctuation or the end of the text comes first."""
    i = start
    size = len(text)
    breaks = 0
    while i < size and (text[i] in _BLANKS or text[i] in "\r\n"):
        if text[i] == "\n":
            breaks += 1
            if breaks > line_breaks:
                return None
        i += 1
    j = i
    while j < size and text[j].isalpha():
        j += 1
    return (i, j) if i < j else None
