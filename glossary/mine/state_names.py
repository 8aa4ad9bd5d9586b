"""A state's name with its head word ("the Kingdom of Champa", "Âu Lạc Kingdom", "the Văn Lang
kingdom", "the kingdom of Âu Lạc") and the bare name it is a form of: gold rules §10.12 make the
name with its generic word a form of the place, and the bare name one where the page writes it
alone (a unit variant of one entry)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.text import fold, is_syllable
from glossary.vietnamese import is_english_word

from . import gazetteer
from .lexicon import STATE_NAME_HEADS, language_names

# The head words capitalised, as a name's own word ("Kingdom of Champa", "Khmer Empire").
CAPITALISED_HEADS = frozenset(head.capitalize() for head in STATE_NAME_HEADS)

# Peoples whose word is also one word before a state's head ("the Khmer empire", "the Lao
# kingdom", "the Cham kingdom"): the people's state, not a name of its own. Language names (CLDR)
# cover most; these are the ones CLDR spells otherwise or not at all.
_PEOPLES = frozenset({"khmer", "lao", "thai", "cham", "viet", "kinh", "hmong", "tay", "mon"})

# A state's head word before its name with "of", or after it, in either case.
_HEADS = "|".join(sorted(CAPITALISED_HEADS | STATE_NAME_HEADS))
_OPENING = re.compile(rf"(?:{_HEADS}) of (?P<name>.+)")
_CLOSING = re.compile(rf"(?P<name>.+) (?:{_HEADS})")


def _people(word: str) -> bool:
    low = fold(word)
    return low in _PEOPLES or word.lower() in language_names()


def own_name(words: Sequence[str]) -> bool:
    """Whether words may be a state's own name beside its head word: up to four Vietnamese
    syllables ("Đại Việt", "Âu Lạc"), or one word that is no English word, no adjective and no
    people's ("Champa", "Funan"; not "Cobra", "Indianized", "Lao")."""
    if len(words) == 1:
        word = words[0]
        adjective = len(word) > 5 and word.lower().endswith(("ed", "ing", "ly"))  # not "Qing"
        return not (is_english_word(word) or adjective or _people(word))
    return 2 <= len(words) <= 4 and all(is_syllable(x) for x in words)


def named_before_head(words: Sequence[str]) -> bool:
    """Whether the capitalised words before "Kingdom" or "Empire" name a state ("Âu Lạc Kingdom",
    "Khmer Empire", "Great Vietnam Kingdom"): not all of them English words, unless a people's
    ("Chinese Empire"). A box label glued to its value ("Status Empire") is none."""
    return (
        bool(words)
        and all(x[:1].isupper() for x in words)
        and any(not is_english_word(x) or _people(x) for x in words)
    )


def bare_state(form: str) -> str:
    """The bare name of a state's form with its head word ("Kingdom of Champa" -> "Champa", "Văn
    Lang kingdom" -> "Văn Lang"), or "". Not a country's name of today ("Empire of Vietnam", a
    state of 1945, is not Vietnam; "Kingdom of Cambodia" is left to a page that says so), nor a
    people's ("Khmer Empire") or an English word ("United Kingdom", "Roman Empire")."""
    match = _OPENING.fullmatch(form) or _CLOSING.fullmatch(form)
    if match is None:
        return ""
    name = match.group("name")
    words = name.split()
    if not all(w[:1].isupper() for w in words) or not own_name(words):
        return ""
    if any(place.unit == "country" for place in gazetteer.lookup(name)):
        return ""
    return name
