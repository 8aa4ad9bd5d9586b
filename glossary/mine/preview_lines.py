"""The lines of a page where a run-in link preview can start (subject_names._PREVIEW), found by one
scan of the page's lower-case copy instead of a test of each line in Python (about 20,000 lines per
2 MB) and the preview pattern's lazy title tried at thousands of them.

Why the lower-case copy will do: the pattern ignores case, and `re` then compares every character
through its own lower case (`_sre.unicode_tolower`), which is what `str.lower` gives for every
character that stays one character, but for a capital sigma at a word's end ("ς"). So on a page as
long in lower case and without "ς" there, the pattern sees the same characters in either copy, and
its title's repeat is the same lower-case text.
"""

from __future__ import annotations

from collections.abc import Iterator

from .lazy_patterns import LazyPattern

# A page without a tab or a run of eight blanks, a preview (a title of 2 to 61 characters, a line
# break or a full stop and blanks, "The" and blanks perhaps, the title again, blanks and "(" or ",")
# has either the title alone on its line, repeated at the next line's start (after "the"), or its
# repeat on the same line after a blank at most 78 characters from the line's start (61 + 1 + 7 + 3
# + 7 - 1). The title opens with a letter: a-z or beyond ASCII (a wide class, but one `re` builds
# without a big-range character set). On the same line, the repeat holds the line's first word and,
# when the title is longer, the character after it and the next word; then, before any bracket or
# line break, a "(" or "," (the title's own comma perhaps) within the rest of the title and blanks.
_WORD = r"[^\n()\[\]. \t]"
_TIGHT = LazyPattern(
    r"\n(?P<first>[^\x00-\x60\x7b-\x7f])(?:"
    r"(?=(?P<line>[^\n]{1,60}+)\n(?:the[ \t]+)?(?P=first)(?P=line)[ \t]*[(,])"
    rf"|(?=(?P<word>{_WORD}*+)(?=(?P<gap>[. \t]?)(?P<next>{_WORD}*+))"
    r"[^\n]{0,78} (?P=first)(?P=word)(?:[ \t]*[(,]|(?P=gap)(?P=next)[^\n()\[\],]{0,67}+[(,])))"
)

# Other pages, with a tab, a run of eight blanks or a final sigma: the line test the preview reader
# made in Python until round 37 (subject_names._previews): a line of two characters or more whose
# first two come again after a blank within _REPEAT_REACH of its start, or that holds a tab or eight
# blanks in a row within that reach, or that is at most 61 characters long with the next line
# opening with its first two or with "the".
_REPEAT_REACH = 132
_SHORT = r"(?=[^\n]{2,61}+\n(?:\1|the))"
_REPEAT = rf"(?=[^\n]{{1,{_REPEAT_REACH - 3}}} \1)"
_TAB = rf"(?=[^\n]{{0,{_REPEAT_REACH - 1}}}\t)"
_WIDE = rf"(?=[^\n]{{0,{_REPEAT_REACH - 8}}}  {{7}})"
_LINE_TESTS = {
    (tab, wide): LazyPattern(
        r"\n(?=([^\n]{2}))(?:"
        + "|".join([_SHORT, _REPEAT, *([_TAB] if tab else []), *([_WIDE] if wide else [])])
        + ")"
    )
    for tab in (False, True)
    for wide in (False, True)
}


def preview_lines(lower: str) -> Iterator[int]:
    """The start of each line of `lower` (a page's lower-case text, as long as the page) where the
    preview pattern may match, in order: every line where it matches is among them (on a page with a
    tab, eight blanks in a row or a final sigma, the lines the old test gave)."""
    tab, wide = "\t" in lower, "        " in lower
    scan = _LINE_TESTS[tab, wide] if tab or wide or "ς" in lower else _TIGHT
    # A newline before the page makes its first line one like the others; each match is that
    # line's newline, at the line's own start in the page.
    for match in scan.finditer("\n" + lower):
        yield match.start()
