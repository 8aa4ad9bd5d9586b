"""The all-capitals tokens and dotted initials ("U.S.") a document uses, counted so that an acronym's
frequency counts its uses and not only its definitions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS

from .documents import Document
from .lazy_patterns import LazyPattern
from .lexicon import ORG_HEADS, is_title

# The first capital before the lookbehind: a pattern opening with a character class is scanned far
# faster than one opening with a lookbehind.
# "BR-VT": initials in groups joined by hyphens, the abbreviation of a dash-joined name.
_HYPHENATED_CAPS = re.compile(r"[A-Z](?<![\w&.-][A-Z])[A-Z]{0,3}(?:-[A-Z]{1,4})+(?![\w&-])")
_CAPS_TOKEN = LazyPattern(r"[A-Z](?<![\w&.-][A-Z])[A-Z0-9&]{1,9}s?(?![\w&-])")
# The same, opening with the two characters every match opens with, so that the lookbehind is tried
# only at a capital followed by a capital, a digit or "&" (not at each capital of a title-case word);
# the lookbehind reads the same character before the first capital.
_CAPS_TOKEN_SCAN = r"[A-Z][A-Z0-9&](?<![\w&.-][A-Z][A-Z0-9&])[A-Z0-9&]{0,8}s?(?![\w&-])"
# The same with the letter after a blank that follows it, if any: "HCMC Securities" gives "S".
_CAPS_TOKEN_NEXT = re.compile(r"(" + _CAPS_TOKEN_SCAN + r")(?= (\w)|)")
_CAPS_HYPHEN = re.compile(r"-(?=[A-Z])")


def hyphenated_caps(text: str) -> Iterator[re.Match[str]]:
    """The matches of _HYPHENATED_CAPS.finditer(text), found from the hyphens: a match starts where
    the capitals before its first hyphen start, so the pattern is tried only there."""
    end = 0
    for hyphen in _CAPS_HYPHEN.finditer(text):
        start = hyphen.start()
        while start > end and "A" <= text[start - 1] <= "Z":
            start -= 1
        if start == hyphen.start():
            continue
        match = _HYPHENATED_CAPS.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def count_caps(doc: Document) -> dict[str, tuple[int, int]]:
    """Every all-capitals token (and its plural) in a document: {token: (count, first line)}.

    Clustering adds these to acronyms defined anywhere in the corpus, so an acronym's frequency
    counts its uses, not only its definitions. In the order of a scan of hyphenated tokens, then
    plain ones, then dotted initials, each by its first use.
    """
    text = doc.text
    counts: dict[str, tuple[int, int]] = {}
    for match in hyphenated_caps(text):
        _add(counts, match.group(0), doc, match.start())
    scan = caps_scan(text)
    for token, count in scan.counts.items():
        counts[token] = (count, doc.line_of(scan.first[token]))
    for match in _dotted_alone(text):
        _add(counts, match.group(0), doc, match.start())
    return counts


def _add(counts: dict[str, tuple[int, int]], token: str, doc: Document, at: int) -> None:
    seen = counts.get(token)
    counts[token] = (seen[0] + 1, seen[1]) if seen else (1, doc.line_of(at))


class CapsScan:
    """One scan of a text's plain all-capitals tokens: how often each is written, where first, and
    how often right before a capitalised word ("HCMC Securities"), as the first word of a longer name."""

    __slots__ = ("counts", "first", "before_capital")

    def __init__(self, text: str) -> None:
        self.counts: dict[str, int] = {}
        self.first: dict[str, int] = {}
        self.before_capital: dict[str, int] = {}
        counts, first, before = self.counts, self.first, self.before_capital
        for match in _CAPS_TOKEN_NEXT.finditer(text):
            token, after = match.groups()
            if token in counts:
                counts[token] += 1
            else:
                counts[token] = 1
                first[token] = match.start()
            if after and after.isupper():
                before[token] = before.get(token, 0) + 1

    def written_alone(self, token: str) -> bool:
        """Whether a plain token is written once at least with no capitalised word after it."""
        return self.before_capital.get(token, 0) < self.counts.get(token, 0)


@lru_cache(maxsize=1)
def caps_scan(text: str) -> CapsScan:
    """The scan of a text, kept for the one text a document's readers ask it of in turn (the
    counts, then names_only: a string caches its hash, so asking again is cheap)."""
    return CapsScan(text)


def _dotted_alone(text: str) -> Iterator[re.Match[str]]:
    """Dotted initials standing for the country alone or before a title, not opening a longer name."""
    for match in dotted_initials(text):
        if _NAME_GOES_ON.match(text, match.end()):
            continue  # "the U.S. Consulate General", "the U.S.-Vietnam War": part of a longer name
        word = _WORD_AFTER.match(text, match.end())
        if word is not None and _modified(word.group(1)):
            continue  # "U.S. citizens": a modifier (gold rules §10.11)
        if _SHARED_MODIFIER.match(text, match.end()):
            continue  # "U.S. and Vietnamese navies": both modify the noun (gold rules §10.11)
        yield match


# "U.S.", "U.K.": capitals each followed by a full stop, not inside a word or a longer string of them.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}(?![A-Za-z])")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_DOT_CAPITAL = re.compile(r"\.(?=[A-Z]\.)")
# A dash between spaces joins a compound too: "U.S. – Vietnam Relations" as "U.S.-Vietnam".
_NAME_GOES_ON = re.compile(r"(?:[ \t]+(?:[-–—][ \t]+)?|[-–—])[A-Z]")
# "U.S. and Vietnamese industry leaders": the initials and a people's adjective before one noun.
_SHARED_MODIFIER = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+(?:ese|an|ish)[ \t]+[a-z]")
# "U.S. Ambassador David Shear", "U.S. Deputy Secretary of State": a title after the initials, in
# title case, then no organisation's head ("U.S. State Department" is a longer name).
_TITLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?")


def _modified(word: str) -> bool:
    """Whether a lower-case word right after dotted initials is the noun they modify ("U.S.
    citizens"), not a function word or a verb in the past ("the U.S. and", "the U.K. welcomed it")
    after the initials standing as a noun."""
    return word not in ENGLISH_FUNCTION_WORDS and not word.endswith("ed")


def before_title(text: str, end: int) -> bool:
    """Whether the dotted initials ending at end stand before a title, a use of the country's
    abbreviation of its own (titles are no names: gold rules §9.7), not a longer name's first word."""
    after = _TITLE_AFTER.match(text, end)
    if after is None or not is_title(after.group(1)):
        return False
    return after.group(2) is None or after.group(2).lower() not in ORG_HEADS


def dotted_initials(text: str) -> Iterator[re.Match[str]]:
    """Every dotted initials token ("U.S."), found from its second full stop's neighbours (the
    pattern is tried only at a capital right before a full stop followed by a capital)."""
    end = 0
    for dot in _DOT_CAPITAL.finditer(text):
        start = dot.start() - 1
        if start < end or start < 0 or not "A" <= text[start] <= "Z":
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        match = _DOTTED.match(text, start)
        if match is not None:
            end = match.end()
            yield match
