"""What a short form is and how its letters spell a long form (Schwartz and Hearst, 2003), with the
capitalised names around a definition and the mention that pairs a short form with its long form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.model import Kind
from glossary.vietnamese import has_vi_letters

from .documents import Document
from .mentions import Mention, mention_at

# A short form: 2-10 characters, starting with a letter or digit, at least two capitals
# ("SDGs", "GNLC", "UCCN", "R&D", "Covid-19" is not: one capital).
# A plural written with an apostrophe ("FTA’s") is the same short form.
_SHORT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.\-]{1,9}(?:['’]s)?$")


def is_short_form(candidate: str) -> bool:
    """Whether a string can be an acronym: 2-10 characters with two or more capitals and letters."""
    if not _SHORT.match(candidate):
        return False
    capitals = sum(map(str.isupper, candidate))
    letters = sum(map(str.isalpha, candidate))
    return capitals >= 2 and letters >= 2 and capitals * 2 >= letters


@lru_cache(maxsize=4096)
def spelt_letters(short: str) -> str:
    """The letters a long form must spell: a trailing plural "s" ("SDGs") spells nothing (cached: the
    readers ask it of one short form again and again)."""
    core = short.removesuffix("'s").removesuffix("’s")
    core = core[:-1] if core.endswith("s") and core[:-1].isupper() and len(core) > 2 else core
    return "".join(c for c in core if c.isalnum())


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz–Hearst: the shortest tail of candidate whose characters spell short, right to left.

    Each letter of short is matched in order from the end; the first must begin a word.
    """
    letters = spelt_letters(short).lower()
    text = candidate
    low = text.lower()
    s = len(letters) - 1
    position = len(text) - 1
    while s >= 0:
        char = letters[s]
        while position >= 0 and (
            low[position] != char or (s == 0 and position > 0 and low[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = text.rfind(" ", 0, position + 2) + 1
    long_form = text[start:].strip(" ,;:-–—")
    if len(long_form) > 2 and long_form[0] in _OPENING_QUOTES and long_form[-1] in _CLOSING_QUOTES:
        # "'last known alive' (LKA)": the quotation marks around the long form are no part of it.
        long_form = long_form[1:-1].strip()
    return long_form or None


_OPENING_QUOTES = "\"'“‘"
_CLOSING_QUOTES = "\"'”’"


def long_form_window(short: str) -> int:
    n = len(spelt_letters(short))
    return min(n + 5, n * 2)


def plausible(short: str, long_form: str) -> bool:
    words = long_form.split()
    n = len(spelt_letters(short))
    if len(words) < 2 and n > 1 and len(long_form) <= len(short) + 2:
        return False
    if short.lower() in long_form.lower().split():
        return False
    if len(words) > long_form_window(short):
        return False
    # "and the Government of Vietnam's Air Force-Air Defence Command (ADAFC)": a long form opening
    # with a function word took a letter from it; the name starts after it.
    if words[0] in OPENING_FUNCTION_WORDS:
        return False
    # The long form names something: it starts with a capital or a letter of the short form.
    return long_form[0].isalnum()


OPENING_FUNCTION_WORDS = frozenset({"and", "or", "the", "of", "for", "in", "on", "at", "to", "by", "with"})
# The token a parenthesis or a bracket follows: "UNESCO (United Nations ...)".
TRAILING_TOKEN = re.compile(r"([A-Za-z0-9&.\-]+)$")
# The capitalised name right before a parenthesis: words (and the dashes that join a province's two
# names) back to the first word that is not capitalised.
NAME_BEFORE = re.compile(
    r"((?:[A-ZÀ-ỸĐ][^\s()]*(?:[ \t]+(?:of|and|for|the)(?=[ \t]+[A-ZÀ-ỸĐ]))?[ \t]+)*[A-ZÀ-ỸĐ][^\s()]*)[ \t]*$"
)


def word_initials(words: list[str]) -> list[str]:
    """The first letters of the capitalised words and of their hyphenated parts."""
    out = []
    for word in words:
        if "-" in word or "‐" in word or "‑" in word:
            out.extend(part[0] for part in _HYPHENS.split(word) if part[:1].isupper())
        elif word[:1].isupper():
            out.append(word[0])  # no hyphen: the word is its only part
    return out


_HYPHENS = re.compile(r"[-‐‑]")


# The capitalised name after a cue or a comma: words joined by "of", "and", "for", "the".
NAME_AFTER = re.compile(
    r"((?:[A-ZÀ-ỸĐ][^\s(),;.]*)(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-ZÀ-ỸĐ][^\s(),;.]*)*)"
)


def acronym_at(doc: Document, start: int, end: int, long_form: str, short: str, confidence: float) -> Mention:
    """The acronym a definition at doc.text[start:end] gives, its long form English or Vietnamese by
    its letters."""
    side = "vi" if has_vi_letters(long_form) else "en"
    return mention_at(
        doc,
        start,
        end,
        kind=Kind.ACRONYM,
        abbr=short,
        confidence=confidence,
        origin="acronym",
        **{side: long_form},
    )


def initials_of_vietnamese(short: str, name: str) -> bool:
    """Whether short is the initials of a Vietnamese name, every syllable's first letter in order
    ("ĐCSVN" for "Đảng Cộng sản Việt Nam"; "QĐNDVN" for "Quân đội nhân dân Việt Nam")."""
    words = name.split()
    return len(words) == len(short) and all(w[0].upper() == c for w, c in zip(words, short, strict=True))


# An article opening a sentence before a name: "The Ministry of Public Security (abbreviated as MPS)".
OPENING_ARTICLE = re.compile(r"(?:The|A|An)[ \t]+(?=[A-ZÀ-ỸĐ])")
