"""A place's name written again in other capitals before the word "region" ("The Mekong delta region"
beside "Mekong Delta", "the north central coast region" beside "North Central Coast"): that phrase is
a form of the place (docs/gold-rules.md §10.12, a name with its generic word whatever its capitals;
§9.2, capitals are no variant).

The names reader stops a name at a lower-case word, so it never reads "Mekong delta" or "north
central coast" as the name the page writes capitalised elsewhere, and generic_heads.py lengthens
only the mentions it gave. Here each place name of two words or more that a reader found is looked
for, in lower case, before " region"; a sighting in other capitals than the name's own gives the
place a mention with the phrase as a variant, which clustering joins to the place. The sighting
written as the name is the readers' own.
"""

from __future__ import annotations

import re

from glossary.model import Kind, VariantType

from .documents import Document
from .mentions import Mention, mention_of

_PLACE = Kind.PLACE
# A word right before the sighting that makes it part of a longer name ("Greater Mekong delta
# region"): a capitalised word other than an article.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
# Words before " region" that end no place's name ("the region", "this region", "northern
# region"): the commonest sightings, left out before any name is asked.
_NO_NAME_END = frozenset(
    """the this that a an its their our his her which whole entire same each every one any whose
    northern southern eastern western central""".split()
)
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an", "This", "this"})


def _names(mentions: list[Mention], last_words: set[str]) -> dict[str, list[str]]:
    """The place names of two words or more the readers found, with a capital among them, whose
    last word (in lower case) is one written before " region", by that word."""
    # Comprehensions, not a loop with its tests: every mention of the page is asked.
    places = [m for m in mentions if m.kind is _PLACE]
    forms = {f for m in places for f in (m.en, m.vi) if " " in f}
    names: dict[str, list[str]] = {}
    for form in sorted(forms):
        last = form.rpartition(" ")[2].lower()
        if last in last_words and form != form.lower():
            names.setdefault(last, []).append(form)
    return names


def region_case_forms(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A mention for each place name written in other capitals before " region" (see the module)."""
    lower = doc.lower
    if " region" not in lower:
        return []
    text = doc.text
    # The word before each " region", found from the few sightings of the word: the names are
    # then asked only of the sightings that end with their last word.
    hits: list[tuple[int, str]] = []
    at = lower.find(" region")
    while at >= 0:
        # The word before it by the last blank, not a pattern ending at the hit (which backtracks
        # over every letter of the word from every start).
        floor = max(0, at - 30)
        word = lower[max(lower.rfind(" ", floor, at), lower.rfind("\n", floor, at)) + 1 : at]
        if word.isalpha() and word not in _NO_NAME_END:
            hits.append((at, word))
        at = lower.find(" region", at + 7)
    names = _names(mentions, {word for _, word in hits}) if hits else {}
    out: list[Mention] = []
    added: set[str] = set()
    for at, word in hits:
        # The longest name ending there: "north central coast region" holds "central coast region",
        # no sighting of its own.
        found = [n for n in names.get(word, ()) if lower.endswith(n.lower(), 0, at)]
        if not found:
            continue
        name = max(found, key=lambda n: (len(n), n))
        start, end = at - len(name), at + 7
        written = text[start:end]
        if (
            name not in added
            and written.lower() == lower[start:end]
            and written[: len(name)] != name
            and _stands_alone(text, start, end)
        ):
            en, vi = (name, "") if _is_en(name, mentions) else ("", name)
            variants = [(written, VariantType.SPELLING)]
            out.append(mention_of(doc, start, end, _PLACE, en, vi, "", variants, 0.7, [], "name"))
            added.add(name)
    return out


def _is_en(name: str, mentions: list[Mention]) -> bool:
    return any(m.kind is _PLACE and m.en == name for m in mentions)


def _stands_alone(text: str, at: int, end: int) -> bool:
    """Whether the sighting is a phrase of its own: no letter glued to either end, no capitalised
    word (an article aside) right before it."""
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'’"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "-"):
        return False  # "regional", "region-wide"
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is None or not before.group(1)[:1].isupper() or before.group(1) in _ARTICLES
