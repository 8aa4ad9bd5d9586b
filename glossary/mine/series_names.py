"""An English name with a series in it ("Ministry of Culture, Sports and Tourism") read whole before
a Vietnamese name that has one too ("(Bộ Văn hóa, Thể thao và Du lịch)"): the English read back
from the parenthesis stops at the series' comma."""

from __future__ import annotations

import re

from .phrases import Phrase, en_phrase_back, is_en

# The tail of a series of capitalised words closed by "and": "Sports and Tourism".
_AND_SERIES = re.compile(r"^[A-Z]\w*(?: [A-Z]\w*)* and [A-Z]")


def series_back(text: str, en: Phrase, floor: int, n: int) -> Phrase:
    """ "Ministry of Culture, Sports and Tourism (Bộ Văn hóa, Thể thao và Du lịch)": a Vietnamese
    name with a series in it renders an English name with its series; the English read back stops
    at the comma, so the name before it is joined on when the English series is closed by "and"."""
    if text[en.start - 2 : en.start] != ", " or not _AND_SERIES.search(en.text):
        return en
    head = en_phrase_back(text, en.start - 2, floor, most=n, bounded=True)
    if head is None or not head.text[:1].isupper() or not is_en(head):
        return en
    return Phrase(text[head.start : en.end], head.start, en.end)
