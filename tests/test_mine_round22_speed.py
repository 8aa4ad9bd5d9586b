"""Round 22's speed cut against its plain form, on text written for these tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.names import record

# names.record's pass for words in capitals after a space, before round 22.
_PLAIN_SPACED_CAPITALS = re.compile(r" ([A-Z]{2,8})(?![^\W_])")

_TEXTS = [
    "The Viet Cong attacked; later the VC slaughtered them.",
    "the VC. the VCP said, the VC_ and the VC2 but the VCs",
    "a NLF (Viet Cong) stronghold held by the NLF",
    "the ABCDEFGHIJ and the ABCDEFGH, the ABCDEFGHI the ĐH and the ÉT.",
    "AS IT IS: the US army and the U.S. navy; in the US.",
    "x VC\n the VC A B AB",
]


def test_spaced_capitals_on_written_texts() -> None:
    for text in _TEXTS:
        assert record._SPACED_CAPITALS.findall(text) == _PLAIN_SPACED_CAPITALS.findall(text), text


def test_spaced_capitals_written_texts_find_words() -> None:
    # No vacuous check: the texts hold words in capitals of two and of eight letters, and none of
    # nine or more, none glued to a letter or digit, none of other letters and none at the start is taken.
    found = {word for text in _TEXTS for word in record._SPACED_CAPITALS.findall(text)}
    assert {"VC", "VCP", "NLF", "ABCDEFGH", "IT", "US", "AB"} <= found
    assert not found & {"ABCDEFGHI", "ABCDEFGHIJ", "ĐH", "ÉT", "VCs", "AS"}


_CHARS = st.sampled_from(list("ABCVĐÉ vcaé.,()_2\n\t-"))


@settings(max_examples=500, deadline=None)
@given(st.text(_CHARS, max_size=80))
def test_spaced_capitals_as_before(text: str) -> None:
    assert record._SPACED_CAPITALS.findall(text) == _PLAIN_SPACED_CAPITALS.findall(text)
