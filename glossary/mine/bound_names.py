"""Bare place names a page never writes on their own.

The name extractor cuts a place's proper part out of a form with a generic word ("Son" out of
"Sông Son", "Luộc" out of "the river Luộc", "Sơn Đoòng" out of "Hang Sơn Đoòng"), and clustering then
joins the bare part to every form that holds it: a river's two names meet through the bare syllable
each shares with one of them ("Son" with "sông Tróc" through "Sông Son or sông Tróc"). A form the page
does not write is no form (docs/gold-rules.md §0.3): when every place the page writes the bare name
has a generic word right before it or a head word right after it, the page writes only the longer
forms, and the bare mention is dropped, as long as some other mention of the page gives it with its
generic or head word, in any spelling (the place keeps its entry: "the Asia-Pacific region", read as
"Asia-Pacific" alone, stays). One place the page writes it alone ("Son is a river") keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.model import Kind

from .lexicon import ADMIN_UNITS, PLACE_HEADS, UNIT_WORDS, VI_PLACE_GENERICS
from .mentions import Mention, fold

# The generic words a place form may open with, Vietnamese or English ("sông Luộc", "the river
# Luộc"), and the head words it may end with ("Son River", "Ba Đồn town"); compared in lower case.
_BEFORE = frozenset(VI_PLACE_GENERICS) | frozenset(ADMIN_UNITS.values()) | PLACE_HEADS
_AFTER = PLACE_HEADS | frozenset(UNIT_WORDS) | frozenset(VI_PLACE_GENERICS.values())
_LONGEST_BEFORE = max(len(w) for w in _BEFORE)
_LAST_WORDS = frozenset(w.split()[-1] for w in _BEFORE)
_OPENING = "([{\"'“‘"
# The English unit words, which end the name written before them ("Hà Giang province").
_EN_UNITS = frozenset(UNIT_WORDS)
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def bound_at(text: str, start: int, end: int) -> bool:
    """Whether the name written at text[start:end] has a generic word before it or a head word
    after it, so that there it is a word of a longer form."""
    if end > len(text):
        return False
    if text[end : end + 1] in (" ", "\t"):
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1).lower() in _AFTER:
            return True
    if not start or text[start - 1] not in (" ", "\t"):
        return False
    floor = max(0, start - _LONGEST_BEFORE - 2)
    last = text.rfind(" ", floor, start - 1)
    if text[last + 1 : start - 1].lower().lstrip(_OPENING) not in _LAST_WORDS:
        return False  # the common case, decided without splitting
    # The last words before the name, without a bracket or a quotation mark opening the first
    # ("(sông Son or ...").
    raw = text[floor:start].split()[-4:]
    words = [w.lstrip(_OPENING).lower() for w in raw]
    for n in (1, 2, 3):
        if len(words) >= n and " ".join(words[-n:]) in _BEFORE:
            # "Hà Giang province Hà Giang (...) was": a capitalised name right before the generic
            # word is the one it ends (a search result's title, then its text), not this one.
            before = raw[-n - 1] if len(raw) > n else ""
            return not (words[-1] in _EN_UNITS and before[:1].isupper() and before[-1:].isalpha())
    return False


def _alone_somewhere(text: str, form: str) -> bool:
    """Whether text writes form, as whole words, at least once without a generic or head word and
    without a capitalised word after it (in "Bái Đính Tân Tự" it is the start of another name)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        longer = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        if whole and not longer and not bound_at(text, at, end):
            return True
        at = text.find(form, end)
    return False


def drop_bound_names(text: str, mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions without the bare place names the text writes only inside longer forms, which
    these or the others (glosses, acronyms, other names) give."""
    # Decided once per form, where it is first found: a form written alone there is kept, as it is
    # wherever else it stands; one bound there and nowhere alone is bound everywhere.
    seen: set[str] = set()
    bound: list[str] = []
    place = Kind.PLACE
    for m in mentions:
        if m.kind is not place:
            continue
        form = m.en or m.vi
        if form in seen or m.origin != "name" or m.variants or m.abbr or m.vi and m.en:
            continue
        seen.add(form)
        if " " in form and _proper_parts(form):
            continue  # a form with its own generic or head word ("Son River") is no bare name
        if bound_at(text, m.start, m.end) and not _alone_somewhere(text, form):
            bound.append(form)
    if not bound:
        return mentions
    # The proper parts of the forms with a generic or a head word, folded ("Sông Son", "Son
    # River" -> "son"): a bound name is dropped only when another mention gives it so.
    forms = {f for group in (mentions, others) for m in group for f in (m.vi, m.en) if " " in f}
    forms.update(f for group in (mentions, others) for m in group if m.variants for f, _ in m.variants)
    parts = {part for form in forms for part in _proper_parts(form)}
    dropped = {form for form in bound if fold(form) in parts}
    if not dropped:
        return mentions
    return [
        m
        for m in mentions
        if not (m.kind is Kind.PLACE and m.origin == "name" and not m.variants and (m.vi or m.en) in dropped)
    ]


@lru_cache(maxsize=65536)
def _proper_parts(form: str) -> tuple[str, ...]:
    """The folded name a form holds after its generic word or before its head word ("Sông Son",
    "Son River", "the river Luộc" read as "river Luộc" -> "son", "luoc"); () for a form of one word."""
    words = form.split()
    if len(words) < 2:
        return ()
    low = [w.lower() for w in words]
    out = []
    for n in (1, 2, 3):
        if len(words) > n and " ".join(low[:n]) in _BEFORE:
            out.append(fold(" ".join(words[n:])))
        if len(words) > n and " ".join(low[-n:]) in _AFTER:
            out.append(fold(" ".join(words[:-n])))
    return tuple(out)
