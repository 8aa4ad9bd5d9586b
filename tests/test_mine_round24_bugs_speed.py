"""Round 24, speed of the plain-bug fixes: each rewrite gives what the form it replaced gave.

The old form is kept here as the oracle; Hypothesis draws texts from the characters the forms
look at, so glued coordinates, marks without digits and runs of marks all come up.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.box_labels import _stop_glued_coordinates, unglue
from glossary.mine.names.words import UPPER

# The form of round 24's first fix: a look-behind tried at every position of the page.
_OLD_GLUED_COORDINATE = re.compile(rf"(?<=\d[°′″][NSEW])(?=[{UPPER}][a-zà-ỹđ])")


def _old(text: str) -> str:
    return _OLD_GLUED_COORDINATE.sub(". ", text)


_PIECES = st.sampled_from(
    ["1", "9", "°", "′", "″", "N", "S", "E", "W", "B", "Đ", "u", "ô", "a", " ", "\n", "x"]
)


@settings(max_examples=600)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_glued_coordinates_as_the_whole_text_pattern(text: str) -> None:
    assert _stop_glued_coordinates(text) == _old(text)


# Table: what the stop does and does not split (written for this test).
CASES = [
    ("12.6667°N 111°WBuôn Ma Thuột is", "12.6667°N 111°W. Buôn Ma Thuột is"),  # glued to a name
    ("108.050°ECoordinates: x", "108.050°E. Coordinates: x"),  # glued to the next label
    ("10°30′NHà Nội and 5″SĐà Lạt", "10°30′N. Hà Nội and 5″S. Đà Lạt"),  # minutes, seconds
    ("°NBa", "°NBa"),  # no digit before the mark
    ("12°N Buôn", "12°N Buôn"),  # a space already parts them
    ("12°NBA", "12°NBA"),  # a capital run, no word
]


def test_glued_coordinate_cases() -> None:
    for text, want in CASES:
        assert _stop_glued_coordinates(text) == want == _old(text), text


def test_unglue_stops_after_a_glued_coordinate() -> None:
    assert unglue("Lat 12°NBuôn Ma Thuột is a city.") == "Lat 12°N. Buôn Ma Thuột is a city."
