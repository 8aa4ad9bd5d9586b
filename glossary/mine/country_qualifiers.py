"""A country's abbreviation before a body's name or short form ("The US Centers for Disease Control
and Prevention (CDC)", "the U.S. CDC in Vietnam"): the qualified forms are variants of the bare
acronym's entry. The abbreviation comes from data and the page: the initials ("US", "U.S.") of a
gazetteer country of two words or more that the same page writes out ("United States")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

from glossary.model import VariantType
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS

from . import gazetteer
from .mentions import Mention

# Two or three capitals, each with or without a full stop ("US", "U.S.", "U.K."), as a word.
_QUALIFIER = r"(?<![\w.])([A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)"
_BEFORE_LONG_FORM = re.compile(_QUALIFIER + r"[ \t]$")
# A qualifier, a space and a word as a whole (no word character or hyphen after it), then a stop or
# the end, or blanks and the next word. The word is a qualified short form where it is one of the
# page's short forms: they are letters only, so the one that can stand there is the whole word (a
# pattern of the page's short forms, longest first, finds the same matches, but compiling one for
# each page that needs it cost more than the search).
_QUALIFIED = re.compile(rf"{_QUALIFIER} (\w+)(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))")


def add_qualified_forms(text: str, acronyms: Iterable[Mention]) -> None:
    """Add to each acronym the country-qualified forms of its long form (right before it, the short
    form spelling no letter of the qualifier) and of its short form (written anywhere on the page,
    followed by a function word or a stop: "the U.S. MIA office" is a modifier, and "US CDC
    Southeast Asia Regional Office" is a longer name). Only a qualifier whose country the page
    names in full counts."""
    by_short: dict[str, list[Mention]] = {}
    for mention in acronyms:
        if mention.en and mention.abbr and mention.abbr.isalpha():
            by_short.setdefault(mention.abbr, []).append(mention)
    if not by_short:
        return
    for mention in (m for ms in by_short.values() for m in ms):
        found = _BEFORE_LONG_FORM.search(text, max(0, mention.start - 8), mention.start)
        if (
            found is not None
            and text.startswith(mention.en, mention.start)
            and _names_country(text, found.group(1))
        ):
            _add(mention, f"{found.group(1)} {mention.en}", VariantType.SPELLING)
    if not _may_hold_qualified(text, by_short):
        return
    for match in _qualified(text, _QUALIFIED, by_short):
        following = match.group(3)
        if following is not None and following.lower() not in ENGLISH_FUNCTION_WORDS:
            continue
        if not _names_country(text, match.group(1)):
            continue
        for mention in by_short[match.group(2)]:
            _add(mention, f"{match.group(1)} {match.group(2)}", VariantType.ABBREVIATION)


def _may_hold_qualified(text: str, shorts: Iterable[str]) -> bool:
    """Whether some short form stands after a space that two characters of a qualifier precede (a
    capital and a capital or full stop, or a capital and a full stop): what the qualified-form
    pattern needs before it can match. The pattern opens with a character class and a lookbehind,
    tried at every position of the page; the short forms' own occurrences are few, and a sentence's
    full stop after a small letter ("... in Hanoi. ASEAN") is no qualifier's."""
    for short in shorts:
        needle = " " + short
        at = text.find(needle)
        while at >= 0:
            if at > 1:
                last, before = text[at - 1], text[at - 2]
                if "A" <= before <= "Z" and (last == "." or "A" <= last <= "Z"):
                    return True
                if before == "." and "A" <= last <= "Z":
                    return True
            at = text.find(needle, at + 1)
    return False


def _qualified(text: str, pattern: re.Pattern[str], shorts: Collection[str]) -> Iterator[re.Match[str]]:
    """The matches of pattern (_QUALIFIED, or a pattern of these short forms as before round 27)
    whose word is one of these short forms, as finditer would give them for a pattern of the short
    forms, tried only where a match can start: a qualifier is two to six characters, right before
    " " and a short form, so every match starts 2-6 characters before a place of " <short form>".
    Tried at those places in order, a start inside the last match skipped, as finditer does (a
    search from each position would test the pattern's opening class and lookbehind at every
    character of the page)."""
    starts: set[int] = set()
    for short in shorts:
        needle = " " + short
        at = text.find(needle)
        while at >= 0:
            starts.update(range(max(0, at - 6), at - 1))
            at = text.find(needle, at + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        match = pattern.match(text, start)
        if match is not None and match.group(2) in shorts:
            pos = match.end()
            yield match


def _add(mention: Mention, form: str, kind: VariantType) -> None:
    if all(form != held for held, _ in mention.variants):
        mention.variants.append((form, kind))


def _names_country(text: str, qualifier: str) -> bool:
    """Whether the text writes out a gazetteer country whose words' initials are the qualifier's."""
    letters = qualifier.replace(".", "")
    return any(_is_country(name) for name in set(_initials_pattern(letters).findall(text)))


@lru_cache(maxsize=256)
def _initials_pattern(letters: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r" ".join(f"{letter}[a-z]+" for letter in letters) + r"\b")


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    return any(place.unit == "country" for place in gazetteer.lookup(name))
