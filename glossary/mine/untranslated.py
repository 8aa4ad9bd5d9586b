"""Untranslated Vietnamese: words left in English text without a gloss, and hashtags hiding Vietnamese.

"Chú thích ảnh" (page furniture), "#khongmotminh": low-confidence candidates a reviewer keeps or rejects.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from glossary.model import Kind
from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER_CLASS,
    has_vi_letters,
    is_distinctive,
    is_syllable,
    segment,
)

from .documents import Document
from .mentions import Mention, fold, last_word, mention_at

# A word holding a Vietnamese-only letter: the seed of a run (see _ViWords).
_VI_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]*[{VI_LETTER_CLASS}][^\W\d_]*")
_LETTERS = re.compile(r"[^\W\d_]*")
# A word from its first Vietnamese letter on (see _ViWords).
_VI_REST = re.compile(rf"[{VI_LETTER_CLASS}][^\W\d_]*")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# The "#" first: a pattern opening with a literal is scanned far faster than one opening with a
# lookbehind.
_HASHTAG = re.compile(r"#(?<![\w&]#)([^\W\d_][^\W_]{2,59})")
_CAMEL = re.compile(r"[A-ZÀ-ỸĐ][^A-ZÀ-ỸĐ]*|[^A-ZÀ-ỸĐ]+")
_MAX_WORDS = 6
# A run goes on this far to find its end; a run longer than _MAX_WORDS is a sentence or a long
# title ("Khai thiên Hoằng đạo ... Cao hoàng đế"), never cut into overlapping term-sized windows.
_MAX_RUN = 40


# Markup that may precede the first word of a line: "**Xem thêm:**", "## Tin liên quan".
_LINE_LEAD = re.compile(r"[ \t*_#>|•-]*")


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces and markup stand between the line's start and text[start]."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_LEAD.fullmatch(text, line_start, start) is not None


@lru_cache(maxsize=65536)
def _fits(word: str) -> bool:
    return is_syllable(word) and (has_vi_letters(word) or fold(word) not in ENGLISH_FUNCTION_WORDS)


# The scan asks the same few thousand words again and again: memoised at its call sites (as
# mentions.fold is), a word seen before costs a look-up in C, not a Python call.
_syllable = lru_cache(maxsize=65536)(is_syllable)
_vi_letters = lru_cache(maxsize=65536)(has_vi_letters)


class _ViWords:
    """The (start, end) of every _VI_WORD match, in order: each whole word holding a Vietnamese
    letter. skip_to(pos) leaves out the words that start before pos.

    Found from the Vietnamese letters (a fast character-class scan), not by trying the pattern at
    every position of the text: each match runs from a word's first Vietnamese letter to the word's
    end, and the letters before it are read in the reversed text. After a run of words, the scan
    goes on from the run's end: the words inside it are never read (a run ends where letters do, so
    no word after it starts before it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.reversed = text[::-1]
        self.at = 0

    def __iter__(self) -> Iterator[tuple[int, int]]:
        # A generator (resumed for each word, cheaper than a call of a __next__ method); it reads
        # self.at at each step, which skip_to may have moved on.
        text, reversed_text, size = self.text, self.reversed, len(self.text)
        search, letters_at = _VI_REST.search, _LETTERS.match
        while True:
            match = search(text, self.at)
            if match is None:
                return
            start, self.at = match.span()
            # The letters right before text[start] run from reversed[size - start] on; where they
            # end there is where the word starts here.
            back = letters_at(reversed_text, size - start)
            yield size - back.end(), self.at  # type: ignore[union-attr]

    def skip_to(self, pos: int) -> None:
        self.at = max(self.at, pos)


# Letters only a phonetic transcription uses ("[ɓǎjŋ̟ mî]").
_IPA_LETTER = re.compile(r"[ɐ-ʯˀˈˌːˑ̪̩̯̟]")


def _in_ipa(text: str, start: int) -> bool:
    """Whether text[start] is inside a transcription in brackets or slashes: "mî" in
    "(Vietnamese: [ɓǎjŋ̟ mî])" is no Vietnamese word."""
    for opening, closing in (("[", "]"), ("/", "/")):
        at = text.rfind(opening, max(0, start - 40), start)
        if at < 0 or closing in text[at + 1 : start]:
            continue
        end = text.find(closing, start, start + 40)
        if end > 0 and _IPA_LETTER.search(text, at, end):
            return True
    return False


class _Covered:
    """Character ranges already explained by another extractor, for overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        # By start only (ranges starting together are only ever read all at once, below), with the
        # loops in C: a text has hundreds of ranges.
        spans = sorted(spans, key=itemgetter(0))
        self.starts = list(map(itemgetter(0), spans))
        # The furthest end among the ranges starting at or before each one.
        self.reach = list(accumulate(map(itemgetter(1), spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # ranges starting before end
        return i > 0 and self.reach[i - 1] > start


def _name_goes_on(before: str, word: str) -> bool:
    """Whether a capitalised syllable without marks ends the name the capitalised word with marks
    before it opens ("Việt Nam", "Hà Tây"), so that trimming the run's plain edge would cut a name."""
    return word[0].isupper() and before[0].isupper() and _vi_letters(before)


def extract_untranslated(doc: Document, covered: list[tuple[int, int]]) -> list[Mention]:
    """Runs of Vietnamese words not already part of a gloss or a name, and Vietnamese hashtags."""
    text = doc.text
    found: list[Mention] = []
    pos = 0
    explained = _Covered(covered)
    covered_starts, covered_reach = explained.starts, explained.reach
    seeds = _ViWords(text)
    for start, end in seeds:
        if start < pos or not _syllable(text[start:end]):
            continue
        count = 1
        while count < _MAX_RUN:
            # Never back into the run before: its words were read already.
            # max(0, start - 12, pos) without a call (pos is never negative)
            lo = start - 12 if start - 12 > pos else pos
            before = last_word(text, lo, start, spaced=True)
            if before is None:
                break
            word = text[before[0] : before[1]]
            if not _fits(word) or not (_vi_letters(word) or count < 2):
                break
            start, count = before[0], count + 1
        while count < _MAX_RUN:
            after = _WORD_AFTER.match(text, end)
            if after is None or not _fits(after.group(1)):
                break
            end, count = after.end(1), count + 1
        pos = end
        if pos > seeds.at:  # seeds.skip_to(pos), one call fewer per run
            seeds.at = pos
        if count > _MAX_WORDS:
            continue
        run = text[start:end]
        words = run.split()
        # Trim plain words at the edges: "ảnh 1The" keeps "ảnh", "saw phở" keeps "phở"; but a
        # capitalised word opening a line opens the phrase ("Xem thêm", "Tin liên quan").
        while (
            words
            and not _vi_letters(words[0])
            and not is_distinctive(words[0])
            and not (words[0][0].isupper() and _opens_line(text, start))
        ):
            start += len(words[0]) + 1
            words = words[1:]
        while words and not _vi_letters(words[-1]) and not is_distinctive(words[-1]):
            if len(words) > 1 and _name_goes_on(words[-2], words[-1]):
                break  # "Biếm họa Việt Nam": the name's last syllable, not a plain word after
            words = words[:-1]
        if not words:
            continue
        # explained.overlaps(start, start + the phrase's length), inline: asked of every run.
        covered_before = bisect.bisect_left(covered_starts, start + len(" ".join(words)))
        if covered_before and covered_reach[covered_before - 1] > start or _in_ipa(text, start):
            continue
        # A capitalised run is a name; names are the name extractor's business.
        if (
            words[0][0].isupper()
            and all(w[0].isupper() for w in words)
            and (len(words) > 1 or start > 0 and text[start - 1] not in "\n")
        ):
            continue
        phrase = " ".join(words)
        found.append(
            mention_at(
                doc,
                start,
                start + len(phrase),
                kind=Kind.OTHER,
                vi=phrase,
                confidence=0.3,
                origin="untranslated",
            )
        )
    for match in _HASHTAG.finditer(text):
        tag = match.group(1)
        parts = _CAMEL.findall(tag) if not tag.islower() and not tag.isupper() else [tag]
        syllables: list[str] = []
        for part in parts:
            pieces = [part] if is_syllable(part) else segment(part)
            if not pieces:
                syllables = []
                break
            syllables.extend(pieces)
        if len(syllables) < 2 or not (any(is_distinctive(s) for s in syllables) or len(syllables) >= 3):
            continue
        found.append(
            mention_at(
                doc,
                match.start(),
                match.end(),
                kind=Kind.OTHER,
                vi=match.group(),
                confidence=0.3,
                origin="hashtag",
            )
        )
    return found
