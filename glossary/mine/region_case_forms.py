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
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an", "This", "this"})


def _names(mentions: list[Mention]) -> set[str]:
    """The place names of two words or more the readers found, with a capital among them."""
    names: set[str] = set()
    for m in mentions:
        if m.kind is not _PLACE:
            continue
        for form in (m.en, m.vi):
            if " " in form and not form.lower().endswith(" region") and form != form.lower():
                names.add(form)
    return names


def region_case_forms(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A mention for each place name written in other capitals before " region" (see the module)."""
    lower = doc.lower
    if " region" not in lower:
        return []
    text = doc.text
    out: list[Mention] = []
    # Longest first: "north central coast region" holds "central coast region", no sighting of its own.
    covered: list[tuple[int, int]] = []
    for name in sorted(_names(mentions), key=lambda n: (-len(n), n)):
        needle = name.lower() + " region"
        at, added = lower.find(needle), False
        while at >= 0:
            end = at + len(needle)
            written = text[at:end]
            if any(a <= at and end <= b for a, b in covered):
                at = lower.find(needle, end)
                continue
            covered.append((at, end))
            if (
                not added
                and written.lower() == needle
                and written[: len(name)] != name
                and _stands_alone(text, at, end)
            ):
                en, vi = (name, "") if _is_en(name, mentions) else ("", name)
                variants = [(written, VariantType.SPELLING)]
                out.append(mention_of(doc, at, end, _PLACE, en, vi, "", variants, 0.7, [], "name"))
                added = True
            at = lower.find(needle, end)
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
