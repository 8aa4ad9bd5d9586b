"""Round 23's speed cuts against their plain forms (the code before the round), on text written
for these tests and on Hypothesis texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.country_qualifiers import _QUALIFIER, _qualified

SHORTS = ("CDC", "HHS", "CD", "C")


def _pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    # The pattern add_qualified_forms builds for a page's short forms.
    alternatives = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"{_QUALIFIER} ({alternatives})(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))")


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_WRITTEN = [
    "Staff of the U.S. CDC came, and the US CDC in Hanoi; the U.K. HHS.",
    "US CDC US CDC the end",  # overlapping readings: finditer skips the second
    "the U.S.A. CDC, the A.B.C CDC and x.US CDC and aUS CDC and US C CDC",
    "US CD C the US CDC-run lab, the USCDC and the US CDCs",
]


def test_qualified_matches_as_finditer_on_written_texts() -> None:
    pattern = _pattern(SHORTS)
    found = 0
    for text in _WRITTEN:
        old = _spans(pattern.finditer(text))
        assert _spans(_qualified(text, pattern, SHORTS)) == old, text
        found += len(old)
    assert found >= 6  # the texts do hold qualified forms


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["U", "S", "K", "A", ".", " ", "CDC", "HHS", "CD", "C", "x", "the", "\t", ",", "-", "\n"]),
        max_size=30,
    )
)
def test_qualified_matches_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern = _pattern(SHORTS)
    assert _spans(_qualified(text, pattern, SHORTS)) == _spans(pattern.finditer(text)), text
