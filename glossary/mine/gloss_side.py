"""One side of a gloss: the Phrase type, which language a phrase is in (through
glossary/vietnamese.py), and the line and paragraph it stands in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from glossary.vietnamese import (
    VI_LETTER_CLASS,
    en_score,
    has_vi_letters,
    is_english_word,
    is_syllable,
    vi_score,
)

from .cap_modifiers import name_inside_english_phrase, name_modifies_english_head
from .lexicon import TITLE_WORDS
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, fold, last_word


def blanks_before(text: str, pos: int, floor: int) -> int:
    """Where the run of spaces and tabs that ends at pos starts, looking back no further than floor
    (the end of the previous cue, so two cues never share their blanks)."""
    start = pos
    while start > floor and text[start - 1] in " \t":
        start -= 1
    return start


def back_over(text: str, pos: int, chars: str = " \t\n,") -> int:
    """pos moved back over spaces and commas: where the phrase before a cue ends."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


@dataclass(frozen=True)
class Phrase:
    """A candidate side of a gloss: its text and where it sits in the document."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> list[str]:
        # A new list each time (callers may change it), copied from the words of the text memoised:
        # the rules ask for the words of the same few phrases again and again.
        text = self.text
        return list(_phrase_words(text)) if len(text) <= _MAX_MEMO_PHRASE else WORD.findall(text)


_MAX_MEMO_PHRASE = 120


@lru_cache(maxsize=65536)
def _phrase_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


# A side is cleaned again by every rule that reads it (half the calls on real pages repeat one).
@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    text = " ".join(text.split())
    core = text.strip(" ,;:")
    if quote_closes_inside(core):
        return core
    return text.strip(" ,;:" + QUOTES_OPEN + QUOTES_CLOSE)


def quote_closes_inside(side: str) -> bool:
    """Whether a side opens with a quotation that closes before the side ends ("'Great-grandfather'
    Huỳnh": an honorific rendered, the name carried over). The marks are then part of the side:
    stripping each end alone would drop the opening mark and keep the closing one."""
    closing = _CLOSING.get(side[:1])
    if closing is None:
        return False
    for i in range(1, len(side)):
        # The mark that closes this quotation ('"Siamese soldiers' camp"' is closed by its '"'
        # only), not an apostrophe inside a word ("Ngô's").
        if side[i] in closing and not side[i + 1 : i + 2].isalpha():
            return WORD.search(side, i + 1) is not None
    return False


_CLOSING = {'"': '"”', "“": "”", "‘": "’", "'": "'’", "«": "»"}


def is_title_case(words: list[str]) -> bool:
    # A capital is asked first: most words have one, and folding is what costs.
    return len(words) > 1 and all(w[0].isupper() or fold(w) in ("of", "and", "the") for w in words)


def is_vi(phrase: Phrase | None, strong: bool = True) -> bool:
    return phrase is not None and _vi_text(phrase.text, strong)


# The Latin letters Vietnamese's alphabet never writes, taken from the alphabet itself (the ASCII
# letters and glossary.vietnamese's letters with Vietnamese marks): pinyin's "ā ǎ ǚ", "ü ñ ç ø ß",
# the other languages' marks. A word holding one is no Vietnamese word ("bái táng gāo", the
# Chinese name of a cake). The Eth "Ð ð" is left out: pages write it for "Đ đ" ("Ðông Hồ").
_NOT_VI_LETTERS = "".join(
    chr(c)
    for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if chr(c).isalpha() and chr(c) not in VI_LETTER_CLASS and chr(c) not in "Ðð"
)
NOT_VI_LETTER = re.compile(f"[{_NOT_VI_LETTERS}]")


@lru_cache(maxsize=65536)
def _vi_text(text: str, strong: bool) -> bool:
    words = WORD.findall(text)
    # The alphabet is asked last: only a text the score takes for Vietnamese pays for the scan.
    return bool(words) and vi_score(words) >= (0.5 if strong else 0.25) and not NOT_VI_LETTER.search(text)


def is_vi_name(text: str, phrase: Phrase | None) -> bool:
    """is_vi, or a capitalised name in mid-sentence whose first word is a syllable English also
    writes ("variously named An Quoc", "Long Bien"): its capital is no sentence's, so the word is
    Vietnamese, and the rest of the name decides."""
    if is_vi(phrase):
        return True
    if phrase is None or len(phrase.words) < 2 or not all(w[:1].isupper() for w in phrase.words):
        return False
    before = last_word(text, max(0, phrase.start - 20), phrase.start)
    if before is None or not text[before[0]].islower() or text[before[1] : phrase.start] != " ":
        return False
    rest = phrase.words[1:]
    return is_syllable(phrase.words[0]) and _vi_text(" ".join(rest), True)


def is_syllable_name(vi: Phrase | None) -> bool:
    """A capitalised name of two or more words, each a Vietnamese syllable though some are English
    words too ("Ha Long", "Dinh Doc Lap", "Ho Ba Be"): Vietnamese when a cue or an English name
    beside it says so."""
    if vi is None:
        return False
    words = vi.words
    return len(words) >= 2 and all(w[:1].isupper() and is_syllable(w) for w in words)


def plain_name_rendering(vi: Phrase, en: Phrase) -> bool:
    """A name of syllables without diacritics beside a capitalised English name holding an English
    word that is no syllable ("Ho Ba Be" / "Ba Be Lake", "Dinh Doc Lap" / "Reunification Palace"):
    a gloss; not two names of syllables ("Long Bien or Hoan Kiem"), nor one name respelt."""
    if (
        has_vi_letters(vi.text)
        or not is_syllable_name(vi)
        or not en.words[:1]
        or not en.words[0][:1].isupper()
    ):
        return False
    if fold(vi.text).replace(" ", "") == fold(en.text).replace(" ", ""):
        return False
    return any(not is_syllable(w) and is_english_word(w.lower()) for w in en.words)


def is_en(phrase: Phrase | None) -> bool:
    return phrase is not None and _en_text(phrase.text)


@lru_cache(maxsize=65536)
def _en_text(text: str) -> bool:
    words = WORD.findall(text)
    if not words:
        return False
    if has_vi_letters(text):
        # "Côn Island": a Vietnamese name with an English head word is English; else Vietnamese.
        return (
            (
                len(words) > 1
                and words[-1][0].isupper()
                and not is_syllable(words[-1])
                and is_english_word(words[-1])
            )
            or _english_head_of_name(words)
            or name_modifies_english_head(words)
            or _honorific_name(words)
            or name_inside_english_phrase(words)
        )
    # "Ben Thanh Market", "Hoan Kiem Lake": a Vietnamese name with an English head word is English.
    return en_score(words) >= 0.34 or len(words) > 1 and is_english_word(words[-1]) and words[-1][0].isupper()


# English honorifics a rendering may write in lower case before the name ("Ông Gióng (sir Gióng)").
_HONORIFICS = frozenset("sir lord lady madam dame".split())


def _honorific_name(words: list[str]) -> bool:
    """ "sir Gióng", "lady Triệu": a lower-case English honorific before a capitalised Vietnamese
    name is English, as "Sir Gióng" is (_english_head_of_name's "Great Việt" shape)."""
    return 2 <= len(words) <= 4 and words[0] in _HONORIFICS and all(w[0].isupper() for w in words[1:])


def _english_head_of_name(words: list[str]) -> bool:
    """ "Prince of Nguyễn", "Kingdom of the Đại Việt": an English head word and "of" before a
    capitalised Vietnamese name is English, whatever letters the name has; Vietnamese never puts
    "of" there. The head must be no Vietnamese syllable ("Ba of ..." is not English)."""
    if len(words) == 2 and words[0][0].isupper() and words[1][0].isupper() and has_vi_letters(words[1]):
        # "Great Việt", "Upper Lào": an English adjective before a Vietnamese name, which Vietnamese
        # would put after it; "King Hùng": an English title, though "King" has a syllable's shape.
        first = words[0]
        return (
            not has_vi_letters(first)
            and (not is_syllable(first) or first.lower() in TITLE_WORDS)
            and is_english_word(first)
        )
    if words[0] == "The":
        words = words[1:]  # "The Tale of Kiều": a title's capital article opens the same shape
    if len(words) < 3 or words[1] != "of" or not words[0][0].isupper():
        return False
    if is_syllable(words[0]) or not is_english_word(words[0]):
        return False
    rest = words[3:] if words[2] == "the" else words[2:]
    return bool(rest) and all(w[0].isupper() for w in rest)


# Searches for line and paragraph ends look this far at most, so a text without line breaks does
# not make every match scan the whole text.
_REACH = 2000


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    low, high = max(0, pos - _REACH), min(len(text), pos + _REACH)
    start = text.rfind("\n\n", low, pos)
    end = text.find("\n\n", pos, high)
    return (low if start < 0 else start + 2), (high if end < 0 else end)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    return (low if line_start < 0 else line_start + 1), (high if line_end < 0 else line_end)


# The words before a gloss side that are the sentence's, not the rendering's: an article, or an
# indefinite article with a determiner ("a certain") or a classifier noun and "of" ("a type of
# noodle dish", "a kind of fruit preserve"), which say what sort of thing the side names, as the
# article says how many. One list for every side reader (a parenthesis, a cue's clause, a segment).
CLASSIFIER_NOUNS = ("type", "kind", "sort", "form", "variety")
ARTICLE = re.compile(
    rf"^(?:(?:a|an|the)\s+certain\s+|an?\s+(?:{'|'.join(CLASSIFIER_NOUNS)})\s+of\s+|(?:a|an|the)\s+)",
    re.IGNORECASE,
)
