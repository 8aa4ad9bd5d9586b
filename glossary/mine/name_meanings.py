"""A meaning whose subject is the page's name, written as a naming noun standing for it: "The
province's name derives from Sino-Vietnamese 乂安, meaning "governance in peace."", "which the name
of the dish would translate to "Ms. Third's sweet soup"" (meaning_cues.py finds the cue); the name
written after "the name" ("the name Pleiku can be translated as "upper village""); and a name said
to be a language's word for its meaning ('Its name is Sino-Vietnamese for "ocean sun"').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.vietnamese import has_vi_letters, is_english_word

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
    written = _written_name(doc, match, floor, ceiling)
    if written is not None:
        return written
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
    return _at_meaning(doc, vi, en)


def _at_meaning(doc: Document, vi: Phrase, en: Phrase, kind: Kind | None = None) -> Mention:
    """The gloss pair of vi and en located at the meaning, its line and sentence the meaning's:
    the subject may stand far before (kind, when given, overrides the one the forms suggest)."""
    gloss = gloss_mention(doc, vi, en, 0.8)
    return mention_at(
        doc,
        en.start,
        en.end,
        kind=kind or gloss.kind,
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


# "the name Pleiku can be translated as", "the name Huế means": the name itself written after
# "the name", the cue after it or after a modal's "be".
_THE_NAME_BEFORE = LazyPattern(
    r"\b[Tt]he[ \t]+name[ \t]+(?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:[ -][A-ZÀ-ỸĐ][^\W\d_]*){0,3})"
    r"[ \t]+(?:(?:can|could|may|might)[ \t]+(?:also[ \t]+)?be[ \t]+|is[ \t]+|was[ \t]+)?$"
)


def _written_name(doc: Document, match: re.Match[str], floor: int, ceiling: int) -> Mention | None:
    """The pair of a name written after "the name" just before the cue at match and the quoted
    meaning after it: the naming noun says the words are a name, whatever their letters (a name of
    the highlands may carry none of Vietnamese's diacritics); an English name is no gloss."""
    text = doc.text
    before = _THE_NAME_BEFORE.search(text, max(floor, match.start() - 60), match.start())
    if before is None:
        return None
    words = before.group("name").replace("-", " ").split()
    en = quoted_forward(text, match.end(), ceiling)
    if en is None or all(is_english_word(w.lower()) for w in words):
        return None
    vi = Phrase(before.group("name"), before.start("name"), before.end("name"))
    return _at_meaning(doc, vi, en, Kind.TERM)


# 'Its name is Sino-Vietnamese for "ocean sun"', 'Its name is chữ Hán (太平) for "great peace."', "The
# province's name is Sino-Vietnamese for": the page's name called a word of a language of its
# script, a parenthesis with its characters between; the quoted meaning after "for".
_NAME_IS_FOR = LazyPattern(
    r"\b(?:[Ii]ts|[Tt]he[ \t]+[a-z]+['’]s)[ \t]+name[ \t]+(?:is|was)[ \t]+"
    r"(?:(?:Sino-)?Vietnamese|[Cc]hữ[ \t]+Hán|Hán[ \t-]Việt)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+for[ \t]+"
)
_NAME_IS_ANCHORS = ("name is ", "name was ")


def name_language_for(doc: Document) -> Iterator[Mention]:
    """'Its name is Sino-Vietnamese for "ocean sun"': the page's subject (lead.py, or the term a
    line opens with) and the quoted meaning, a term pair beside the place's entry (docs/gold-rules.md
    §10.8). Found from the literal "name is" (few texts name their subject's meaning this way)."""
    text, lower = doc.text, doc.lower
    if len(lower) != len(text):
        return  # lower() changed the length: the anchors' offsets are not the text's
    for anchor in _NAME_IS_ANCHORS:
        at = lower.find(anchor)
        while at >= 0:
            cue = _NAME_IS_FOR.search(text, max(0, at - 24), at + len(anchor) + 60)
            if cue is not None and cue.start() <= at:
                en = quoted_forward(text, cue.end(), min(len(text), cue.end() + 80))
                vi = _page_term(text) if en is not None else None
                if en is not None and vi is not None and not has_vi_letters(en.text):
                    yield _at_meaning(doc, vi, en, Kind.TERM)
            at = lower.find(anchor, at + len(anchor))
