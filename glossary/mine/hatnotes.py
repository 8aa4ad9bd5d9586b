"""A hatnote at a page's top, blanked before any reader sees the text (round 38).

A wiki page opens with notes that point readers elsewhere: "For the fictional character, see Kien
Phuc (Wild Cards).", "This article is about the current Vietnamese navy.", "Not to be confused with
X.", "For other uses, see X (disambiguation).", ""X" redirects here.". They are furniture: the page
names in them are other pages' titles, and a reader that takes one for the page's own text joins
its ASCII title to the page's subject as an English form. Only their sentences are blanked (each
character a space, line breaks kept), so text a mirror glued after the last one stays
("... see Republic of Vietnam Navy.Vietnam People's Navy").
"""

from __future__ import annotations

import re

# How far down a hatnote can be: under the title line and a blank line or two.
_TOP_LINES = 6
# One hatnote sentence, up to its full stop (a page title with a dot in it ends it early; what
# follows stays text, as before).
_SENTENCE = (
    r"(?:For[ \t][^.\n]{1,80}?,[ \t]see[ \t]|This[ \t]article[ \t]is[ \t]about[ \t]"
    r"|Not[ \t]to[ \t]be[ \t]confused[ \t]with[ \t]|\"[^\"\n]{1,60}\"[ \t]redirects[ \t]here\b)"
    r"[^.\n]*(?:\.|$)"
)
_HATNOTE = re.compile(rf"^[ \t]*{_SENTENCE}(?:[ \t]*{_SENTENCE})*", re.MULTILINE)
# Where a hatnote can open (one pass in C over the page's top before the pattern runs).
_OPENS = ("For ", "This article is about", "Not to be confused", "redirects here")


def blank_hatnotes(text: str) -> str:
    """The text with the hatnotes of its first _TOP_LINES lines blanked (the text itself when it
    has none)."""
    top_end = -1
    for _ in range(_TOP_LINES):
        top_end = text.find("\n", top_end + 1)
        if top_end < 0:
            top_end = len(text)
            break
    top = text[:top_end]
    if not any(opening in top for opening in _OPENS):
        return text
    blanked = _HATNOTE.sub(lambda found: " " * (found.end() - found.start()), top)
    return blanked + text[top_end:] if blanked != top else text
