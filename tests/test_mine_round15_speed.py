"""Round 15's fast paths of the miner, each against its plain form as the oracle (Hypothesis and
tables), in the manner of test_mine_fastpaths.py: what is mined must not change."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import glosses
from tests.test_mine_fastpaths import TEXTS


@settings(max_examples=300)
@given(TEXTS, TEXTS)
def test_case_check_remembered_per_text_equals_the_plain_test(first: str, second: str) -> None:
    # Asked of one text, then another, then the first again: each answer is that text's own.
    for text in (first, second, second, first):
        lower = text.lower()
        plain = len(lower) == len(text) and not any(ch in text for ch in glosses.CASE_ODDITIES)
        assert glosses._case_plain(text, lower) is plain


def test_the_lower_case_oddities_are_all_that_lower_case_to_them() -> None:
    # What _case_plain looks for in the lower-cased text: an oddity there is one in the text.
    oddities = set(glosses._LOWER_ODDITIES)
    assert {ch for ch in map(chr, range(sys.maxunicode + 1)) if oddities & set(ch.lower())} == oddities
    assert {ch for ch in map(chr, range(sys.maxunicode + 1)) if len(ch.lower()) != 1} == (
        set(glosses.CASE_ODDITIES) - oddities
    )
