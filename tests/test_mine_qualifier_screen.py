"""The country-qualifier screen (`_may_hold_qualified`) is exact: whenever the qualified-form
pattern can match a page, the screen says so, so skipping pages it turns down changes nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.country_qualifiers import _QUALIFIER, _may_hold_qualified

SHORTS = ("CDC", "HHS", "OCS")


def _pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    # The same pattern add_qualified_forms builds for a page's short forms.
    alternatives = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"{_QUALIFIER} ({alternatives})(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["U", "S", "K", ".", " ", "CDC", "HHS", "x", "the", "\t", ",", "a."]), max_size=24
    )
)
def test_the_screen_never_turns_down_a_page_the_pattern_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _pattern(SHORTS).search(text):
        assert _may_hold_qualified(text, SHORTS), text


def test_the_screen_turns_down_sentence_stops_and_lower_case() -> None:
    assert not _may_hold_qualified("It met in Hanoi. CDC staff came; the CDC said so.", SHORTS)
    assert _may_hold_qualified("Staff of the U.S. CDC came.", SHORTS)
    assert _may_hold_qualified("Staff of the U.S CDC came.", SHORTS)
    assert _may_hold_qualified(" CDC at first, then the US CDC in Hanoi", SHORTS)
