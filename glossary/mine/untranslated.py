"""Untranslated Vietnamese: words left in English text without a gloss, and hashtags hiding Vietnamese.

"Chú thích ảnh" (page furniture), "#khongmotminh": low-confidence candidates a reviewer keeps or rejects.
"""

from __future__ import annotations

import re

from glossary.model import Kind
from glossary.text import fold

from .documents import Document
from .mentions import Mention, mention_at
from .syllables import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER_CLASS,
    has_vi_letters,
    is_distinctive,
    is_syllable,
    segment,
)

# A word holding a Vietnamese-only letter: the seed of a run, found by one regex over the text.
_VI_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]*[{VI_LETTER_CLASS}][^\W\d_]*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_HASHTAG = re.compile(r"(?<![\w&])#([^\W\d_][^\W_]{2,59})")
_CAMEL = re.compile(r"[A-ZÀ-ỸĐ][^A-ZÀ-ỸĐ]*|[^A-ZÀ-ỸĐ]+")
_MAX_WORDS = 6


def _fits(word: str) -> bool:
    return is_syllable(word) and (has_vi_letters(word) or fold(word) not in ENGLISH_FUNCTION_WORDS)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract_untranslated(doc: Document, covered: list[tuple[int, int]]) -> list[Mention]:
    """Runs of Vietnamese words not already part of a gloss or a name, and Vietnamese hashtags."""
    text = doc.text
    found: list[Mention] = []
    pos = 0
    for match in _VI_WORD.finditer(text):
        if match.start() < pos or not is_syllable(match.group()):
            continue
        start, end, count = match.start(), match.end(), 1
        while count < _MAX_WORDS:
            before = _WORD_BEFORE.search(text, max(0, start - 12), start)
            if (
                before is None
                or not _fits(before.group(1))
                or not (has_vi_letters(before.group(1)) or count < 2)
            ):
                break
            start, count = before.start(1), count + 1
        while count < _MAX_WORDS:
            after = _WORD_AFTER.match(text, end)
            if after is None or not _fits(after.group(1)):
                break
            end, count = after.end(1), count + 1
        pos = end
        run = text[start:end]
        words = run.split()
        # Trim plain words at the edges: "ảnh 1The" keeps "ảnh", "saw phở" keeps "phở".
        while words and not has_vi_letters(words[0]) and not is_distinctive(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        while words and not has_vi_letters(words[-1]) and not is_distinctive(words[-1]):
            words = words[:-1]
        if not words or _covered(start, start + len(" ".join(words)), covered):
            continue
        # A capitalised run is a name; names are the name extractor's business.
        if all(w[0].isupper() for w in words) and (
            len(words) > 1 or start > 0 and text[start - 1] not in "\n"
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
