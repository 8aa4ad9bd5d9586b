"""Runs of Vietnamese words: the longest run of Vietnamese-shaped words ending or starting at a
position, over hyphens, homographs and words glued to a figure or a label."""

from __future__ import annotations

import re

from glossary.vietnamese import has_vi_letters, is_english_word, is_syllable, may_be_vietnamese

from .gloss_side import Phrase
from .mentions import last_word
from .vi_homographs import homograph_between_vi

# Words describing a person's place in a photo, which follow a name in parentheses.
_MAX_VI_WORDS = 6


# A name every word of which is capitalised may run longer: "Việt Nam Độc Lập Đồng Minh Hội".
_MAX_VI_NAME_WORDS = 10


def _all_capitalised(text: str, words: list[tuple[int, int]]) -> bool:
    return all(text[start].isupper() for start, _ in words)


def vi_run_back(text: str, end: int, floor: int) -> Phrase | None:
    """The longest run of Vietnamese-shaped words ending at text[end], at most _MAX_VI_WORDS."""
    pos = end
    words: list[tuple[int, int]] = []
    # Syllables a hyphen joins are one word ("Cuộc trị-an của Đại-Pháp bảo-hộ" is five): the cap
    # counts words, so a run never stops inside one.
    joined = 0
    while (
        len(words) - joined < _MAX_VI_WORDS
        or (len(words) < _MAX_VI_NAME_WORDS and _all_capitalised(text, words))
        or (words and pos > floor and _syllable_hyphen(text, pos - 1))
    ):
        # The last word of the 40 characters before pos; the words before it may be a line apart.
        hyphen = bool(words) and pos > floor and _syllable_hyphen(text, pos - 1)
        joined += hyphen
        span = last_word(text, max(floor, pos - 40), pos - 1 if hyphen else pos, line_break=bool(words))
        if span is None:
            break
        start, stop = span
        glued = start
        while glued < stop and not text[glued].isalpha():
            glued += 1  # "10³nghìn (thousand)": a flattened table glued a figure to the word
        if glued > start:
            if words or glued == stop or not may_be_vietnamese(text[glued:stop]):
                break
            words.append((glued, stop))
            break
        named = bool(words) and text[words[-1][0]].isupper()
        if (
            not may_be_vietnamese(text[start:stop])
            and not _vi_homograph(text, start, stop, floor, named)
            and not homograph_between_vi(text, start, stop, floor, words[-1] if words else None)
        ):
            if words and text[stop:pos] == "-":
                words.pop()  # "Khwan-khao": a hyphen joins the syllable to a word of another language
            tail = glued_vi_tail(text[start:stop])
            if tail:
                words.append((stop - len(tail), stop))  # "createnước chấm chay": a mirror's glue
            break
        words.append(span)
        pos = start
        # Only spaces may separate the words of one term, and a hyphen the syllables of one word
        # ("Thừa-biện").
        if pos > floor and text[pos - 1] not in " \t\n" and not _syllable_hyphen(text, pos - 1):
            if text[pos - 1] == "-" and _foreign_before_hyphen(text, pos - 1, floor):
                words.pop()  # "Khwan-khao": the word ends a compound of another language
            break
    if not words:
        return None
    start, stop = words[-1][0], words[0][1]
    return Phrase(text[start:stop], start, stop)


def with_run_together_head(text: str, vi: Phrase, rendering: str, floor: int) -> Phrase:
    """vi with the capitalised word before it when the rendering opens with the two run together:
    "An Nam Tạp Chí (Annam Magazine)", where "An" is an English word too and the run stopped at it
    (after a comma no neighbour says it is Vietnamese). As vi is otherwise."""
    first = rendering.split(" ", 1)[0]
    if not vi.text or not first[:1].isupper() or not first.isalpha():
        return vi
    before = last_word(text, max(floor, vi.start - 20), vi.start)
    if before is None or text[before[1] : vi.start] != " ":
        return vi
    word = text[before[0] : before[1]]
    head = vi.text.split(" ", 1)[0]
    if not word[:1].isupper() or not is_syllable(word) or (word + head).lower() != first.lower():
        return vi
    return Phrase(text[before[0] : vi.end], before[0], vi.end)


def _foreign_before_hyphen(text: str, at: int, floor: int) -> bool:
    """Whether the word before the hyphen at text[at] is no Vietnamese word ("Khwan-khao"; not
    "Ria-Vung Tau", a place's two plain parts)."""
    before = last_word(text, max(floor, at - 40), at)
    return before is not None and before[1] == at and not may_be_vietnamese(text[before[0] : before[1]])


def _syllable_hyphen(text: str, at: int) -> bool:
    """Whether text[at] is a hyphen between two letters of a word with a letter only Vietnamese
    writes ("Thừa-biện"; not "co-op"), not a spaced dash."""
    if text[at] != "-" or at <= 0 or not text[at - 1].isalpha() or not text[at + 1 : at + 2].isalpha():
        return False
    start, end = at - 1, at + 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return has_vi_letters(text[start:end])


def _vi_homograph(text: str, start: int, stop: int, floor: int, named: bool = False) -> bool:
    """Whether the capitalised word text[start:stop], a syllable that is also an English word, is
    Vietnamese by its neighbours: the word before it is capitalised and has Vietnamese letters
    ("Nhà xuất bản Tự Do", "Hồ Tây Do"): within one Vietnamese name, not an English word; or,
    named (a capitalised Vietnamese word follows), the word before it is in lower case, so the
    capital is no sentence's ("variously named An Quoc", "the temple of Long Son")."""
    word = text[start:stop]
    if not word[:1].isupper() or not is_syllable(word):
        return False
    before = last_word(text, max(floor, start - 20), start)
    if before is None or text[before[1] : start] != " ":
        return False
    previous = text[before[0] : before[1]]
    if named and previous[:1].islower():
        return True
    return previous[:1].isupper() and has_vi_letters(previous) and is_syllable(previous)


def glued_vi_tail(word: str) -> str:
    """The Vietnamese syllable a mirror glued to the English word before it, when the seam is sure
    (an English word, then a syllable with Vietnamese letters: "createnước" -> "nước"), or ""."""
    if not has_vi_letters(word) or has_vi_letters(word[:2]):
        return ""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if has_vi_letters(head):
            return ""
        if not has_vi_letters(tail) or not may_be_vietnamese(tail):
            continue
        if head.islower() and is_english_word(head):
            return tail
        # "MottoQuyết": a flattened infobox's field label glued to its value; a capital after a
        # lower-case letter never starts a Vietnamese syllable inside one word.
        if head[-1].islower() and tail[0].isupper() and is_english_word(head.lower()):
            return tail
    return ""


_BLANKS = re.compile(r"[ \t]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def vi_run_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    match = _BLANKS.match(text[start:ceiling])
    pos = start + (match.end() if match else 0)
    begin, stop, count = pos, pos, 0
    for word in _LETTERS.finditer(text[pos:ceiling]):
        gap = text[stop : pos + word.start()] if count else ""
        if count and gap not in (" ", "\t", "\n"):
            break
        token = word.group()
        if not may_be_vietnamese(token):
            break
        stop = pos + word.end()
        count += 1
        if count == _MAX_VI_WORDS:
            break
    if not count:
        return None
    return Phrase(text[begin:stop], begin, stop)
