"""A line of rulers named by one Vietnamese word and a lower-case "kings" ("the Hùng kings", "give
their respects to Hung kings"): the legendary kings as figures, a name of its own (gold rules §4),
though the word "kings" is no capitalised name word and the name readers pass it by."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.vietnamese import may_be_vietnamese

from .documents import Document
from .lexicon import language_names
from .mentions import Mention, fold, literal_hits, mention_at
from .nationalities import NATION_SYLLABLES

# The name word before " king(s)": one capitalised word after a word in lower case or at a line's
# start, so "Chiem Thanh king" (a state's name of two words) is not read.
_NAME_BEFORE = re.compile(r"(?:(?<![^\W\d_])[a-z]+[ \t]+|\n)([A-ZĐ][^\W\d_]*)[ \t]+$")
_KING = re.compile(r" kings?(?![\w'’-])")
_REACH = 30
# Peoples and nations are no line's name ("Cham king", "Thai kings").
_PEOPLES = frozenset(NATION_SYLLABLES) | {s for group in NATION_SYLLABLES.values() for s in group}


def extract_group_names(doc: Document) -> Iterator[Mention]:
    """Every "<Name> kings" a document writes with one Vietnamese name word."""
    text = doc.text
    for hit in literal_hits(doc.lower, (" king",)):
        king = _KING.match(text, hit)
        if king is None:
            continue
        floor = max(0, hit - _REACH)
        # At the text's start a line break stands in for the one before the first line.
        lead = "\n" if floor == 0 else ""
        before = _NAME_BEFORE.search(lead + text[floor : hit + 1])
        if before is None:
            continue
        word = before.group(1)
        if not may_be_vietnamese(word) or fold(word) in _PEOPLES or word.lower() in language_names():
            continue
        start, end = floor + before.start(1) - len(lead), king.end()
        yield mention_at(
            doc,
            start,
            end,
            kind=Kind.PERSON,
            vi=" ".join(text[start:end].split()),
            confidence=0.6,
            origin="name",
        )
