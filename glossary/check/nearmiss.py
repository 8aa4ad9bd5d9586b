"""Near misses of known names: a capitalised word one or two letters off a word of a glossary name
("Azoulai", "Thang Lomg"), flagged only where the word is no word in its own right.

A word is excused when it is an English word (a real word list), a word the glossary uses, or a
syllable of an official Vietnamese place name: false alarms cost more than a missed typo.
Candidates come from a deletion index (the words of the glossary's names and their one- and
two-letter deletions), so only the few unknown words of a text cost any real work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from glossary.check.context import word_after, word_before
from glossary.check.folding import crosses_barrier, fold_key
from glossary.check.reference import NAME_KINDS, WORD, Reference

# Upper-case letters a name may start with (Latin, with every Vietnamese capital).
UPPER = "".join(
    chr(c)
    for c in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00))
    if chr(c).isupper()
)
# The class comes first (the regex engine skips to candidates fast), the word start is checked after.
CAPITALISED = re.compile(rf"[{UPPER}](?<![^\W_][{UPPER}])[^\W\d_]*")
# Short words are too close to too many others; long ones may be two letters off.
MIN_LENGTH = 4
TWO_EDITS_LENGTH = 8
# Capitalised words long enough to be near misses: most capitalised words of a text are shorter, and
# none of those could be one (folding maps a letter to one letter; where NFC makes a word longer it
# adds combining marks, and a word with a mark is no near miss: see unknown()).
_LONG_CAPITALISED = re.compile(rf"[{UPPER}](?<![^\W_][{UPPER}])[^\W\d_]{{{MIN_LENGTH - 1},}}")


def allowed_edits(word: str) -> int:
    """How many edits a word of this length may be off and still be a near miss."""
    if len(word) >= TWO_EDITS_LENGTH:
        return 2
    return 1 if len(word) >= MIN_LENGTH else 0


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


@dataclass(frozen=True)
class NameForm:
    """A glossary name form, as its folded words, for checking a near miss in context."""

    entry: int
    text: str
    words: tuple[str, ...]
    # Whether each word is capitalised in the form (a text must capitalise it too).
    capitals: tuple[bool, ...]


@dataclass(frozen=True)
class NearMiss:
    """A stretch of segment text [start, end) that misspells name; [word_start, word_end) is the
    misspelt word."""

    start: int
    end: int
    found: str
    name: NameForm
    word_start: int
    word_end: int


class NearMissIndex:
    """The words of the glossary's names, indexed for finding those one or two edits off a word.

    Built lazily: the deletion index on the first unknown word, the index of adjacent word pairs the
    first time a text comes close to a name, so a run over clean texts pays next to nothing.
    """

    def __init__(self, reference: Reference, words: frozenset[str], place_words: frozenset[str]) -> None:
        self.reference = reference
        self.known = words | reference.tokens | place_words
        self._deletes: dict[str, list[str]] | None = None
        self._longest = 0  # the longest indexed word: a text word 3 letters longer is near none
        self._keys_by_pair: dict[tuple[str, str], list[str]] | None = None
        self._fitting: dict[tuple[str, str, str], list[tuple[str, tuple[int, ...]]]] = {}
        self._forms: dict[str, list[NameForm]] = {}
        self._folded: dict[str, str] = {}
        # Each capitalised word of the texts seen so far -> the glossary words it is a near miss of.
        self._targets: dict[str, list[str]] = {}
        # Stretches of text around an unknown word that made no name: each asked once.
        self._no_name: set[str] = set()

    def prepare(self) -> None:
        """Build now what is otherwise built on first use (the deletion and word-pair indexes)."""
        self._deletion_index()
        self._pairs()

    def _deletion_index(self) -> dict[str, list[str]]:
        if self._deletes is None:
            deletes: dict[str, list[str]] = {}
            for word in self.reference.tokens:
                if len(word) >= MIN_LENGTH and word.isalpha():
                    self._longest = max(self._longest, len(word))
                    for deleted in _deletions(word, allowed_edits(word)):
                        deletes.setdefault(deleted, []).append(word)
            self._deletes = deletes
        return self._deletes

    def names_fitting(self, word: str, before: str, after: str) -> list[tuple[str, tuple[int, ...]]]:
        """Keys of the names in which word stands between before and after ("" for the name's edge),
        each with the positions of word there, in the glossary's order. Only keys: their name forms
        are made when they are tried (a common word is in thousands of names)."""
        found = self._fitting.get((word, before, after))
        if found is not None:
            return found
        if before:
            candidates = self._pairs().get((before, word), ())
        elif after:
            candidates = self._pairs().get((word, after), ())
        else:
            candidates = (word,) if word in self.reference.forms_by_key else ()
        found = []
        for key in candidates:
            words = key.split(" ")
            last = len(words) - 1
            at = tuple(
                p
                for p, part in enumerate(words)
                if part == word
                and (words[p - 1] if p else "") == before
                and (words[p + 1] if p < last else "") == after
            )
            if at:
                found.append((key, at))
        if len(self._fitting) > 100_000:
            self._fitting.clear()
        self._fitting[(word, before, after)] = found
        return found

    def _pairs(self) -> dict[tuple[str, str], list[str]]:
        """Every two adjacent words of the glossary's keys -> the keys that have them, in order."""
        if self._keys_by_pair is None:
            pairs: dict[tuple[str, str], list[str]] = {}
            for key in self.reference.keys:
                words = key.split(" ")
                for pair in zip(words, words[1:], strict=False):
                    bucket = pairs.get(pair)
                    if bucket is None:
                        pairs[pair] = [key]
                    elif bucket[-1] is not key:  # a pair twice in one key: the key once
                        bucket.append(key)
            self._keys_by_pair = pairs
        return self._keys_by_pair

    def name_forms(self, key: str) -> list[NameForm]:
        """The forms with this key that are names a text must capitalise (not deprecated forms)."""
        found = self._forms.get(key)
        if found is not None:
            return found
        found = []
        reference = self.reference
        words = tuple(key.split(" "))
        for form in reference.forms_by_key[key]:
            if form.deprecated or not form.text[:1].isupper():
                continue
            if reference.entries[form.entry].kind not in NAME_KINDS:
                continue
            originals = WORD.findall(form.text)
            if len(originals) == len(words):
                found.append(
                    NameForm(form.entry, form.text, words, tuple(w[:1].isupper() for w in originals))
                )
        self._forms[key] = found
        return found

    def fold(self, word: str) -> str:
        folded = self._folded.get(word)
        if folded is None:
            folded = self._folded[word] = fold_key(word)
        return folded

    def close_words(self, word: str) -> list[str]:
        """Glossary name words within their allowed edits of word (folded)."""
        found: set[str] = set()
        deletes = self._deletion_index()
        if len(word) > self._longest + 2:
            # No indexed word is within two edits, and the two-deletion table of a long word is
            # quadratic: a 3,000-letter word took more than 6 GB.
            return []
        for deleted in _deletions(word, 2 if len(word) >= TWO_EDITS_LENGTH - 1 else 1):
            found.update(deletes.get(deleted, ()))
        return sorted(
            w for w in found if w != word and distance(word, w, allowed_edits(w)) <= allowed_edits(w)
        )

    def unknown(self, word: str) -> bool:
        """Whether a (folded) word is no English word, glossary word or place-name syllable (nor the
        plural of one: "the two Vietnams")."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self.known:
            return False
        return not (word.endswith("s") and word[:-1] in self.known)

    def find(self, text: str) -> Iterator[NearMiss]:
        """Near misses in one segment's text, each the whole misspelt name."""
        targets_of = self._targets
        close: list[tuple[str, list[str]]] = []
        for raw in set(_LONG_CAPITALISED.findall(text)):
            targets = targets_of.get(raw)
            if targets is None:
                word = self.fold(raw)
                targets = targets_of[raw] = self.close_words(word) if self.unknown(word) else []
            if targets:
                close.append((raw, targets))
        for raw, targets in sorted(close):
            at = text.find(raw)
            while at >= 0:
                end = at + len(raw)
                if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                    yield from self._in_context(text, at, end, targets)
                at = text.find(raw, end)

    def _in_context(self, text: str, start: int, end: int, targets: list[str]) -> Iterator[NearMiss]:
        # What _name_span can look at: names are far shorter than 80 characters a side.
        context = text[max(0, start - 80) : end + 80]
        if context in self._no_name:
            return  # the same words around this word made no name before
        # Every name tried here walks the same words outward: each is found and folded once.
        left, right = _Walk(text, start, True, self.fold), _Walk(text, end, False, self.fold)
        first_left, first_right = left.word(0), right.word(0)
        before = first_left[2] if first_left else ""
        after = first_right[2] if first_right else ""
        best: NearMiss | None = None
        # The names whose neighbours of the word are the text's, then those that end or start at it,
        # then the word alone (at an edge of the text some of these are the same: tried once).
        tries = dict.fromkeys(((before, after), (before, ""), ("", after), ("", "")))
        for target in targets:
            for sides in tries:
                for key, positions in self.names_fitting(target, *sides):
                    for name in self.name_forms(key):
                        for position in positions:
                            span = _name_span(text, start, end, name, position, left, right)
                            if span is None:
                                continue
                            candidate = NearMiss(span[0], span[1], text[span[0] : span[1]], name, start, end)
                            if best is None or (candidate.end - candidate.start) > (best.end - best.start):
                                best = candidate
        if best is not None:
            yield best
        elif len(self._no_name) < 100_000:
            self._no_name.add(context)


class _Walk:
    """The words on one side of a span, nearest first, each found and folded once however many
    names look at them."""

    __slots__ = ("_text", "_leftward", "_fold", "_words", "_edge", "_done")

    def __init__(self, text: str, edge: int, leftward: bool, fold: Callable[[str], str]) -> None:
        self._text, self._edge, self._leftward, self._fold = text, edge, leftward, fold
        self._words: list[tuple[int, int, str, bool]] = []
        self._done = False

    def word(self, i: int) -> tuple[int, int, str, bool] | None:
        """(start, end, folded word, whether capitalised) of the i-th word out from the edge; None
        past punctuation or the end of the text (see word_before and word_after)."""
        words = self._words
        while len(words) <= i:
            if self._done:
                return None
            if self._leftward:
                span = word_before(self._text, self._edge)
            else:
                span = word_after(self._text, self._edge)
            if span is None:
                self._done = True
                return None
            word = self._text[span[0] : span[1]]
            words.append((span[0], span[1], self._fold(word), word[:1].isupper()))
            self._edge = span[0] if self._leftward else span[1]
        return words[i]


def _name_span(
    text: str, start: int, end: int, name: NameForm, position: int, left_words: _Walk, right_words: _Walk
) -> tuple[int, int] | None:
    """Where the whole name stands if the words around text[start:end] are its other words."""
    left = start
    for step, index in enumerate(range(position - 1, -1, -1)):
        word = left_words.word(step)
        if word is None or word[2] != name.words[index] or (name.capitals[index] and not word[3]):
            return None
        left = word[0]
    right = end
    for step, index in enumerate(range(position + 1, len(name.words))):
        word = right_words.word(step)
        if word is None or word[2] != name.words[index] or (name.capitals[index] and not word[3]):
            return None
        right = word[1]
    if crosses_barrier(text[left:right], name.text):
        return None
    return left, right
