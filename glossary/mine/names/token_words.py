"""The lower-case words each distinct token of a text holds, remembered across the texts one process
mines: a text's lower-case words (context.LowerWords) are then set operations in C over its
distinct tokens, and only the tokens no earlier text used are read in Python.

Texts share most of their tokens ("the", "said,", "(2024)"): sorting each text's two thousand
distinct tokens again cost as much as splitting the text (round 46: 230 of the 470 million
instructions the 47-file bench corpus's lower-case words took).
"""

from __future__ import annotations

import re
from itertools import chain

from .words import LOWER_SET

# A run of letters: what a lower-case word is, when it opens with a small letter.
LETTER_RUN = re.compile(r"[^\W\d_]+")
# Punctuation that ends or opens a word in running text.
EDGE_MARKS = ".,;:!?\"'()[]{}“”‘’«»…-–—/*|<>#@%&+=~`^$"


def token_words(tokens: set[str]) -> set[str]:
    """The lower-case words of distinct whitespace-free tokens: the runs of letters in them that
    open with a small letter."""
    words: set[str] = set()
    held: dict[str, tuple[str, ...]] = {}
    _read(tokens, words, held)
    words.update(chain.from_iterable(held.values()))
    return words


def _read(tokens: set[str], own: set[str], held: dict[str, tuple[str, ...]]) -> None:
    """Sort tokens: those that are one lower-case word go to own; each other token that holds
    lower-case words goes to held with them; the rest hold none."""
    lower = LOWER_SET
    # The tests run in C over the tokens (round 35: a Python loop sorted them one by one). Most
    # tokens are a word; most others are a word with punctuation at its ends ("Hanoi,", "(said"):
    # that word is their one run of letters (the marks stripped are no letters, digits or "_"), and
    # any other token has the runs of letters of its core.
    alpha = set(filter(str.isalpha, tokens))
    own.update(word for word in alpha if word[0] in lower)
    for token in tokens.difference(alpha):
        core = token.strip(EDGE_MARKS)
        if core.isalpha():
            if core[0] in lower:
                held[token] = (core,)
        else:
            words = tuple(word for word in LETTER_RUN.findall(core) if word[0] in lower)
            if words:
                held[token] = words


class TokenWords:
    """The tokens read so far and the lower-case words they hold; forgotten past limit tokens."""

    def __init__(self, limit: int = 300_000) -> None:
        self.limit = limit
        self.clear()

    def clear(self) -> None:
        # The tables are replaced, never emptied in place: a text read meanwhile keeps the ones it
        # took, which agree with one another.
        self._tables: tuple[set[str], set[str], dict[str, tuple[str, ...]]] = (set(), set(), {})

    def __len__(self) -> int:
        return len(self._tables[0])

    def words_of(self, tokens: set[str]) -> set[str]:
        """token_words(tokens), the tokens read before looked up instead of read again."""
        known, own, held = self._tables
        new = tokens.difference(known)
        if new:
            if len(known) + len(new) > self.limit:
                self.clear()
                known, own, held = self._tables
                new = tokens
            _read(new, own, held)
            known.update(new)  # last: a token known is sorted
        words = tokens.intersection(own)
        holders = held.keys() & tokens
        if holders:
            words.update(chain.from_iterable(map(held.__getitem__, holders)))
        return words
