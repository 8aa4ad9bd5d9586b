"""Naming cues: "the Renewal policy, known as Đổi Mới", "fish sauce, which Vietnamese call nước
mắm", "Tea is also known as nước chè", and the other way round "Gỏi cuốn, also known as Vietnamese
spring rolls, is ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from . import gazetteer
from .clause_phrases import name_forward, noun_phrase_forward
from .copula_subjects import copula_subject
from .cue_grammar import names_a_class, naming_adverb_words
from .cue_scan import find_cue
from .documents import Document
from .lazy_patterns import LazyPattern
from .lexicon import language_names
from .mentions import QUOTES_CLOSE, Mention
from .name_spans import LY_ADVERB, is_ly_adverb
from .noun_antecedents import kind_of_noun
from .phrases import (
    PRONOUNS,
    Phrase,
    back_over,
    en_phrase_back,
    gloss_mention,
    is_en,
    is_title_case,
    is_vi,
    paragraph_bounds,
    quoted_forward,
    vi_run_back,
    vi_run_forward,
    word_at,
)
from .vi_sureness import lone_vi_word

# The naming cues; like meaning_cues._CUE, it starts at the cue word (or the adverb before it).
_KNOWN_AS = re.compile(
    # An adverb may qualify the cue: cue_grammar's naming adverbs, or any "-ly" adverb ("usually
    # called"; the class is name_spans.is_ly_adverb's, checked by _known_as_cues).
    rf"\b(?:(?:{naming_adverb_words()}|(?P<adverb>{LY_ADVERB}))\s+)?"
    r"(?:(?:known|referred\s+to)\s+(?:locally\s+|in\s+(?:Vietnamese|English)\s+)?as|called|dubbed)\s+|"
    # "fish sauce, which Vietnamese call nước mắm": the speakers named, the clause's relative word
    # read back over below.
    r"\b(?P<speakers>Vietnamese|locals|people)\s+call\s+",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_ARTICLE_AHEAD = re.compile(r"the[ \t]+(?=[\"“])", re.IGNORECASE)
_RELATIVE_BEFORE = LazyPattern(
    r"(?:,[ \t]*)?(?<![^\W\d_])(?:which|that|what)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)


_KNOWN_AS_ANCHOR = ("known", "referred", "called", "dubbed", "call ")


# "The system, called Quoc Ngu", "another religious movement known as Cao Đài": the class of
# what is named, no rendering.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "another"})
_DEFINITE = re.compile(r"(?<![^\W\d_])(?:the|this|that|these|those)[ \t]+$", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?<![^\W\d_])(?:a|an)[ \t]+$", re.IGNORECASE)


# The end of the name an appositive describes: the name, perhaps its short form in parentheses and
# a lower-case noun or two ("One Commune One Product (OCOP) label"), then the comma.
_OWNER_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]+[a-z]+){0,2}[ \t]*,[ \t]*$")


def _appositive_owner(text: str, pos: int, floor: int) -> Phrase | None:
    """The capitalised name before ", a ..." at pos, or None."""
    tail = _OWNER_TAIL.search(text, max(floor, pos - 60), pos)
    if tail is None:
        return None
    name = en_phrase_back(text, tail.start(), floor)
    if name is None or not is_title_case(name.words) or not is_en(name):
        return None
    return name


def known_as(doc: Document) -> Iterator[Mention]:
    """ "the Renewal policy, known as Đổi Mới": English before the cue, Vietnamese after it."""
    text = doc.text
    for match in _known_as_cues(doc):
        floor, ceiling = paragraph_bounds(text, match.start())
        ceiling = min(ceiling, match.end() + 200)
        right = quoted_forward(text, match.end(), ceiling) or vi_run_forward(text, match.end(), ceiling)
        if right is None or not is_vi(right) or not has_vi_letters(right.text) and not lone_vi_word(right):
            reverse = _known_as_english(doc, match, floor, ceiling)
            if reverse is not None:
                yield reverse
            continue
        after = word_at(text, right.end + 1) if text[right.end : right.end + 1] == " " else ""
        if after[:1].isupper() and is_english_word(after) or names_a_class(text, right.end):
            # "ceramics called Bát Tràng Porcelain": a name with an English head word; "also known
            # as Li Lao drums": a name as a modifier of a class.
            continue
        en_end = match.start()
        if _BECAME_BEFORE.search(text, max(floor, en_end - 24), en_end):
            # "the nation officially became known as Đại Việt Nam", "Nguyễn Ái Quốc, now known as
            # Hồ Chí Minh": a new name, no rendering.
            continue
        subject = (
            _IS_BEFORE.search(text, max(floor, en_end - 6), en_end) if right.text[:1].islower() else None
        )
        if subject is not None:
            # "Tea is also known as nước chè": the sentence's subject, a common noun, is the English.
            noun = en_phrase_back(text, subject.start(), floor, most=2)
            if _common_subject(text, noun, floor) and noun is not None:
                yield gloss_mention(doc, right, noun, 0.6)
            continue
        if match.group("speakers"):
            relative = _RELATIVE_BEFORE.search(text, max(floor, en_end - 14), en_end)
            if relative is None:
                continue  # "people call Hanoi home": no term is named
            en_end = relative.start()
        # As long as the Vietnamese side (two words at least), one more when a function word
        # bounds it: "Cooks use fish sauce, which Vietnamese call nước mắm" gives "fish sauce",
        # "the savory beef soup called pho" the whole phrase.
        most = max(2, len(right.words))
        en = en_phrase_back(text, back_over(text, en_end), floor, most=most, bounded=True)
        if not is_en(en) or en is None or en.text.lower() in ("people", "locals"):
            continue  # "(people called Thăng or Trường)": the speakers, no rendering
        definite = _DEFINITE.search(text, max(floor, en.start - 7), en.start)
        if en.words[0].lower() in _DEMONSTRATIVES or (
            definite and (len(en.words) == 1 or en.text.islower() and _names_a_place(en, right))
        ):
            # "The system, called Quoc Ngu", "The provincial capital, also known as Bến Tre": a
            # noun standing for a thing the page names elsewhere, the name after the cue its name,
            # no rendering (a term stays one: "the reform policy, known as Đổi Mới", "the beef
            # soup called phở").
            continue
        article = _INDEFINITE.search(text, max(floor, en.start - 4), en.start)
        if article is None:
            yield gloss_mention(doc, right, en, 0.7)
            continue
        # "the One Commune One Product label, a national programme known in Vietnamese as ...":
        # "a programme" names a class; the term is the name the appositive describes.
        owner = _appositive_owner(text, article.start(), floor)
        if owner is not None:
            yield gloss_mention(doc, right, owner, 0.6)
        elif len(en.words) >= 2 and en.text.islower() and right.text[:1].islower():
            # "a spicy beef soup known as bún bò": a described thing, no appositive's owner; a
            # single class word ("a soup known as phở") renders nothing.
            yield gloss_mention(doc, right, en, 0.6)


# "became known as", "officially became known as": the thing took a new name.
_BECAME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:became|become|becomes|becoming|now|later)(?:[ \t]+[^\W\d_]+ly)?[ \t]+$", re.IGNORECASE
)
_IS_BEFORE = re.compile(r"(?<![^\W\d_])(?:is|are)[ \t]+$")


def _common_subject(text: str, noun: Phrase | None, floor: int) -> bool:
    """Whether noun, a clause's subject, is an English common noun phrase that names a class
    itself ("Tea", "fish sauce"): in lower case but for a capital opening the sentence; not a
    place ("Hanoi is also known as ..." gives another name), not after "the" or "this" ("The city
    is known as ...": what is named is elsewhere)."""
    if noun is None or gazetteer.is_place(noun.text):
        return False
    first, rest = noun.words[0], noun.words[1:]
    if any(not w.islower() for w in rest) or _DEFINITE.search(text, max(floor, noun.start - 7), noun.start):
        return False
    low = first.lower()
    if low in ENGLISH_FUNCTION_WORDS or low in _DEMONSTRATIVES or low in PRONOUNS:
        return False  # "It is known as bánh mì", "Everything is known as ...": what is named is elsewhere
    if first.islower():
        return True
    before = text[max(floor, noun.start - 3) : noun.start].strip()
    return (noun.start <= floor or before[-1:] in (".", "!", "?", "")) and is_english_word(first.lower())


def _names_a_place(en: Phrase, right: Phrase) -> bool:
    """Whether a common noun phrase and the capitalised name after its cue speak of a place or a
    body: the name a place the gazetteers know, or the noun a place's or a body's ("the city")."""
    if not right.text[:1].isupper():
        return False
    return gazetteer.is_place(right.text) or kind_of_noun(en.words[-1].lower()) is not None


# Cues naming what something was called before: another name, not a rendering.
_FORMER_CUE = re.compile(r"(?:formerly|previously|originally|once)\b", re.IGNORECASE)


def _known_as_cues(doc: Document) -> Iterator[re.Match[str]]:
    """The naming cues of the text; a "-ly" word before the cue that is no adverb ("a family called")
    is not the cue's: the cue is matched again from its own word."""
    for match in find_cue(doc.text, doc.lower, _KNOWN_AS, _KNOWN_AS_ANCHOR):
        adverb = match.group("adverb")
        if adverb and not is_ly_adverb(adverb):
            rest = _SPACES.match(doc.text, match.end("adverb"))
            match = _KNOWN_AS.match(doc.text, rest.end() if rest else match.end("adverb"))
            if match is None:
                continue
        yield match


def _known_as_english(doc: Document, match: re.Match[str], floor: int, ceiling: int) -> Mention | None:
    """ "Gỏi cuốn, also known as Vietnamese spring rolls, is ...": a Vietnamese term with diacritics
    right before the cue (after a comma) and an English rendering after it closing the clause, a
    lower-case noun phrase or a capitalised English name. Not a former name ("formerly known as")."""
    text = doc.text
    if match.group("speakers") or _FORMER_CUE.match(text, match.start()):
        return None
    end = back_over(text, match.start(), " \t")
    if text[end - 1 : end] != ",":
        return None
    vi = vi_run_back(text, end - 1, floor)
    if (
        vi is None
        or not has_vi_letters(vi.text)
        or not is_vi(vi)
        or _NAMED_BEFORE.search(text, max(floor, vi.start - 24), vi.start)
    ):
        # "Bún mắm is a Vietnamese soup made from fish, sometimes called "Vietnamese gumbo"": the
        # participle clause after the copula's predicate names the copula's subject; a term the
        # predicate's own naming cue gave ("made from fish called mắm, sometimes called ...") is
        # inside the predicate, not what the second cue names.
        vi = copula_subject(text, end - 1)
        if vi is None:
            return None
    elif vi.start > floor and text[vi.start - 1] not in " \t\n(":
        return None
    # 'also known in English as the "Vietnamese pork roll"': the quotation makes a name of it,
    # whatever article the sentence puts before it.
    article = _ARTICLE_AHEAD.match(text, match.end(), ceiling)
    quoted = quoted_forward(text, article.end() if article else match.end(), ceiling)
    en = quoted or noun_phrase_forward(text, match.end(), ceiling) or name_forward(text, match.end(), ceiling)
    if en is None or not is_en(en) or has_vi_letters(en.text):
        return None
    closing_quote = quoted is not None and text[en.end : en.end + 1] in QUOTES_CLOSE
    close = en.end + 1 if closing_quote else en.end
    # 'sometimes called "Vietnamese gumbo."': the stop may stand inside the closing quote.
    stop_inside = closing_quote and text[en.end - 1 : en.end] in (",", ".", ";")
    if text[close : close + 1] not in (",", ".", ";", ")") and not stop_inside:
        return None  # "known as Faifo in the past": the clause goes on
    capitals = [w.lower() for w in en.words if w[:1].isupper()]
    if any(not is_english_word(w) and w not in language_names() for w in capitals):
        return None  # "Hội An, known as Faifo": another name, no English rendering
    return gloss_mention(doc, vi, en, 0.6)


# A naming cue right before a term: the term is the name that cue gives.
_NAMED_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:called|named|known[ \t]+as)[ \t]+$", re.IGNORECASE)
