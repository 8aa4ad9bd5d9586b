"""What extractors report: one Mention per sighting of a concept, with the helpers they share."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick_rs

from glossary.model import Kind, VariantType
from glossary.text import fold as _fold_text

from .documents import Document

# A word: letters, with inner hyphens or apostrophes ("Director-General", "Vietnam's").
WORD = re.compile(r"[^\W\d_]+(?:[-‐‑'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
QUOTES_OPEN = "\"“‘«'"
QUOTES_CLOSE = "\"”’»'"

# The extractors fold the same words and short names again and again (a rule's cue words, a
# parenthesis's words, a name's syllables): those are memoised here, at the miner's call sites, and
# not in glossary.text.fold, which also serves the search index, whose strings are mostly distinct.
_SHORT = 64


def fold(s: str) -> str:
    """glossary.text.fold, memoised for strings of up to _SHORT characters."""
    return _fold_short(s) if len(s) <= _SHORT else _fold_text(s)


_fold_short = lru_cache(maxsize=65536)(_fold_text)


@dataclass(slots=True)
class Mention:
    """One sighting: the forms a text gives for a concept, where, and how sure the extractor is."""

    kind: Kind
    en: str = ""
    vi: str = ""
    abbr: str = ""
    variants: list[tuple[str, VariantType]] = field(default_factory=list)
    path: str = ""
    line: int = 0
    confidence: float = 0.5
    flags: list[str] = field(default_factory=list)
    # How the mention was found ("gloss", "acronym", "name", "short", "untranslated"): clustering
    # trusts some evidence more than other.
    origin: str = ""
    # Character offsets in the document, so later extractors can skip text already explained.
    start: int = 0
    end: int = 0
    # How many sightings this mention stands for (repeats in one text are folded into one).
    count: int = 1
    # The sentence around the mention, worked out only when asked (see context): clustering keeps
    # three sentences per concept, so most mentions of a repetitive corpus never need theirs.
    _context: str | None = field(default="", repr=False)
    _where: tuple[Document, int, int] | None = field(default=None, repr=False, compare=False)

    @property
    def context(self) -> str:
        """The sentence the mention was found in, whitespace collapsed ("" if unknown)."""
        if self._context is None:
            where = self._where
            self._context = sentence_at(*where) if where is not None else ""
        return self._context

    def raw_context(self) -> str | None:
        """The sentence the mention was found in as the text writes it, when the context is still
        to be worked out (None otherwise): a tally compares it with the sentences it has seen
        before collapsing it."""
        if self._context is None and self._where is not None:
            return raw_sentence_at(*self._where)
        return None

    def settle_context(self, raw: str) -> str:
        """The context, from the raw sentence raw_context gave."""
        self._context = sentence_text(raw)
        return self._context

    def release(self) -> None:
        """Let go of the document (before the mention outlives it or crosses to another process);
        a context not asked for by then stays unknown."""
        if self._context is None:
            self._context = ""
        self._where = None

    def forms(self) -> list[str]:
        return [f for f in (self.vi, self.en, self.abbr, *(v for v, _ in self.variants)) if f]


_LETTERS = re.compile(r"[^\W\d_]+")


def last_word(
    text: str, lo: int, hi: int, spaced: bool = False, line_break: bool = False
) -> tuple[int, int] | None:
    """The (start, end) of the word that ends text[lo:hi], before spaces or tabs (at least one if
    spaced; with line_break, one line break among them too) and a final line break, or None: what a
    search for a run of letters, the spaces and the end ("$") finds in that stretch, found from the
    end instead of by trying every position."""
    if hi <= lo:
        return None
    if line_break:
        stop = hi
        while stop > lo and text[stop - 1] in " \t\n":
            stop -= 1
        breaks = text.count("\n", stop, hi)
        if breaks > 2 or breaks == 2 and text[hi - 1] != "\n":
            return None  # one line break in the gap, and one more before "$"
    else:
        end = hi
        if text[end - 1] == "\n":
            end -= 1  # "$" also matches before a final line break
        stop = end
        while stop > lo and text[stop - 1] in " \t":
            stop -= 1
        if spaced and stop == end:
            return None
    if stop == lo:
        return None
    stretch = text[lo:stop]
    # Most stretches end with a word of letters only after their last blank: that word is the run
    # (a blank is no letter, and every character str.isalpha takes is one [^\W\d_] takes). A
    # stretch ending with a blank of its own ("\xa0") has no letter at its end.
    if stretch[-1].isalpha():
        tail = stretch.rsplit(None, 1)[-1]
        if tail.isalpha():
            return stop - len(tail), stop
    match = _LETTERS.match(stretch[::-1])
    if match is None:
        return None
    return stop - match.end(), stop


# Each word's occurrences in the text this thread scanned last: several extractors scan one
# document for the same cue words ("called", "named", "known as"); a document's `lower` is one string
# object while it is mined, so the cache is keyed by that object. The text scanned before it is kept
# too when it was much longer (kept_text, kept_hits): the bracket readers mine lines of a page as
# documents of their own between two readers of the whole page (pipeline._extract), which rescanned
# the page after them (22 of the bench corpus's 47 pages, a third of the scanning).
_SCANNED = threading.local()
# How much longer than the next text a text must be to be kept beside it.
_KEPT_FACTOR = 4


class _CueWords:
    """Every cue word asked for so far, with one Aho-Corasick automaton over all of them: a text
    is scanned once for all the cue words of every extractor (about seventy) instead of once per
    word. A word is learnt the first time it is asked for (found in that text with str.find), so
    nothing has to be declared and a word asked for only by a rule added later is still found."""

    def __init__(self) -> None:
        # The words and their automaton, replaced together: a thread scanning meanwhile keeps a pair
        # that agrees.
        self._known: tuple[tuple[str, ...], ahocorasick_rs.AhoCorasick | None] = ((), None)
        self._learnt: list[str] = []  # words asked for since the automaton was built
        self._lock = threading.Lock()

    def scan(self, lower: str) -> dict[str, list[int]]:
        """Each known word's occurrences in lower, not overlapping one another (as successive
        str.find calls from the end of the last one find them)."""
        if self._learnt:
            self._rebuild()
        words, automaton = self._known
        hits: dict[str, list[int]] = {word: [] for word in words}
        if automaton is None:
            return hits
        # Overlapping matches, so that a word inside another ("known" in "known as") is found too;
        # one word's matches come in order, and one overlapping the last kept is not kept.
        for index, start, _ in automaton.find_matches_as_indexes(lower, overlapping=True):
            word = words[index]
            found = hits[word]
            if not found or start >= found[-1] + len(word):
                found.append(start)
        return hits

    def learn(self, word: str) -> None:
        """Add a word to those scanned for in the next texts."""
        with self._lock:
            if word not in self._known[0] and word not in self._learnt:
                self._learnt.append(word)

    def _rebuild(self) -> None:
        # Once for all the words a text taught (the first text teaches all seventy at once).
        with self._lock:
            if not self._learnt:
                return  # another thread built it meanwhile
            words = (*self._known[0], *self._learnt)
            self._learnt = []
            # Standard matching: with overlapping=True, every occurrence of every word. A DFA: the
            # same matches, read in less than half the time of the default automaton (round 15).
            dfa = ahocorasick_rs.Implementation.DFA
            self._known = words, ahocorasick_rs.AhoCorasick(words, implementation=dfa)


_CUE_WORDS = _CueWords()


def _find_all(lower: str, word: str) -> list[int]:
    found = []
    at = lower.find(word)
    while at >= 0:
        found.append(at)
        at = lower.find(word, at + len(word))
    return found


def literal_hits(lower: str, words: tuple[str, ...]) -> list[int]:
    """Where any of words occurs in lower, in order (each word's occurrences not overlapping)."""
    scanned = _SCANNED
    current = getattr(scanned, "text", None)
    if current is not lower:
        if getattr(scanned, "kept_text", None) is lower:
            # The page again after its lines: the two swap places.
            scanned.text, scanned.hits, scanned.kept_text, scanned.kept_hits = (
                lower,
                scanned.kept_hits,
                current,
                scanned.hits,
            )
        else:
            if current is not None and len(current) > _KEPT_FACTOR * len(lower):
                scanned.kept_text, scanned.kept_hits = current, scanned.hits
            scanned.text, scanned.hits = lower, _CUE_WORDS.scan(lower)
    cache: dict[str, list[int]] = scanned.hits
    hits: list[int] = []
    for word in words:
        found = cache.get(word)
        if found is None:  # a word not asked for before: found with str.find this time
            found = cache[word] = _find_all(lower, word)
            _CUE_WORDS.learn(word)
        hits += found
    if len(words) > 1:
        hits.sort()
    return hits


def phrase_hits(lower: str, last: str, firsts: tuple[str, ...]) -> list[int]:
    """Where "FIRST" + last occurs for any of firsts ("temple" + " name"), found from the
    occurrences of last alone: one scan (shared with every other reader of last) instead of one
    per phrase."""
    found = []
    for at in literal_hits(lower, (last,)):
        for first in firsts:
            start = at - len(first)
            if start >= 0 and lower.startswith(first, start):
                found.append(start)
                break
    return found


def strip_possessive(word: str) -> str:
    """ "Vietnam's" -> "Vietnam"; other words unchanged."""
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-ZÀ-ỸĐ0-9])|\n\s*\n")


def collapse_spaces(text: str) -> str:
    """ " ".join(text.split()): whitespace runs made one space, the ends stripped; a text whose
    only whitespace is single spaces (no tab, line break or other space character, all of which
    str.isprintable rejects) only loses the spaces at its ends."""
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(text.split())


def sentence_at(doc: Document, start: int, end: int, limit: int = 320) -> str:
    """The sentence around text[start:end], whitespace collapsed, cut to about limit characters."""
    return sentence_text(raw_sentence_at(doc, start, end, limit), limit)


def sentence_text(raw: str, limit: int = 320) -> str:
    """A sentence as written (raw_sentence_at), whitespace collapsed, cut to about limit characters."""
    sentence = collapse_spaces(raw)
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + " …"
    return sentence


def raw_sentence_at(doc: Document, start: int, end: int, limit: int = 320) -> str:
    """The sentence around text[start:end] as the text writes it."""
    text = doc.text
    marks, ends = doc.sentence_ends or _sentence_ends(doc)
    # The sentence starts after the last sentence end before start, but not before its line, nor
    # limit characters before start. A search of text[:start] sees a sentence end only if the
    # capital after it comes before start: the last end whose mark does, or the one before it (whose
    # capital comes before that mark).
    # (Asked for most mentions: the bounds without calls of max and min, a capital right after an
    # end without a call of _capital_after.)
    lo = start - limit if start > limit else 0
    line_start = text.rfind("\n", lo, start) + 1
    if line_start:
        lo = line_start
    last = bisect_left(marks, start) - 1
    if last >= 0:
        capital = ends[last]
        if text[capital : capital + 1] in _OPENING:
            capital = _capital_after(text, capital)
        if capital >= start:
            last -= 1
    begin = ends[last] if last >= 0 and marks[last] >= lo else lo
    # It ends at the first sentence end after end, its mark included, if the capital after it is
    # less than limit characters on and no line ends before it; else at the line's end, or limit
    # characters on.
    limit_end = end + limit
    if limit_end > len(text):
        limit_end = len(text)
    line_end = text.find("\n", end, limit_end)
    stop = limit_end if line_end == -1 else line_end
    first = bisect_left(marks, end)
    if first < len(marks) and marks[first] < stop:
        capital = ends[first]
        if text[capital : capital + 1] in _OPENING:
            capital = _capital_after(text, capital)
        if capital < limit_end:
            stop = marks[first] + 1
    return text[begin:stop]


def _sentence_ends(doc: Document) -> tuple[list[int], list[int]]:
    """Where each sentence end of doc's text that _SENTENCE_END finds at a full stop, question or
    exclamation mark starts and ends (with nothing cut off after it), in order, kept on the
    document. Marks and the capitals after them both rise (nothing but quotes and blanks stands
    between a mark and its capital), so a sentence's bounds are bisections, not scans of the text
    per mention (most mentions of a tally ask for theirs, to learn whether it was seen before).

    The full stops are scanned for as a literal (_SENTENCE_END, whose alternation opens with no
    literal, is tried at every position: four times slower); the few question and exclamation
    marks are found with str.find and _SENTENCE_END tried at each (no mark lies inside another's
    match, so each is read alone)."""
    text = doc.text
    found = [match.span() for match in _FULL_STOP_END.finditer(text)]
    full_stops = len(found)
    for mark in "!?":
        at = text.find(mark)
        while at >= 0:
            match = _SENTENCE_END.match(text, at)
            if match is not None:
                found.append(match.span())
            at = text.find(mark, at + 1)
    if len(found) > full_stops:
        found.sort()
    doc.sentence_ends = ([start for start, _ in found], [end for _, end in found])
    return doc.sentence_ends


def _capital_after(text: str, end: int) -> int:
    """Where the capital or digit _SENTENCE_END's lookahead wants after a sentence end's blanks
    stands: after the opening quotes and parentheses there."""
    while text[end : end + 1] in _OPENING:
        end += 1
    return end


_OPENING = frozenset('"“‘(')
# _SENTENCE_END's first branch at a full stop: a pattern opening with a literal.
_FULL_STOP_END = re.compile(r"\.[\"”’)]*\s+(?=[\"“‘(]*[A-ZÀ-ỸĐ0-9])")


def mention_at(doc: Document, start: int, end: int, **fields: object) -> Mention:
    """A Mention located at text[start:end] of doc, with its line and context sentence."""
    return mention_with(doc, start, end, fields)


def mention_of(
    doc: Document,
    start: int,
    end: int,
    kind: Kind,
    en: str,
    vi: str,
    abbr: str,
    variants: list[tuple[str, VariantType]],
    confidence: float,
    flags: list[str],
    origin: str,
) -> Mention:
    """mention_at with its fields in Mention's order, passed by position: a name's plan, replayed
    for every sighting, has them worked out, and a call by position is about a third cheaper
    than one whose keywords are matched to the fields one by one (the commonest mention)."""
    return Mention(
        kind,
        en,
        vi,
        abbr,
        variants,
        doc.path,
        doc.line_of(start),
        confidence,
        flags,
        origin,
        start,
        end,
        1,
        None,
        (doc, start, end),
    )


def mention_with(doc: Document, start: int, end: int, fields: Mapping[str, object]) -> Mention:
    """mention_at with the fields in one mapping: a name's plan, replayed for every sighting,
    builds it once instead of passing it as keywords through two calls."""
    return Mention(
        path=doc.path,
        line=doc.line_of(start),
        start=start,
        end=end,
        _context=None,
        _where=(doc, start, end),
        **fields,  # type: ignore[arg-type]
    )
