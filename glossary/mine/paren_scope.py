"""The English side before a Vietnamese parenthesis without the country that is its scope:
"Buddhism in Vietnam (Đạo Phật in Vietnamese)" pairs "Buddhism", not "Vietnam"."""

from __future__ import annotations

import re

from . import gazetteer
from .mentions import fold
from .phrases import Phrase, en_phrase_back, is_en

_IN_BEFORE = re.compile(r"(?<![^\W\d_])in[ \t]+$")


def without_scope(text: str, en: Phrase | None, floor: int, vi: Phrase) -> Phrase | None:
    """ "Buddhism in Vietnam (Đạo Phật in Vietnamese)": a country after "in" is the scope of the
    thing named before it, which the Vietnamese renders alone, when it writes no name of that
    country; the English side is the thing's noun phrase before "in", not the country."""
    if en is None or "in" not in text[max(floor, en.start - 4) : en.start]:
        return en
    places = [p for p in gazetteer.lookup(en.text) if p.unit == "country"]
    if not places or any(p.vi and fold(p.vi) in fold(vi.text) for p in places):
        return en
    link = _IN_BEFORE.search(text, max(floor, en.start - 4), en.start)
    if link is None:
        return en
    head = en_phrase_back(text, link.start(), floor, most=len(vi.words) + 1, bounded=True)
    return head if head is not None and is_en(head) else en
