"""Places written with their Vietnamese unit word before the name: "tỉnh Quảng Ninh", "Thành phố
Điện Biên Phủ" (an infobox title that gives the short and the native name run together).

The unit words are the Vietnamese generics of the administrative units (lexicon.ADMIN_UNITS); the
name after one is a run of capitalised Vietnamese syllables. Clustering joins such a form to the
bare name and to the name with its English unit ("Quảng Ninh", "Quang Ninh province").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import is_syllable

from . import name_lines
from .documents import Document
from .lexicon import ADMIN_UNITS, UNLISTED_UNITS
from .mentions import Mention, literal_hits, mention_at

# Vietnamese generic -> English unit, for the units the gazetteers hold ("làng" names no unit).
GENERIC_UNITS = {vi: en for en, vi in ADMIN_UNITS.items() if en not in UNLISTED_UNITS}
# Longest first: "thị xã" before "xã".
_GENERICS = tuple(sorted(GENERIC_UNITS, key=len, reverse=True))
# A word of the name, with the spaces before it, or after an unspaced dash between two names of
# one place ("Thành phố Phan Rang–Tháp Chàm", as the gazetteer writes "Bà Rịa–Vũng Tàu"); a
# spaced dash (" – ") is punctuation.
_WORD = re.compile(r"(?:[ \t]+|(?<=[^\W\d_])[–-])([^\W\d_]+)")
_LETTER = re.compile(r"[^\W\d_]")


def extract_generic_places(doc: Document) -> Iterator[Mention]:
    """Every place a document names after its Vietnamese unit word."""
    text, lower = doc.text, doc.lower
    if len(lower) != len(text):
        return  # offsets of the lower-cased text would not be the text's
    done = 0  # where the last unit word found ends ("xã" in "thị xã" is no unit word of its own)
    # A box's name line running several names together is name_lines' ("Thành phố Móng Cái Vạn Ninh
    # harbor …": the unit word's name ends where the title's does, not four syllables on).
    name_line = name_lines.name_line_span(text)
    for hit in literal_hits(lower, _GENERICS):
        if hit < done or name_line is not None and name_line[0] <= hit < name_line[1]:
            continue
        generic = next(g for g in _GENERICS if lower.startswith(g, hit))
        end = hit + len(generic)
        if hit and _LETTER.match(text, hit - 1) or _LETTER.match(text, end):
            continue  # part of a longer word
        done = end
        stop = words = 0
        for word in _WORD.finditer(text, end):
            if word.start() != end or not word.group(1)[:1].isupper() or not is_syllable(word.group(1)):
                break
            if not words and text[end] in "–-":
                break  # the dash of "tỉnh–thành phố", not inside a name
            stop = end = word.end()
            words += 1
            if words == 5 or text[end : end + 1] not in (" ", "\t", "–", "-"):
                break
        if stop:
            mention = mention_at(
                doc,
                hit,
                stop,
                kind=Kind.PLACE,
                vi=" ".join(text[hit:stop].split()),
                confidence=0.75,
                origin="name",
            )
            mention.flags.append(f"unit:{GENERIC_UNITS[generic]}")
            yield mention
