"""Round 48 (mining speed): the web addresses' endings looked up in the page's shared cue-word scan
(mentions.literal_hits) instead of one str.find pass per ending, checked against the find loops it
replaced on texts written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.names.web_addresses import _ADDRESS, _BLANKS, _ENDINGS, address_spans


def _addresses_by_find(text: str, lower: str) -> list[tuple[int, int]]:
    """address_spans as round 47 wrote it: one str.find loop per ending, while the hit is past 0."""
    found: set[tuple[int, int]] = set()
    for ending in _ENDINGS:
        at = lower.find(ending)
        while at > 0:
            end = at + len(ending)
            if end == len(lower) or not lower[end].isalnum():
                start = at
                while start > 0 and text[start - 1] not in _BLANKS:
                    start -= 1
                stop = end
                while stop < len(text) and text[stop] not in _BLANKS:
                    stop += 1
                if start < at and _ADDRESS.fullmatch(text, start, stop):
                    found.add((start, stop))
            at = lower.find(ending, end)
    return sorted(found)


_TEXTS = [
    "Website | Mongcai.Quangninh.gov.vn |",
    "See https://www.vietnamairlines.com/vn/en/home and unesco.org. Also hanoi.gov.vn, hue.edu.vn;",
    "In Hanoi.Com Lake the boats rest. The site dulich.net (in Vietnamese) and who.int/vn.",
    ".vn opens this line, then baodientu.chinhphu.vn and vnexpress.net close it: tuoitre.vn",
    ".com first, then abc.com.vn and x.comet (no ending) and example.org",
    "No address here at all. Mr. Nguyen.Van went to the U.S. in 1990.",
    "Trang chủ: Sở Du lịch Đà Nẵng (danangfantasticity.com); điện thoại 0236.3550.111.",
    "a.vn",
    ".vn",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_address_spans_as_the_find_loops(text: str) -> None:
    lower = text.lower()
    assert address_spans(text, lower) == _addresses_by_find(text, lower)


def test_address_spans_finds_the_hosts() -> None:
    text = "Website | Mongcai.Quangninh.gov.vn | and see abc.com.vn, not Hanoi.Com Lake"
    assert [text[a:b] for a, b in address_spans(text, text.lower())] == [
        "Mongcai.Quangninh.gov.vn",
        "abc.com.vn,",
    ]


def test_an_ending_opening_the_text_stops_that_ending_as_before() -> None:
    # The find loop ended at a hit at 0, so no later ".vn" counted; ".com" still does.
    text = ".vn and tuoitre.vn and vnexpress.com"
    lower = text.lower()
    assert [text[a:b] for a, b in address_spans(text, lower)] == ["vnexpress.com"]
    assert address_spans(text, lower) == _addresses_by_find(text, lower)


def test_address_spans_by_either_scan() -> None:
    # The first text asks the endings of str.find (literal_hits learns them); a later text finds
    # them in the shared automaton's one pass. Both give what the find loops gave.
    for text in _TEXTS * 2:
        lower = "".join(text).lower()  # a new string each time: scanned afresh
        assert address_spans(text, lower) == _addresses_by_find(text, lower)
