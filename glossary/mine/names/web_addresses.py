"""Web addresses in a text: a domain's labels are no name forms ("Website | Mongcai.Quangninh.gov.vn |"
gives neither "Mongcai" nor "Quangninh", whatever place the labels spell).

The name runs stop at a full stop, so each capitalised label of an address would be read as a name of
its own. The addresses are found by a literal scan for their commonest endings, each hit then checked
as one blank-free token that is a host name (perhaps with a scheme, a path, or a full stop after it).
"""

from __future__ import annotations

import re

# The endings looked for (in the lower-cased text): country and generic top-level domains a page on
# Vietnam writes ("quangninh.gov.vn", "vietnamairlines.com", "unesco.org").
_ENDINGS = (".vn", ".com", ".org", ".net", ".gov", ".edu", ".int")
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
    found: set[tuple[int, int]] = set()
    for ending in _ENDINGS:
        at = lower.find(ending)
        while at > 0:
            end = at + len(ending)
            if end == len(lower) or not lower[end].isalnum():
                start = at
                while start > 0 and text[start - 1] not in _BLANKS:
                    start -= 1
                stop = end
                while stop < len(text) and text[stop] not in _BLANKS:
                    stop += 1
                if start < at and _ADDRESS.fullmatch(text, start, stop):
                    found.add((start, stop))
            at = lower.find(ending, end)
    return sorted(found)
