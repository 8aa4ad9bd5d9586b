"""The dashes: every character Unicode files as dash punctuation (category Pd), so a reader that
takes a spaced dash knows the horizontal bar "―" and the fullwidth hyphen as well as "–" and "—"."""

from __future__ import annotations

import re

# Unicode's category Pd, written out (a test holds it equal to unicodedata's Pd over all code
# points): computing it at import would walk a million code points.
DASHES = (
    "-\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40"
    "\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010ead"
)
# A regex class of them, for patterns that take "a dash".
DASH_CLASS = "[" + re.escape(DASHES) + "]"

# The three a page almost always uses; the rest are scanned for only where the text holds one.
COMMON_DASHES = "–—-"
_RARE_DASHES = "".join(d for d in DASHES if d not in COMMON_DASHES)
_RARE_BEFORE_BLANK = re.compile("[" + re.escape(_RARE_DASHES) + r"](?=[ \t])")


def rare_dash_places(text: str) -> list[int]:
    """Where each dash other than "–", "—" and "-" stands before a blank: a substring test per
    dash first (fast, and nearly always false), the class's scan only when one is there."""
    if not any(dash in text for dash in _RARE_DASHES):
        return []
    return [hit.start() for hit in _RARE_BEFORE_BLANK.finditer(text)]
