"""Acronym extractor after Schwartz and Hearst (2003): a short form in parentheses next to its long form.

"Sustainable Development Goals (SDGs)", the reverse order "UNESCO (United Nations ...)", plural and
lower-case letters in the short form. The long form is the shortest run of words before the short
form whose letters spell it, the first letter starting a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind

from .documents import Document
from .mentions import Mention, mention_at

_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
# A short form: 2-10 characters, starting with a letter or digit, at least two capitals
# ("SDGs", "GNLC", "UCCN", "R&D", "Covid-19" is not: one capital).
_SHORT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.\-]{1,9}$")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n\s*\n|[()\[\]]")
# The first capital before the lookbehind: a pattern opening with a character class is scanned far
# faster than one opening with a lookbehind.
_CAPS_TOKEN = re.compile(r"[A-Z](?<![\w&.-][A-Z])[A-Z0-9&]{1,9}s?(?![\w&-])")


def is_short_form(candidate: str) -> bool:
    """Whether a string can be an acronym: 2-10 characters with two or more capitals and letters."""
    if not _SHORT.match(candidate):
        return False
    capitals = sum(c.isupper() for c in candidate)
    letters = sum(c.isalpha() for c in candidate)
    return capitals >= 2 and letters >= 2 and capitals * 2 >= letters


def _letters(short: str) -> str:
    """The letters a long form must spell: a trailing plural "s" ("SDGs") spells nothing."""
    core = short[:-1] if short.endswith("s") and short[:-1].isupper() and len(short) > 2 else short
    return "".join(c for c in core if c.isalnum())


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz–Hearst: the shortest tail of candidate whose characters spell short, right to left.

    Each letter of short is matched in order from the end; the first must begin a word.
    """
    letters = _letters(short).lower()
    text = candidate
    low = text.lower()
    s = len(letters) - 1
    position = len(text) - 1
    while s >= 0:
        char = letters[s]
        while position >= 0 and (
            low[position] != char or (s == 0 and position > 0 and low[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = text.rfind(" ", 0, position + 2) + 1
    long_form = text[start:].strip(" ,;:-–—")
    return long_form or None


def _window(short: str) -> int:
    n = len(_letters(short))
    return min(n + 5, n * 2)


def _plausible(short: str, long_form: str) -> bool:
    words = long_form.split()
    n = len(_letters(short))
    if len(words) < 2 and n > 1 and len(long_form) <= len(short) + 2:
        return False
    if short.lower() in long_form.lower().split():
        return False
    if len(words) > _window(short):
        return False
    # The long form names something: it starts with a capital or a letter of the short form.
    return long_form[0].isalnum()


def _text_before(text: str, end: int) -> str:
    """The clause before a parenthesis: from the last sentence break to end."""
    start = max(0, end - 300)
    head = text[start:end]
    last = 0
    for match in _SENTENCE_BREAK.finditer(head):
        last = match.end()
    return " ".join(head[last:].split())


def _definitions(doc: Document) -> Iterator[Mention]:
    text = doc.text
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        if is_short_form(inner):
            before = _text_before(text, match.start())
            words = before.split()
            candidate = " ".join(words[-_window(inner) :])
            long_form = best_long_form(inner, candidate)
            if long_form and _plausible(inner, long_form):
                yield mention_at(
                    doc,
                    match.start() - len(long_form) - 1,
                    match.end(),
                    kind=Kind.ACRONYM,
                    en=long_form,
                    abbr=inner,
                    confidence=0.9,
                    origin="acronym",
                )
            continue
        # Reverse order: "UNESCO (United Nations Educational, ...)".
        before = text[max(0, match.start() - 20) : match.start()].rstrip()
        token = re.search(r"([A-Za-z0-9&.\-]+)$", before)
        if token is None or not is_short_form(token.group(1)) or len(inner.split()) < 2:
            continue
        short = token.group(1)
        long_form = best_long_form(short, inner)
        if long_form and long_form == inner.strip(" ,;") and _plausible(short, long_form):
            yield mention_at(
                doc,
                match.start() - len(short),
                match.end(),
                kind=Kind.ACRONYM,
                en=long_form,
                abbr=short,
                confidence=0.85,
                origin="acronym",
            )


def extract_acronyms(doc: Document) -> list[Mention]:
    """Every acronym defined in a document with its long form."""
    return list(_definitions(doc))


def count_caps(doc: Document) -> dict[str, tuple[int, int]]:
    """Every all-capitals token (and its plural) in a document: {token: (count, first line)}.

    Clustering adds these to acronyms defined anywhere in the corpus, so an acronym's frequency
    counts its uses, not only its definitions.
    """
    counts: dict[str, tuple[int, int]] = {}
    for match in _CAPS_TOKEN.finditer(doc.text):
        token = match.group(0)
        seen = counts.get(token)
        counts[token] = (seen[0] + 1, seen[1]) if seen else (1, doc.line_of(match.start()))
    return counts
