""" "the Vietnam Reform Party or Viet Tan", "Dinh Độc Lập, or the Reunification Palace": a name in
each language joined by "or", and "Gỏi cuốn, or fresh spring rolls, ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import has_vi_letters, may_be_vietnamese

from .clause_phrases import closes_clause, name_forward, noun_phrase_forward
from .documents import Document
from .keys import exact_key
from .mentions import Mention
from .phrases import (
    Phrase,
    blanks_before,
    en_phrase_back,
    gloss_mention,
    is_en,
    is_syllable_name,
    line_bounds,
    plain_name_rendering,
    quoted_forward,
    vi_run_back,
    vi_run_forward,
    word_at,
    word_before,
)
from .vi_sureness import sure_vi

# "X or Y", "X, or Y": two names of one thing, one Vietnamese and one English.
_OR_CUE = re.compile(r"(?:,[ \t]+|[ \t]+)or[ \t]+")
# "or" alone: a pattern starting with a literal is scanned far faster (see _find_ors).
_OR_CORE = re.compile(r"or[ \t]+")


def _find_ors(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every _OR_CUE match: the spaces (and a comma) before "or" are found by
    looking back from each "or" followed by a space."""
    end = 0
    for hit in _OR_CORE.finditer(text):
        pos = hit.start()
        start = blanks_before(text, pos, end)
        if start == pos:
            continue
        if start > end and text[start - 1] == ",":
            start -= 1
        end = hit.end()
        yield start, end


# "called Chè xôi nước in Southern Vietnam or Bánh chay in ...": the English before "or" is where,
# the object of a preposition of place, no name of the term after it.
_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from"))


def ors(doc: Document) -> Iterator[Mention]:
    """ "the Vietnam Reform Party or Viet Tan", "the Reunification Palace, or Dinh Độc Lập",
    "Dinh Độc Lập, or the Reunification Palace": a name in each language joined by "or". The
    Vietnamese name must end where the run of Vietnamese words ends ("Ho Chi Minh City" is no
    Vietnamese name), and both sides are names, or both lower case."""
    text = doc.text
    for cue_start, cue_end in _find_ors(text):
        # Most "or"s join English words: one side must start or end with a possible Vietnamese word.
        if not may_be_vietnamese(word_before(text, cue_start)) and not may_be_vietnamese(
            word_at(text, cue_end)
        ):
            continue
        line_start, line_end = line_bounds(text, cue_start, cue_end)
        # English, then Vietnamese.
        vi = vi_run_forward(text, cue_end, line_end)
        plain = vi is not None and not sure_vi(vi) and is_syllable_name(vi)
        if vi is not None and (sure_vi(vi) or plain) and closes_clause(text, vi.end):
            # "consisting of male instrumentalists, or kép": a function word bounding the noun
            # phrase lets it take one word more than the term.
            en = en_phrase_back(text, cue_start, line_start, most=len(vi.words), bounded=True)
            if (
                en is not None
                and is_en(en)
                and _same_case(vi, en, text)
                and exact_key(vi.text) != exact_key(en.text)
                and (not plain or plain_name_rendering(vi, en))
                and word_before(text, en.start).lower() not in _PLACE_PREPOSITIONS
                and _LIST_OPENING.search(text, max(0, en.start - 24), en.start) is None
            ):
                if vi.text[:1].islower() and en.text[:1].isupper():
                    # "Fish sauce, or nước mắm": the sentence's capital is not the term's.
                    en = Phrase(en.text[0].lower() + en.text[1:], en.start, en.end)
                yield gloss_mention(doc, vi, en, 0.6)
                continue
        # Vietnamese, then English.
        vi = vi_run_back(text, cue_start, line_start)
        if vi is None or not sure_vi(vi) or word_before(text, vi.start)[:1].isupper():
            continue
        en = name_forward(text, cue_end, line_end)
        if en is None and text[cue_start] == "," and has_vi_letters(vi.text):
            # 'Hạ Long, or "descending dragon", is ...': a quoted rendering between commas.
            quoted = quoted_forward(text, cue_end, line_end)
            if quoted is not None and is_en(quoted) and not has_vi_letters(quoted.text):
                if text[quoted.end + 1 : quoted.end + 2] in (",", ".", ";", ")", ""):
                    yield gloss_mention(doc, vi, quoted, 0.6)
                    continue
        if en is None and text[cue_start] == "," and _common_term(vi):
            # "Gỏi cuốn, or fresh spring rolls, are ...": a term and its rendering between commas.
            en = noun_phrase_forward(text, cue_end, line_end)
            if en is not None and is_en(en) and exact_key(vi.text) != exact_key(en.text):
                yield gloss_mention(doc, vi, en, 0.6)
            continue
        if en is not None and is_en(en) and _same_case(vi, en) and exact_key(vi.text) != exact_key(en.text):
            yield gloss_mention(doc, vi, en, 0.6)


# "instruments such as the drum or phách": "or" after a word that opens a list of examples joins
# two of its members, two things, not one thing's two names.
_LIST_OPENING = re.compile(
    r"(?<![^\W\d_])(?:such[ \t]+as|including|like|either|e\.g\.,?)[ \t]+(?:(?:the|an|a)[ \t]+)?$",
    re.IGNORECASE,
)


def _common_term(vi: Phrase) -> bool:
    """A Vietnamese common term: every word in lower case but the first, which may open the
    sentence ("Gỏi cuốn"); not a name ("Hà Nội")."""
    words = vi.words
    return all(w[:1].islower() for w in words[1:]) and (len(words) > 1 or words[0][:1].islower())


def _same_case(vi: Phrase, en: Phrase, text: str = "") -> bool:
    """Both names (capitalised) or both common words; a sentence's capital is no name's ("Fish
    sauce, or nước mắm, ..." pairs two common words)."""
    en_upper = en.text[:1].isupper()
    if en_upper and text and all(w[:1].islower() for w in en.words[1:]) and len(en.words) > 1:
        before = text[: en.start].rstrip(" \t")
        en_upper = not (not before or before[-1] in ".!?\n")
    return vi.text[:1].isupper() == en_upper
