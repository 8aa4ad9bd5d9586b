"""Appositives: "Tết Nguyên Đán, the Lunar New Year." (an English name in title case) and "nón lá,
a conical palm-leaf hat," (an English class after an indefinite article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER,
    VI_LETTER_CLASS,
    has_vi_letters,
    is_english_word,
    is_syllable,
)

from .clause_phrases import class_forward, noun_phrase_forward
from .documents import Document
from .lexicon import language_names
from .mentions import Mention
from .phrases import (
    Phrase,
    en_phrase_forward,
    gloss_mention,
    is_en,
    is_title_case,
    is_vi,
    line_bounds,
    vi_run_back,
    vi_run_forward,
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
        # "Quan Âm (Guanyin), the Buddhist Goddess of Mercy": a short parenthesis (another
        # language's form of the name) may stand between the name and its comma.
        term_end = _before_short_paren(text, match.start())
        marked = VI_LETTER.search(text, max(0, term_end - 12), term_end) is not None
        if not marked and (match.group("article") == "the" or not is_syllable(word_before(text, term_end))):
            continue  # the Vietnamese side has diacritics: skip the many plain ", the" or ", a"
        line_start, line_end = line_bounds(text, match.start(), match.end())
        vi = vi_run_back(text, term_end, line_start)
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


# A parenthesis of one or two words without Vietnamese letters closing right at a comma.
_SHORT_PAREN = re.compile(r"[ \t]*\([^()\n,;]{1,30}\)$")


def _before_short_paren(text: str, comma: int) -> int:
    """Where the term before a comma ends: before a parenthesis of one or two words with no
    Vietnamese letter ("Quan Âm (Guanyin), the ..."); the comma itself when there is none."""
    if text[comma - 1 : comma] != ")":
        return comma
    paren = _SHORT_PAREN.search(text, max(0, comma - 34), comma)
    if paren is None or len(paren.group().split()) > 2 or has_vi_letters(paren.group()):
        return comma
    return paren.start()


# "the Vietnamese alphabet, chữ Quốc ngữ, leading to": a comma before a lower-case word with a
# letter only Vietnamese writes (few on a page: found first), then an English noun phrase after an
# article ending at that comma.
_VI_LOWER = "".join(c for c in VI_LETTER_CLASS if c.islower())
_COMMA_VI = re.compile(f",[ \t]+(?=[a-z]*[{_VI_LOWER}])")
_EN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<link>the|a|an|of)[ \t]+((?:[A-Za-z][a-z-]+[ \t]+){0,3}[a-z][a-z-]+)$"
)
# What may follow the Vietnamese side of such a pair: the clause's end, not a list's next item.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:)\n]|,[ \t]+(?!and\b|or\b)[^\W\d_]+[ \t]+[^\W\d_]|$)")


def english_first_appositives(doc: Document) -> Iterator[Mention]:
    """ "helped popularize the Vietnamese alphabet, chữ Quốc ngữ, leading to ...": a lower-case
    English noun phrase after an article, then the Vietnamese term with diacritics between commas
    or closing the sentence. A list ("the rice, bún, and herbs") goes on past the Vietnamese side
    with "and" or another item, and the phrase before it holds no comma."""
    text = doc.text
    for comma in _COMMA_VI.finditer(text):
        match = _EN_BEFORE.search(text, max(0, comma.start() - 60), comma.start())
        if match is None:
            continue
        if text[max(0, match.start() - 2) : match.start()].strip() == ",":
            continue  # "..., the rice, bún,": a list's item
        line_start, line_end = line_bounds(text, match.start(), comma.end())
        vi = vi_run_forward(text, comma.end(), line_end)
        if vi is None or not has_vi_letters(vi.text) or not is_vi(vi) or vi.text[:1].isupper():
            continue
        ends_line = not text[vi.end : line_end].strip()
        if match.group("link") == "of" and not ends_line:
            continue  # "Display of martial arts, võ thuật" (a caption); not "made of rice, nước, ..."
        if _CLAUSE_END.match(text, vi.end, line_end) is None and not ends_line:
            continue
        en = Phrase(match.group(2), match.start(2), match.end(2))
        if any(w[0].isupper() and w.lower() not in language_names() for w in en.words):
            continue  # "the Mekong Delta, ...": a name; "the Vietnamese alphabet" says a language
        if is_en(en) and len(en.words) <= 2 * len(vi.words) + 1:
            yield gloss_mention(doc, vi, en, 0.55)


# "pho, Vietnamese beef noodle soup, was first created", "later known as the Hùng Vương, Hùng
# kings.": an English noun phrase with no article after the term's comma, opening with a
# capitalised word and closing the sentence or followed by the clause's verb (no list's next item).
_BARE_APPOSITIVE = re.compile(
    r",[ \t]+(?P<en>[A-Z][^\W\d_]*(?:[ \t]+[a-z][a-z-]*){1,4})"
    r"(?=[ \t]*(?:[.;]|,[ \t]+(?:was|were|is|are|has|had|have)\b))"
)


def bare_appositives(doc: Document) -> Iterator[Mention]:
    """ "pho, Vietnamese beef noodle soup, was ...": a lower-case Vietnamese term, then a
    nationality and English nouns; "the Hùng Vương, Hùng kings.": a Vietnamese name, then its own
    first word and an English noun (the rank rendered, the name kept). A capitalised name before a
    nationality ("Trần Văn A, Vietnamese general") is a description of a person or a place."""
    text = doc.text
    for match in _BARE_APPOSITIVE.finditer(text):
        en = Phrase(match.group("en"), match.start("en"), match.end("en"))
        first, rest = en.words[0], en.words[1:]
        if any(w in ENGLISH_FUNCTION_WORDS or not is_english_word(w) for w in rest):
            continue
        nationality = first.lower() in language_names()
        if not nationality and not has_vi_letters(first):
            continue
        line_start, _ = line_bounds(text, match.start(), match.end())
        vi = vi_run_back(text, match.start(), line_start)
        if vi is None or not is_vi(vi) or text[max(line_start, vi.start - 2) : vi.start].strip() == ",":
            continue  # no term, or a list's item ("Khmer, Cham, mountain groups.")
        if nationality and vi.text.islower() or not nationality and vi.words[0] == first:
            if is_en(en):
                yield gloss_mention(doc, vi, en, 0.55)
