"""A name another language gives a place, stated as a sentence: '"Mort Chrouk" (Khmer: …) was the
Cambodian name Vietnamized in Chau Doc', "Prey Nokor was the Khmer name of Saigon".

The sentence's subject (a capitalised name, perhaps quoted, perhaps with its script in parentheses)
is the other name; the place after "name of", "name for" or "name (…) in" is the thing named. Only a
place the gazetteer knows or a name with a place's head word is read: "X was the Vietnamese name for
the Long March" names no place.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold

from . import gazetteer
from .documents import Document
from .lazy_patterns import LazyPattern
from .mentions import Mention, literal_hits
from .name_spans import NAME, other_name_mention
from .names.words import head_kind

# The cue around the word " name " (found by a literal scan first): before it "was the Cambodian",
# "is the old Khmer"; after it "Vietnamized in", "of", "for" and the place.
_BEFORE = LazyPattern(
    r"[ \t]+(?:was|is)[ \t]+the[ \t]+(?:(?:old|former|original|ancient)[ \t]+)?[A-Z][a-z]+$"
)
_AFTER = LazyPattern(rf"[ \t]+(?:[A-Za-z]+[ \t]+)?(?:of|for|in)[ \t]+(?:the[ \t]+)?(?P<name>{NAME})")
# The subject at a sentence's start: the name, its closing quote, a parenthesis of its script.
_SUBJECT = LazyPattern(rf"[\"“]?(?P<other>{NAME})[\"”]?[ \t]*(?:\([^()\n]{{0,60}}\))?$")


def language_names_of_places(doc: Document) -> Iterator[Mention]:
    """Each place's other name in another language a sentence states (see the module's doc)."""
    text = doc.text
    for hit in literal_hits(doc.lower, (" name ",)):
        cue = _BEFORE.search(text, max(0, hit - 40), hit)
        after = _AFTER.match(text, hit + 5) if cue is not None else None
        if after is None:
            continue
        stop = text.rfind(". ", 0, cue.start())
        window = max(text.rfind("\n", 0, cue.start()) + 1, stop + 2 if stop >= 0 else 0)
        subject = _SUBJECT.match(text, window, cue.start())
        if subject is None:
            continue
        other, name = subject.group("other"), after.group("name")
        if fold(other) == fold(name) or not (gazetteer.is_place(name) or head_kind(name) == "place"):
            continue
        yield other_name_mention(doc, after.start("name"), after.end("name"), Kind.PLACE, name, other)
