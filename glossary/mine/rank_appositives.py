"""Ranks given in English, then in Vietnamese, before a person's name: "Noble Consort of First
Rank, Ân phi Hồ Thị Chỉ", "First-rank of Royal Concubine Hiền phi Ngô Thị Chính" (a court's ranks
of consorts and officials). The Vietnamese rank is a term pair with the English one before it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import has_vi_letters

from .documents import Document
from .lexicon import is_family_name
from .mentions import Mention
from .phrases import Phrase, gloss_mention, is_en

# The English rank (capitalised words joined by "of", opening a line or after a comma), a comma or
# not, the Vietnamese rank (a capitalised syllable and a lower-case one), then a capital: the name.
_RANK = re.compile(
    r"(?:^|(?<=,[ \t]))(?P<en>[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+(?:of|[A-Z][a-z]+)){2,5}),?[ \t]+"
    r"(?P<vi>[^\W\d_a-z][^\W\d_]*[ \t]+[^\W\d_A-Z]+)[ \t]+(?P<name>[^\W\d_a-z][^\W\d_]*)",
    re.MULTILINE,
)


def rank_appositives(doc: Document) -> Iterator[Mention]:
    """The Vietnamese ranks of doc glossed by the English rank before them, each before a person's
    full name (its first word a Vietnamese family name)."""
    text = doc.text
    if " of " not in text:
        return
    for match in _RANK.finditer(text):
        en = Phrase(match.group("en"), match.start("en"), match.end("en"))
        vi = Phrase(match.group("vi"), match.start("vi"), match.end("vi"))
        if " of " not in en.text or not has_vi_letters(vi.text) or has_vi_letters(en.text):
            continue
        if not is_family_name(match.group("name")) or not is_en(en):
            continue
        yield gloss_mention(doc, vi, en, 0.6)
