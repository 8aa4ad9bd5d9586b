"""Round 46 (speed): the cheaper forms of shared miner machinery give what the plain forms gave.

Each test compares the new code with a plain definition written out here, on texts written for the
test and on generated ones.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.names.context import LowerWords
from glossary.mine.names.token_words import TokenWords, token_words
from glossary.mine.names.words import LOWER_SET

_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letter_runs(text: str) -> set[str]:
    """The plain definition: every run of letters in the text that opens with a small letter."""
    return {run for run in _LETTER_RUN.findall(text) if run[0] in LOWER_SET}


_TEXTS = [
    "Hanoi, the capital (said) nước mắm",
    "the Bà Rịa–Vũng Tàu province; (said) again, “quoted” x-ray km² co-op's end.",
    "usenước mắm pha; x2y and a_b «quote» …ends… -dash- /slash/",
    "superscript²word and ²lead, Hanoi, the capital",  # "Hanoi," and "the" again: looked up
    "",
    "UNESCO 2024 (2024) — ‘ngon’ phở",
]


def test_tokens_remembered_across_texts_give_each_text_its_own_words() -> None:
    tokens = TokenWords()
    for text in _TEXTS + _TEXTS[::-1]:
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text
        assert LowerWords(text, tokens).collected() == _letter_runs(text), text


def test_a_token_read_before_gives_no_word_of_its_own_to_a_text_without_it() -> None:
    tokens = TokenWords()
    tokens.words_of(set("(said) the x-ray".split()))
    assert tokens.words_of({"Hanoi,"}) == set()
    assert tokens.words_of({"(said)", "Hanoi,"}) == {"said"}


def test_past_its_limit_the_memo_starts_again_and_still_answers() -> None:
    tokens = TokenWords(limit=5)
    largest = max(len(set(text.split())) for text in _TEXTS)
    for text in _TEXTS * 3:
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text
        assert len(tokens) <= max(5, largest)  # one text's tokens at most once past the limit


_ALPHABET = st.sampled_from(list("aAzZđĐưƯ ế2_\n\t.,()-–“”'’/²") + ["nước", "Hà", "the"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=30).map("".join), min_size=1, max_size=6), st.integers(3, 40))
def test_token_words_are_the_letter_runs(texts: list[str], limit: int) -> None:
    tokens = TokenWords(limit=limit)
    for text in texts:
        assert token_words(set(text.split())) == _letter_runs(text)
        assert tokens.words_of(set(text.split())) == _letter_runs(text)


def test_token_words_on_generated_texts_sharing_tokens() -> None:
    rng = random.Random(46)
    pieces = ["the", "Hà", "(said)", "x-ray", "km²", "a_b", "đường,", "UN", "2024", "“ngon”", "ſtrange", "İ"]
    tokens = TokenWords(limit=40)
    for _ in range(500):
        words = [rng.choice(pieces) + rng.choice(["", ".", "-x", "2"]) for _ in range(rng.randint(0, 12))]
        text = " ".join(words)
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text
