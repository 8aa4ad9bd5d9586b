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

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS

from ..lexicon import STATE_NAME_HEADS, UNIT_WORDS
from ..mentions import Mention, last_word
from .token_words import TokenWords, token_words


class Surroundings(Protocol):
    """What the questions read: the document's text and who it has named so far."""

    text: str
    persons: Mapping[str, Mention]  # folded last word -> the mention of a person named so far
    person_keys: Container[str]  # place keys of their full names
    unit_places: Container[str]  # keys of the places named with their unit, without it


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
# What may follow a name, in one match: an agency's dateline ("(VNA) –") or, after spaces, its
# unit ("ward", "region").
# A village is also named by its craft or its age ("Bat Trang pottery village", "Duong Lam
# ancient village"): one lower-case word before "village" is part of the unit.
# The unit words are tried one after another (a case-insensitive literal gives the engine no quick
# way past a word that cannot start there): a lookahead of their first letters turns most places
# away first. The craft's letters and blanks are taken possessively: after them comes a blank, then
# "village", so giving a letter back never helps (round 30: the 14,950 matches of the 47-file bench
# corpus 108 -> 70 million instructions).
_UNIT_INITIALS = "".join(sorted({word[0] for word in UNIT_WORDS}))
_FOLLOWING = re.compile(
    r"[ \t]*(?:(?P<dateline>\([A-Z][A-Za-z/]{1,12}\)[ \t]*[–—-])|(?P<craft>[a-z]{3,}+[ \t]++(?=village\b))?"
    rf"(?i:(?=[{_UNIT_INITIALS}])(?P<unit>" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")\b))"
)
_FOLLOWING_OPENERS = frozenset(" \t(")
# "(Photo: VNA/Minh Đức)": the agency, a slash, then the photographer's name.
_CREDIT = re.compile(
    r"\((?:photo|photos|ảnh|credit|image)[ \t]*:[ \t]*[^\W\d_]+[ \t]*/[ \t]*$", re.IGNORECASE
)


def word_after(text: str, at: int) -> str:
    match = _NEXT_WORD.match(text, at)
    return match.group(1) if match else ""


def word_before(text: str, at: int) -> str:
    span = last_word(text, at - 30 if at > 30 else 0, at)  # asked of most names: no call of max
    return text[span[0] : span[1]] if span else ""


# The questions. Positional ones take the text and an offset into it, the others what the text
# has named so far and a key (positional questions are most of those replayed: one call each, not
# two through a reader of the surroundings).
def _prev_word(text: str, at: int) -> str:
    # word_before's body, lower-cased: asked of many names, one call fewer per ask.
    span = last_word(text, at - 30 if at > 30 else 0, at)
    return text[span[0] : span[1]].lower() if span else ""


def _state_before(text: str, at: int) -> bool:
    # "the kingdom of Âu Lạc", "the empire of Funan": a lower-case state word and "of" right before.
    lo = at - 12 if at > 12 else 0
    return text[lo:at].endswith(_STATE_OPENERS)


_STATE_OPENERS = tuple(f" {head} of " for head in STATE_NAME_HEADS)


def _char_after(text: str, at: int) -> str:
    return text[at : at + 1].strip()


def _comma_before(text: str, at: int) -> bool:
    lo = at - 8 if at > 8 else 0
    return text[lo:at].rstrip().endswith(",")


def _credit_before(text: str, at: int) -> bool:
    lo = at - 40 if at > 40 else 0  # asked of most names: no call of max
    # A credit opens with a parenthesis: most names have none in the 40 characters before them.
    return text.rfind("(", lo, at) >= 0 and _CREDIT.search(text, lo, at) is not None


def _alone_on_line(text: str, at: int) -> bool:
    # A box row's value ends its line, or a list of values does ("Hanoi, Vietnam", "Ho Chi Minh
    # City (Saigon)"); asked only of a name opened by a box label word.
    end = text.find("\n", at)
    rest = text[at : end if end >= 0 else len(text)].strip()
    return not rest or rest[0] in ",("


def _opens_line(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] == "\n"


def following(text: str, at: int) -> tuple[bool, str]:
    """Whether an agency's dateline follows text[at] ("Quang Nam (VNA) – ..."), and the
    administrative unit that follows it after spaces, with them ("  ward"), or "". Both are asked of
    most names, so one question answers both."""
    # Either opens with a blank, a parenthesis or a letter: a name followed by a comma, a full stop,
    # a line break or a quote (two names in five) has neither, without trying the pattern.
    after = text[at : at + 1]
    if after not in _FOLLOWING_OPENERS and not after.isalpha():
        return False, ""
    match = _FOLLOWING.match(text, at)
    if match is None:
        return False, ""
    if match.group("dateline") is not None:
        return True, ""
    if match.start("unit") <= at:
        return False, ""
    craft = match.group("craft")
    if craft is not None and craft.rstrip() in ENGLISH_FUNCTION_WORDS:
        return False, ""  # "Hanoi and village life": no unit
    return False, text[at : match.end()]


def _person_named(where: Surroundings, last_word: str) -> str:
    person = where.persons.get(last_word)
    return (person.vi or person.en) if person is not None else ""


def _person_key(where: Surroundings, key: str) -> bool:
    return key in where.person_keys


def _unit_place(where: Surroundings, key: str) -> bool:
    return key in where.unit_places


class Asked(NamedTuple):
    """A question asked while a piece was planned, with its argument and answer."""

    question: Callable[..., object]  # (text, offset) when positional, else (surroundings, key)
    arg: object  # an offset relative to the piece when positional, else a key
    answer: object
    positional: bool


def still_holds(asked: Collection[Asked], where: Surroundings, base: int) -> bool:
    """Whether every recorded question gets the same answer for a piece at base."""
    text = where.text
    for question, arg, answer, positional in asked:
        if (question(text, base + arg) if positional else question(where, arg)) != answer:  # type: ignore[operator]
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
        # Each question is asked (and recorded, so replayed) once per argument.
        self._answers: dict[tuple[object, object], object] = {}

    def _at(self, question: Callable[[str, int], object], at: int) -> object:
        known = self._answers.get((question, at))
        if known is not None:
            return known  # asked already: the surroundings do not change while a piece is planned
        answer = question(self.where.text, self.base + at)
        self._answers[(question, at)] = answer
        self.asked.append(Asked(question, at, answer, True))  # type: ignore[arg-type]
        return answer

    def _about(self, question: Callable[[Surroundings, str], object], key: str) -> object:
        known = self._answers.get((question, key))
        if known is not None:
            return known
        answer = question(self.where, key)
        self._answers[(question, key)] = answer
        self.asked.append(Asked(question, key, answer, False))  # type: ignore[arg-type]
        return answer

    def next_word(self, at: int) -> str:
        """The word right after offset at (spaces skipped), as written, or ""."""
        return str(self._at(word_after, at))

    def prev_word(self, at: int) -> str:
        """The word right before offset at, lower case, or ""."""
        return str(self._at(_prev_word, at))

    def state_before(self, at: int) -> bool:
        """Whether "kingdom of " or "empire of " (lower case) comes right before offset at."""
        return bool(self._at(_state_before, at))

    def char_after(self, at: int) -> str:
        """The character at offset at, "" for whitespace or the end."""
        return str(self._at(_char_after, at))

    def comma_before(self, at: int) -> bool:
        """Whether a comma comes right before offset at (spaces skipped): an item of a list."""
        return bool(self._at(_comma_before, at))

    def dateline_after(self, at: int) -> bool:
        """Whether an agency's dateline follows: "Quang Nam (VNA) – ..."."""
        return self._at(following, at)[0]  # type: ignore[index,no-any-return]

    def credit_before(self, at: int) -> bool:
        """Whether a photo credit's agency and slash come right before: "(Photo: VNA/"."""
        return bool(self._at(_credit_before, at))

    def box_row(self, start: int, end: int) -> bool:
        """Whether the text from start to end is a line of its own: a flattened box row ("Province
        Phú Yên", its label and value)."""
        return bool(self._at(_opens_line, start)) and bool(self._at(_alone_on_line, end))

    def unit_after(self, at: int) -> str:
        """The administrative unit right after offset at, with its leading space ("  ward"), or ""."""
        return self._at(following, at)[1]  # type: ignore[index,no-any-return]

    def person_named(self, last_word: str) -> str:
        """The full name of the person the text already named by this folded last word, or ""."""
        return str(self._about(_person_named, last_word))

    def person_key(self, key: str) -> bool:
        """Whether the text already named a person whose full name has this place key."""
        return bool(self._about(_person_key, key))

    def unit_place(self, key: str) -> bool:
        """Whether the text already named a place with this exact key with its unit ("Duong Lam
        ancient village" before "Duong Lam")."""
        return bool(self._about(_unit_place, key))


class LowerWords:
    """Whether a word is written in lower case somewhere in a text (a whole run of letters that
    starts with a small letter). The text's lower-case words are collected the first time a
    question is asked: those of its distinct space-separated tokens (token_words.py), looked up in
    tokens, the tokens of the texts read before, when given."""

    def __init__(self, text: str, tokens: TokenWords | None = None) -> None:
        self.text = text
        self._tokens = tokens
        self._words: set[str] | None = None
        self.joined: dict[tuple[str, str], bool] = {}  # _written_joined's answers for this text

    def __contains__(self, word: object) -> bool:
        return word in self.collected()

    def collected(self) -> set[str]:
        """The text's lower-case words."""
        if self._words is None:
            self._words = self._collect()
        return self._words

    def _collect(self) -> set[str]:
        tokens = set(self.text.split())
        return token_words(tokens) if self._tokens is None else self._tokens.words_of(tokens)


def _written_joined(words: LowerWords, pair: tuple[str, str]) -> bool:
    answer = words.joined.get(pair)
    if answer is None:
        answer = words.joined[pair] = _joined_in(words.text, pair)
    return answer


def _joined_in(text: str, pair: tuple[str, str]) -> bool:
    """Whether the text writes the two words as parts of one name: joined by a dash ("Rịa–Vũng"),
    or with a spaced dash in a name that ends with "province" ("Bà Rịa – Vũng Tàu province": a
    province of two names; "Hanoi – Hai Phong" alone is a route between two places)."""
    left, right = pair
    # Both ways of writing start with the left word: its few places are read instead of the text
    # being scanned for each dash (six scans, all failing in most texts).
    spaced = False
    places: list[int] = []  # every place of the left word, overlapping ones included
    at = text.find(left)
    while at >= 0:
        places.append(at)
        after = at + len(left)
        dash = text[after : after + 1]
        if dash in ("–", "-", "‑") and text.startswith(right, after + 1):
            return True
        if (
            dash == " "
            and text[after + 1 : after + 2] in ("–", "—", "-")
            and text.startswith(f" {right}", after + 2)
        ):
            spaced = True  # "Bà Rịa – Vũng Tàu": one name only before "province" (below)
        at = text.find(left, at + 1)
    if not spaced:
        return False
    pattern = re.compile(
        rf"{re.escape(left)}[ \t]+[–—-][ \t]+{re.escape(right)}"
        r"((?:[ \t]+[^\W\d_]+){0,3}?)[ \t]+[Pp]rovince\b"
    )
    # The pattern opens with the left word, so each of its matches starts at one of the places
    # found above: it is tried there, in order, as finditer would find its matches (one starting
    # inside the last match is skipped), instead of over the whole text again.
    resume = 0
    for start in places:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        resume = match.end()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # inside a longer word
        if all(word[0].isupper() for word in match.group(1).split()):
            return True
    return False


class CutAsked(NamedTuple):
    """What cutting a run asked of its text: the words found written in lower case, those not
    found, and the pairs of words asked about being joined by a dash, with the answers."""

    written: frozenset[str]
    unwritten: frozenset[str]
    joined: tuple[tuple[tuple[str, str], bool], ...]


class CutContext:
    """What cutting a run may ask of its text, recorded with the answers: whether a word is written
    in lower case, whether two words are written joined by a dash ("Rịa–Vũng")."""

    def __init__(self, lower_words: LowerWords) -> None:
        self.lower_words = lower_words
        self._written: set[str] = set()
        self._unwritten: set[str] = set()
        self._joined: dict[tuple[str, str], bool] = {}

    @property
    def asked(self) -> CutAsked | None:
        if not (self._written or self._unwritten or self._joined):
            return None
        return CutAsked(frozenset(self._written), frozenset(self._unwritten), tuple(self._joined.items()))

    def written_lower(self, word: str) -> bool:
        answer = word in self.lower_words
        (self._written if answer else self._unwritten).add(word)
        return answer

    def written_joined(self, left: str, right: str) -> bool:
        pair = (left, right)
        answer = self._joined.get(pair)
        if answer is None:
            answer = self._joined[pair] = _written_joined(self.lower_words, pair)
        return answer


def cut_still_holds(asked: CutAsked | None, words: LowerWords) -> bool:
    """Whether a text answers a cut's recorded questions as the text it was made for did (the
    lower-case questions as two set comparisons); None is a cut that asked nothing."""
    if asked is None:
        return True
    written, unwritten, joined = asked
    if written or unwritten:
        lower = words._words  # collected(), without its call once the words are collected
        if lower is None:
            lower = words.collected()
        if not written <= lower or not lower.isdisjoint(unwritten):
            return False
    for pair, answer in joined:  # most cuts asked none: no generator made for them
        if _written_joined(words, pair) != answer:
            return False
    return True
