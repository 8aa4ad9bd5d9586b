"""Round 15's fast paths of the miner, each against its plain form as the oracle (Hypothesis and
tables), in the manner of test_mine_fastpaths.py: what is mined must not change."""

from __future__ import annotations

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
