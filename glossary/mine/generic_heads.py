"""A place's name with the lower-case generic word the page writes after it ("the Central Highlands
region", "the Dak Bla river", "the Champa kingdom"): that phrase is a form of the place (rules
§10.12), the bare name one only where the page writes it alone.

The names reader stops a name at its last capitalised word, and its unit rule does not reach a name
an earlier rule placed (a gazetteer place, a name with its own head word such as "Highlands").
Here a place mention followed by such a word takes it in: the bare sightings elsewhere stay bare,
and clustering joins the two as unit variants (place_heads.unit_name splits the head off again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.model import Kind

from .mentions import Mention

# Generic words of regions and natural features a page writes in lower case after a proper name.
# Administrative units are the names reader's own (names.rules.with_unit); "delta" is left out:
# "Mekong delta" and "Red River delta" are written as a name of their own as often as a head.
_HEADS = ("region", "river", "kingdom", "marsh", "island", "mountain")
# A possessive after the word keeps it ("the Văn Lang kingdom's existence"); a plural or a
# compound does not ("the Red River's", though, is the river's own head, read by the names reader).
_AFTER = re.compile(r"[ \t]+(" + "|".join(_HEADS) + r")(?=['’]s\b|(?![\w’'-]))")
_PLACE = Kind.PLACE


def lengthen_by_generic(mentions: Iterable[Mention]) -> None:
    """Give a name reader's place mention the lower-case generic word written right after it, in
    place."""
    for m in mentions:
        if m.kind is not _PLACE or m.origin != "name" or m.flags or m._where is None:
            continue
        text = m._where[0].text
        end = m.end
        if end >= len(text) or text[end] not in " \t":
            continue  # the commonest case, one character read
        match = _AFTER.match(text, end)
        if match is None:
            continue
        head = match.group(1)
        if m.en:
            if m.en.lower().endswith(" " + head):
                continue
            m.en = f"{m.en} {head}"
        elif m.vi:
            m.vi = f"{m.vi} {head}"
        else:
            continue
        m.end = match.end()
        m.flags.append(f"unit:{head}")
