"""Round 15: gloss pairs from general evidence, gathered over all thirteen labelled parts
(docs/miner.md, "Round 15: pairs"), each on text written for these tests: a meaning cue with an
adverb, a quoted term and a quoted rendering joined by a meaning cue further on in the sentence, a
term that is the subject of a copular naming cue, a list item's introducing words, a naming cue's
English side that is an adverb or lies inside a longer subject, and a word a flattened table glued
to a figure; with the wordings that must stay unread."""

from __future__ import annotations

import pytest

from tests.mine_helpers import pairs

# --- pairs read now ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # An adverb qualifies the meaning cue after a parenthesis of transcriptions.
        (
            'In the south the word xôi (Hanoi: [soj˧˧], Chữ Nôm: 𩚵) translates loosely as "sticky rice" '
            "and names many dishes.",
            ("xôi", "sticky rice"),
        ),
        # The quoted term and its quoted rendering in one sentence, the cue not right after the term.
        (
            'The "chưng" in the cake\'s name literally means "steamed", as the cooks explain.',
            ("chưng", "steamed"),
        ),
        (
            'The name "Hạ Long" is a reading of 下龍 (an old form), literally meaning "descending dragon".',
            ("Hạ Long", "descending dragon"),
        ),
        # The term is the subject of the copula that goes with the naming cue; the quoted name
        # may follow a qualifying word.
        (
            'Hát chèo is often referred to as rustic "village opera" in the guidebooks.',
            ("Hát chèo", "village opera"),
        ),
        # "such as" opens the list, not the item.
        (
            "The word also names round things, such as tyres (bánh xe), soaps (bánh xà phòng), and more.",
            ("bánh xe", "tyres"),
        ),
        # A flattened table glued a figure to the word before its rendering.
        ("Units Superunit 10³nghìn (thousand) 10⁶triệu (million) Subunit", ("triệu", "million")),
    ],
)
def test_pair_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_list_item_without_its_introducer() -> None:
    """The list's "such as" is no part of the rendering (it was, before this round)."""
    text = "The word also names round things, such as tyres (bánh xe), soaps (bánh xà phòng), and more."
    found = pairs(text)
    assert ("bánh xe", "such as tyres") not in found
    assert ("bánh xà phòng", "soaps") in found


# --- wordings that stay unread -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # An adverb after the copula is the naming cue's, not what is named.
        ("Cakes made from rice are generally called bánh in the north.", ("bánh", "generally")),
        ("In the hills they are sometimes also called Mán by their neighbours.", ("Mán", "sometimes")),
        # The English side before "are called" is the object of a preposition inside the subject.
        ("Cakes made from rice flour are called bánh in the north.", ("bánh", "rice flour")),
        ("Cakes wrapped in leaves before steaming are called bánh lá by cooks.", ("bánh lá", "steaming")),
        # A quoted Vietnamese word, then another Vietnamese word before the cue: the cue explains
        # the nearer word, and no pair joins the first quotation to the rendering.
        (
            'The "bánh" of the name and the word chưng together literally mean "steamed cake".',
            ("bánh", "steamed cake"),
        ),
        # Two quotations with no meaning cue between them and the rendering.
        ('The cooks say "bánh chưng" and the guests say "square cake".', ("bánh chưng", "square cake")),
    ],
)
def test_pair_not_read(text: str, pair: tuple[str, str]) -> None:
    assert pair not in pairs(text)


def test_copula_naming_cue_needs_the_term_as_subject() -> None:
    """A copular naming cue after an English subject is read as before: English then Vietnamese."""
    text = "During the persecution, non-believers were called lương dân by the officials."
    assert ("lương dân", "non-believers") in pairs(text)
