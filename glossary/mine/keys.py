"""Matching keys that tell when two surface forms name one concept.

Forms match across diacritics and tone style ("Tô Lâm" / "To Lam"), spacing ("Vietnam" / "Viet Nam"),
British and American spelling ("Organisation" / "Organization") and English word order around generic
words ("Thăng Long Imperial Citadel" / "Imperial Citadel of Thang Long").
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.text import fold

# British -> American endings, applied to folded words; enough for the spellings news prose varies on.
_SPELLING = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"yse(d|s)?$"), r"yze\1"),
    (re.compile(r"our(s|ed|ing|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"lled$"), "led"),
    (re.compile(r"mme$"), "m"),
]
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_FILLERS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "s"})


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    if len(word) < 5:
        return word
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _words(form: str) -> list[str]:
    text = _NON_WORD.sub(" ", fold(form).replace("'s ", " ").replace("’s ", " "))
    return [_american(w) for w in text.split()]


@lru_cache(maxsize=65536)
def exact_key(form: str) -> str:
    """Folded, American-spelt, without spaces or punctuation: "Viet Nam" = "Vietnam"."""
    return "".join(_words(form))


@lru_cache(maxsize=65536)
def order_key(form: str) -> str:
    """exact_key regardless of word order and filler words; "" for forms under two content words."""
    content = sorted({w for w in _words(form) if w not in _FILLERS})
    return " ".join(content) if len(content) >= 2 else ""


@lru_cache(maxsize=65536)
def keys(form: str) -> frozenset[str]:
    """The keys a form is matched under."""
    out = {"=" + exact_key(form)}
    bag = order_key(form)
    if bag:
        out.add("~" + bag)
    return frozenset(out - {"=", "~"})
