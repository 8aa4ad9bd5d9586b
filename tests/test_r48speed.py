"""Round 48 (mining speed): scans of the page replaced by look-ups in the shared cue-word scan, each
checked against the code it replaced on texts written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.names import spans
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


def _media_lines_by_scan(text: str, lower: str) -> set[int]:
    """The line starts _FILE_NAME.finditer gave (round 47's scan of the page)."""
    return {text.rfind("\n", 0, m.start()) + 1 for m in spans._FILE_NAME.finditer(lower)}


_MEDIA_TEXTS = [
    "Logo\nHanoi_Flag.svg | Cờ Hà Nội\nThe city is old.\nPhoto: Hoan_Kiem.JPEG\nx.tiff and y.tif\n",
    "A map (Map.png) and a photo.jpg.\nNot names here: the .pngs, .gifted, .jpgx and svg alone.\n.webp\n",
    "Plain text without any file name. Hà Nội là thủ đô.",
]


@pytest.mark.parametrize("text", _MEDIA_TEXTS)
def test_file_name_lines_as_the_scan(text: str) -> None:
    lower = text.lower()
    expected = sorted(_media_lines_by_scan(text, lower))
    found = [start for start, _ in spans._media_lines(text, lower)]
    # Every file-name line is a media line (the other readers add none in these texts).
    assert found == expected


def test_file_name_lines_found() -> None:
    text = "Intro line.\nFlag of Vietnam.svg here\nLast line with photo.jpeg\nno file.pngx\n"
    starts = [start for start, _ in spans._media_lines(text, text.lower())]
    assert starts == [text.index("Flag"), text.index("Last")]
