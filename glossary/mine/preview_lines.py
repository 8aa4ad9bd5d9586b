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

# A preview: a title of 2 to 61 characters, a line break or a full stop and blanks, "The" and blanks
# perhaps, the title again, blanks and "(" or ",". Either the title is alone on its line and repeated
# at the next line's start (after "the"), or its repeat is on the same line, after a run of blanks
# that starts at most 62 characters from the line's start (a title of 61 and a full stop), and "the"
# and blanks perhaps. The title opens with a letter: a-z or beyond ASCII (a wide class, but one `re`
# builds without a big-range character set). On the same line, the repeat holds the line's first
# word and, when the title is longer, the character after it and the next word; then, before any
# bracket or line break, a "(" or "," (the title's own comma perhaps) after the rest of the title and
# blanks. A run of blanks is read whole (possessive): what follows a title's blanks is a letter.
_WORD = r"[^\n()\[\]. \t]"


def _tight(blanks: str) -> LazyPattern:
    return LazyPattern(
        r"\n(?P<first>[^\x00-\x60\x7b-\x7f])(?:"
        r"(?=(?P<line>[^\n]{1,60}+)\n(?:the[ \t]+)?(?P=first)(?P=line)[ \t]*[(,])"
        rf"|(?=(?P<word>{_WORD}*+)(?=(?P<gap>[. \t]?)(?P<next>{_WORD}*+))"
        rf"(?:{blanks})[ \t]*+(?:the[ \t]++|)"
        r"(?P=first)(?P=word)(?:[ \t]*[(,]|(?P=gap)(?P=next)[^\n()\[\],]*+[(,])))"
    )


# The run of blanks found by its first blank, or by any blank in it; a page without tabs needs no
# test for one (the engine finds a literal character after a stretch quickly).
_TIGHT = _tight(r"[^\n]{0,62} ")
_TIGHT_TABS = _tight(r"[^\n]{0,62} |[^\n]{0,62}\t")

# A page with a final sigma, whose lower-case copy the pattern may read otherwise: the line test the
# preview reader made in Python until round 37 (subject_names._previews): a line of two characters
# or more whose first two come again after a blank within _REPEAT_REACH of its start, or that holds
# a tab or eight blanks in a row within that reach, or that is at most 61 characters long with the
# next line opening with its first two or with "the".
_REPEAT_REACH = 132
_LINE_TEST = LazyPattern(
    r"\n(?=([^\n]{2}))(?:(?=[^\n]{2,61}+\n(?:\1|the))"
    rf"|(?=[^\n]{{1,{_REPEAT_REACH - 3}}} \1)"
    rf"|(?=[^\n]{{0,{_REPEAT_REACH - 1}}}\t)"
    rf"|(?=[^\n]{{0,{_REPEAT_REACH - 8}}}  {{7}}))"
)


def preview_lines(lower: str) -> Iterator[int]:
    """The start of each line of `lower` (a page's lower-case text, as long as the page) where the
    preview pattern may match, in order: every line where it matches is among them (on a page with a
    final sigma, the lines the old test gave)."""
    if "ς" in lower:
        scan = _LINE_TEST
    else:
        scan = _TIGHT_TABS if "\t" in lower else _TIGHT
    # A newline before the page makes its first line one like the others; each match is that
    # line's newline, at the line's own start in the page.
    for match in scan.finditer("\n" + lower):
        yield match.start()
