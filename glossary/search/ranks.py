"""The match ranks and their reference definitions: how a folded form matches a query, with or
without typos, and the readings of a query (as typed, Telex, VNI).

Everything here works on one form at a time; the index finds the same matches through its tables
(tests/test_index.py compares the two).
"""

from __future__ import annotations

import enum
import re
import threading
from dataclasses import dataclass, field

from glossary.model import Entry
from glossary.text import fold, query_variants, tone_key

# Typos are looked for only in queries this long; shorter ones match too much to be useful.
TYPO_MIN_LENGTH = 3
# Queries shorter than this allow one edit; longer ones two.
TYPO_TWO_EDITS_FROM = 5
# Words longer than this get no typo tables (a 2,000-letter word once took 11 GB): see deletions().
TYPO_MAX_WORD = 40


class Rank(enum.IntEnum):
    """How a form matched a query; lower is better."""

    EXACT = 0
    PREFIX = 1
    WORD_PREFIX = 2
    SUBSTRING = 3
    TYPO = 4


# How a match is described after the entry (CLI text output, the TUI's detail pane):
# "… · matched the start of “Thăng Long …”".
RANK_WORDS = {
    Rank.EXACT: "matched",
    Rank.PREFIX: "matched the start of",
    Rank.WORD_PREFIX: "matched a word start in",
    Rank.SUBSTRING: "matched inside",
    Rank.TYPO: "close spelling of",
}
# Marks a typo-tolerant match: found, but not as typed.
CLOSE = "≈"


@dataclass(frozen=True)
class Match:
    """One entry found by a query, with the form that matched and where."""

    entry: Entry
    rank: Rank
    form: str
    # Character span of the match inside form (for highlighting).
    start: int
    end: int
    # The query matched with its diacritics, not only folded: ranks first within its rank.
    accents: bool = False


def typos_as_fallback(matches: list[Match]) -> list[Match]:
    """Matches best first, keeping the typo-tolerant ones only when nothing matched better.

    Two edits bring "renewal" to "general": once a query matched as typed, such neighbours are
    noise in front of the user. search() returns every rank (its tests compare with a brute force);
    the front ends show what this keeps. Typo hits come after every better hit, so when the first
    match is not a typo none of them is needed.
    """
    if matches and matches[0].rank is not Rank.TYPO:
        return [m for m in matches if m.rank is not Rank.TYPO]
    return matches


class SearchCancelled(Exception):
    """The caller's cancel event was set; a newer query superseded this one."""


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise SearchCancelled when cancel is set."""
    if cancel is not None and cancel.is_set():
        raise SearchCancelled


@dataclass
class Reading:
    """One reading of the query (as typed, Telex or VNI), folded, with its diacritics kept apart."""

    folded: str
    accents: str
    tokens: list[str] = field(default_factory=list)


def readings(query: str) -> list[Reading]:
    """The distinct folded readings of a query, the query as typed first."""
    out: list[Reading] = []
    for q in query_variants(query):
        folded = fold(q)
        if folded and folded not in [r.folded for r in out]:
            out.append(Reading(folded, tone_key(q).lower(), folded.replace("-", " ").split()))
    return out


def typo_edits(query: str, typos: int) -> int:
    """The edits a typo-tolerant match of this folded query may take in all."""
    return min(typos, 1 if len(query) < TYPO_TWO_EDITS_FROM else 2)


def bounded_edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 once it is known to exceed limit."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # A shared prefix and suffix cost nothing; stripping them leaves a few letters at most for the
    # comparisons typo matching makes (word against word), so the table below stays tiny.
    head = 0
    shortest = min(len(a), len(b))
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a, b = a[head : len(a) - tail], b[head : len(b) - tail]
    if not a or not b:
        return len(a) + len(b)
    if limit == 1:
        # One edit: a single substitution, insertion or deletion of what is left.
        return 1 if len(a) <= 1 and len(b) <= 1 else limit + 1
    # Only cells within limit of the diagonal can stay within limit: a band, not the whole table.
    over = limit + 1
    width = len(b)
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        low, high = max(1, i - limit), min(width, i + limit)
        current = [over] * (width + 1)
        current[0] = i if i <= limit else over
        best = current[0]
        for j in range(low, high + 1):
            cost = previous[j - 1] + (ca != b[j - 1])
            if previous[j] + 1 < cost:
                cost = previous[j] + 1
            if current[j - 1] + 1 < cost:
                cost = current[j - 1] + 1
            current[j] = cost if cost < over else over
            if cost < best:
                best = cost
        if best > limit:
            return over
        previous = current
    return previous[width]


def deletions(word: str, depth: int) -> set[str]:
    """Every string made by deleting up to depth characters of word (word itself included).

    A word longer than TYPO_MAX_WORD gets no deletions (it is matched with typos by no other word,
    and typed by no one): its table would grow with the cube of its length.
    """
    out = {word}
    if len(word) > TYPO_MAX_WORD:
        return out
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _word_starts(folded: str) -> list[int]:
    """Where the words of a folded form start (after a space or a hyphen)."""
    return [0] + [i + 1 for i, ch in enumerate(folded) if ch in " -"]


WORD_SPLIT = re.compile("[ -]")


def _words(folded: str) -> list[tuple[int, str]]:
    """The words of a folded form (split at spaces and hyphens) with where each starts."""
    return list(zip(_word_starts(folded), WORD_SPLIT.split(folded), strict=True))


def match_form(folded: str, query: str) -> tuple[Rank, int] | None:
    """How a folded form matches a folded query without typos: (rank, start), or None.

    The reference definition of the ranks: the fast paths of the index must agree with it.
    """
    if folded == query:
        return Rank.EXACT, 0
    if folded.startswith(query):
        return Rank.PREFIX, 0
    pos = folded.find(query)
    if pos < 0:
        return None
    best = pos
    while pos >= 0:
        if folded[pos - 1] in " -":
            return Rank.WORD_PREFIX, pos
        pos = folded.find(query, pos + 1)
    return Rank.SUBSTRING, best


def word_budget(token: str, edits: int) -> int:
    """The edits one query word may take: short words one at most, since two change them entirely."""
    return min(edits, 1 if len(token) < TYPO_TWO_EDITS_FROM else 2)


def typo_match(folded: str, query: str, edits: int) -> tuple[int, int] | None:
    """A typo-tolerant match: as many words in a row as the query has, each within its own budget
    (word_budget) and all together within edits. Returns the folded span, or None.

    The reference definition; the index finds the same matches through close-word tables.
    """
    tokens = query.replace("-", " ").split()
    words = _words(folded)
    for n in range(len(words) - len(tokens) + 1):
        spent = 0
        for k, token in enumerate(tokens):
            word = words[n + k][1]
            cost = bounded_edits(token, word, word_budget(token, edits))
            spent += cost
            if cost > word_budget(token, edits) or spent > edits:
                break
        else:
            last_start, last_word = words[n + len(tokens) - 1]
            return words[n][0], last_start + len(last_word)
    return None


def span_on_form(form: str, folded_start: int, folded_end: int) -> tuple[int, int]:
    """Map a span of the folded form back onto the original form.

    fold() maps each precomposed Vietnamese letter to one character, so positions agree unless the
    form had runs of whitespace or stray combining marks; recompute by folding prefixes then.
    """
    if len(fold(form)) == len(form):
        return folded_start, folded_end
    start = 0
    while start < len(form) and len(fold(form[:start] + "x")) - 1 < folded_start:
        start += 1
    end = start
    while end < len(form) and len(fold(form[start : end + 1])) < folded_end - folded_start:
        end += 1
    return start, min(len(form), end + 1)
