"""Web addresses in a text: a domain's labels are no name forms ("Website | Mongcai.Quangninh.gov.vn |"
gives neither "Mongcai" nor "Quangninh", whatever place the labels spell).

The name runs stop at a full stop, so each capitalised label of an address would be read as a name of
its own. The addresses are found by a literal scan for their commonest endings, each hit then checked
as one blank-free token that is a host name (perhaps with a scheme, a path, or a full stop after it).
The endings are looked up in the page's shared cue-word scan (mentions.literal_hits: one automaton
pass for the cue words of every reader) instead of one str.find pass over the page per ending.
"""

from __future__ import annotations

import re

from ..mentions import literal_hits

# The endings looked for (in the lower-cased text): country and generic top-level domains a page on
# Vietnam writes ("quangninh.gov.vn", "vietnamairlines.com", "unesco.org").
_ENDINGS = (".vn", ".com", ".org", ".net", ".gov", ".edu", ".int")
# Each ending's length by its first letter (no two share one, and each opens with the only full stop
# it holds: one ending is found at each hit, and no two hits overlap).
_SIZES = {ending[1]: len(ending) for ending in _ENDINGS}
# One host name, its labels joined by full stops, ending in one of the endings written in lower case
# (a capital after a full stop is a sentence run on: "in Hanoi.Com Lake"); a scheme before it and
# a path after it allowed, and the punctuation that may close it in text.
_ADDRESS = re.compile(
    r"(?:[a-z]+://)?(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:vn|com|org|net|gov|edu|int)(?:\.[a-z]{2})?"
    r"(?:[/?#][^\s|]*)?[.,;:)\]]*"
)
# What bounds a token on either side.
_BLANKS = " \t\n|(\"“”'"


def address_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """The (start, end) of each web address in text (lower: the text in lower case, same offsets)."""
    hits = literal_hits(lower, _ENDINGS)
    if not hits:
        return []
    if hits[0] == 0:
        # An ending opening the text: the str.find loop this replaces (one per ending, while the
        # hit is past 0) stopped there, so that ending's later hits were never read either.
        first = next(ending for ending in _ENDINGS if lower.startswith(ending))
        hits = [at for at in hits if not lower.startswith(first, at)]
    found: set[tuple[int, int]] = set()
    size = len(lower)
    for at in hits:
        end = at + _SIZES[lower[at + 1]]
        if end == size or not lower[end].isalnum():
            start = at
            while start > 0 and text[start - 1] not in _BLANKS:
                start -= 1
            stop = end
            while stop < len(text) and text[stop] not in _BLANKS:
                stop += 1
            if start < at and _ADDRESS.fullmatch(text, start, stop):
                found.add((start, stop))
    return sorted(found)
