"""Round 18, pairs: one cue grammar (glossary/mine/cue_grammar.py) instead of closed cue lists.
Each test writes a sibling of a cue that no corpus page writes (another inflection, an adverb in
another place, another joint), to show that the grammar reads the class and not a wording. Texts
written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.cue_grammar import RENDERING_OPENING, TIME_OPENING, inflections
from tests.mine_helpers import pairs


def test_inflections_are_generated_from_the_stem() -> None:
    assert set(inflections("translate")) == {"translate", "translates", "translated", "translating"}
    assert set(inflections("mean")) == {"mean", "means", "meant", "meaning"}
    assert set(inflections("call")) == {"call", "calls", "called", "calling"}


@pytest.mark.parametrize(
    "opening",
    [
        "renders roughly as ",
        "freely translating to ",
        "which means ",
        "meant ",
        "translation: ",
        "rendered simply into ",
    ],
)
def test_every_sibling_of_a_rendering_cue_opens_a_rendering(opening: str) -> None:
    match = RENDERING_OPENING.match(opening + '"garden"')
    assert match is not None and match.end() == len(opening)


@pytest.mark.parametrize("text", ["meander", "mean-spirited", "translator", "rendezvous", "translating"])
def test_words_that_only_start_like_a_cue_are_no_cue(text: str) -> None:
    # "translating" alone needs its joint ("as", "to", "into"); the others are other words.
    assert RENDERING_OPENING.match(text + " x") is None


@pytest.mark.parametrize("word", ["present-day", "today's", "then", "now"])
def test_a_time_word_opens_another_time_not_a_rendering(word: str) -> None:
    assert TIME_OPENING.match(f"{word} Thuận Hóa")
    assert not TIME_OPENING.match(f"{word}here Thuận Hóa")


def test_a_parenthesis_opening_with_a_translate_sibling_gives_the_quoted_rendering() -> None:
    text = 'Chè is a sweet soup; chè bưởi (renders freely as "pomelo pudding") is sold at night.\n'
    found = pairs(text)
    assert any(vi.lower() == "chè bưởi" and en == "pomelo pudding" for vi, en in found), found
    assert not any("renders" in en for _, en in found)


def test_the_first_of_two_quoted_renderings_is_the_rendering() -> None:
    text = 'The cook sells bánh ít (translating roughly as "small cake" or "little cake") at the gate.\n'
    found = pairs(text)
    assert any(vi.lower() == "bánh ít" and en == "small cake" for vi, en in found), found
    assert not any('"' in en for _, en in found)


def test_a_parenthesis_that_names_the_place_at_another_time_is_no_rendering() -> None:
    text = "The court moved to Phú Xuân (present-day Huế) in the late eighteenth century.\n"
    assert not any("present" in en.lower() for _, en in pairs(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            'The dish bánh xèo, translating roughly as "sizzling cake", is sold at night.\n',
            ("bánh xèo", "sizzling cake"),
        ),
        ('Every village has a đình, loosely rendered as "communal hall".\n', ("đình", "communal hall")),
    ],
)
def test_a_translate_sibling_after_the_term_gives_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_a_translate_sibling_after_an_adverb_opens_the_parenthesis_side() -> None:
    # _LEAD_CUE: "also translating into", a form the old list ("translated as") lacked.
    found = pairs("Boats cross the Sông Hương (also translating into Perfume River) at dusk.\n")
    assert ("Sông Hương", "Perfume River") in found, found
