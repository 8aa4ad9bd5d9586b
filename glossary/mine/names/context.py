"""The questions name rules may ask about a piece's surroundings, answered and recorded.

A rule never reads the document: it asks a Context ("the word after position 12?", "was a person
with this last word named before?"). Positions are relative to the piece, so a Context records each
question with its answer, and the plan the rules made can be replayed wherever the same piece recurs
and every recorded question gets the same answer (see plans.py). Cutting a run asks one thing only,
whether a word is written in lower case somewhere in the text (CutContext).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Mapping
from typing import NamedTuple, Protocol

from ..lexicon import ADMIN_UNITS
from ..mentions import Mention
from .words import LOWER_SET


class Surroundings(Protocol):
    """What the questions read: the document's text and who it has named so far."""

    text: str
    persons: Mapping[str, Mention]  # folded last word -> the mention of a person named so far
    person_keys: Container[str]  # place keys of their full names


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")
_DATELINE = re.compile(r"[ \t]*\([A-Z][A-Za-z/]{1,12}\)[ \t]*[–—-]")
_UNIT_AFTER = re.compile(
    r"[ \t]+(" + "|".join(sorted(ADMIN_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# "(Photo: VNA/Minh Đức)": the agency, a slash, then the photographer's name.
_CREDIT = re.compile(
    r"\((?:photo|photos|ảnh|credit|image)[ \t]*:[ \t]*[^\W\d_]+[ \t]*/[ \t]*$", re.IGNORECASE
)


def word_after(text: str, at: int) -> str:
    match = _NEXT_WORD.match(text, at)
    return match.group(1) if match else ""


def word_before(text: str, at: int) -> str:
    match = _PREV_WORD.search(text, max(0, at - 30), at)
    return match.group(1) if match else ""


# The questions. Positional ones take an offset into the text, the others a key.
def _next_word(where: Surroundings, at: int) -> str:
    return word_after(where.text, at)


def _prev_word(where: Surroundings, at: int) -> str:
    return word_before(where.text, at).lower()


def _char_after(where: Surroundings, at: int) -> str:
    return where.text[at : at + 1].strip()


def _dateline_after(where: Surroundings, at: int) -> bool:
    return _DATELINE.match(where.text, at) is not None


def _credit_before(where: Surroundings, at: int) -> bool:
    return _CREDIT.search(where.text, max(0, at - 40), at) is not None


def _unit_after(where: Surroundings, at: int) -> str:
    match = _UNIT_AFTER.match(where.text, at)
    return match.group() if match else ""


def _person_named(where: Surroundings, last_word: str) -> str:
    person = where.persons.get(last_word)
    return (person.vi or person.en) if person is not None else ""


def _person_key(where: Surroundings, key: str) -> bool:
    return key in where.person_keys


class Asked(NamedTuple):
    """A question asked while a piece was planned, with its argument and answer."""

    question: Callable[[Surroundings, object], object]
    arg: object  # an offset relative to the piece when positional, else a key
    answer: object
    positional: bool


def still_holds(asked: Collection[Asked], where: Surroundings, base: int) -> bool:
    """Whether every recorded question gets the same answer for a piece at base."""
    for question, arg, answer, positional in asked:
        if question(where, base + arg if positional else arg) != answer:  # type: ignore[operator]
            return False
    return True


class Context:
    """Answers a piece's questions about its surroundings and records them.

    Offsets given and taken are relative to the piece (base is where it starts in the document).
    """

    def __init__(self, where: Surroundings, base: int) -> None:
        self.where = where
        self.base = base
        self.asked: list[Asked] = []

    def _at(self, question: Callable[[Surroundings, int], object], at: int) -> object:
        answer = question(self.where, self.base + at)
        self.asked.append(Asked(question, at, answer, True))  # type: ignore[arg-type]
        return answer

    def _about(self, question: Callable[[Surroundings, str], object], key: str) -> object:
        answer = question(self.where, key)
        self.asked.append(Asked(question, key, answer, False))  # type: ignore[arg-type]
        return answer

    def next_word(self, at: int) -> str:
        """The word right after offset at (spaces skipped), as written, or ""."""
        return str(self._at(_next_word, at))

    def prev_word(self, at: int) -> str:
        """The word right before offset at, lower case, or ""."""
        return str(self._at(_prev_word, at))

    def char_after(self, at: int) -> str:
        """The character at offset at, "" for whitespace or the end."""
        return str(self._at(_char_after, at))

    def dateline_after(self, at: int) -> bool:
        """Whether an agency's dateline follows: "Quang Nam (VNA) – ..."."""
        return bool(self._at(_dateline_after, at))

    def credit_before(self, at: int) -> bool:
        """Whether a photo credit's agency and slash come right before: "(Photo: VNA/"."""
        return bool(self._at(_credit_before, at))

    def unit_after(self, at: int) -> str:
        """The administrative unit right after offset at, with its leading space ("  ward"), or ""."""
        return str(self._at(_unit_after, at))

    def person_named(self, last_word: str) -> str:
        """The full name of the person the text already named by this folded last word, or ""."""
        return str(self._about(_person_named, last_word))

    def person_key(self, key: str) -> bool:
        """Whether the text already named a person whose full name has this place key."""
        return bool(self._about(_person_key, key))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


class LowerWords:
    """Whether a word is written in lower case somewhere in a text (a whole run of letters that
    starts with a small letter). The text's lower-case words are collected the first time a
    question is asked: the distinct space-separated tokens, split into runs of letters only when
    they hold something else (punctuation, digits)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = self._collect()
        return word in self._words

    def _collect(self) -> set[str]:
        words: set[str] = set()
        for token in set(self.text.split()):
            if token.isalpha():
                if token[0] in LOWER_SET:
                    words.add(token)
            else:
                words.update(w for w in _LETTER_RUN.findall(token) if w[0] in LOWER_SET)
        return words


def _written_lower(words: LowerWords, word: str) -> bool:
    return word in words


def _written_joined(words: LowerWords, pair: tuple[str, str]) -> bool:
    left, right = pair
    return any(f"{left}{dash}{right}" in words.text for dash in "–-‑")


CutQuestion = Callable[[LowerWords, object], bool]


class CutContext:
    """What cutting a run may ask of its text, recorded with the answers: whether a word is written
    in lower case, whether two words are written joined by a dash ("Rịa–Vũng")."""

    def __init__(self, lower_words: LowerWords) -> None:
        self.lower_words = lower_words
        self.asked: list[tuple[CutQuestion, object, bool]] = []

    def _ask(self, question: CutQuestion, arg: object) -> bool:
        answer = question(self.lower_words, arg)
        self.asked.append((question, arg, answer))
        return answer

    def written_lower(self, word: str) -> bool:
        return self._ask(_written_lower, word)  # type: ignore[arg-type]

    def written_joined(self, left: str, right: str) -> bool:
        return self._ask(_written_joined, (left, right))  # type: ignore[arg-type]


def cut_still_holds(asked: Collection[tuple[CutQuestion, object, bool]], words: LowerWords) -> bool:
    """Whether a text answers a cut's recorded questions as the text it was made for did."""
    return all(question(words, arg) == answer for question, arg, answer in asked)
