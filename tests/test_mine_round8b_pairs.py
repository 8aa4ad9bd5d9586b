"""Round 8b: gloss-pair causes shared by several corpus parts (docs/miner.md, "Eighth round (b)"),
each on text written for these tests, positive and negative cases: a Vietnamese term rendered by a
long lower-case noun phrase in its parenthesis."""

from __future__ import annotations

import pytest

from tests.mine_helpers import pairs

# --- a long noun phrase rendering a term ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Folk prints: Đánh vật (scene of wrestling), Thả diều (children running on a dyke and "
            "flying a paper kite) |",
            ("Thả diều", "children running on a dyke and flying a paper kite"),
        ),
        (
            "Under the kings the land was called Tả Trực Kỳ (the area lying on the right of Quảng Trị).",
            ("Tả Trực Kỳ", "area lying on the right of Quảng Trị"),
        ),
        (
            "The tray holds nem nướng (grilled pork sausage wrapped in rice paper with fresh herbs and "
            "lettuce) for the guests.",
            ("nem nướng", "grilled pork sausage wrapped in rice paper with fresh herbs and lettuce"),
        ),
    ],
)
def test_a_long_lower_case_noun_phrase_renders_the_term_before_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    ("text", "vi"),
    [
        # a clause, not a rendering
        (
            "The temple of Hùng Vương (which was built by the people of the village long ago) stands.",
            "Hùng Vương",
        ),
        # a description of a place
        ("We went to Huế (a city known for its old citadel and its many royal tombs) by train.", "Huế"),
        # inner commas: a remark in several parts
        ("They sang quan họ (songs sung in pairs, often at night, by young men and women) there.", "quan họ"),
        # the term before has no marks: too vague for a rendering this long
        (
            "They ate banh cuon (steamed rolls filled with minced pork and wood ear mushroom and shallots).",
            "banh cuon",
        ),
        # a lower-case Vietnamese word inside is no English rendering
        (
            "They ate bánh cuốn (steamed rolls filled with minced pork and mộc nhĩ mushroom and shallots).",
            "bánh cuốn",
        ),
        # past fourteen words: a remark
        (
            "The dish gỏi cá (raw fish sliced thin and mixed with herbs and roasted rice powder and "
            "served with leaves of fig trees) is old.",
            "gỏi cá",
        ),
    ],
)
def test_a_long_parenthesis_that_is_no_noun_phrase_is_no_rendering(text: str, vi: str) -> None:
    assert not [p for p in pairs(text) if p[0] == vi and len(p[1].split()) > 8]


# --- a lower-case word that a gazetteer also spells as a place --------------------------------------


def test_a_lower_case_word_is_glossed_though_a_place_is_spelt_so() -> None:
    # "bì" (shredded pork skin) is also a place's name in the gazetteers; in lower case it is none.
    assert ("bì", "shredded pork skin") in pairs("Broken rice comes with bì (shredded pork skin) and egg.")


@pytest.mark.parametrize(
    "text",
    [
        "The market is in Huế (municipality) near the river.",
        "He was born in Đà Lạt (city centre) in 1950.",
    ],
)
def test_a_capitalised_place_with_a_lower_case_description_is_still_no_pair(text: str) -> None:
    assert not pairs(text)
