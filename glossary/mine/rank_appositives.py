"""Ranks given in English, then in Vietnamese, before a person's name: "Noble Consort of First
Rank, Ân phi Hồ Thị Chỉ", "First-rank of Royal Concubine Hiền phi Ngô Thị Chính" (a court's ranks
of consorts). The Vietnamese rank is a term pair with the English one before it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import has_vi_letters

from .documents import Document
from .lexicon import is_family_name
from .mentions import Mention
from .phrases import Phrase, gloss_mention, is_en

# The English rank (capitalised words joined by "of"), a comma or not, the Vietnamese rank (a
# capitalised syllable and a lower-case one), then a capital: the name. Matched only where a line
# or a comma's clause opens before a consort's rank (_CONSORT): a scan of every position costs.
_RANK = re.compile(
    r"(?P<en>[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+(?:of|[A-Z][a-z]+)){2,5}),?[ \t]+"
    r"(?P<vi>[^\W\d_a-z][^\W\d_]*[ \t]+[^\W\d_A-Z]+)[ \t]+(?P<name>[^\W\d_a-z][^\W\d_]*)"
)
# The ranks of a court's consorts ("Noble Consort of First Rank", "First-rank of Royal Concubine"):
# found by their head word, a literal the engine finds fast (a scan of every " of " costs ten times
# as much over a page of prose).
_CONSORT = re.compile(r"Con(?:sort|cubine)(?![^\W\d_])")
# How far before its head word an English rank may open.
_REACH = 60


def rank_appositives(doc: Document) -> Iterator[Mention]:
    """The Vietnamese ranks of doc glossed by the English rank before them, each before a person's
    full name (its first word a Vietnamese family name)."""
    text = doc.text
    seen: set[int] = set()
    for head in _CONSORT.finditer(text):
        at = head.start()
        floor = max(0, at - _REACH)
        line = text.rfind("\n", floor, at)
        comma = text.rfind(", ", max(floor, line), at)
        start = comma + 2 if comma >= 0 else line + 1 if line >= 0 else 0 if floor == 0 else -1
        if start < 0 or start in seen:
            continue
        seen.add(start)
        match = _RANK.match(text, start)
        if match is None:
            continue
        en = Phrase(match.group("en"), match.start("en"), match.end("en"))
        vi = Phrase(match.group("vi"), match.start("vi"), match.end("vi"))
        if " of " not in en.text or not has_vi_letters(vi.text) or has_vi_letters(en.text):
            continue
        if not is_family_name(match.group("name")) or not is_en(en):
            continue
        yield gloss_mention(doc, vi, en, 0.6)
