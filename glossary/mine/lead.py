"""A page's lead sentence: the name it is about ("X (...) is/was ..."), what the sentence calls it
("is a mountain", "is a Buddhist temple") and the other names it gives before its verb ("X (...),
officially Y (...), also known as Z (...) or W (...), is ...").

Read once per document by renames.py and subject_names.py: a pronoun or a noun standing for the
page's subject ("It was once called ...", "the temple was named ...") needs to know that subject.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from .lexicon import ADMIN_UNITS, NATURAL_HEADS, PLACE_HEADS
from .names.words import head_kind, head_of, is_title

# A capitalised word, Vietnamese capitals included.
CAP_WORD = r"[A-ZÀ-ỸĐ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# A name that may hold dashes ("Bà Rịa–Vũng Tàu") and "of" or "the" between its words.
LEAD_NAME = (
    rf"{CAP_WORD}(?:[-–]{CAP_WORD})*(?:[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?{CAP_WORD}(?:[-–]{CAP_WORD})*)*"
)
# With "and" or "for" inside, for an organisation's name ("University of Science and Technology",
# "League for Independence of Vietnam", "Bank for Investment and Development of Vietnam"): two
# names joined by "and" are a list (see _lead).
_LEAD_NAME_AND = (
    rf"{CAP_WORD}(?:[-–]{CAP_WORD})*"
    rf"(?:[ \t]+(?:(?:of|and|for)[ \t]+)?(?:the[ \t]+)?{CAP_WORD}(?:[-–]{CAP_WORD})*)*"
)
# The lead sentence: a name at a line's start, its parentheses (perhaps nested), then a verb or
# the comma of an apposition.
# "The Hồ Chí Minh trail (...)": a place's head word may follow the name in lower case.
_LEAD_NAME = re.compile(
    rf"^(?:The[ \t]+)?({_LEAD_NAME_AND}(?:[ \t]+(?P<head>[a-z]+))?)[ \t]*(?=\(|,|[ \t](?:is|was|are|were)\b)",
    re.MULTILINE,
)
# Another name inside the lead's parenthesis: "(also known in Vietnam as the "Trường Sơn trail")".
_INNER_NAME = re.compile(
    r"[ \t]*\((?:also[ \t]+)?(?:known|called)(?:[ \t]+in[ \t]+[A-Z][a-z]+)?[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?"
    rf"[\"“]?(?P<name>{LEAD_NAME}(?:[ \t]+[a-z]+)?)[\"”]?\)"
)
# The verb may come after a short participle clause: "X (...), founded 1956, is ...".
# "X (...) whose real name is Y, was ...": the relative clause before the verb names the subject too.
_LEAD_VERB = re.compile(
    r"[ \t]*(?:,[ \t]*[a-z][^,()\n]{0,40},)?[ \t]*,?[ \t]*"
    r"(?:born|is|was|are|were|whose[ \t]+(?:real|birth|original|given|true)[ \t]+name"
    # "Lê Lợi (...), temple name Thái Tổ, ... was": a ruler's other names stand before the verb.
    r"|(?:temple|era|regnal|posthumous|courtesy|pen|art|personal|birth|childhood|dharma)[ \t]+name"
    # "Lý Thường Kiệt (...), real name Ngô Tuấn, was": the name he was born with, before the verb.
    r"|(?:real|original|true)[ \t]+name"
    r"|nickname|formal[ \t]+title)\b"
)
# What the lead sentence says the subject is: "is a mountain", "was a Buddhist temple", "is the
# capital of", "is the national military force of"; a possessive name stands for the article too
# ("were Nguyễn dynasty's forerunner and a feudal noble clan").
_DESCRIBED = re.compile(
    r"[ \t]*,?[ \t]*(?:is|was|are|were)[ \t]+(?:(?:now|once|formerly|still)[ \t]+)?"
    r"(?:an?|the|(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+['’]s)[ \t]+"
    r"(?:[A-Za-z-]+[ \t]+){0,3}?(?P<noun>[a-z]+)\b(?![-'’])"
)
_CLAUSE = re.compile(r"[ \t]*,[ \t]*[a-z][^,()\n]{0,40}(?=,)")
# "X (...), formally titled as "Viceroy" of X (...) also known as Y": an aside clause with its own
# parenthesis before the next cue.
_CLAUSE_PAREN = re.compile(r"[ \t]*,[ \t]*[a-z][^,()\n]{0,40}(?=\()")
LEAD_REACH = 4000
# Titles that with one name are what English calls a person ("Lady Triệu", "King Hùng"), unlike an
# office ("General Giáp").
_HONORIFICS = frozenset(
    "Lady Lord Saint Uncle Aunt Sister Brother Master Mother Queen King Princess Prince".split()
)
# Nouns a lead sentence uses for a place that are no head word of a name.
_PLACE_NOUNS = frozenset("capital municipality metropolis settlement peak volcano range monarchy".split())
# The nouns that say which kind of place a lead's subject is ("a town", "an island", "hills"), and
# the flag that carries it on the subject's mention to clustering (bare_joins.join_bare_places).
PLACE_NOUNS = frozenset(PLACE_HEADS) | frozenset(ADMIN_UNITS) | NATURAL_HEADS | _PLACE_NOUNS
# Nouns a lead sentence uses for a ruling house ("were a feudal noble clan", "was a dynasty"): a
# body that acts, so an organisation, though its names ("the Trịnh lords", "House of Trịnh") have
# no head word of one. And for a historical region ("was a protectorate", "is a historical
# region"), which the region's names ("Tonkin", "Northern Vietnam") do not say either.
HOUSE_NOUNS = frozenset("clan dynasty family house lineage lords".split())
REGION_NOUNS = frozenset("region protectorate territory".split())
DESCRIBED_AS = "is:"
_ALSO = re.compile(
    r"\b(?:and|also)[ \t]+(?:also[ \t]+)?(?:an?|the)[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?"
    r"(?P<noun>special[ \t]+zone|[A-Za-z]+)\b(?![-'’])",
    re.IGNORECASE,
)
_HOUSE_HEADS = "|".join(sorted(HOUSE_NOUNS))
# The names a lead sentence gives its subject before the verb, each after its cue.
_CHAIN = re.compile(
    r"[ \t]*,?[ \t]*(?:"
    r"(?:officially|formally)(?:[ \t]+(?:known[ \t]+as|called|named|titled))?"
    r"|(?:(?:also|commonly|better|often|sometimes|formerly|previously|locally)[ \t]+)?"
    # "known in English as", "known locally as"
    r"(?:known|recogni[sz]ed|referred[ \t]+to|called|named|written|spelled|spelt)"
    r"(?:[ \t]+in[ \t]+[A-Z][a-z]+|[ \t]+locally)?[ \t]+as"
    r"|(?:also|commonly|often|formerly|previously)[ \t]+(?:called|named)"
    r"|or"
    rf")[ \t]+(?:the[ \t]+)?(?P<name>{_LEAD_NAME_AND}(?:[ \t]+(?:{_HOUSE_HEADS}))?)"
    # the name ends where a parenthesis, a comma, the verb or the "or" of the next name follows
    # ("also known as Y for its ..." is no name)
    r"(?=[ \t]*(?:[(,;]|(?:is|was|are|were|or)\b))"
)

# "X (...), Y (...), Z (...) or W (...) was": a list of the subject's names, each with its own
# parenthesis, which an "or" closes (a comma item without its parenthesis, or a list that no "or"
# closes, is read as before: "X (...), a town in ..." is no list of names).
# (A plain pattern and a word check, not LEAD_NAME again: that one costs ~10 ms to compile.)
_LISTED = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?(?P<name>[^\W\d_][^,;()\n]{0,80}?)[ \t]*(?=\()")
_OR = re.compile(r"[ \t]*,?[ \t]*or[ \t]")


def _capitalised(name: str) -> bool:
    """A name's words each capitalised, "of" and "the" between them (as LEAD_NAME reads one)."""
    words = name.split()
    return words[0][0].isupper() and all(w[0].isupper() or w in ("of", "the") for w in words[1:])


def _listed(text: str, pos: int) -> tuple[list[tuple[str, int]], int]:
    """The names listed by commas at pos before a chain's "or", each with where it starts, and the
    position after the last one's parenthesis; ([], pos) when no "or" closes the list."""
    names: list[tuple[str, int]] = []
    at = pos
    while (item := _LISTED.match(text, at)) is not None and _capitalised(item["name"]):
        names.append((item["name"], item.start("name")))
        at = after_parentheses(text, item.end())
    if not names or _OR.match(text, at) is None or _CHAIN.match(text, at) is None:
        return [], pos
    return names, at


# Up to three words in lower case after a lead's first described word, before any punctuation; a
# hyphenated word is an adjective ("a former district-level town").
_NEXT_WORDS = re.compile(r"(?:[ \t]+[a-z]+(?:-[a-z]+)*\b(?!['’])){1,3}")
# "a cluster of five marble and limestone hills", "a group of islands": the kind is the noun after
# "of", within a few words (a group of hills is no body, whatever "group" heads elsewhere).
_COLLECTIVES = frozenset("group cluster chain set pair series system collection".split())
_OF_WORDS = re.compile(r"[ \t]+of[ \t]+((?:[a-z]+(?:-[a-z]+)*[ \t]+){0,4}[a-z]+)\b")


def _names_a_kind(noun: str) -> bool:
    return _kind_of_noun(noun) is not None


def _kind_of_noun(noun: str) -> str | None:
    """The kind ("org" or "place") a lead's class noun gives its subject, or None."""
    kind = head_of(noun)
    if kind in ("org", "place"):
        return kind
    if noun in HOUSE_NOUNS:
        return "org"
    if noun in _PLACE_NOUNS or noun in ADMIN_UNITS or noun in REGION_NOUNS:
        return "place"
    return None


# "and a feudal noble clan ruling ...": a description's last words, the head noun where a participle,
# a preposition or punctuation follows (not "a city councillor", whose head is the last word).
_SECOND = re.compile(
    r"\band[ \t]+(?:also[ \t]+)?(?:an?|the)[ \t]+(?P<words>(?:[a-z]+[ \t]+){0,3}?[a-z]+)"
    r"(?=[ \t]*(?:[,.;()]|$)|[ \t]+(?:[a-z]+ing|[a-z]+ed|of|in|on|at|from|with|that|which|who|whose)\b)"
)


def _second_description(sentence: str) -> str | None:
    """The kind noun of a second description joined by "and" ("were Nguyễn dynasty's forerunner and
    a feudal noble clan"), when the first one names no kind."""
    for match in _SECOND.finditer(sentence):
        head = match["words"].rsplit(" ", 1)[-1]
        if _names_a_kind(head):
            return head
    return None


def after_parentheses(text: str, pos: int) -> int:
    """pos moved past the spaces and balanced parentheses that follow it (on the same line)."""
    while True:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos >= len(text) or text[pos] != "(":
            return pos
        depth = 0
        for at in range(pos, min(len(text), pos + 400)):
            if text[at] == "\n":
                return pos
            depth += {"(": 1, ")": -1}.get(text[at], 0)
            if depth == 0:
                pos = at + 1
                break
        else:
            return pos


# The first item of the parenthesis after a chain's name, before a semicolon, comma or its end.
# A label may open it: "also known as Trấn Vũ Temple (Sino-Vietnamese: Chân Vũ Quán, chữ Hán: 真武觀)".
_NATIVE = re.compile(
    r"[ \t]*\((?:(?:Sino-Vietnamese|Vietnamese)[ \t]*:[ \t]*)?(?P<name>[^\W\d_][^;,():\n]{0,40}?)[ \t]*[;,)]"
)


def _vietnamese(name: str) -> bool:
    """A name written in Vietnamese: capitalised, all syllables, with Vietnamese letters."""
    return name[0].isupper() and has_vi_letters(name) and all(is_syllable(w) for w in name.split())


def _chain_at(text: str, pos: int) -> re.Match[str] | None:
    """The cue and name of another name of the subject at pos, perhaps after a participle clause
    ("X (...), founded 1956, also known as Y") or an aside with its own parenthesis."""
    if chained := _CHAIN.match(text, pos):
        return chained
    clause = _CLAUSE.match(text, pos)
    if clause is not None and (chained := _CHAIN.match(text, clause.end())):
        return chained
    aside = _CLAUSE_PAREN.match(text, pos)
    return _CHAIN.match(text, after_parentheses(text, aside.end())) if aside is not None else None


# "Khiem (right) is shown here alongside ...": a picture's caption says where the person stands
# in it; its sentence is no lead.
_CAPTION = re.compile(
    r"[ \t]*\((?:right|left|centre|center|middle|front|back|seated|standing|pictured"
    r"|(?:second|third)[ \t]+from[ \t]+(?:left|right)|far[ \t]+(?:left|right))\)"
)


def _lead(text: str, floor: int, ceiling: int) -> tuple[str, int, int, bool] | None:
    """The lead's subject: (name, start, end, whether a person's title stood before it)."""
    for match in _LEAD_NAME.finditer(text, floor, ceiling):
        name, start = match.group(1), match.start(1)
        titled = False
        head = match.group("head")
        if head and head not in PLACE_HEADS and head not in HOUSE_NOUNS:
            continue  # "Hanoi is", "X was": a verb, not a head word in lower case ("Trịnh lords" is one)
        if is_english_word(name) or _CAPTION.match(text, match.end(1)):
            continue
        if is_title(name.split()[0]):
            # "Emperor Quang Trung (...) or Nguyễn Huệ (...) was": the person is the name after the
            # title, a full name of two words or more that heads nothing.
            words = name.split()
            rest = words[1:]
            if len(rest) == 1 and words[0] in _HONORIFICS and has_vi_letters(rest[0]):
                # "Lady Triệu (...) or Triệu Ẩu (...) was": an honorific and one Vietnamese name
                # are what the page calls the person; the whole is the subject. (An office and a
                # name, "General Giáp", is a titled form, not a name.)
                pass
            elif len(rest) < 2 or is_title(rest[0]) or head_kind(" ".join(rest)) is not None:
                continue
            else:
                name, start, titled = " ".join(rest), text.index(rest[0], start + len(words[0])), True
        if " and " in name and head_kind(name) != "org":
            continue  # "Hanoi and Ho Chi Minh City are ...": two places
        pos = _listed(text, after_parentheses(text, match.end(1)))[1]
        if _LEAD_VERB.match(text, pos) or _chain_at(text, pos):
            return name, start, match.end(1), titled
    return None


def lead_subject(text: str, floor: int = 0, ceiling: int | None = None) -> str | None:
    """The first name that opens a line and is the subject of its sentence: "Gia Long (...) was",
    "The People's Army of Vietnam (PAVN), officially ... is"."""
    found = _lead(text, floor, len(text) if ceiling is None else ceiling)
    return found[0] if found else None


class Lead(NamedTuple):
    """A page's lead sentence as read by lead_names."""

    subject: str
    start: int  # where the subject is written
    kind: str | None  # "org" or "place" when the sentence calls it one ("is a mountain")
    others: list[tuple[str, int]]  # the other names before its verb, with where each starts
    noun: str  # the noun the sentence calls it by ("mountain", "city"), or ""
    titled: bool = False  # a person's title stood before the subject ("Emperor Quang Trung")
    # Further kinds the sentence gives it ("an archipelago ..., and also a Special Zone"), lower case
    also: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _one_with_and(name: str, subject: str) -> bool:
    """Whether a chain name holding "and" is one name: an organisation's ("Ministry of Culture and
    Information"), or the subject's own words grown into a longer name ("Bái Đính Pagoda (...) or
    Bái Đính Pagoda Spiritual and Cultural Complex is"); not "X or Y and Z", a list."""
    if head_kind(name) == "org":
        return True
    first = subject.split()[:2]
    return len(first) == 2 and name.split()[:2] == first


def lead_names(text: str) -> Lead | None:
    """The lead sentence read once. A lead sentence opens its page: only the first LEAD_REACH
    characters are read (a page without one is not read to its end)."""
    found = _lead(text, 0, min(len(text), LEAD_REACH))
    if found is None:
        return None
    subject, start, end, titled = found
    others: list[tuple[str, int]] = []
    inner = _INNER_NAME.match(text, end) if text.startswith(("(", " ("), end) else None
    if inner is not None:
        last = inner["name"].rsplit(" ", 1)[-1]
        if last[0].isupper() or last in PLACE_HEADS:  # a name, or one with its head word in lower case
            others.append((inner["name"], inner.start("name")))
    listed, pos = _listed(text, after_parentheses(text, end))
    others.extend(listed)
    while True:
        # "X (...), founded 1956, also known as Y": a participle clause may stand before a cue.
        chained = _chain_at(text, pos)
        if chained is None:
            break
        name = chained.group("name")
        if " and " in name and not _one_with_and(name, subject):
            break  # "X or Y and Z are ...": a list, not another name of X
        others.append((name, chained.start("name")))
        native = _NATIVE.match(text, chained.end())
        if native is not None and _vietnamese(native["name"]):
            # "also known as the Trịnh clan (Trịnh thị; 鄭氏)": the name as Vietnamese writes it.
            others.append((native["name"], native.start("name")))
        pos = after_parentheses(text, chained.end())
    # "X (...), founded 1956, is a ...": the description may follow a participle clause, or be the
    # clause-like ", is a Taoist temple in Hanoi," itself.
    clause = _CLAUSE.match(text, pos)
    described = _DESCRIBED.match(text, pos) or (_DESCRIBED.match(text, clause.end()) if clause else None)
    noun = described.group("noun") if described is not None else ""
    if noun in _COLLECTIVES:
        # "a group of three limestone hills": the kind is what the group is of.
        of = _OF_WORDS.match(text, described.end("noun"))  # type: ignore[union-attr]
        noun = next((w for w in of.group(1).split() if _names_a_kind(w)), noun) if of else noun
    if noun and not _names_a_kind(noun):
        # "is the largest island", "is an old craft village": the adjectives before the noun.
        end = described.end("noun")  # type: ignore[union-attr]
        for after in (_NEXT_WORDS.match(text, end), _OF_WORDS.match(text, end)):
            kind_word = next((w for w in after.group().split() if _names_a_kind(w)), None) if after else None
            if kind_word:
                noun = kind_word
                break
    also: tuple[str, ...] = ()
    if described is not None:
        # "X are an archipelago of ..., and also a Special Zone (...) of this city."
        stop = text.find(". ", described.end(), described.end() + 300)
        sentence = text[described.end() : stop if stop >= 0 else described.end() + 300]
        also = tuple(m["noun"].lower() for m in _ALSO.finditer(sentence))
        if noun and not _names_a_kind(noun):
            noun = _second_description(sentence) or noun
    return Lead(subject, start, _kind_of_noun(noun) if noun else None, others, noun, titled, also)


__all__ = [
    "CAP_WORD",
    "DESCRIBED_AS",
    "HOUSE_NOUNS",
    "LEAD_NAME",
    "PLACE_NOUNS",
    "Lead",
    "after_parentheses",
    "lead_names",
    "lead_subject",
]
