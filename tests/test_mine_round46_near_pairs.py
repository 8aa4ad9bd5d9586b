"""Round 46: gloss pairs found a word short or long on one side. A capitalised word that modifies
the rendering's lower-case head noun belongs to it after a coordinator or an "-ly" adverb as after
an article. Text written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.cap_modifiers import _bounds_phrase
from glossary.mine.vi_runs import vi_run_back
from tests.mine_helpers import pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "or" opens a second noun phrase as a list's comma does: the people's name is the rendering's
        ("The Hmong, or Miao people (Vietnamese: người Mông), farm.", ("người Mông", "Miao people")),
        # an adverb modifies the clause, so the name after it starts the noun phrase
        (
            "The Hanoi rising (Khởi nghĩa Hà Nội) or formally Hanoi general rising (Tổng khởi nghĩa Hà Nội).",
            ("Tổng khởi nghĩa Hà Nội", "Hanoi general rising"),
        ),
        # after a verb the capitalised words are still left to the sentence
        ("Farmers planted Ming aralia (đinh lăng) near the house.", ("đinh lăng", "aralia")),
    ],
)
def test_a_capitalised_modifier_after_a_bound(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    ("word", "bounds"),
    [
        ("the", True),
        ("or", True),
        ("and", True),
        ("officially", True),  # official + ly
        ("commonly", True),  # common + ly
        ("family", False),  # "fami" is no word: a noun that only ends in -ly
        ("early", False),  # too short to be told from an adjective
        ("planted", False),  # a verb: its object follows
    ],
)
def test_bounds_phrase(word: str, bounds: bool) -> None:
    assert _bounds_phrase(word) is bounds


def test_a_run_of_vietnamese_words_never_stops_inside_a_hyphened_word() -> None:
    # eight syllables, five words: the old spelling joins a word's syllables with hyphens
    text = "He quoted “Chuyện trị-an của Nam-kỳ bảo-hộ (Order kept in the South)” in 1930."
    assert ("Chuyện trị-an của Nam-kỳ bảo-hộ", "Order kept in the South") in pairs(text)


def test_the_cap_still_counts_words_without_hyphens() -> None:
    run = vi_run_back("một hai ba bốn năm sáu bảy tám (eight)", 30, 0)
    assert run is not None and run.text == "ba bốn năm sáu bảy tám"
