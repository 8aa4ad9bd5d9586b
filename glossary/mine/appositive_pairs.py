"""Appositives: "Tết Nguyên Đán, the Lunar New Year." (an English name in title case) and "nón lá,
a conical palm-leaf hat," (an English class after an indefinite article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import VI_LETTER, has_vi_letters, is_syllable

from .clause_phrases import class_forward, noun_phrase_forward
from .documents import Document
from .mentions import Mention
from .phrases import (
    en_phrase_forward,
    gloss_mention,
    is_en,
    is_title_case,
    is_vi,
    line_bounds,
    vi_run_back,
    word_before,
)
from .vi_sureness import plain_vi

_APPOSITIVE = re.compile(r",[ \t]+(?P<article>the|an|a)[ \t]+")


def appositives(doc: Document) -> Iterator[Mention]:
    """ "Tết Nguyên Đán, the Lunar New Year.": a Vietnamese name with diacritics, then its English
    name in title case closing the clause; "nón lá, a conical palm-leaf hat,": a Vietnamese word,
    then a short English noun phrase with an indefinite article closing the clause."""
    text = doc.text
    for match in _APPOSITIVE.finditer(text):
        marked = VI_LETTER.search(text, max(0, match.start() - 12), match.start()) is not None
        if not marked and (
            match.group("article") == "the" or not is_syllable(word_before(text, match.start()))
        ):
            continue  # the Vietnamese side has diacritics: skip the many plain ", the" or ", a"
        line_start, line_end = line_bounds(text, match.start(), match.end())
        vi = vi_run_back(text, match.start(), line_start)
        if vi is None or not (has_vi_letters(vi.text) and is_vi(vi) or not marked and plain_vi(vi)):
            continue
        if match.group("article").lower() != "the":
            # A class, not a name: only after a lower-case term ("Tô Lâm, a former general" is
            # a description of a person), and only a phrase of content words closing the clause.
            en = noun_phrase_forward(text, match.end(), line_end) or class_forward(
                text, match.end(), line_end
            )
            if en is not None and not vi.text[0].isupper() and is_en(en):
                yield gloss_mention(doc, vi, en, 0.55)
            continue
        en = en_phrase_forward(text, match.end(), line_end)
        if en is None or not is_title_case(en.words) or not is_en(en):
            continue
        after = text[en.end : en.end + 1]
        if after in ("", ".", ",", ";", "\n") and len(en.words) <= 4:
            yield gloss_mention(doc, vi, en, 0.6)
