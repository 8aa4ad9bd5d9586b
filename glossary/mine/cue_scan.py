"""Finding a case-insensitive cue pattern fast: its cue words are found by literal scans of the
lower-cased text and the pattern is tried only where a match can start. Shared by the gloss cue
readers (meaning_cues.py, known_as_pairs.py) and the former-name cues (renames.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .mentions import literal_hits

# The characters IGNORECASE matches to an ASCII letter although lower() does not map them onto it
# (long s, dotless i, dotted capital I; a test checks the list): a text holding one is searched
# the slow way (see find_cue).
CASE_ODDITIES = frozenset("\u017f\u0131\u0130")
# In the lower-cased text: "\u0130" lower-cases to two characters (the lengths differ), the other
# two to themselves, and no other character lower-cases to either (a test checks it).
_LOWER_ODDITIES = ("\u017f", "\u0131")


_LETTER = re.compile(r"[^\W\d_]")


def find_cue(text: str, lower: str, cue: re.Pattern[str], anchor: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of cue.finditer(text), found faster.

    A case-insensitive pattern that may start anywhere makes the regex engine try every position of
    the text; instead the cue words (anchor) are found in the lower-cased text by literal scans and
    the pattern is tried only where a match can start: at the cue word or at the word before it
    ("also known as", "which means").
    """
    if not _case_plain(text, lower):
        yield from cue.finditer(text)
        return
    end = 0
    for pos in literal_hits(lower, anchor):
        if pos < end:
            continue
        gap = pos
        while gap > end and text[gap - 1].isspace():
            gap -= 1
        lead = gap
        while lead > end and _LETTER.match(text, lead - 1):
            lead -= 1
        for start in (lead, pos) if lead < gap < pos else (pos,):
            match = cue.match(text, start)
            if match is not None:
                end = match.end()
                yield match
                break


def _case_plain(text: str, lower: str) -> bool:
    """Whether lower (text.lower()) maps text letter for letter and text holds none of the
    CASE_ODDITIES: found by the literal scan of lower that every cue reader shares (two more
    words in its one automaton), not by scans of the text per reader."""
    return len(lower) == len(text) and not literal_hits(lower, _LOWER_ODDITIES)
