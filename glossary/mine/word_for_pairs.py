"""A word named and its meaning: "the Vietnamese word Mèo for cat", "chè is also the word for the
tea plant", '"Lục bát" is Sino-Vietnamese for "six-eight"'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import VI_LETTER, has_vi_letters

from .documents import Document
from .lazy_patterns import LazyPattern
from .mentions import QUOTES_CLOSE, Mention, literal_hits
from .phrases import en_phrase_forward, gloss_mention, is_en, is_vi, line_bounds, vi_run_back

# "the Vietnamese word Mèo for cat", "the term phở for noodle soup": the word named, then "for" and
# its meaning. Found from the literal " for " (few texts name a word this way).
_WORD_FOR = re.compile(r"(?<![^\W\d_])(?:word|term)[ \t]+$", re.IGNORECASE)


def word_for(doc: Document) -> Iterator[Mention]:
    """ "the Vietnamese word Mèo for cat": a Vietnamese word with diacritics after "word" or "term"
    and the English after "for", closing the clause."""
    text = doc.text
    at = text.find(" for ")
    while at >= 0:
        if VI_LETTER.search(text, max(0, at - 8), at) is None:
            at = text.find(" for ", at + 5)
            continue  # the word before carries no diacritic: no Vietnamese word is named
        line_start, line_end = line_bounds(text, at, at + 5)
        vi = vi_run_back(text, at, line_start)
        if vi is not None and has_vi_letters(vi.text) and is_vi(vi) and len(vi.words) <= 3:
            if _WORD_FOR.search(text, max(line_start, vi.start - 12), vi.start) is not None:
                en = en_phrase_forward(text, at + 5, min(line_end, at + 60))
                closes = en is not None and text[en.end : en.end + 1] in (".", ",", ";", ")", "\n", "[", "")
                if (
                    closes
                    and en is not None
                    and is_en(en)
                    and len(en.words) <= 3
                    and not has_vi_letters(en.text)
                ):
                    yield gloss_mention(doc, vi, en, 0.6)
        at = text.find(" for ", at + 5)


# "chè is also the word for the tea plant": the Vietnamese word, "is", the word named, its meaning.
_IS_WORD_FOR = LazyPattern(
    r"[ \t]+(?:is|was)[ \t]+(?:(?:also|simply|just|only|usually)[ \t]+)?(?:(?:the|a)[ \t]+"
    r"(?:(?:Vietnamese|common|usual|general)[ \t]+)?(?:word|term|name)[ \t]+"
    # "Bánh is a Vietnamese term translating loosely as "cake."": the meaning after a participle.
    r"(?:for|meaning|translating[ \t]+(?:(?:loosely|roughly|literally)[ \t]+)?(?:as|to))"
    # '"Lục bát" is Sino-Vietnamese for "six-eight"': the language named, no "word".
    r"|(?:Sino-)?Vietnamese[ \t]+for)[ \t]+"
    r"(?:(?:the|an|a)[ \t]+)?",
    re.IGNORECASE,
)


def is_word_for(doc: Document) -> Iterator[Mention]:
    """ "chè is also the word for the tea plant": a Vietnamese word with diacritics (at most three
    words) as the subject, its English meaning (at most three words) closing the clause."""
    text = doc.text
    for match in _word_for_cues(doc):
        line_start, line_end = line_bounds(text, match.start(), match.end())
        # '"Lục bát" is ...': a quoted subject is read inside its quotation marks.
        quoted = match.start() > line_start and text[match.start() - 1] in QUOTES_CLOSE
        vi = vi_run_back(text, match.start() - quoted, line_start)
        en = en_phrase_forward(text, match.end(), min(line_end, match.end() + 60))
        if (
            vi is None
            or en is None
            or text[en.end : en.end + 1] not in (".", ",", ";", ")", "\n", "", *QUOTES_CLOSE)
        ):
            continue  # the meaning must close the clause
        if has_vi_letters(vi.text) and is_vi(vi) and len(vi.words) <= 3:
            if is_en(en) and len(en.words) <= 3 and not has_vi_letters(en.text):
                yield gloss_mention(doc, vi, en, 0.6)


_WORD_FOR_ANCHORS = (
    " word for ",
    " term for ",
    " name for ",
    " term translating ",
    " word meaning ",
    " term meaning ",
    "vietnamese for ",
)


def _word_for_cues(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of _IS_WORD_FOR, tried only where the literal " word for " (or "term", "name")
    occurs in the lower-cased text (few texts define a word this way)."""
    text, lower = doc.text, doc.lower
    if len(lower) != len(text):
        yield from _IS_WORD_FOR.finditer(text)  # lower() changed the length: positions differ
        return
    for anchor in _WORD_FOR_ANCHORS:
        for at in literal_hits(lower, (anchor,)):  # the text's one scan for every cue word
            # "is also the Vietnamese word for" starts within 40 characters before the anchor.
            # After "translating", "loosely as" may follow the anchor.
            found = list(_IS_WORD_FOR.finditer(text, max(0, at - 40), at + len(anchor) + 24))
            if found and found[-1].end() >= at + len(anchor):
                yield found[-1]
