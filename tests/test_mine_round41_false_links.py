"""Round 41: forms that made false name-variant links, told apart on text written for the test."""

from __future__ import annotations

import pytest

from glossary.mine.caps_tokens import _dotted_alone


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        # a dash between spaces joins a compound heading, as "U.S.-Vietnam" does
        ("U.K. – Brazil Trade Talks", []),
        ("U.K.—Brazil Trade Talks", []),
        # the initials and a people's adjective share one noun: both modify it
        ("the U.K. and Brazilian fleets met", []),
        ("the U.K. and Chinese officials", []),
        # the initials standing as a noun stay a use of the country's name
        ("between the U.K. and Brazil.", ["U.K."]),
        ("trade with the U.K. and Brazil grew", ["U.K."]),
        ("U.K., Brazil Sign Accord", ["U.K."]),
    ],
)
def test_dotted_initials_as_modifier(text: str, uses: list[str]) -> None:
    assert [m.group(0) for m in _dotted_alone(text)] == uses
