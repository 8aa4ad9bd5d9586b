"""A meaning whose subject is the page's name, written as a naming noun standing for it: "The
province's name derives from Sino-Vietnamese 乂安, meaning "governance in peace."", "which the name
of the dish would translate to "Ms. Third's sweet soup"" (meaning_cues.py finds the cue).
"""

from __future__ import annotations

import re

from glossary.vietnamese import has_vi_letters

from .documents import Document
from .en_phrases import quoted_forward
from .gloss_side import Phrase
from .lazy_patterns import LazyPattern
from .lead import lead_subject
from .mentions import Mention, mention_at
from .phrases import gloss_mention, is_vi

# "The province's name derives from Sino-Vietnamese 乂安, meaning "governance in peace."", "which
# the name of the dish would translate to "Ms. Third's sweet soup"": a naming noun standing for the
# page's subject ("the <noun>'s name", "the name of the <noun>") earlier in the cue's sentence; the
# quoted meaning is the subject's.
_NAME_OF_NOUN = re.compile(r"\b[Tt]he[ \t]+(?:[a-z]+['’]s[ \t]+name|name[ \t]+of[ \t]+the[ \t]+[a-z]+)\b")
_PREPOSITION_BEFORE = LazyPattern(r"\b(?:in|of|from|to|for|with|on|at|by|into)[ \t]+$")
_SENTENCE_STOP = re.compile(r"[.!?][ \t]+(?=[A-ZÀ-ỸĐ])|\n")


def page_name_meaning(doc: Document, match: re.Match[str], floor: int, ceiling: int) -> Mention | None:
    """The pair of the page's subject (lead.py) and the quoted meaning after the cue at match, when
    a naming noun standing for the subject opens the cue's sentence; its span is the meaning's."""
    text = doc.text
    sentence = max(floor, match.start() - _NAME_REACH)
    for stop in _SENTENCE_STOP.finditer(text, sentence, match.start()):
        sentence = stop.end()
    named = _NAME_OF_NOUN.search(text, sentence, match.start())
    if named is None or _PREPOSITION_BEFORE.search(text, max(0, named.start() - 8), named.start()):
        return None  # 'the "tét" in the food's name literally means': a word of the name is the subject
    en = quoted_forward(text, match.end(), ceiling)
    vi = _page_term(text) if en is not None else None
    if en is None or vi is None:
        return None
    gloss = gloss_mention(doc, vi, en, 0.8)
    # Located at the meaning, its line and sentence the meaning's: the subject stands far before.
    return mention_at(
        doc,
        en.start,
        en.end,
        kind=gloss.kind,
        en=gloss.en,
        vi=gloss.vi,
        abbr=gloss.abbr,
        variants=gloss.variants,
        confidence=gloss.confidence,
        flags=gloss.flags,
        origin=gloss.origin,
    )


_NAME_REACH = 160  # characters from the naming noun to the cue
# A line that opens with a term and a copula: "Chè bà ba is a Vietnamese dessert", a term lead.py
# does not read as a name (its words in lower case after the first).
_TERM_LEAD = LazyPattern(
    r"^(?P<vi>[^\W\d_]+(?:[ \t][^\W\d_]+){0,4})[ \t]+(?:is|was|are)[ \t]+(?:a|an|the)[ \t]", re.M
)


def _page_term(text: str) -> Phrase | None:
    """The page's subject as a Vietnamese phrase where the text first writes it: lead.py's subject,
    else the term a line opens with before its copula."""
    subject = lead_subject(text)
    if not subject:
        lead = _TERM_LEAD.search(text)
        subject = lead.group("vi") if lead is not None else None
    at = text.find(subject) if subject else -1
    if not subject or at < 0 or not has_vi_letters(subject):
        return None
    vi = Phrase(subject, at, at + len(subject))
    return vi if is_vi(vi) else None
