"""Forms of a cluster that are another of its forms written otherwise: spelt the way another
language spells it ("Saïgon", "Hué"), or inflected ("Marble Mountains")."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection

from glossary.text import fold
from glossary.vietnamese import VI_LETTER_CLASS

from .keys import singular

# Letters with a mark Vietnamese never writes ("Saïgon", "Hanoï": a diaeresis, a cedilla...).
_FOREIGN_LETTER = re.compile(
    "["
    + "".join(
        c
        for c in map(chr, range(0xC0, 0x250))
        if c.isalpha() and c not in VI_LETTER_CLASS and unicodedata.normalize("NFD", c) != c
    )
    + "]"
)
# The marks that make a Vietnamese vowel another letter (â ê ô, ă, ơ ư), unlike a tone mark.
_QUALITY_MARKS = frozenset("\u0302\u0306\u031b")


def _marks(char: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFD", char)[1:])


def _tone_without_quality(form: str, other: str) -> bool:
    """Whether form writes other's letters with its tone marks but without some of its vowels'
    own marks: the French "Hué" for "Huế" (a Vietnamese writer drops all marks or none)."""
    if len(form) != len(other):
        return False
    fewer = False
    for a, b in zip(form, other, strict=True):
        if a == b:
            continue
        ma, mb = _marks(a), _marks(b)
        if not ma < mb or not (mb - ma) <= _QUALITY_MARKS:
            return False
        fewer = True
    return fewer and any(_marks(c) - _QUALITY_MARKS for c in form)


def foreign_spellings(forms: Collection[str]) -> set[str]:
    """The forms that spell another form of the same cluster the way another language does: a
    letter Vietnamese never writes ("Saïgon" beside "Saigon", "Hanoï" beside "Hanoi"), or a tone
    kept on a vowel without its own mark ("Hué" beside "Huế"). Such a form is no English or
    Vietnamese form (docs/gold-rules.md §2)."""
    if len(forms) < 2:
        return set()
    marked = [f for f in forms if not f.isascii()]
    if not marked:
        return set()
    by_fold: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        by_fold[fold(form)].append(form)
    out = set()
    for form in marked:
        same = by_fold[fold(form)]
        if len(same) < 2:
            continue
        if _FOREIGN_LETTER.search(form):
            if any(not _FOREIGN_LETTER.search(o) for o in same):
                out.add(form)
        elif any(_tone_without_quality(form, o) for o in same if o != form):
            out.add(form)
    return out


def inflections(order: dict[str, int]) -> set[str]:
    """The forms that are another form of the cluster in the plural or the singular, written after
    it ("Marble Mountains" after "Marble Mountain", "Buddhist Association for National Salvation"
    after "Buddhist Associations for ..."): one form, not a variant (docs/gold-rules.md §2,
    inflected forms). The first written is kept; in one mention, the singular."""
    if len(order) < 2:
        return set()
    by_singular: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in order:
        if " " in form or form[-1:] == "s":
            by_singular[tuple(map(singular, form.lower().split()))].append(form)
    out: set[str] = set()
    for words, forms in by_singular.items():
        if len(forms) < 2:
            continue
        lower = {f.lower() for f in forms}
        if len(lower) < 2:
            continue  # the same form in other capitals: no inflection
        if not _head_inflected(words, lower):
            continue  # "General Statistic Office" / "General Statistics Office": two spellings
        first = min(forms, key=lambda f: (order[f], len(f)))
        out.update(f for f in forms if f.lower() != first.lower())
    return out


# Words after which a name's head word has been said ("Associations for National Salvation").
_AFTER_HEAD = frozenset({"of", "for", "in", "on", "at", "to", "and"})


def _head_inflected(words: tuple[str, ...], forms: set[str]) -> bool:
    """Whether forms that are one name in the singular (words) differ in their head word's number:
    the last word, or the word before "of"/"for" ("Marble Mountains", "Buddhist Associations for
    National Salvation"). A word before the head written in the singular and in the plural
    ("General Statistic(s) Office") is the name spelt two ways, not inflected (blind18's gold: a
    `spelling` variant)."""
    head = next((k - 1 for k, word in enumerate(words) if k and word in _AFTER_HEAD), len(words) - 1)
    return len({form.split()[head] for form in forms}) > 1
