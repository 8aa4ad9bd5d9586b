"""Round 44: a naming noun ("the term X (…)") and a count glued to a lone unit noun ("a 30-volume
(quyển) text") belong to the sentence, not to the English rendering. Text written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine import sentence_nouns
from tests.mine_helpers import pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a list item: "term" says a word follows; the word alone is the rendering
        ("They used king (Vương), and the more common term sovereign (Vua), at court.", ("Vua", "sovereign")),
        # a count glued to the unit noun modifies the noun after the parenthesis
        ("In this 12-volume (quyển) chronicle the author wrote of the kings.", ("quyển", "volume")),
    ],
)
def test_the_sentence_words_stay_out_of_the_rendering(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_a_counted_noun_of_two_words_keeps_its_count() -> None:
    assert sentence_nouns.count_joins(2)
    assert not sentence_nouns.count_joins(1)


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (["the", "more", "common", "term", "sovereign"], 4),  # after "term"
        (["a", "legal", "term"], 0),  # "term" as the rendering's own last word is its head
        (["grilled", "fatty", "pork"], 0),  # no naming noun
    ],
)
def test_after_naming_noun(words: list[str], start: int) -> None:
    assert sentence_nouns.after_naming_noun(words) == start


def test_names_the_word_only_before_a_chosen_word() -> None:
    assert sentence_nouns.names_the_word("term", 1)
    assert not sentence_nouns.names_the_word("term", 0)
