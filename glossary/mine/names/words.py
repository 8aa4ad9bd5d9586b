"""What one word of a capitalised run is: a title, a head word, an acronym, a connector or a name.

Names repeat, so every per-word test is cached. Tokens carry offsets into whatever string they were
cut from (a piece of a run, or the document for the passes run once per text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from glossary.text import fold as _fold_text
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from .. import gazetteer
from ..lexicon import (
    CONNECTORS,
    EVENT_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    PLURAL_HEADS,
    TITLE_WORDS,
    is_family_name,
)
from ..mentions import strip_possessive

fold = lru_cache(maxsize=65536)(_fold_text)

UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
LOWER_SET = frozenset(LOWER)
# A capitalised word, with inner hyphens or apostrophes and a possessive.
CAP = rf"[{UPPER}][^\W_]*(?:[-‑–'’][^\W\d_]+)*['’]?"

# One letter or more before the head ("Vingroup", "TechcomBank"): under IGNORECASE "[A-Z][a-z]*[A-Z]?[a-z]*?"
# read the same letters, but tried every split of the word between its three repeats before each
# head word (round 35: the same words, tests/test_r35speed.py).
_CAMEL_HEAD = re.compile(
    r"^[a-z]+("
    + "|".join(
        sorted(
            {"group", "university", "bank", "corp", "tech", "soft", "airlines", "mart", "media"},
            key=len,
            reverse=True,
        )
    )
    + r")$",
    re.IGNORECASE,
)
# Company abbreviations head a name only at its end ("Co To" is an island).
TRAILING_HEADS = frozenset({"co", "corp", "inc", "ltd", "jsc"})
# Nouns after a name that make it a place ("the Suoi Tien area").
REGION_NOUNS = frozenset({"region", "area", "subregion", "basin", "rim"})
# Verbs that put the speaker after them: '"...," said X'. Not "told" or "asked", whose object is
# someone else.
ATTRIBUTION_VERBS = frozenset({"said", "says", "added", "noted", "explained", "stressed", "affirmed"})
# Tokens that separate the words of a run without being words.
SEPARATORS = (",", "–", "—", "-")
DASHES = ("–", "—", "-")


class Token:
    """One word (or comma, dash) of a capitalised run, at source[start:end]."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def words_of(tokens: Sequence[Token]) -> list[str]:
    """The words of tokens, without commas and dashes."""
    return [t.text for t in tokens if t.low not in SEPARATORS]


def text_of(source: str, tokens: Sequence[Token]) -> str:
    """The text tokens cover in source, whitespace collapsed."""
    return " ".join(source[tokens[0].start : tokens[-1].end].split())


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    core = letters[:-1] if letters and letters[-1] == "s" else letters
    return len(core) >= 2 and all(c.isupper() for c in core)


@lru_cache(maxsize=65536)
def is_generic(word: str) -> bool:
    """A head word on its own ("Ministry", "City"): generic, unlike "Vingroup"."""
    low = fold(strip_possessive(word))
    return low in ORG_HEADS or low in PLACE_HEADS or low in EVENT_HEADS


@lru_cache(maxsize=65536)
def head_of(word: str) -> str | None:
    """Which kind of head word this is: "org", "place", "event", or None."""
    if not word.isascii() and has_vi_letters(word):
        return None  # a Vietnamese syllable ("Đảm" in Nguyễn Phúc Đảm) is no English "dam"
    low = fold(strip_possessive(word))
    if low in ORG_HEADS or len(word) > 6 and not word.isupper() and _CAMEL_HEAD.match(word):
        return "org"
    if low in PLACE_HEADS or low in PLURAL_HEADS and low.rstrip("s") in PLACE_HEADS:
        return "place"
    if low in EVENT_HEADS:
        return "event"
    return None


# Noble ranks before a title name ("Marquis Hoài Văn", "Duke of Thuận An"): titles of a person to
# the name readers (round 39), kept out of the lexicon's TITLE_WORDS, which the scorer also reads.
_NOBLE_RANKS = frozenset({"duke", "duchess", "marquis", "marquess", "marchioness"})


@lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    low = fold(word)
    return low in TITLE_WORDS or low in _NOBLE_RANKS


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A word that can be part of a personal name: capitalised, no title, head, connector or acronym."""
    return (
        word[0].isupper()
        and not is_title(word)
        and head_of(word) is None
        and word not in CONNECTORS
        and not is_acronym(word)
    )


@lru_cache(maxsize=65536)
def _english_not_vietnamese(word: str) -> bool:
    return not is_syllable(word) and is_english_word(word)


@lru_cache(maxsize=65536)
def head_kind(name: str) -> str | None:
    """The head word kind of a whole name ("org", "place", "event" or None); in "N of ...", N is
    the head ("Ministry of Public Security" is an organisation). Memoised: a dozen extractors ask
    it of the same names."""
    words = name.split()
    before_of = words[: words.index("of")] if "of" in words else words
    return next((h for h in map(head_of, reversed(before_of)) if h), None)


def shouted_place(tokens: Sequence[Token]) -> bool:
    """A place name in capitals ("CAN THO" opening a story): its words are not English words,
    even when they spell one."""
    return (
        len(tokens) > 1
        and all(t.text.isupper() and len(t.text) > 1 for t in tokens)
        and gazetteer.is_place(" ".join(t.text for t in tokens))
    )


# A regnal numeral of two letters or more ("II", "VII", "XIV"); "I", "V" and "X" alone are words.
_REGNAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def trailing_person(tokens: Sequence[Token], named: Callable[[str], bool] | None = None) -> int:
    """Where the personal name at the end of a titled span starts, or -1.

    named tells whether the text already named a person by this (folded) last word; without it (while
    runs are cut, which is cached per text) no person counts as named yet.
    """
    i = end = len(tokens)
    # "King Jaya Simhavarman III": a ruler's regnal numeral ends the name (round 48).
    if i > 2 and _REGNAL.fullmatch(tokens[-1].text) and is_name_word(tokens[-2].text):
        i = end = i - 1
    while i > 0 and is_name_word(tokens[i - 1].text):
        # "Minister of Foreign Affairs Bui Thanh Son": an English word before a name of two or more
        # words ends the title, not the name.
        # A middle initial ("John F. Kennedy") is no name's first word: the word before it stays.
        if end - i >= 2 and _english_not_vietnamese(tokens[i - 1].text) and len(tokens[i].text) > 1:
            break
        i -= 1
    if i == len(tokens) or i == 0:
        return -1
    prefix = tokens[:i]
    if not any(is_title(t.text) for t in prefix) or any(t.low == "," for t in tokens[i - 1 :]):
        return -1
    if prefix[-1].text in CONNECTORS:
        # "President of Vietnam To Lam": a place named by the title is not part of the name;
        # otherwise a name right after "of" belongs to the title ("of Cultural Expressions").
        for j in range(i + 1, len(tokens) - 1):
            if gazetteer.is_place(" ".join(t.text for t in tokens[i:j])) and len(tokens) - j >= 2:
                return j
        return -1
    if len(tokens) - i < 2 and (named is None or not named(fold(tokens[i].text))):
        return -1  # one word after a title is rarely a name: "Minister of Foreign Affairs"
    return i + title_name_length(tokens[i:])


def title_name_length(tokens: Sequence[Token]) -> int:
    """How many words of a titled name are a title name before the full name, or 0: "Prince Trung
    Vũ Trần Thủ Độ" is the man Trần Thủ Độ by the title name he holds (Trung Vũ), the full name
    opening with a family name after two syllables or more that do not. Vietnamese syllables only."""
    if len(tokens) < 4 or is_family_name(tokens[0].text):
        return 0
    for j in range(2, len(tokens) - 1):
        if is_family_name(tokens[j].text):
            return j if all(is_syllable(t.text) for t in tokens) else 0
    return 0
