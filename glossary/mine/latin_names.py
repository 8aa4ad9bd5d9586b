"""A species' Latin name beside a Vietnamese term: no English rendering of it (gold-rules §2:
Latin is another language). "the lemony-scented herb ngò gai (Limnophila aromatica)" pairs
nothing; "the oriental coral tree Erythrina orientalis (vông nem)" pairs the English before the
Latin name, not its epithet.
"""

from __future__ import annotations

import re

from glossary.vietnamese import english_words

# The endings of a Latin species epithet ("aromatica", "orientalis", "nghetinhensis").
_EPITHET_ENDINGS = ("a", "us", "um", "is", "ae", "ii", "i", "es", "ensis", "oides", "x")
# The endings of a Latin genus ("Limnophila", "Trachypithecus", "Pseudoryx"; not "Ming aralia",
# an English name of a plant after the dynasty's).
_GENUS_ENDINGS = ("a", "us", "um", "is", "on", "es", "x", "ys", "e", "os")
_EPITHET_LAST_LETTERS = frozenset(e[-1] for e in _EPITHET_ENDINGS)
# An epithet alone: only endings English words seldom have, on a word no English list holds.
_LONE_EPITHET_ENDINGS = ("alis", "ensis", "oides", "icus", "ica", "atus", "ata", "ii")
# The shape of a Latin name or of an epithet alone, both in plain letters.
_SHAPE = re.compile(r"[A-Z][a-z]{3,}[ ][a-z]+|[a-z]+(?:alis|ensis|oides|icus|ica|atus|ata|ii)")
# A genus and an epithet at the end of a stretch, before a parenthesis ("Erythrina orientalis ").
# Only after an English word of the sentence ("tree Erythrina orientalis"), the common name's.
_NAME_AT_END = re.compile(r"[a-z][ \t]+([A-Z][a-z]+)[ \t]+([a-z]+)[ \t]*$")


def _binomial(genus: str, epithet: str) -> bool:
    known = english_words()
    return (
        genus.isascii()
        and epithet.isascii()
        and len(genus) >= 4
        and genus.endswith(_GENUS_ENDINGS)
        and epithet.endswith(_EPITHET_ENDINGS)
        and genus.lower() not in known
        and epithet not in known
    )


def latin_name(en: str) -> bool:
    """Whether en is a species' Latin name ("Limnophila aromatica": a capitalised genus and a
    lower-case epithet, neither an English word) or its epithet alone, cut from the genus before it
    ("Erythrina orientalis (vông nem)" read back to "orientalis")."""
    if _SHAPE.fullmatch(en) is None:
        return False  # one scan in C for the shape; the word lists only for what has it
    words = en.split(" ")
    if len(words) == 2:
        genus, epithet = words
        return genus[:1].isupper() and genus[1:].islower() and epithet.islower() and _binomial(genus, epithet)
    if len(words) == 1:
        word = words[0]
        return (
            word.isascii()
            and word.islower()
            and word.endswith(_LONE_EPITHET_ENDINGS)
            and word not in english_words()
        )
    return False


def before_latin_name(text: str, end: int, floor: int) -> int:
    """Where the English before a parenthesis ends once a Latin name right before it is left out
    ("the oriental coral tree Erythrina orientalis (vông nem)": before "Erythrina"); end when
    none stands there."""
    last = end - 1 if text[end - 1 : end] == " " else end
    # Most parentheses follow no lower-case Latin ending, or an English word: no search.
    if last <= floor or text[last - 1] not in _EPITHET_LAST_LETTERS:
        return end
    word = text[text.rfind(" ", floor, last) + 1 : last]
    if not word.isalpha() or word in english_words():
        return end
    hit = _NAME_AT_END.search(text, max(floor, last - 60), last)
    if hit is None or not _binomial(hit.group(1), hit.group(2)):
        return end
    return hit.start(1)
