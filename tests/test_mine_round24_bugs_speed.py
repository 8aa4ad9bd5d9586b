"""Round 24, speed of the plain-bug fixes: each rewrite gives what the form it replaced gave.

The old form is kept here as the oracle; Hypothesis draws texts from the characters the forms
look at, so glued coordinates, marks without digits and runs of marks all come up.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import citations
from glossary.mine.box_labels import _stop_glued_coordinates, unglue
from glossary.mine.lexicon import ADMIN_UNITS, CONNECTORS
from glossary.mine.names.rules import _organisation_then_place
from glossary.mine.names.words import SEPARATORS, UPPER, Token, fold, head_of

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


def _old_organisation_then_place(before: list[Token], after: list[Token]) -> bool:
    """Round 24's first order of organisation_in_place's tests."""
    return (
        any(head_of(t.text) == "org" for t in before)
        and not any(t.text in CONNECTORS or t.low in SEPARATORS for t in after)
        and after[0].text[:1].isupper()
        and fold(after[-1].text) in ADMIN_UNITS
    )


_WORDS = st.sampled_from(
    ["Party", "Ministry", "University", "Communist", "Vietnam", "Hồ", "Chí", "Minh", "City", "Province"]
    + ["District", "and", ",", "of", "Hanoi", "hanoi", "city", "Company", "Bank", "Đảm", "the", "&"]
)
_TOKENS = st.lists(_WORDS, min_size=1, max_size=6).map(lambda words: [Token(w, 0, len(w)) for w in words])


@settings(max_examples=600)
@given(_TOKENS, _TOKENS)
def test_organisation_then_place_as_the_first_order(before: list[Token], after: list[Token]) -> None:
    assert _organisation_then_place(before, after) == _old_organisation_then_place(before, after)


def test_organisation_then_place_cases() -> None:
    def tokens(text: str) -> list[Token]:
        return [Token(w, 0, len(w)) for w in text.split()]

    # An organisation, then one place with its unit word: two names.
    assert _organisation_then_place(tokens("Communist Party of Vietnam"), tokens("Hồ Chí Minh City"))
    # A list of places after it: one name.
    assert not _organisation_then_place(tokens("National University"), tokens("Hanoi and Hồ Chí Minh City"))
    # No unit word closes the place.
    assert not _organisation_then_place(tokens("Communist Party"), tokens("Hanoi"))


def _old_blank_citations(text: str) -> str:
    """Round 24's first form: a literal screen for each word, then its pattern."""
    if "[" in text:
        text = citations._MARKER.sub(citations._blanks, text)
    if "listen" in text:
        text = citations._AUDIO_STUB.sub(citations._blanks, text)
    if "bot" in text:
        text = citations._ROBOT_NOTE.sub(citations._blanks, text)
    return citations.blank_reference_lists(text)


_CITED = st.lists(
    st.sampled_from(
        ["(", ")", " ", "\t", "listen", "LISTEN", "robot", "RoBot", "bot", "ro", "Adding", "adding"]
    )
    | st.sampled_from([" removing", " changing:", "la:Tân", "[1]", "\n", "x", "Migrating", "[note 2]"]),
    max_size=16,
).map("".join)


@settings(max_examples=1000)
@given(_CITED)
def test_blank_citations_as_the_literal_screens(text: str) -> None:
    assert citations.blank_citations(text) == _old_blank_citations(text)


def test_blank_citations_cases() -> None:
    # A stub, a robot's note, a stub inside a note: blanked alike, the offsets kept.
    for text in (
        "Dương Văn Minh ( listen) (1916 – 2001)",
        "Sang (robot Adding: la:Truong Tan Sang) was",
        "A (Bot modifying ( listen) x) bot",
        "A (bot ( listen) adding x) b",
    ):
        assert citations.blank_citations(text) == _old_blank_citations(text) != text
        assert len(citations.blank_citations(text)) == len(text)
    # The first form's screen was "bot" in lower case: a note written "(Bot" alone is kept.
    text = "A (Bot modifying x) b"
    assert citations.blank_citations(text) == _old_blank_citations(text) == text
