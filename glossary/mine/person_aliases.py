"""A person's other names stated in a sentence, whatever the sentence's wording around them:

    "a young man born Nguyen Sinh Cung — then using the pseudonym Nguyễn Ái Quốc (...) but best
    known as Ho Chi Minh", "He wrote his works ... under the pseudonyms Lệ Thanh and Phong Trần",
    "Hàn Mặc Tử (born September 22, 1912 as Nguyễn Trọng Trí in ...)", "Hồ Quý Ly is also known as
    Lê Quý Ly", "Tu Cung, who was renamed 'Doan Huy'".

The other readers each know a cue with its subject in one place (subject_names.py: the page's
subject, renames.py: the name right before the cue). Here the evidence is the two names' shape, not
the words between them: after a naming cue (a pseudonym, a pen name, an alias, "known as", "called"
with an adverb, "renamed", "born ... as"), each name of the list that follows is a person's name
(Vietnamese syllables, capitalised, no English word, no head word, no place), and so is the name the
sentence gave last before the cue (not a possessive: "Nhu's wife, born Tran Le Xuan" is the wife's
name); a sentence that opens with "He" or "She" speaks of the page's subject instead. Each name
after the cue is then another name of that person. Names without that shape (a place "also known as"
its old name, a class "called" by a word) are left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .cue_grammar import (
    KNOWN_BY_NAME,
    known_as,
    naming_adverb_words,
    naming_noun_anchors,
    naming_nouns_alone,
    owned_by_noun,
)
from .documents import Document
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD, lead_subject
from .lexicon import is_family_name
from .mentions import Mention, literal_hits
from .name_spans import LY_ADVERB, is_ly_adverb, other_name_mention, personal_name
from .names.words import head_kind, is_title

_ANCHORS = (
    *naming_noun_anchors(),
    "known ",
    "called",
    "renamed",
    "born ",
    " emperor as",
    " king as",
    " empress as",
    " queen as",
)
# "known as" with the grammar's siblings (cue_grammar.known_as): an "-ly" adverb after the verb
# ("known publicly as", checked like the one before it by _KNOWN_LY) or a prepositional phrase
# ("known to his readers as"), and "known by" a name of a kind ("better known by the blogging name
# of Dieu Cay", "known by his pen name").
_KNOWN = rf"{known_as()}|{KNOWN_BY_NAME}"
_KNOWN_LY = re.compile(r"known[ \t]+(\w+)[ \t]+as", re.IGNORECASE)
# The cue, ending where the other name starts. "called" and "known as" need an adverb or a copula
# before them ("usually called", "is also known as", "becoming known as"): alone they often name a
# class ("a group called ...").
_CUE = re.compile(
    # "under the pseudonyms", "known by pen-name", "by a later party-name, Ho Chi Minh": a naming
    # noun of its own (cue_grammar's), the name after it or in apposition after a comma.
    rf"(?:\b(?:{naming_nouns_alone()})(?:e?s)?(?:[ \t]+of|,(?=[ \t]+[\"“]?[A-ZÀ-ỸĐ]))?"
    rf"|\b(?:{naming_adverb_words()}|now|becoming|became|be|(?P<adverb>{LY_ADVERB}))[ \t]+"
    rf"(?:{_KNOWN}|called)"
    r"|\b(?:is|are|was|were|(?:has|have|had)[ \t]+been)[ \t]+(?:also[ \t]+|later[ \t]+)?"
    rf"(?:{_KNOWN}|renamed(?:[ \t]+as)?)"
    # "born Nguyen Sinh Cung", "born September 22, 1912 as Nguyễn Trọng Trí": a date between.
    r"|\bborn(?:[ \t]+(?:on[ \t]+)?[\w ,]{1,30}?[ \t]+as)?"
    # "Trần Cảnh, who became emperor as Trần Thái Tông": the name a ruler reigned under.
    r"|\bbecame[ \t]+(?:emperor|king|empress|queen)[ \t]+as)"
    r"[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
_NAME = re.compile(rf"[\"“'‘]?({CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,3}})[\"”'’]?")
# What may follow a listed name before the next: its Han characters, or a short aside.
_ASIDE = re.compile(r"(?:[ \t]*[\u3400-\u9fff\uf900-\ufaff]+|[ \t]*\([^()\n]{0,40}\))?")
_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
# A run of capitalised words, whole across an unspaced dash ("Phan Rang–Tháp Chàm" is no person).
_NAME_RUN = re.compile(rf"{CAP_WORD}(?:(?:[ \t]+|[–-]){CAP_WORD})*")
# A noun or a pronoun as the cue's own subject ("when the city was known as Thăng Long", "the
# nation officially became known as"): the cue speaks of it, not of the name before it.
_OTHER_SUBJECT = re.compile(
    r"\b(?:(?:the|its|this|that|these|those)[ \t]+[a-z]+|it|they)(?:[ \t]+[a-z]+ly)?[ \t]+$"
)
# A lower-case noun right before the comma a cue follows: the cue is that noun's apposition ("the
# early line of kings, collectively known as Hùng Vương"), not a name's further back.
# A verb of its own ("ascended the throne, becoming known as Lê Thái Tổ") opens a clause of the
# sentence's subject instead.
_NOUN_APPOSED = re.compile(r"\b[a-z]{3,}[ \t]*,[ \t]*$")
_CLAUSE_VERB = re.compile(r"(?:becom|became|be[ \t])", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"(?:He|She)[ \t]")
# The name right before the parenthesis a cue opens ("Hồ Chí Minh (then known as ...").
_PAREN_OPEN = re.compile(rf"(?P<name>{_NAME_RUN.pattern})[ \t]*\([ \t]*$")
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZÀ-ỸĐ\"“])|\n")


def _noun_apposed(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the apposition of a lower-case noun right before its comma (_NOUN_APPOSED),
    not a clause of its own verb (_CLAUSE_VERB)."""
    if _CLAUSE_VERB.match(cue.group()):
        return False
    return _NOUN_APPOSED.search(text, max(0, cue.start() - 20), cue.start()) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts (after the last full stop or line break)."""
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = end.end()
    return max(start, text.rfind("\n", 0, at) + 1)


def person_shaped(name: str, named: bool = False) -> bool:
    """Two to four capitalised Vietnamese syllables that are no English word, title, head word
    or place: a personal name, a pen name, a given name with a family name. With named (the name
    follows a naming cue for a person), a family name first is enough: a person's name that a city
    bears too ("best known as Ho Chi Minh")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(is_syllable(w) and w[:1].isupper() for w in words):
        return False
    if is_title(words[0]) or head_kind(name) is not None:
        return False
    if personal_name(name) or named and is_family_name(words[0]):
        return True
    if any(is_english_word(w) and not has_vi_letters(w) for w in words):
        return False
    return not gazetteer.is_place(name)


def _titled(name: str) -> bool:
    """A ruler's title and one to three capitalised syllables ("Emperor Ai"), no head word."""
    words = name.split()
    return (
        is_title(words[0])
        and all(is_syllable(w) and w[:1].isupper() for w in words[1:])
        and head_kind(name) is None
    )


def _untitled(name: str) -> str:
    """The name without a ruler's title before it ("King Tự Đức" -> "Tự Đức"): the title's form is
    the name's own variant, the other name in the parenthesis the person's."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and is_title(words[0]) else name


def _names_after(text: str, at: int) -> list[tuple[str, int]]:
    """The names listed at text[at] ("Lệ Thanh and Phong Trần"), each with where it ends; an
    alternative after "or" may carry a title ("Đế Ai 帝哀, or Emperor Ai")."""
    out = []
    alternative = False
    while True:
        match = _NAME.match(text, at)
        if match is None or not (
            person_shaped(match.group(1), named=True) or alternative and _titled(match.group(1))
        ):
            break
        out.append((match.group(1), match.end(1)))
        more = _LIST_NEXT.match(text, _ASIDE.match(text, match.end()).end())
        if more is None:
            break
        alternative = "or" in more.group().split()
        at = more.end()
    return out


def _subject(text: str, sentence: int, cue: int, page_subject: str | None) -> str | None:
    """The person the cue speaks of: the last person's name of the sentence before the cue (outside
    parentheses, not a possessive), else the page's subject when the sentence opens with a pronoun."""
    depth = 0
    last = None
    for match in _NAME_RUN.finditer(text, sentence, cue):
        before = text[sentence : match.start()]
        depth = before.count("(") - before.count(")")
        name = match.group()
        if depth == 0 and person_shaped(name) and not text.startswith(("'s", "’s"), match.end()):
            # "The people of Văn Lang were known as": the noun is the cue's subject, no name.
            last = None if owned_by_noun(text, match.start()) else name
    if last is not None:
        return last
    if _PRONOUN_OPENING.match(text, sentence) and page_subject and person_shaped(page_subject):
        return page_subject
    return None


# "He is referred to by several names: tên huý A, B (…), C cư sĩ (…) and D.": a colon list of a
# person's names after a naming phrase; each item a name, perhaps after a lower-case Vietnamese label
# ("tên huý") and with lower-case Vietnamese words of its own ("Bạch Vân cư sĩ").
_NAMES_LIST = LazyPattern(
    r"\b(?:referred[ \t]+to|known|called)[ \t]+by[ \t]+(?:several|many|various|different|other|these|"
    r"the[ \t]+following|two|three|four|five|six)[ \t]+(?:other[ \t]+)?names[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_ITEM_SPLIT = LazyPattern(r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _list_items(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The items of the list at text[start] up to the sentence's end, parentheses left out."""
    end = _SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text)
    depth, item = 0, start
    pos = start
    while pos < stop:
        char = text[pos]
        depth += (char == "(") - (char == ")")
        split = _ITEM_SPLIT.match(text, pos) if depth == 0 else None
        if split is not None and split.end() > pos:
            yield item, pos
            item = pos = split.end()
            continue
        pos += 1
    yield item, stop


def _listed_name(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The name of one list item (its parentheses and a leading lower-case label left out)."""
    item = text[start:end]
    cut = item.find("(")
    item = (item if cut < 0 else item[:cut]).rstrip(" \t.;")
    words = item.split()
    while words and not words[0][:1].isupper():
        words.pop(0)
    name = " ".join(words)
    if not 2 <= len(words) <= 5 or not all(is_syllable(w) for w in words) or is_title(words[0]):
        return None
    if any(w.islower() and is_english_word(w) and not has_vi_letters(w) for w in words):
        return None
    at = text.find(name, start, end)
    return (name, at + len(name)) if at >= 0 else None


def _names_listed(doc: Document) -> Iterator[Mention]:
    """A person's names listed after "referred to by several names:" (see _NAMES_LIST)."""
    text = doc.text
    for cue in _NAMES_LIST.finditer(text):
        sentence = _sentence_start(text, cue.start())
        page_subject = lead_subject(text) if _PRONOUN_OPENING.match(text, sentence) else None
        subject = _subject(text, sentence, cue.start(), page_subject)
        if subject is None:
            continue
        for start, end in _list_items(text, cue.end()):
            listed = _listed_name(text, start, end)
            if listed is not None and fold(listed[0]) != fold(subject):
                name, stop = listed
                yield other_name_mention(doc, stop - len(name), stop, Kind.PERSON, subject, name)


def extract_person_aliases(doc: Document) -> Iterator[Mention]:
    """Every person's other name a sentence states after a naming cue (see the module's doc)."""
    text, lower = doc.text, doc.lower
    if "names:" in lower:
        yield from _names_listed(doc)
    hits = literal_hits(lower, _ANCHORS)
    if not hits:
        return
    page_subject: str | None = None
    looked = False
    seen: set[int] = set()
    for hit in hits:
        cue = next((c for c in _CUE.finditer(text, max(0, hit - 20), hit + 50) if c.start() <= hit), None)
        if cue is None or cue.end() in seen or cue.group("adverb") and not is_ly_adverb(cue.group("adverb")):
            continue
        later = _KNOWN_LY.search(cue.group())
        if later is not None and not is_ly_adverb(later.group(1)):
            continue
        seen.add(cue.end())
        others = _names_after(text, cue.end())
        if not others:
            continue
        if _OTHER_SUBJECT.search(text, max(0, cue.start() - 40), cue.start()):
            continue
        if _noun_apposed(text, cue):
            continue  # "the line of kings, collectively known as Hùng Vương": the noun's name
        opening = _PAREN_OPEN.search(text, max(0, cue.start() - 80), cue.start())
        if opening is not None:
            # "Hồ Chí Minh (at the time known as Nguyễn Ái Quốc)": a cue opening a parenthesis speaks
            # of the name right before it, never of the page's subject.
            before = _untitled(opening.group("name"))
            if person_shaped(before, named=True) and fold(before) not in {fold(o) for o, _ in others}:
                for other, end in others:
                    yield other_name_mention(doc, end - len(other), end, Kind.PERSON, before, other)
            continue
        sentence = _sentence_start(text, cue.start())
        if not looked and _PRONOUN_OPENING.match(text, sentence):
            page_subject, looked = lead_subject(text), True
        subject = _subject(text, sentence, cue.start(), page_subject)
        if subject is None:
            continue
        for other, end in others:
            if fold(other) != fold(subject):
                yield other_name_mention(doc, end - len(other), end, Kind.PERSON, subject, other)
