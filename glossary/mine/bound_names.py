"""Bare place names a page never writes on their own.

The name extractor cuts a place's proper part out of a form with a generic word ("Son" out of
"Sông Son", "Luộc" out of "the river Luộc", "Sơn Đoòng" out of "Hang Sơn Đoòng"), and clustering then
joins the bare part to every form that holds it: a river's two names meet through the bare syllable
each shares with one of them ("Son" with "sông Tróc" through "Sông Son or sông Tróc"). A form the page
does not write is no form (docs/gold-rules.md §0.3): when every place the page writes the bare name
has a generic word right before it or a head word right after it, the page writes only the longer
forms, and the bare mention is dropped, as long as some other mention of the page holds a longer
form with it, in any spelling (the place keeps its entry: "the Asia-Pacific region", read as
"Asia-Pacific" alone, stays). One place the page writes it alone ("Son is a river") keeps it.
"""

from __future__ import annotations

import re

from glossary.model import Kind

from .lexicon import ADMIN_UNITS, PLACE_HEADS, UNIT_WORDS, VI_PLACE_GENERICS
from .mentions import Mention, fold

# The generic words a place form may open with, Vietnamese or English ("sông Luộc", "the river
# Luộc"), and the head words it may end with ("Son River", "Ba Đồn town"); compared in lower case.
_BEFORE = frozenset(VI_PLACE_GENERICS) | frozenset(ADMIN_UNITS.values()) | PLACE_HEADS
_AFTER = PLACE_HEADS | frozenset(UNIT_WORDS) | frozenset(VI_PLACE_GENERICS.values())
_LONGEST_BEFORE = max(len(w) for w in _BEFORE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[ \t]+[^\W\d_]+)*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _bound_at(text: str, start: int, end: int) -> bool:
    """Whether the name written at text[start:end] has a generic word before it or a head word
    after it, so that there it is a word of a longer form."""
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in _AFTER:
        return True
    before = _WORD_BEFORE.search(text[max(0, start - _LONGEST_BEFORE - 2) : start].lower())
    if before is None:
        return False
    words = before.group(1).split()
    return any(" ".join(words[-n:]) in _BEFORE for n in (1, 2, 3) if len(words) >= n)


def _alone_somewhere(text: str, form: str) -> bool:
    """Whether text writes form, as whole words, at least once without a generic or head word."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and not _bound_at(text, at, end):
            return True
        at = text.find(form, end)
    return False


def drop_bound_names(text: str, mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions without the bare place names the text writes only inside longer forms, which
    these or the others (glosses, acronyms, other names) give."""
    out = []
    memo: dict[str, bool] = {}
    longer: list[str] | None = None
    for m in mentions:
        if (
            m.origin == "name"
            and m.kind is Kind.PLACE
            and not m.variants
            and not m.abbr
            and bool(m.vi) != bool(m.en)
            and _bound_at(text, m.start, m.end)
        ):
            form = m.vi or m.en
            alone = memo.get(form)
            if alone is None:
                if longer is None:
                    longer = [fold(f) for o in (*mentions, *others) for f in _forms(o)]
                folded = fold(form)
                held = any(len(f) > len(folded) and _holds(f, folded) for f in longer)
                alone = memo[form] = not held or _alone_somewhere(text, form)
            if not alone:
                continue
        out.append(m)
    return out


def _forms(m: Mention) -> list[str]:
    return [f for f in (m.vi, m.en, *(v for v, _ in m.variants)) if f]


def _holds(longer: str, form: str) -> bool:
    """Whether longer writes form as whole words (both folded: "Luoc" is held by "Luộc River")."""
    at = longer.find(form)
    end = at + len(form)
    return at >= 0 and (at == 0 or longer[at - 1] == " ") and (end == len(longer) or longer[end] == " ")
